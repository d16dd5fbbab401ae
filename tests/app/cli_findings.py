"""regiosim findings evaluates the claims under the priors and reports each one's share of draws and
verdict, consistently in the printed table and the file. It checks the reporting, not that the claims
hold: a claim that does not hold is a result.

usage: /usr/bin/python3 cli_findings.py REGIOSIM SCENARIO WORKDIR
"""
import os
import re
import shutil
import subprocess
import sys

import h5py


def main():
    regiosim, scenario, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    out = os.path.join(work, "findings.h5")
    ids = ["intensive_employer_contact_raises_outflow", "guidance_not_lks_decides"]
    r = subprocess.run([regiosim, "findings", scenario, "--draws", "10", "--replications", "1", "--quiet",
                        "--only", ",".join(ids), "--out", out], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    lines = {l.split()[0]: l for l in r.stdout.splitlines() if l.split() and l.split()[0] in ids}
    assert sorted(lines) == sorted(ids), r.stdout
    with h5py.File(out, "r") as f:
        assert int(f["findings"].attrs["draws"]) == 10
        table = f["findings/table"][()]
        assert [x.decode() for x in table["id"]] == ids
        for row in table:
            fid = row["id"].decode()
            n, holds_in, passed = int(row["n"]), int(row["holds_in"]), int(row["passed"])
            assert 0 < n <= 10 and 0 <= holds_in <= n
            assert passed == (1 if holds_in >= 0.9 * n else 0), f"{fid}: verdict does not follow the share"
            assert row["low"] <= row["mean"] <= row["high"]
            line = lines[fid]
            assert re.search(rf"\b{holds_in} of {n}\b", line), line
            assert ("does not hold" not in line) == bool(passed), line
    assert re.search(r"\n\d+ of 2 claims hold under the priors\n", r.stdout), r.stdout
    assert "decided most by:" in r.stdout
    print(r.stdout)


if __name__ == "__main__":
    main()
