"""`regiosim run` names its default output after the scenario file (and -vs-<baseline file>), never
replaces an existing file without --force (one line, exit 2, the file untouched), and `summary`,
`report` and `export` say what a findings file is instead of failing on it.

usage: /usr/bin/python3 cli_output_names.py REGIOSIM TESTS_APP_DIR WORKDIR
"""
import os
import shutil
import subprocess
import sys


def run(args, cwd, expect=0):
    p = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    assert p.returncode == expect, (args, p.returncode, p.stdout, p.stderr)
    return p


def main():
    regiosim, here, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    tiny = os.path.join(work, "my-town.toml")
    shutil.copy(os.path.join(here, "bad_inputs", "tiny.toml"), tiny)  # its name is "tiny", its file my-town
    other = os.path.join(work, "other.toml")
    with open(os.path.join(here, "bad_inputs", "tiny.toml"), encoding="utf-8") as f:
        text = f.read().replace('name = "tiny"', 'name = "other-town"')
    with open(other, "w", encoding="utf-8") as f:
        f.write(text)

    # Named after the file, not after the scenario's name.
    p = run([regiosim, "run", tiny, "--quiet"], work)
    out = os.path.join(work, "results", "my-town.h5")
    assert os.path.exists(out) and "results: results/my-town.h5" in p.stdout, p.stdout
    # --baseline: after both files.
    run([regiosim, "run", tiny, "--baseline", other, "--quiet"], work)
    assert os.path.exists(os.path.join(work, "results", "my-town-vs-other.h5"))
    # An existing file is kept: one line, exit 2, nothing run.
    before = os.stat(out).st_mtime_ns
    p = run([regiosim, "run", tiny, "--quiet"], work, expect=2)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "results/my-town.h5 exists" in lines[0] and "--force" in lines[0], p.stderr
    assert os.stat(out).st_mtime_ns == before
    # --force replaces it.
    run([regiosim, "run", tiny, "--quiet", "--force"], work)
    assert os.stat(out).st_mtime_ns != before
    # The same for an explicit --out.
    p = run([regiosim, "run", tiny, "--quiet", "--out", "results/my-town.h5"], work, expect=2)
    assert "exists" in p.stderr, p.stderr

    # A findings file: summary says what it is, export writes its table, report says what it is.
    findings = os.path.join(work, "findings.h5")
    p = subprocess.run([regiosim, "findings", tiny, "--draws", "10", "--replications", "1", "--only",
                        "trial_placements_raise_outflow", "--quiet", "--out", findings], cwd=work, capture_output=True,
                       text=True)
    assert os.path.exists(findings), (p.returncode, p.stdout, p.stderr)
    s = run([regiosim, "summary", findings], work)
    assert "trial_placements_raise_outflow" in s.stdout and "claims hold under the priors" in s.stdout, s.stdout
    assert " of 10 draws)" in s.stdout, s.stdout
    e = run([regiosim, "export", findings, "--csv", os.path.join(work, "fcsv"), "--quiet"], work)
    assert os.path.exists(os.path.join(work, "fcsv", "findings.csv")), e.stdout
    r = run([regiosim, "report", findings, "--out", os.path.join(work, "frep")], work, expect=2)
    assert "a findings file" in r.stderr, r.stderr
    print("output names, --force and findings files: ok")


if __name__ == "__main__":
    main()
