<?xml version="1.0" encoding="UTF-8"?>
<!--
  tests/archive/book.xsl: a review template for tests/archive.t that
  exercises the layout of a compiled document rather than the review's
  wording: a cover, contents two levels deep, two sections (the second
  longer than a page), then a chapter per issue, in reverse date order
  so that the chapters' places are the template's, not the dates'.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="/yearbook">
    <document title="汇编测试" author="测试办公室">
      <cover title="排版测试汇编：封面、目录与各章" subtitle="测试用" issuer="测试办公室" date="2025年12月31日"/>
      <toc title="目　录" depth="2"/>
      <pagebreak/>
      <heading level="1">一、前言</heading>
      <para>本汇编用于测试封面、目录和章节的排版。</para>
      <heading level="1">二、长段落</heading>
      <para>
        <xsl:call-template name="long">
          <xsl:with-param name="n" select="40"/>
        </xsl:call-template>
      </para>
      <xsl:for-each select="report">
        <xsl:sort select="issue/@as-of" order="descending"/>
        <chapter title="第{issue/@number}期测试章" issue="{issue/@as-of}"/>
      </xsl:for-each>
    </document>
  </xsl:template>
  <xsl:template name="long">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <xsl:text>天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳</xsl:text>
      <xsl:call-template name="long">
        <xsl:with-param name="n" select="$n - 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
