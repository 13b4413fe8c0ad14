# Sourced by the scripts: the repository root and one cargo target folder shared by every
# script (outside the clone, so a fresh clone on the same machine builds warm).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/till/target}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }
