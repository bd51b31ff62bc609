#!/usr/bin/env bash
# The library exports the C ABI and nothing else: every defined dynamic symbol
# is artnorm_* at the default version ARTNORM_1 (besides the version node
# ARTNORM_1 itself), and the list is not empty.
#   check_exports.sh NM LIBRARY
set -uo pipefail
nm=$1 library=$2
symbols=$("$nm" -D --defined-only "$library" | awk '{print $3}') || exit 1
bad=$(grep -vE '^(artnorm_[a-z0-9_]+@@ARTNORM_1|ARTNORM_1)$' <<<"$symbols")
count=$(grep -cE '^artnorm_[a-z0-9_]+@@ARTNORM_1$' <<<"$symbols")
if [[ -n $bad ]]; then
    echo "FAILED: symbols outside the C ABI or without @@ARTNORM_1:"; echo "$bad"; exit 1
fi
if [[ $count -lt 17 ]]; then
    echo "FAILED: only $count artnorm_* symbols exported (the ABI has 17):"; echo "$symbols"; exit 1
fi
echo "OK: $count artnorm_*@@ARTNORM_1 symbols, nothing else"
