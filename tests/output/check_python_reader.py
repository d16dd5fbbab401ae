"""Checks analysis/regiosim_results.py against a file written by write_sample_results.

usage: /usr/bin/python3 check_python_reader.py SAMPLE.h5 EXPECTED.json

EXPECTED.json is the helper's own record of every value it handed to ResultsWriter. Exits
non-zero (with the failed assertion) on any mismatch.
"""

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "analysis"))

import regiosim_results as rr  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, "tests", "app"))
from file_digest import USER_BLOCK, stamp  # noqa: E402

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", file=sys.stderr)


def same_floats(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return a.shape == b.shape and np.array_equal(a, b, equal_nan=True)


def check_file(path, expected):
    with rr.open_results(path) as f:
        # Provenance: the known values of tests/output/results_test_support.h.
        p = rr.provenance(f)
        check(p["engine"] == "regiosim", f"engine {p['engine']!r}")
        check(p["format_version"] == 1, "format_version")
        check(p["engine_version"] == "0.1.0", "engine_version")
        check(p["engine_commit"] == "abcdef123456", "engine_commit")
        check(p["created_utc"] == "2026-11-23T10:15:00Z", "created_utc")
        check(p["threads"] == 4, "threads")
        check(p["base_seed"] == 0xFEEDFACECAFEBEEF, "base_seed")
        check(p["replications"] == expected["replications"], "replications")
        check(all(isinstance(f.attrs[k], str) for k in ("engine", "command_line")), "string attributes read as str")

        check(rr.scenario_names(f) == expected["scenarios"], f"scenario_names {rr.scenario_names(f)}")
        reps = expected["replications"]
        weeks = expected["weeks"]

        for name in expected["scenarios"]:
            want = expected["data"][name]
            info = rr.scenario_info(f, name)
            check(info["role"] == want["role"], f"{name}: role")
            check(info["replications"] == reps, f"{name}: replications")
            check(isinstance(info["resolved_scenario"], str) and "[scenario]" in info["resolved_scenario"],
                  f"{name}: resolved_scenario")
            check("\u2014" in info["description"], f"{name}: UTF-8 description")
            params = rr.parameters(f, name)
            check(list(params["key"]) == ["services.caseload", "services.rule", "matching.weights"],
                  f"{name}: parameter keys")
            check(params["value"][1] == '"integral"', f"{name}: parameter value")
            check(list(rr.seeds(f, name)) == want["seeds"], f"{name}: seeds")

            # KPIs: exact values, NaN where written.
            k = rr.kpis(f, name)
            check(list(k.columns) == want["kpi"]["columns"], f"{name}: KPI columns {list(k.columns)}")
            check(list(k.index) == list(range(reps)) and k.index.name == "replication", f"{name}: KPI index")
            check(same_floats(k.to_numpy(), want["kpi"]["values"]), f"{name}: KPI values")
            check(math.isnan(k.loc[1, "placement_rate"]) and not math.isnan(k.loc[0, "placement_rate"]),
                  f"{name}: NaN position")

            # Time series in long form.
            check(rr.series_names(f, name) == list(want["series"]), f"{name}: series names")
            for series, ws in want["series"].items():
                ts = rr.timeseries(f, name, series)
                ncols = len(ws["columns"])
                check(list(ts.columns) == ["replication", "week", "column", "value"], f"{name}/{series}: columns")
                check(len(ts) == reps * weeks * ncols, f"{name}/{series}: rows")
                check(ts.attrs["unit"] == ws["unit"], f"{name}/{series}: unit")
                if ws["integer"]:
                    check(ts["value"].dtype == np.int32, f"{name}/{series}: dtype {ts['value'].dtype}")
                else:
                    check(ts["value"].dtype == np.float64, f"{name}/{series}: dtype {ts['value'].dtype}")
                for rep in range(reps):
                    for week in range(weeks):
                        for c, column in enumerate(ws["columns"]):
                            i = (rep * weeks + week) * ncols + c
                            row = ts.iloc[i]
                            ok = (row["replication"] == rep and row["week"] == week and row["column"] == column
                                  and row["value"] == ws["values"][rep][week * ncols + c])
                            check(ok, f"{name}/{series}: row {i} = {tuple(row)}")

            # Events: labels for enum columns, "none" for -1.
            ev = rr.events(f, name)
            we = want["events"]
            check(ev is not None, f"{name}: events missing")
            if ev is None:
                continue
            check(list(ev.columns) == ["replication"] + we["columns"], f"{name}: event columns {list(ev.columns)}")
            check(len(ev) == len(we["rows"]), f"{name}: event rows {len(ev)} vs {len(we['rows'])}")
            for i, row in enumerate(we["rows"]):
                got = list(ev.iloc[i])
                wanted = [row[0]]
                for c, column in enumerate(we["columns"]):
                    v = row[c + 1]
                    if column in we["labels"]:
                        wanted.append("none" if v == -1 else we["labels"][column][v])
                    else:
                        wanted.append(v)
                check(got == wanted, f"{name}: event row {i}: {got} != {wanted}")
            check(set(ev["kind"]) == {"none", "start", "placement", "exit"}, f"{name}: kind labels")
            check(ev.attrs["descriptions"]["kind"] == "Kind of transition", f"{name}: column description")

        # KPI summary: mean and 95 % t-interval, NaNs left out.
        s = rr.kpi_summary(f)
        check(list(s.index.get_level_values("scenario").unique()) == expected["scenarios"], "summary scenarios")
        for name in expected["scenarios"]:
            want = expected["data"][name]
            for c, kpi in enumerate(want["kpi"]["columns"]):
                values = [row[c] for row in want["kpi"]["values"] if not math.isnan(row[c])]
                n = len(values)
                mean = statistics.fmean(values)
                t = {4: 2.7764451051977987, 3: 3.1824463052842638}[n - 1]  # exact (Boost.Math agrees)
                half = t * statistics.stdev(values) / math.sqrt(n)
                row = s.loc[(name, kpi)]
                check(row["n"] == n, f"summary {name}/{kpi}: n")
                check(math.isclose(row["mean"], mean, rel_tol=1e-12), f"summary {name}/{kpi}: mean")
                check(math.isclose(row["half_width"], half, rel_tol=1e-9), f"summary {name}/{kpi}: half width")
                check(math.isclose(row["lower"], mean - half, rel_tol=1e-9), f"summary {name}/{kpi}: lower")


def check_t_quantiles():
    exact = {1: 12.706205, 2: 4.302653, 10: 2.228139, 30: 2.042272, 31: 2.039513, 40: 2.021075, 60: 2.000298,
             120: 1.979930, 1000: 1.962339}
    # The same quantile as Boost.Math in regiosim summary, to the 6 decimals of the table.
    for df, value in exact.items():
        check(abs(rr.t_quantile_975(df) - value) < 1e-6, f"t_quantile_975({df}) = {rr.t_quantile_975(df)}")
    check(math.isnan(rr.t_quantile_975(0)), "t_quantile_975(0) is NaN")


def check_refusals():
    # The content digest is checked first (verify_digest); behind it, what the file says it is.
    with tempfile.TemporaryDirectory() as d:
        text = os.path.join(d, "notes.h5")
        with open(text, "w") as out:
            out.write("not hdf5\n")
        plain = os.path.join(d, "plain.h5")
        with h5py.File(plain, "w") as out:
            out.attrs["engine"] = "regiosim"
        foreign = os.path.join(d, "foreign.h5")
        with h5py.File(foreign, "w", userblock_size=USER_BLOCK) as out:
            out.attrs["something"] = 1
        stamp(foreign)
        future = os.path.join(d, "future.h5")
        with h5py.File(future, "w", userblock_size=USER_BLOCK) as out:
            out.attrs["engine"] = "regiosim"
            out.attrs["format_version"] = np.int32(2)
        stamp(future)
        for path, message in ((text, "not a regiosim file"), (plain, "has no content digest"),
                              (foreign, "not a regiosim results file"), (future, "format_version 2 is not supported")):
            try:
                rr.open_results(path).close()
                check(False, f"{path} was accepted")
            except rr.RegiosimFileError as e:
                check(message in str(e) and path in str(e), f"message for {path}: {e}")


def check_main(path):
    result = subprocess.run([sys.executable, os.path.join(ROOT, "analysis", "regiosim_results.py"), path],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"__main__ exit {result.returncode}: {result.stderr}")
    check("outflow_to_work" in result.stdout and "half_width" in result.stdout, "__main__ prints the summary")
    result = subprocess.run([sys.executable, os.path.join(ROOT, "analysis", "regiosim_results.py"), __file__],
                            capture_output=True, text=True)
    check(result.returncode == 1 and "not a regiosim file" in result.stderr, "__main__ refuses a non-HDF5 file")


def main(argv):
    if len(argv) != 3:
        print("usage: check_python_reader.py SAMPLE.h5 EXPECTED.json", file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as inp:
        expected = json.load(inp)
    check_file(argv[1], expected)
    check_t_quantiles()
    check_refusals()
    check_main(argv[1])
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("python reader: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
