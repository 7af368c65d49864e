#!/usr/bin/env bash
# The run of the GitHub Action (action.yml at the repository root), kept here whole so that a test
# (apps/cli/test/action.test.ts) runs exactly what the action runs. It expects the CLI built.
#
# Inputs, as action.yml passes them (environment variables, never spliced into the script's text):
#   INPUT_SDK         --sdk ids, separated by spaces, commas or newlines; empty: every SDK entry
#   INPUT_BASELINE    a baseline YAML to gate against; empty: no gate
#   INPUT_REPORT_DIR  default reports/matrix
#   INPUT_FUZZ_RUNS   default 200
#   INPUT_SHARD       i/n, or empty
#   INPUT_SWEEP       a sweep family (openrouter-ts, openrouter-python): sweep its releases instead of the matrix
#   INPUT_RELEASES    the releases to sweep (all, latest-per-minor, a list or a semver range); default latest-per-minor
# Outputs, appended to $GITHUB_OUTPUT: verdict=passed|failed|incomplete, report=<absolute report directory>.
#
# Unsharded, this is `imagegen-conformance matrix` and exits with its code (non-zero when the gate fails).
# `matrix` has no --shard, so a shard is `run --shard i/n` over the same implementations (the reference and the
# SDK entries) with matrix's fixed seed, so that `report merge` accepts the shards as one run. A shard is not
# gated, nor fuzzed: gating one shard against the whole baseline would call every other shard's entries stale,
# and the fuzz campaign writes no log to merge. It fails only when it could not run to the end; the merge job
# gates the merged logs (`baseline check --log … --log …`, see the README).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli=(node "$root/apps/cli/bin/imagegen-conformance.js")
report_dir="${INPUT_REPORT_DIR:-reports/matrix}"
fuzz_runs="${INPUT_FUZZ_RUNS:-200}"
baseline="${INPUT_BASELINE:-}"
shard="${INPUT_SHARD:-}"
sweep="${INPUT_SWEEP:-}"
releases="${INPUT_RELEASES:-latest-per-minor}"
read -r -a sdks <<<"$(printf '%s' "${INPUT_SDK:-}" | tr ',\n\t\r' '    ')"

output() {
  echo "$1"
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1" >>"$GITHUB_OUTPUT"; fi
}

args=()
if [ -n "$sweep" ]; then
  # A sweep measures releases and has no gate: its verdict is whether it measured them all (report merge joins shards).
  args=(sweep --sdk "$sweep" --releases "$releases" --report-dir "$report_dir")
  if [ -n "$shard" ]; then args+=(--shard "$shard"); fi
elif [ -n "$shard" ]; then
  # An empty list means every entry, as matrix reads it; run needs them named.
  if [ "${#sdks[@]}" -eq 0 ]; then
    listed="$("${cli[@]}" list impls)" || { output "verdict=incomplete"; echo "::error title=imagegen-conformance::list impls failed"; exit 2; }
    mapfile -t sdks < <(printf '%s\n' "$listed" | awk '$2 == "--sdk" { print $1 }')
    # An empty list would check the reference alone and read as a pass.
    if [ "${#sdks[@]}" -eq 0 ]; then output "verdict=incomplete"; echo "::error title=imagegen-conformance::list impls named no SDK entry"; exit 2; fi
  fi
  args=(run --impl reference)
  for id in ${sdks[@]+"${sdks[@]}"}; do args+=(--sdk "$id"); done
  args+=(--shard "$shard" --seed 1 --report-dir "$report_dir")
  if [ -n "$baseline" ] || [ "$fuzz_runs" != "0" ]; then
    echo "::notice title=imagegen-conformance shard $shard::a shard is neither gated nor fuzzed; the job that merges the shards gates them (baseline check --log …)"
  fi
else
  args=(matrix)
  for id in ${sdks[@]+"${sdks[@]}"}; do args+=(--sdk "$id"); done
  args+=(--report-dir "$report_dir" --fuzz-runs "$fuzz_runs")
  if [ -n "$baseline" ]; then args+=(--baseline "$baseline"); fi
fi

# A summary.json left from an earlier run must not give this one its verdict.
rm -f "$report_dir/summary.json"
echo "+ imagegen-conformance ${args[*]}"
"${cli[@]}" "${args[@]}"
code=$?

# The verdict: the gate's, by the exit code, when there is a gate; else every implementation conformant, by the
# report. Either way, a report that says it is incomplete (or none at all: a usage error), or a run in which an SDK
# asked for could not start (exit 4), is no verdict.
summary="$report_dir/summary.json"
verdict=incomplete
if [ -n "$sweep" ]; then
  if [ "$code" -eq 0 ]; then verdict=measured; fi
elif [ -f "$summary" ] && [ "$code" -ne 3 ] && [ "$code" -ne 4 ]; then
  verdict="$(node -e '
    const summary = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const gated = process.argv[2] === "gated";
    const conformant = summary.implementations.every((implementation) => implementation.verdict === "conformant");
    console.log(!summary.complete ? "incomplete" : (gated ? process.argv[3] === "0" : conformant) ? "passed" : "failed");
  ' "$summary" "$([ -n "$baseline" ] && [ -z "$shard" ] && echo gated)" "$code")" || verdict=incomplete
fi
output "verdict=$verdict"
if [ -d "$report_dir" ]; then output "report=$(cd "$report_dir" && pwd)"; else output "report=$report_dir"; fi

# A shard that ran to the end has done its part, whatever its verdicts (0, or 1: not conformant) — only when its
# report says so: a crash also exits 1, and leaves no complete summary.
if [ -n "$shard" ] && [ "$code" -eq 1 ] && [ "$verdict" != "incomplete" ]; then exit 0; fi
exit "$code"
