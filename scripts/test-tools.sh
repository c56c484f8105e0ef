#!/usr/bin/env bash
# The system tools the test suite drives, installed when missing, so that the
# README's `npm ci && npm test` passes on a fresh machine of the kind this
# project runs on (Debian, as root) with nothing installed by hand:
#   chromium               the site's browser tests and the PDF
#   poppler-utils          pdftotext and pdfinfo, to read the PDF back
#   pre-commit             the pre-commit hook, tried as pre-commit runs it
#   libreoffice-calc-nogui the CSV checklist, opened in Calc
# Elsewhere (not root, or no apt-get) it names what is missing and how to get
# it, and fails: a test that needs a tool never skips.
set -uo pipefail

declare -A tool_of=(
  [chromium]=/usr/bin/chromium
  [poppler-utils]=/usr/bin/pdftotext
  [pre-commit]=/usr/bin/pre-commit
  [libreoffice-calc-nogui]=/usr/bin/soffice
)
missing=()
for package in chromium poppler-utils pre-commit libreoffice-calc-nogui; do
  [ -x "${tool_of[$package]}" ] || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null; then
  echo "usd1-milestones tests: missing ${missing[*]}; install with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "usd1-milestones tests: installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq > /dev/null || { echo "usd1-milestones tests: apt-get update failed" >&2; exit 1; }
for package in "${missing[@]}"; do
  # Chromium with its recommended fonts (the PDF's text); the others without recommends.
  if [ "$package" = chromium ]; then flags=(); else flags=(--no-install-recommends); fi
  apt-get install -y -qq "${flags[@]}" "$package" > /dev/null \
    || { echo "usd1-milestones tests: could not install $package" >&2; exit 1; }
done
