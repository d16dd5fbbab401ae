"""regiosim run --uncertainty --posterior: the calibrated parameters come jointly from rows of the ABC
posterior sample (each draw's values equal one row's), the other parameters from their priors.

usage: /usr/bin/python3 cli_uncertainty_posterior.py REGIOSIM CALIBRATION_WORKDIR WORKDIR
(CALIBRATION_WORKDIR: where "cli: calibrate recovers known parameters (ABC-SMC)" wrote recovery.h5)
"""
import os
import shutil
import subprocess
import sys

import h5py


def main():
    regiosim, cal_work, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    out = os.path.join(work, "posterior.h5")
    cal = os.path.join(cal_work, "recovery.h5")
    region = os.path.join(cal_work, "recovery-region.toml")
    r = subprocess.run([regiosim, "run", region, "--uncertainty", "12", "--replications", "1", "--set",
                        "sim.replications=2", "--posterior", cal, "--quiet", "--out", out],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "2 calibrated parameters jointly from the posterior sample" in r.stdout, r.stdout
    with h5py.File(out, "r") as f, h5py.File(cal, "r") as c:
        g = f["uncertainty"]
        factors = g["factors"][()]
        keys = [k.decode() for k in factors["key"]]
        sampled = [k for k, p in zip(keys, factors["from_posterior"]) if p]
        assert sorted(sampled) == ["employment.dropout_per_year", "hiring.reservation_score"], sampled
        rows = g["posterior_rows"][()]["row"]
        post = c["calibration/posterior"][()]
        values = g["values"][()]
        assert len(rows) == 12 and len(set(rows)) > 4
        for d, row in enumerate(rows):
            for k in sampled:
                assert values[d, keys.index(k)] == post[row][k], (d, k)
        # The other factors still vary over their priors.
        assert len(set(values[:, keys.index("employment.aftercare_hazard_ratio")])) == 12
    # A file that is not an ABC calibration is refused as bad input.
    bad = subprocess.run([regiosim, "run", region, "--uncertainty", "12", "--posterior", out, "--quiet",
                          "--out", os.path.join(work, "x.h5")], capture_output=True, text=True)
    assert bad.returncode == 2, (bad.returncode, bad.stderr)
    print("posterior rows used jointly; a results file given as --posterior is refused (exit 2)")


if __name__ == "__main__":
    main()
