"""The report's virtual evaluation of loonkostensubsidie (analysis/effects.py) gives the numbers of
`regiosim summary --json` (models/virtual_evaluation.h) on the same file, and names the same
evaluated scenario; effects.csv and budget.csv hold the report's numbers.

usage: /usr/bin/python3 check_virtual_evaluation.py REGIOSIM WORKDIR
"""
import json
import math
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "analysis"))

import effects  # noqa: E402
import reportdata as rd  # noqa: E402

SCENARIO = """schema_version = 1
name = "lks26"
[policy]
lks.max_weeks = 26
[sim]
weeks = 104
burn_in_weeks = 26
replications = 3
seed = 7
[region]
job_seekers = 600
employers = 500
[variants.lks52]
label = "LKS 52 weken"
policy.lks.max_weeks = 52
[variants.lks_off]
policy.lks.enabled = false
"""


def main():
    regiosim, work = sys.argv[1:3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    scenario = os.path.join(work, "lks.toml")
    with open(scenario, "w", encoding="utf-8") as f:
        f.write(SCENARIO)
    out = os.path.join(work, "lks.h5")
    subprocess.run([regiosim, "run", scenario, "--out", out, "--quiet"], check=True, capture_output=True)
    doc = json.loads(subprocess.run([regiosim, "summary", out, "--json"], check=True, capture_output=True,
                                    text=True).stdout)
    by_name = {s["name"]: s for s in doc["scenarios"]}
    checked = 0
    with rd.Results.open(out) as res:
        for v in res.variants:
            ve = effects.virtual_evaluation(res, v)
            cpp = by_name[v].get("virtual_evaluation")
            assert (ve is None) == (cpp is None), (v, ve, cpp)
            if ve is None:
                continue
            assert ve.evaluated == cpp["evaluated_scenario"], (v, ve.evaluated, cpp["evaluated_scenario"])
            for k in effects.VE_ROWS:
                a, b = ve.rows[k], cpp[k]
                for x, y in ((a.mean, b["mean"]), (a.low, b["ci_low"]), (a.high, b["ci_high"])):
                    assert (y is None and not math.isfinite(x)) or abs(x - y) <= 1e-6 * max(1.0, abs(y)), (v, k, a, b)
            checked += 1
        # The off arm is evaluated in the baseline (it has the subsidised hires).
        assert effects.virtual_evaluation(res, "lks_off").evaluated == "lks26"
    assert checked == 2, checked
    print(f"virtual evaluation: report and summary agree on {checked} variants")


if __name__ == "__main__":
    main()
