/*
 * text.h: the lexical rules of FORMAT.md for identifiers and text.
 */
#ifndef DUBAO_TEXT_H
#define DUBAO_TEXT_H

#include <stdbool.h>

/* [A-Za-z0-9][A-Za-z0-9._-]{0,63}, no white space. */
bool text_is_identifier(const char *s);

/* A copy of s with leading and trailing white space removed (XML white
 * space and U+3000 IDEOGRAPHIC SPACE, which Chinese word processors put
 * in front of paragraphs), and every run of white space inside that
 * holds a line break joined: removed between two CJK characters (a line
 * break in the XML source is not a space in Chinese), one space
 * otherwise, and kept as one line break where it holds a blank line (a
 * paragraph break).  Caller frees with g_free. */
char *text_normalize(const char *s);

/* True if s is NULL or has nothing but white space. */
bool text_is_blank(const char *s);

#endif
