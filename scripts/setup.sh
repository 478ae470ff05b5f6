#!/usr/bin/env bash
# Installs the Debian packages vr-docs needs, only when they are missing: Cairo and Pango
# to lay out PDFs; fonts that cover the scripts case files use (DejaVu for Latin, Welsh
# and Irish; Noto UI for Arabic and Urdu; WenQuanYi for Chinese, Japanese and Korean;
# Symbola for emoji — colour emoji fonts are left out on purpose, because cairo 1.16
# draws them as bitmaps with no text); poppler-utils, whose pdftotext and pdftoppm
# the tests use to read documents back; Python's YAML and JSON Schema modules, with which
# the tests check schema/case-file.schema.json against the reader; and zlib, with which ReportKit rewrites page
# content streams to mark artifacts; and SQLite, in which the workspace (`vr-docs serve`) keeps its records; Chromium,
# its driver and Selenium, with which `make test` uses the workspace in a real browser.
set -euo pipefail

packages=(
  libcairo2-dev
  libpango1.0-dev
  pkg-config
  fonts-dejavu-core
  fonts-dejavu-extra
  fonts-noto-ui-core
  fonts-wqy-microhei
  fonts-symbola
  poppler-utils
  python3-yaml
  python3-jsonschema
  zlib1g-dev
  libsqlite3-dev
  chromium
  chromium-driver
  python3-selenium
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
