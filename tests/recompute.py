#!/usr/bin/env python3
"""tests/recompute.py: an independent implementation of FORMAT.md's Metrics.

Written from /work/shared/FORMAT.md alone (not from dubao's C code), so that
tests/model.t can hold `dubao model` against a second reading of the
contract.  Standard library only.

Usage:
  recompute.py [--green-within N] [--yellow-within N] PLAN PROGRESS...
      measure the plan at every progress file's as-of (the latest is the
      current issue, the one before it gives the changes) and print one
      line per measured value:   KEY <TAB> ATTRIBUTE <TAB> VALUE
  recompute.py --extract MODEL.xml
      print the same lines from the XML that `dubao model` wrote, so that
      the two can be compared line by line.

Keys: "summary", "category/ID", "project/ID", "task/ID", "unit/NAME" (the
group of leaves with no unit is "unit/(none)"), and for every progress
date "history/AS-OF/summary" and "history/AS-OF/category/ID".
Attributes: completion, ratio, expected, light, reported, delta (fractions
with 4 decimals, "-" when there is none), and "counts/projects",
"counts/tasks", "counts/items" whose value is the whole <counts> element
as "total=.. known=.. ..." (one comparison per element).

Readings of FORMAT.md made here (where it leaves room):
  * quantities, weights, percents and day counts are exact (Fraction); a
    value is rounded only when it is shown: float(x), then
    floor(x * 10000 + 0.5 + 1e-9), FORMAT.md's rule taken literally;
  * means are taken over the exact (unrounded) values of the parts;
  * the change (delta) is the difference of the two rounded completions,
    so that it agrees with the two numbers printed;
  * `done` needs the completion, rounded like every compared value, to be
    1 (10000: "the numbers printed decide the light"; 99999 of 100000 is
    done) and, for anything with parts, every part's light `done`;
  * a category, the plan and a unit are reported "yes" when all their
    parts are, "no" when none is, else "partly" (FORMAT.md defines this
    for a project with tasks only);
  * a unit's expected progress is the unweighted mean of the expectations
    of the leaves whose completions entered its mean;
  * the schedule is right-continuous: a milestone on the due date below
    100 % gives way to the due date's 100 % on that very day.
A first draft read `done` as an exact 1 and let such a milestone hold on
its day; dubao reads both the other way, FORMAT.md decides neither, and
the readings above follow dubao's (each is pinned by a case in
tests/model/).  The delta is likewise unspecified: rounding the exact
difference instead would change 8 deltas of the Dalian sample (c01,
c02, c11, p01, p04.1, p27, p27.1, p27.4; 11 with the history) by 0.0001.
"""

import datetime
import math
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction

NS = "urn:dubao:1"
LIGHTS = ("done", "green", "yellow", "red", "grey")


def q(tag):
    return "{%s}%s" % (NS, tag)


def kids(elem, tag):
    return [c for c in elem if c.tag == q(tag)]


def kid(elem, tag):
    found = kids(elem, tag)
    return found[0] if found else None


def text(s):
    return (s or "").strip()


def num(s):
    """A FORMAT.md number ([0-9]+(\\.[0-9]+)?, white space around) exactly."""
    return Fraction(text(s))


def date(s):
    return datetime.date.fromisoformat(text(s))


# ---------------------------------------------------------------- reading


class Item:
    """A project or a task."""

    def __init__(self, elem, kind, parent=None):
        self.kind = kind
        self.id = elem.get("id")
        self.parent = parent
        w = elem.get("weight")
        self.weight = num(w) if w is not None else Fraction(1)
        u = kid(elem, "units")
        self.units = None
        if u is not None:
            self.units = [(text(x.text), x.get("role", "co"))
                          for x in kids(u, "unit")]
        t = kid(elem, "target")
        self.target = None
        if t is not None:
            self.target = (num(t.get("quantity")), text(t.get("unit")))
        d = kid(elem, "due")
        self.due = date(d.text) if d is not None else None
        self.milestones = [(date(m.get("date")), num(m.get("percent")))
                           for m in kids(elem, "milestone")]
        self.tasks = [Item(x, "task", self) for x in kids(elem, "task")]

    def effective_due(self, plan):
        if self.due is not None:
            return self.due
        if self.parent is not None and self.parent.due is not None:
            return self.parent.due
        return plan.end

    def lead_unit(self):
        """Own role="lead" unit, else own first unit, else the project's."""
        if self.units:
            for name, role in self.units:
                if role == "lead":
                    return name
            return self.units[0][0]
        if self.parent is not None:
            return self.parent.lead_unit()
        return None


class Plan:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        assert root.tag == q("plan"), root.tag
        self.id = root.get("id")
        year = int(root.get("year"))
        self.start = date(root.get("start")) if root.get("start") \
            else datetime.date(year, 1, 1)
        self.end = date(root.get("end")) if root.get("end") \
            else datetime.date(year, 12, 31)
        self.categories = []
        for c in kids(root, "category"):
            self.categories.append(
                (c.get("id"), [Item(p, "project") for p in kids(c, "project")]))

    def projects(self):
        return [p for _, ps in self.categories for p in ps]

    def tasks(self):
        return [t for p in self.projects() for t in p.tasks]

    def leaves(self):
        out = []
        for p in self.projects():
            out.extend(p.tasks if p.tasks else [p])
        return out


class Progress:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        assert root.tag == q("progress"), root.tag
        self.plan = root.get("plan")
        self.as_of = date(root.get("as-of"))
        self.reports = {}
        for r in kids(root, "report"):
            done = kid(r, "done")
            pct = kid(r, "percent")
            self.reports[r.get("ref")] = {
                "status": r.get("status"),
                "done": None if done is None else
                (num(done.get("quantity")), done.get("unit")),
                "percent": None if pct is None else num(pct.text),
            }


# ---------------------------------------------------------------- units


def split_multiplier(unit):
    """'万户' -> (10**4, '户'); one leading 万 or 亿 at most."""
    if len(unit) > 1 and unit[0] == "万":
        return 10 ** 4, unit[1:]
    if len(unit) > 1 and unit[0] == "亿":
        return 10 ** 8, unit[1:]
    return 1, unit


def in_target_unit(qty, unit, target_unit):
    if unit is None or text(unit) == target_unit:
        return qty
    m_done, base_done = split_multiplier(text(unit))
    m_target, base_target = split_multiplier(target_unit)
    if base_done != base_target:
        raise ValueError("unit %r does not convert to %r" % (unit, target_unit))
    return qty * m_done / m_target


# ---------------------------------------------------------------- measuring


def rnd(x):
    """FORMAT.md's rounding to hundredths of a point, taken literally."""
    return math.floor(float(x) * 10000 + 0.5 + 1e-9)


def fmt(n):
    """Integer ten-thousandths as dubao prints them: -0.1583, 1.0000."""
    if n is None:
        return "-"
    sign = "-" if n < 0 else ""
    n = abs(n)
    return "%s%d.%04d" % (sign, n // 10000, n % 10000)


def wmean(pairs):
    """Weighted mean of (weight, value) pairs; None when there are none."""
    tw = sum(w for w, _ in pairs)
    if not pairs or tw == 0:
        return None
    return sum(w * v for w, v in pairs) / tw


class M:
    """The measure of one item at one date."""
    completion = None   # exact Fraction or None
    ratio = None
    expected = None
    light = None
    reported = None     # "yes", "no", "partly"
    parts = ()


def leaf_completion(item, report):
    if report is None:
        return None, None
    ratio = None
    if report["done"] is not None and item.target is not None:
        qty, unit = report["done"]
        ratio = in_target_unit(qty, unit, item.target[1]) / item.target[0]
    if report["status"] == "completed":
        return Fraction(1), ratio
    if ratio is not None:
        return min(ratio, Fraction(1)), ratio
    if report["percent"] is not None:
        return report["percent"] / 100, ratio
    if report["status"] == "not-started":
        return Fraction(0), ratio
    return None, ratio


def expected_at(plan, item, d):
    def t(x):
        return (x - plan.start).days + 1
    points = [(Fraction(0), Fraction(0))]
    points += [(Fraction(t(md)), p / 100) for md, p in item.milestones]
    points.append((Fraction(t(item.effective_due(plan))), Fraction(1)))
    T = Fraction(t(d))
    # Right-continuous: where two points share a day (a milestone on the
    # due date below 100 %), the later one holds from that day on, so the
    # due date's 100 % is expected at the end of the due date.
    value = points[-1][1]
    for (t0, v0), (t1, v1) in zip(points, points[1:]):
        if t0 <= T < t1:
            value = v0 + (v1 - v0) * (T - t0) / (t1 - t0)
            break
    return max(Fraction(0), min(Fraction(1), value))


class Measure:
    def __init__(self, plan, progress, green, yellow):
        self.plan = plan
        self.d = progress.as_of
        self.green = green      # in ten-thousandths (5 points = 500)
        self.yellow = yellow
        self.m = {}             # ("project"|"task", id) -> M
        for p in plan.projects():
            if p.tasks:
                for tk in p.tasks:
                    self.m[("task", tk.id)] = self.leaf(tk, progress)
                self.m[("project", p.id)] = self.aggregate(
                    [(tk.weight, self.m[("task", tk.id)]) for tk in p.tasks])
            else:
                self.m[("project", p.id)] = self.leaf(p, progress)
        self.cat = {}
        for cid, ps in plan.categories:
            self.cat[cid] = self.aggregate(
                [(p.weight, self.m[("project", p.id)]) for p in ps])
        self.summary = self.aggregate(
            [(p.weight, self.m[("project", p.id)]) for p in plan.projects()])
        self.units = {}
        groups = {}
        for leaf in plan.leaves():
            name = leaf.lead_unit()
            groups.setdefault(name if name is not None else "(none)",
                              []).append(leaf)
        for name, leaves in groups.items():
            self.units[name] = self.aggregate(
                [(Fraction(1), self.m[(lf.kind, lf.id)]) for lf in leaves])

    def light(self, m, parts_all_done=True):
        if m.completion is None:
            return "grey"
        if rnd(m.completion) == 10000 and parts_all_done:
            return "done"
        c, e = rnd(m.completion), rnd(m.expected)
        if c >= e - self.green:
            return "green"
        if c >= e - self.yellow:
            return "yellow"
        return "red"

    def leaf(self, item, progress):
        m = M()
        report = progress.reports.get(item.id)
        m.completion, m.ratio = leaf_completion(item, report)
        m.expected = expected_at(self.plan, item, self.d)
        m.reported = "no" if report is None else "yes"
        m.light = self.light(m)
        return m

    def aggregate(self, parts):
        m = M()
        m.parts = [x for _, x in parts]
        known = [(w, x) for w, x in parts if x.completion is not None]
        m.completion = wmean([(w, x.completion) for w, x in known])
        if m.completion is not None:
            m.expected = wmean([(w, x.expected) for w, x in known])
        rep = {x.reported for x in m.parts}
        m.reported = "yes" if rep == {"yes"} else \
            "no" if rep == {"no"} else "partly"
        m.light = self.light(m, all(x.light == "done" for x in m.parts))
        return m


def counts(ms):
    c = {"total": len(ms),
         "known": sum(1 for x in ms if x.completion is not None)}
    c["unknown"] = c["total"] - c["known"]
    for light in LIGHTS:
        c[light] = sum(1 for x in ms if x.light == light)
    c["reported"] = sum(1 for x in ms if x.reported == "yes")
    c["partly-reported"] = sum(1 for x in ms if x.reported == "partly")
    c["not-reported"] = sum(1 for x in ms if x.reported == "no")
    return counts_str(c)


COUNT_KEYS = ("total", "known", "unknown") + LIGHTS + \
    ("reported", "partly-reported", "not-reported")


def counts_str(c):
    return " ".join("%s=%s" % (k, c.get(k, "?")) for k in COUNT_KEYS)


def recompute(args):
    green, yellow = Fraction(5), Fraction(20)
    files = []
    while args:
        a = args.pop(0)
        if a.startswith("--green-within"):
            green = Fraction(a.split("=", 1)[1] if "=" in a else args.pop(0))
        elif a.startswith("--yellow-within"):
            yellow = Fraction(a.split("=", 1)[1] if "=" in a else args.pop(0))
        else:
            files.append(a)
    plan = Plan(files[0])
    progresses = sorted((Progress(f) for f in files[1:]),
                        key=lambda p: p.as_of)
    measures = [Measure(plan, p, green * 100, yellow * 100)
                for p in progresses]
    out = []

    def emit(key, attr, value):
        out.append("%s\t%s\t%s" % (key, attr, value))

    def delta(cur, prev):
        if prev is None or cur.completion is None or prev.completion is None:
            return "-"
        return fmt(rnd(cur.completion) - rnd(prev.completion))

    def item(key, cur, prev, with_ratio=False):
        emit(key, "completion",
             fmt(None if cur.completion is None else rnd(cur.completion)))
        if with_ratio:
            emit(key, "ratio", fmt(None if cur.ratio is None else rnd(cur.ratio)))
        emit(key, "expected",
             fmt(None if cur.expected is None else rnd(cur.expected)))
        emit(key, "light", cur.light)
        emit(key, "reported", cur.reported)
        emit(key, "delta", delta(cur, prev))

    # The history: plan and categories at every date.
    for i, ms in enumerate(measures):
        prev = measures[i - 1] if i > 0 else None
        h = "history/%s/" % ms.d.isoformat()
        item(h + "summary", ms.summary, prev.summary if prev else None)
        for cid, _ in plan.categories:
            item(h + "category/" + cid, ms.cat[cid],
                 prev.cat[cid] if prev else None)

    cur = measures[-1]
    prev = measures[-2] if len(measures) > 1 else None
    item("summary", cur.summary, prev.summary if prev else None)
    emit("summary", "counts/projects",
         counts([cur.m[("project", p.id)] for p in plan.projects()]))
    emit("summary", "counts/tasks",
         counts([cur.m[("task", t.id)] for t in plan.tasks()]))
    for cid, ps in plan.categories:
        item("category/" + cid, cur.cat[cid], prev.cat[cid] if prev else None)
        emit("category/" + cid, "counts/projects",
             counts([cur.m[("project", p.id)] for p in ps]))
        for p in ps:
            k = ("project", p.id)
            item("project/" + p.id, cur.m[k], prev.m[k] if prev else None,
                 with_ratio=True)
            if p.tasks:
                emit("project/" + p.id, "counts/tasks",
                     counts([cur.m[("task", t.id)] for t in p.tasks]))
            for t in p.tasks:
                k = ("task", t.id)
                item("task/" + t.id, cur.m[k], prev.m[k] if prev else None,
                     with_ratio=True)
    for name, m in cur.units.items():
        item("unit/" + name, m, prev.units[name] if prev else None)
        emit("unit/" + name, "counts/items", counts(m.parts))
    return out


# ---------------------------------------------------------------- extracting


def extract(path):
    """The same lines, read from dubao's report model XML."""
    root = ET.parse(path).getroot()
    out = []

    def attrs(key, e, with_ratio=False):
        names = ["completion"] + (["ratio"] if with_ratio else []) + \
            ["expected", "light", "reported", "delta"]
        for a in names:
            out.append("%s\t%s\t%s" % (key, a, e.get(a, "-")))

    def count_elems(key, e):
        for c in e.findall("counts"):
            out.append("%s\tcounts/%s\t%s" % (key, c.get("of"),
                                                counts_str(c.attrib)))

    for pt in root.findall("history/point"):
        h = "history/%s/" % pt.get("as-of")
        attrs(h + "summary", pt)
        for c in pt.findall("category"):
            attrs(h + "category/" + c.get("ref"), c)
    s = root.find("summary")
    if s is not None:
        attrs("summary", s)
        count_elems("summary", s)
    for c in root.findall("category"):
        attrs("category/" + c.get("id"), c)
        count_elems("category/" + c.get("id"), c)
        for p in c.findall("project"):
            attrs("project/" + p.get("id"), p, with_ratio=True)
            count_elems("project/" + p.get("id"), p)
            for t in p.findall("task"):
                attrs("task/" + t.get("id"), t, with_ratio=True)
    for u in root.findall("units/unit"):
        name = "(none)" if u.get("none") == "yes" else u.get("name")
        attrs("unit/" + name, u)
        count_elems("unit/" + name, u)
    return out


def main(argv):
    if len(argv) >= 2 and argv[0] == "--extract":
        lines = extract(argv[1])
    elif len(argv) >= 2:
        lines = recompute(list(argv))
    else:
        sys.stderr.write(__doc__)
        return 2
    sys.stdout.write("".join(x + "\n" for x in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
