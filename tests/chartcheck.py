#!/usr/bin/env python3
"""tests/chartcheck.py: checks the charts of one run against the report
model, from two independent views of them: the trace of the drawing
operations (`dubao charts --trace`) and a rendering of the SVG files by
librsvg (rsvg-convert), whose pixels are read here with a small PNG
decoder.  Prints TAP lines (no plan); exit status 0.

  chartcheck.py MODEL.xml TRACE.txt SVGDIR [--edge]
"""
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib

COLORS = {"done": "#2b5a8c", "green": "#66b074", "yellow": "#f4c552",
          "red": "#c43225", "grey": "#d9d9d9"}
n = 0


def ok(cond, desc, detail=None):
    global n
    n += 1
    print("%s %d - %s" % ("ok" if cond else "not ok", n, desc))
    if not cond and detail:
        for line in str(detail).splitlines()[:6]:
            print("#   " + line)
    return cond


# ---- the trace -------------------------------------------------------

def parse_trace(path):
    """{chart id: {"size": (w, h), "ops": [top-level ops], "groups": [(name, [ops])]}}"""
    charts, cur, group = {}, None, None
    depth = 0
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        m = re.match(r"^chart (\S+)$", line)
        if m:
            cur = charts.setdefault(m.group(1), {"ops": [], "groups": []})
            continue
        s = line.strip()
        if s.startswith("size "):
            w, h = s.split()[1:3]
            cur["size"] = (float(w), float(h))
            continue
        indent = (len(line) - len(line.lstrip(" "))) // 2
        if s.startswith("group "):
            if indent == 1:
                group = (s[6:], [])
                cur["groups"].append(group)
            continue
        if s == "end":
            if indent == 1:
                group = None
            continue
        op = parse_op(s)
        (group[1] if group is not None and indent >= 2 else cur["ops"]).append(op)
    return charts


def parse_op(s):
    kind, rest = s.split(" ", 1)
    op = {"kind": kind}
    if kind == "text":
        m = re.match(r'([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) color=(#\w+) lines=(\d+) "(.*)"$', rest)
        x, y, w, h, color, lines, text = m.groups()
        op.update(x=float(x), y=float(y), w=float(w), h=float(h), color=color,
                  lines=int(lines), text=text.replace('\\"', '"').replace("\\\\", "\\"))
        return op
    nums = re.findall(r"(?<![=#/\w])-?\d+\.\d+", rest)
    op["nums"] = [float(v) for v in nums]
    m = re.search(r"fill=(#\w+)", rest)
    op["fill"] = m.group(1) if m else None
    m = re.search(r"stroke=(#\w+)/([\d.]+)(?:/([\d.]+))?", rest)
    op["stroke"] = m.group(1) if m else None
    op["dash"] = float(m.group(3)) if m and m.group(3) else 0.0
    return op


def axis_of(chart):
    """x of 0 and of the last grid line (100 % or the last count)."""
    lines = [o for o in chart["ops"] if o["kind"] == "line" and len(o["nums"]) == 4
             and o["nums"][0] == o["nums"][2] and o["nums"][3] - o["nums"][1] > 20]
    xs = sorted(o["nums"][0] for o in lines)
    return xs[0], xs[-1]


# ---- PNG pixels ------------------------------------------------------

def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            w, h, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), "8-bit RGB(A) only"
            bpp = 3 if color == 2 else 4
        elif ctype == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def pixel(png, x, y):
    w, h, bpp, rows = png
    x, y = int(x), int(y)
    return tuple(rows[y][x * bpp:x * bpp + 3])


def hexrgb(c):
    return tuple(int(c[i:i + 2], 16) for i in (1, 3, 5))


def near(a, b, tol=14):
    return all(abs(p - q) <= tol for p, q in zip(a, b))


def render(svg, png, width):
    subprocess.run(["rsvg-convert", "-w", str(int(round(width))), "-o", png, svg], check=True)
    return read_png(png)


# ---- the checks ------------------------------------------------------

def percent(v):
    return "%.2f%%" % (float(v) * 100 + 1e-9)


def check_completion(model, chart, png, edge):
    cats = model.findall("category")
    groups = chart["groups"]
    ok(len(groups) == len(cats), "completion: one bar per category (%d)" % len(cats),
       "got %d" % len(groups))
    x0, x100 = axis_of(chart)
    bw = x100 - x0
    for cat, (name, ops) in zip(cats, groups):
        label = (cat.get("seq") + "、" if cat.get("seq") else "") + cat.get("name")
        ok(name == label, "completion: bar of %s in plan order" % label, "got %s" % name)
        rects = [o for o in ops if o["kind"] == "rect" and o["fill"]]
        texts = [o["text"] for o in ops if o["kind"] == "text"]
        comp = cat.get("completion")
        if comp is None:
            dashed = [o for o in ops if o["kind"] == "rect" and o["dash"] > 0]
            ok(not rects and dashed, "completion: %s unknown, drawn as an empty dashed frame, not 0%%" % label)
            ok(texts and texts[0] in ("无完成率数据", "未报送"), "completion: %s says why" % label, texts)
            continue
        width = rects[0]["nums"][2]
        want = max(float(comp) * bw, 1.0)
        ok(abs(width - want) < 0.02, "completion: %s bar is %s of the axis" % (label, percent(comp)),
           "width %.2f, want %.2f" % (width, want))
        ok(rects[0]["fill"] == COLORS[cat.get("light")], "completion: %s bar is %s"
           % (label, cat.get("light")), rects[0]["fill"])
        ok(texts and texts[0].startswith(percent(comp)), "completion: %s labelled %s"
           % (label, percent(comp)), texts)
        if cat.get("expected"):
            marks = [o for o in ops if o["kind"] == "line" and o["stroke"] == "#0d0d0d"]
            ok(marks and abs(marks[0]["nums"][0] - (x0 + float(cat.get("expected")) * bw)) < 0.02,
               "completion: %s has the 序时进度 mark at %s" % (label, percent(cat.get("expected"))))
        if png is not None and width > 4:
            # Along the bar's middle, clear of the expected mark: red is
            # hatched, so some of its pixels are white; one must be red.
            x, y, w, h = rects[0]["nums"][:4]
            mark = x0 + float(cat.get("expected") or -1) * bw
            xs = [x + w * f for f in (0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9)]
            got = [pixel(png, px, y + h / 2) for px in xs if abs(px - mark) > 4]
            want = hexrgb(COLORS[cat.get("light")])
            ok(any(near(g, want) for g in got),
               "completion: librsvg paints %s's bar %s" % (label, cat.get("light")),
               "pixels %s" % (got,))


def check_stacked(chart, rows, what, png):
    """rows: [(label, counts element)] in the expected order."""
    groups = chart["groups"]
    ok(len(groups) == len(rows), "%s: one bar per row (%d)" % (what, len(rows)), len(groups))
    x0, xmax = axis_of(chart)
    grid = sorted(o["nums"][0] for o in chart["ops"] if o["kind"] == "line"
                  and len(o["nums"]) == 4 and o["nums"][0] == o["nums"][2])
    step_px = grid[1] - grid[0] if len(grid) > 1 else None
    for (label, counts), (name, ops) in zip(rows, groups):
        ok(name == label, "%s: %s in order" % (what, label), "got %s" % name)
        rects = [o for o in ops if o["kind"] == "rect" and o["fill"] in COLORS.values()
                 and o["nums"][3] > 9]
        want = [(l, int(counts.get(l))) for l in ("done", "green", "yellow", "red", "grey")
                if int(counts.get(l)) > 0]
        got = [(k, r) for r in rects for k, c in COLORS.items() if c == r["fill"]]
        ok([k for k, _ in got] == [l for l, _ in want],
           "%s: %s split by light as the model says" % (what, label),
           "got %s want %s" % ([k for k, _ in got], want))
        if got and want:
            unit = got[0][1]["nums"][2] / want[0][1]
            ok(all(abs(r["nums"][2] - c * unit) < 0.05 + 0.002 * r["nums"][2]
                   for (_, r), (_, c) in zip(got, want)),
               "%s: %s segments proportional to counts" % (what, label))
        texts = [o["text"] for o in ops if o["kind"] == "text"]
        ok(texts and texts[-1] == "%s项" % counts.get("total"),
           "%s: %s total %s项" % (what, label, counts.get("total")), texts)


def main():
    model = ET.parse(sys.argv[1]).getroot()
    charts = parse_trace(sys.argv[2])
    svgdir = sys.argv[3]
    edge = "--edge" in sys.argv
    png = render("%s/completion.svg" % svgdir, "%s/completion.check.png" % svgdir,
                 charts["completion"]["size"][0])
    check_completion(model, charts["completion"], png, edge)

    cats = model.findall("category")
    check_stacked(charts["status"], [(c.get("name"), c.find("counts")) for c in cats],
                  "status", None)

    units = model.findall("units/unit")
    key = lambda u: tuple(-int(u.find("counts").get(k)) for k in ("red", "yellow", "grey", "total"))
    order = sorted(units, key=key)     # stable, as xsl:sort is
    check_stacked(charts["units"], [(u.get("name") or "未明确责任单位", u.find("counts"))
                                    for u in order], "units", None)

    points = model.findall("history/point")
    if len(points) >= 2:
        t = charts.get("trend")
        ok(t is not None, "trend: drawn with %d issues" % len(points))
        groups = t["groups"]
        ok(len(groups) == len(cats) + 1, "trend: a panel for the plan and each category",
           len(groups))
        for cat, (name, ops) in zip(cats, groups[1:]):
            dots = [o for o in ops if o["kind"] == "polygon" and len(o["nums"]) == 8]
            known = [p for p in points if p.find("category[@ref='%s']" % cat.get("id")).get("completion")]
            ok(len(dots) == len(known), "trend: %s has a dot per known issue (%d)"
               % (cat.get("name"), len(known)), len(dots))
    else:
        ok("trend" not in charts, "trend: not drawn with a single issue")

    if edge:
        texts = [o for _, ops in [("", charts["completion"]["ops"])] for o in ops if o["kind"] == "text"]
        long = [o for o in texts if o["text"].startswith("五、这是一个")]
        ok(long and long[0]["lines"] == 2, "edge: a very long category name wraps to two lines")
        label_w = axis_of(charts["completion"])[0] - 8
        ok(long and long[0]["w"] <= label_w, "edge: and stays within its column")
        ok(any("𠮷" in o["text"] for o in texts), "edge: 𠮷 (outside the BMP) is drawn as text")
        over = [o["text"] for _, ops in charts["completion"]["groups"] for o in ops
                if o["kind"] == "text" and "超额" in o["text"]]
        ok(over == ["100.00%（含超额完成）"], "edge: over-fulfilment is capped at 100% and said", over)
    print("# %d chart checks" % n)


if __name__ == "__main__":
    main()
