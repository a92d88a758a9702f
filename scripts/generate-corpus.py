#!/usr/bin/env python3
"""Writes the project's own test corpus into Corpus/ (run from the repository root).

Every file is made from scratch here; nothing is copied from elsewhere. The output is
committed, and Corpus/README.md (also written here) says what each file exercises.
Re-running the script must reproduce the committed files byte for byte.
"""
import os

OUT = "Corpus"

# A typical body as Windows' Remote Desktop client saves it (our own host names and values).
MSTSC = """screen mode id:i:2
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
full address:s:ts01.corp.example.com
audiomode:i:0
redirectprinters:i:1
redirectlocation:i:0
redirectcomports:i:0
redirectsmartcards:i:1
redirectwebauthn:i:1
redirectclipboard:i:1
redirectposdevices:i:0
autoreconnection enabled:i:1
authentication level:i:2
prompt for credentials:i:0
negotiate security layer:i:1
remoteapplicationmode:i:0
alternate shell:s:
shell working directory:s:
gatewayhostname:s:
gatewayusagemethod:i:4
gatewaycredentialssource:i:4
gatewayprofileusagemethod:i:0
promptcredentialonce:i:0
gatewaybrokeringtype:i:0
use redirection server name:i:0
rdgiskdcproxy:i:0
kdcproxyname:s:
enablerdsaadauth:i:0
drivestoredirect:s:
username:s:CORP\\alice
""".splitlines()

ENCODINGS = {
    "utf8": ("utf-8", b""),
    "utf8-bom": ("utf-8", b"\xef\xbb\xbf"),
    "utf16le-bom": ("utf-16-le", b"\xff\xfe"),
    "utf16le-nobom": ("utf-16-le", b""),
    "utf16be-bom": ("utf-16-be", b"\xfe\xff"),
    "utf16be-nobom": ("utf-16-be", b""),
}
TERMINATORS = {"crlf": "\r\n", "lf": "\n", "cr": "\r"}

files = {}  # name -> (bytes, description)


def add(name, text, encoding="utf8", description=""):
    codec, bom = ENCODINGS[encoding]
    files[name] = (bom + text.encode(codec, errors="surrogatepass"), description)


def body(lines, eol, final=True):
    return eol.join(lines) + (eol if final else "")


for enc in ENCODINGS:
    for term, eol in TERMINATORS.items():
        add(f"encoding/{enc}-{term}.rdp", body(MSTSC, eol), enc,
            f"mstsc-style body, {enc}, {term.upper()} line ends")

add("shapes/no-final-newline.rdp", body(MSTSC[:10], "\r\n", final=False), "utf16le-bom",
    "UTF-16LE, last line has no terminator")
add("shapes/no-final-newline-utf8.rdp", body(MSTSC[:10], "\n", final=False), "utf8",
    "UTF-8, last line has no terminator")
add("shapes/mixed-line-endings.rdp",
    "full address:s:mixed.example.com\r\nserver port:i:3389\nusername:s:bob\rdomain:s:CORP\r\n",
    "utf8", "CRLF, LF and CR in one file")
add("shapes/blank-lines.rdp",
    "\r\nfull address:s:blank.example.com\r\n\r\n   \r\n\t\r\nserver port:i:3389\r\n\r\n",
    "utf16le-bom", "blank and whitespace-only lines")
add("shapes/junk-lines.rdp",
    "# exported by a script\n; semicolon note\n[connection]\nfull address:s:junk.example.com\n"
    "just some words\nkey:value\nkey::empty type\nkey:ss:long type\nkey:S:upper type\n:s:no key\n"
    "x\n/v:other.example.com\nserver port:i:3389\n",
    "utf8", "comment-like lines, one-colon lines, bad type fields, a one-byte line, a /v: line")
add("shapes/duplicate-keys.rdp",
    "full address:s:first.example.com\r\nauthentication level:i:2\r\nFULL ADDRESS:s:second.example.com\r\n"
    "authentication level:i:0\r\nauthentication level:i:oops\r\n",
    "utf16le-bom", "duplicates across letter case; an invalid last integer")
add("shapes/mixed-case-keys.rdp",
    "Full Address:s:case.example.com\nServer Port:i:3390\nUserName:s:carol\nEnableCredSspSupport:i:1\n",
    "utf8", "keys in mixed case (matched case-insensitively)")
add("shapes/whitespace.rdp",
    " full address:s:ws.example.com\nserver port :i:3389\nusername:s:  dave  \n"
    "authentication level:i: 2\nprompt for credentials : i : 1\ndomain:s:CORP \t\n",
    "utf8", "spaces around keys, type letters and values")
add("shapes/non-ascii.rdp",
    "full address:s:büro.example.com\r\nusername:s:Zoë\r\nalternate shell:s:C:\\Programme\\Grüße.exe\r\n"
    "remoteapplicationname:s:表計算 😀\r\n",
    "utf16le-bom", "non-ASCII and astral characters in UTF-16LE")
add("shapes/non-ascii-utf8.rdp",
    "full address:s:büro.example.com\nusername:s:Zoë\nremoteapplicationname:s:表計算 😀\n",
    "utf8", "non-ASCII and astral characters in UTF-8 without BOM")
files["shapes/invalid-utf8.rdp"] = (
    b"full address:s:bad\xc3\x28bytes.example.com\nusername:s:\xff\xfe\xfd\nserver port:i:3389\n",
    "invalid UTF-8 sequences (kept byte for byte)")
files["shapes/nul-bytes.rdp"] = (
    b"full address:s:nul.example.com\nusername:s:a\x00b\nserver port:i:3389\n",
    "NUL bytes inside a UTF-8 value")
files["shapes/odd-length-utf16.rdp"] = (
    b"\xff\xfe" + "full address:s:odd.example.com\r\nserver port:i:3389\r\n".encode("utf-16-le") + b"\x41",
    "UTF-16LE with an odd trailing byte")
files["shapes/lone-surrogates.rdp"] = (
    b"\xff\xfe" + "full address:s:x.example.com\r\nusername:s:".encode("utf-16-le") + b"\x00\xd8"
    + "\r\nserver port:i:3389\r\n".encode("utf-16-le"),
    "UTF-16LE with an unpaired high surrogate")
add("shapes/empty.rdp", "", "utf8", "zero bytes")
add("shapes/bom-only.rdp", "", "utf16le-bom", "a UTF-16LE byte-order mark and nothing else")
add("shapes/long-line.rdp", "full address:s:long.example.com\nloadbalanceinfo:s:" + "x" * 70000 + "\n",
    "utf8", "a 70,000-character value")
add("shapes/very-long-key.rdp", "k" * 5000 + ":s:v\nfull address:s:key.example.com\n", "utf8",
    "a 5,000-character key")

# Addresses and ports.
for name, value, extra in [
    ("ipv4", "192.0.2.10", ""),
    ("ipv4-port", "192.0.2.10:3390", ""),
    ("ipv6-bracketed-port", "[2001:db8::10]:3390", ""),
    ("ipv6-bracketed", "[2001:db8::10]", ""),
    ("ipv6-bare", "2001:db8::10", ""),
    ("ipv6-bare-port", "2001:db8::10:3390", ""),
    ("double-bracket", "[[2001:db8::10]]:3389", ""),
    ("host-port", "ts02.corp.example.com:3390", ""),
    ("port-conflict", "ts03.corp.example.com:3390", "server port:i:3391\r\n"),
    ("port-invalid", "ts04.corp.example.com:99999", ""),
    ("port-empty", "ts05.corp.example.com:", ""),
    ("single-label", "TS06", ""),
    ("url-form", "rdp://ts07.corp.example.com/", ""),
    ("alternate-differs", "ts08.corp.example.com", "alternate full address:s:ts09.corp.example.com\r\n"),
    ("missing", None, ""),
]:
    text = "screen mode id:i:2\r\n"
    if value is not None:
        text += f"full address:s:{value}\r\n"
    text += extra + "authentication level:i:2\r\n"
    add(f"addresses/{name}.rdp", text, "utf16le-bom", f"address form: {value!r}")

# Security settings tied to the 0x904 family.
SEC = [
    ("secure-defaults", "authentication level:i:1\nenablecredsspsupport:i:1\n", "the secure choice: refuse unverified servers, NLA on"),
    ("no-server-auth", "authentication level:i:0\n", "authentication level 0: server identity never checked"),
    ("credssp-off", "enablecredsspsupport:i:0\n", "NLA turned off"),
    ("downgrade-pair", "authentication level:i:0\nenablecredsspsupport:i:0\n", "both classic workarounds at once"),
    ("negotiate-off", "negotiate security layer:i:0\n", "negotiation off with CredSSP on (ignored)"),
    ("negotiate-off-no-credssp", "negotiate security layer:i:0\nenablecredsspsupport:i:0\n", "negotiation and CredSSP both off"),
    ("strict-auth-ip", "authentication level:i:1\n", "strict server authentication against an IP address"),
    ("entra-ip", "enablerdsaadauth:i:1\n", "Entra sign-in with an IP address"),
    ("saved-password", "password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000\n", "a DPAPI password blob"),
    ("plaintext-password", "password:s:hunter2\n", "a clear-text password"),
    ("gateway", "gatewayhostname:s:gw.corp.example.com\ngatewayusagemethod:i:1\ngatewaycredentialssource:i:0\ngatewayprofileusagemethod:i:1\n", "a gateway in use"),
    ("gateway-basic", "gatewayhostname:s:203.0.113.5\ngatewayusagemethod:i:1\ngatewaycredentialssource:i:3\n", "gateway by IP with Basic authentication"),
    ("gateway-unused", "gatewayhostname:s:gw.corp.example.com\ngatewayusagemethod:i:0\n", "a gateway named but not used"),
    ("typo-keys", "promt for credentials:i:1\nautentication level:i:1\n", "misspelt keys"),
    ("integers", "desktopwidth:i:0x780\ndesktopheight:i:01080\nsession bpp:i:+32\nscreen mode id:i:-1\n", "hex, octal-looking, signed and negative integers"),
]
for name, extra, description in SEC:
    host = "192.0.2.20" if name in ("strict-auth-ip", "entra-ip") else "ts10.corp.example.com"
    add(f"security/{name}.rdp", f"full address:s:{host}\nusername:s:CORP\\alice\n{extra}", "utf8", description)

# Signed-file shapes (the signature is made-up base64, not a real signature).
SIG = "AQABAAEAAAAQAAAAMIIBAAYJKoZIhvcNAQcCoA==  AAAA"
add("signed/signed-shape.rdp",
    "full address:s:ts11.corp.example.com\r\nalternate full address:s:ts11.corp.example.com\r\n"
    "server port:i:3389\r\nusername:s:CORP\\alice\r\n"
    "signscope:s:Full Address,Alternate Full Address,Server Port\r\n"
    f"signature:s:{SIG}\r\n", "utf16le-bom", "a signed layout: signscope and signature last")
add("signed/unsigned-line-after-signature.rdp",
    "full address:s:ts11.corp.example.com\r\nalternate full address:s:ts11.corp.example.com\r\n"
    "signscope:s:Full Address,Alternate Full Address\r\n"
    f"signature:s:{SIG}\r\nauthentication level:i:0\r\n", "utf16le-bom",
    "a security setting added after the signature, outside the scope")
add("signed/signature-without-scope.rdp",
    f"full address:s:ts12.corp.example.com\r\nsignature:s:{SIG}\r\n", "utf16le-bom",
    "a signature line without signscope")

# Written by scripts/make-signed-corpus.sh, described here.
SIGNED_REAL = {
    "signed-real/signed-utf16le.rdp": "the mstsc body in UTF-16LE with BOM and CRLF, signed (SHA-256, chain included): intact",
    "signed-real/signed-utf8.rdp": "the same settings in UTF-8 with LF, signed: intact",
    "signed-real/signed-sha1-gateway.rdp": "a gateway file signed with SHA-1, as older rdpsign.exe did: intact",
    "signed-real/tampered-address.rdp": "signed-utf8 with full address changed after signing: the signature no longer matches",
    "signed-real/appended-after-signature.rdp": "signed-utf8 with loadbalanceinfo appended after the signature: verifies, but unprotected",
    "signed-real/test-ca.pem": "the test CA certificate the signer chains to",
}

# Written by scripts/make-triage-corpus.sh, described here: the organisation is contoso.example.
TRIAGE = {
    "triage/benign-mstsc-default.rdp": "benign: what mstsc saves for a desktop of the organisation (UTF-16LE, BOM, CRLF)",
    "triage/benign-script-private.rdp": "benign: an admin's script (UTF-8, LF) for a private address and a service account",
    "triage/benign-remoteapp-signed.rdp": "benign: a RemoteApp through the organisation's gateway, signed by its CA",
    "triage/campaign-signed.rdp": "campaign: a RemoteApp passing for a product, every drive, clipboard, smart cards, WebAuthn, devices; signed with a self-signed server certificate for its own look-alike host",
    "triage/public-ip-drives.rdp": "campaign: unsigned, an internet address, every drive, a prefilled account",
    "triage/public-ip-plain.rdp": "unsigned, an internet address, nothing else",
    "triage/lookalike-host-utf16.rdp": "campaign: a host with Cyrillic letters (UTF-16LE)",
    "triage/alternate-differs.rdp": "campaign: the organisation's address shown, an internet alternate address used",
    "triage/gateway-lookalike-sso.rdp": "campaign: a gateway one letter from the organisation's domain, given the signed-in account",
    "triage/alternate-shell.rdp": "campaign: a command from a share instead of the desktop",
    "triage/duplicate-key-evasion.rdp": "campaign: an innocent full address and a later one that wins",
    "triage/slash-drive.rdp": "campaign: a /drive: line FreeRDP 2.11 runs as a command-line option",
    "triage/publisher-imitation.rdp": "campaign: signed by a self-signed 'Contoso Security'",
    "triage/contoso-ca.pem": "the organisation's CA certificate, for --trust-ca",
}

# A large file: the mstsc body repeated to about 256 KiB of UTF-16LE.
big = []
while sum(len(l) + 2 for l in big) * 2 < 256 * 1024:
    big.extend(MSTSC)
add("large/mstsc-256k-utf16le.rdp", body(big, "\r\n"), "utf16le-bom",
    "about 256 KiB of UTF-16LE: the mstsc body repeated (many duplicate keys)")

for name, (data, _) in files.items():
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)

with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("# Corpus\n\nTest files written by `scripts/generate-corpus.py` (run it from the repository\n"
            "root; it rewrites every file below byte for byte). `.gitattributes` marks them as data so\n"
            "that no checkout rewrites their line endings. All host names are under `example.com` or\n"
            "the reserved `.example`, or documentation and private addresses (192.0.2.0/24,\n"
            "198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32, 10.0.0.0/8); the triage set's look-alike\n"
            "gateway `gw.contoso.examp1e` is under a top-level label with a digit, which ICANN does not\n"
            "delegate. Passwords and signatures are made up.\n\n| file | bytes | what it exercises |\n|---|---:|---|\n")
    for name, (data, description) in sorted(files.items()):
        f.write(f"| `{name}` | {len(data)} | {description} |\n")
    # Really signed files need keys, so scripts/make-signed-corpus.sh makes them (and deletes
    # the keys); this script only lists them.
    f.write("\n## Really signed files\n\nMade by `scripts/make-signed-corpus.sh` with a test CA and signer created for the\n"
            "purpose (certificates valid for 100 years; the keys were deleted). `test-ca.pem` is the CA\n"
            "certificate, for `rdpfile verify --ca`. Re-running the script changes the signatures, not\n"
            "the settings.\n\n| file | bytes | what it exercises |\n|---|---:|---|\n")
    for name, description in sorted(SIGNED_REAL.items()):
        path = os.path.join(OUT, name)
        if os.path.exists(path):
            f.write(f"| `{name}` | {os.path.getsize(path)} | {description} |\n")
    f.write("\n## Triage\n\nMade by `scripts/make-triage-corpus.sh` for `rdpfile triage`: files as phishing campaigns\n"
            "and as an organisation's admins write them. The organisation is `contoso.example`\n"
            "(`--allow-domain contoso.example --trust-ca Corpus/triage/contoso-ca.pem`); signed files\n"
            "are really signed with certificates made by the script (valid for 100 years; the keys were\n"
            "deleted).\n\n| file | bytes | what it exercises |\n|---|---:|---|\n")
    for name, description in sorted(TRIAGE.items()):
        path = os.path.join(OUT, name)
        if os.path.exists(path):
            f.write(f"| `{name}` | {os.path.getsize(path)} | {description} |\n")
print(f"wrote {len(files)} files")
