#!/usr/bin/env python3
"""tools/bench.py: `make bench`: wall time and peak memory of whole dubao
processes on the sample and on synthetic plans (tools/synth.py).

Each case runs REPEAT times after one warm-up run; the table gives the
median and the fastest wall time per run, and the peak resident set size
of the largest run (getrusage of the children).  Then `dubao batch` over
10 synthetic plans of 12 months (120 reports), from an empty output folder
at -j 1 and -j 2, with unit sheets, and again with nothing to do: reports
per second and the scaling.  Figures go into the README by hand, with the
machine they were measured on.
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
    bench_batch()


def run_batch(name, args, outdir, fresh, reports, repeat):
    """Wall time of `dubao batch ARGS -o OUTDIR`, the folder emptied first
    when fresh; the median of repeat runs."""
    times = []
    peak = 0
    for _ in range(repeat):
        if fresh:
            subprocess.run(["rm", "-rf", outdir], check=True)
        t0 = time.perf_counter()
        p = subprocess.Popen([DUBAO, "batch"] + args + ["-o", outdir],
                             stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        times.append(time.perf_counter() - t0)
        if status != 0:
            sys.exit("bench: batch %s failed" % " ".join(args))
        peak = max(peak, usage.ru_maxrss)
    t = statistics.median(times)
    print("| %-44s | %7.2f | %9.1f | %8.1f |" % (name, t, reports / t if fresh else 0,
                                                peak / 1024))
    return t


def bench_batch():
    repeat = max(1, REPEAT // 5)
    with tempfile.TemporaryDirectory() as tmp:
        synth = os.path.join(TOP, "tools", "synth.py")
        dirs = []
        for i in range(1, 11):
            d = os.path.join(tmp, "plans", "d%02d" % i)
            subprocess.run([sys.executable, synth, d, "--projects", "40", "--months", "12",
                            "--plan-id", "district-%02d" % i, "--seed", str(i)],
                           check=True, stdout=subprocess.DEVNULL)
            dirs.append(d)
        out = os.path.join(tmp, "out")
        print("\nbatch: 10 plans of 40 projects, 12 months each (120 reports); median of %d "
              "runs.\n" % repeat)
        print("| case                                         | seconds | reports/s | peak MiB |")
        print("|----------------------------------------------|--------:|----------:|---------:|")
        t1 = run_batch("batch -j 1, empty output folder", ["-j", "1"] + dirs, out, True, 120,
                       repeat)
        t2 = run_batch("batch -j 2, empty output folder", ["-j", "2"] + dirs, out, True, 120,
                       repeat)
        run_batch("batch -j 2 --units (120 + 1,200 unit sheets)",
                  ["-j", "2", "--units"] + dirs, out, True, 120, repeat)
        run_batch("batch, nothing changed (all up to date)", dirs, out, False, 120, repeat)
        print("\n-j 2 is %.2f times as fast as -j 1 on %d processors." % (t1 / t2,
                                                                           os.cpu_count()))


if __name__ == "__main__":
    main()
