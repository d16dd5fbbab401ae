"""Output files (issue 33): where regiosim may write, and what a failed write leaves.

Each part runs the regiosim program on the tiny scenario in tests/app/output_safety/ (50 job
seekers, 12 weeks, 1 replication) in a fresh work folder:

  paths     --out '', 'newdir/', 'newdir/x.h5', a directory, a fifo and a device node (mknod as
            root, else /dev/null) are refused with exit 2 and one line naming the path, before any
            simulation (fast, on a scenario that would take long to simulate); nothing is written
  inputs    --out equal to the scenario file, a file it extends, the --baseline file, a link to the
            scenario, the sweep file, the sweep's base scenario, the --posterior file, or (calibrate)
            a ready scenario that is the base scenario: exit 2, the input unchanged
  symlink   a symbolic link planted at the old predictable temporary name <out>.tmp-<pid> (the pid
            known in the child before exec) is not followed: its target is unchanged
  stale     a stray <out>.tmp-<huge number> does not break a run and is left alone; the temporary
            file of a killed writer (a pid that no longer runs) is removed
  threads   --threads 100000: exit 2 with a message, nothing written (run, sweep, findings,
            calibrate, bench)
  ulimit    RLIMIT_FSIZE (ulimit -f) at many sizes for run, and small ones for sweep, export and
            report: every command ends with exit 0 or 1, never a signal; exit 1 says "File too
            large" and leaves no output, temporary file or temporary folder
  tmpfs     the same on a full file system (a small tmpfs, "No space left on device"); needs root
            and mount(2); skipped (exit 77) where the tmpfs cannot be mounted

usage: /usr/bin/python3 cli_output_safety.py REGIOSIM TESTS_APP_DIR WORKDIR PART
"""
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time

SKIP = 77  # CTest SKIP_RETURN_CODE


class Env:
    def __init__(self, regiosim, tests, work):
        self.regiosim, self.tests, self.work = regiosim, tests, work
        self.fixtures = os.path.join(tests, "output_safety")

    def fresh(self, name):
        """A new folder under the work folder holding the fixtures."""
        d = os.path.join(self.work, name)
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(self.fixtures, d)
        return d

    def run(self, args, cwd, timeout=120, preexec=None):
        p = subprocess.run([self.regiosim] + args, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                           stdin=subprocess.DEVNULL, preexec_fn=preexec)
        assert p.returncode >= 0 and p.returncode != 139, f"{args}: killed by a signal ({p.returncode})\n{p.stderr}"
        return p


def listing(d):
    """Every path under d with its type, size and modification time."""
    out = {}
    for root, dirs, files in os.walk(d):
        for name in dirs + files:
            p = os.path.join(root, name)
            st = os.lstat(p)
            out[os.path.relpath(p, d)] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns)
    return out


def leftovers(d):
    return sorted(n for n in os.listdir(d) if ".tmp-" in n or n.endswith(".journal"))


def expect_refused(env, args, cwd, line, seconds=None):
    """exit 2, one line of stderr containing `line`, nothing printed on stdout, nothing written."""
    before = listing(cwd)
    start = time.monotonic()
    p = env.run(args, cwd, timeout=60)
    took = time.monotonic() - start
    assert p.returncode == 2, f"{args}: exit {p.returncode}, expected 2\n{p.stderr}"
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and line in lines[0], f"{args}: expected one line with {line!r}, got\n{p.stderr}"
    assert p.stdout == "", f"{args}: printed {p.stdout!r}"
    assert listing(cwd) == before, f"{args}: wrote or changed files"
    if seconds is not None:
        assert took < seconds, f"{args}: took {took:.1f} s; the output must be checked before simulating"
    print(f"ok: regiosim {' '.join(args)!s}: exit 2 in {took:.2f} s: {lines[0]}")


# A scenario that takes many seconds to simulate: a refusal that comes after the simulation shows.
SLOW = ["--set", "sim.weeks=520", "--set", "region.job_seekers=20000", "--set", "region.employers=8000"]


def part_paths(env):
    d = env.fresh("paths")
    os.makedirs(os.path.join(d, "a-directory"))
    os.mkfifo(os.path.join(d, "a-fifo"))
    run = ["run", "tiny.toml", "--quiet"] + SLOW
    expect_refused(env, run + ["--out", ""], d, "regiosim run: --out: the file name is empty", seconds=5)
    expect_refused(env, run + ["--out", "newdir/"], d, "regiosim run: --out newdir/: names a folder, not a file",
                   seconds=5)
    expect_refused(env, run + ["--out", "newdir/x.h5"], d,
                   "regiosim run: --out newdir/x.h5: the folder newdir does not exist", seconds=5)
    expect_refused(env, run + ["--out", "a-directory"], d, "regiosim run: --out a-directory: is a directory", seconds=5)
    expect_refused(env, run + ["--out", "a-fifo", "--force"], d, "regiosim run: --out a-fifo: is a named pipe, not a "
                   "regular file", seconds=5)
    expect_refused(env, run + ["--out", "tiny.toml/x.h5"], d, "regiosim run: --out tiny.toml/x.h5: tiny.toml is not a "
                   "folder", seconds=5)
    # A device node: one made here as root (replacing it would have turned it into a file), else /dev/null.
    device = os.path.join(d, "a-device")
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        device = "/dev/null"
    expect_refused(env, run + ["--out", device, "--force"], d, f"regiosim run: --out {device}: is a character device, "
                   "not a regular file", seconds=5)
    assert stat.S_ISCHR(os.stat(device).st_mode), f"{device} is no longer a device"
    expect_refused(env, ["sweep", "sweep.toml", "--quiet", "--out", "newdir/x.h5"], d,
                   "regiosim sweep: --out newdir/x.h5: the folder newdir does not exist")
    expect_refused(env, ["sweep", "sweep.toml", "--quiet", "--out", ""], d, "regiosim sweep: --out: the file name is empty")
    expect_refused(env, ["findings", "tiny.toml", "--draws", "10", "--quiet", "--out", "newdir/"], d,
                   "regiosim findings: --out newdir/: names a folder, not a file")
    # The default output folder (results/) is the one folder regiosim makes itself.
    p = env.run(["run", "tiny.toml", "--quiet"], d)
    assert p.returncode == 0 and os.path.isfile(os.path.join(d, "results", "tiny.h5")), p.stderr


def write_calibration(d, scenario):
    """calibration.toml: a two-evaluation calibration of one parameter of `scenario`."""
    with open(os.path.join(d, "calibration.toml"), "w", encoding="utf-8") as f:
        f.write(f'schema_version = 1\nname = "cal"\nscenario = "{scenario}"\n\n'
                '[parameters."policy.aftercare.weeks"]\nmin = 0\nmax = 26\n\n'
                '[targets.placements]\nvalue = 10\ntolerance = 5\n\n'
                '[method]\nname = "bobyqa"\nreplications = 1\nmax_evaluations = 2\nholdout_replications = 2\n')


def part_inputs(env):
    d = env.fresh("inputs")
    os.symlink("tiny.toml", os.path.join(d, "link-to-tiny.toml"))
    with open(os.path.join(d, "posterior.h5"), "wb") as f:
        f.write(b"stands in for a calibration file: the output is checked before it is read")
    write_calibration(d, "tiny.scenario.toml")
    shutil.copy(os.path.join(d, "tiny.toml"), os.path.join(d, "tiny.scenario.toml"))
    for args, line in [
        (["run", "tiny.toml", "--out", "tiny.toml", "--force"],
         "--out tiny.toml: is an input of this command (the scenario file)"),
        (["run", "extended.toml", "--out", "tiny.toml", "--force"],
         "--out tiny.toml: is an input of this command (a file that the scenario file extends)"),
        (["run", "tiny.toml", "--baseline", "extended.toml", "--out", "extended.toml", "--force"],
         "--out extended.toml: is an input of this command (the baseline file)"),
        (["run", "tiny.toml", "--out", "link-to-tiny.toml", "--force"],
         "--out link-to-tiny.toml: is an input of this command (the scenario file)"),
        (["run", "tiny.toml", "--out", "./tiny.toml", "--force"],
         "--out ./tiny.toml: is an input of this command (the scenario file)"),
        (["run", "tiny.toml", "--uncertainty", "8", "--posterior", "posterior.h5", "--out", "posterior.h5", "--force"],
         "--out posterior.h5: is an input of this command (the --posterior file)"),
        (["sweep", "sweep.toml", "--out", "sweep.toml", "--force"],
         "--out sweep.toml: is an input of this command (the sweep file)"),
        (["sweep", "sweep.toml", "--out", "tiny.toml", "--force"],
         "--out tiny.toml: is an input of this command (the sweep's base scenario)"),
        (["findings", "extended.toml", "--draws", "10", "--out", "tiny.toml", "--force"],
         "--out tiny.toml: is an input of this command (a file that the region file extends)"),
        (["calibrate", "calibration.toml", "--out", "tiny.h5", "--force"],
         "the ready scenario next to --out tiny.scenario.toml: is an input of this command (the calibration's base "
         "scenario)"),
    ]:
        expect_refused(env, args + ["--quiet"], d, line)


def part_symlink(env):
    d = env.fresh("symlink")
    victim = os.path.join(d, "victim.txt")
    with open(victim, "w") as f:
        f.write("must stay as it is\n")
    out = os.path.join(d, "x.h5")

    def plant():  # in the child, before exec: the pid regiosim will have
        os.symlink(victim, f"{out}.tmp-{os.getpid()}")

    p = env.run(["run", "tiny.toml", "--out", "x.h5", "--quiet"], d, preexec=plant)
    assert p.returncode == 0, p.stderr
    with open(victim, "rb") as f:
        assert f.read() == b"must stay as it is\n", "the planted link was followed: its target was overwritten"
    with open(out, "rb") as f:
        head = f.read(520)
        assert head.startswith(b"regiosim-file 1\n") and head[512:] == b"\x89HDF\r\n\x1a\n", "x.h5 is not a regiosim file"
    planted = [n for n in os.listdir(d) if n.startswith("x.h5.tmp-")]
    assert len(planted) == 1 and os.path.islink(os.path.join(d, planted[0])), planted
    print(f"ok: a link planted at {planted[0]} was neither followed nor replaced; x.h5 written")


def dead_pid():
    p = subprocess.Popen(["true"])
    p.wait()
    return p.pid


def part_stale(env):
    d = env.fresh("stale")
    stray = os.path.join(d, "x.h5.tmp-99999999999999999999")
    killed = os.path.join(d, f"x.h5.tmp-{dead_pid()}-abcdefghijkl")
    for path in (stray, killed):
        with open(path, "w") as f:
            f.write("left behind\n")
    p = env.run(["run", "tiny.toml", "--out", "x.h5", "--quiet"], d)
    assert p.returncode == 0, f"exit {p.returncode}: {p.stderr}"
    assert os.path.exists(stray), "a stray name that is not a pid was removed"
    assert not os.path.exists(killed), "the temporary file of a killed writer was kept"
    print("ok: a stray .tmp-<huge number> is left alone; a killed writer's temporary file is removed")


def part_threads(env):
    d = env.fresh("threads")
    write_calibration(d, "tiny.toml")
    for args in (["run", "tiny.toml"], ["sweep", "sweep.toml"], ["findings", "tiny.toml", "--draws", "10"],
                 ["calibrate", "calibration.toml"]):
        expect_refused(env, args + ["--out", "x.h5", "--threads", "100000", "--quiet"], d, "--threads 100000: at most ")
    p = env.run(["bench", "tiny.toml", "--threads", "1,100000"], d)
    assert p.returncode == 2 and "--threads: at most " in p.stderr, (p.returncode, p.stderr)
    assert not leftovers(d)


def limited(limit):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def check_clean(env, args, d, p, reason, outputs):
    """exit 0, or exit 1 with `reason` and no output, temporary file or temporary folder."""
    assert p.returncode in (0, 1), f"{args}: exit {p.returncode}\n{p.stderr}"
    if p.returncode == 1:
        assert reason in p.stderr, f"{args}: the message does not say {reason!r}:\n{p.stderr}"
        for o in outputs:
            assert not os.path.exists(os.path.join(d, o)), f"{args}: {o} was left behind"
        left = [n for n in os.listdir(d) if ".tmp-" in n]
        assert not left, f"{args}: temporary files left: {left}"
    return p.returncode


def exercise(env, d, reason, run_in, results):
    """Runs run, sweep and export (of `results`) into d, where writing fails at some point
    (`run_in(args) -> CompletedProcess`); returns each command's failures (the line with the reason)."""
    failures = {}
    for args, outputs in [
        (["run", "tiny.toml", "--out", "x.h5", "--quiet", "--force"], ["x.h5"]),
        (["sweep", "sweep.toml", "--out", "s.h5", "--quiet", "--force"], ["s.h5"]),
        (["export", results, "--csv", "csv", "--quiet"], ["csv"]),
    ]:
        p = run_in(args)
        code = check_clean(env, args, d, p, reason, outputs)
        if code == 1:
            failures.setdefault(args[0], []).append(next(l for l in p.stderr.splitlines() if reason in l))
        for o in outputs:  # start the next size afresh
            path = os.path.join(d, o)
            shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (os.path.exists(path) and os.remove(path))
        for n in os.listdir(d):
            if n.endswith(".journal"):
                os.remove(os.path.join(d, n))
    return failures


def part_ulimit(env):
    d = env.fresh("ulimit")
    assert env.run(["run", "tiny.toml", "--out", "ok.h5", "--quiet"], d).returncode == 0
    size = os.path.getsize(os.path.join(d, "ok.h5"))
    failures = {}
    for limit in [2048, 8192, 16384] + list(range(32 * 1024, size + 64 * 1024, 48 * 1024)):
        got = exercise(env, d, "File too large", lambda args: env.run(args, d, preexec=limited(limit)), "ok.h5")
        for k, v in got.items():
            failures.setdefault(k, []).extend(f"{limit}: {m}" for m in v)
    for command in ("run", "sweep", "export"):
        assert command in failures, f"{command} never failed under the file-size limits"
        print(f"ok: {command}: {len(failures[command])} clean failures, e.g. {failures[command][0]}")
    # Into an existing folder: its files stay as they were, no temporary folder is left in it.
    old = os.path.join(d, "old-csv")
    os.makedirs(old)
    with open(os.path.join(old, "kpis.csv"), "w") as f:
        f.write("an earlier export\n")
    before = listing(old)
    p = env.run(["export", "ok.h5", "--csv", "old-csv", "--quiet"], d, preexec=limited(2048))
    assert p.returncode == 1 and "File too large" in p.stderr, (p.returncode, p.stderr)
    assert listing(old) == before, f"export changed the existing folder: {sorted(listing(old))}"
    print("ok: export into an existing folder past the limit: the folder unchanged")
    # The report (slower): one run past a small limit.
    p = env.run(["report", "ok.h5", "--out", "rep", "--no-pdf", "--quiet"], d, preexec=limited(16384), timeout=300)
    check_clean(env, ["report"], d, p, "File too large", ["rep"])
    assert p.returncode == 1, f"report was not stopped by a 16 kB file-size limit: {p.stderr}"
    print(f"ok: report: {p.stderr.strip().splitlines()[-1]}")


def part_tmpfs(env):
    if os.geteuid() != 0:
        print("skipped: mounting a tmpfs needs root")
        sys.exit(SKIP)
    d = env.fresh("tmpfs")
    assert env.run(["run", "tiny.toml", "--out", "ok.h5", "--quiet"], d).returncode == 0
    mnt = os.path.join(d, "small")
    os.makedirs(mnt)
    m = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=100k", "tmpfs", mnt], capture_output=True, text=True)
    if m.returncode != 0:
        print(f"skipped: cannot mount a tmpfs here: {m.stderr.strip()}")
        sys.exit(SKIP)
    try:
        failures = {}
        # The full disk at many points: how much the tmpfs has free before each command.
        for free in range(8 * 1024, 100 * 1024, 12 * 1024):
            for n in os.listdir(mnt):
                os.remove(os.path.join(mnt, n))
            for name in ("tiny.toml", "sweep.toml"):
                shutil.copy(os.path.join(d, name), os.path.join(mnt, name))
            st = os.statvfs(mnt)
            filler = st.f_bavail * st.f_frsize - free
            if filler > 0:
                with open(os.path.join(mnt, "filler"), "wb") as f:
                    f.write(b"\0" * filler)
            got = exercise(env, mnt, "No space left on device", lambda args: env.run(args, mnt), os.path.join(d, "ok.h5"))
            for k, v in got.items():
                failures.setdefault(k, []).extend(f"{free // 1024} kB free: {m}" for m in v)
        for command in ("run", "sweep", "export"):
            assert command in failures, f"{command} never failed on the full file system"
            print(f"ok: {command}: {len(failures[command])} clean failures, e.g. {failures[command][0]}")
        final = [m for m in failures["sweep"] if "s.h5: cannot write the file" in m]
        assert final, "the sweep's final write never failed (only its journal)"
        print(f"ok: sweep final write: {final[0]}")
    finally:
        subprocess.run(["umount", mnt], check=True)


def main():
    regiosim, tests, work, part = sys.argv[1:5]
    env = Env(os.path.abspath(regiosim), os.path.abspath(tests), os.path.abspath(work))
    shutil.rmtree(env.work, ignore_errors=True)
    os.makedirs(env.work)
    globals()[f"part_{part}"](env)
    print(f"{part}: ok")


if __name__ == "__main__":
    main()
