"""Crash safety of `regiosim run` (issue 10): SIGINT or SIGTERM in the middle of the runs ends every
run after its current week, writes nothing (no output file, no temporary file) and exits 1 with a
message; SIGKILL leaves no output file either (the file appears only by rename when complete), and
the killed writer's temporary file is removed by the next run that writes the same file.

usage: /usr/bin/python3 cli_signals.py REGIOSIM TESTS_APP_DIR WORKDIR
"""
import os
import shutil
import signal
import subprocess
import sys
import time


def start(regiosim, tests, out):
    return subprocess.Popen([regiosim, "run", "--force", os.path.join(tests, "small.toml"), "--out", out, "--quiet",
                             "--set", "sim.weeks=2600", "--replications", "8"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def main():
    regiosim, tests, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        out = os.path.join(work, f"{sig.name}.h5")
        proc = start(regiosim, tests, out)
        time.sleep(1.5)
        assert proc.poll() is None, "the run ended before the signal"
        sent = time.time()
        proc.send_signal(sig)
        stdout, stderr = proc.communicate(timeout=60)
        seconds = time.time() - sent
        leftovers = sorted(os.listdir(work))
        if sig == signal.SIGKILL:
            assert proc.returncode == -signal.SIGKILL
            assert len(leftovers) == 1 and leftovers[0].startswith(f"{sig.name}.h5.tmp-{proc.pid}-"), \
                f"SIGKILL: unexpected files {leftovers}"
            subprocess.run([regiosim, "run", "--force", os.path.join(tests, "small.toml"), "--out", out, "--quiet",
                            "--set", "sim.weeks=26", "--replications", "1"], check=True, stdout=subprocess.DEVNULL)
            assert sorted(os.listdir(work)) == [f"{sig.name}.h5"], sorted(os.listdir(work))
            print("SIGKILL: no output file; the temporary file was removed by the next run, which wrote the file")
            continue
        assert not leftovers, f"{sig.name}: files left behind: {leftovers}"
        assert proc.returncode == 1, f"{sig.name}: exit {proc.returncode}\n{stderr}"
        assert "stopped by a signal; nothing was written" in stderr, stderr
        assert stdout == "", "a KPI table was printed for an interrupted run"
        assert seconds < 10, f"{sig.name}: took {seconds:.1f} s to stop"
        print(f"{sig.name}: exit 1 after {seconds:.2f} s, nothing written: {stderr.strip()}")


if __name__ == "__main__":
    main()
