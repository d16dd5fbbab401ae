"""regiosim compare: the KPI-by-KPI difference of two results files, checked against the files'
own KPI tables. A file against itself differs by exactly 0 everywhere; two settings of one program
with the same seeds are paired, and each interval is the paired t interval of the replications'
differences (recomputed here with numpy); different seeds give Welch's interval; the parameters
that differ are named; a large deterministic effect (twice the case managers' cost) stands beyond
chance; bad arguments exit with code 2 and a message.

usage: /usr/bin/python3 cli_compare.py REGIOSIM SMALL.toml WORKDIR
"""
import json
import math
import os
import shutil
import subprocess
import sys

import h5py
import numpy as np

# Student's t quantile 0.975 with 3 degrees of freedom (4 replications).
T_975_3 = 3.182446305284263


def run(cmd, expect=0):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != expect:
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}, expected {expect}\n{p.stdout}\n{p.stderr}")
    return p


def kpi_table(path, scenario):
    with h5py.File(path, "r") as f:
        g = f["scenarios"][scenario]
        columns = [c.decode() if isinstance(c, bytes) else str(c) for c in g["kpi"].attrs["columns"]]
        return {c: g["kpi"][()][:, k] for k, c in enumerate(columns)}


def main():
    regiosim, small, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    a, b, c = (os.path.join(work, n) for n in ("a.h5", "b.h5", "c.h5"))
    common = [regiosim, "run", small, "-q", "-r", "4", "--threads", "2"]
    run(common + ["-o", a])
    run(common + ["-o", b, "--set", "policy.caseload_per_coach=40"])
    run(common + ["-o", c, "--seed", "12"])

    def compare(x, y, *more):
        return json.loads(run([regiosim, "compare", x, y, "--json", *more]).stdout)

    # A file against itself: paired, every difference exactly 0.
    same = compare(a, a)
    assert [s["name"] for s in same["scenarios"]] == ["small", "caseload_40"], same["scenarios"]
    for s in same["scenarios"]:
        assert s["paired"] and s["excluding_zero"] == 0 and s["beyond_chance"] == 0 and not s["parameters_differ"], s["name"]
        assert s["kpis_compared"] > 40, s["kpis_compared"]
        for k in s["kpis"]:
            if k["low"] is not None:
                assert k["difference"] == 0 and k["low"] == 0 and k["high"] == 0, k

    # Two settings, the same seeds: paired t intervals of the replications' differences.
    two = compare(a, b, "--scenario", "small")
    (s,) = two["scenarios"]
    assert s["paired"], s
    assert [p["key"] for p in s["parameters_differ"]] == ["policy.caseload_per_coach"], s["parameters_differ"]
    ta, tb = kpi_table(a, "small"), kpi_table(b, "small")
    checked = 0
    for k in s["kpis"]:
        d = tb[k["name"]] - ta[k["name"]]
        d = d[np.isfinite(d)]
        assert k["n_a"] == np.isfinite(ta[k["name"]]).sum(), k
        if len(d) < 2:
            assert k["low"] is None and not k["excludes_zero"], k
            continue
        assert math.isclose(k["difference"], d.mean(), rel_tol=1e-12, abs_tol=1e-9), (k, d.mean())
        half = T_975_3 * d.std(ddof=1) / math.sqrt(len(d)) if len(d) == 4 else None
        if half is not None:
            assert math.isclose(k["high"] - k["difference"], half, rel_tol=1e-9, abs_tol=1e-9), (k, half)
            assert math.isclose(k["difference"] - k["low"], half, rel_tol=1e-9, abs_tol=1e-9), (k, half)
            checked += 1
        assert k["excludes_zero"] == (k["low"] > 0 or k["high"] < 0), k
        assert not k["beyond_chance"] or k["excludes_zero"], k
    assert checked > 40, checked
    staff = next(k for k in s["kpis"] if k["name"] == "cost_staff_eur")
    assert staff["beyond_chance"] and staff["relative"] > 0.3, staff
    assert s["beyond_chance"] >= 1 and s["excluding_zero"] >= s["beyond_chance"], s

    # Different seeds: independent samples.
    seeds = compare(a, c, "--scenario", "small")
    (s,) = seeds["scenarios"]
    assert not s["paired"] and [p["key"] for p in s["parameters_differ"]] == ["sim.seed"], s

    # The table as people read it.
    text = run([regiosim, "compare", a, b]).stdout
    for line in ("A: ", "B: ", "scenario small: 4 replications in A, 4 in B; the same seeds, differences paired",
                 "parameters that differ (1): policy.caseload_per_coach 80.0 -> 40.0", "cost_staff_eur",
                 "differs beyond chance", "intervals exclude 0"):
        assert line in text, (line, text)

    # Bad arguments: exit 2 with a message naming the problem.
    for args, message in (([a], "name two results files"),
                          ([a, os.path.join(work, "missing.h5")], "missing.h5: no such file"),
                          ([a, work], "is a directory"),
                          ([a, b, "--scenario", "nope"], "--scenario nope: not a scenario of both files"),
                          ([a, small], "")):
        p = run([regiosim, "compare", *args], expect=2)
        assert message in p.stderr and p.stderr.strip(), (args, p.stderr)
    print("compare: identical, paired, unpaired and bad-argument cases as expected")


if __name__ == "__main__":
    main()
