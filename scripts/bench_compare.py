#!/usr/bin/env python3
"""The comparison behind BENCHMARKS.md (run it through scripts/bench.sh).

Measures, in one run and on the same inputs:
  1. parse throughput: rdpfile (in-process, rdpfile-bench) vs FreeRDP's parser (oracle bench);
  2. `rdpfile lint` over a generated folder vs FreeRDP's oracle reading the same files;
  3. `rdpfile fix --use-ip` over the folder vs `sed -i` (on UTF-8 copies: sed cannot do UTF-16)
     and vs a straightforward Python script (scripts/bench_python_fix.py), at equal durability;
  4. peak memory (/usr/bin/time), and a ten times larger folder to show how cost grows.
Every number is the median of several rounds; ratios are rdpfile / peer (below 1: rdpfile is
faster).
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

p = argparse.ArgumentParser()
p.add_argument("--quick", action="store_true")
p.add_argument("--work", required=True)
p.add_argument("--rdpfile", required=True)
p.add_argument("--bench", required=True)
p.add_argument("--oracle")
args = p.parse_args()

ROUNDS = 1 if args.quick else 5
FILES = 300 if args.quick else 10_000
BIG = 1_000 if args.quick else 100_000
here = os.path.dirname(os.path.abspath(__file__))
work = args.work
results = {"rounds": ROUNDS, "files": FILES, "big": BIG, "work": work}
HOSTS = [f"ts{n:02d}.corp.example.com" for n in range(20)]
IPS = {h: f"192.0.2.{10 + n}" for n, h in enumerate(HOSTS)}


def log(message):
    print(message, file=sys.stderr, flush=True)


def timed(command, setup=None, rounds=ROUNDS, shell=False):
    """Median wall time and peak RSS (KB) of `command` over `rounds` runs (setup untimed)."""
    times, rss = [], []
    for _ in range(rounds):
        if setup:
            setup()
        wrapped = ["/usr/bin/time", "-f", "%e %M"] + (["sh", "-c", command] if shell else command)
        start = time.perf_counter()
        run = subprocess.run(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - start
        last = run.stderr.strip().splitlines()[-1].split()
        times.append(elapsed)
        rss.append(int(last[1]))
    return statistics.median(times), max(rss), times


def generate(folder, count, utf8_only=False):
    if os.path.isdir(folder) and len(os.listdir(folder)) > 0:
        return
    extra = ["--utf8-only"] if utf8_only else []
    subprocess.run([sys.executable, os.path.join(here, "make_share.py"), folder, str(count)] + extra, check=True,
                   stdout=subprocess.DEVNULL)


def fresh_copy(template, target):
    def setup():
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(template, target)
        os.sync()  # untimed: the copy's writeback must not land in the next tool's time
    return setup


def file_list(folder, path):
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names if name.endswith(".rdp"))
    with open(path, "w") as f:
        f.write("\n".join(files) + "\n")
    return path


# 1. Parse throughput on FreeRDP's own benchmark inputs.
inputs = os.path.join(work, "inputs")
make_bench = os.path.join(here, "..", "..", "shared", "tools", "freerdp-oracle", "probe", "make_bench.py")
if os.path.exists(make_bench):
    subprocess.run([sys.executable, make_bench, inputs], check=True, stdout=subprocess.DEVNULL)
    names = ["mstsc_2k_utf16.rdp", "mstsc_2k_utf8.rdp", "big_1m_utf16.rdp", "big_1m_utf8.rdp"]
    parse = []
    for name in names:
        path = os.path.join(inputs, name)
        ours, ours_full = [], []
        for _ in range(ROUNDS):
            out = subprocess.run([args.bench, "--json"] + (["--quick"] if args.quick else []) + ["--parse", path],
                                 capture_output=True, text=True, check=True).stdout
            rows = [json.loads(line) for line in out.splitlines()]
            ours.append(next(r["median_us"] for r in rows if r["operation"] == "parse"))
            ours_full.append(next(r["median_us"] for r in rows if r["operation"] == "parse+effective"))
        theirs = []
        if args.oracle:
            iterations = "100" if "big" in name else ("5000" if args.quick else "50000")
            for _ in range(ROUNDS):
                out = subprocess.run([args.oracle, "bench", iterations, path], capture_output=True, text=True, check=True).stdout
                theirs.append(json.loads(out.splitlines()[-1])["us_per_op"])
        size = os.path.getsize(path)
        row = {"input": name, "bytes": size, "rdpfile_parse_us": statistics.median(ours),
               "rdpfile_parse_effective_us": statistics.median(ours_full),
               "freerdp_parse_us": statistics.median(theirs) if theirs else None}
        parse.append(row)
        log(f"parse {name}: {row}")
    results["parse"] = parse

# 2-4. Batch runs.
share = os.path.join(work, f"share-{FILES}")
share_utf8 = os.path.join(work, f"share-{FILES}-utf8")
big_utf8 = os.path.join(work, f"share-{BIG}-utf8")
big = os.path.join(work, f"share-{BIG}")
generate(share, FILES)
generate(share_utf8, FILES, utf8_only=True)
target = os.path.join(work, "target")
resolve = sum((["--resolve", f"{h}={ip}"] for h, ip in IPS.items()), [])
sed_script = []
for h, ip in IPS.items():
    sed_script += ["-e", f"s/^full address:s:{h}/full address:s:{ip}/", "-e", f"s/^alternate full address:s:{h}/alternate full address:s:{ip}/"]
mapping = [f"{h}={ip}" for h, ip in IPS.items()]

batch = {}
log("lint ...")
batch["rdpfile lint"] = timed([args.rdpfile, "lint", "--quiet", share])
if args.oracle:
    listing = file_list(share, os.path.join(work, "list.txt"))
    batch["FreeRDP oracle dump"] = timed(f"xargs -a {listing} {args.oracle} --no-fork dump > /dev/null", shell=True)
    batch["FreeRDP oracle settings"] = timed(f"xargs -a {listing} {args.oracle} --no-fork settings > /dev/null", shell=True,
                                             rounds=min(ROUNDS, 3))
log("fix ...")
utf8_setup = fresh_copy(share_utf8, target)
batch["rdpfile fix --no-sync (UTF-8)"] = timed([args.rdpfile, "fix", "--use-ip", "--offline", "--no-sync"] + resolve + [target], utf8_setup)
batch["sed -i (UTF-8)"] = timed(
    "find " + target + " -name '*.rdp' -print0 | sort -z | xargs -0 sed -i " + " ".join(f"'{s}'" for s in sed_script),
    utf8_setup, shell=True)
batch["python (UTF-8)"] = timed([sys.executable, os.path.join(here, "bench_python_fix.py"), target] + mapping, utf8_setup)
batch["rdpfile fix --no-sync (mixed)"] = timed([args.rdpfile, "fix", "--use-ip", "--offline", "--no-sync"] + resolve + [target], fresh_copy(share, target))
batch["python (mixed)"] = timed([sys.executable, os.path.join(here, "bench_python_fix.py"), target] + mapping, fresh_copy(share, target))
batch["rdpfile fix, fsync (mixed)"] = timed([args.rdpfile, "fix", "--use-ip", "--offline"] + resolve + [target], fresh_copy(share, target))
batch["python --fsync (mixed)"] = timed([sys.executable, os.path.join(here, "bench_python_fix.py"), "--fsync", target] + mapping, fresh_copy(share, target))
results["batch"] = {k: {"median_s": v[0], "peak_rss_kb": v[1], "runs_s": v[2]} for k, v in batch.items()}
for k, v in batch.items():
    log(f"{k}: {v[0]:.3f} s, {v[1]} KB")

log(f"scale to {BIG} files ...")
generate(big, BIG)
generate(big_utf8, BIG, utf8_only=True)
scale = {}
scale_rounds = max(1, min(ROUNDS, 3))
scale["rdpfile lint"] = timed([args.rdpfile, "lint", "--quiet", big], rounds=scale_rounds)
scale["rdpfile fix --no-sync (UTF-8)"] = timed([args.rdpfile, "fix", "--use-ip", "--offline", "--no-sync"] + resolve + [target],
                                              fresh_copy(big_utf8, target), rounds=scale_rounds)
results["scale"] = {k: {"median_s": v[0], "peak_rss_kb": v[1], "runs_s": v[2]} for k, v in scale.items()}
shutil.rmtree(target, ignore_errors=True)

# Report.
def ratio(a, b):
    return a / b if a and b else None

lines = []
if "parse" in results:
    lines.append("| input | bytes | FreeRDP parse µs | rdpfile parse µs | ratio | rdpfile parse + effective µs | ratio |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for r in results["parse"]:
        f = r["freerdp_parse_us"]
        lines.append(f"| {r['input']} | {r['bytes']} | {f if f is not None else 'n/a'} | {r['rdpfile_parse_us']:.2f} | "
                     f"{(ratio(r['rdpfile_parse_us'], f) or 0):.3f} | {r['rdpfile_parse_effective_us']:.2f} | "
                     f"{(ratio(r['rdpfile_parse_effective_us'], f) or 0):.3f} |")
    lines.append("")
b = results["batch"]
lines.append(f"| run ({FILES} files) | median s | peak RSS MB | ratio |")
lines.append("|---|---:|---:|---|")
def row(name, peer=None):
    v = b[name]
    text = ""
    if peer and peer in b:
        text = f"{v['median_s'] / b[peer]['median_s']:.2f}× {peer}"
    lines.append(f"| {name} | {v['median_s']:.3f} | {v['peak_rss_kb'] / 1024:.1f} | {text} |")
row("rdpfile lint")
for name in ("FreeRDP oracle dump", "FreeRDP oracle settings"):
    if name in b:
        row(name)
if "FreeRDP oracle dump" in b:
    lines.append(f"| (lint vs oracle dump) | | | {b['rdpfile lint']['median_s'] / b['FreeRDP oracle dump']['median_s']:.3f}× |")
row("rdpfile fix --no-sync (UTF-8)", "sed -i (UTF-8)")
row("sed -i (UTF-8)")
lines.append(f"| (fix vs python, UTF-8) | | | {b['rdpfile fix --no-sync (UTF-8)']['median_s'] / b['python (UTF-8)']['median_s']:.2f}× |")
row("python (UTF-8)")
row("rdpfile fix --no-sync (mixed)", "python (mixed)")
row("python (mixed)")
row("rdpfile fix, fsync (mixed)", "python --fsync (mixed)")
row("python --fsync (mixed)")
lines.append("")
s = results["scale"]
lines.append(f"| run | {FILES} files s | {BIG} files s | time ratio | {FILES} files RSS MB | {BIG} files RSS MB |")
lines.append("|---|---:|---:|---:|---:|---:|")
for name in s:
    small = b[name]
    lines.append(f"| {name} | {small['median_s']:.3f} | {s[name]['median_s']:.3f} | {s[name]['median_s'] / small['median_s']:.2f} | "
                 f"{small['peak_rss_kb'] / 1024:.1f} | {s[name]['peak_rss_kb'] / 1024:.1f} |")
print("\n".join(lines))
with open(os.path.join(work, "results.json"), "w") as f:
    json.dump(results, f, indent=2)
log(f"results written to {os.path.join(work, 'results.json')}")
