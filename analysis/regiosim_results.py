"""Read regiosim HDF5 results files (format_version 1) into pandas.

This module reads the schema documented in ``docs/hdf5-schema.md`` and nothing else: it does not
know how the simulator works, only where the writer puts things. Files of another
``format_version`` are refused rather than guessed at.

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

Command line: ``/usr/bin/python3 analysis/regiosim_results.py FILE.h5`` prints the KPI summary.

Notes on h5py: variable-length UTF-8 string *attributes* come back as ``str``; string *datasets*
and string fields of compound datasets come back as ``bytes`` in h5py 3, so this module decodes
them (``Dataset.asstr()`` for plain string datasets).
"""

from __future__ import annotations

import math
import sys

import h5py
import numpy as np
import pandas as pd

__all__ = [
    "FORMAT_VERSION",
    "RegiosimFileError",
    "open_results",
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
    "t_quantile_975",
]

#: The only schema version this module reads.
FORMAT_VERSION = 1

_ENGINE = "regiosim"


class RegiosimFileError(ValueError):
    """The file is not a regiosim results file this module can read."""


# --------------------------------------------------------------------------------------------
# Files


def open_results(path) -> h5py.File:
    """Open a results file read-only and check that it is a regiosim file of format_version 1.

    Returns the open ``h5py.File`` (use it as a context manager). Raises
    :class:`RegiosimFileError` with a message naming the file when it is not HDF5, has no
    ``engine`` attribute equal to ``"regiosim"``, or has another ``format_version``.
    """
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
    except BaseException:
        f.close()
        raise
    return f


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


# Two-sided 95 % (upper 0.975) quantiles of Student's t for 1..30 degrees of freedom.
_T_975 = (
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
    2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
    2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
)  # fmt: skip
_Z_975 = 1.959963984540054


def t_quantile_975(df: int) -> float:
    """The 0.975 quantile of Student's t with ``df`` degrees of freedom (NaN for df < 1).

    df 1..30: a table (4 decimals). df > 30: the Cornish-Fisher expansion of t in 1/df around
    the normal quantile z = 1.95996 (three correction terms); it agrees with the exact value to
    better than 1e-4 at df = 30 and tends to 1.96 as df grows. (The plain normal 1.96 would make
    intervals up to 4 % too narrow just above df = 30.)
    """
    if df < 1:
        return math.nan
    if df <= len(_T_975):
        return _T_975[df - 1]
    z = _Z_975
    g1 = (z**3 + z) / 4.0
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96.0
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384.0
    return z + g1 / df + g2 / df**2 + g3 / df**3


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
            values = df[kpi].to_numpy(dtype=float)
            values = values[~np.isnan(values)]
            n = int(values.size)
            mean = float(values.mean()) if n else math.nan
            sd = float(values.std(ddof=1)) if n >= 2 else math.nan
            half = t_quantile_975(n - 1) * sd / math.sqrt(n) if n >= 2 else math.nan
            rows.append(
                {
                    "scenario": scenario,
                    "kpi": kpi,
                    "n": n,
                    "mean": mean,
                    "sd": sd,
                    "half_width": half,
                    "lower": mean - half,
                    "upper": mean + half,
                    "unit": df.attrs["units"].get(kpi, ""),
                }
            )
    columns = ["scenario", "kpi", "n", "mean", "sd", "half_width", "lower", "upper", "unit"]
    return pd.DataFrame(rows, columns=columns).set_index(["scenario", "kpi"])


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
    g = _scenario(f, scenario)
    if "events" not in g:
        return None
    ds = g["events"]
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
                raise RegiosimFileError(f"{f.filename}: /scenarios/{scenario}/events: {column}: value outside its enumeration")
            out[column] = pd.Series(table[codes], dtype=object)
        else:
            out[column] = pd.Series(values.astype(np.int64))
        descriptions[column] = _str(ds.attrs.get(f"{column}.description", ""))
    df = pd.DataFrame(out, columns=list(ds.dtype.names))
    df.attrs["description"] = _str(ds.attrs.get("description", ""))
    df.attrs["descriptions"] = descriptions
    return df


# --------------------------------------------------------------------------------------------


def _main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: regiosim_results.py FILE.h5  (prints the KPI summary)", file=sys.stderr)
        return 2
    try:
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


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
