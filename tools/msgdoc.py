#!/usr/bin/env python3
"""tools/msgdoc.py: the diagnostics catalogue of generator/msg.c as the
lines of the DIAGNOSTICS section of doc/dubao.1, or (with --check) a
comparison of the two.  Placeholders (%s, %d ...) are shown as "…".

  tools/msgdoc.py           print the roff lines for the catalogue
  tools/msgdoc.py --check   exit 1 and list differences with doc/dubao.1
  tools/msgdoc.py --update  rewrite the list in doc/dubao.1 (between the
                            BEGIN MESSAGES and END MESSAGES comments)
"""
import re
import sys

GROUPS = [
    ("MSG_IO", "Reading a file"),
    ("MSG_ROOT", "Elements, attributes and values"),
    ("MSG_DUP_ID", "The plan"),
    ("MSG_PLAN_MISMATCH", "Progress reports"),
    ("MSG_TEMPLATE", "Templates, layout and fonts"),
]


def catalogue():
    src = open("generator/msg.c", encoding="utf-8").read()
    pat = r'\[(MSG_\w+)\] = \{SEV_(\w+), N_\("((?:[^"\\]|\\.)*)"\)\}'
    for name, sev, fmt in re.findall(pat, src):
        fmt = fmt.replace('\\"', '"')
        fmt = re.sub(r"%(llu|zu|d|s|04X)", "…", fmt).replace("%%", "%")
        yield name, sev.lower(), fmt


def roff():
    out = []
    for name, sev, text in catalogue():
        for first, title in GROUPS:
            if name == first:
                out.append(".SS " + title)
        out.append(".IP \\(bu 2")
        out.append("\\fB%s:\\fR %s" % (sev, text.replace("\\", "\\e")))
    return out


def documented():
    lines = open("doc/dubao.1", encoding="utf-8").read().splitlines()
    found = set()
    for line in lines:
        m = re.match(r"\\fB(error|warning|note):\\fR (.*)$", line)
        if m:
            found.add((m.group(1), m.group(2).replace("\\e", "\\")))
    return found


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        want = {(sev, text) for _, sev, text in catalogue()}
        have = documented()
        for sev, text in sorted(want - have):
            print("not in doc/dubao.1: %s: %s" % (sev, text))
        for sev, text in sorted(have - want):
            print("not in generator/msg.c: %s: %s" % (sev, text))
        print("%d messages in the catalogue, %d documented" % (len(want), len(have & want)))
        sys.exit(1 if want != have else 0)
    if len(sys.argv) > 1 and sys.argv[1] == "--update":
        page = open("doc/dubao.1", encoding="utf-8").read()
        begin = page.index(".\\\" BEGIN MESSAGES\n")
        end = page.index(".\\\" END MESSAGES\n")
        head = page[:begin] + ".\\\" BEGIN MESSAGES\n"
        page = head + "\n".join(roff()) + "\n" + page[end:]
        open("doc/dubao.1", "w", encoding="utf-8").write(page)
        sys.exit(0)
    print("\n".join(roff()))
