"""`regiosim summary --json` is valid JSON with every KPI (mean, ci_low, ci_high) per scenario and
the paired difference of each variant from the baseline; `run` prints the table and the file path.

usage: /usr/bin/python3 cli_summary_json.py REGIOSIM SCENARIO WORKDIR
"""
import json
import os
import re
import subprocess
import sys

KPIS = ["placements", "placement_rate_26w", "sustained_rate_52w", "median_weeks_to_placement",
        "outflow_off_benefit", "dropouts", "cost_instruments_eur", "cost_staff_eur", "benefit_paid_eur",
        "cost_per_sustained_placement_eur"]


def main():
    regiosim, scenario, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, "summary.h5")
    run = subprocess.run([regiosim, "run", "--force", scenario, "--out", out, "--quiet", "--replications", "2"],
                         check=True, capture_output=True, text=True)
    assert "placements" in run.stdout and f"results: {out}" in run.stdout, run.stdout
    text = subprocess.run([regiosim, "summary", out, "--json"], check=True, capture_output=True, text=True).stdout
    doc = json.loads(text)
    names = [s["name"] for s in doc["scenarios"]]
    assert names == ["small", "caseload_40"], names
    for s in doc["scenarios"]:
        assert s["replications"] == 2
        assert s["content_hash"].startswith("sha256:")
        for k in KPIS:
            v = s["kpis"][k]
            assert set(v) >= {"mean", "ci_low", "ci_high"}, (k, v)
            assert v["mean"] is None or (v["ci_low"] is None or v["ci_low"] <= v["mean"] <= v["ci_high"]), (k, v)
    units = {"placements": "placements", "sustained_rate_52w": "share", "cost_staff_eur": "EUR",
             "median_weeks_to_placement": "weeks"}
    for k, unit in units.items():
        assert doc["scenarios"][0]["kpis"][k]["unit"] == unit, (k, doc["scenarios"][0]["kpis"][k])
    diff = doc["scenarios"][1]["difference_from_baseline"]
    assert set(KPIS) <= set(diff), sorted(diff)
    for k in KPIS:
        d = diff[k]
        expected = ("too_few_replications" if d["ci_low"] is None else "higher" if d["ci_low"] > 0 else
                    "lower" if d["ci_high"] < 0 else "no_demonstrable_difference")
        assert d["verdict"] == expected and d["unit"] == doc["scenarios"][0]["kpis"][k]["unit"], (k, d)
    # The text table: no "-0.000"; every value starts in its column (no cell runs into the next).
    table = subprocess.run([regiosim, "summary", out], check=True, capture_output=True, text=True).stdout
    signed_zero = re.search(r"[+-]0(\.0+)?(?=[\s),]|$)", table, flags=re.M)
    assert signed_zero is None, (signed_zero.group(0), table)
    lines = table.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("KPI (mean"))
    header = lines[head + 1]
    starts = [header.index(name) for name in names]
    for line in lines[head + 2: head + 2 + len(KPIS)]:
        for at in starts:
            assert line[at - 1] == " " and line[at] != " ", (line, at)
    bad = subprocess.run([regiosim, "summary", os.path.join(work, "missing.h5")], capture_output=True, text=True)
    assert bad.returncode == 2 and "missing.h5" in bad.stderr, (bad.returncode, bad.stderr)
    print("summary --json: ok")


if __name__ == "__main__":
    main()
