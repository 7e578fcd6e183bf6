#!/usr/bin/env bash
# Installs what tests/app/test_app_browser.py needs: Debian's chromium and the Playwright Python client.
# Idempotent. Never runs `playwright install` (it downloads its own browser, which fails offline).
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi

PYTHON="${PYTHON:-python}"
if ! "$PYTHON" -c "import playwright" 2>/dev/null; then
    "$PYTHON" -m pip install "playwright==1.65.2"
fi

/usr/bin/chromium --version
"$PYTHON" -c "from importlib.metadata import version; print('playwright', version('playwright'))"
