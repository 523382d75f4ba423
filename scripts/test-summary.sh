#!/usr/bin/env bash
# Sums the <Counters> of every TRX file into one line: "N passed, N failed, N skipped".
# Exits non-zero when nothing ran or anything failed.
set -euo pipefail
dir="${1:?results directory}"
shopt -s nullglob
files=("$dir"/*.trx)
if [ ${#files[@]} -eq 0 ]; then
  echo "0 passed, 0 failed"
  echo "No test results were written: the build or the test host failed." >&2
  exit 1
fi
total=0; executed=0; passed=0; failed=0
for f in "${files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(get total)))
  executed=$((executed + $(get executed)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
done
# xunit reports a skipped test as not executed.
skipped=$((total - executed))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
