#!/usr/bin/env bash
# Builds (mode "build") or runs (mode "run TARGET") the libFuzzer targets in
# a nested clang build tree. ctest: fuzz.build, then fuzz.text, fuzz.html,
# fuzz.options.
#   run_fuzzers.sh SOURCE_DIR BUILD_DIR build
#   run_fuzzers.sh SOURCE_DIR BUILD_DIR run text|html|options
# ARTNORM_FUZZ_SECONDS (default 60) bounds each run. Exit 77 (skipped) when
# clang cannot link a libFuzzer program.
set -uo pipefail
src=$1 build=$2 mode=$3
seconds=${ARTNORM_FUZZ_SECONDS:-60}
jobs=${ARTNORM_NESTED_JOBS:-2}
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"

if [[ $mode == build ]]; then
    probe=$(mktemp -d)
    trap 'rm -rf "$probe"' EXIT
    printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' \
        >"$probe/probe.cpp"
    if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
            2>"$probe/log"; then
        echo "SKIPPED: clang++ cannot link libFuzzer programs (install clang):"; cat "$probe/log"
        exit 77
    fi
    start=$SECONDS
    cmake -S "$src/tests/fuzz/harness" -B "$build" -Wno-dev \
          -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= \
          "-DCMAKE_C_FLAGS=$flags" "-DCMAKE_CXX_FLAGS=$flags" \
          -DARTNORM_NESTED_CHECKS=OFF >"$build.configure.log" 2>&1 ||
        { cat "$build.configure.log"; exit 1; }
    cmake --build "$build" -j"$jobs" || exit 1
    echo "fuzzers built in $((SECONDS - start)) s"
    exit 0
fi

target=$4
fuzzer="$build/${target}_fuzzer"
[[ -x $fuzzer ]] || { echo "SKIPPED: $fuzzer was not built (see fuzz.build)"; exit 77; }
corpus="$build/corpus/$target"      # grows across local runs; fresh in CI
seeds="$build/seeds/$target"
artifacts="$build/artifacts/$target/"
mkdir -p "$corpus" "$seeds" "$artifacts"
# Seeds: the hand-made ones, plus every golden input behind a selector byte
# (0x01 = from=text for the text target; the html target forces html anyway).
cp "$src/tests/fuzz/corpus/$target/"* "$seeds/"
if [[ $target != options ]]; then
    for input in "$src"/tests/golden/*/input.txt; do
        name=$(basename "$(dirname "$input")")
        { printf '\x01'; cat "$input"; } >"$seeds/golden-$name"
    done
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$fuzzer" "$corpus" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
          -max_len=65536 -artifact_prefix="$artifacts" -print_final_stats=1 \
          >"$build/$target.log" 2>&1
status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: seed corpus)' \
    "$build/$target.log"
if [[ $status -ne 0 ]]; then
    tail -n 80 "$build/$target.log"
    echo "FAILED: the $target fuzzer found a problem; reproducer(s):"
    ls "$artifacts"
    echo "Save each as tests/reliability/regressions/$target-<what-it-does> (see the README there)."
    exit 1
fi
echo "OK: $target fuzzed for $seconds s"
