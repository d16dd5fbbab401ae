"""The statistics of an uncertainty run (``regiosim run --uncertainty N``), as the report shows them.

A results file with the group ``/uncertainty`` holds N parameter sets drawn from the priors (the
"draws") and the KPIs of every scenario on each. What the report says of them (central value,
interval over draws, interval over replications, sign share, driving parameters) is computed by the
simulator, once (app/uncertainty_summary.cc, sim/uncertainty.h): this module runs ``regiosim summary
--json FILE`` and reads its ``"uncertainty"`` key; it does not compute the statistics again. The
parameters' meanings come from ``regiosim params --json`` (the one parameter table).

The program is ``$REGIOSIM_BIN`` (``regiosim report`` sets it to itself), else ``regiosim`` on PATH.

Example::

    import uncertaintydata as ud
    with rr.open_results(path) as f:
        u = ud.load(f, path)                    # None for a file without /uncertainty
    d = u.scenarios[1].kpis["sustained_rate_52w"]
    d.central, d.draws_low, d.draws_high, d.same_sign, d.draws_used
    ud.main_effect(u.scenarios[1])              # the KPI whose difference stands out most from chance
    ud.named_drivers(d)                         # the drivers the report names (above the noise floor)
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from dataclasses import dataclass, field

import h5py
import numpy as np

import regiosim_results as rr

#: KPIs the conclusion may call the main effect of a variant, in order of preference on a tie.
MAIN_EFFECT_KPIS = ("placements", "sustained_rate_52w", "placement_rate_26w", "outflow_off_benefit")

#: A parameter is named as driving an outcome only when `regiosim summary` marks it ``clear``: its
#: first-order index lies above the noise floor (the largest index 95% of shuffles of the outcome give
#: over all varied parameters, where nothing matters) and its bootstrap interval above zero. Picking
#: the largest of some 200 noisy indices needs that guard: with 20 draws of the default region,
#: parameters of a switched-off mechanism (growth routes) came out on top with indices around 0.45,
#: with 100 draws around 0.13. Below this many draws the report adds that more draws may show drivers.
MIN_DRAWS_FOR_DRIVERS = 100

#: A difference whose direction is the same in at least this share of the draws is robust to the
#: assumptions (as `regiosim findings` calls a claim that holds).
ROBUST_SHARE = 0.9

#: Drivers named per outcome in the report's table (the summary gives five).
DRIVERS_SHOWN = 3


class UncertaintyError(Exception):
    """The statistics could not be obtained (no regiosim program, or it failed)."""


@dataclass
class Driver:
    parameter: str
    index: float
    low: float
    high: float
    clear: bool = False           # above the noise floor, interval above zero


@dataclass
class Outcome:
    """One row of the uncertainty table: a KPI of the baseline, or a variant's difference with it."""

    kpi: str
    unit: str
    central: float
    draws_low: float
    draws_high: float
    replications_low: float
    replications_high: float
    draws_used: int
    same_sign: int
    drivers: list[Driver] = field(default_factory=list)

    @property
    def defined(self) -> bool:
        return self.draws_used > 0 and math.isfinite(self.central)


@dataclass
class ScenarioUncertainty:
    name: str
    difference: bool              # True: the variant minus the baseline; False: the baseline's levels
    kpis: dict[str, Outcome]      # in the summary's order


@dataclass
class Parameter:
    key: str
    unit: str
    meaning: str
    low: float                    # the lowest and highest value among the draws
    high: float


@dataclass
class Uncertainty:
    draws: int
    replications: int
    parameters_varied: int
    scenarios: list[ScenarioUncertainty]     # the baseline first
    parameters: dict[str, Parameter]         # every varied parameter, by key

    def scenario(self, name: str) -> ScenarioUncertainty | None:
        return next((s for s in self.scenarios if s.name == name), None)


def regiosim_program() -> str | None:
    """``$REGIOSIM_BIN``, else ``regiosim`` on PATH, else None."""
    path = os.environ.get("REGIOSIM_BIN", "")
    return path if path else shutil.which("regiosim")


def _run_json(program: str, args: list[str]) -> dict:
    try:
        run = subprocess.run([program, *args], capture_output=True, text=True, timeout=600)
    except OSError as e:
        raise UncertaintyError(f"cannot run {program}: {e}") from e
    except subprocess.TimeoutExpired as e:
        raise UncertaintyError(f"{program} {' '.join(args)} did not finish in 10 minutes") from e
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise UncertaintyError(f"{program} {' '.join(args)} exited {run.returncode}: {last}")
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError as e:
        raise UncertaintyError(f"{program} {' '.join(args)} did not print JSON ({e})") from e


def _number(x) -> float:
    return math.nan if x is None else float(x)


def load(f: h5py.File, path: str, program: str | None = None) -> Uncertainty | None:
    """The uncertainty statistics of the results file ``f`` (open, read from ``path``) as ``regiosim
    summary --json`` gives them; None when the file has no /uncertainty. Raises UncertaintyError when
    they cannot be had."""
    draws = rr.uncertainty(f)
    if draws is None:
        return None
    keys = list(draws["factors"]["key"])
    units = list(draws["factors"]["unit"])
    values = draws["values"].to_numpy(dtype=float)
    program = program or regiosim_program()
    if not program:
        raise UncertaintyError(
            f"{path} holds an uncertainty run, whose statistics come from `regiosim summary --json`, but no "
            f"regiosim program was found: set REGIOSIM_BIN to the regiosim binary or put regiosim on PATH "
            f"(`regiosim report` sets REGIOSIM_BIN itself)")
    doc = _run_json(program, ["summary", "--json", path])
    if "uncertainty" not in doc:
        raise UncertaintyError(f"{program} summary --json does not report the uncertainty run of {path} "
                               f"(a regiosim older than the file?)")
    try:
        meanings = {p["key"]: p.get("meaning", "") for p in _run_json(program, ["params", "--json"])["parameters"]}
    except (UncertaintyError, KeyError, TypeError):
        meanings = {}  # the meanings are a courtesy (English tooltips); the report does without them
    units_of = {}
    for s in doc.get("scenarios", []):
        for name, k in s.get("kpis", {}).items():
            units_of.setdefault(name, k.get("unit", ""))
    u = doc["uncertainty"]
    scenarios = []
    for s in u["scenarios"]:
        kpis = {}
        for name, k in s["kpis"].items():
            kpis[name] = Outcome(
                kpi=name, unit=units_of.get(name, ""), central=_number(k["central"]),
                draws_low=_number(k["draws_low"]), draws_high=_number(k["draws_high"]),
                replications_low=_number(k["replications_low"]), replications_high=_number(k["replications_high"]),
                draws_used=int(k["draws_used"]), same_sign=int(k["same_sign"]),
                drivers=[Driver(d["parameter"], _number(d["index"]), _number(d["low"]), _number(d["high"]), bool(d.get("clear", False)))
                         for d in k.get("drivers", [])])
        scenarios.append(ScenarioUncertainty(s["name"], s.get("compared") == "difference_from_baseline", kpis))
    parameters = {}
    for j, key in enumerate(keys):
        column = values[:, j] if values.ndim == 2 and values.shape[0] else np.array([])
        column = column[np.isfinite(column)]
        parameters[key] = Parameter(key, units[j], meanings.get(key, ""),
                                    float(column.min()) if column.size else math.nan,
                                    float(column.max()) if column.size else math.nan)
    return Uncertainty(draws=int(u["draws"]), replications=int(u["replications"]),
                       parameters_varied=int(u.get("parameters_varied", len(keys))), scenarios=scenarios,
                       parameters=parameters)


def row_scale(o: Outcome) -> float:
    """The size that sets a row's decimals: the largest end of its two intervals (its central value
    where it has none)."""
    ends = [abs(x) for x in (o.draws_low, o.draws_high, o.replications_low, o.replications_high) if math.isfinite(x)]
    return max(ends) if ends else o.central


def named_drivers(o: Outcome, top: int = DRIVERS_SHOWN) -> list[Driver]:
    """The drivers the report names for an outcome: those ``regiosim summary`` marks clear (above the
    noise floor, interval above zero), largest first, at most ``top``."""
    clear = [d for d in o.drivers if d.clear and math.isfinite(d.index)]
    return sorted(clear, key=lambda d: -d.index)[:top]


def main_effect(s: ScenarioUncertainty) -> Outcome | None:
    """The variant's main effect for the conclusion: of MAIN_EFFECT_KPIS, the difference whose central
    value stands out most from chance (the central value over half the width of the interval over
    replications; over draws where there is no such interval). None when every central value is 0
    or undefined."""
    best, best_score = None, 0.0
    for name in MAIN_EFFECT_KPIS:
        o = s.kpis.get(name)
        if o is None or not o.defined or o.central == 0:
            continue
        half = (o.replications_high - o.replications_low) / 2
        if not (math.isfinite(half) and half > 0):
            half = (o.draws_high - o.draws_low) / 2
        score = abs(o.central) / half if math.isfinite(half) and half > 0 else math.inf
        if best is None or score > best_score:
            best, best_score = o, score
    return best
