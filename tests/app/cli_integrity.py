"""Output integrity (issue 10): every file carries a content digest and every dataset a CRC-32 of
its content; `regiosim summary` verifies both and refuses a damaged file. For datasets of each kind
(KPI matrix, compressed time series, compound record table, sweep table) one byte in the middle of
its stored data is flipped in a copy of the file; summary must exit 2 saying the digest does not
match. With the digest then rewritten to match (damage that happened before the file was
finished), the dataset's CRC must catch it: exit 2 naming that dataset. The intact file is accepted.

usage: /usr/bin/python3 cli_integrity.py REGIOSIM TESTS_APP_DIR WORKDIR
"""
import os
import shutil
import subprocess
import sys

import h5py

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from file_digest import stamp  # noqa: E402


def data_range(path, name):
    """(offset, size) of a dataset's stored data in the file (HDF5's addresses start after the user block)."""
    with h5py.File(path, "r") as f:
        ds = f[name]
        assert "checksum" in ds.attrs and ds.attrs["checksum"].startswith("crc32:"), f"{name}: no checksum attribute"
        if ds.chunks is None:
            return f.userblock_size + ds.id.get_offset(), ds.id.get_storage_size()
        info = ds.id.get_chunk_info(0)
        return f.userblock_size + info.byte_offset, info.size


def flipped_copy(path, name, work):
    offset, size = data_range(path, name)
    assert offset is not None and size > 0, f"{name}: no stored data"
    damaged = os.path.join(work, "damaged-" + name.strip("/").replace("/", "_") + ".h5")
    shutil.copyfile(path, damaged)
    with open(damaged, "r+b") as f:
        f.seek(offset + size // 2)
        byte = f.read(1)
        f.seek(offset + size // 2)
        f.write(bytes([byte[0] ^ 0x10]))
    return damaged


def summary(regiosim, path):
    return subprocess.run([regiosim, "summary", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def main():
    regiosim, tests, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    results = os.path.join(work, "small.h5")
    subprocess.run([regiosim, "run", "--force", os.path.join(tests, "small.toml"), "--out", results, "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)
    sweep = os.path.join(work, "sweep.h5")
    subprocess.run([regiosim, "sweep", "--force", os.path.join(tests, "small-sweep.toml"), "--out", sweep, "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)
    for path in (results, sweep):
        ok = summary(regiosim, path)
        assert ok.returncode == 0, ok.stderr
        with h5py.File(path, "r") as f:
            names = []
            f.visititems(lambda n, o: names.append(n) if isinstance(o, h5py.Dataset) else None)
            missing = [n for n in names if "checksum" not in f[n].attrs]
            assert not missing, f"datasets without checksum: {missing}"
        print(f"{os.path.basename(path)}: {len(names)} datasets, all with a checksum; summary accepts the intact file")
    cases = [(results, "/scenarios/small/kpi"), (results, "/scenarios/small/timeseries/stocks"),
             (results, "/scenarios/small/spells"), (results, "/scenarios/caseload_40/persons"),
             (results, "/scenarios/caseload_40/seeds"),
             (sweep, "/sweep/runs"), (sweep, "/sweep/timeseries/employment")]
    for path, name in cases:
        damaged = flipped_copy(path, name, work)
        r = summary(regiosim, damaged)
        assert r.returncode == 2, f"{name}: exit {r.returncode}, expected 2\n{r.stdout}\n{r.stderr}"
        assert "damaged: content digest does not match" in r.stderr, f"{name}: {r.stderr}"
        assert r.stdout == "", f"{name}: printed results from a damaged file"
        print(f"flipped a byte in {name}: exit 2, {r.stderr.strip()}")
        stamp(damaged)
        r = summary(regiosim, damaged)
        assert r.returncode == 2, f"{name}: exit {r.returncode}, expected 2\n{r.stdout}\n{r.stderr}"
        assert name in r.stderr and "damaged" in r.stderr, f"{name}: message does not name it: {r.stderr}"
        assert r.stdout == "", f"{name}: printed results from a damaged file"
        print(f"... with the digest rewritten: exit 2, {r.stderr.strip()}")


if __name__ == "__main__":
    main()
