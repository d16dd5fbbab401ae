"""Acceptance (issue 2): `regiosim run --threads 1` and `--threads 2` with the same seed write bitwise
identical datasets. Every dataset in both files is compared byte for byte (floats in compound rows by bit pattern,
strings by value); the
root attributes that describe the run itself (threads, command line, time) may differ.

usage: /usr/bin/python3 cli_determinism.py REGIOSIM SCENARIO WORKDIR
"""
import os
import subprocess
import sys

import h5py

from h5_content import content, datasets


def main():
    regiosim, scenario, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    files = []
    for threads in (1, 2):
        out = os.path.join(work, f"threads{threads}.h5")
        subprocess.run([regiosim, "run", "--force", scenario, "--threads", str(threads), "--out", out, "--quiet"],
                       check=True, stdout=subprocess.DEVNULL)
        files.append(out)
    with h5py.File(files[0], "r") as a, h5py.File(files[1], "r") as b:
        assert a.attrs["threads"] == 1 and b.attrs["threads"] == 2, "thread counts not recorded"
        da, db = datasets(a), datasets(b)
        assert sorted(da) == sorted(db), f"different datasets: {sorted(set(da) ^ set(db))}"
        assert any(name.endswith("/events") for name in da), "no event history written"
        for name in sorted(da):
            assert da[name].dtype == db[name].dtype, f"{name}: dtype differs"
            assert da[name].shape == db[name].shape, f"{name}: shape differs"
            assert content(da[name]) == content(db[name]), f"{name}: contents differ between 1 and 2 threads"
        print(f"{len(da)} datasets identical with 1 and 2 threads")


if __name__ == "__main__":
    main()
