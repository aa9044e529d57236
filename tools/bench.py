#!/usr/bin/env python3
"""tools/bench.py: `make bench`: wall time and peak memory of whole dubao
processes on the sample and on synthetic plans (tools/synth.py).

Each case runs REPEAT times after one warm-up run; the table gives the
median and the fastest wall time per run, and the peak resident set size
of the largest run (getrusage of the children).  Figures go into the
README by hand, with the machine they were measured on.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))
TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUBAO = os.path.join(TOP, "dubao")


def run_case(name, args, out=None):
    cmd = [DUBAO] + args
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    times = []
    peak = 0
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        times.append(time.perf_counter() - t0)
        if status != 0:
            sys.exit("bench: %s failed" % " ".join(cmd))
        peak = max(peak, usage.ru_maxrss)
    size = "%.0f KB" % (os.path.getsize(out) / 1024) if out else ""
    print("| %-38s | %8.1f | %8.1f | %7.1f | %8s |" % (
        name, statistics.median(times) * 1000, min(times) * 1000, peak / 1024, size))


def main():
    sample = os.path.join(TOP, "input", "dalian-2025")
    sp = [os.path.join(sample, f) for f in sorted(os.listdir(sample))
          if f.startswith("progress-")]
    plan = os.path.join(sample, "plan.xml")
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "p300")
        huge = os.path.join(tmp, "p3000")
        synth = os.path.join(TOP, "tools", "synth.py")
        subprocess.run([sys.executable, synth, big, "--projects", "300",
                        "--months", "12"], check=True)
        subprocess.run([sys.executable, synth, huge, "--projects", "3000",
                        "--categories", "100", "--months", "12"], check=True)
        bp = [os.path.join(big, "progress-2025-%02d.xml" % m) for m in range(1, 13)]
        hp = [os.path.join(huge, "progress-2025-%02d.xml" % m) for m in range(1, 13)]
        print("%d runs each; wall time per whole process.\n" % REPEAT)
        print("| case                                   | median ms | best ms | peak MiB |   output |")
        print("|----------------------------------------|----------:|--------:|---------:|---------:|")
        run_case("check sample (35 projects, 2 reports)", ["check", plan] + sp)
        run_case("charts sample", ["charts", plan] + sp + ["-o", os.path.join(tmp, "charts")])
        run_case("model sample", ["model", plan] + sp)
        run_case("check 300 projects, 12 reports", ["check", os.path.join(big, "plan.xml")] + bp)
        run_case("model 300 projects, 12 reports", ["model", os.path.join(big, "plan.xml")] + bp)
        run_case("model 3000 projects, 12 reports", ["model", os.path.join(huge, "plan.xml")] + hp)
        pdf = os.path.join(tmp, "b.pdf")
        run_case("bulletin sample (35 projects)", ["bulletin", plan] + sp + ["-o", pdf], pdf)
        mid = os.path.join(tmp, "p46")
        subprocess.run([sys.executable, synth, mid, "--projects", "46", "--months", "2"],
                       check=True)
        run_case("bulletin 46 projects, 2 reports",
                 ["bulletin", os.path.join(mid, "plan.xml"),
                  os.path.join(mid, "progress-2025-01.xml"),
                  os.path.join(mid, "progress-2025-02.xml"), "-o", pdf], pdf)
        run_case("bulletin 300 projects, 2 reports",
                 ["bulletin", os.path.join(big, "plan.xml"), bp[0], bp[1], "-o", pdf], pdf)
        run_case("bulletin 300 projects, 12 reports",
                 ["bulletin", os.path.join(big, "plan.xml")] + bp + ["-o", pdf], pdf)


if __name__ == "__main__":
    main()
