#!/usr/bin/env bash
# Sweep throughput: the same sweep of the default region run by one process and under
# `mpirun -np N`, in runs per second. A benchmark, not a test: it prints figures.
#
#   bench/sweep_throughput.sh [POINTS] [REPLICATIONS] [RANKS]     (defaults 20 10 2: 200 runs)
#
# Needs a build (./build.sh build). The two result files must be identical (checked with h5diff).
set -euo pipefail
cd "$(dirname "$0")/.."
points=${1:-20}
reps=${2:-10}
ranks=${3:-2}
regiosim=${REGIOSIM:-build/app/regiosim}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
values=$(seq -s ", " 1 "$points")
cat > "$work/bench-sweep.toml" <<TOML
schema_version = 1
name = "throughput"
scenario = "$PWD/scenarios/default.toml"
design = "grid"
replications = $reps
kpis = ["placements"]
[[factor]]
key = "policy.aftercare.weeks"
values = [$values]
TOML
runs=$((points * reps))
echo "sweep of $runs runs of the default region ($points points x $reps replications), $(nproc) cores"
t0=$(date +%s.%N)
"$regiosim" sweep "$work/bench-sweep.toml" --out "$work/plain.h5" --quiet >/dev/null
t1=$(date +%s.%N)
mpirun --allow-run-as-root --oversubscribe -np "$ranks" "$regiosim" sweep "$work/bench-sweep.toml" \
  --out "$work/mpi.h5" --quiet --threads "$(( ($(nproc) + ranks - 1) / ranks ))" >/dev/null
t2=$(date +%s.%N)
h5diff "$work/plain.h5" "$work/mpi.h5" /sweep/runs >/dev/null && same=identical || same=DIFFERENT
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$runs" -v r="$ranks" -v s="$same" 'BEGIN {
  printf "single process : %7.1f s  %6.2f runs/s\n", b - a, n / (b - a);
  printf "mpirun -np %-3d : %7.1f s  %6.2f runs/s  (speed-up %.2f; /sweep/runs %s)\n", r, c - b, n / (c - b), (b - a) / (c - b), s }'
