#!/usr/bin/env bash
# Configures, builds and tests the project again with sanitizers, in a
# nested build tree (ctest tests nested.asan_ubsan and nested.tsan).
#   run_sanitizer_build.sh SOURCE_DIR asan|tsan BUILD_DIR
#   asan: ASan (with LSan leak checks) + UBSan, -fno-sanitize-recover=all;
#         builds everything and runs the whole ctest suite of the nested tree
#         except the abi-check label (it checks build output, not behaviour).
#   tsan: TSan; builds artnorm_tests and runs the concurrency tests [threads].
# The nested configure passes ARTNORM_NESTED_CHECKS=OFF: no recursion.
# Exit 77 (ctest: skipped) when the compiler cannot link a sanitized program.
set -euo pipefail
src=$1 kind=$2 build=$3
jobs=${ARTNORM_NESTED_JOBS:-2}
common="-g -O1 -fno-omit-frame-pointer"
# No known findings excluded: add "-fno-sanitize=..." here, with the README's
# finding number, only while a finding is open.
known_issues=""
case $kind in
    asan) flags="$common -fsanitize=address,undefined -fno-sanitize-recover=all $known_issues" ;;
    tsan) flags="$common -fsanitize=thread" ;;
    *) echo "unknown sanitizer build '$kind'"; exit 2 ;;
esac

probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
echo 'int main() { return 0; }' >"$probe_dir/probe.cpp"
if ! ${CXX:-c++} $flags "$probe_dir/probe.cpp" -o "$probe_dir/probe" 2>"$probe_dir/log"; then
    echo "SKIPPED: ${CXX:-c++} cannot build with $flags:"; cat "$probe_dir/log"; exit 77
fi

start=$SECONDS
# RelWithDebInfo with its flags replaced: -O1 -g, and no -DNDEBUG (asserts stay on).
cmake -S "$src" -B "$build" -Wno-dev \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO= -DCMAKE_C_FLAGS_RELWITHDEBINFO= \
      "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_C_FLAGS=$flags" \
      "-DCMAKE_EXE_LINKER_FLAGS=$flags" "-DCMAKE_SHARED_LINKER_FLAGS=$flags" \
      -DARTNORM_NESTED_CHECKS=OFF >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }

here=$(cd "$(dirname "$0")" && pwd)
export LSAN_OPTIONS=suppressions=$here/lsan.supp:print_suppressions=0
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1:strict_init_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
if [[ $kind == asan ]]; then
    cmake --build "$build" -j"$jobs"
    built=$SECONDS
    # Not here: abi-check (checks build output, not behaviour) and host tests
    # that load the library into programs built without ASan (python ctypes,
    # the Dask example through it, xsltproc, pandoc) or under valgrind - ASan
    # must be the first runtime.
    ctest --test-dir "$build" -j"$jobs" --output-on-failure -LE abi-check \
          -E '^hosts\.(python|xslt_module|pandoc)|^batch\.dask|valgrind' && status=0 || status=$?
else
    cmake --build "$build" -j"$jobs" --target artnorm_tests
    built=$SECONDS
    "$build/bin/artnorm_tests" "[threads]" && status=0 || status=$?
fi
echo "nested $kind: configure+build $((built - start)) s, tests $((SECONDS - built)) s"
exit "$status"
