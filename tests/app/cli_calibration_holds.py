#!/usr/bin/env python3
"""A shipped calibration still holds: the model with the parameter table's defaults reproduces the
calibration's targets.

Usage: cli_calibration_holds.py REGIOSIM CALIBRATION.toml WORKDIR REPLICATIONS

The calibrated values are the defaults of the parameter table (their source names the calibration
file), so the base scenario with the calibration's [set] is run as it is, on seeds used neither in
fitting nor in the calibration's own held-out check (sim.seed is replaced), for REPLICATIONS runs.
Each target's mean over the runs must lie within the target's tolerance. A change of the model that
moves a calibrated statistic out of its tolerance fails here: rerun the calibration and update the
defaults (README, section Calibration).
"""
import json
import math
import pathlib
import shutil
import subprocess
import sys
import tomllib

# Seeds of this check: not the base scenarios' sim.seed (fitting and held-out replications of the
# optimisers) and not derived from method.seed (ABC-SMC).
CHECK_SEED = 777_000_001


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise SystemExit(f"unsupported [set] value {v!r}")


def main():
    regiosim, calibration, work, replications = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), int(sys.argv[4])
    with open(calibration, "rb") as f:
        cal = tomllib.load(f)
    base = (calibration.parent / cal["scenario"]).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out = work / "check.h5"
    # A scenario that extends the base keeps its values but not its variants: only the baseline is
    # part of the calibration.
    only_base = work / "base.toml"
    only_base.write_text(f"schema_version = 1\nextends = {json.dumps(str(base))}\n")
    cmd = [regiosim, "run", "--force", str(only_base), "--out", str(out), "--replications", str(replications), "--seed", str(CHECK_SEED)]
    for key, value in cal.get("set", {}).items():
        cmd += ["--set", f"{key}={toml_value(value)}"]
    print("$", " ".join(cmd), flush=True)
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
        raise SystemExit(f"run failed with exit code {run.returncode}")
    summary = json.loads(subprocess.run([regiosim, "summary", str(out), "--json"], capture_output=True, text=True, check=True).stdout)
    baseline = next(s for s in summary["scenarios"] if s["role"] == "baseline")
    failed = 0
    print(f"{calibration.name}: {replications} runs on seeds not used in the calibration (sim.seed = {CHECK_SEED})")
    print(f"{'target':34} {'value':>10} {'tolerance':>10} {'simulated':>10} {'95% interval':>22}  ok")
    for kpi, t in cal["targets"].items():
        k = baseline["kpis"][kpi]
        mean = k["mean"]
        ok = mean is not None and math.isfinite(mean) and abs(mean - t["value"]) <= t["tolerance"]
        interval = "" if k["ci_low"] is None else f"{k['ci_low']:.4g} to {k['ci_high']:.4g}"
        print(f"{kpi:34} {t['value']:>10.4g} {t['tolerance']:>10.4g} {mean:>10.4g} {interval:>22}  {'yes' if ok else 'NO'}")
        failed += not ok
    if failed:
        raise SystemExit(f"{failed} of {len(cal['targets'])} targets outside their tolerance: the calibration no longer holds")
    print(f"{len(cal['targets'])} of {len(cal['targets'])} targets within tolerance")


if __name__ == "__main__":
    main()
