"""Read regiosim HDF5 results files and sweep files (format_version 1) into pandas.

This module reads the schema documented in ``docs/hdf5-schema.md`` and nothing else: it does not
know how the simulator works, only where the writer puts things. Files of another
``format_version`` or an unknown ``file_kind`` are refused rather than guessed at.

Two kinds of file share the root attributes: *results files* (``regiosim run``; no ``file_kind``
attribute, or ``"results"``) and *sweep files* (``regiosim sweep``; ``file_kind = "sweep"``).
:func:`open_results` opens results files only and refuses a sweep file with a message that says
so; :func:`read_sweep` reads a sweep file, and :func:`is_sweep` tells them apart.

Dependencies: h5py, numpy and pandas (on Debian 12: python3-h5py, python3-numpy, python3-pandas;
run with ``/usr/bin/python3``). SciPy is not needed: the 97.5 % Student-t quantile used for the
95 % confidence intervals comes from :func:`t_quantile_975` below.

Typical use::

    import regiosim_results as rr
    with rr.open_results("results/run.h5") as f:
        print(rr.kpi_summary(f))
        k = rr.kpis(f, "baseline")                      # replications x KPIs
        ts = rr.timeseries(f, "baseline", "stocks")     # long: replication, week, column, value
        ev = rr.events(f, "baseline")                   # None when the file has no events
        # A cohort week by week: registered in the first quarter on rungs 1-2, counted as waiting,
        # in service, employed or out of scope, on benefit (these need output.events = true), and
        # in a job by its form; per observed week, or per week since each person's registration.
        c = rr.cohort(f, "baseline", replication=0, registered=(0, 12), select=lambda p: p.rung <= 2)
        s = rr.cohort(f, "baseline", registered=(0, 12), since_registration=True)
        in_work = s["employed"] / s["followed"]         # share in work k weeks after registration

    if rr.is_sweep("results/sweep.h5"):
        sw = rr.read_sweep("results/sweep.h5")          # factors, points, runs, sensitivity
        sw.runs.groupby("point")["placements"].mean()   # a KPI per design point
        rr.sweep_point_summary(sw)                      # mean and 95 % t-interval per point and KPI

Command line: ``/usr/bin/python3 analysis/regiosim_results.py FILE.h5`` prints the KPI summary
(of a sweep file: the mean per design point of the analysed KPIs, and its sensitivity indices).

Notes on h5py: variable-length UTF-8 string *attributes* come back as ``str``; string *datasets*
and string fields of compound datasets come back as ``bytes`` in h5py 3, so this module decodes
them (``Dataset.asstr()`` for plain string datasets).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sys
import time
from dataclasses import dataclass, field

import h5py
import numpy as np
import pandas as pd

__all__ = [
    "FORMAT_VERSION",
    "FILE_KINDS",
    "RegiosimFileError",
    "open_results",
    "verify_digest",
    "file_kind",
    "is_sweep",
    "open_sweep",
    "Sweep",
    "read_sweep",
    "sweep_point_summary",
    "sweep_timeseries",
    "sweep_timeseries_array",
    "provenance",
    "scenario_names",
    "scenario_info",
    "parameters",
    "seeds",
    "kpis",
    "kpi_summary",
    "series_names",
    "timeseries",
    "timeseries_array",
    "events",
    "persons",
    "cohort",
    "COHORT_STATES",
    "COHORT_TRANSITIONS",
    "COHORT_COUNTS",
    "uncertainty",
    "t_quantile_975",
]

#: The only schema version this module reads.
FORMAT_VERSION = 1

#: The kinds of file this module reads (root attribute ``file_kind``; a file without it is a
#: results file).
FILE_KINDS = ("results", "sweep", "findings", "calibration")

_ENGINE = "regiosim"

#: The user block at the head of every file regiosim writes, holding its content digest.
USER_BLOCK = 512
_HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
_HEADER = re.compile(rb"regiosim-file 1\nbytes (\d{1,20})\nsha256 ([0-9a-f]{64})\n")
_verified: dict = {}  # identity of a file (device, inode, size, times) -> True, for files checked


class RegiosimFileError(ValueError):
    """The file is not a regiosim results file this module can read."""


# --------------------------------------------------------------------------------------------
# Files


def verify_digest(path) -> None:
    """Check the content digest at the head of a regiosim file (docs/hdf5-schema.md) before HDF5
    reads any of it, as regiosim's own readers do: the header, the file's length and the SHA-256 of
    every byte after the user block. Raises :class:`RegiosimFileError` naming the file and what is
    wrong (a file changed, cut short or extended after it was written; a file without the header,
    written by another program or an older regiosim). A file is read once per process while it
    stays unchanged. :func:`open_results` calls it; the CRC-32 of each dataset is checked by
    ``regiosim summary``, ``export`` and ``report``, not here."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
            if _verified.get(identity):
                return
            started = time.time_ns()
            block = f.read(USER_BLOCK)
            if not block:
                raise RegiosimFileError(f"{path}: is empty: not a regiosim file")
            if block.startswith(_HDF5_SIGNATURE):
                raise RegiosimFileError(
                    f"{path}: has no content digest: written by a regiosim older than this one, or by another "
                    "program; only files whose content can be verified are read (run regiosim again to write "
                    "the file anew)")
            if not block.startswith(b"regiosim-file "):
                raise RegiosimFileError(f"{path}: not a regiosim file (it does not start with a regiosim header)")
            header = _HEADER.match(block)
            if len(block) < USER_BLOCK or header is None or block[header.end():].strip(b"\0"):
                raise RegiosimFileError(
                    f"{path}: damaged: its regiosim header is not valid (the file was changed after it was written)")
            written = int(header.group(1))
            if st.st_size != written:
                raise RegiosimFileError(
                    f"{path}: damaged: {st.st_size} bytes, but it was written with {written} (the file was "
                    "truncated or extended after it was written)")
            sha = hashlib.sha256()
            total = USER_BLOCK
            for chunk in iter(lambda: f.read(1 << 20), b""):
                sha.update(chunk)
                total += len(chunk)
            if total != written:
                raise RegiosimFileError(f"{path}: damaged: the file changed its length while it was read")
            if sha.hexdigest().encode("ascii") != header.group(2):
                raise RegiosimFileError(
                    f"{path}: damaged: content digest does not match (the file was changed after it was written)")
            # Remembered only where a later change could not keep the change time (its resolution
            # can be coarse): a file changed within two seconds of its check is checked again.
            after = os.fstat(f.fileno())
            settled = after.st_ctime_ns + 2_000_000_000 <= started
            if settled and (after.st_size, after.st_mtime_ns, after.st_ctime_ns) == identity[2:]:
                _verified[identity] = True
    except OSError as e:
        raise RegiosimFileError(f"{path}: cannot be read ({e.strerror or e})") from None


def open_results(path, kind: str | None = "results") -> h5py.File:
    """Open a results file read-only and check that it is a regiosim file of format_version 1.

    Returns the open ``h5py.File`` (use it as a context manager). Raises
    :class:`RegiosimFileError` with a message naming the file when its content digest does not
    hold (:func:`verify_digest`: checked first, as HDF5 can crash on damaged bytes), it is not
    HDF5, has no ``engine`` attribute equal to ``"regiosim"``, has another ``format_version`` or an unknown
    ``file_kind``, or is not of the requested ``kind``: ``"results"`` (the default: a file of
    ``regiosim run``; a sweep file is refused with a message that says what it is), ``"sweep"``, or
    ``None`` for either.
    """
    verify_digest(path)
    try:
        f = h5py.File(path, "r")
    except OSError as e:
        raise RegiosimFileError(f"{path}: not an HDF5 file or cannot be opened ({e})") from None
    try:
        engine = f.attrs.get("engine")
        if isinstance(engine, bytes):
            engine = engine.decode("utf-8", "replace")
        if engine != _ENGINE:
            raise RegiosimFileError(f"{path}: not a regiosim results file")
        version = f.attrs.get("format_version")
        if version is None:
            raise RegiosimFileError(f"{path}: not a regiosim results file (no format_version attribute)")
        if int(version) != FORMAT_VERSION:
            raise RegiosimFileError(
                f"{path}: format_version {int(version)} is not supported by this reader (reads {FORMAT_VERSION})"
            )
        found = file_kind(f)
        if found not in FILE_KINDS:
            raise RegiosimFileError(
                f"{path}: file_kind {found!r} is not supported by this reader (reads {', '.join(FILE_KINDS)})"
            )
        if kind is not None and found != kind:
            raise RegiosimFileError(f"{path}: {KIND_TEXT[found]}, not {KIND_TEXT[kind].split(' (')[0]}")
    except BaseException:
        f.close()
        raise
    return f


#: What each kind of file is, for messages (see :func:`open_results`).
KIND_TEXT = {
    "results": "a results file (written by regiosim run)",
    "sweep": "a sweep file (written by regiosim sweep; read it with read_sweep(), or make its report)",
    "findings": "a findings file (written by regiosim findings: one row per published finding in "
                "/findings/table; regiosim export writes it as findings.csv)",
    "calibration": "a calibration file (written by regiosim calibrate: regiosim summary prints its tables; "
                   "regiosim export writes them as CSV)",
}


def file_kind(f: h5py.File) -> str:
    """The root attribute ``file_kind`` of an open regiosim file: ``"results"`` when absent."""
    kind = f.attrs.get("file_kind")
    return "results" if kind is None else _str(kind)


def kind_of(path) -> str:
    """The kind of a regiosim file (``results``, ``sweep``, ``findings``, ``calibration``); raises
    :class:`RegiosimFileError` for a file that is none of them."""
    with open_results(path, kind=None) as f:
        return file_kind(f)


def is_sweep(path) -> bool:
    """True for a sweep file, False for a results file; raises :class:`RegiosimFileError` for a
    file that is neither (not HDF5, not regiosim, another format_version, unknown file_kind)."""
    with open_results(path, kind=None) as f:
        return file_kind(f) == "sweep"


def _str(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _strings(values) -> list[str]:
    return [_str(v) for v in np.atleast_1d(values)]


def _scenario(f: h5py.File, scenario: str) -> h5py.Group:
    try:
        return f["scenarios"][scenario]
    except KeyError:
        raise KeyError(f"{f.filename}: /scenarios/{scenario}: no such scenario") from None


def provenance(f: h5py.File) -> dict:
    """The root attributes: engine, engine_version, engine_commit, command_line, created_utc,
    threads, base_seed, replications and format_version, as plain Python values."""
    out = {}
    for key, value in f.attrs.items():
        if isinstance(value, (bytes, str)):
            out[key] = _str(value)
        else:
            out[key] = value.item() if hasattr(value, "item") else value
    return out


def scenario_names(f: h5py.File) -> list[str]:
    """Scenario names in the order the writer added them (the ``/scenarios`` ``order`` attribute)."""
    return _strings(f["scenarios"].attrs["order"])


def scenario_info(f: h5py.File, scenario: str) -> dict:
    """A scenario's attributes (name, role, description, content_hash, replications) and its
    resolved TOML text under ``resolved_scenario``."""
    g = _scenario(f, scenario)
    info = {key: (_str(v) if isinstance(v, (bytes, str)) else int(v)) for key, v in g.attrs.items()}
    info["resolved_scenario"] = g["resolved_scenario"].asstr()[()]
    return info


def parameters(f: h5py.File, scenario: str) -> pd.DataFrame:
    """The resolved parameters of a scenario: columns key, value (as TOML writes it), unit, source."""
    data = _scenario(f, scenario)["parameters"][()]
    columns = ["key", "value", "unit", "source"]
    return pd.DataFrame({c: [_str(v) for v in data[c]] if len(data) else [] for c in columns}, columns=columns)


def seeds(f: h5py.File, scenario: str) -> pd.Series:
    """The seed of every replication (uint64), indexed by replication."""
    values = _scenario(f, scenario)["seeds"][()]
    return pd.Series(values, index=pd.RangeIndex(len(values), name="replication"), name="seed")


# --------------------------------------------------------------------------------------------
# KPIs


def kpis(f: h5py.File, scenario: str) -> pd.DataFrame:
    """The KPI table of a scenario: index ``replication``, one float column per KPI (NaN where a
    KPI is undefined in a replication). Units and descriptions are in ``df.attrs``."""
    ds = _scenario(f, scenario)["kpi"]
    columns = _strings(ds.attrs["columns"])
    values = ds[()]
    df = pd.DataFrame(values.reshape(len(values), len(columns)), columns=columns)
    df.index = pd.RangeIndex(len(df), name="replication")
    df.columns.name = "kpi"
    df.attrs["units"] = dict(zip(columns, _strings(ds.attrs["units"])))
    df.attrs["descriptions"] = dict(zip(columns, _strings(ds.attrs["descriptions"])))
    return df


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the regularised incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        for num in (m * (b - m) * x / ((a + m2 - 1) * (a + m2)), -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return h


def _t_upper_tail(t: float, df: float) -> float:
    """P(T > t) for Student's t with ``df`` degrees of freedom, t >= 0."""
    x = df / (df + t * t)
    a, b = df / 2.0, 0.5
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    ibeta = front * _betacf(a, b, x) / a if x < (a + 1) / (a + b + 2) else 1.0 - front * _betacf(b, a, 1 - x) / b
    return 0.5 * ibeta


def t_quantile_975(df: int) -> float:
    """The 0.975 quantile of Student's t with ``df`` degrees of freedom (NaN for df < 1), exact to
    about 1e-12 (bisection on the t distribution's tail), so that the report, the CSV export and
    ``regiosim summary`` (Boost.Math) give the same intervals."""
    if df < 1:
        return math.nan
    lo, hi = 1.959963984540054, 13.0
    while _t_upper_tail(hi, df) > 0.025:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if _t_upper_tail(mid, df) > 0.025:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-13:
            break
    return 0.5 * (lo + hi)


def kpi_summary(f: h5py.File) -> pd.DataFrame:
    """Mean and 95 % t-interval of every KPI of every scenario.

    One row per (scenario, kpi), scenarios in file order and KPIs in column order, with columns
    n (replications with a value: NaNs are left out), mean, sd (sample standard deviation),
    half_width = t(0.975, n-1) * sd / sqrt(n), lower, upper and unit. With n < 2 the interval is
    NaN.
    """
    rows = []
    for scenario in scenario_names(f):
        df = kpis(f, scenario)
        for kpi in df.columns:
            rows.append({"scenario": scenario, "kpi": kpi, **_interval(df[kpi].to_numpy(dtype=float)),
                         "unit": df.attrs["units"].get(kpi, "")})
    columns = ["scenario", "kpi", "n", "mean", "sd", "half_width", "lower", "upper", "unit"]
    return pd.DataFrame(rows, columns=columns).set_index(["scenario", "kpi"])


def _interval(values: np.ndarray) -> dict:
    """n, mean, sd, half_width, lower, upper of the non-NaN values (95 % t-interval; NaN for n < 2)."""
    values = values[~np.isnan(values)]
    n = int(values.size)
    mean = float(values.mean()) if n else math.nan
    sd = float(values.std(ddof=1)) if n >= 2 else math.nan
    half = t_quantile_975(n - 1) * sd / math.sqrt(n) if n >= 2 else math.nan
    return {"n": n, "mean": mean, "sd": sd, "half_width": half, "lower": mean - half, "upper": mean + half}


# --------------------------------------------------------------------------------------------
# Time series and events


def series_names(f: h5py.File, scenario: str) -> list[str]:
    """Names of the weekly time series of a scenario (in the order the model reported them)."""
    g = _scenario(f, scenario)
    if "timeseries" not in g:
        return []
    # The writer tracks link creation order in this group, and h5py iterates in that order.
    return list(g["timeseries"].keys())


def timeseries(f: h5py.File, scenario: str, name: str) -> pd.DataFrame:
    """One time series in long form: columns replication, week, column, value.

    ``week`` is the row index within the series (0-based, observation weeks); ``value`` keeps the
    stored dtype (int32 for count series, float64 otherwise). Unit and description are in
    ``df.attrs``.
    """
    ds = _scenario(f, scenario)["timeseries"][name]
    values = ds[()]
    reps, weeks, ncols = values.shape
    columns = np.array(_strings(ds.attrs["columns"]), dtype=object)
    df = pd.DataFrame(
        {
            "replication": np.repeat(np.arange(reps), weeks * ncols),
            "week": np.tile(np.repeat(np.arange(weeks), ncols), reps),
            "column": np.tile(columns, reps * weeks) if ncols else np.array([], dtype=object),
            "value": values.reshape(-1),
        }
    )
    df.attrs["unit"] = _str(ds.attrs.get("unit", ""))
    df.attrs["description"] = _str(ds.attrs.get("description", ""))
    return df


def timeseries_array(f: h5py.File, scenario: str, name: str) -> tuple[np.ndarray, list[str], str, str]:
    """One time series as a NumPy array [replication, week, column] with its column names, unit
    and description: ``values, columns, unit, description``. Cheaper than :func:`timeseries` for
    large files."""
    ds = _scenario(f, scenario)["timeseries"][name]
    return (
        ds[()],
        _strings(ds.attrs["columns"]) if "columns" in ds.attrs else [],
        _str(ds.attrs.get("unit", "")),
        _str(ds.attrs.get("description", "")),
    )


def events(f: h5py.File, scenario: str) -> pd.DataFrame | None:
    """The event table of a scenario, or None when the file has none for it.

    Columns: replication, then the model's columns. Enumerated columns come back as strings
    (their labels; -1 reads as "none"); other columns as int64. Column descriptions are in
    ``df.attrs["descriptions"]``.
    """
    return records(f, scenario, "events")


def spells(f: h5py.File, scenario: str) -> pd.DataFrame | None:
    """The job-spell table of a scenario (one row per job starting in the observed weeks), or None
    when the file has none; read like :func:`events`."""
    return records(f, scenario, "spells")


def persons(f: h5py.File, scenario: str) -> pd.DataFrame | None:
    """The person table of a scenario (written with the event history or the spells): one row per
    person in scope in some observed week, with what was registered at the first Melding (age band
    and age, sex, education, benefit type, disability, rung, the ZRM score of each life domain) and
    the status, exit reason and exit week at the end; None when the file has none. Read like
    :func:`events`; :func:`cohort` follows a group of it week by week."""
    return records(f, scenario, "persons")


#: How the event history moves a person between the states of :func:`cohort`: one line per event
#: kind (models/events.h) that changes a person's status or benefit, as models/region_model.cc and
#: models/employment.cc change them. Each line gives ``(status, benefit)`` after the event:
#: ``status`` is the person's state (None: unchanged); ``benefit`` True puts the person on benefit
#: when the benefit type pays one (every type but ``nug``), False takes them off it, None leaves it.
#: Where one week holds several such events, the last one of each kind of change decides the week.
#: The cohort's states are ``not_registered`` and the statuses of this table in its order; a state
#: whose name starts with ``exited_`` is out of scope (no longer counted on benefit). A new state is
#: one line. ``ww_end`` has none: a new job (``placement``) or the return to bijstand
#: (``return_to_benefit``) in the same week says where the person goes.
COHORT_TRANSITIONS = {
    "melding": ("waiting", None),              # registered, or back in the queue without a case manager
    "assigned": ("in_service", None),          # got a case manager
    "placement": ("employed", None),           # started a job (benefit kept until earnings exceed it)
    "outflow_work": (None, False),             # earnings exceed the benefit: off benefit, still employed
    "ww_start": ("on_ww", False),              # the job ended and gave WW (a top-up follows at once if below the norm)
    "return_to_benefit": ("in_service", True),  # the job ended, or the WW ran out or fell below the norm
    "exit_other": ("exited_other", False),     # left scope: moving, partner income, ...
    "exit_pension": ("exited_pension", False),  # reached the state pension age
    "exit_work": ("exited_work", False),       # followed for careers.follow_up_weeks off benefit in work
}

#: The states of :func:`cohort`, in its column order: every person of the group is in exactly one
#: at the end of each week.
COHORT_STATES = ("not_registered",) + tuple(dict.fromkeys(s for s, _ in COHORT_TRANSITIONS.values() if s))

#: The other columns of :func:`cohort`: counts of persons in scope on benefit, of those employed
#: that are (the model's ``stocks`` columns of the same names), and, when the file has the spells
#: table, of those in a job in the observed weeks by its form then (benefit retained in a trial
#: placement or traineeship; a contract, temporary or permanent).
COHORT_COUNTS = ("on_benefit", "employed_with_benefit", "job_trial_or_traineeship", "job_contract")


def _observed_weeks(f: h5py.File, scenario: str) -> int:
    p = parameters(f, scenario)
    value = p.loc[p["key"] == "sim.weeks", "value"]
    if len(value):
        return int(value.iloc[0])
    return int(_scenario(f, scenario)["timeseries"]["stocks"].shape[1])


def _last_per_week(ev: pd.DataFrame, column: str) -> pd.DataFrame:
    """The events that change ``column`` (non-null), the last of each person and week."""
    return ev[ev[column].notna()].drop_duplicates(["seeker", "week"], keep="last")


def _carry_forward(codes: np.ndarray) -> np.ndarray:
    """Each row's last non-zero code up to each column (0 before the first)."""
    at = np.where(codes != 0, np.arange(codes.shape[1])[None, :], 0)
    np.maximum.accumulate(at, axis=1, out=at)
    return np.take_along_axis(codes, at, axis=1)


def cohort(f: h5py.File, scenario: str, replication: int = 0, select=None, registered: tuple[int, int] | None = None,
           since_registration: bool = False, use_events: bool = True) -> pd.DataFrame:
    """Follow a group of persons through benefit, work and exits, week by week.

    The group: the persons of the replication's :func:`persons` table registered (first Melding) in
    the weeks ``registered = (first, last)`` (inclusive, observed weeks; None: any week) and chosen
    by ``select``, a function of that DataFrame returning a boolean mask (e.g. ``lambda p: (p.rung
    <= 2) & (p.benefit_type == "bijstand")``; None: all).

    One row per observed week (index ``week``), or with ``since_registration`` per week since each
    person's registration (index ``weeks_since_registration``, 0 = the registration week; column
    ``followed``: the persons observed that long, the others are not counted in that row). Columns:
    the states of :data:`COHORT_STATES` (not yet registered, waiting for a case manager, in service,
    employed, out of scope by reason), which add up to the group's size (``followed``), from the
    registration and the event history through :data:`COHORT_TRANSITIONS`; then the counts of
    :data:`COHORT_COUNTS`: on benefit and employed with benefit (events), and in a job by its form
    (spells). The spells table holds the jobs that started in the observed weeks: a job begun in
    the burn-in is employed without a form. With everyone chosen, the states and ``on_benefit`` and
    ``employed_with_benefit`` equal the model's ``timeseries/stocks``, the ``exited_*`` states the
    cumulated ``flows`` outflows (tests/analysis/check_cohort.py).

    Without the event history (``output.events = false``, or ``use_events=False``) the person table
    and the spells still tell registration, work and exits: the states are then ``not_registered``,
    ``not_employed`` (in scope, not in a job: waiting or in service), ``employed`` (in a job of the
    spells table) and the ``exited_*`` states (from the person table's exit week and reason), with
    the job counts by form but nothing on benefit; ``employed`` is complete only for a group
    registered in the observed weeks (jobs begun in the burn-in are not in the spells table).

    The persons table holds the persons in scope in some observed week: follow a group registered
    in the burn-in (negative weeks) since its registration and those who left before the observed
    weeks are missing; groups registered in the observed weeks are complete.

    Raises :class:`RegiosimFileError` when the file has no person table for the scenario, or
    neither the event history nor the spells.
    """
    who = persons(f, scenario)
    ev = events(f, scenario) if use_events else None
    sp = spells(f, scenario)
    if who is None or (ev is None and sp is None):
        what = "no person table" if who is None else "neither an event history nor the spells"
        raise RegiosimFileError(f"{f.filename}: scenario {scenario!r} has {what}; run it with output.events = true or "
                                f"output.spells = true")
    who = who[who["replication"] == replication].reset_index(drop=True)
    if registered is not None:
        who = who[who["registration_week"].between(*registered)].reset_index(drop=True)
    if select is not None:
        who = who[np.asarray(select(who), dtype=bool)].reset_index(drop=True)
    weeks = _observed_weeks(f, scenario)
    n = len(who)
    if ev is not None:
        ev = ev[(ev["replication"] == replication) & ev["event"].isin(list(COHORT_TRANSITIONS)) & (ev["week"] < weeks)]
        ev = ev[ev["seeker"].isin(who["seeker"])].copy()
    registration = who["registration_week"].to_numpy(dtype=np.int64)
    first = int(min([0, registration.min() if n else 0, ev["week"].min() if ev is not None and len(ev) else 0]))
    width = weeks - first
    row = pd.Series(np.arange(n), index=who["seeker"].to_numpy())
    people = np.arange(n)
    reg_at = np.clip(registration - first, 0, width - 1)

    # Jobs by form from the spells (observed weeks only): +1 where an interval starts, -1 where it ends.
    jobs = {}
    if sp is not None:
        sp = sp[(sp["replication"] == replication) & sp["seeker"].isin(who["seeker"])]
        start = sp["start_week"].to_numpy()
        contract = sp["contract_start_week"].to_numpy()
        end = np.where(sp["end_week"].to_numpy() < 0, weeks, sp["end_week"].to_numpy())
        before = sp["first_form"].isin(["trial_placement", "traineeship"]).to_numpy()
        whose = row[sp["seeker"].to_numpy()].to_numpy()
        for name, lo, hi, keep in (("job_trial_or_traineeship", start, np.where(contract < 0, end, contract), before),
                                   ("job_contract", contract, end, contract >= 0)):
            steps = np.zeros((n, width + 1), dtype=np.int32)
            np.add.at(steps, (whose[keep], lo[keep] - first), 1)
            np.add.at(steps, (whose[keep], np.minimum(hi[keep], weeks) - first), -1)
            jobs[name] = np.cumsum(steps, axis=1)[:, :width] > 0

    benefit = None
    if ev is not None:
        # Status: a code per person and week (0: no change), carried forward.
        states = COHORT_STATES
        code = {s: i for i, s in enumerate(states)}
        ev["status"] = ev["event"].map(lambda e: COHORT_TRANSITIONS[e][0])
        ev["benefit"] = ev["event"].map(lambda e: COHORT_TRANSITIONS[e][1])
        status = np.zeros((n, width), dtype=np.int16)
        status[people, reg_at] = code["waiting"]
        change = _last_per_week(ev, "status")
        status[row[change["seeker"].to_numpy()].to_numpy(), change["week"].to_numpy() - first] = \
            change["status"].map(code).to_numpy()
        status = _carry_forward(status)
        # Benefit: 1 on, 2 off (0: no change); "on" only for a benefit type that pays one.
        pays = (who["benefit_type"] != "nug").to_numpy()
        benefit = np.zeros((n, width), dtype=np.int8)
        benefit[people, reg_at] = np.where(pays, 1, 2)
        change = _last_per_week(ev, "benefit")
        who_changes = row[change["seeker"].to_numpy()].to_numpy()
        on = change["benefit"].to_numpy(dtype=bool) & pays[who_changes]
        benefit[who_changes, change["week"].to_numpy() - first] = np.where(on, 1, 2)
        benefit = _carry_forward(benefit)
    else:
        # Registered, then in a job where the spells say so, out of scope from the exit week on.
        reasons = [r for r in who["exit_reason"].unique() if r != "none"]
        exited = [s for s in COHORT_STATES if s.startswith("exited_")]
        exited += sorted(f"exited_{r}" for r in reasons if f"exited_{r}" not in exited)
        states = ("not_registered", "not_employed", "employed", *exited)
        code = {s: i for i, s in enumerate(states)}
        column = np.arange(width)[None, :]
        status = np.where(column >= reg_at[:, None], code["not_employed"], code["not_registered"]).astype(np.int16)
        status[jobs["job_trial_or_traineeship"] | jobs["job_contract"]] = code["employed"]
        exit_week = who["exit_week"].to_numpy()
        exit_code = who["exit_reason"].map(lambda r: code.get(f"exited_{r}", 0)).to_numpy()
        gone = (exit_week[:, None] >= 0) & (column >= exit_week[:, None] - first)
        status = np.where(gone, exit_code[:, None], status)

    if since_registration:
        # Person i's week k since registration is column reg_at[i] + k, observed while before `weeks`.
        k = np.arange(weeks - (registration.min() if n else 0))
        at = reg_at[:, None] + k[None, :]
        seen = (registration[:, None] + k[None, :]) < weeks
        at = np.minimum(at, width - 1)
        take = lambda m: np.take_along_axis(m, at, axis=1)  # noqa: E731
        index = pd.Index(k, name="weeks_since_registration")
    else:
        seen = np.ones((n, weeks), dtype=bool)
        take = lambda m: m[:, -weeks:] if weeks else m[:, :0]  # noqa: E731
        index = pd.Index(np.arange(weeks), name="week")
    state = take(status)
    out = {} if not since_registration else {"followed": seen.sum(axis=0)}
    for s in states:
        out[s] = (seen & (state == code[s])).sum(axis=0)
    if benefit is not None:
        paid = take(benefit) == 1
        in_scope = seen & (state != code["not_registered"])
        for s in states:
            if s.startswith("exited_"):
                in_scope &= state != code[s]
        out["on_benefit"] = (in_scope & paid).sum(axis=0)
        out["employed_with_benefit"] = (seen & (state == code["employed"]) & paid).sum(axis=0)
    for name, m in jobs.items():
        out[name] = (seen & take(m)).sum(axis=0)
    return pd.DataFrame(out, index=index)


def records(f: h5py.File, scenario: str, table: str) -> pd.DataFrame | None:
    """A record table (``events``, ``spells``, ``persons``) of a scenario, or None when absent."""
    g = _scenario(f, scenario)
    if table not in g:
        return None
    ds = g[table]
    data = ds[()]
    out = {}
    descriptions = {}
    for column in ds.dtype.names:
        field_dtype = ds.dtype.fields[column][0]
        mapping = h5py.check_enum_dtype(field_dtype)
        values = data[column]
        if mapping is not None:
            # Vectorised label lookup: codes -> index into a table of labels (offset by the
            # smallest code, -1 for "none").
            low = min(int(v) for v in mapping.values())
            high = max(int(v) for v in mapping.values())
            table = np.empty(high - low + 1, dtype=object)
            for k, v in mapping.items():
                table[int(v) - low] = k
            codes = values.astype(np.int64) - low
            if codes.size and (codes.min() < 0 or codes.max() >= table.size or
                               any(table[c] is None for c in np.unique(codes))):
                raise RegiosimFileError(f"{f.filename}: /scenarios/{scenario}/{table}: {column}: value outside its enumeration")
            out[column] = pd.Series(table[codes], dtype=object)
        else:
            out[column] = pd.Series(values.astype(np.int64))
        descriptions[column] = _str(ds.attrs.get(f"{column}.description", ""))
    df = pd.DataFrame(out, columns=list(ds.dtype.names))
    df.attrs["description"] = _str(ds.attrs.get("description", ""))
    df.attrs["descriptions"] = descriptions
    return df


# --------------------------------------------------------------------------------------------
# Uncertainty runs: the optional group /uncertainty of a results file


def uncertainty(f: h5py.File) -> dict | None:
    """The draws of an uncertainty run (``regiosim run --uncertainty N``), or None when the file has none.

    Returns a dict with ``design`` (str), ``seed``, ``replications``, ``scenarios`` (baseline first),
    ``held`` (uncertain parameters the scenarios set themselves), ``factors`` (DataFrame: key, unit,
    prior, from_posterior), ``values`` (DataFrame: draw x parameter key) and ``kpis`` (long DataFrame:
    draw, scenario, replication, kpi, value; NaN where a KPI is undefined in a run).
    """
    if "uncertainty" not in f:
        return None
    g = f["uncertainty"]
    factors = _table(g["factors"])
    keys = list(factors["key"])
    values = pd.DataFrame(np.asarray(g["values"][()], dtype=float), columns=keys)
    values.index.name = "draw"
    scenarios = _strings(g.attrs["scenarios"])
    kpi_names = _strings(g.attrs["kpi_names"])
    cube = np.asarray(g["kpis"][()], dtype=float)
    draws, n_scenarios, reps, n_kpis = cube.shape
    if n_scenarios != len(scenarios) or n_kpis != len(kpi_names) or draws != len(values):
        raise RegiosimFileError(f"{f.filename}: /uncertainty/kpis: shape does not match the draws, scenarios and KPIs")
    d, s, r, k = np.meshgrid(np.arange(draws), np.arange(n_scenarios), np.arange(reps), np.arange(n_kpis), indexing="ij")
    kpis_long = pd.DataFrame({
        "draw": d.reshape(-1),
        "scenario": np.asarray(scenarios, dtype=object)[s.reshape(-1)],
        "replication": r.reshape(-1),
        "kpi": np.asarray(kpi_names, dtype=object)[k.reshape(-1)],
        "value": cube.reshape(-1),
    })
    return {
        "design": _str(g.attrs["design"]),
        "seed": int(g.attrs["seed"]),
        "replications": int(g.attrs["replications"]),
        "scenarios": scenarios,
        "kpi_units": dict(zip(kpi_names, _strings(g.attrs["kpi_units"]))),
        "held": _strings(g.attrs["held"]) if "held" in g.attrs else [],
        "factors": factors,
        "values": values,
        "kpis": kpis_long,
    }


# --------------------------------------------------------------------------------------------
# Sweep files (file_kind = "sweep")


def open_sweep(path) -> h5py.File:
    """Open a sweep file read-only (checks as :func:`open_results`; a results file is refused)."""
    return open_results(path, kind="sweep")


def _table(ds: h5py.Dataset) -> pd.DataFrame:
    """A 1-D compound dataset as a DataFrame: string fields decoded to ``str``, numbers kept in
    their stored type, fields in stored order."""
    data = ds[()]
    columns = {}
    for name in ds.dtype.names:
        values = data[name]
        if h5py.check_string_dtype(ds.dtype.fields[name][0]) is not None:
            columns[name] = pd.Series([_str(v) for v in values], dtype=object)
        else:
            columns[name] = pd.Series(values)
    df = pd.DataFrame(columns, columns=list(ds.dtype.names))
    df.attrs["description"] = _str(ds.attrs.get("description", ""))
    return df


def _attr_value(value):
    if isinstance(value, (bytes, str)):
        return _str(value)
    if isinstance(value, np.ndarray):
        return [_str(v) if isinstance(v, (bytes, str)) else v.item() for v in value.reshape(-1)]
    return value.item() if hasattr(value, "item") else value


@dataclass
class Sweep:
    """Everything a sweep file holds except the values of its time series (read those with
    :func:`sweep_timeseries`).

    ``provenance``: the root attributes (engine_version, ..., file_kind, mpi_world_size, hosts).
    ``attrs``: the ``/sweep`` attributes (name, description, design, definition_source, identity,
    replications, points, kpis_analysed). ``factors``: one row per factor (key, type, unit, source,
    range). ``points``: one row per design point (point, content_hash, and per factor ``<key>``
    (TOML text), ``<key>:numeric`` and ``<key>:unit``). ``runs``: one row per run (point,
    replication, seed, weeks_completed, one column per factor with its numeric value, one per KPI);
    ``runs.attrs["kpi_units"]`` maps KPI to unit. ``sensitivity``: one row per (method, kpi,
    factor), empty for grid, lhs and sobol designs. ``series``: name -> unit, description, columns
    and shape [runs, weeks, columns] of every time series.
    """

    path: str
    provenance: dict
    attrs: dict
    definition: str
    base_scenario: str
    factors: pd.DataFrame
    points: pd.DataFrame
    runs: pd.DataFrame
    sensitivity: pd.DataFrame
    series: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.attrs.get("name", ""))

    @property
    def design(self) -> str:
        """grid, lhs, sobol, saltelli or morris."""
        return str(self.attrs.get("design", ""))

    @property
    def replications(self) -> int:
        return int(self.attrs.get("replications", 0))

    @property
    def factor_keys(self) -> list[str]:
        return list(self.factors["key"])

    @property
    def kpi_names(self) -> list[str]:
        """KPI columns of ``runs``, in file order."""
        return list(self.runs.attrs.get("kpi_units", {}))

    @property
    def kpi_units(self) -> dict[str, str]:
        return dict(self.runs.attrs.get("kpi_units", {}))

    @property
    def kpis_analysed(self) -> list[str]:
        """The KPIs the sweep definition names for analysis (sensitivity indices, report)."""
        return list(self.attrs.get("kpis_analysed", []))


def read_sweep(path) -> Sweep:
    """Read a sweep file (``regiosim sweep``) into a :class:`Sweep` of DataFrames.

    Raises :class:`RegiosimFileError` naming the file when it is not a sweep file of
    format_version 1 or its tables do not fit together (a runs table whose KPI columns do not
    match ``kpi_units``, runs naming a point that does not exist)."""
    with open_sweep(path) as f:
        try:
            return _read_sweep(f, str(path))
        except KeyError as e:
            raise RegiosimFileError(f"{path}: incomplete sweep file ({e})") from None


def _read_sweep(f: h5py.File, path: str) -> Sweep:
    g = f["sweep"]
    attrs = {key: _attr_value(v) for key, v in g.attrs.items()}
    if "kpis_analysed" in attrs and not isinstance(attrs["kpis_analysed"], list):
        attrs["kpis_analysed"] = [attrs["kpis_analysed"]]
    factors = _table(g["factors"])
    points = _table(g["points"])
    runs_ds = g["runs"]
    runs = _table(runs_ds)
    keys = list(factors["key"])
    units = _strings(runs_ds.attrs.get("kpi_units", []))
    kpi_columns = list(runs.columns[4 + len(keys):])
    if list(runs.columns[:4]) != ["point", "replication", "seed", "weeks_completed"] or \
            list(runs.columns[4:4 + len(keys)]) != keys:
        raise RegiosimFileError(f"{path}: /sweep/runs: columns must be point, replication, seed, weeks_completed, "
                                f"then the factors {keys}")
    if len(kpi_columns) != len(units):
        raise RegiosimFileError(f"{path}: /sweep/runs: {len(kpi_columns)} KPI columns but {len(units)} kpi_units")
    if len(runs) and not runs["point"].isin(points["point"]).all():
        raise RegiosimFileError(f"{path}: /sweep/runs: a run names a point that is not in /sweep/points")
    runs.attrs["kpi_units"] = dict(zip(kpi_columns, units))
    runs.attrs["factors"] = keys
    sensitivity = _table(g["sensitivity"])
    series = {}
    if "timeseries" in g:
        for name, ds in g["timeseries"].items():
            series[name] = {
                "unit": _str(ds.attrs.get("unit", "")),
                "description": _str(ds.attrs.get("description", "")),
                "columns": _strings(ds.attrs["columns"]) if "columns" in ds.attrs else [],
                "shape": tuple(int(n) for n in ds.shape),
            }
    return Sweep(
        path=path,
        provenance=provenance(f),
        attrs=attrs,
        definition=g["definition"].asstr()[()],
        base_scenario=g["base_scenario"].asstr()[()],
        factors=factors,
        points=points,
        runs=runs,
        sensitivity=sensitivity,
        series=series,
    )


def sweep_timeseries_array(f: h5py.File, name: str) -> tuple[np.ndarray, list[str], str, str]:
    """One time series of a sweep file (opened with :func:`open_sweep`) as a float64 array
    [run, week, column], runs in the order of ``/sweep/runs``, with its column names, unit and
    description."""
    ds = f["sweep"]["timeseries"][name]
    return (
        ds[()],
        _strings(ds.attrs["columns"]) if "columns" in ds.attrs else [],
        _str(ds.attrs.get("unit", "")),
        _str(ds.attrs.get("description", "")),
    )


def sweep_timeseries(f: h5py.File, name: str) -> pd.DataFrame:
    """One time series of a sweep file in long form: columns point, replication, week, column,
    value (one row per run, week and column). Unit and description are in ``df.attrs``."""
    values, columns, unit, description = sweep_timeseries_array(f, name)
    runs = f["sweep"]["runs"]
    point = runs.fields("point")[()].astype(np.int64)
    replication = runs.fields("replication")[()].astype(np.int64)
    n, weeks, ncols = values.shape
    if n != point.size:
        raise RegiosimFileError(f"{f.filename}: /sweep/timeseries/{name}: {n} runs but /sweep/runs has {point.size}")
    per_run = weeks * ncols
    df = pd.DataFrame(
        {
            "point": np.repeat(point, per_run),
            "replication": np.repeat(replication, per_run),
            "week": np.tile(np.repeat(np.arange(weeks), ncols), n),
            "column": np.tile(np.array(columns, dtype=object), n * weeks) if ncols else np.array([], dtype=object),
            "value": values.reshape(-1),
        }
    )
    df.attrs["unit"] = unit
    df.attrs["description"] = description
    return df


def sweep_point_summary(sweep: Sweep, kpis: list[str] | None = None) -> pd.DataFrame:
    """Mean and 95 % t-interval over the replications of every design point, per KPI.

    One row per (point, kpi) (``kpis``: default every KPI of the file), with columns n
    (replications with a value), mean, sd, half_width, lower, upper and unit, as
    :func:`kpi_summary`. With n < 2 the interval is NaN.
    """
    kpis = sweep.kpi_names if kpis is None else kpis
    units = sweep.kpi_units
    rows = []
    for point, group in sweep.runs.groupby("point", sort=True):
        for kpi in kpis:
            rows.append({"point": int(point), "kpi": kpi, **_interval(group[kpi].to_numpy(dtype=float)),
                         "unit": units.get(kpi, "")})
    columns = ["point", "kpi", "n", "mean", "sd", "half_width", "lower", "upper", "unit"]
    return pd.DataFrame(rows, columns=columns).set_index(["point", "kpi"])


# --------------------------------------------------------------------------------------------


def _main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: regiosim_results.py FILE.h5  (prints the KPI summary)", file=sys.stderr)
        return 2
    try:
        if is_sweep(argv[1]):
            return _main_sweep(argv[1])
        with open_results(argv[1]) as f:
            p = provenance(f)
            print(
                f"{argv[1]}: regiosim {p.get('engine_version', '?')} ({p.get('engine_commit', '?')}), "
                f"created {p.get('created_utc', '?')}, {p.get('replications', '?')} replications"
            )
            summary = kpi_summary(f)
    except RegiosimFileError as e:
        print(f"regiosim_results: {e}", file=sys.stderr)
        return 1
    with pd.option_context("display.max_rows", None, "display.width", 160, "display.max_columns", None):
        print(summary.to_string(float_format=lambda v: f"{v:.6g}"))
    return 0


def _main_sweep(path: str) -> int:
    sw = read_sweep(path)
    p = sw.provenance
    print(f"{path}: sweep {sw.name!r} ({sw.design}), {len(sw.points)} points x {sw.replications} replications; "
          f"regiosim {p.get('engine_version', '?')} ({p.get('engine_commit', '?')}), created {p.get('created_utc', '?')}")
    kpis = [k for k in sw.kpis_analysed if k in sw.kpi_names] or sw.kpi_names
    summary = sweep_point_summary(sw, kpis)[["n", "mean", "lower", "upper"]].unstack("kpi")
    texts = sw.points.set_index("point")[sw.factor_keys]
    with pd.option_context("display.max_rows", None, "display.width", 160, "display.max_columns", None):
        print(texts.join(summary["mean"]).to_string(float_format=lambda v: f"{v:.6g}"))
        if len(sw.sensitivity):
            print()
            print(sw.sensitivity.dropna(axis=1, how="all").to_string(float_format=lambda v: f"{v:.4g}"))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
