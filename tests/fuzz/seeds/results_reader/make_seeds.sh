#!/bin/sh
# Writes the seed corpus of the results-reader fuzz targets (tests/fuzz/results_reader_fuzz.cc):
# real outputs of regiosim, a results file and a sweep file of a tiny region. Run it after a
# change to the file format (the test "fuzz seeds are files of this version" fails until then):
#   tests/fuzz/seeds/results_reader/make_seeds.sh build/app/regiosim
set -eu
regiosim=$(realpath "$1")
cd "$(dirname "$0")"
"$regiosim" run seed-run.toml --out seed-results.h5 --force --quiet >/dev/null
"$regiosim" sweep seed-sweep.toml --out seed-sweep.h5 --force --quiet >/dev/null
ls -l seed-results.h5 seed-sweep.h5
