#!/usr/bin/env bash
# Times a real suite of the integration tests without the extension and with it, back to back, so
# that both figures share one machine load. It runs the copy of the IT project that the IT left
# under integration-tests/target/it, with the library the IT installed into its own repository, so
# run the IT first:
#
#   mvn -o -B -pl integration-tests -am verify -Dinvoker.test=commons-text
#   benchmarks/real-suite-timing.sh commons-text [rounds]
#
# Each round runs `mvn test` on the copy twice: first with -Dplain-suite (the project's profile
# that takes the library off the test class path and sets no junit.parallel.* property), then as
# the IT runs it. For each build it prints Surefire's totals, the tests the extension ran in
# parallel (its summary; 0 without it), the build's wall time, the test classes' times added up
# (Surefire's reports: the tests alone, without Maven's start and the unpacking), and
# /proc/loadavg before and after. A project of another suite needs the same plain-suite profile.
# The lines are also written to benchmarks/results/<date>/real-suite-<project>-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

project="${1:?usage: benchmarks/real-suite-timing.sh <IT project under integration-tests/src/it> [rounds]}"
rounds="${2:-1}"
dir="integration-tests/target/it/$project"
repo="$PWD/integration-tests/target/local-repo"
if [ ! -f "$dir/pom.xml" ] || [ ! -d "$repo/io/github/parallelthreads" ]; then
  echo "no copy of $project under integration-tests/target/it, or no library in its repository:" >&2
  echo "run mvn -o -B -pl integration-tests -am verify -Dinvoker.test=$project first" >&2
  exit 2
fi
if ! grep -q '<id>plain-suite</id>' "$dir/pom.xml"; then
  echo "$dir/pom.xml has no plain-suite profile to run the suite without the extension" >&2
  exit 2
fi

# the settings of the ITs, reading released artifacts from the regular local repository
settings="$(mktemp)"
trap 'rm -f "$settings"' EXIT
sed "s|@localRepositoryUrl@|file://$HOME/.m2/repository|" integration-tests/src/it/settings.xml >"$settings"

out="benchmarks/results/$(date -u +%F)/real-suite-$project-$(date -u +%H%M).txt"
mkdir -p "$(dirname "$out")"

measure() {
  local mode="$1" round="$2"
  shift 2
  local log="$dir/timing-$mode-$round.log"
  local before after start end
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  start="$(date +%s.%N)"
  # failures are the suite's business here: the build result is read from the log
  mvn -o -B -s "$settings" -Dmaven.repo.local="$repo" -f "$dir/pom.xml" test "$@" >"$log" 2>&1 || true
  end="$(date +%s.%N)"
  after="$(cut -d' ' -f1-3 /proc/loadavg)"
  local totals parallel classes
  totals="$(grep -E 'Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+ *$' "$log" \
    | tail -n 1 | sed -E 's/^\[[A-Z]+\] //')"
  parallel="$(grep -E '^  [0-9]+ tests? ran in parallel' "$log" | grep -oE '^  [0-9]+' | tr -d ' ' || true)"
  classes="$(cat "$dir"/target/surefire-reports/TEST-*.xml 2>/dev/null \
    | grep -oE '<testsuite [^>]*' | grep -oE ' time="[0-9.,]+"' | tr -d ',' | grep -oE '[0-9.]+' \
    | awk '{ sum += $1 } END { printf "%.1f", sum }')"
  printf '%-6s round %s: %s; in parallel: %s; build %.1f s; test classes %s s; load %s -> %s\n' \
    "$mode" "$round" "${totals:-no Surefire totals (see $log)}" "${parallel:-0}" \
    "$(echo "$end - $start" | bc)" "$classes" "$before" "$after" | tee -a "$out"
}

echo "$project: $(java -version 2>&1 | head -n 1), $(nproc) cores, $(date -u '+%F %H:%M') UTC" | tee "$out"
for round in $(seq 1 "$rounds"); do
  measure plain "$round" -Dplain-suite
  measure with "$round"
done
echo "written to $out"
