#!/usr/bin/env bash
# Checks what scripts/release.sh built, as an admin without a Swift toolchain would use it
# (CI runs it as root, after release.sh):
#   1. the tarball's binary runs with /opt/swift hidden (an empty tmpfs over it, in a private
#      mount namespace): --version, lint, fix --dry-run and triage on the corpus;
#   2. the .deb installs with apt-get, puts rdpfile on PATH with its manual page and bash
#      completion, and is removed cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
tarball="$(ls out/rdpfile-*-linux-*.tar.gz)"
deb="$(ls out/rdpfile_*.deb)"
(cd out && sha256sum -c --quiet "$(basename "$tarball").sha256" "$(basename "$deb").sha256")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
binary="$(ls -d "$work"/rdpfile-*/)rdpfile"
cp -r Corpus "$work/corpus"
unshare -m bash -euo pipefail -c '
  mount -t tmpfs none /opt/swift
  [ -z "$(ls -A /opt/swift)" ] || { echo "release check: /opt/swift is still visible" >&2; exit 1; }
  binary="$1" corpus="$2"
  "$binary" --version | grep -Eq "^rdpfile [0-9.]+ \(commit [0-9a-f]{12}"
  status=0; "$binary" lint "$corpus" > "$corpus/../lint.txt" || status=$?
  [ "$status" = 1 ] || { echo "release check: lint on the corpus exited $status, expected 1 (findings)" >&2; exit 1; }
  grep -q "RDP101" "$corpus/../lint.txt"
  "$binary" fix --use-ip --offline --resolve ts01.contoso.example=192.0.2.10 --diff \
    "$corpus/triage/benign-mstsc-default.rdp" > "$corpus/../diff.txt" || true
  grep -q "^+full address:s:192.0.2.10" "$corpus/../diff.txt"
  status=0; "$binary" fix --dry-run "$corpus" > "$corpus/../fix.txt" 2>&1 || status=$?
  grep -q "nothing was written" "$corpus/../fix.txt" || { echo "release check: fix --dry-run (exit $status) printed no summary" >&2; exit 1; }
  status=0; "$binary" triage --format json "$corpus/triage" > "$corpus/../triage.json" || status=$?
  [ "$status" = 1 ] || { echo "release check: triage of the campaign files exited $status, expected 1" >&2; exit 1; }
  grep -q "\"risk\": \"high\"" "$corpus/../triage.json"
  echo "release check: the tarball binary ran lint, fix --dry-run and triage with /opt/swift hidden"
' check "$binary" "$work/corpus"

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
rdpfile --version | grep -Eq "^rdpfile [0-9.]+ \(commit [0-9a-f]{12}"
man -w rdpfile | grep -q "/usr/share/man/man1/rdpfile.1"
man rdpfile 2>/dev/null | grep -q "rdpfile lint"
offered="$(bash -c 'source /usr/share/bash-completion/completions/rdpfile
  COMP_WORDS=(rdpfile ""); COMP_CWORD=1; _rdpfile; printf "%s\n" "${COMPREPLY[@]}"')"
for command in lint fix triage verify sign completions manpage; do
  grep -qx "$command" <<< "$offered" || { echo "release check: bash completion does not offer $command" >&2; exit 1; }
done
apt-get remove -y -qq rdpfile >/dev/null
if command -v rdpfile >/dev/null || [ -e /usr/share/man/man1/rdpfile.1.gz ] \
  || [ -e /usr/share/bash-completion/completions/rdpfile ] || dpkg -s rdpfile 2>/dev/null | grep -q "Status: install"; then
  echo "release check: the package did not remove cleanly" >&2
  exit 1
fi
echo "release check: the .deb installed (rdpfile --version, man -w rdpfile, bash completion) and was removed cleanly"
