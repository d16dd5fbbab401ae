"""Memory estimate before allocating (issue 10).

Part `refuse`: runs that would need more memory than --memory-limit (default: 80% of physical memory
or of a lower cgroup limit) are refused before anything is allocated: exit 2, a diagnostic `file:line:col: key: message` at the
key that drives the estimate, nothing written. Covers a scenario file with region.job_seekers =
40000000, the same with --set, a sweep whose largest point is too big, and `regiosim check`, which
reports it too and passes once --memory-limit is raised.

Part `measure`: the estimate `regiosim check --memory` prints is within a factor 1.5 of the peak
resident memory (ru_maxrss) of `regiosim run --threads 1` of the default region's baseline at a mid
size (20,000 job seekers).

Part `staff`: the same for a run whose memory is nearly all staff (2 million case managers for 50
job seekers), and a limit below it refuses the run at region.case_managers.

usage: /usr/bin/python3 cli_memory.py REGIOSIM WORKDIR refuse|measure|staff
"""
import os
import re
import shutil
import subprocess
import sys

HUGE = 'schema_version = 1\nname = "huge"\n\n[region]\njob_seekers = 40000000\n'
SWEEP = """schema_version = 1
name = "too-big"
design = "grid"
replications = 2
[set]
"sim.weeks" = 260
[[factor]]
key = "region.job_seekers"
values = [2500, 40000000]
"""

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
    print(("ok:   " if condition else "FAIL: ") + what)


def regiosim(exe, work, *args):
    return subprocess.run([exe, *args], cwd=work, capture_output=True, text=True)


def refused(result, pattern, what):
    check(result.returncode == 2, f"{what}: exit 2 (got {result.returncode})")
    first = result.stderr.splitlines()[0] if result.stderr else ""
    matched = re.match(pattern, first) is not None
    check(matched, f"{what}: diagnostic matches {pattern!r}" + ("" if matched else f"\n      got: {first}"))
    check(result.stderr.rstrip().endswith("1 problem; nothing was run or written"), f"{what}: nothing run or written")
    check("raise the limit (e.g. --memory-limit " in first, f"{what}: says how to proceed")


def refuse(exe, work):
    with open(os.path.join(work, "huge.toml"), "w") as f:
        f.write(HUGE)
    with open(os.path.join(work, "sweep.toml"), "w") as f:
        f.write(SWEEP)
    before = sorted(os.listdir(work))
    limit = r"more than the limit of 16\.0 GiB \(--memory-limit 16GiB\)"

    r = regiosim(exe, work, "run", "--force", "huge.toml", "--out", "out.h5", "--quiet", "--memory-limit", "16GiB")
    refused(r, r"^huge\.toml:5:15: region\.job_seekers: the runs need an estimated [\d.]+ GiB of memory, " + limit,
            "run huge.toml")
    r = regiosim(exe, work, "run", "--force", "--set", "region.job_seekers=40000000", "--out", "out.h5", "--quiet",
                 "--memory-limit", "16GiB")
    refused(r, r"^--set: region\.job_seekers: the runs need an estimated [\d.]+ GiB of memory, " + limit,
            "run --set region.job_seekers=40000000")
    r = regiosim(exe, work, "sweep", "--force", "sweep.toml", "--out", "sweep.h5", "--quiet", "--memory-limit", "16GiB")
    refused(r, r"^sweep\.toml:7: region\.job_seekers: the sweep's 4 runs \(largest at point 1: "
               r"region\.job_seekers = 40000000\) need an estimated [\d.]+ GiB of memory, " + limit, "sweep")
    # The default limit: 80% of physical memory, or of the cgroup's memory limit where that is lower
    # (40 million seekers need far more than this machine has).
    physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    if physical * 0.8 < 250 * 2**30:
        r = regiosim(exe, work, "run", "--force", "huge.toml", "--out", "out.h5", "--quiet")
        refused(r, r"^huge\.toml:5:15: region\.job_seekers: .* \(80% of the [\d.]+ [KMG]iB "
                   r"(of physical memory|memory limit of this process's cgroup)\)",
                "run huge.toml with the default limit")
    check(sorted(os.listdir(work)) == before, "nothing was written (no output, temporary file or journal)")

    # check reports it too, and passes once the limit is raised (or the check is turned off).
    r = regiosim(exe, work, "check", "huge.toml", "--memory-limit", "16GiB")
    refused(r, r"^huge\.toml:5:15: region\.job_seekers: the runs need", "check huge.toml")
    r = regiosim(exe, work, "check", "huge.toml", "--threads", "1", "--memory-limit", "2TiB", "--memory")
    check(r.returncode == 0 and r.stdout.startswith("ok: huge.toml"), f"check passes with --memory-limit 2TiB\n{r.stderr}")
    check("memory: estimated peak" in r.stdout and "(--memory-limit 2TiB)" in r.stdout, "check --memory prints the estimate")
    r = regiosim(exe, work, "check", "huge.toml", "--memory-limit", "none")
    check(r.returncode == 0, "check passes with --memory-limit none")
    r = regiosim(exe, work, "check", "sweep.toml", "--memory-limit", "16GiB")
    check(r.returncode == 2 and "sweep.toml:7: region.job_seekers" in r.stderr, "check refuses the sweep")
    r = regiosim(exe, work, "check", "sweep.toml", "--memory-limit", "2TiB")
    check(r.returncode == 0, "check passes the sweep with --memory-limit 2TiB")
    r = regiosim(exe, work, "check", "huge.toml", "--memory-limit", "lots")
    check(r.returncode == 2 and "--memory-limit: expected a size" in r.stderr, "a limit that is not a size is bad input")


def measure(exe, work):
    seekers, employers = 20000, 16000
    sets = ["--set", f"region.job_seekers={seekers}", "--set", f"region.employers={employers}",
            "--set", "sim.replications=1"]
    # The default region's baseline alone (a file that extends it inherits no variants): one run.
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scenarios", "default.toml")
    with open(os.path.join(work, "baseline.toml"), "w") as f:
        f.write(f'schema_version = 1\nname = "baseline"\nextends = "{os.path.abspath(default)}"\n')
    r = regiosim(exe, work, "check", "--threads", "1", "--memory-limit", "none", "--memory", "baseline.toml", *sets)
    match = re.search(r"estimated peak .* \((\d+) bytes\)", r.stdout)
    check(r.returncode == 0 and match is not None, f"check --memory prints the estimate\n{r.stdout}{r.stderr}")
    if not match:
        return
    estimate = int(match.group(1))
    child = subprocess.Popen([exe, "run", "baseline.toml", "--force", *sets, "--threads", "1", "--quiet", "--out", "measure.h5"], cwd=work,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    check(child.returncode == 0, f"the run succeeds\n{child.stderr.read().decode()}")
    measured = usage.ru_maxrss * 1024
    ratio = estimate / measured
    print(f"{seekers} job seekers: estimate {estimate / 2**20:.1f} MiB, measured peak {measured / 2**20:.1f} MiB, "
          f"ratio {ratio:.2f}")
    check(1 / 1.5 <= ratio <= 1.5, f"the estimate is within a factor 1.5 of the measured peak (ratio {ratio:.2f})")


def peak_of_run(exe, work, sets):
    """The estimate `check --memory` prints and the peak resident memory of the same run."""
    r = regiosim(exe, work, "check", "--threads", "1", "--memory-limit", "none", "--memory", "small.toml", *sets)
    match = re.search(r"estimated peak .* \((\d+) bytes\)", r.stdout)
    check(r.returncode == 0 and match is not None, f"check --memory prints the estimate\n{r.stdout}{r.stderr}")
    if not match:
        return None, None
    child = subprocess.Popen([exe, "run", "--force", "small.toml", *sets, "--threads", "1", "--quiet", "--out", "staff.h5"],
                             cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    check(os.waitstatus_to_exitcode(status) == 0, f"the run succeeds\n{child.stderr.read().decode()}")
    return int(match.group(1)), usage.ru_maxrss * 1024


def staff(exe, work):
    """Staff count too: 50 job seekers, 2 million case managers, 12 weeks; the case managers are
    nearly all of the memory."""
    with open(os.path.join(work, "small.toml"), "w") as f:
        f.write('schema_version = 1\nname = "small"\n[sim]\nweeks = 12\nburn_in_weeks = 0\nreplications = 1\n'
                '[region]\njob_seekers = 50\nemployers = 40\n')
    estimate, measured = peak_of_run(exe, work, ["--set", "region.case_managers=2000000"])
    if estimate is None:
        return
    ratio = estimate / measured
    print(f"2,000,000 case managers: estimate {estimate / 2**20:.1f} MiB, measured peak {measured / 2**20:.1f} MiB, "
          f"ratio {ratio:.2f}")
    check(1 / 1.5 <= ratio <= 1.5, f"the estimate is within a factor 1.5 of the measured peak (ratio {ratio:.2f})")
    r = regiosim(exe, work, "check", "--threads", "1", "--memory-limit", "100MiB", "small.toml",
                 "--set", "region.case_managers=2000000")
    check(r.returncode == 2 and r.stderr.startswith("--set: region.case_managers: the runs need an estimated"),
          f"a limit below the case managers' memory refuses the run at region.case_managers\n{r.stderr}")


def main():
    exe, work, part = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    {"refuse": refuse, "measure": measure, "staff": staff}[part](exe, work)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
