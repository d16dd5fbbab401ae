"""`regiosim run` names its default output after the scenario file (and -vs-<baseline file>), never
replaces an existing file without --force (one line, exit 2, the file untouched), shows a file name
with control characters escaped; `summary` and
`export` read a findings file, and `report` makes its page (every claim in the reader's language).

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
    # A name with control characters is shown escaped: it cannot recolour the terminal or forge a line.
    odd = "odd\x1b[31m\nresults: elsewhere.h5"
    p = run([regiosim, "run", tiny, "--quiet", "--out", odd], work)
    assert os.path.exists(os.path.join(work, odd)), os.listdir(work)
    assert "results: odd\\x1b[31m\\x0aresults: elsewhere.h5\n" in p.stdout, p.stdout
    assert "\x1b" not in p.stdout, p.stdout
    s = run([regiosim, "summary", odd], work)
    assert "\x1b" not in s.stdout and "odd\\x1b[31m" in s.stdout, s.stdout
    p = run([regiosim, "run", tiny, "--quiet", "--out", odd], work, expect=2)
    assert "\x1b" not in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr

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
    findings_report(regiosim, work, here)
    levels_report(regiosim, work, here)
    print("output names, --force and findings files: ok")


def levels_report(regiosim, work, here):
    """A findings file with promised levels only (the provider's 30/30/40, on a region where the
    provider places people): the page charts them as simulated minus promised, with no chart of
    directions, and says for each how many draws reach the promise."""
    import h5py

    findings = os.path.join(work, "levels.h5")
    run([regiosim, "findings", os.path.join(here, "small.toml"), "--only",
         "werkmakelaar_promise_wm1,werkmakelaar_promise_wm3", "--draws", "10", "--replications", "1", "--quiet",
         "--out", findings], work)
    with h5py.File(findings, "r") as f:
        table = f["findings/table"][()]
    assert all(k == b"level" for k in table["kind"]) and all(table["n"] > 0), table
    out = os.path.join(work, "levels-nl")
    run([regiosim, "report", findings, "--out", out, "--no-pdf", "--quiet"], work)
    assert sorted(os.listdir(os.path.join(out, "charts"))) == ["levels.png", "levels.svg"], os.listdir(out)
    page = open(os.path.join(out, "report.html"), encoding="utf-8").read()
    for row in table:
        assert f"{row['holds_in']} van {row['n']} halen de belofte" in page, row


def findings_report(regiosim, work, here):
    """`report` on a findings file of every claim: a page in Dutch (every claim in Dutch words) and in
    English, whose headline and verdicts are those of the file, and the chart."""
    import h5py

    findings = os.path.join(work, "all-findings.h5")
    p = subprocess.run([regiosim, "findings", os.path.join(here, "bad_inputs", "tiny.toml"), "--draws", "10",
                        "--replications", "1", "--quiet", "--out", findings], cwd=work, capture_output=True, text=True)
    assert os.path.exists(findings), (p.returncode, p.stdout, p.stderr)
    with h5py.File(findings, "r") as f:
        table = f["findings/table"][()]
    ids = [x.decode() for x in table["id"]]
    holds = int(sum(table["passed"]))
    units = [x.decode() for x in table["unit"]]
    assert all(units), f"every claim's KPI has a unit in the file: {units}"
    sys.path.insert(0, os.path.join(here, "..", "..", "analysis"))
    import i18n

    for lang in ("nl", "en"):
        out = os.path.join(work, f"frep-{lang}")
        r = run([regiosim, "report", findings, "--out", out, "--lang", lang, "--no-pdf"], work)
        assert os.path.exists(os.path.join(out, "charts", "claims.png")), os.listdir(out)
        levels = any(k == b"level" and n > 0 for k, n in zip(table["kind"], table["n"]))
        assert os.path.exists(os.path.join(out, "charts", "levels.png")) == levels, (levels, os.listdir(out))
        assert f"{1 + levels} chart{'s' if levels else ''} as PNG and SVG" in r.stdout, r.stdout
        page = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        t = i18n.Texts(lang)
        headline = t("findings_headline", holds=holds, claims=len(ids))
        assert headline in page, (headline, page[:2000])
        for i, row in enumerate(table):
            statement, claim = t.finding_texts(ids[i], None, None)
            assert statement is not None, f"claim {ids[i]} has no {lang} text in analysis/i18n.py"
            assert statement.replace("'", "&#x27;") in page, (lang, statement)
            verdict = t("claim_undefined") if row["n"] == 0 else t("claim_holds" if row["passed"] else "claim_fails")
            assert verdict in page, verdict
        if lang == "nl":
            assert "does not hold" not in page and "The integral approach" not in page, "English in the Dutch page"


if __name__ == "__main__":
    main()
