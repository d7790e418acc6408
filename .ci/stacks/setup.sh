#!/usr/bin/env bash
# Client stacks for the error matrix (test/stacks): Debian 12 packages only, no MTA among them.
# Idempotent: installs only what is missing. nodemailer comes from the project's node_modules.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PKGS=(ruby php-cli libphp-phpmailer php-symfony-mailer libjakarta-mail-java golang-go ca-certificates)
# Optional stacks: installed when this Debian has them (Debian 12 does).
for opt in python3-django ruby-mail; do
  if apt-cache show "$opt" >/dev/null 2>&1; then PKGS+=("$opt"); fi
done

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[stacks] installing: ${missing[*]}" >&2
  apt-get -qq -o DPkg::Lock::Timeout=120 update
  apt-get -y -qq -o DPkg::Lock::Timeout=120 install --no-install-recommends "${missing[@]}" >/dev/null
fi
# An optional stack apt did not know before the update above (a fresh machine has no lists yet).
for opt in python3-django ruby-mail; do
  if ! dpkg-query -W -f='${Status}' "$opt" 2>/dev/null | grep -q 'install ok installed' \
    && apt-cache show "$opt" >/dev/null 2>&1; then
    apt-get -y -qq -o DPkg::Lock::Timeout=120 install --no-install-recommends "$opt" >/dev/null
  fi
done
echo "[stacks] ready: $(go version 2>/dev/null | cut -d' ' -f3), ruby $(ruby -e 'print RUBY_VERSION'), \
php $(php -r 'echo PHP_VERSION;'), python $(/usr/bin/python3 -c 'import sys; print(sys.version.split()[0])')" >&2
