#!/usr/bin/env bash
# Scaling of one replication with the size of the region: the default region scaled to N job
# seekers (employers, account managers and job coaches in the default region's proportions:
# 0.8 employers, 1/625 account managers and 1/250 job coaches per seeker; case managers follow the
# caseload norm; local markets of the default region's 2,500 seekers, region.markets), one thread,
# one run per size. Prints wall and CPU time and CPU cost per seeker-week
# per size, and the exponent b of a least-squares fit cpu = a * N^b on log-log axes (1 = linear).
# CPU time, not wall time, is fitted: on a shared machine the wall time of a one-thread run grows
# with the other load, its CPU time much less.
#
#   bench/scaling.sh [N...]          (default: 2500 10000 100000)
#   THREADS=2 REPEATS=3 bench/scaling.sh 2500 10000
#   WEEKS=52 BURN_IN=52 bench/scaling.sh 10000 100000 1000000   (shorter runs, same cost per seeker-week
#                                                                 figure: minutes instead of half an hour at 1M)
#
# Needs a build (./build.sh build). A benchmark, not a test: wall times on a shared machine vary;
# the exponent is the figure to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
regiosim=${REGIOSIM:-build/app/regiosim}
threads=${THREADS:-1}
repeats=${REPEATS:-1}
horizon=()
if [[ -n "${WEEKS:-}" ]]; then horizon+=(--set sim.weeks="$WEEKS"); fi
if [[ -n "${BURN_IN:-}" ]]; then horizon+=(--set sim.burn_in_weeks="$BURN_IN"); fi
sizes=("$@")
if ((${#sizes[@]} == 0)); then sizes=(2500 10000 100000); fi
rows=()
printf "%10s %10s %10s %10s %14s %14s %10s\n" seekers employers wall_s cpu_s seeker_weeks cpu_us_per_sw peak_mib
for n in "${sizes[@]}"; do
  employers=$(( n * 4 / 5 ))
  ams=$(( (n + 624) / 625 ))
  jcs=$(( (n + 249) / 250 ))
  markets=$(( (n + 1249) / 2500 ))
  markets=$(( markets < 1 ? 1 : markets ))
  out=$("$regiosim" bench --threads "$threads" --repeats "$repeats" --set region.job_seekers="$n" \
        --set region.employers="$employers" --set region.account_managers="$ams" --set region.job_coaches="$jcs" \
        --set region.markets="$markets" ${horizon[@]+"${horizon[@]}"})
  get() { sed -n "s/^bench\.$1=//p" <<<"$out"; }
  wall=$(get "threads$threads.wall_s_median")
  cpu=$(get "threads$threads.cpu_s_median")
  sw=$(get "threads$threads.seeker_weeks")
  rss=$(get peak_rss_mib)
  us=$(awk -v c="$cpu" -v s="$sw" 'BEGIN { printf "%.3f", c / s * 1e6 }')
  printf "%10d %10d %10.2f %10.2f %14.4g %14s %10.0f\n" "$n" "$employers" "$wall" "$cpu" "$sw" "$us" "$rss"
  rows+=("$n $cpu")
done
printf "%s\n" "${rows[@]}" | /usr/bin/python3 -c '
import math, sys
pts = [tuple(map(float, l.split())) for l in sys.stdin if l.strip()]
if len(pts) < 2:
    sys.exit(0)
xs = [math.log(n) for n, _ in pts]
ys = [math.log(w) for _, w in pts]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(f"exponent (log-log fit of CPU time on seekers, {len(pts)} sizes): {b:.3f}")
'
