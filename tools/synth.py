#!/usr/bin/env python3
"""tools/synth.py: writes a synthetic plan and monthly progress reports,
for benchmarks and for tests of large inputs.

  tools/synth.py OUTDIR [--projects N] [--categories N] [--months N]
                        [--plan-id ID] [--seed N]

OUTDIR gets plan.xml and progress-YYYY-MM.xml, one per month from
January.  About a third of the projects have 2 to 4 tasks; quantities,
units (some in 万), milestones and narratives vary; a few items go
unreported each month.  The same arguments always give the same files.
"""
import argparse
import os
import random

UNITS = ["个", "套", "户", "公里", "场", "人次", "所", "台", "万人", "万户"]
UNITS_LEAD = ["市住建局", "市城管局", "市交通局", "市教育局", "市卫健委",
              "市民政局", "市人社局", "市文旅局", "市体育局", "市公安局",
              "市商务局", "市医保局", "市市场监管局", "市水务局"]
SEQ = "一二三四五六七八九十"
VERBS = ["新建", "改造", "提升", "开展", "实施", "完善", "增加", "建设"]
THINGS = ["停车位", "口袋公园", "背街小巷", "燃气管网", "公办幼儿园", "养老床位",
          "健身场地", "农村公路", "充电桩", "便民市场", "公共厕所", "供热管网"]
PHRASES = ["已完成年度计划的阶段性任务", "正在按计划推进", "已完成招标采购",
           "正在办理开工手续", "部分点位已建成投用", "已组织各地区全面梳理"]


def seq_of(n):
    """Chinese numbering as plans write it: 一 … 十, 十一 … 九十九, then digits."""
    if n <= 10:
        return SEQ[n - 1]
    if n < 20:
        return "十" + SEQ[n - 11]
    if n < 100:
        tens, ones = divmod(n, 10)
        return SEQ[tens - 1] + "十" + (SEQ[ones - 1] if ones else "")
    return str(n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--projects", type=int, default=300)
    ap.add_argument("--categories", type=int, default=15)
    ap.add_argument("--months", type=int, default=6)
    ap.add_argument("--plan-id", default="synth-2025")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)

    leaves = []  # (id, target, unit or None)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!-- Synthetic data from tools/synth.py (seed %d). -->' % a.seed,
           '<plan xmlns="urn:dubao:1" id="%s" year="2025" title="合成测试计划（%d个项目）" '
           'issuer="测试办公室">' % (a.plan_id, a.projects)]
    per_cat = max(1, a.projects // a.categories)
    pid = 0
    for c in range(1, a.categories + 1):
        out.append('  <category id="c%03d" seq="%s" name="第%s类民生项目">'
                   % (c, seq_of(c), seq_of(c)))
        count = per_cat if c < a.categories else a.projects - pid
        for _ in range(max(1, count)):
            pid += 1
            thing = rnd.choice(THINGS)
            lead = rnd.choice(UNITS_LEAD)
            name = "%s%s%d处" % (rnd.choice(VERBS), thing, rnd.randint(5, 900))
            out.append('    <project id="p%04d" seq="%d" name="%s">' % (pid, pid, name))
            out.append('      <units><unit role="lead">%s</unit></units>' % lead)
            ntasks = rnd.choice([0, 0, 2, 3, 4]) if rnd.random() < 0.5 else 0
            if ntasks == 0:
                target, unit = leaf_target(rnd)
                if target is not None:
                    out.append('      <target quantity="%s" unit="%s"/>' % (target, unit))
                if rnd.random() < 0.2:
                    out.append('      <milestone date="2025-06-30" percent="%d"/>'
                               % rnd.randint(30, 60))
                leaves.append(("p%04d" % pid, target, unit))
            for t in range(1, ntasks + 1):
                target, unit = leaf_target(rnd)
                tid = "p%04d.%d" % (pid, t)
                out.append('      <task id="%s" seq="%s" name="%s任务%s" weight="%d">'
                           % (tid, seq_of(t), thing, seq_of(t), rnd.randint(1, 3)))
                if rnd.random() < 0.3:
                    out.append('        <units><unit role="lead">%s</unit></units>'
                               % rnd.choice(UNITS_LEAD))
                if target is not None:
                    out.append('        <target quantity="%s" unit="%s"/>' % (target, unit))
                if rnd.random() < 0.2:
                    out.append('        <due>2025-%02d-28</due>' % rnd.randint(7, 12))
                out.append('      </task>')
                leaves.append((tid, target, unit))
            out.append('    </project>')
        out.append('  </category>')
    out.append('</plan>')
    write(os.path.join(a.outdir, "plan.xml"), out)

    progress = {lid: 0.0 for lid, _, _ in leaves}
    for m in range(1, a.months + 1):
        last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<progress xmlns="urn:dubao:1" plan="%s" as-of="2025-%02d-%02d" issue="%d" '
               'title="%d月推进情况">' % (a.plan_id, m, last, m, m)]
        for lid, target, unit in leaves:
            progress[lid] = min(1.2, progress[lid] + rnd.uniform(0.0, 0.2))
            if rnd.random() < 0.04:
                continue  # not reported this month
            f = progress[lid]
            if f >= 1.0 and rnd.random() < 0.5:
                out.append('  <report ref="%s" status="completed"/>' % lid)
                continue
            out.append('  <report ref="%s" status="in-progress">' % lid)
            if target is not None:
                done = round(float(target) * f, 2)
                out.append('    <done quantity="%s"/>' % fmt(done))
            else:
                out.append('    <percent>%s</percent>' % fmt(min(100.0, round(f * 100, 1))))
            out.append('    <narrative>%s，%s。</narrative>'
                       % (rnd.choice(PHRASES), rnd.choice(PHRASES)))
            if rnd.random() < 0.1:
                out.append('    <problem>部分点位审批手续尚未完成。</problem>')
            out.append('  </report>')
        out.append('</progress>')
        write(os.path.join(a.outdir, "progress-2025-%02d.xml" % m), out)


def leaf_target(rnd):
    if rnd.random() < 0.15:
        return None, None
    unit = rnd.choice(UNITS)
    if unit.startswith("万"):
        return fmt(round(rnd.uniform(0.5, 20), 2)), unit
    return str(rnd.randint(10, 20000)), unit


def fmt(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s if s else "0"


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
