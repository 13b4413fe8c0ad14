#!/usr/bin/env bash
# Installs whatever Till needs that this machine is missing, and nothing else.
#   scripts/deps.sh build   packages to build and run the app
#   scripts/deps.sh test    + what the tests need (Xvfb, WebDriver, D-Bus, a keyring, a Japanese font, tauri-driver)
#   scripts/deps.sh faketime  libfaketime, for scripts/soak --dates
# Debian/Ubuntu only (apt); elsewhere it says what to install. Safe to run again.
set -euo pipefail
source "$(dirname "$0")/common.sh"

what=${1:-build}
build_packages=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev libdbus-1-dev)
# fonts-ipafont-gothic: Japanese glyphs for the window tests (Xvfb has no CJK font otherwise);
# at-spi2-core and pyatspi: a window test reads what a screen reader sees, over AT-SPI.
# xserver-xorg-core, xserver-xorg-video-dummy and x11-xserver-utils (xrandr): the customer
# screen's test runs on an X server with two monitors (tests/harness: two_monitor_display).
test_packages=(xvfb xauth webkit2gtk-driver dbus dbus-x11 gnome-keyring libsecret-tools x11-utils xdg-utils imagemagick python3 python3-venv fonts-ipafont-gothic
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils)
run_packages=(xdg-utils)

packages=("${build_packages[@]}")
case "$what" in
  build) packages+=("${run_packages[@]}") ;;
  test) packages+=("${test_packages[@]}") ;;
  xvfb) packages+=(xvfb xauth x11-utils) ;;
  faketime) packages=(faketime) ;;
  *) echo "usage: scripts/deps.sh build|test|xvfb|faketime" >&2; exit 2 ;;
esac

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is not installed. Install it from https://rustup.rs (stable toolchain), then run this again." >&2
  exit 1
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "==> installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "This script installs packages with apt (Debian/Ubuntu). On other systems install the equivalents of:" >&2
  echo "  ${packages[*]}" >&2
  echo "See README.md, 'Building on macOS and Windows'." >&2
fi

if [ "$what" = test ]; then
  # The official stripe Python package, pinned: the webhook tests' independent signer.
  venv="$TILL_PYTHON_VENV"
  if ! "$venv/bin/python3" -c 'import stripe, sys; sys.exit(stripe.VERSION != "16.1.0")' >/dev/null 2>&1; then
    echo "==> installing the stripe Python package 16.1.0 into $venv"
    python3 -m venv "$venv"
    "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check stripe==16.1.0
  fi
fi

if [ "$what" = test ]; then
  # axe-core, pinned: the window tests inject it into every view and expect no violation.
  axe_dir="$TILL_NPM_PREFIX"
  axe_version=4.10.3
  if ! grep -qs "\"version\": \"$axe_version\"" "$axe_dir/node_modules/axe-core/package.json"; then
    if ! command -v npm >/dev/null 2>&1; then
      sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      echo "==> installing Debian's npm (for axe-core)"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm
    fi
    echo "==> installing axe-core $axe_version into $axe_dir"
    mkdir -p "$axe_dir"
    # --loglevel=error: quiet, but a failure (registry unreachable, a proxy's certificate
    # that Node does not trust: NODE_EXTRA_CA_CERTS) says why.
    npm install --prefix "$axe_dir" --no-save --no-audit --no-fund --loglevel=error "axe-core@$axe_version" || {
      echo "could not install axe-core $axe_version with npm (see npm's error above); the window tests need it" >&2
      exit 1
    }
  fi
fi

if [ "$what" = test ]; then
  cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
  if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$cargo_bin/tauri-driver" ]; then
    echo "==> installing tauri-driver 2.x"
    cargo install tauri-driver --version '^2' --locked --quiet
  fi
fi
