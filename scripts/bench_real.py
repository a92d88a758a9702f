#!/usr/bin/env python3
"""The real-file benchmark behind BENCHMARKS.md (run it through scripts/bench.sh --real).

The shared real-world corpus (../shared/corpus/real-world, every encoding as found) is copied
to 10,000 and 100,000 files in folders of 100, once on tmpfs and once on the real disk. On each:
  - `rdpfile lint` as text, JSON and SARIF vs FreeRDP 2.11's parser (`oracle --no-fork dump`,
    one process for all files);
  - the default, durable `rdpfile fix --use-ip` (every host of the corpus mapped with --hosts)
    vs `sed -i` with the same substitutions (it rewrites every file, without flushing);
  - 100,000 files against 10,000: time and peak memory.
Every number is the median of the rounds; min-max shows the machine's noise. Ratios are
rdpfile / peer (below 1: rdpfile is faster).
"""
import argparse
import glob
import ipaddress
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

p = argparse.ArgumentParser()
p.add_argument("--quick", action="store_true")
p.add_argument("--tmpfs", required=True)
p.add_argument("--disk", required=True)
p.add_argument("--rdpfile", required=True)
p.add_argument("--oracle")
p.add_argument("--corpus", required=True)
p.add_argument("--rounds", type=int, default=5, help="rounds at 10,000 files (100,000: at most 3)")
p.add_argument("--big-rounds", type=int, default=3)
args = p.parse_args()

ROUNDS = 1 if args.quick else args.rounds
SMALL, BIG = (300, 1_000) if args.quick else (10_000, 100_000)


def log(message):
    print(message, file=sys.stderr, flush=True)


def timed(command, setup=None, rounds=ROUNDS):
    """Median, min and max wall time and peak RSS (KB) of a shell command (setup untimed)."""
    times, rss = [], []
    for _ in range(rounds):
        if setup:
            setup()
        start = time.perf_counter()
        run = subprocess.run(["/usr/bin/time", "-f", "%M", "sh", "-c", command], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        rss.append(int(run.stderr.strip().splitlines()[-1]))
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times), "peak_rss_kb": max(rss),
            "runs_s": times}


def decode(data):
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", "replace")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", "replace")
    return data.decode("utf-8", "replace").lstrip("\ufeff")


sources = sorted(glob.glob(os.path.join(args.corpus, "*.rdp")))
contents = [open(f, "rb").read() for f in sources]
hosts = set()
for data in contents:
    for line in decode(data).splitlines():
        for key in ("full address:s:", "alternate full address:s:"):
            if line.lower().startswith(key):
                value = line[len(key):].strip()
                host = value[1:value.find("]")] if value.startswith("[") else value.rsplit(":", 1)[0] if value.count(":") == 1 else value
                try:
                    ipaddress.ip_address(host)
                except ValueError:
                    if host and all(c.isalnum() or c in "-._" for c in host):
                        hosts.add(host)
hosts = sorted(hosts)
# FreeRDP 2.11 corrupts its heap on some real files (RDP702: one-character lines), and with
# --no-fork one crash ends the whole run: its copies are left out of the oracle's list (and
# said so); rdpfile reads them all.
crashing = set()
if args.oracle:
    for source in sources:
        if subprocess.run([args.oracle, "--no-fork", "dump", source], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode != 0:
            crashing.add(os.path.basename(source))
mapping = {h: f"192.0.2.{n % 250 + 1}" for n, h in enumerate(hosts)}


def make_share(root, count):
    if os.path.isdir(root) and len(os.listdir(root)) == (count + 99) // 100:
        return root
    shutil.rmtree(root, ignore_errors=True)
    for n in range(count):
        folder = os.path.join(root, f"team{n // 100:04d}")
        if n % 100 == 0:
            os.makedirs(folder)
        with open(os.path.join(folder, f"{n:06d}-{os.path.basename(sources[n % len(sources)])}"), "wb") as f:
            f.write(contents[n % len(contents)])
    return root


def copy_of(template, target):
    def setup():
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(template, target)
        subprocess.run(["sync"])
    return setup


def sed_escape(text):
    return "".join("\\" + c if c in ".[]*^$\\/" else c for c in text)


results = {"rounds": ROUNDS, "small": SMALL, "big": BIG, "corpus_files": len(sources), "hosts": len(hosts), "runs": {}}
for place, base in (("tmpfs", args.tmpfs), ("disk", args.disk)):
    os.makedirs(base, exist_ok=True)
    hosts_file = os.path.join(base, "hosts")
    with open(hosts_file, "w") as f:
        f.writelines(f"{ip} {h}\n" for h, ip in mapping.items())
    sed_file = os.path.join(base, "use-ip.sed")
    with open(sed_file, "w") as f:
        for h, ip in mapping.items():
            for key in ("full address:s:", "alternate full address:s:"):
                f.write(f"s/^{sed_escape(key + h)}/{sed_escape(key + ip)}/\n")
    runs = {}
    for count in (SMALL, BIG):
        share = make_share(os.path.join(base, f"real-{count}"), count)
        target = os.path.join(base, "target")
        listing = os.path.join(base, f"list-{count}.txt")
        with open(listing, "w") as f:
            f.writelines(os.path.join(d, n) + "\n" for d, _, names in sorted(os.walk(share)) for n in sorted(names)
                         if n.split("-", 1)[1] not in crashing)
        rounds = ROUNDS if count == SMALL else max(1, min(ROUNDS, args.big_rounds))
        # Every tool reads the share from the page cache: the first timed run would otherwise
        # also measure the disk (with one round at 100,000 files, that is all it would measure).
        subprocess.run(f"find {share} -type f -exec cat {{}} + > /dev/null", shell=True, check=True)
        log(f"{place}, {count} files: lint ...")
        for fmt in ("text", "json", "sarif"):
            runs[f"lint {fmt} {count}"] = timed(f"{args.rdpfile} lint --format {fmt} {share} > /dev/null; true", rounds=rounds)
        if args.oracle:
            runs[f"oracle dump {count}"] = timed(f"xargs -a {listing} {args.oracle} --no-fork dump > /dev/null", rounds=rounds)
        log(f"{place}, {count} files: fix ...")
        fix = f"{args.rdpfile} fix --use-ip --offline --hosts {hosts_file} {target} > /dev/null 2>&1; true"
        runs[f"fix {count}"] = timed(fix, copy_of(share, target), rounds=rounds)
        runs[f"fix --no-sync {count}"] = timed(fix.replace("fix --use-ip", "fix --no-sync --use-ip"), copy_of(share, target),
                                               rounds=rounds)
        runs[f"sed -i {count}"] = timed(f"find {target} -name '*.rdp' -print0 | xargs -0 sed -i -f {sed_file}",
                                        copy_of(share, target), rounds=rounds)
        shutil.rmtree(target, ignore_errors=True)
    results["runs"][place] = runs

results["oracle_skips"] = sorted(crashing)
lines = [f"FreeRDP's list leaves out the copies of {', '.join(sorted(crashing)) or 'no file'} (it crashes FreeRDP 2.11).", ""]
lines += [f"Real-file share: the {len(sources)} real-world files copied to {SMALL:,} and {BIG:,} files "
         f"({len(hosts)} host names mapped with --hosts); median of {ROUNDS} rounds "
         f"({BIG:,} files: {max(1, min(ROUNDS, args.big_rounds))}), min-max in brackets.", ""]
for place in ("tmpfs", "disk"):
    r = results["runs"][place]
    lines.append(f"| {place}, {SMALL:,} files | median s (min-max) | peak RSS MB | ratio |")
    lines.append("|---|---:|---:|---|")
    def row(name, label, peer=None, peer_label=None):
        v = r[name]
        ratio = f"{v['median_s'] / r[peer]['median_s']:.2f}× {peer_label}" if peer and peer in r else ""
        lines.append(f"| {label} | {v['median_s']:.3f} ({v['min_s']:.3f}-{v['max_s']:.3f}) | {v['peak_rss_kb'] / 1024:.1f} | {ratio} |")
    for fmt in ("text", "json", "sarif"):
        row(f"lint {fmt} {SMALL}", f"`rdpfile lint --format {fmt}`", f"oracle dump {SMALL}", "FreeRDP 2.11 dump")
    if f"oracle dump {SMALL}" in r:
        row(f"oracle dump {SMALL}", "FreeRDP 2.11 `oracle --no-fork dump`")
    row(f"fix {SMALL}", "`rdpfile fix --use-ip` (durable)", f"sed -i {SMALL}", "sed -i")
    row(f"fix --no-sync {SMALL}", "`rdpfile fix --use-ip --no-sync`", f"sed -i {SMALL}", "sed -i")
    row(f"sed -i {SMALL}", "`sed -i` (no flush)")
    lines.append("")
    lines.append(f"| {place}: {BIG:,} vs {SMALL:,} files | {SMALL:,} s | {BIG:,} s | time ratio | RSS MB {SMALL:,} | RSS MB {BIG:,} |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    for name in ("lint text", "lint json", "fix"):
        a, b = r[f"{name} {SMALL}"], r[f"{name} {BIG}"]
        lines.append(f"| {name} | {a['median_s']:.3f} | {b['median_s']:.3f} | {b['median_s'] / a['median_s']:.2f} | "
                     f"{a['peak_rss_kb'] / 1024:.1f} | {b['peak_rss_kb'] / 1024:.1f} |")
    lines.append("")
print("\n".join(lines))
with open(os.path.join(args.tmpfs, "real-results.json"), "w") as f:
    json.dump(results, f, indent=2)
log(f"results written to {os.path.join(args.tmpfs, 'real-results.json')}")
