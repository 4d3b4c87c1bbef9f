#!/bin/sh
# Runs a command against a fresh gnome-keyring Secret Service in the current (private) D-Bus
# session: `dbus-run-session -- sh with-keyring.sh ./tst_keychain`.
set -e
XDG_RUNTIME_DIR=$(mktemp -d)
HOME=$(mktemp -d)
export XDG_RUNTIME_DIR HOME
trap 'kill "$GNOME_KEYRING_PID" 2>/dev/null || true; rm -rf "$XDG_RUNTIME_DIR" "$HOME"' EXIT
# --login unlocks (and creates) the login collection; without it writes fail with
# "Object does not exist at path …/collection/login".
printf 'test' | gnome-keyring-daemon --daemonize --login >/dev/null
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
"$@"
