"""Bad input to `regiosim report` and `regiosim export` exits 2 with a message naming the file; a
missing analysis package or Python exits 1 with a message that says what to do.

usage: /usr/bin/python3 check_bad_input.py REGIOSIM WORKDIR
"""

import os
import subprocess
import sys


def run(args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(args, capture_output=True, text=True, timeout=60, env=e)


def main():
    regiosim, work = sys.argv[1:3]
    os.makedirs(work, exist_ok=True)
    missing = os.path.join(work, "missing.h5")
    not_hdf5 = os.path.join(work, "not-hdf5.h5")
    with open(not_hdf5, "w") as f:
        f.write("this is not an HDF5 file\n")
    out = os.path.join(work, "out")
    for command, flag in (("report", "--out"), ("export", "--csv")):
        for path in (missing, not_hdf5):
            r = run([regiosim, command, path, flag, out])
            assert r.returncode == 2, (command, path, r.returncode, r.stderr)
            assert os.path.basename(path) in r.stderr and f"regiosim {command}" in r.stderr, r.stderr
        r = run([regiosim, command])
        assert r.returncode == 2 and "usage" in r.stderr, (command, r.returncode, r.stderr)
        r = run([regiosim, command, "--help"])
        assert r.returncode == 0 and f"regiosim {command}" in r.stdout, (command, r.returncode, r.stdout)
    r = run([regiosim, "report", missing, "--out", out, "--lang", "de"])
    assert r.returncode == 2 and "--lang" in r.stderr, (r.returncode, r.stderr)
    r = run([regiosim, "report", missing, "--out", out], env={"REGIOSIM_ANALYSIS_DIR": os.path.join(work, "nowhere")})
    assert r.returncode == 1 and "REGIOSIM_ANALYSIS_DIR" in r.stderr, (r.returncode, r.stderr)
    r = run([regiosim, "report", missing, "--out", out], env={"REGIOSIM_PYTHON": os.path.join(work, "no-python")})
    assert r.returncode == 1 and "python3-matplotlib" in r.stderr, (r.returncode, r.stderr)
    print("bad input: ok")


if __name__ == "__main__":
    main()
