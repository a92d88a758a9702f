#!/usr/bin/env bash
# Writes Corpus/signed-real/: connection files really signed by `rdpfile sign`, with a test CA
# and signer made here for the purpose. The private keys live in a temporary folder and are
# deleted at the end; only the CA certificate (public) is kept, for `rdpfile verify --ca`.
# The certificates are valid for 100 years so that the tests do not expire.
#
#   scripts/make-signed-corpus.sh        (from the repository root)
#
# Re-running makes new keys, so the signatures (not the settings) change; the tests check
# these files against OpenSSL, never against fixed signature bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build --product rdpfile >/dev/null
rdpfile="$PWD/.build/debug/rdpfile"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
out=Corpus/signed-real
mkdir -p "$out"

days=36500
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$out/test-ca.pem" -days $days \
  -subj "/CN=rdpfile Test CA/O=rdpfile tests" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/signer.key" -out "$work/signer.csr" \
  -subj "/CN=rdp-publisher.example.com/O=rdpfile tests" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,codeSigning\nsubjectAltName=DNS:rdp-publisher.example.com,DNS:*.rdp.example.com,IP:192.0.2.1,IP:2001:db8::1\n' > "$work/ext"
openssl x509 -req -in "$work/signer.csr" -CA "$out/test-ca.pem" -CAkey "$work/ca.key" -CAcreateserial -CAserial "$work/ca.srl" \
  -out "$work/signer.pem" -days $days -extfile "$work/ext" 2>/dev/null

sign() { "$rdpfile" sign --cert "$work/signer.pem" --key "$work/signer.key" --chain "$out/test-ca.pem" "$@" >/dev/null; }

# mstsc's own shape: UTF-16LE with a BOM and CRLF; and the same settings as UTF-8 with LF.
cp Corpus/encoding/utf16le-bom-crlf.rdp "$out/signed-utf16le.rdp"
cp Corpus/encoding/utf8-lf.rdp "$out/signed-utf8.rdp"
# A gateway file signed with SHA-1, as older rdpsign.exe versions did.
cp Corpus/security/gateway.rdp "$out/signed-sha1-gateway.rdp"
sign "$out/signed-utf16le.rdp" "$out/signed-utf8.rdp"
sign --digest sha1 "$out/signed-sha1-gateway.rdp"

# Edited after signing: the address changed in place (the signature no longer matches) ...
sed 's/^full address:s:ts01.corp.example.com$/full address:s:ts99.corp.example.com/' "$out/signed-utf8.rdp" > "$out/tampered-address.rdp"
# ... and a setting signing would cover appended after the signature: the signature still
# verifies, but nothing protects the new line (here a broker routing token).
cp "$out/signed-utf8.rdp" "$out/appended-after-signature.rdp"
printf 'loadbalanceinfo:s:tsv://MS Terminal Services Plugin.1.Other\n' >> "$out/appended-after-signature.rdp"
echo "wrote $(ls "$out" | wc -l) files to $out"
