"""End-to-end tests of `regiosim calibrate` (issue 7):

  cli       a tiny BOBYQA calibration (tests/app/calibration/tiny.toml) writes a calibration file
            with every table and checksums, and the ready scenario next to it (valid, and the same
            text as stored in the file); `regiosim check` accepts the calibration file and the ready
            scenario; `regiosim summary` reads the file (text and --json); the result is identical
            with 1 and 2 threads; a bad calibration file exits 2 and writes nothing.
  recovery  simulate the small recovery region with known values of employment.dropout_per_year
            and hiring.reservation_score (tests/app/calibration/recovery-truth.toml), take the mean
            KPIs as targets, calibrate with ABC-SMC from wide priors
            (tests/app/calibration/recovery.toml) and require the known values inside the 90%
            posterior intervals and posteriors narrower than the priors.

usage: /usr/bin/python3 cli_calibrate.py REGIOSIM TESTS_APP_DIR WORKDIR {cli|recovery}
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time

import h5py
import numpy as np

from h5_content import content, datasets, root_attributes_differ

# Root attributes that describe how (not what) a file was produced.
RUN_ATTRIBUTES = {"created_utc", "command_line", "threads"}


def run(args, expect=0, **kw):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    assert p.returncode == expect, f"{' '.join(args)}: exit {p.returncode}, expected {expect}\n{p.stdout}\n{p.stderr}"
    return p


def same_content(path_a, path_b):
    with h5py.File(path_a, "r") as a, h5py.File(path_b, "r") as b:
        differ = root_attributes_differ(a, b, RUN_ATTRIBUTES)
        assert not differ, f"root attributes differ: {differ}"
        for key in a["calibration"].attrs:
            if key != "calibrated_scenario_file":  # named after the output file
                assert a["calibration"].attrs[key] == b["calibration"].attrs[key], f"/calibration attribute {key} differs"
        da, db = datasets(a), datasets(b)
        assert sorted(da) == sorted(db), f"different datasets: {sorted(set(da) ^ set(db))}"
        for name in da:
            if name == "calibration/calibrated_scenario":  # carries the date it was written
                undated = [re.sub(r"\d{4}-\d{2}-\d{2}", "DATE", d[name].asstr()[()]) for d in (a, b)]
                assert undated[0] == undated[1], f"{name}: content differs"
                continue
            assert content(da[name]) == content(db[name]), f"{name}: content differs"
        return len(da)


def test_cli(regiosim, tests, work):
    cal = os.path.join(tests, "calibration", "tiny.toml")
    out = os.path.join(work, "tiny.h5")
    ready = os.path.join(work, "tiny.scenario.toml")
    p = run([regiosim, "calibrate", "--force", cal, "--out", out, "--threads", "2", "--quiet", "--set", "sim.seed=5"])
    print(p.stdout)
    assert "calibration: tiny (bobyqa, 2 parameters, 2 targets)" in p.stdout
    assert re.search(r"^employment\.dropout_per_year\s", p.stdout, re.M), "parameter table missing"
    assert re.search(r"^placements\s+60\.0\s+10\.0\s", p.stdout, re.M), "target table missing"
    assert "calibrated scenario: " + ready in p.stdout
    assert os.path.exists(out) and os.path.exists(ready)
    assert not [f for f in os.listdir(work) if ".tmp-" in f], "temporary files left behind"

    with h5py.File(out, "r") as f:
        assert f.attrs["file_kind"] == "calibration"
        assert f.attrs["engine"] == "regiosim" and f.attrs["format_version"] == 1
        g = f["calibration"]
        assert g.attrs["method"] == "bobyqa"
        for name in ["definition", "base_scenario", "calibrated_scenario", "parameters", "identifiability", "targets", "trace",
                     "check_runs"]:
            assert name in g, f"/calibration/{name} missing"
        assert "posterior" not in g and "generations" not in g
        for name, ds in datasets(f).items():
            assert str(ds.attrs.get("checksum", "")).startswith("crc32:"), f"{name}: no checksum"
        params = g["parameters"][()]
        keys = [k.decode() for k in params["key"]]
        assert keys == ["employment.dropout_per_year", "policy.aftercare.weeks"], keys
        weeks = params["estimate"][1]
        assert weeks == round(weeks) and 0 <= weeks <= 26, "an integer parameter must be calibrated to a whole number"
        trace = g["trace"][()]
        assert len(trace) == g.attrs["evaluations"] and 1 <= len(trace) <= 8, len(trace)
        assert np.all(trace["policy.aftercare.weeks"] == np.round(trace["policy.aftercare.weeks"]))
        best = int(np.argmin(trace["distance"]))
        assert np.isclose(trace["employment.dropout_per_year"][best], params["estimate"][0], rtol=1e-3)
        ident = g["identifiability"][()]
        assert np.all(np.isnan(ident["posterior_sd"])) and np.all(np.isfinite(ident["prior_sd"]))
        assert np.isfinite(ident["profile_plus"][0]) or np.isfinite(ident["profile_minus"][0])
        targets = g["targets"][()]
        assert [k.decode() for k in targets["kpi"]] == ["placements", "dropouts"]
        runs = g["check_runs"][()]
        sets = [s.decode() for s in runs["set"]]
        assert sets == ["fit"] * 2 + ["holdout"] * 3, sets
        assert len(set(runs["seed"])) == 5, "held-out seeds must differ from the fitting seeds"
        for t, row in enumerate(targets):
            held = runs[targets["kpi"][t].decode()][2:]
            assert np.isclose(row["holdout_mean"], held.mean()), "held-out mean"
            assert row["within_tolerance"] == int(abs(row["holdout_mean"] - row["target"]) <= row["tolerance"])
        stored = g["calibrated_scenario"].asstr()[()]
        assert g["definition"].asstr()[()] == open(cal).read()
    text = open(ready).read()
    assert text == stored, "the ready scenario differs from the text stored in the file"
    assert 'extends = "' in text and "sim.seed = 5\n" in text and "# calibrated: " + cal + ", bobyqa, " in text, text
    assert "ok: " in run([regiosim, "check", cal]).stdout
    assert "ok: " in run([regiosim, "check", ready]).stdout
    s = run([regiosim, "summary", out]).stdout
    assert "calibration: tiny" in s and "held out" in s, s
    j = json.loads(run([regiosim, "summary", out, "--json"]).stdout)
    assert j["kind"] == "calibration" and [p["key"] for p in j["parameters"]] == keys
    # The report on a calibration file: the headline counts the targets met on held-out seeds, every
    # parameter and target has its row, and the chart is written.
    within = int(sum(targets["within_tolerance"]))
    for lang, words in (("nl", f"{within} van de 2 doelcijfers"), ("en", f"{within} of the 2 target figures")):
        rep = os.path.join(work, f"report-{lang}")
        r = run([regiosim, "report", out, "--out", rep, "--lang", lang, "--no-pdf", "--quiet"])
        page = open(os.path.join(rep, "report.html"), encoding="utf-8").read()
        assert words in page, (words, page[:3000])
        assert all(f"<code>{k}</code>" in page for k in keys), "a parameter row is missing"
        assert page.count("<tr><td>") >= len(keys) + 2, "a target row is missing"
        assert os.path.exists(os.path.join(rep, "charts", "targets.svg")), os.listdir(rep)

    # Results do not depend on the thread count.
    out1 = os.path.join(work, "tiny-1thread.h5")
    run([regiosim, "calibrate", "--force", cal, "--out", out1, "--threads", "1", "--quiet", "--set", "sim.seed=5"])
    n = same_content(out, out1)
    print(f"1 and 2 threads: {n} datasets identical")

    # Bad input: exit 2, every problem named, nothing written.
    bad = os.path.join(work, "bad.toml")
    with open(cal) as f:
        text = f.read()
    text = text.replace('name = "bobyqa"', 'name = "bobyqua"').replace("tolerance = 10", 'tolerance = "10"')
    text = text.replace('"../small.toml"', json.dumps(os.path.join(tests, "small.toml")))
    with open(bad, "w") as f:
        f.write(text)
    before = sorted(os.listdir(work))
    p = run([regiosim, "calibrate", "--force", bad, "--out", os.path.join(work, "never.h5")], expect=2)
    assert re.search(r"bad\.toml:\d+:\d+: method\.name: must be one of: bobyqa, subplex, abc-smc", p.stderr), p.stderr
    assert re.search(r"bad\.toml:\d+:\d+: targets\.placements\.tolerance: expected a number", p.stderr), p.stderr
    assert "2 problems; nothing was run or written" in p.stderr, p.stderr
    assert sorted(os.listdir(work)) == before, "bad input wrote files"
    p = run([regiosim, "check", bad], expect=2)
    assert "method.name" in p.stderr
    print("bad calibration file: exit 2, nothing written")


def test_recovery(regiosim, tests, work):
    here = os.path.join(tests, "calibration")
    truth = {"employment.dropout_per_year": 0.35, "hiring.reservation_score": 0.62}
    # 1. Simulate the truth and take its mean KPIs as targets.
    truth_out = os.path.join(work, "truth.h5")
    run([regiosim, "run", "--force", os.path.join(here, "recovery-truth.toml"), "--out", truth_out, "--quiet"])
    kpis = json.loads(run([regiosim, "summary", truth_out, "--json"]).stdout)["scenarios"][0]["kpis"]
    with open(os.path.join(here, "recovery.toml")) as f:
        text = f.read()
    for kpi in ["placements", "sustained_rate_52w", "dropouts"]:
        value = kpis[kpi]["mean"]
        text, n = re.subn(rf"(\[targets\.{kpi}\]\nvalue = )[^\n]+", rf"\g<1>{value:.6g}", text)
        assert n == 1, kpi
        print(f"target {kpi} = {value:.6g}")
    cal = os.path.join(work, "recovery.toml")
    with open(cal, "w") as f:
        f.write(text)
    for name in ["recovery-region.toml"]:
        shutil.copy(os.path.join(here, name), work)
    # 2. Calibrate from wide priors.
    out = os.path.join(work, "recovery.h5")
    start = time.time()
    p = run([regiosim, "calibrate", "--force", cal, "--out", out, "--threads", "2", "--quiet"])
    print(p.stdout)
    print(f"calibration took {time.time() - start:.1f} s")
    # 3. The known values lie inside the 90% posterior intervals, which are narrower than the priors'.
    with h5py.File(out, "r") as f:
        g = f["calibration"]
        assert g.attrs["method"] == "abc-smc"
        ident = {k.decode(): row for k, row in zip(g["identifiability"]["key"], g["identifiability"][()])}
        estimate = {k.decode(): e for k, e in zip(g["parameters"]["key"], g["parameters"]["estimate"])}
        post = g["posterior"][()]
        assert len(post) == 40 and np.isclose(post["weight"].sum(), 1.0)
        gens = g["generations"][()]
        assert len(gens) == 4 and np.all(np.diff(gens["epsilon"][1:]) < 0), "the tolerance schedule must decrease"
        failures = []
        for key, value in truth.items():
            row = ident[key]
            print(f"{key}: truth {value}, estimate {estimate[key]:.4g}, 90% posterior interval "
                  f"[{row['posterior_low']:.4g}, {row['posterior_high']:.4g}] (prior [{row['prior_low']:.4g}, "
                  f"{row['prior_high']:.4g}]), posterior sd / prior sd {row['sd_ratio']:.3f}")
            if not row["posterior_low"] <= value <= row["posterior_high"]:
                failures.append(f"{key}: truth {value} outside the 90% posterior interval")
            if not (row["sd_ratio"] < 0.8 and row["interval_ratio"] < 1.0):
                failures.append(f"{key}: the posterior is not narrower than the prior")
        assert not failures, "; ".join(failures)


def main():
    regiosim, tests, work, mode = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    {"cli": test_cli, "recovery": test_recovery}[mode](regiosim, tests, work)
    print("ok")


if __name__ == "__main__":
    main()
