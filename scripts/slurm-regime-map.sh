#!/usr/bin/env bash
# A sharded regime map on Slurm: a job array of N tasks (task I runs shard I/N) and a merge job
# that starts when the array is finished.
#
#   scripts/slurm-regime-map.sh submit N DIR -- [bound] FLAGS…   # sbatch the array and the merge
#   scripts/slurm-regime-map.sh shard  N DIR -- [bound] FLAGS…   # one task (SLURM_ARRAY_TASK_ID)
#   scripts/slurm-regime-map.sh merge  N DIR                     # DIR/part-*.json → DIR/map.json
#
# Examples (an η map, a basin map, a bound):
#   scripts/slurm-regime-map.sh submit 64 /scratch/map -- \
#       --depth 2 --eta-range 0.5:1.3 --max-period 8 --max-cell-width 1e-5
#   scripts/slurm-regime-map.sh submit 64 /scratch/basin -- \
#       --depth 2 --eta 1.1 --init-box 0.5:1.2,0.5:1.2 --cells 1024
#   scripts/slurm-regime-map.sh submit 16 /scratch/bound -- \
#       bound --phi quad --box x:3.4:3.5,y:0.4:0.41 --eta-range 0.05:0.6 --max-depth 12
#
# The flags are those of `eoscert regime-map` (η map or basin map), or, after the word
# `bound`, those of `eoscert bound`.
#
# `submit` runs `sbatch --array=0-(N-1)` on this script in `shard` mode, then
# `sbatch --dependency=afterany:JOB` in `merge` mode (afterany: a shard whose cells are partly
# undetermined exits 1 and still writes its part; merge refuses missing parts). Extra sbatch
# options (partition, time, account) go in SBATCH_ARGS, e.g. SBATCH_ARGS="-p short -t 30".
# Each task writes DIR/part-I.json (through a temporary file, so a killed task leaves no part);
# merge writes DIR/map.json and re-verifies it with `eoscert check`. The executable is
# $EOSCERT_BIN (default: eoscert on PATH); DIR must be on a file system all nodes share.
set -euo pipefail
usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 3 ] || usage
mode="$1" n="$2" dir="$3"
shift 3
case "$n" in '' | *[!0-9]* | 0) echo "slurm-regime-map: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac
bin="${EOSCERT_BIN:-eoscert}"
if [ "$mode" != merge ]; then
    [ "${1:-}" = "--" ] || usage
    shift
fi
case "$mode" in
submit)
    mkdir -p "$dir"
    # shellcheck disable=SC2086 # SBATCH_ARGS is a list of options
    job=$(sbatch --parsable ${SBATCH_ARGS:-} --job-name=eoscert-map --array="0-$((n - 1))" \
        --cpus-per-task=1 --output="$dir/slurm-%A_%a.log" "$0" shard "$n" "$dir" -- "$@")
    job="${job%%;*}"
    # shellcheck disable=SC2086
    sbatch --parsable ${SBATCH_ARGS:-} --job-name=eoscert-merge --dependency="afterany:$job" \
        --output="$dir/slurm-merge-%j.log" "$0" merge "$n" "$dir"
    echo "slurm-regime-map: array job $job ($n shards) and its merge submitted; result: $dir/map.json" >&2
    ;;
shard)
    i="${SLURM_ARRAY_TASK_ID:?shard mode runs as a Slurm array task (SLURM_ARRAY_TASK_ID)}"
    mkdir -p "$dir"
    status=0
    cmd=regime-map
    case "${1:-}" in regime-map | bound) cmd="$1"; shift ;; esac
    "$bin" "$cmd" "$@" --shard "$i/$n" --json > "$dir/part-$i.json.tmp" || status=$?
    # 0: the shard's part proved; 1: part of it undetermined (said in the reason); 2: error.
    [ "$status" -le 1 ] || { rm -f "$dir/part-$i.json.tmp"; exit "$status"; }
    mv "$dir/part-$i.json.tmp" "$dir/part-$i.json"
    ;;
merge)
    parts=()
    for ((i = 0; i < n; i++)); do parts+=("$dir/part-$i.json"); done
    # A missing part is named by merge (one line, exit 2).
    status=0
    "$bin" merge "${parts[@]}" --out "$dir/map.json" || status=$?
    [ "$status" -le 1 ] || exit "$status"
    "$bin" check "$dir/map.json"
    ;;
*) usage ;;
esac
