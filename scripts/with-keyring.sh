#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real
# Secret Service), all of its files in a scratch folder, so tests never touch the user's keyring.
set -euo pipefail
# Before the XDG folders move: the build and the test Python stay where common.sh put them.
source "$(dirname "$0")/common.sh"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/till-keyring.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/cache" "$scratch/config" "$scratch/run"
chmod 700 "$scratch/run"
export XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run"
dbus-run-session -- bash -c '
  printf %s till-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' bash "$@"
