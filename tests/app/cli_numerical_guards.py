"""Numerical guards end to end (issue 10): the default scenario run with sim.replications = 1 and 2
writes no forbidden NaN. In the results file a KPI may be NaN only if its column declares when it is
undefined (kpi attribute `undefined_when`), a series cell only where its declared base column
(`undefined_when_zero`) is 0; nothing is infinite and no stock, count, money or hours is negative.

usage: /usr/bin/python3 cli_numerical_guards.py REGIOSIM WORKDIR
"""
import os
import shutil
import subprocess
import sys

import h5py
import numpy as np


def text(values):
    return [v.decode() if isinstance(v, bytes) else str(v) for v in values]


def check_file(path):
    problems = []
    undefined_kpis = set()
    with h5py.File(path, "r") as f:
        for name in text(f["scenarios"].attrs["order"]):
            g = f["scenarios"][name]
            kpi = g["kpi"][()]
            columns = text(g["kpi"].attrs["columns"])
            when = text(g["kpi"].attrs["undefined_when"])
            assert len(when) == len(columns), "undefined_when must have one entry per KPI"
            for k, column in enumerate(columns):
                values = kpi[:, k]
                if np.isinf(values).any():
                    problems.append(f"{name}: KPI {column} is infinite")
                if np.isnan(values).any():
                    if not when[k]:
                        problems.append(f"{name}: KPI {column} is NaN but is declared always defined")
                    undefined_kpis.add(column)
                if (values[~np.isnan(values)] < 0).any():
                    problems.append(f"{name}: KPI {column} is negative")
            for group in ("timeseries", "curves"):
                for series, ds in g[group].items():
                    values = ds[()].astype(float)
                    cols = text(ds.attrs["columns"])
                    bases = text(ds.attrs["undefined_when_zero"]) if "undefined_when_zero" in ds.attrs else [""] * len(cols)
                    for c, column in enumerate(cols):
                        v = values[:, :, c]
                        allowed = np.zeros_like(v, dtype=bool)
                        if bases[c]:
                            allowed = values[:, :, cols.index(bases[c])] == 0
                        if (np.isnan(v) & ~allowed).any():
                            problems.append(f"{name}: {group}/{series} column {column} has a NaN that is not declared")
                        if np.isinf(v).any():
                            problems.append(f"{name}: {group}/{series} column {column} is infinite")
                        if (v[~np.isnan(v)] < 0).any():
                            problems.append(f"{name}: {group}/{series} column {column} is negative")
    return problems, undefined_kpis


def main():
    regiosim, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    failures = []
    for replications in (1, 2):
        out = os.path.join(work, f"default-{replications}.h5")
        run = subprocess.run([regiosim, "run", "--force", "--set", f"sim.replications={replications}", "--threads", "2",
                              "--quiet", "--out", out], capture_output=True, text=True)
        if run.returncode != 0:
            failures.append(f"replications={replications}: exit {run.returncode}\n{run.stderr}")
            continue
        problems, undefined = check_file(out)
        failures += [f"replications={replications}: {p}" for p in problems]
        print(f"replications={replications}: undefined KPIs (declared): {sorted(undefined)}")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("ok: no forbidden NaN, infinity or negative value")


if __name__ == "__main__":
    main()
