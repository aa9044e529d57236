#!/usr/bin/env python3
"""tests/bulletincheck.py: checks a bulletin PDF of `dubao bulletin`
against the layout its template made (`--layout`) and the report model
(`dubao model`), through views of the PDF that do not come from dubao:
the words and their boxes as poppler's pdftotext finds them (-bbox), the
text of pdftotext and of Apache PDFBox, qpdf's outline, and the rules and
marks drawn by the page content streams (decoded by qpdf, read here with
a small content-stream parser).  Prints TAP lines (no plan); exit status 0
unless it is used wrongly.

  bulletincheck.py text TEXT --layout LAYOUT... [--model MODEL] [--tool NAME]
  bulletincheck.py pages BBOX [--pages N]
  bulletincheck.py outline LAYOUT OUTLINE_JSON BBOX
  bulletincheck.py grid BBOX LAYOUT
  bulletincheck.py breaks BBOX LAYOUT
  bulletincheck.py tables LAYOUT BBOX QPDF_JSON [--model MODEL]
                   [--min-categories N] [--min-continued N]
  bulletincheck.py gap BBOX PDF BEFORE AFTER

Every command also takes --name NAME (put before each description),
--invisible CHARS (characters drawn as outlines, left out of what the
text tools must find) and --todo REGEXP=REASON (assertions whose
description matches are TODO: known bugs).

Geometry is in points, y down from the top of the paper, as pdftotext
gives it.  The type area of GB/T 9704-2012: A4, 156 x 225 mm, 37 mm from
the top and 28 mm from the left edge of the paper.
"""
import argparse
import base64
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP

MM = 72 / 25.4
LEFT, TOP = 28 * MM, 37 * MM
RIGHT, BOTTOM = LEFT + 156 * MM, TOP + 225 * MM
# A 16 pt character on the grid of 28 characters in 156 mm (a pitch of
# 15.79 pt) overhangs its cell by 0.21 pt: the em box of the last
# character of a full line may end that much past the right edge.
TOL = 0.25
GRID_LINES = 22
CLOSING = "，。、；：？！）」》"
OPENING = "（「《“"
MORE_CLOSING = "”’』】〕〉"
MORE_OPENING = "‘『【〔〈"
LIGHT_WORDS = {"done": "已完成", "green": "绿灯", "yellow": "黄灯", "red": "红灯",
               "grey": "无数据"}
# The fill colours of the lights (as tests/chartcheck.py knows them).
LIGHT_COLORS = {"done": (0x2b, 0x5a, 0x8c), "green": (0x66, 0xb0, 0x74),
                "yellow": (0xf4, 0xc5, 0x52), "red": (0xc4, 0x32, 0x25),
                "grey": (0xd9, 0xd9, 0xd9)}
PAGENUM = re.compile(r"^\s*—\s*\d+\s*—\s*$")

n = 0
TODO = []       # (regexp, reason): assertions known to fail, from --todo
INVISIBLE = ""  # characters drawn as outlines, which no text tool sees
NAME = ""       # the bulletin's name, before each description


def ok(cond, desc, detail=None):
    global n
    n += 1
    line = "%s %d - %s%s" % ("ok" if cond else "not ok", n, NAME and NAME + ": ", desc)
    todo = [why for pat, why in TODO if re.search(pat, desc)]
    if todo:
        line += " # TODO " + todo[0]
    print(line)
    if not cond and detail:
        for d in str(detail).splitlines()[:8]:
            print("#   " + d)
    return cond


def squeeze(s):
    """Text without any white space: how CJK text is compared."""
    return re.sub(r"\s+", "", s or "")


def visible(s):
    """Text as a text tool can see it: squeezed, without INVISIBLE."""
    return "".join(c for c in squeeze(s) if c not in INVISIBLE)


# ---- the views of the PDF ---------------------------------------------

class Word:
    __slots__ = ("text", "x0", "y0", "x1", "y1")

    def __init__(self, text, x0, y0, x1, y1):
        self.text, self.x0, self.y0, self.x1, self.y1 = text, x0, y0, x1, y1

    @property
    def cx(self):
        return (self.x0 + self.x1) / 2

    @property
    def cy(self):
        return (self.y0 + self.y1) / 2

    def __repr__(self):
        return "%r at (%.2f, %.2f)-(%.2f, %.2f)" % (self.text, self.x0, self.y0,
                                                    self.x1, self.y1)


def read_bbox(path):
    """pdftotext -bbox output: [(width, height, [Word])] per page."""
    ns = "{http://www.w3.org/1999/xhtml}"
    pages = []
    # poppler writes a character beyond the BMP in <title> and <meta> as
    # two UTF-8-encoded surrogates (CESU-8), which no XML parser accepts:
    # pair them up again.
    with open(path, "rb") as f:
        raw = f.read().decode("utf-8", "surrogatepass")
    raw = raw.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    for page in ET.fromstring(raw).iter(ns + "page"):
        words = [Word(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
                 for w in page.iter(ns + "word")]
        pages.append((float(page.get("width")), float(page.get("height")), words))
    return pages


def split_pagenum(words):
    """(words in the type area, words below it: the page number)"""
    return ([w for w in words if w.y0 < BOTTOM], [w for w in words if w.y0 >= BOTTOM])


def lines_of(words):
    """Words grouped into lines (vertical centres within 3 pt), top down;
    each line a list of words, left to right."""
    lines = []
    for w in sorted(words, key=lambda w: (w.cy, w.x0)):
        if lines and abs(lines[-1][-1].cy - w.cy) < 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(l, key=lambda w: w.x0) for l in lines]


def line_text(line):
    return "".join(w.text for w in line)


# ---- the layout and the model -------------------------------------------

def text_of(el):
    """An element's text as the layout means it: all its text, <b> included."""
    return " ".join("".join(el.itertext()).split())


def layout_blocks(path):
    return list(ET.parse(path).getroot())


def pct(fraction):
    """A fraction of the model as the bulletin prints it: 0.4842 → 48.42%"""
    v = (Decimal(fraction) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return "%s%%" % v


# ---- text -------------------------------------------------------------

def cmd_text(a):
    tool = a.tool
    raw = open(a.text, encoding="utf-8").read()
    kept = [l for l in raw.replace("\f", "\n").split("\n") if not PAGENUM.match(l)]
    flat = squeeze("".join(kept))
    roots = [ET.parse(p).getroot() for p in a.layout]
    blocks = [b for r in roots for b in r]
    what = "" if len(roots) == 1 else " of %d bulletins" % len(roots)

    def check_all(kind, texts):
        texts = [t for t in texts if visible(t)]
        missing = [t for t in texts if visible(t) not in flat]
        ok(texts and not missing,
           "%s: all %d %s%s extracted exactly" % (tool, len(texts), kind, what),
           "missing: " + (missing[0] if missing else "(nothing to look for)"))

    check_all("paragraphs", [text_of(b) for b in blocks if b.tag == "para"])
    check_all("headings and titles",
              [text_of(b) for b in blocks if b.tag in ("heading", "title")])
    heads = [b for b in blocks if b.tag in ("masthead", "signature")]
    check_all("masthead and signature texts",
              [b.get(k) for b in heads for k in ("name", "number", "issuer", "date") if b.get(k)])

    # Every character extracted is one the layouts have (or a page
    # number's): a wrong ToUnicode entry would show as some other one.
    allowed = set()
    for r in roots:
        for el in r.iter():
            allowed.update(el.text or "")
            allowed.update(el.tail or "")
            for v in el.attrib.values():
                allowed.update(v)
    allowed.update("—0123456789%. ")
    stray = sorted(set(flat) - allowed)
    ok(not stray, "%s: every character extracted is one of the layout's" % tool,
       "stray: " + " ".join("U+%04X %s" % (ord(c), c) for c in stray[:10]))

    if a.model:
        model = ET.parse(a.model).getroot()
        cats = model.findall("category")
        missing = [c.get("name") for c in cats if visible(c.get("name")) not in flat]
        ok(cats and not missing, "%s: the %d category names of the model" % (tool, len(cats)),
           "missing: %s" % missing)
        nums = [pct(c.get("completion")) for c in cats if c.get("completion")]
        nums.append(pct(model.find("summary").get("completion")))
        missing = [v for v in nums if v not in flat]
        ok(not missing, "%s: the completion of the plan and of each category (%s, …)"
           % (tool, ", ".join(nums[:3])), "missing: %s" % missing)
        # The narratives of the items behind schedule: the bulletin quotes
        # them.
        narr = [visible(x.findtext("narrative")) for x in model.iter()
                if x.tag in ("project", "task") and x.get("light") in ("red", "yellow")
                and x.findtext("narrative")]
        missing = [t for t in narr if t not in flat]
        if narr:
            ok(not missing, "%s: the narratives of the %d items behind schedule"
               % (tool, len(narr)), missing[0][:40] if missing else None)


# ---- pages: the type area and page numbers ------------------------------

def overprinted(words):
    """Pairs of words whose boxes overlap by a third of the smaller one in
    both directions: characters drawn over others."""
    out = []
    ws = sorted(words, key=lambda w: w.x0)
    for i, a in enumerate(ws):
        for b in ws[i + 1:]:
            if b.x0 >= a.x1:
                break
            ox = min(a.x1, b.x1) - max(a.x0, b.x0)
            oy = min(a.y1, b.y1) - max(a.y0, b.y0)
            if ox <= 0 or oy <= 0:
                continue
            # The width of one character of each, for the narrow ones.
            cw = min((a.x1 - a.x0) / max(1, len(a.text)), (b.x1 - b.x0) / max(1, len(b.text)))
            if ox > cw / 3 and oy > min(a.y1 - a.y0, b.y1 - b.y0) / 3:
                out.append((a, b))
    return out


def cmd_pages(a):
    pages = read_bbox(a.bbox)
    if a.pages is not None:
        ok(len(pages) == a.pages, "pdftotext sees %d pages" % a.pages, "got %d" % len(pages))
    outside, nums, sides, below, over = [], [], [], [], []
    for i, (w, h, words) in enumerate(pages, 1):
        ok_size = abs(w - 210 * MM) < 0.5 and abs(h - 297 * MM) < 0.5
        if not ok_size:
            outside.append("page %d is %.1f x %.1f pt, not A4" % (i, w, h))
        area, low = split_pagenum(words)
        for wd in area:
            if (wd.x0 < LEFT - TOL or wd.x1 > RIGHT + TOL or wd.y0 < TOP - TOL
                    or wd.y1 > BOTTOM + TOL):
                outside.append("page %d: %r" % (i, wd))
        over += ["page %d: %r over %r" % (i, x, y) for x, y in overprinted(words)]
        num = " ".join(wd.text for wd in sorted(low, key=lambda wd: wd.x0))
        if num != "— %d —" % i:
            nums.append("page %d shows %r below the type area" % (i, num))
            continue
        x0, x1 = min(wd.x0 for wd in low), max(wd.x1 for wd in low)
        y0, y1 = min(wd.y0 for wd in low), max(wd.y1 for wd in low)
        # GB/T 9704: 一字线 7 mm under the type area, one character (4号,
        # 14 pt) in from its outside edge.
        if i % 2 == 1 and not (RIGHT - 15 - TOL <= x1 <= RIGHT + TOL and x0 > (LEFT + RIGHT) / 2):
            sides.append("odd page %d: %.2f–%.2f, not at the right edge %.2f" % (i, x0, x1, RIGHT))
        if i % 2 == 0 and not (LEFT - TOL <= x0 <= LEFT + 15 + TOL and x1 < (LEFT + RIGHT) / 2):
            sides.append("even page %d: %.2f–%.2f, not at the left edge %.2f" % (i, x0, x1, LEFT))
        if not (BOTTOM < y0 and y1 < BOTTOM + 15 * MM):
            below.append("page %d: %.2f–%.2f" % (i, y0, y1))
    ok(not outside, "all %d pages A4, every word inside the type area" % len(pages),
       "\n".join(outside[:6]))
    ok(not over, "no characters printed over others", "\n".join(over[:6]))
    ok(not nums, "page N shows — N —, on all %d pages" % len(pages), "\n".join(nums[:6]))
    ok(not sides, "page numbers right on odd pages, left on even ones", "\n".join(sides[:6]))
    ok(not below, "page numbers under the type area", "\n".join(below[:6]))


# ---- outline -------------------------------------------------------------

def find_lines(lines, text):
    """Runs of consecutive lines that read text: [(first line, n)]"""
    want = visible(text)
    hits = []
    for i in range(len(lines)):
        acc = ""
        for j in range(i, min(len(lines), i + 4)):
            acc += visible(line_text(lines[j]))
            if acc == want:
                hits.append((lines[i], j - i + 1))
                break
            if not want.startswith(acc):
                break
    return hits


def cmd_outline(a):
    blocks = layout_blocks(a.layout)
    want = []
    for b in blocks:
        if b.tag != "heading" or b.get("outline") == "no":
            continue
        if b.get("level", "1") == "1" or not want:
            want.append((text_of(b), []))
        elif b.get("level") == "2":
            want[-1][1].append((text_of(b), []))
    outlines = json.load(open(a.outline, encoding="utf-8"))["outlines"]

    def tree(items):
        return [(o["title"], tree(o.get("kids", []))) for o in items]

    def shape(t):
        return [len(k) for _, k in t]

    got = tree(outlines)
    n1, n2 = len(want), sum(len(k) for _, k in want)
    ok(shape(got) == shape(want), "outline: %d level-1 entries, the %d level-2 ones nested "
       "under theirs" % (n1, n2), "want %s\ngot  %s" % (shape(want), shape(got)))
    flat_w = [t for t1, k in want for t in [t1] + [t2 for t2, _ in k]]
    flat_g = [t for t1, k in got for t in [t1] + [t2 for t2, _ in k]]
    diff = [(x, y) for x, y in zip(flat_g, flat_w) if x != y]
    ok(flat_g == flat_w, "outline: titles exactly the headings' texts",
       "\n".join("got %r, want %r" % d for d in diff[:4]) or "%d vs %d" % (len(flat_g), len(flat_w)))

    # Each entry leads to the page and the place of its heading.
    pages = read_bbox(a.bbox)
    wrong = []

    def walk(items, wanted):
        for o, (title, kids) in zip(items, wanted):
            p = o.get("destpageposfrom1")
            dest = o.get("dest") or []
            if p is None or not 1 <= p <= len(pages):
                wrong.append("%s: no page" % title)
                continue
            w, h, words = pages[p - 1]
            hits = find_lines(lines_of(words), title)
            if not hits:
                wrong.append("%s: not on page %d" % (title, p))
            elif len(dest) >= 3 and isinstance(dest[2], (int, float)):
                top = h - dest[2]
                if not any(0 <= l[0].y0 - top <= 29 for l, _ in hits):
                    wrong.append("%s: /FitH %.2f is not just above the heading (y %.2f)"
                                 % (title, top, hits[0][0][0].y0))
            walk(o.get("kids", []), kids)

    walk(outlines, want)
    ok(not wrong, "outline: every entry leads to its heading's page and place",
       "\n".join(wrong[:6]))

    # A heading is never alone at the foot of a page.
    alone = []
    titles = [text_of(b) for b in blocks if b.tag == "heading"]
    for i, (w, h, words) in enumerate(pages[:-1], 1):
        area, _ = split_pagenum(words)
        ls = lines_of(area)
        for t in titles:
            if any(l is ls[-k] for l, k in find_lines(ls[-4:], t)):
                alone.append("page %d ends with the heading %s" % (i, t))
    ok(not alone, "no heading alone at the foot of a page", "\n".join(alone))


# ---- grid: lines per page -------------------------------------------------

def cmd_grid(a):
    pages = read_bbox(a.bbox)
    blocks = layout_blocks(a.layout)
    paras = [squeeze(text_of(b)) for b in blocks if b.tag == "para"]
    counts, pitches, text = [], [], []
    for w, h, words in pages:
        area, _ = split_pagenum(words)
        ls = lines_of(area)
        counts.append(len(ls))
        base = [max(x.y1 for x in l) for l in ls]
        pitches += [b - a_ for a_, b in zip(base, base[1:])]
        text.append("".join(line_text(l) for l in ls))
    full = counts[:-1]
    ok(full and all(c == GRID_LINES for c in full),
       "%d full pages of %d body lines each" % (len(full), GRID_LINES), "lines per page: %s" % counts)
    total = sum(len(p) for p in paras)
    ok(squeeze("".join(text)) == "".join(paras),
       "the pages hold the paragraphs' %d characters, in order" % total)
    want = 225 * MM / GRID_LINES
    bad = [p for p in pitches if abs(p - want) > 0.05]
    ok(pitches and not bad, "lines on a grid of %.2f pt (225 mm / 22)" % want,
       "pitches off: %s" % [round(p, 2) for p in bad[:8]])


# ---- breaks: Chinese line breaking --------------------------------------------

def para_lines(pages, paras):
    """The lines of each paragraph: the page lines, in order, cut where
    the paragraphs' texts say; None where they do not add up."""
    lines = []
    for w, h, words in pages:
        area, _ = split_pagenum(words)
        lines += [squeeze(line_text(l)) for l in lines_of(area)]
    out, i = [], 0
    for p in paras:
        got, acc = [], ""
        while i < len(lines) and len(acc) < len(p):
            acc += lines[i]
            got.append(lines[i])
            i += 1
        if acc != p:
            return None, "paragraph %r… is %r…" % (p[:12], acc[:40])
        out.append(got)
    return out, None


def cmd_breaks(a):
    pages = read_bbox(a.bbox)
    blocks = [b for b in layout_blocks(a.layout) if b.tag == "para"]
    paras = [squeeze(text_of(b)) for b in blocks]
    per, err = para_lines(pages, paras)
    ok(per is not None, "each of the %d paragraphs is a run of whole lines, its text exact"
       % len(paras), err)
    if per is None:
        return
    # The controls: a line holds 28 characters, 26 after an indent of 2.
    ok([len(l) for l in per[0]] == [28, 28, 10], "control: lines of 28 characters",
       "lengths: %s" % [len(l) for l in per[0]])
    ok(len(per[1][0]) == 26, "control: 26 on the first line of a paragraph indented 2",
       "lengths: %s" % [len(l) for l in per[1]])
    lines = [l for p in per for l in p]
    for c in CLOSING:
        bad = [l for l in lines if l.startswith(c)]
        ok(not bad, "no line starts with %s" % c, "\n".join(bad))
    for c in OPENING:
        bad = [l for l in lines if l.endswith(c)]
        ok(not bad, "no line ends with %s" % c, "\n".join(bad))
    bad = [l for l in lines if l[:1] in MORE_CLOSING]
    ok(not bad, "no line starts with another closing mark (%s)" % MORE_CLOSING, "\n".join(bad))
    bad = [l for l in lines if l[-1:] in MORE_OPENING]
    ok(not bad, "no line ends with another opening mark (%s)" % MORE_OPENING, "\n".join(bad))
    bad = [l for l in lines if l.startswith("—")]
    ok(not bad, "no line starts with ——", "\n".join(bad))
    bad = [(x, y) for x, y in zip(lines, lines[1:]) if x.endswith("—") and y.startswith("—")]
    ok(not bad, "—— is never split between lines", "\n".join("%s / %s" % b for b in bad))
    bad = [(x, y) for x, y in zip(lines, lines[1:]) if x.endswith("…") and y.startswith("…")]
    ok(not bad, "…… is never split between lines", "\n".join("%s / %s" % b for b in bad))
    # Each test paragraph was built so that naive breaking would have
    # broken it badly: make sure it was not just set differently.
    tested = [p for p in paras[2:] if len(p) > 28]
    ok(len(tested) == len(paras) - 2, "every test paragraph runs over more than one line")


# ---- content streams: rules and marks ----------------------------------------

TOKEN = re.compile(rb"""
    (?P<ws>[\s]+|%[^\r\n]*)
  | (?P<str>\()
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<dict><<|>>)
  | (?P<arr>[\[\]])
  | (?P<name>/[^\s/\[\]()<>{}%]*)
  | (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
  | (?P<op>[^\s/\[\]()<>{}%]+)
""", re.X)


def tokens(data):
    i = 0
    while i < len(data):
        m = TOKEN.match(data, i)
        if not m:
            i += 1
            continue
        kind = m.lastgroup
        if kind == "str":  # a literal string: skip it, nested parentheses and escapes
            depth, j = 1, m.end()
            while j < len(data) and depth:
                c = data[j:j + 1]
                if c == b"\\":
                    j += 1
                elif c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                j += 1
            yield ("str", None)
            i = j
            continue
        i = m.end()
        if kind == "ws":
            continue
        if kind == "num":
            yield ("num", float(m.group()))
        elif kind == "op":
            yield ("op", m.group().decode("latin-1"))
        else:
            yield (kind, m.group())


def mul(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def drawing(content, height):
    """The stroked straight segments and the filled rectangles of a page's
    content: ([(x0, y0, x1, y1)], [(x, y, w, h, (r, g, b))]), y down."""
    ctm = (1, 0, 0, 1, 0, 0)
    stack, operands, path, cur, start = [], [], [], None, None
    fill = (0, 0, 0)
    strokes, fills = [], []

    def pt(x, y):
        a, b, c, d, e, f = ctm
        return (a * x + c * y + e, height - (b * x + d * y + f))

    for kind, v in tokens(content):
        if kind != "op":
            operands.append(v)
            continue
        o, args = v, operands
        operands = []
        if o == "q":
            stack.append((ctm, fill))
        elif o == "Q" and stack:
            ctm, fill = stack.pop()
        elif o == "cm" and len(args) == 6:
            ctm = mul(tuple(args), ctm)
        elif o == "rg" and len(args) == 3:
            fill = tuple(int(round(x * 255)) for x in args)
        elif o == "g" and len(args) == 1:
            fill = (int(round(args[0] * 255)),) * 3
        elif o == "m" and len(args) == 2:
            cur = start = pt(*args)
        elif o == "l" and len(args) == 2 and cur is not None:
            p = pt(*args)
            path.append(("seg", cur, p))
            cur = p
        elif o == "h" and cur is not None and start is not None:
            path.append(("seg", cur, start))
            cur = start
        elif o == "re" and len(args) == 4:
            x, y, w, h = args
            path.append(("rect", pt(x, y), pt(x + w, y + h)))
        elif o in ("c", "v", "y"):
            if len(args) >= 2:
                cur = pt(*args[-2:])
            path.append(("curve",))
        elif o in ("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"):
            for item in path:
                if item[0] == "seg" and o in ("S", "s", "B", "B*", "b", "b*"):
                    (x0, y0), (x1, y1) = item[1], item[2]
                    strokes.append((x0, y0, x1, y1))
                elif item[0] == "rect":
                    (x0, y0), (x1, y1) = item[1], item[2]
                    x0, x1 = min(x0, x1), max(x0, x1)
                    y0, y1 = min(y0, y1), max(y0, y1)
                    if o in ("f", "F", "f*", "B", "B*", "b", "b*"):
                        fills.append((x0, y0, x1 - x0, y1 - y0, fill))
                    if o in ("S", "s", "B", "B*", "b", "b*"):
                        strokes += [(x0, y0, x1, y0), (x0, y1, x1, y1),
                                    (x0, y0, x0, y1), (x1, y0, x1, y1)]
            path, cur, start = [], None, None
    return strokes, fills


def page_contents(qpdf_json):
    """The decoded content of each page, from qpdf --json with inline
    stream data."""
    d = json.load(open(qpdf_json, encoding="utf-8"))
    objs = d["qpdf"][1]
    out = []
    for p in d["pages"]:
        data = b""
        for ref in p["contents"]:
            s = objs.get("obj:" + ref, {}).get("stream", {})
            data += base64.b64decode(s.get("data", "")) + b"\n"
        out.append(data)
    return out


def table_rows(strokes):
    """Rows of ruled tables: bands between two horizontal rules, closed at
    both ends by vertical ones of the same span, across the type area's
    width (as a table of the layout is; a chart's framed boxes are not).
    [(top, bottom, [x])]"""
    r = lambda v: round(v, 1)
    verticals, horizontals = {}, []
    for x0, y0, x1, y1 in strokes:
        if abs(x0 - x1) < 0.01 and abs(y0 - y1) > 1:
            verticals.setdefault((r(min(y0, y1)), r(max(y0, y1))), set()).add(r(x0))
        elif abs(y0 - y1) < 0.01 and abs(x0 - x1) > 1:
            horizontals.append((r(y0), r(min(x0, x1)), r(max(x0, x1))))
    rows = []
    for (top, bottom), xs in verticals.items():
        xs = sorted(xs)
        if len(xs) < 2 or abs(xs[0] - LEFT) > 0.5 or abs(xs[-1] - RIGHT) > 0.5:
            continue
        closed = all(any(abs(y - edge) < 0.2 and x0 <= xs[0] + 0.2 and x1 >= xs[-1] - 0.2
                         for y, x0, x1 in horizontals) for edge in (top, bottom))
        if closed:
            rows.append((top, bottom, xs))
    return sorted(rows)


def printed_rows(pages, contents):
    """The rows of every ruled table, as printed, page by page: for each,
    the text of each cell (squeezed) and the fill colours of the small
    marks (lights) in it.  pages: read_bbox's; contents: page_contents'.
    [([cell text], [set of colours])]"""
    printed = []
    for (w, h, words), content in zip(pages, contents):
        strokes, fills = drawing(content, h)
        area, _ = split_pagenum(words)
        for top, bottom, xs in table_rows(strokes):
            cells, marks = [], []
            for x0, x1 in zip(xs, xs[1:]):
                inside = [wd for wd in area if x0 <= wd.cx <= x1 and top <= wd.cy <= bottom]
                cells.append(squeeze("".join(line_text(l) for l in lines_of(inside))))
                marks.append({f[4] for f in fills if x0 <= f[0] and f[0] + f[2] <= x1
                              and top <= f[1] and f[1] + f[3] <= bottom and f[2] < 15})
            printed.append((cells, marks))
    return printed


# ---- tables ----------------------------------------------------------------

def cmd_tables(a):
    pages = read_bbox(a.bbox)
    contents = page_contents(a.qpdf_json)
    blocks = layout_blocks(a.layout)
    tables = [b for b in blocks if b.tag == "table"]
    ok(len(contents) == len(pages), "qpdf and pdftotext agree on %d pages" % len(pages))

    # The printed rows, from the rules, each with its cells' words.
    printed = []  # (page, top, bottom, [cell text], [cell rect], fills)
    for pno, ((w, h, words), content) in enumerate(zip(pages, contents), 1):
        strokes, fills = drawing(content, h)
        area, _ = split_pagenum(words)
        for top, bottom, xs in table_rows(strokes):
            cells, rects = [], []
            for x0, x1 in zip(xs, xs[1:]):
                inside = [wd for wd in area
                          if x0 <= wd.cx <= x1 and top <= wd.cy <= bottom]
                cells.append("".join(line_text(l) for l in lines_of(inside)))
                rects.append((x0, top, x1, bottom))
            printed.append((pno, top, bottom, cells, rects, fills))
    ok(printed, "the PDF has ruled table rows (%d)" % len(printed))

    # Walk them along the layout: each table's header, its rows in order,
    # the header again at the top of each page the table continues on.
    def cells_of(row):
        return [visible(text_of(c)) for c in row.findall("cell")]

    mismatch, repeats, not_top, orphan = None, 0, [], []
    placed = []  # (table index, layout row index or -1 for a header, printed row)
    k = 0
    for ti, t in enumerate(tables):
        header = t.find("header")
        hcells = cells_of(header) if header is not None else None
        rows = t.findall("row")
        last_page = None
        ri = 0
        while ri < len(rows) and mismatch is None:
            if k >= len(printed):
                mismatch = "table %d row %d (%s…) is not printed" % (
                    ti + 1, ri + 1, cells_of(rows[ri])[0][:12])
                break
            pr = printed[k]
            got = [squeeze(c) for c in pr[3]]
            if hcells is not None and got == hcells:
                placed.append((ti, -1, pr))
                if last_page is not None:
                    repeats += 1
                    if pr[0] == last_page:
                        mismatch = "table %d: header again on page %d" % (ti + 1, pr[0])
                k += 1
                continue
            want = cells_of(rows[ri])
            if got != want:
                mismatch = "page %d: table %d row %d is %s, want %s" % (
                    pr[0], ti + 1, ri + 1, got, want)
                break
            if last_page is not None and pr[0] != last_page:
                prev = placed[-1]
                if not (prev[0] == ti and prev[1] == -1 and prev[2][0] == pr[0]):
                    not_top.append("table %d continues on page %d without its header"
                                   % (ti + 1, pr[0]))
            if hcells is not None and last_page is None:
                prev = placed[-1] if placed else None
                if not (prev and prev[0] == ti and prev[1] == -1 and prev[2][0] == pr[0]):
                    not_top.append("table %d starts on page %d without its header"
                                   % (ti + 1, pr[0]))
            placed.append((ti, ri, pr))
            last_page = pr[0]
            ri += 1
            k += 1
    if mismatch is None and k < len(printed):
        mismatch = "%d printed rows more than the layout's" % (len(printed) - k)
    nrows = sum(len(t.findall("row")) for t in tables)
    ok(mismatch is None, "all %d rows of the %d tables printed in order, every cell's "
       "text as the layout says" % (nrows, len(tables)), mismatch)

    # A repeated header is the first thing on its page, and no header is
    # left at the foot of a page without a row under it.
    for i, (ti, ri, pr) in enumerate(placed):
        if ri == -1:
            nxt = placed[i + 1] if i + 1 < len(placed) else None
            if not (nxt and nxt[0] == ti and nxt[1] >= 0 and nxt[2][0] == pr[0]):
                orphan.append("table %d: header alone at the foot of page %d" % (ti + 1, pr[0]))
            elif i > 0 and placed[i - 1][0] == ti:
                w, h, words = pages[pr[0] - 1]
                area, _ = split_pagenum(words)
                above = [wd for wd in area if wd.y1 <= pr[1] + 0.5]
                if above:
                    not_top.append("page %d: %s above the repeated header" % (pr[0], above[0]))
    if a.min_continued:
        ok(repeats >= a.min_continued, "tables run over pages: %d repeated headers (at least %d)"
           % (repeats, a.min_continued))
    ok(not not_top, "the header row is at the top of every page a table continues on "
       "(%d times)" % repeats, "\n".join(not_top[:6]))
    ok(not orphan, "no table header alone at the foot of a page", "\n".join(orphan[:6]))

    if a.model:
        check_model(a, tables, placed)


def check_model(a, tables, placed):
    """The category tables against the model: 完成率 and 亮灯 of each item."""
    model = ET.parse(a.model).getroot()
    cats = model.findall("category")
    by_table = {}
    for ti, ri, pr in placed:
        if ri >= 0:
            by_table.setdefault(ti, []).append(pr)
    # The category tables are those with a 完成率 and a 亮灯 column, in order.
    cat_tables = []
    for ti, t in enumerate(tables):
        head = [squeeze(text_of(c)) for c in t.find("header").findall("cell")] \
            if t.find("header") is not None else []
        if "完成率" in head and "亮灯" in head and "项目" in head:
            cat_tables.append((ti, head.index("项目"), head.index("完成率"), head.index("亮灯")))
    ok(len(cat_tables) == len(cats), "a table for each of the %d categories" % len(cats),
       "got %d" % len(cat_tables))
    checked = 0
    for cat, (ti, c_name, c_done, c_light) in zip(cats, cat_tables):
        items = []
        for p in cat.findall("project"):
            items.append(p)
            items += p.findall("task")
        rows = by_table.get(ti, [])
        bad = []
        if len(rows) != len(items):
            bad.append("%d rows for %d items" % (len(rows), len(items)))
        for x, pr in zip(items, rows):
            cells = [squeeze(c) for c in pr[3]]
            if x.tag == "project":
                label = (x.get("seq") + "." if x.get("seq") else "") + x.get("name")
            else:
                label = x.get("name")
            if not cells[c_name].endswith(visible(label)):
                bad.append("row %s is not %s" % (cells[c_name], label))
                continue
            want = pct(x.get("completion")) if x.get("completion") else "—"
            if x.get("ratio") and Decimal(x.get("ratio")) > 1:
                want += "（超额完成）"
            if cells[c_done] != want:
                bad.append("%s: 完成率 %s, the model %s" % (label, cells[c_done], want))
            light = x.get("light")
            if cells[c_light] != LIGHT_WORDS[light]:
                bad.append("%s: 亮灯 %s, the model %s" % (label, cells[c_light], light))
            # The light's mark: a square of its colour in the cell.
            x0, y0, x1, y1 = pr[4][c_light]
            colours = {f[4] for f in pr[5] if x0 <= f[0] and f[0] + f[2] <= x1
                       and y0 <= f[1] and f[1] + f[3] <= y1 and f[2] < 15}
            if LIGHT_COLORS[light] not in colours:
                bad.append("%s: no %s mark in the 亮灯 cell (%s)" % (label, light, colours))
        checked += not bad
        ok(not bad, "category %s: %d items, 完成率 and 亮灯 (word and mark) as the model says"
           % (cat.get("name"), len(items)), "\n".join(bad[:6]))
    ok(checked >= a.min_categories, "at least %d categories' tables agree with the model (%d)"
       % (a.min_categories, checked))


# ---- gap: a character drawn as an outline --------------------------------------

def cmd_gap(a):
    """A line that reads BEFORE, then a gap, then AFTER (or a word that
    starts with AFTER, BEFORE empty, and the room of a character before
    it): the gap must hold ink, the character drawn as an outline that
    pdftotext cannot see, as poppler's rendering shows."""
    pages = read_bbox(a.bbox)
    found = None
    for pno, (w, h, words) in enumerate(pages, 1):
        for l in lines_of(words):
            for i in range(len(l)):
                if l[i].text.endswith(a.after) and (a.before == "" or (
                        i > 0 and l[i - 1].text.endswith(a.before))):
                    found = (pno, l[i - 1] if i > 0 and a.before else None, l[i])
                    break
            if found:
                break
        if found:
            break
    ok(found is not None, "%s…%s is printed (the part pdftotext can read)" % (a.before, a.after))
    if not found:
        return
    pno, left, right = found
    size = right.y1 - right.y0
    gx1 = right.x1 - len(a.after) * (right.x1 - right.x0) / max(1, len(right.text))
    gx0 = left.x1 if left is not None else gx1 - size
    if left is not None:
        ok(gx1 - gx0 > size * 0.6, "%s…%s: a character's room between them (%.1f pt)"
           % (a.before, a.after, gx1 - gx0))
    dpi = 144
    s = dpi / 72
    x, y = int((gx0 + 1) * s), int(right.y0 * s)
    wdt, hgt = max(1, int((gx1 - gx0 - 2) * s)), max(1, int(size * s))
    png = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(pno), "-l", str(pno),
                          "-x", str(x), "-y", str(y), "-W", str(wdt), "-H", str(hgt), a.pdf],
                         capture_output=True).stdout
    # pdftoppm -gray writes a binary PGM: P5 W H 255 then the bytes.
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", png)
    dark = 0
    if m:
        pix = png[m.end():]
        dark = sum(1 for b in pix if b < 128)
    ok(dark > 20, "%s…%s: the character between them is drawn (%d dark pixels)"
       % (a.before, a.after, dark))


def main():
    global INVISIBLE, NAME
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--todo", action="append", default=[], metavar="REGEXP=REASON",
                        help="mark the assertions whose description matches as TODO")
    common.add_argument("--invisible", default="", metavar="CHARS",
                        help="characters drawn as outlines, which no text tool sees")
    common.add_argument("--name", default="", help="the bulletin's name, for the descriptions")
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("text", parents=[common])
    p.add_argument("text")
    p.add_argument("--layout", action="append", required=True)
    p.add_argument("--model")
    p.add_argument("--tool", default="pdftotext")
    p = sub.add_parser("pages", parents=[common])
    p.add_argument("bbox")
    p.add_argument("--pages", type=int)
    p = sub.add_parser("outline", parents=[common])
    p.add_argument("layout")
    p.add_argument("outline")
    p.add_argument("bbox")
    p = sub.add_parser("grid", parents=[common])
    p.add_argument("bbox")
    p.add_argument("layout")
    p = sub.add_parser("breaks", parents=[common])
    p.add_argument("bbox")
    p.add_argument("layout")
    p = sub.add_parser("tables", parents=[common])
    p.add_argument("layout")
    p.add_argument("bbox")
    p.add_argument("qpdf_json")
    p.add_argument("--model")
    p.add_argument("--min-categories", type=int, default=3)
    p.add_argument("--min-continued", type=int, default=0)
    p = sub.add_parser("gap", parents=[common])
    p.add_argument("bbox")
    p.add_argument("pdf")
    p.add_argument("before")
    p.add_argument("after")
    a = ap.parse_args()
    for t in a.todo:
        pat, _, why = t.partition("=")
        TODO.append((pat, why))
    INVISIBLE = a.invisible
    NAME = a.name
    globals()["cmd_" + a.cmd](a)


if __name__ == "__main__":
    main()
