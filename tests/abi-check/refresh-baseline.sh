#!/usr/bin/env bash
# Rewrites the ABI baselines from a build. Run it ONLY for an intended ABI
# change (see README.md), from a RelWithDebInfo or Debug build:
#   tests/abi-check/refresh-baseline.sh build
set -euo pipefail
build=${1:?usage: refresh-baseline.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/abi_flags.sh"
library="$build/lib/libartnorm.so.1"
probe="$build/lib/libartnorm_abi_probe.so"
for binary in "$library" "$probe"; do
    readelf -S "$binary" | grep -q '\.debug_info' ||
        { echo "$binary has no debug info: use a RelWithDebInfo or Debug build" >&2; exit 1; }
done
abidw --headers-dir "$root/abi/include" "${ABIDW_FLAGS[@]}" \
      --out-file "$root/abi/libartnorm.abi" "$library"
abidw --headers-dir "$root/abi/include" "${ABIDW_FLAGS[@]}" \
      --out-file "$here/public-types.abi" "$probe"
grep -q '<abi-instr' "$root/abi/libartnorm.abi"
grep -q "name='artnorm_api_v1'" "$here/public-types.abi"
echo "wrote abi/libartnorm.abi and tests/abi-check/public-types.abi; review the diff and commit both"
