"""`regiosim export RESULTS.h5 --csv DIR` writes CSV files with the expected columns and values.

usage: /usr/bin/python3 check_export.py REGIOSIM RESULTS.h5 WORKDIR
"""

import csv
import os
import shutil
import subprocess
import sys

import h5py
import numpy as np


def read(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    return rows[0], rows[1:]


def main():
    regiosim, results, work = sys.argv[1:4]
    out = os.path.join(work, "csv")
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([regiosim, "export", results, "--csv", out], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, (run.returncode, run.stderr)

    with h5py.File(results, "r") as f:
        names = [n.decode() if isinstance(n, bytes) else n for n in f["scenarios"].attrs["order"]]
        kpi_cols = [c.decode() if isinstance(c, bytes) else c for c in f["scenarios"][names[0]]["kpi"].attrs["columns"]]
        kpi0 = f["scenarios"][names[0]]["kpi"][()]
        tiles = f["scenarios"][names[0]]["timeseries"]["stocks_by_tile"]
        tile_cols = [c.decode() if isinstance(c, bytes) else c for c in tiles.attrs["columns"]]
        tile_values = tiles[()]
        series = list(f["scenarios"][names[0]]["timeseries"].keys())

    head, rows = read(os.path.join(out, "scenarios.csv"))
    assert head == ["scenario", "role", "description", "replications", "content_hash"], head
    assert [r[0] for r in rows] == names, rows

    head, rows = read(os.path.join(out, "kpis.csv"))
    assert head == ["scenario", "replication"] + kpi_cols, head
    first = [r for r in rows if r[0] == names[0]]
    assert len(first) == kpi0.shape[0]
    # Undefined KPIs (NaN) are empty cells.
    np.testing.assert_allclose([float(v) if v else np.nan for v in first[0][2:]], kpi0[0], rtol=1e-9)

    head, rows = read(os.path.join(out, "kpi_summary.csv"))
    assert head == ["scenario", "kpi", "unit", "n", "mean", "ci_low", "ci_high"], head
    assert len(rows) == len(names) * len(kpi_cols)

    if len(names) > 1:
        head, rows = read(os.path.join(out, "kpi_differences.csv"))
        assert head == ["scenario", "baseline", "kpi", "unit", "n", "difference", "ci_low", "ci_high", "verdict"], head
        verdicts = {r[-1] for r in rows}
        assert verdicts <= {"higher", "lower", "no_demonstrable_difference", "too_few_replications"}, verdicts
        for r in rows:
            if r[-1] == "no_demonstrable_difference":
                assert float(r[6]) <= 0 <= float(r[7]), r

    for name in series:
        assert os.path.exists(os.path.join(out, f"timeseries_{name}.csv")), name
    head, rows = read(os.path.join(out, "timeseries_stocks_by_tile.csv"))
    assert head == ["scenario", "replication", "week"] + tile_cols, head
    r0 = [r for r in rows if r[0] == names[0] and r[1] == "0" and r[2] == "5"][0]
    assert [int(v) for v in r0[3:]] == tile_values[0, 5].tolist(), r0

    head, _ = read(os.path.join(out, "parameters.csv"))
    assert head == ["scenario", "key", "value", "unit", "source"], head
    assert not os.path.exists(os.path.join(out, "persons.csv")), "persons.csv without --persons"

    # The person table with --persons: every row of every scenario, labels as text.
    out_persons = os.path.join(work, "csv-persons")
    shutil.rmtree(out_persons, ignore_errors=True)
    subprocess.run([regiosim, "export", results, "--csv", out_persons, "--persons", "--quiet"], check=True, timeout=120)
    with h5py.File(results, "r") as f:
        tables = [f["scenarios"][n]["persons"] for n in names]
        fields = list(tables[0].dtype.names)
        total = sum(t.shape[0] for t in tables)
        first_row = tables[0][0]
    head, rows = read(os.path.join(out_persons, "persons.csv"))
    assert head == ["scenario"] + fields, head
    assert len(rows) == total and {r[0] for r in rows} == set(names), (len(rows), total)
    assert [int(v) for v in rows[0][1:3]] == [int(first_row["replication"]), int(first_row["seeker"])], rows[0]
    assert rows[0][head.index("education")] in ("primary", "lower_secondary", "upper_secondary", "tertiary"), rows[0]

    # Dutch Excel: semicolons and decimal commas.
    out_nl = os.path.join(work, "csv-nl")
    shutil.rmtree(out_nl, ignore_errors=True)
    subprocess.run([regiosim, "export", results, "--csv", out_nl, "--dutch-excel", "--quiet"], check=True)
    head, rows = read(os.path.join(out_nl, "kpi_summary.csv"), delimiter=";")
    assert head[:3] == ["scenario", "indicator", "eenheid"], head
    assert any("," in r[4] for r in rows), rows[:3]
    # Dutch headers and verdicts, and the report's effects in the same words.
    head, rows = read(os.path.join(out_nl, "kpi_differences.csv"), delimiter=";")
    assert head[-1] == "oordeel" and "verschil" in head, head
    assert {r[-1] for r in rows} <= {"hoger", "lager", "geen aantoonbaar verschil", "te weinig herhalingen"}, rows[:3]
    head, rows = read(os.path.join(out_nl, "effects.csv"), delimiter=";")
    assert "verschil per jaar" in head and "verschil in % van de basis" in head, head
    head, rows = read(os.path.join(out_nl, "budget.csv"), delimiter=";")
    assert "onderdeel" in head and {r[2] for r in rows} >= {"benefit", "staff", "net"}, (head, rows[:3])
    print(f"export: ok ({len(os.listdir(out))} files)")


if __name__ == "__main__":
    main()
