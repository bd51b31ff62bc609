#!/usr/bin/env bash
# abidiff of a committed baseline against a freshly built shared library.
#   check_abi.sh ABIDIFF BASELINE LIBRARY HEADERS_DIR
# Exit 0: same ABI, or only additions (new functions/enumerators are allowed).
# Exit 1: anything else (abidiff flags a struct layout change as 4 rather than
#         8, so every non-zero abidiff status counts as a break).
# Exit 77: cannot check here (no abidiff, or the library has no debug info:
#          without DWARF abidiff compares symbols only and misses layout
#          changes silently) - ctest reports the test as skipped.
set -uo pipefail
abidiff=$1 baseline=$2 library=$3 headers=$4

if [[ ! -x $abidiff ]]; then
    echo "SKIPPED: abidiff not found (install abigail-tools)"; exit 77
fi
if ! readelf -S "$library" | grep -q '\.debug_info'; then
    echo "SKIPPED: $library has no debug info; configure with" \
         "-DCMAKE_BUILD_TYPE=RelWithDebInfo (the default) or Debug to check the ABI"
    exit 77
fi
if ! grep -q '<abi-instr' "$baseline"; then
    echo "FAILED: $baseline holds no <abi-instr>: it was made without debug info"
    exit 1
fi
"$abidiff" --no-added-syms --headers-dir2 "$headers" "$baseline" "$library"
status=$?
if [[ $status -ne 0 ]]; then
    echo "FAILED: abidiff exit status $status: the ABI of $library differs from $baseline."
    echo "If the change is intended (new ABI version), see tests/abi-check/README.md."
    exit 1
fi
echo "OK: $library matches $baseline (additions allowed)"
