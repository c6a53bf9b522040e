#!/usr/bin/env python3
"""The measuring half of scripts/bench (which builds, generates the corpus and calls this).

    scripts/bench_measure.py --corpus DIR --yaodian BIN --floor BIN [--python VENV_PYTHON]
                             [--runs 3] [--jobs NPROC] [--work DIR] [--json FILE]

Runs, RUNS times each, on the whole corpus and on its HTML part:
  yaodian extract --jobs 1 and --jobs NPROC (the --jobs 1 runs write --timings),
  yaodian-floor (libxml2 parse + text-node walk only) on the HTML part, 1 and NPROC threads,
  trafilatura (scripts/bench_trafilatura.py) on the HTML part, 1 and NPROC processes,
and prints a table of medians (documents/s, input MB/s, peak RSS, wall and CPU seconds), the CPU
time per pipeline stage, and the ratios the issue asks for. Peak RSS and CPU time are read per
child with os.wait4, so each run is measured on its own.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def measured(cmd, stdout_path=None, stderr_path=os.devnull):
    """Runs cmd in a child (standard output to `stdout_path` or discarded, standard error to
    `stderr_path`) and measures it with wait4: wall time, CPU time and peak RSS of that child alone."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            out = os.open(stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644) if stdout_path else devnull
            os.dup2(out, 1)
            os.dup2(os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss * 1024,
            "status": os.waitstatus_to_exitcode(status)}


def median_of(samples, key):
    return statistics.median(s[key] for s in samples)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--yaodian", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--python", help="the virtualenv python with trafilatura; omit to skip trafilatura")
    ap.add_argument("--skip-reason", default="")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--baseline", default=None,
                    help="results JSON of an earlier run (N=20000) whose peak RSS this run's is compared with")
    args = ap.parse_args()

    with open(os.path.join(args.corpus, "manifest.json")) as f:
        manifest = json.load(f)
    parts = manifest["parts"]
    sizes = {
        "all": (parts["html"]["documents"] + parts["text"]["documents"], parts["html"]["bytes"] + parts["text"]["bytes"]),
        "html": (parts["html"]["documents"], parts["html"]["bytes"]),
    }
    paths = {"all": [os.path.join(args.corpus, "html"), os.path.join(args.corpus, "text")],
             "html": [os.path.join(args.corpus, "html")]}
    work = args.work or os.path.join(args.corpus, "..", "work")
    os.makedirs(work, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ncores = args.jobs

    configs = []  # (tool, corpus part, jobs)
    for part in ("all", "html"):
        for jobs in (1, ncores):
            configs.append(("yaodian", part, jobs))
    for jobs in (1, ncores):
        configs.append(("floor", "html", jobs))
    if args.python:
        for jobs in (1, ncores):
            configs.append(("trafilatura", "html", jobs))
    # With one core, the all-cores rows are the single-core rows.
    seen = set()
    configs = [c for c in configs if not (c in seen or seen.add(c))]

    samples = {c: [] for c in configs}
    errlog = os.path.join(work, "stderr.log")
    timings = []
    for r in range(args.runs):
        for tool, part, jobs in configs:
            out_dir = os.path.join(work, "out")
            if tool == "yaodian":
                if os.path.isdir(out_dir):
                    shutil.rmtree(out_dir)
                cmd = [args.yaodian, "extract", *paths[part], "--out", out_dir, "--jobs", str(jobs), "--quiet"]
                tfile = os.path.join(work, f"timings-{part}-{r}.json")
                if jobs == 1 and part == "all":
                    cmd += ["--timings", tfile]
                m = measured(cmd, stderr_path=errlog)
                if jobs == 1 and part == "all" and m["status"] == 0:
                    with open(tfile) as f:
                        timings.append(json.load(f))
            elif tool == "floor":
                m = measured([args.floor, *paths[part], "--jobs", str(jobs)], os.path.join(work, "floor.json"), errlog)
            else:
                m = measured([args.python, os.path.join(here, "bench_trafilatura.py"), *paths[part], "--jobs", str(jobs)],
                                         os.path.join(work, "trafilatura.json"), errlog)
            if m["status"] != 0:
                with open(errlog, errors="replace") as f:
                    sys.stderr.write(f.read()[-4000:])
                sys.exit(f"bench: {tool} on {part} with {jobs} jobs exited with status {m['status']}")
            samples[(tool, part, jobs)].append(m)
            print(f"  run {r + 1}/{args.runs}: {tool:<11} {part:<4} jobs {jobs}: {m['wall']:.2f} s, "
                  f"{m['rss'] / 2**20:.0f} MB", file=sys.stderr)

    rows = {}
    for c in configs:
        tool, part, jobs = c
        docs, nbytes = sizes[part]
        wall = median_of(samples[c], "wall")
        rows[c] = {
            "tool": tool, "part": part, "jobs": jobs, "documents": docs, "bytes": nbytes,
            "wall": wall, "cpu": median_of(samples[c], "cpu"), "rss": median_of(samples[c], "rss"),
            "docs_per_s": docs / wall, "mb_per_s": nbytes / 2**20 / wall,
        }

    print()
    print(f"Corpus: {sizes['all'][0]} documents, {sizes['all'][1] / 2**20:.1f} MiB "
          f"(HTML {sizes['html'][0]} documents, {sizes['html'][1] / 2**20:.1f} MiB; "
          f"text {parts['text']['documents']}, {parts['text']['bytes'] / 2**20:.1f} MiB), seed {manifest['seed']}. "
          f"Machine: {os.cpu_count()} cores, {cpu_model()}. Medians of {args.runs} run(s).")
    print()
    print("| tool | corpus | jobs | docs/s | MB/s | peak RSS | wall s | CPU s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for c in configs:
        row = rows[c]
        print(f"| {row['tool']} | {row['part']} | {row['jobs']} | {row['docs_per_s']:.0f} | {row['mb_per_s']:.1f} | "
              f"{row['rss'] / 2**20:.0f} MB | {row['wall']:.2f} | {row['cpu']:.2f} |")
    if not args.python:
        print(f"| trafilatura | html | – | skipped: {args.skip_reason or 'not installed'} | | | | |")

    stage_names = ["ingest", "clean", "metadata", "segment", "extract", "audit", "emit"]
    if timings:
        med = {s: statistics.median(t[s] for t in timings) for s in stage_names}
        total = sum(med.values()) or 1
        docs = timings[0]["documents"] or 1
        print()
        print("CPU time by stage (yaodian extract --jobs 1, whole corpus, median of the --timings files):")
        print()
        print("| stage | CPU s | share | µs/doc |")
        print("|---|---:|---:|---:|")
        for s in stage_names:
            print(f"| {s} | {med[s]:.2f} | {100 * med[s] / total:.1f}% | {1e6 * med[s] / docs:.0f} |")
        print(f"| total | {total:.2f} | 100% | {1e6 * total / docs:.0f} |")

    def ratio(a, b):
        return rows[a]["docs_per_s"] / rows[b]["docs_per_s"] if a in rows and b in rows else None

    def rounds(a, b):
        """The ratio of a to b in documents/s within each round (the same documents: b's wall ÷ a's).
        The machine's speed can change between rounds; a ratio of two medians may then pair
        different rounds, while each round's own ratio compares tools that ran minutes apart."""
        if a not in samples or b not in samples or len(samples[a]) != len(samples[b]) or len(samples[a]) < 2:
            return "", []
        values = [sb["wall"] / sa["wall"] for sa, sb in zip(samples[a], samples[b])]
        text = ", ".join(f"{v:.3f}" for v in values)
        return f"; round by round at 1 core {text} (median {statistics.median(values):.3f})", values

    print()
    results = {"manifest": manifest, "cores": ncores, "cpu": cpu_model(), "runs": args.runs,
               "rows": [rows[c] for c in configs], "timings": timings}
    lines = []
    y1, yn = ("yaodian", "html", 1), ("yaodian", "html", ncores)
    r = ratio(y1, ("floor", "html", 1))
    rn = ratio(yn, ("floor", "html", ncores))
    text, values = rounds(y1, ("floor", "html", 1))
    lines.append(f"yaodian ÷ floor (HTML, docs/s): {r:.3f} at 1 core, {rn:.3f} at {ncores} cores{text}   (goal ≥ 0.5 at 1 core)")
    results["vs_floor"] = [r, rn]
    results["vs_floor_rounds"] = values
    if args.python:
        r = ratio(y1, ("trafilatura", "html", 1))
        rn = ratio(yn, ("trafilatura", "html", ncores))
        text, values = rounds(y1, ("trafilatura", "html", 1))
        lines.append(f"yaodian ÷ trafilatura (HTML, docs/s): {r:.1f} at 1 core, {rn:.1f} at {ncores} cores{text}   (goal ≥ 20 at 1 core)")
        results["vs_trafilatura"] = [r, rn]
        results["vs_trafilatura_rounds"] = values
    else:
        lines.append(f"yaodian ÷ trafilatura: skipped ({args.skip_reason or 'trafilatura not installed'})")
    sa = ratio(("yaodian", "all", ncores), ("yaodian", "all", 1))
    sh = ratio(yn, y1)
    lines.append(f"yaodian {ncores} cores ÷ 1 core (docs/s): {sa:.2f} on all documents, {sh:.2f} on HTML   (goal ≥ 1.7)")
    results["scaling"] = [sa, sh]
    peak = max(rows[c]["rss"] for c in configs if c[0] == "yaodian")
    lines.append(f"yaodian peak RSS: {peak / 2**20:.0f} MB   (goal < 150 MB at N=20000)")
    results["peak_rss"] = peak
    if args.baseline and os.path.exists(args.baseline):
        with open(args.baseline) as f:
            base = json.load(f)
        base_n = base.get("manifest", {}).get("n", "?")
        if base.get("peak_rss"):
            lines.append(f"yaodian peak RSS ÷ the N={base_n} run's ({base['peak_rss'] / 2**20:.0f} MB, "
                         f"{args.baseline}): {peak / base['peak_rss']:.2f}   (goal ≤ 1.10 at N=100000)")
            results["peak_rss_vs_baseline"] = peak / base["peak_rss"]
    for line in lines:
        print(line)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
