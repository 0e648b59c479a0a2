#!/usr/bin/env bash
# Heapscope build entry point: installs what is missing (apt, imgui sources, npm), builds, and serves
# the web app on http://127.0.0.1:${PORT:-8000}/. Idempotent and quick when nothing changed.
#
#   ./serve.sh               build the web site and serve build/web/site (PORT overrides 8000)
#   ./serve.sh --desktop     build and launch the native desktop app (build/native/bin/heapscope)
#   ./serve.sh --build-only  install + build native and web, serve nothing (used by ./test.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

MODE=serve
for arg in "$@"; do
  case "$arg" in
    --desktop) MODE=desktop ;;
    --build-only) MODE=build ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "serve.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

if [ -t 1 ]; then C_LOG=$'\033[1;34m'; C_ERR=$'\033[1;31m'; C_END=$'\033[0m'; else C_LOG=""; C_ERR=""; C_END=""; fi
log() { printf '%s[serve]%s %s\n' "$C_LOG" "$C_END" "$*"; }
die() { printf '%s[serve]%s %s\n' "$C_ERR" "$C_END" "$*" >&2; exit 1; }

# retry CMD...: one more try after a pause (mirrors and registries occasionally drop a connection).
retry() { "$@" || { log "retrying in 10s: $*"; sleep 10; "$@"; }; }

: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
export HOME
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

APT_PACKAGES=(
  cmake ninja-build g++ pkg-config python3 git xz-utils ca-certificates
  emscripten binaryen
  libglfw3-dev libgl-dev
  doctest-dev libfmt-dev nlohmann-json3-dev
  fonts-dejavu-core dpkg-dev chromium
  libpython3.11-minimal libpython3.11-stdlib patch
)
DEB_SRC_FILE=/etc/apt/sources.list.d/heapscope-deb-src.sources
IMGUI_DIR="$ROOT/build/third_party/imgui"
APT_UPDATED=0

apt_update_once() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    retry $SUDO apt-get update -q
    APT_UPDATED=1
  fi
}

install_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" != "ii " ]; then missing+=("$pkg"); fi
  done
  # Node.js may come from another repository (its npm is then built in): check the commands.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "${#missing[@]}" -eq 0 ]; then
    log "apt packages: all present"
    return
  fi
  log "apt packages missing: ${missing[*]}"
  apt_update_once
  retry $SUDO apt-get install -y -q -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

ensure_deb_src() {
  if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ || grep -qs '^deb-src ' /etc/apt/sources.list; then
    return
  fi
  log "adding a deb-src entry ($DEB_SRC_FILE)"
  local suite
  suite="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
  $SUDO tee "$DEB_SRC_FILE" >/dev/null <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  APT_UPDATED=0 # the next apt_update_once fetches the new source index too
}

fetch_imgui() {
  if have_imgui; then return; fi
  ensure_deb_src
  if ! apt-cache showsrc imgui 2>/dev/null | grep -q '^Package: imgui'; then apt_update_once; fi
  log "fetching Dear ImGui sources (Debian source package imgui) into build/third_party/imgui"
  local tmp
  tmp="$(mktemp -d)"
  chmod 755 "$tmp"
  (cd "$tmp" && apt-get source --download-only -q imgui >/dev/null 2>&1) \
    || (cd "$tmp" && apt-get source --download-only imgui) \
    || die "apt-get source imgui failed"
  local tarball
  tarball="$(ls "$tmp"/imgui_*.orig.tar.* 2>/dev/null | head -n1)"
  [ -n "$tarball" ] || die "no imgui .orig tarball was downloaded"
  rm -rf "$IMGUI_DIR"
  mkdir -p "$IMGUI_DIR"
  tar -xf "$tarball" -C "$IMGUI_DIR" --strip-components=1
  rm -rf "$tmp"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || die "imgui sources are incomplete in $IMGUI_DIR"
  grep -m1 'define IMGUI_VERSION ' "$IMGUI_DIR/imgui.h" | sed 's/^/[serve] /'
}

install_npm() {
  local stamp="$ROOT/node_modules/.heapscope-lock.sha256" want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "npm packages: up to date"
    return
  fi
  log "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 retry npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
}

# configure_and_build PRESET [CMAKE_BUILD_ARGS...]: returns non-zero on failure (the caller decides).
configure_and_build() {
  local preset="$1"
  shift
  if [ ! -f "$ROOT/build/$preset/build.ninja" ]; then
    log "configuring preset $preset"
    if ! cmake --preset "$preset" >"$ROOT/build/configure-$preset.log" 2>&1; then
      cat "$ROOT/build/configure-$preset.log" >&2
      log "cmake --preset $preset failed"
      return 1
    fi
  fi
  log "building preset $preset"
  cmake --build --preset "$preset" --parallel "$(nproc)" "$@"
}

export NODE_PATH=/usr/share/nodejs

have_imgui() { [ -f "$IMGUI_DIR/imgui.cpp" ] && [ -f "$IMGUI_DIR/backends/imgui_impl_glfw.cpp" ]; }

# deb-src first, so that a fresh machine runs apt-get update only once.
if ! have_imgui; then ensure_deb_src; fi
install_packages
mkdir -p "$ROOT/build"
fetch_imgui
install_npm

case "$MODE" in
  build)
    # Keep going past failures (-k 0) so every independent target is built and every error shown.
    failed=()
    configure_and_build native -- -k 0 || failed+=(native)
    configure_and_build web -- -k 0 || failed+=(web)
    if [ "${#failed[@]}" -gt 0 ]; then die "build failed: ${failed[*]}"; fi
    log "build complete: build/native/bin/, build/web/site/, build/web/bin/"
    ;;
  desktop)
    configure_and_build native --target heapscope || die "native build failed"
    log "launching build/native/bin/heapscope"
    exec "$ROOT/build/native/bin/heapscope"
    ;;
  serve)
    configure_and_build web --target heapscope_web heapscope_site || die "web build failed"
    PORT="${PORT:-8000}"
    log "serving build/web/site"
    exec node "$ROOT/web/dev_server.mjs" "$ROOT/build/web/site" --port "$PORT"
    ;;
esac
