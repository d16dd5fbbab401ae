"""Damaged files: every reader refuses them cleanly. A real results file (tests/app/small.toml) and a
real sweep file (tests/app/small-sweep.toml) get one byte changed at many positions spread over the
whole file, and are cut short at several lengths; for each damaged copy

  summary, summary --json     on both files, every position,
  export --csv                on the results file, every 5th position,
  report --out                on the results file, a few positions (it is slow when it runs),
  sweep --resume              on the sweep file, every 3rd position,

must exit 2 within a timeout (no hang, never a signal), name the file and say it is damaged on
stderr, print nothing on stdout and write nothing (no CSV or report folder, the damaged file
unchanged, no journal, no temporary file). The intact files are accepted. Then files with a valid
content digest but crafted content: a dataset claiming 10^12 values (refused before anything is
allocated), strings that are not UTF-8 (summary --json stays valid UTF-8 JSON), and a file written
without the digest (refused, an older regiosim). h5py reads files with the user block.

usage: /usr/bin/python3 cli_damaged_files.py REGIOSIM TESTS_APP_DIR WORKDIR [--positions N]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

import h5py
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from file_digest import has_valid_digest, stamp, write_huge_extent  # noqa: E402

TIMEOUT_S = 60


def run(args, cwd=None):
    """(exit code or 'timeout' or 'signal N', stdout, stderr) of regiosim args."""
    try:
        p = subprocess.run(args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""
    rc = p.returncode if p.returncode >= 0 else f"signal {-p.returncode}"
    return rc, p.stdout, p.stderr


def snapshot(folder):
    return sorted((name, os.path.getsize(os.path.join(folder, name))) for name in os.listdir(folder))


class Checker:
    def __init__(self):
        self.failures = []
        self.counts = {}
        self.kinds = {}  # reader -> {first problem: count}

    def refused(self, what, args, damaged, cwd, created=()):
        """Runs args on a damaged file in cwd; records what went wrong."""
        before = snapshot(cwd)
        with open(damaged, "rb") as f:
            content = f.read()
        rc, out, err = run(args, cwd)
        text = err.decode("utf-8", "replace")
        name = os.path.basename(damaged)
        problems = []
        if rc != 2:
            problems.append(f"exit {rc}")
        if rc == 2 and (name not in text or "damaged" not in text):
            problems.append(f"message does not name the file and the damage: {text.strip()[:200]!r}")
        if out:
            problems.append(f"printed {len(out)} bytes on stdout")
        if snapshot(cwd) != before or any(os.path.exists(os.path.join(cwd, c)) for c in created):
            problems.append("wrote something")
        with open(damaged, "rb") as f:
            if f.read() != content:
                problems.append("changed the damaged file")
        ok, total = self.counts.get(what, (0, 0))
        self.counts[what] = (ok + (not problems), total + 1)
        if problems:
            self.failures.append(f"{what}: {'; '.join(problems)}")
            kind = problems[0] if not problems[0].startswith("message") else "exit 2, a message without the file or the damage"
            kind = kind.replace("printed", "exit 2, printed") if kind.startswith("printed") else kind
            kind = re.sub(r"\d+ bytes", "output", kind)
            kinds = self.kinds.setdefault(what, {})
            kinds[kind] = kinds.get(kind, 0) + 1
        return rc, text


def positions(size, n):
    """n positions spread evenly over a file of size bytes (the first and the last included)."""
    n = min(n, size)
    return sorted({round(i * (size - 1) / (n - 1)) for i in range(n)})


def flipped(source, position, target, k):
    with open(source, "rb") as f:
        data = bytearray(f.read())
    data[position] ^= 1 << (k % 8)
    with open(target, "wb") as f:
        f.write(data)


def truncated(source, length, target):
    with open(source, "rb") as f:
        data = f.read()
    with open(target, "wb") as f:
        f.write(data[:length])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("regiosim")
    ap.add_argument("tests")
    ap.add_argument("work")
    ap.add_argument("--positions", type=int, default=300)
    a = ap.parse_args()
    regiosim, tests, work = os.path.abspath(a.regiosim), a.tests, a.work
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    results = os.path.join(work, "small.h5")
    subprocess.run([regiosim, "run", "--force", os.path.join(tests, "small.toml"), "--out", results, "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)
    sweep = os.path.join(work, "sweep.h5")
    sweep_toml = os.path.join(work, "small-sweep.toml")
    shutil.copyfile(os.path.join(tests, "small-sweep.toml"), sweep_toml)
    shutil.copyfile(os.path.join(tests, "small.toml"), os.path.join(work, "small.toml"))
    subprocess.run([regiosim, "sweep", "--force", sweep_toml, "--out", sweep, "--quiet"], check=True, stdout=subprocess.DEVNULL)

    c = Checker()
    # The intact files: a valid digest, accepted by every reader, readable by h5py.
    for path in (results, sweep):
        if not has_valid_digest(path):
            c.failures.append(f"{os.path.basename(path)}: intact file without a valid content digest")
        for args in (["summary", path], ["summary", path, "--json"]):
            rc, out, err = run([regiosim] + args)
            assert rc == 0, f"{args}: exit {rc}: {err.decode()}"
        with h5py.File(path, "r") as f:
            if f.userblock_size != 512:
                c.failures.append(f"{os.path.basename(path)}: user block of {f.userblock_size} bytes")
            assert f.attrs["engine"] == "regiosim"
    with h5py.File(results, "r") as f:
        kpi = f["/scenarios/small/kpi"][()]
        assert kpi.shape[0] == 3 and np.isfinite(kpi).any()
    rc, out, err = run([regiosim, "export", results, "--csv", os.path.join(work, "csv-intact"), "--quiet"])
    assert rc == 0, f"export of the intact file: exit {rc}: {err.decode()}"
    print(f"intact files: {os.path.getsize(results)} and {os.path.getsize(sweep)} bytes; summary, --json and export "
          f"accept them, h5py reads them")
    case = os.path.join(work, "case")
    os.makedirs(case)
    # One byte changed at positions spread over each file.
    for source, kind in ((results, "results"), (sweep, "sweep")):
        size = os.path.getsize(source)
        spread = positions(size, a.positions)
        for i, position in enumerate(spread):
            damaged = os.path.join(case, f"{kind}-flip-{position}.h5")
            flipped(source, position, damaged, i)
            c.refused(f"{kind}: summary", [regiosim, "summary", damaged], damaged, case)
            c.refused(f"{kind}: summary --json", [regiosim, "summary", damaged, "--json"], damaged, case)
            if kind == "results" and i % 5 == 0:
                c.refused("results: export", [regiosim, "export", damaged, "--csv", "csv", "--quiet"], damaged, case,
                          created=["csv"])
            if kind == "results" and i % 60 == 0:
                c.refused("results: report", [regiosim, "report", damaged, "--out", "report", "--no-pdf", "--quiet"],
                          damaged, case, created=["report"])
            if kind == "sweep" and i % 3 == 0:
                c.refused("sweep: sweep --resume", [regiosim, "sweep", sweep_toml, "--out", damaged, "--resume", "--quiet"],
                          damaged, case, created=[os.path.basename(damaged) + ".journal"])
            os.remove(damaged)
        # Cut short: the HDF5 superblock and the user block's edges, the middle, one byte missing.
        for length in (1, 511, 512, 513, 600, size // 3, size // 2, size - 1):
            damaged = os.path.join(case, f"{kind}-cut-{length}.h5")
            truncated(source, length, damaged)
            c.refused(f"{kind}: summary", [regiosim, "summary", damaged], damaged, case)
            c.refused(f"{kind}: summary --json", [regiosim, "summary", damaged, "--json"], damaged, case)
            if kind == "results":
                c.refused("results: export", [regiosim, "export", damaged, "--csv", "csv", "--quiet"], damaged, case,
                          created=["csv"])
            else:
                c.refused("sweep: sweep --resume", [regiosim, "sweep", sweep_toml, "--out", damaged, "--resume", "--quiet"],
                          damaged, case, created=[os.path.basename(damaged) + ".journal"])
            os.remove(damaged)
    for what, (ok, total) in c.counts.items():
        others = ", ".join(f"{kind}: {n}" for kind, n in sorted(c.kinds.get(what, {}).items(), key=lambda x: -x[1]))
        print(f"{what}: {ok} of {total} damaged copies refused cleanly" + (f" (not: {others})" if others else ""))

    # A valid digest over crafted content: regiosim's own bounds and encodings, not the digest.
    crafted = os.path.join(case, "huge-extent.h5")
    write_huge_extent(results, crafted, "small")
    for args in (["summary", crafted], ["summary", crafted, "--json"]):
        rc, out, err = run([regiosim] + args, case)
        text = err.decode("utf-8", "replace")
        if rc != 2 or "/scenarios/small/seeds" not in text or "claims" not in text:
            c.failures.append(f"a dataset claiming 10^12 values: {args[-1]}: exit {rc}: {text.strip()[:300]!r}")
    print(f"a dataset claiming 10^12 values (valid digest): exit {rc}: {text.strip()}")

    foreign = os.path.join(case, "non-utf8.h5")
    shutil.copyfile(results, foreign)
    with h5py.File(foreign, "r+") as f:  # the CRCs cover datasets, not attributes
        del f.attrs["engine_version"]
        f.attrs.create("engine_version", np.array(b"0.1 caf\xe9 \xff\xfe \xed\xa0\x80 \"q\"",
                                                   dtype=h5py.string_dtype("utf-8", None)))
    stamp(foreign)
    rc, out, err = run([regiosim, "summary", foreign, "--json"], case)
    try:
        parsed = json.loads(out.decode("utf-8", "strict"))
        text = json.dumps(parsed, ensure_ascii=False)
        if rc != 0 or "\ufffd" not in text:
            c.failures.append(f"strings that are not UTF-8: exit {rc}, no replacement character: {err.decode()[:200]!r}")
        else:
            print("strings that are not UTF-8 (valid digest): summary --json prints valid UTF-8 JSON, U+FFFD in their place")
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        c.failures.append(f"strings that are not UTF-8: summary --json is not valid UTF-8 JSON (exit {rc}): {e}")

    old = os.path.join(case, "no-digest.h5")
    with h5py.File(results, "r") as src, h5py.File(old, "w") as dst:
        for key, value in src.attrs.items():
            dst.attrs[key] = value
        for name in src:
            src.copy(src[name], dst, name)
    rc, out, err = run([regiosim, "summary", old], case)
    text = err.decode("utf-8", "replace")
    if rc != 2 or "no content digest" not in text:
        c.failures.append(f"a file without a digest: exit {rc}: {text.strip()[:300]!r}")
    print(f"a file without a content digest: exit {rc}: {text.strip()}")

    if c.failures:
        shown = sorted(set(c.failures))
        print(f"FAILED: {len(c.failures)} damaged or crafted files not refused cleanly, e.g.:", file=sys.stderr)
        for line in shown[:40]:
            print("  " + line, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
