#!/usr/bin/env python3
"""The straightforward Python rewrite an admin would write: replace the host in the address
lines with its IP, keeping each file's encoding, BOM and line endings, writing a temporary file
and renaming it over the original. Used by scripts/bench.sh as a peer for `rdpfile fix --use-ip`.

usage: bench_python_fix.py [--fsync] FOLDER HOST=ADDR...
"""
import os
import sys

args = sys.argv[1:]
fsync = "--fsync" in args
args = [a for a in args if a != "--fsync"]
folder, mapping = args[0], dict(a.split("=", 1) for a in args[1:])
KEYS = ("full address:s:", "alternate full address:s:")


def decode(data):
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le", b"\xff\xfe", data[2:].decode("utf-16-le")
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8", b"\xef\xbb\xbf", data[3:].decode("utf-8")
    return "utf-8", b"", data.decode("utf-8")


for root, dirs, files in os.walk(folder):
    dirs.sort()
    for name in sorted(files):
        if not name.lower().endswith(".rdp"):
            continue
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            data = f.read()
        encoding, bom, text = decode(data)
        lines = text.splitlines(keepends=True)
        changed = False
        for i, line in enumerate(lines):
            for key in KEYS:
                if line.lower().startswith(key):
                    body = line[len(key):]
                    ending = body[len(body.rstrip("\r\n")):]
                    value = body[: len(body) - len(ending)]
                    host, sep, port = value.strip().partition(":")
                    if host.lower() in mapping:
                        lines[i] = line[: len(key)] + mapping[host.lower()] + sep + port + ending
                        changed = True
        if not changed:
            continue
        temporary = os.path.join(root, "." + name + ".tmp")
        with open(temporary, "wb") as f:
            f.write(bom + "".join(lines).encode(encoding))
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        os.chmod(temporary, os.stat(path).st_mode & 0o7777)
        os.replace(temporary, path)
