#!/bin/sh
# Fails when a C++ file of the project is not formatted as .clang-format says.
# Usage: check-format.sh SOURCE_DIR
cd "$1" || exit 1
command -v clang-format >/dev/null || { echo "clang-format not installed: skipped"; exit 0; }
bad=$(find core ui app tests -name '*.cpp' -o -name '*.h' | sort | while read -r f; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"
done)
if [ -n "$bad" ]; then
    echo "Not clang-formatted (run clang-format -i on them):"
    echo "$bad"
    exit 1
fi
echo "all sources clang-formatted"
