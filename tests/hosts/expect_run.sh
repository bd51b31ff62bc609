#!/bin/sh
# Runs a command and checks what it did; the host tests' one runner.
#
#   expect_run.sh [--exit N] [--stdout TEXT]... [--stdout-lacks TEXT]...
#                 [--stderr TEXT]... [--xmllint XMLLINT] [--env NAME=VALUE]...
#                 [--save FILE] -- COMMAND [ARG]...
#
# --exit N        expected exit status (default 0)
# --stdout TEXT   stdout must contain TEXT (a fixed string); --stderr likewise
# --stdout-lacks  stdout must not contain TEXT
# --xmllint PATH  stdout must be a well-formed XML document (xmllint --noout)
# --env N=V       set in the command's environment
# --save FILE     keep stdout in FILE (for a later test, or to look at)
set -u
expected_exit=0
xmllint=
save=
tmp=${TMPDIR:-/tmp}/artnorm-hosts.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/has_out"; : >"$tmp/lacks_out"; : >"$tmp/has_err"

while [ $# -gt 0 ]; do
  case $1 in
    --exit) expected_exit=$2; shift 2 ;;
    --stdout) printf '%s\n' "$2" >>"$tmp/has_out"; shift 2 ;;
    --stdout-lacks) printf '%s\n' "$2" >>"$tmp/lacks_out"; shift 2 ;;
    --stderr) printf '%s\n' "$2" >>"$tmp/has_err"; shift 2 ;;
    --xmllint) xmllint=$2; shift 2 ;;
    --env) export "${2?}"; shift 2 ;;
    --save) save=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "expect_run.sh: unknown flag $1" >&2; exit 2 ;;
  esac
done

"$@" >"$tmp/out" 2>"$tmp/err"
status=$?
problems=0
problem() { echo "FAIL: $*" >&2; problems=$((problems + 1)); }

[ "$status" -eq "$expected_exit" ] || problem "exit status $status, expected $expected_exit"
while IFS= read -r text; do
  grep -qF -- "$text" "$tmp/out" || problem "stdout lacks: $text"
done <"$tmp/has_out"
while IFS= read -r text; do
  grep -qF -- "$text" "$tmp/out" && problem "stdout contains: $text"
done <"$tmp/lacks_out"
while IFS= read -r text; do
  grep -qF -- "$text" "$tmp/err" || problem "stderr lacks: $text"
done <"$tmp/has_err"
if [ -n "$xmllint" ]; then
  "$xmllint" --noout "$tmp/out" 2>"$tmp/xmllint" || problem "stdout is not well-formed XML: $(cat "$tmp/xmllint")"
fi
[ -n "$save" ] && cp "$tmp/out" "$save"

if [ "$problems" -ne 0 ]; then
  echo "--- command: $*" >&2
  echo "--- stdout (first 40 lines):" >&2; head -n 40 "$tmp/out" >&2
  echo "--- stderr:" >&2; cat "$tmp/err" >&2
  exit 1
fi
exit 0
