#!/usr/bin/env bash
# The ABI check must be able to fail. Mutates a copy of the baseline the way
# real breaks would look and requires check_abi.sh to reject each:
#   - a status code renumbered (enumerator value change);
#   - a function that the library no longer exports (symbol removed);
#   - a parameter type changed;
# and to accept an addition (a function the baseline does not know yet).
#   check_detects_changes.sh ABIDIFF BASELINE LIBRARY HEADERS_DIR WORK_DIR
set -uo pipefail
abidiff=$1 baseline=$2 library=$3 headers=$4 work=$5
here=$(dirname "$0")
mkdir -p "$work"

"$here/check_abi.sh" "$abidiff" "$baseline" "$library" "$headers" >/dev/null
status=$?
[[ $status -eq 77 ]] && { echo "SKIPPED: the ABI check itself is skipped here"; exit 77; }
[[ $status -ne 0 ]] && { echo "FAILED: the unmutated baseline does not pass"; exit 1; }

failures=0
mutate() {  # name sed-expression [allowed]
    local copy="$work/$1.abi" allowed=${3:-}
    sed -e "$2" "$baseline" >"$copy"
    if cmp -s "$copy" "$baseline"; then
        echo "FAILED: mutation '$1' did not change the baseline (pattern out of date?)"
        failures=$((failures + 1)); return
    fi
    "$here/check_abi.sh" "$abidiff" "$copy" "$library" "$headers" >"$work/$1.log" 2>&1
    local status=$?
    if [[ -n $allowed ]]; then
        [[ $status -eq 0 ]] && echo "ok: '$1' accepted" ||
            { echo "FAILED: '$1' should be allowed:"; cat "$work/$1.log"; failures=$((failures + 1)); }
    else
        [[ $status -ne 0 ]] && echo "ok: mutation '$1' detected" ||
            { echo "FAILED: mutation '$1' was not detected"; failures=$((failures + 1)); }
    fi
}
mutate renumbered_status "s/name='ARTNORM_ERROR_NULL_ARGUMENT' value='1'/name='ARTNORM_ERROR_NULL_ARGUMENT' value='11'/"
mutate removed_function "s/artnorm_result_free/artnorm_result_release/g"
mutate changed_parameter "/<function-decl name='artnorm_normalizer_set_int'/,/<\/function-decl>/{/<parameter/{s/type-id='[^']*'/type-id='type-id-2'/;}}"
mutate added_function "/<function-decl name='artnorm_option_bounds'/,/<\/function-decl>/d;/<elf-symbol name='artnorm_option_bounds'/d" allowed
exit $((failures > 0))
