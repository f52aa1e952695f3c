#!/bin/sh
# Runs a TypeScript entry point (infra/src/cli/*.ts) after installing what is missing with the pinned pnpm.
# A fresh machine only needs Node.js and npm: pnpm itself is installed into .cache/tools.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
want=$(node -p "require('$root/package.json').packageManager.split('@')[1]")
tools="$root/.cache/tools"
pnpm_bin="$tools/node_modules/.bin/pnpm"

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "jalon: Node.js $(node -v) is too old; install Node.js 20.19 or newer." >&2
  exit 1
fi

if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$want" ]; then
  pnpm_bin=$(command -v pnpm)
elif [ ! -x "$pnpm_bin" ] || [ "$("$pnpm_bin" --version)" != "$want" ]; then
  echo "jalon: installing pnpm $want into .cache/tools" >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "pnpm@$want" >&2
fi

cd "$root"
# A no-op when node_modules already matches the lockfile.
"$pnpm_bin" install --frozen-lockfile --prefer-offline --reporter=silent >&2 || {
  echo "jalon: 'pnpm install' failed; see the messages above (the npm registry must be reachable on a first run)." >&2
  exit 1
}
# exec: the command replaces this shell, so Ctrl-C reaches it directly and it alone decides how to stop.
script=$1
shift
exec node --import tsx "$script" "$@"
