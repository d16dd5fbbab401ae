"""`regiosim bench` prints one name=value figure per line for every thread count, the phases of the
week, peak memory and, with --concurrent, replications run at once. Checks that every figure is
there and plausible: the same work (seeker-weeks) at 1 and 2 threads, phase times that add up to at
most the run's wall time, serial parts within their phases, speed-up 1 at one thread, Amdahl's bound
consistent with the serial share at one thread, and a concurrent speed-up that counts the work
of both replications (between 0.5 and 2.5 on any machine: far outside means it was not counted).

usage: /usr/bin/python3 cli_bench.py REGIOSIM SCENARIO
"""
import math
import subprocess
import sys

PHASES = ["inflow", "arrivals", "register", "assign", "employer_staff", "employer_plan", "employer_hours", "growth", "plan",
          "allocate", "services", "employer_services", "vacancies", "regular_applicants", "applications", "shared_pool", "shared_search", "group_applications", "hire", "employment",
          "network", "aggregate"]
PER_THREADS = ["wall_s_median", "wall_s_min", "wall_s_max", "cpu_s_median", "seeker_weeks_per_s",
               "employer_weeks_per_s", "seeker_weeks", "speedup", "parallel_efficiency", "serial_s", "serial_share"]
# Phases that run alone: all of their time is serial. Agents and tasks phases have no serial part.
SERIAL_PHASES = {"inflow", "register", "assign", "employer_staff", "growth", "allocate", "shared_pool", "hire", "aggregate"}
AGENT_PHASES = {"arrivals", "employer_hours", "plan", "services", "employer_services", "regular_applicants", "applications", "shared_search",
                "group_applications"}


def main():
    regiosim, scenario = sys.argv[1:3]
    out = subprocess.run([regiosim, "bench", scenario, "--threads", "1,2", "--repeats", "1", "--concurrent",
                          "--set", "sim.replications=1"], check=True, capture_output=True, text=True).stdout
    figures = {}
    for line in out.splitlines():
        assert line.startswith("bench.") and "=" in line, f"not a figure line: {line!r}"
        name, value = line[len("bench."):].split("=", 1)
        assert name not in figures, f"printed twice: {name}"
        figures[name] = value
    assert figures.pop("scenario") == "small", "scenario name"
    values = {k: float(v) for k, v in figures.items()}
    for k, v in values.items():
        assert math.isfinite(v) and v >= 0, f"{k}={v}"
    expected = {"job_seekers_initial", "employers", "weeks", "repeats", "peak_rss_mib", "concurrent.peak_rss_mib",
                "concurrent2.wall_s_median", "concurrent2.seeker_weeks_per_s", "concurrent2.speedup"}
    for t in (1, 2):
        expected |= {f"threads{t}.{k}" for k in PER_THREADS}
        expected |= {f"threads{t}.phase.{p}_s" for p in PHASES}
        expected |= {f"threads{t}.phase.{p}_serial_s" for p in PHASES}
    expected.add("threads2.amdahl_speedup_limit")
    missing, extra = expected - values.keys(), values.keys() - expected
    assert not missing and not extra, f"missing {sorted(missing)}, unexpected {sorted(extra)}"
    assert values["job_seekers_initial"] == 600 and values["weeks"] == 130, "scenario size"
    assert values["threads1.seeker_weeks"] == values["threads2.seeker_weeks"] > 600 * 100, "same work at 1 and 2 threads"
    assert values["threads1.speedup"] == 1 and values["threads1.parallel_efficiency"] == 1
    for t in (1, 2):
        phases = sum(values[f"threads{t}.phase.{p}_s"] for p in PHASES)
        wall = values[f"threads{t}.wall_s_median"]
        assert 0 < phases <= wall * 1.02, f"threads {t}: phases {phases} s against wall {wall} s"
        rate = values[f"threads{t}.seeker_weeks"] / wall
        assert abs(values[f"threads{t}.seeker_weeks_per_s"] / rate - 1) < 1e-4, "seeker-weeks per second"
        assert values[f"threads{t}.wall_s_min"] <= wall <= values[f"threads{t}.wall_s_max"]
        for p in PHASES:
            total, alone = values[f"threads{t}.phase.{p}_s"], values[f"threads{t}.phase.{p}_serial_s"]
            if p in SERIAL_PHASES:
                assert alone == total, f"threads {t}: serial phase {p}: {alone} of {total} s alone"
            elif p in AGENT_PHASES:
                assert alone == 0, f"threads {t}: agents or tasks phase {p} has a serial part"
            else:  # proposals: the resolve step runs alone
                assert 0 < alone < total, f"threads {t}: proposals phase {p}: {alone} of {total} s alone"
        serial = sum(values[f"threads{t}.phase.{p}_serial_s"] for p in PHASES)
        assert abs(values[f"threads{t}.serial_s"] - serial) <= 1e-5 * serial + 1e-9, "serial_s is the phases' sum"
        assert abs(values[f"threads{t}.serial_share"] - serial / phases) < 1e-4, "serial share"
    assert abs(values["threads2.speedup"] - values["threads1.wall_s_median"] / values["threads2.wall_s_median"]) < 1e-3
    s1 = values["threads1.serial_share"]
    assert 0 < s1 < 1, f"serial share {s1}"
    assert abs(values["threads2.amdahl_speedup_limit"] - 1 / (s1 + (1 - s1) / 2)) < 1e-4, "Amdahl's bound"
    assert 0.5 < values["concurrent2.speedup"] < 2.5, f"concurrent speed-up {values['concurrent2.speedup']}"
    assert values["concurrent.peak_rss_mib"] >= values["peak_rss_mib"] > 1, "peak memory"
    print("bench: all", len(values) + 1, "figures present and consistent")


if __name__ == "__main__":
    main()
