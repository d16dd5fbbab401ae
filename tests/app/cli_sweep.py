"""End-to-end tests of `regiosim sweep` (issue 6):

  mpi      the plain command and `mpirun -np 1/2/3` write identical sweep datasets and print
           identical KPI tables;
  resume   a sweep killed with SIGKILL half-way and finished with --resume ends with the same file
           content as an uninterrupted one; a journal of another sweep is refused (exit 2);
  sigterm  SIGTERM ends a sweep cleanly (exit 1, runs kept for --resume, no output file);
  saltelli a Saltelli sweep stores one Sobol row per (KPI, factor) and `summary` ranks them;
  example  scenarios/example-sweep.toml (the README's example) runs: 4 points x 3 replications.

usage: /usr/bin/python3 cli_sweep.py REGIOSIM TESTS_APP_DIR WORKDIR {mpi|resume|sigterm|saltelli|example}
"""
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
import tomllib

import h5py
import numpy as np

from h5_content import content, datasets, root_attributes_differ

# Root attributes that describe how (not what) a file was produced.
RUN_ATTRIBUTES = {"created_utc", "command_line", "threads", "mpi_world_size", "hosts"}


def assert_same_content(path_a, path_b):
    with h5py.File(path_a, "r") as a, h5py.File(path_b, "r") as b:
        assert a.attrs["file_kind"] == "sweep"
        differ = root_attributes_differ(a, b, RUN_ATTRIBUTES)
        assert not differ, f"root attributes missing or different: {differ}"
        for key in a["sweep"].attrs:
            assert np.array_equal(np.asarray(a["sweep"].attrs[key]), np.asarray(b["sweep"].attrs[key])), f"/sweep attribute {key} differs"
        da, db = datasets(a), datasets(b)
        assert sorted(da) == sorted(db), f"different datasets: {sorted(set(da) ^ set(db))}"
        for name in da:
            assert da[name].dtype == db[name].dtype and da[name].shape == db[name].shape, f"{name}: layout differs"
            assert content(da[name]) == content(db[name]), f"{name}: content differs"
        return len(da)


def run(args, **kw):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE, text=True, **kw)


def kpi_table(summary_stdout):
    # Everything after the "file:" line (which names the file) is the table.
    lines = summary_stdout.splitlines()
    return "\n".join(line for line in lines if not line.startswith(("file:", "results:"))).strip()


def test_mpi(regiosim, tests, work):
    sweep = os.path.join(tests, "small-sweep.toml")
    plain = os.path.join(work, "plain.h5")
    out = run([regiosim, "sweep", "--force", sweep, "--out", plain, "--quiet"]).stdout
    reference = kpi_table(out)
    mpirun = shutil.which("mpirun")
    assert mpirun, "mpirun not found (Debian package openmpi-bin)"
    # Under AddressSanitizer (build.sh sanitize) LeakSanitizer reports Open MPI's own allocations
    # at MPI_Finalize, made by plugins it has already unloaded, so they cannot be suppressed by
    # library name: leak checking is off for the MPI runs only.
    env = dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0")
    for n in (1, 2, 3):
        path = os.path.join(work, f"np{n}.h5")
        out = run([mpirun, "--allow-run-as-root", "--oversubscribe", "-np", str(n), regiosim, "sweep", sweep,
                   "--out", path, "--quiet", "--threads", "1"], env=env).stdout
        assert kpi_table(out) == reference, f"-np {n}: KPI table differs from the plain run\n{out}\n---\n{reference}"
        count = assert_same_content(plain, path)
        with h5py.File(path, "r") as f:
            assert f.attrs["mpi_world_size"] == n, "world size not recorded"
            assert len(f.attrs["hosts"]) == n, "host names not recorded"
        summary = run([regiosim, "summary", path]).stdout
        assert kpi_table(summary) == reference, "summary of the file differs from the table the sweep printed"
        print(f"mpirun -np {n}: {count} datasets and the KPI table identical to the plain run")
    with h5py.File(plain, "r") as f:
        runs = f["sweep/runs"][()]
        assert len(runs) == 8 and list(runs["point"]) == [0, 0, 1, 1, 2, 2, 3, 3]
        assert f["sweep/timeseries/employment"].shape[0] == 8
        # Common random numbers: replication r has the same seed at every point.
        assert len(set(runs["seed"][runs["replication"] == 0])) == 1


def journal_records(path):
    """Number of complete records in a regiosim journal (see sim/journal.cc)."""
    try:
        data = open(path, "rb").read()
    except FileNotFoundError:
        return 0
    if len(data) < 16:
        return 0
    pos = 8
    (n,) = struct.unpack_from("<Q", data, pos)
    pos += 8 + n + 4
    count = 0
    while pos + 20 <= len(data):
        _, _, length = struct.unpack_from("<IQQ", data, pos)
        end = pos + 20 + length + 4
        if end > len(data):
            break
        pos = end
        count += 1
    return count


def test_resume(regiosim, tests, work):
    sweep = os.path.join(tests, "resume-sweep.toml")
    whole = os.path.join(work, "whole.h5")
    run([regiosim, "sweep", "--force", sweep, "--out", whole, "--quiet", "--threads", "1"])
    killed = os.path.join(work, "killed.h5")
    journal = killed + ".journal"
    proc = subprocess.Popen([regiosim, "sweep", "--force", sweep, "--out", killed, "--quiet", "--threads", "1"],
                            stdout=subprocess.DEVNULL)
    deadline = time.time() + 120
    while journal_records(journal) < 5 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the sweep finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    kept = journal_records(journal)
    assert 5 <= kept < 24, f"{kept} runs journaled"
    assert not os.path.exists(killed), "a killed sweep left an output file"
    leftovers = [name for name in os.listdir(work) if name.startswith("killed.h5.tmp")]
    assert not leftovers, f"temporary files left: {leftovers}"
    # Resuming with a different sweep definition is refused and keeps the journal.
    other = subprocess.run([regiosim, "sweep", "--force", os.path.join(tests, "small-sweep.toml"), "--out", killed, "--resume",
                            "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert other.returncode == 2, f"exit {other.returncode}: {other.stderr}"
    assert "different definition" in other.stderr, other.stderr
    assert journal_records(journal) == kept
    resumed = subprocess.run([regiosim, "sweep", "--force", sweep, "--out", killed, "--resume", "--quiet", "--threads", "2"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True)
    assert f"{kept} of 24 runs found" in resumed.stderr, resumed.stderr
    assert not os.path.exists(journal), "the journal was not removed after the file was written"
    count = assert_same_content(whole, killed)
    # A second --resume of a finished sweep does nothing and says so.
    again = subprocess.run([regiosim, "sweep", "--force", sweep, "--out", killed, "--resume", "--quiet"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True)
    assert "already complete" in again.stderr
    print(f"killed after {kept} of 24 runs; resumed file has {count} datasets identical to the uninterrupted sweep")


def test_sigterm(regiosim, tests, work):
    """SIGTERM stops dispatching: the runs in progress finish and are journaled, exit 1 with the
    --resume command, no output file."""
    sweep = os.path.join(tests, "resume-sweep.toml")
    out = os.path.join(work, "stopped.h5")
    journal = out + ".journal"
    proc = subprocess.Popen([regiosim, "sweep", "--force", sweep, "--out", out, "--quiet", "--threads", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while journal_records(journal) < 3 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the sweep finished before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, f"exit {proc.returncode}: {err}"
    assert "--resume" in err and "stopped after" in err, err
    kept = journal_records(journal)
    assert 3 <= kept < 24
    assert not os.path.exists(out)
    print(f"SIGTERM: stopped after {kept} of 24 runs, exit 1, journal kept")


def test_saltelli(regiosim, tests, work):
    path = os.path.join(work, "saltelli.h5")
    out = run([regiosim, "sweep", "--force", os.path.join(tests, "small-saltelli.toml"), "--out", path, "--quiet"]).stdout
    assert "Sobol indices" in out and "ranked by total index" in out, out
    with h5py.File(path, "r") as f:
        assert f["sweep"].attrs["design"] == "saltelli"
        assert f["sweep/points"].shape == (8 * (3 + 2),)
        s = f["sweep/sensitivity"][()]
        assert len(s) == 2 * 3, len(s)
        assert set(s["method"].astype(str)) == {"sobol"}
        assert np.all(np.isfinite(s["total"])) and np.all(s["total_low"] <= s["total_high"])
        runs = f["sweep/runs"][()]
        # Every point's caseload lies in the declared range.
        caseload = runs["policy.caseload_per_coach"]
        assert caseload.min() >= 40 and caseload.max() <= 160
    print("saltelli sweep: 40 points, 6 Sobol rows, ranking printed")


def test_example(regiosim, tests, work):
    """The example the README shows runs as documented."""
    example = os.path.join(tests, "..", "..", "scenarios", "example-sweep.toml")
    path = os.path.join(work, "example-sweep.h5")
    started = time.time()
    out = run([regiosim, "sweep", "--force", example, "--out", path, "--quiet"]).stdout
    seconds = time.time() - started
    assert "4 points x 3 replications = 12 runs" in out, out
    with h5py.File(path, "r") as f:
        runs = f["sweep/runs"][()]
        assert len(runs) == 12
        assert sorted(set(runs["policy.aftercare.weeks"])) == [4.0, 13.0]
        # Five observed years after the default region's burn-in.
        with open(os.path.join(tests, "..", "..", "scenarios", "default.toml"), "rb") as d:
            burn_in = tomllib.load(d)["sim"]["burn_in_weeks"]
        assert np.all(runs["weeks_completed"] == 260 + burn_in), (set(runs["weeks_completed"]), burn_in)
    print(f"example sweep: 12 runs in {seconds:.1f} s")


def main():
    regiosim, tests, work, which = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    {"mpi": test_mpi, "resume": test_resume, "saltelli": test_saltelli, "example": test_example, "sigterm": test_sigterm}[which](regiosim, tests, work)


if __name__ == "__main__":
    main()
