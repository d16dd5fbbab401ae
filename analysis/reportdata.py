"""What a results file holds, for the report: scenarios, KPIs, series and events, and the statistics
the charts use (intervals over replications, paired differences, fan bands, survival curves,
routes through the tiles).

Everything is read through :mod:`regiosim_results` (the documented HDF5 schema); nothing here knows
the simulator. The report discovers what a file contains and asks :class:`Results` for it; absent
data come back as ``None``, so a chart can be left out with a note instead of failing.

Example::

    import reportdata as rd
    with rd.Results.open("results/run.h5") as res:
        base = res.baseline
        d = rd.paired_difference(res.kpi(variant)["placements"], res.kpi(base)["placements"])
        d.verdict        # "higher", "lower", "none" (interval includes 0) or "few" (n < 2)
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

import regiosim_results as rr

#: A KPI the report derives: placements x sustained_rate_52w per replication, the number of
#: sustainable placements (the denominator of the model's cost_per_sustained_placement_eur).
SUSTAINABLE = "sustainable_placements"

#: More scenarios than this and the charts switch to compact forms (one row or line per scenario).
MANY_SCENARIOS = 6


# ---------------------------------------------------------------------------------------------
# Statistics


@dataclass
class Estimate:
    """Mean over replications with its 95 % t-interval; ``verdict`` compares the interval with 0."""

    n: int
    mean: float
    low: float
    high: float

    @property
    def verdict(self) -> str:
        """``"higher"`` (interval above 0), ``"lower"`` (below 0), ``"none"`` (includes 0) or
        ``"few"`` (fewer than 2 replications, no interval)."""
        if self.n < 2 or not math.isfinite(self.low) or not math.isfinite(self.high):
            return "few"
        if self.low > 0:
            return "higher"
        if self.high < 0:
            return "lower"
        return "none"

    @property
    def demonstrable(self) -> bool:
        return self.verdict in ("higher", "lower")


def estimate(values) -> Estimate:
    """Mean and 95 % t-interval of the finite values (NaN left out)."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    n = int(v.size)
    if n == 0:
        return Estimate(0, math.nan, math.nan, math.nan)
    mean = float(v.mean())
    if n < 2:
        return Estimate(n, mean, math.nan, math.nan)
    half = rr.t_quantile_975(n - 1) * float(v.std(ddof=1)) / math.sqrt(n)
    return Estimate(n, mean, mean - half, mean + half)


def paired_difference(variant, baseline) -> Estimate:
    """Variant minus baseline, paired by replication (common random numbers): the mean of the
    per-replication differences with a paired 95 % t-interval. Replications missing in either, or
    NaN in either, are left out."""
    a = np.asarray(variant, dtype=float)
    b = np.asarray(baseline, dtype=float)
    n = min(a.size, b.size)
    return estimate(a[:n] - b[:n])


def fan(values: np.ndarray) -> dict[str, np.ndarray]:
    """Bands over replications of an array [replication, week]: mean, and the 5/25/75/95 %
    quantiles per week."""
    v = np.asarray(values, dtype=float)
    q = np.nanpercentile(v, [5, 25, 75, 95], axis=0) if v.shape[0] else np.full((4, v.shape[1]), np.nan)
    return {"mean": np.nanmean(v, axis=0), "q05": q[0], "q25": q[1], "q75": q[2], "q95": q[3]}


def kaplan_meier(durations: np.ndarray, ended: np.ndarray, horizon: int) -> np.ndarray:
    """Kaplan-Meier survival S(t) for t = 0..horizon weeks.

    ``durations``: weeks from start to end or censoring; ``ended``: True where the spell ended,
    False where it was censored (known to last at least that long). S(t) is the product over
    durations u <= t of (1 - ends at u / spells lasting at least u). NaN from the first t at which
    no spell is at risk any more.
    """
    d = np.asarray(durations, dtype=np.int64)
    e = np.asarray(ended, dtype=bool)
    if d.size == 0:
        return np.full(horizon + 1, np.nan)
    size = max(horizon + 1, int(d.max()) + 1)
    lasting = np.bincount(d, minlength=size)
    ends = np.bincount(d[e], minlength=size) if e.any() else np.zeros(size, dtype=np.int64)
    at_risk = d.size - np.concatenate([[0], np.cumsum(lasting)[:-1]])
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(at_risk > 0, 1.0 - ends / np.maximum(at_risk, 1), 1.0)
    s = np.cumprod(factor)[: horizon + 1]
    s[at_risk[: horizon + 1] <= 0] = np.nan
    return s


# ---------------------------------------------------------------------------------------------
# Event-derived tables

#: Events that end a job spell, and events that take a person out of scope (censoring the spell).
#: Events that end a job (one per job end: the model emits exactly one of them) and events that
#: censor it (the person leaves scope: moving, pension, or the end of the follow-up in work).
SPELL_END = ("dropout", "contract_end", "trial_not_converted", "dismissed_at_subsidy_end")
SPELL_CENSOR = ("exit_other", "exit_pension", "exit_work")

#: Stages of the route through the tiles, in display order.
FLOW_TILES = ("melding", "diagnostiek", "maatschappelijk_fit", "orientatie", "werk_fit", "opleiden",
              "bemiddeling", "plaatsing", "nazorg")
FLOW_OUTCOMES = ("outcome_work", "outcome_topup", "outcome_lost", "outcome_other", "outcome_still")


def job_spells(events: pd.DataFrame, weeks: int) -> pd.DataFrame:
    """Job spells that start (``placement``) in observed weeks 0..weeks-1, one row each: replication,
    seeker, start, duration (weeks) and ended (True: ended by dropout, a contract's end, a trial
    placement without a contract or a dismissal at the end of the subsidy; False: censored by leaving
    scope, a new placement or the end of the observed weeks)."""
    ev = events[["replication", "week", "seeker", "event"]]
    ev = ev[ev["event"].isin(("placement",) + SPELL_END + SPELL_CENSOR)]
    ev = ev.reset_index(drop=True)
    # Order within a person: by week, then the model's order (the table's row order).
    ev = ev.assign(order=np.arange(len(ev))).sort_values(["replication", "seeker", "week", "order"], kind="stable")
    rep = ev["replication"].to_numpy()
    seeker = ev["seeker"].to_numpy()
    week = ev["week"].to_numpy()
    kind = ev["event"].to_numpy()
    same_next = np.zeros(len(ev), dtype=bool)
    same_next[:-1] = (rep[1:] == rep[:-1]) & (seeker[1:] == seeker[:-1])
    is_start = kind == "placement"
    idx = np.flatnonzero(is_start & (week >= 0) & (week < weeks))
    rows = []
    for i in idx:
        j = i + 1
        end_week, ended = weeks - 1, False
        if j < len(ev) and same_next[i]:
            nxt = kind[j]
            if nxt in SPELL_END:
                end_week, ended = week[j], True
            else:  # leaving scope or another placement: censored there
                end_week, ended = week[j], False
        rows.append((rep[i], seeker[i], week[i], max(0, int(end_week - week[i])), ended))
    return pd.DataFrame(rows, columns=["replication", "seeker", "start", "duration", "ended"])


def survival_curves(events: pd.DataFrame, weeks: int, replications: int, horizon: int) -> np.ndarray:
    """Kaplan-Meier curve per replication, array [replication, horizon+1] (NaN where a replication
    has no spell at risk)."""
    spells = job_spells(events, weeks)
    out = np.full((replications, horizon + 1), np.nan)
    for r in range(replications):
        s = spells[spells["replication"] == r]
        if len(s):
            out[r] = kaplan_meier(s["duration"].to_numpy(), s["ended"].to_numpy(), horizon)
    return out


def survival_from_spells(spells: pd.DataFrame, weeks: int, replications: int, horizon: int) -> np.ndarray:
    """Share of job starts still in the same job k weeks after the start, k = 0..horizon, per
    replication ([replication, k]), with the definition of the KPIs ``sustained_rate_26w`` and
    ``sustained_rate_52w``: among the jobs that started at least k weeks before the end of the
    observed weeks, those still running (``end`` ongoing) or ended k or more weeks after the start.
    At k = 52 this is ``sustained_rate_52w`` exactly. NaN where no job started early enough."""
    out = np.full((replications, horizon + 1), np.nan)
    if spells is None or not len(spells):
        return out
    k = np.arange(horizon + 1)
    for r, g in spells.groupby("replication"):
        if not 0 <= int(r) < replications:
            continue
        start = g["start_week"].to_numpy(dtype=np.int64)
        end_week = g["end_week"].to_numpy(dtype=np.int64)
        ongoing = (g["end"] == "ongoing").to_numpy() if "end" in g.columns else end_week < 0
        lasted = np.where(ongoing, np.iinfo(np.int64).max, end_week - start)
        followed = (start[:, None] + k[None, :]) <= weeks
        still = followed & (lasted[:, None] >= k[None, :])
        n = followed.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            out[int(r)] = np.where(n > 0, still.sum(axis=0) / np.maximum(n, 1), np.nan)
    return out


def routes(events: pd.DataFrame, weeks: int, follow: int) -> pd.DataFrame | None:
    """Routes of new registrants through the tiles, one row per registration (``melding``) in weeks
    0..weeks-follow, followed for ``follow`` weeks or until the next registration.

    Columns: replication, seeker, start, one boolean column per tile of :data:`FLOW_TILES` (the
    tile was started), ``steps`` (tuple of the tiles in the order first started, ties in display
    order) and ``outcome`` (one of :data:`FLOW_OUTCOMES`: the last of outflow to work, a
    placement with benefit top-up, a job lost again, another exit; otherwise still on benefit).
    ``None`` when no registration qualifies."""
    last_start = weeks - follow
    if last_start < 0:
        return None
    ev = events[["replication", "week", "seeker", "event", "tile"]].reset_index(drop=True)
    ev = ev.assign(order=np.arange(len(ev))).sort_values(["replication", "seeker", "week", "order"], kind="stable")
    # Registration number within a person: 1 from the first melding on, 2 from the second, ...
    ev["traj"] = (ev["event"] == "melding").astype(np.int64).groupby([ev["replication"], ev["seeker"]]).cumsum()
    ev = ev[ev["traj"] > 0]  # events before a person's first melding in the file belong to no route
    starts = ev[ev["event"] == "melding"][["replication", "seeker", "traj", "week"]].rename(columns={"week": "start"})
    starts = starts.drop_duplicates(["replication", "seeker", "traj"])
    starts = starts[(starts["start"] >= 0) & (starts["start"] <= last_start)]
    if starts.empty:
        return None
    ev = ev.merge(starts, on=["replication", "seeker", "traj"], how="inner")
    ev = ev[ev["week"] < ev["start"] + follow]
    ids = ["replication", "seeker", "traj"]
    out = starts.set_index(ids).sort_index()
    # Tiles reached, and the order of first starts.
    tiles = ev[(ev["event"].isin(("tile_start", "melding"))) & ev["tile"].isin(FLOW_TILES)]
    rank = {t: i for i, t in enumerate(FLOW_TILES)}
    first = tiles.groupby(ids + ["tile"], sort=False).agg(week=("week", "min"), order=("order", "min")).reset_index()
    first["rank"] = first["tile"].map(rank)
    first = first.sort_values(ids + ["week", "rank"], kind="stable")
    steps = first.groupby(ids, sort=False)["tile"].agg(tuple)
    out["steps"] = steps.reindex(out.index)
    out["steps"] = out["steps"].apply(lambda s: s if isinstance(s, tuple) else ("melding",))
    reached = first.assign(flag=True).pivot_table(index=ids, columns="tile", values="flag", aggfunc="any")
    for t in FLOW_TILES:
        col = reached[t] if t in reached.columns else None
        out[t] = col.reindex(out.index).fillna(False).astype(bool).to_numpy() if col is not None else False
    out["melding"] = True
    # Outcome: the last outcome-relevant event in the window.
    relevant = {"outflow_work": "outcome_work", "placement": "outcome_topup", "return_to_benefit": "outcome_lost",
                "exit_other": "outcome_other", "exit_pension": "outcome_other"}
    last = ev[ev["event"].isin(tuple(relevant))].sort_values(ids + ["week", "order"], kind="stable")
    last = last.groupby(ids, sort=False)["event"].last().map(relevant)
    out["outcome"] = last.reindex(out.index).fillna("outcome_still").to_numpy()
    return out.reset_index()


def route_transitions(table: pd.DataFrame) -> pd.DataFrame:
    """Counts of consecutive steps in the routes (``from``, ``to``, ``count``), each route's last
    tile leading to its outcome."""
    counts: dict[tuple[str, str], int] = {}
    for steps, outcome in zip(table["steps"], table["outcome"]):
        path = list(steps) + [outcome]
        for a, b in zip(path[:-1], path[1:]):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    rows = [(a, b, n) for (a, b), n in counts.items()]
    return pd.DataFrame(rows, columns=["from", "to", "count"])


# ---------------------------------------------------------------------------------------------
# The file


@dataclass
class ScenarioMeta:
    name: str
    role: str
    description: str
    replications: int
    #: What the scenario file calls it for readers: {"": label, "nl": label_nl, "en": label_en}
    #: (absent keys: not given).
    labels: dict | None = None


class Results:
    """A results file opened for the report; caches what it reads."""

    def __init__(self, path: str, f):
        self.path = path
        self.file_name = os.path.basename(path)
        self._f = f
        self.provenance = rr.provenance(f)
        names = rr.scenario_names(f)
        self.scenarios: list[ScenarioMeta] = []
        for name in names:
            info = rr.scenario_info(f, name)
            labels = {lang: str(info[key]) for lang, key in (("", "label"), ("nl", "label_nl"), ("en", "label_en"))
                      if str(info.get(key, "")).strip()}
            self.scenarios.append(
                ScenarioMeta(name, str(info.get("role", "")), str(info.get("description", "")),
                             int(info.get("replications", 0)), labels)
            )
        baselines = [s.name for s in self.scenarios if s.role == "baseline"]
        #: The reference scenario: the (first) one with role "baseline", else the first one.
        self.baseline: str | None = baselines[0] if baselines else (names[0] if names else None)
        self.baseline_declared = bool(baselines)
        self._kpi: dict[str, pd.DataFrame] = {}
        self._events: dict[str, pd.DataFrame | None] = {}
        #: The statistics of an uncertainty run (uncertaintydata.Uncertainty), which the report obtains
        #: from the simulator when the file has /uncertainty; None otherwise.
        self.uncertainty = None

    @property
    def file(self):
        """The open ``h5py.File`` (for :mod:`regiosim_results` functions)."""
        return self._f

    @classmethod
    def open(cls, path: str) -> "Results":
        """Opens ``path``; raises :class:`regiosim_results.RegiosimFileError` (or OSError) for a
        file that is not a readable regiosim results file."""
        if not os.path.exists(path):
            raise rr.RegiosimFileError(f"{path}: no such file")
        f = rr.open_results(path)
        try:
            if "scenarios" not in f:
                raise rr.RegiosimFileError(f"{path}: no /scenarios group")
            return cls(path, f)
        except KeyError as e:
            f.close()
            raise rr.RegiosimFileError(f"{path}: incomplete results file ({e})") from None
        except BaseException:
            f.close()
            raise

    def close(self):
        self._f.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # Scenarios ---------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.scenarios]

    @property
    def variants(self) -> list[str]:
        return [s.name for s in self.scenarios if s.name != self.baseline]

    @property
    def many(self) -> bool:
        return len(self.scenarios) > MANY_SCENARIOS

    def meta(self, name: str) -> ScenarioMeta:
        return next(s for s in self.scenarios if s.name == name)

    #: Language of the labels :meth:`label` returns (the report sets it).
    lang: str = "nl"

    def label(self, name: str) -> str:
        """What a reader sees for a scenario: its ``label_<lang>``, else ``label``, else its name."""
        labels = self.meta(name).labels or {}
        return labels.get(self.lang) or labels.get("") or name

    def replications(self) -> int:
        """The most replications any scenario has."""
        return max((s.replications for s in self.scenarios), default=0)

    # KPIs --------------------------------------------------------------------------------------

    def kpi(self, name: str) -> pd.DataFrame:
        if name not in self._kpi:
            g = self._f["scenarios"][name]
            self._kpi[name] = rr.kpis(self._f, name) if "kpi" in g else pd.DataFrame()
        return self._kpi[name]

    def kpi_names(self) -> list[str]:
        """KPI names in file order, present in every scenario."""
        names: list[str] | None = None
        for s in self.names:
            cols = list(self.kpi(s).columns)
            names = cols if names is None else [c for c in names if c in cols]
        return names or []

    def kpi_unit(self, kpi: str) -> str:
        if kpi == SUSTAINABLE:
            return "placements"
        for s in self.names:
            units = self.kpi(s).attrs.get("units", {})
            if kpi in units:
                return units[kpi]
        return ""

    def kpi_values(self, name: str, kpi: str) -> np.ndarray | None:
        if kpi == SUSTAINABLE:  # derived: the denominator of cost_per_sustained_placement_eur
            p, r = self.kpi_values(name, "placements"), self.kpi_values(name, "sustained_rate_52w")
            return None if p is None or r is None else p * r
        df = self.kpi(name)
        return df[kpi].to_numpy(dtype=float) if kpi in df.columns else None

    def kpi_estimate(self, name: str, kpi: str) -> Estimate | None:
        v = self.kpi_values(name, kpi)
        return None if v is None else estimate(v)

    def kpi_difference(self, name: str, kpi: str) -> Estimate | None:
        """Scenario minus the baseline for one KPI, paired by replication."""
        a, b = self.kpi_values(name, kpi), self.kpi_values(self.baseline, kpi)
        return None if a is None or b is None else paired_difference(a, b)

    # Series ------------------------------------------------------------------------------------

    def series_names(self, name: str) -> list[str]:
        return rr.series_names(self._f, name)

    def series(self, name: str, series: str) -> tuple[np.ndarray, list[str], str] | None:
        """``(values [replication, week, column], columns, unit)`` or None when absent."""
        g = self._f["scenarios"][name]
        if "timeseries" not in g or series not in g["timeseries"]:
            return None
        values, columns, unit, _ = rr.timeseries_array(self._f, name, series)
        if values.ndim != 3:
            return None
        return values.astype(float), columns, unit

    def series_column(self, name: str, series: str, column: str) -> np.ndarray | None:
        """One column of a series as [replication, week], or None."""
        s = self.series(name, series)
        if s is None or column not in s[1]:
            return None
        return s[0][:, :, s[1].index(column)]

    def weeks(self) -> int | None:
        """Observed weeks (rows of the time series), from the first series found."""
        for name in self.names:
            for series in self.series_names(name):
                s = self.series(name, series)
                if s is not None and s[0].shape[1] > 0:
                    return int(s[0].shape[1])
        return None

    def find_series(self, name: str, words: tuple[str, ...]) -> tuple[str, str, str] | None:
        """The first series, column whose name contains one of ``words``: a series named for them
        (column ``mean`` if it has one, else its first column), else a column named for them.
        Returns ``(series, column, unit)`` or None."""
        names = self.series_names(name)
        for series in names:
            if any(w in series for w in words):
                s = self.series(name, series)
                if s is None or not s[1]:
                    continue
                cols = s[1]
                for preferred in ("mean", "average", "trust_mean"):
                    if preferred in cols:
                        return series, preferred, s[2]
                named = [c for c in cols if any(w in c for w in words)]
                return series, (named[0] if named else cols[0]), s[2]
        for series in names:
            s = self.series(name, series)
            if s is None:
                continue
            for c in s[1]:
                if any(w in c for w in words):
                    return series, c, s[2]
        return None

    def curve(self, name: str, words: tuple[str, ...]) -> tuple[np.ndarray, str] | None:
        """A curve the model wrote in a series group other than ``timeseries`` (e.g.
        ``curves/survival``: rows are weeks since an event): the first such series whose name
        contains one of ``words``, as ``(values [replication, row], unit)`` of its column whose
        name contains one of ``words`` or ``still``, else its last column when the unit is
        ``share``. None when there is none."""
        import h5py

        g = self._f["scenarios"][name]
        for group in g:
            if group == "timeseries" or not isinstance(g[group], h5py.Group):
                continue
            for series in g[group]:
                ds = g[group][series]
                if not isinstance(ds, h5py.Dataset) or ds.ndim != 3 or not any(w in series for w in words):
                    continue
                columns = [c.decode() if isinstance(c, bytes) else str(c) for c in np.atleast_1d(ds.attrs.get("columns", []))]
                unit = ds.attrs.get("unit", "")
                unit = unit.decode() if isinstance(unit, bytes) else str(unit)
                pick = [i for i, c in enumerate(columns) if any(w in c for w in words + ("still",))]
                if not pick and unit == "share" and columns:
                    pick = [len(columns) - 1]
                if pick and ds.shape[1] > 0:
                    return ds[()][:, :, pick[0]].astype(float), unit
        return None

    # Events ------------------------------------------------------------------------------------

    def events(self, name: str) -> pd.DataFrame | None:
        """The event table, or None when the file has none for this scenario or it lacks the
        columns the report uses (week, seeker, event, tile)."""
        if name not in self._events:
            ev = rr.events(self._f, name)
            needed = {"replication", "week", "seeker", "event", "tile"}
            self._events[name] = ev if ev is not None and needed <= set(ev.columns) else None
        return self._events[name]

    def spells(self, name: str) -> pd.DataFrame | None:
        """The job-spell table (one row per job starting in the observed weeks), or None."""
        if not hasattr(self, "_spells"):
            self._spells = {}
        if name not in self._spells:
            self._spells[name] = rr.spells(self._f, name)
        return self._spells[name]

    def has_events(self) -> bool:
        return all(self.events(n) is not None for n in self.names)
