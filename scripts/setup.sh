#!/usr/bin/env bash
# Set-up for a fresh machine: the system packages Hexapla needs beyond npm (a Chromium to
# paginate PDFs; poppler-utils and qpdf, with which the tests read PDFs back; fontconfig's
# fc-query, with which they read a font's characters), then the exact
# npm dependencies of package-lock.json, then the compiled command. Safe to run again: it
# installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [[ -n "${PUPPETEER_EXECUTABLE_PATH:-}" && -x "${PUPPETEER_EXECUTABLE_PATH}" ]] && return 0
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  return 1
}

missing=()
have_browser || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v fc-query >/dev/null 2>&1 || missing+=(fontconfig)

if ((${#missing[@]} > 0)); then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=()
    [[ "$(id -u)" -ne 0 ]] && sudo=(sudo)
    echo "hexapla setup: installing ${missing[*]} with apt-get"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "hexapla setup: please install ${missing[*]} with your package manager" >&2
    echo "  (any Chromium or Chrome will do; point PUPPETEER_EXECUTABLE_PATH at it)" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
# The hexapla command runs compiled JavaScript (fast to start); see scripts/compile.ts.
npm run --silent compile
