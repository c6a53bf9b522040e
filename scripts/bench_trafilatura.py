#!/usr/bin/env python3
"""The trafilatura reference of scripts/bench: extracts the main text of every HTML file under
the given folders in one Python process (or in --jobs worker processes), and prints one JSON
summary line.

    scripts/bench_trafilatura.py DIR... [--jobs N]

Bytes are decoded as yaodian's Ingest does for these files (strict UTF-8, else GB18030) and the
text is handed to trafilatura.extract with its default settings, so both tools read the same
characters.
"""
import argparse
import json
import os
import sys

EXTENSIONS = {".html", ".htm", ".shtml", ".txt"}


def files_under(paths):
    out = []
    for path in paths:
        if os.path.isfile(path):
            out.append(path)
            continue
        found = []
        for root, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in names:
                if not name.startswith(".") and os.path.splitext(name)[1].lower() in EXTENSIONS:
                    found.append(os.path.join(root, name))
        out += sorted(found)
    return out


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="replace")


def work(files):
    import trafilatura  # imported per worker, outside the timed loop of the parent's accounting

    documents = input_bytes = text_chars = empty = 0
    for path in files:
        with open(path, "rb") as f:
            raw = f.read()
        text = trafilatura.extract(decode(raw))
        documents += 1
        input_bytes += len(raw)
        if text:
            text_chars += len(text)
        else:
            empty += 1
    return documents, input_bytes, text_chars, empty


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    files = files_under(args.paths)
    jobs = max(1, min(args.jobs, len(files) or 1))
    if jobs == 1:
        results = [work(files)]
    else:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.map(work, [files[i::jobs] for i in range(jobs)])
    totals = [sum(r[k] for r in results) for k in range(4)]
    print(json.dumps({"documents": totals[0], "input_bytes": totals[1], "text_chars": totals[2],
                      "empty": totals[3], "jobs": jobs}))


if __name__ == "__main__":
    sys.exit(main())
