# Sourced by the scripts: the repository root and one cargo target folder shared by every
# script (outside the clone, so a fresh clone on the same machine builds warm).
# Every path below is decided here once and exported, so that it survives the wrappers that
# point the XDG folders elsewhere (scripts/with-keyring.sh) and every script and test agrees.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
till_cache="${XDG_CACHE_HOME:-$HOME/.cache}/till"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$till_cache/target}"
# The virtualenv with the pinned stripe Python package (scripts/deps.sh test makes it; the
# webhook tests run its interpreter as an independent signer).
export TILL_PYTHON_VENV="${TILL_PYTHON_VENV:-$till_cache/python}"
# Where npm puts axe-core (scripts/deps.sh test; the window tests inject it into every view).
export TILL_NPM_PREFIX="${TILL_NPM_PREFIX:-$till_cache/npm}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }
