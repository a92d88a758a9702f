#!/usr/bin/env python3
"""Generates a folder of realistic .rdp files for the batch benchmarks (seeded, reproducible).

usage: make_share.py OUTDIR COUNT [--utf8-only]

Files are spread over subfolders of 100, like a share organised by team. The mix follows what
real shares hold: 60% mstsc-style UTF-16LE with BOM and CRLF, 25% UTF-8 with LF (scripts),
10% UTF-8 with BOM (editors), 5% ASCII with CRLF. Content is the mstsc body with per-file host
names (20 distinct servers), users and a few common variations (gateway, downgrades, IPs).
With --utf8-only every file is written as UTF-8 (for tools that cannot read UTF-16, like sed).
"""
import os
import random
import sys

out, count = sys.argv[1], int(sys.argv[2])
utf8_only = "--utf8-only" in sys.argv
rng = random.Random(20261125)
HOSTS = [f"ts{n:02d}.corp.example.com" for n in range(20)]

BODY = """screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
session bpp:i:32
winposstr:s:0,1,0,0,800,600
compression:i:1
keyboardhook:i:2
audiocapturemode:i:0
videoplaybackmode:i:1
connection type:i:7
networkautodetect:i:1
bandwidthautodetect:i:1
displayconnectionbar:i:1
enableworkspacereconnect:i:0
disable wallpaper:i:0
allow font smoothing:i:0
allow desktop composition:i:0
disable full window drag:i:1
disable menu anims:i:1
disable themes:i:0
disable cursor setting:i:0
bitmapcachepersistenable:i:1
full address:s:{host}
audiomode:i:0
redirectprinters:i:1
redirectcomports:i:0
redirectsmartcards:i:1
redirectclipboard:i:1
redirectposdevices:i:0
autoreconnection enabled:i:1
authentication level:i:{level}
prompt for credentials:i:0
negotiate security layer:i:1
remoteapplicationmode:i:0
alternate shell:s:
shell working directory:s:
gatewayhostname:s:{gateway}
gatewayusagemethod:i:{usage}
gatewaycredentialssource:i:4
gatewayprofileusagemethod:i:0
promptcredentialonce:i:0
gatewaybrokeringtype:i:0
use redirection server name:i:0
rdgiskdcproxy:i:0
kdcproxyname:s:
drivestoredirect:s:
username:s:CORP\\{user}
{extra}"""

os.makedirs(out, exist_ok=True)
for index in range(count):
    host = HOSTS[index % len(HOSTS)]
    gateway = "rdgw.corp.example.com" if rng.random() < 0.3 else ""
    extra = ""
    if rng.random() < 0.1:
        extra += "enablecredsspsupport:i:0\n"
    if rng.random() < 0.05:
        extra += f"alternate full address:s:{host}\n"
    text = BODY.format(
        host=host, level=rng.choice([0, 2, 2, 2, 3]), gateway=gateway, usage=1 if gateway else 4,
        user=f"user{index}", extra=extra)
    lines = [line for line in text.split("\n") if line != ""]
    kind = rng.random()
    if utf8_only or 0.6 <= kind < 0.85:
        data = ("\n".join(lines) + "\n").encode("utf-8")
    elif kind < 0.6:
        data = b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")
    elif kind < 0.95:
        data = b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8")
    else:
        data = ("\r\n".join(lines) + "\r\n").encode("ascii")
    folder = os.path.join(out, f"team{index // 100:04d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"conn{index:06d}.rdp"), "wb") as f:
        f.write(data)
print(f"{count} files in {out}")
