"""What a sweep file holds, for the report: the factors with their values, the mean of every KPI per
design point with its interval over replications, the effect of each factor on a KPI, and the
sensitivity ranking the simulator computed (Sobol indices or Morris screening).

Everything is read through :mod:`regiosim_results` (``read_sweep``, the documented HDF5 schema);
nothing here knows the simulator. This is the sweep counterpart of :mod:`reportdata`, whose
intervals (:func:`reportdata.estimate`, :func:`reportdata.paired_difference`) it reuses.

How the effect of a factor on a KPI is measured (:meth:`SweepData.effect`), by design:

* **grid** — paired by replication: replication *r* of every point uses the same random numbers
  (common random numbers), so the mean over the points at one value of the factor is compared with
  the mean at another value replication by replication (paired 95 % t-interval). Numeric factors
  compare their highest with their lowest value; choices and booleans the two values whose means
  differ most.
* **lhs, sobol, saltelli, morris** — the points' means (over replications) at the highest and the
  lowest values of the factor: the top and bottom third of the points by the factor's value, or
  with six distinct values or fewer, the highest and lowest value; compared with a Welch 95 %
  interval. The saltelli and morris reports rank the factors by the file's sensitivity indices
  instead (:meth:`SweepData.top_factor`).

Example::

    import sweepdata as sd
    data = sd.SweepData.open("sweep.h5")
    data.point_estimates("placements")      # per point: factor values, n, mean, low, high
    e = data.strongest("placements")        # the factor with the largest demonstrable effect
    e.factor, e.estimate.verdict
"""

from __future__ import annotations

import math
import os
import re
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

import regiosim_results as rr
import reportdata as rd

#: Sweep designs with sensitivity indices, and the method each one's rows carry.
SENSITIVITY_METHOD = {"saltelli": "sobol", "morris": "morris"}

#: KPIs the report shows when the sweep names none that the file has (first ones present).
FALLBACK_KPIS = ("placements", "sustained_rate_52w", "placement_rate_26w", "cost_per_sustained_placement_eur")

#: A numeric factor with this many distinct values or fewer is compared value by value.
FEW_LEVELS = 6

#: Morris: the first factor is called clearly the most influential when its mu* is at least this
#: many times the second's (Morris gives no intervals).
MORRIS_CLEAR_RATIO = 1.25


@dataclass
class Factor:
    """A factor of the sweep with the values its points take."""

    key: str
    type: str  # as the file says: integer, number/real, boolean, string/choice
    unit: str
    source: str
    range: str  # "values: 4, 13" or "range: [40.0, 160.0]"
    categorical: bool  # choices and booleans: shown by value, not on a number line
    levels: list[float]  # distinct numeric values taken by the points, ascending
    texts: dict[float, str]  # numeric value -> the value as TOML text

    @property
    def share(self) -> bool:
        """A share (0-1), shown in percent."""
        return not self.categorical and self.unit.startswith("share")

    def declared_range(self) -> tuple[float, float] | None:
        """(low, high) of a ``range: [low, high]`` factor, else None."""
        m = re.fullmatch(r"\s*range:\s*\[\s*([^,\]]+)\s*,\s*([^\]]+)\]\s*", self.range)
        if not m:
            return None
        try:
            return float(m.group(1)), float(m.group(2))
        except ValueError:
            return None


@dataclass
class Effect:
    """The effect of one factor on one KPI: mean ``a_mean`` at ``a`` minus ``b_mean`` at ``b``.

    ``a`` and ``b`` are either single values of the factor (``a_range`` None) or, for the thirds of
    a sampled design, the ranges ``a_range``/``b_range`` of its values in the top and bottom third."""

    factor: str
    a: float
    b: float
    a_mean: float
    b_mean: float
    estimate: rd.Estimate
    a_range: tuple[float, float] | None = None
    b_range: tuple[float, float] | None = None


def welch_difference(a, b) -> rd.Estimate:
    """Mean of ``a`` minus mean of ``b`` (independent samples, NaN left out) with a Welch 95 %
    t-interval (degrees of freedom rounded down); no interval with fewer than two values in
    either."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    a, b = a[np.isfinite(a)], b[np.isfinite(b)]
    n = min(a.size, b.size)
    if n == 0:
        return rd.Estimate(0, math.nan, math.nan, math.nan)
    diff = float(a.mean() - b.mean())
    if n < 2:
        return rd.Estimate(1, diff, math.nan, math.nan)
    va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    se = math.sqrt(va + vb)
    if se == 0:
        return rd.Estimate(n, diff, diff, diff)
    df = (va + vb) ** 2 / (va**2 / (a.size - 1) + vb**2 / (b.size - 1)) if va + vb > 0 else a.size + b.size - 2
    half = rr.t_quantile_975(max(1, int(math.floor(df)))) * se
    return rd.Estimate(n, diff, diff - half, diff + half)


class SweepData:
    """A sweep file opened for the report (everything is read at once; sweep tables are small)."""

    def __init__(self, sweep: rr.Sweep):
        self.sweep = sweep
        self.path = sweep.path
        self.file_name = os.path.basename(sweep.path)
        self.provenance = sweep.provenance
        self.design = sweep.design
        self.name = sweep.name
        self.description = str(sweep.attrs.get("description", ""))
        self.replications = sweep.replications
        self.points = sweep.points.sort_values("point").reset_index(drop=True)
        self.runs = sweep.runs
        self.factors = [self._factor(row) for row in sweep.factors.itertuples(index=False)]
        analysed = [k for k in sweep.kpis_analysed if k in sweep.kpi_names]
        self.kpis = analysed or [k for k in FALLBACK_KPIS if k in sweep.kpi_names] or sweep.kpi_names[:4]
        #: KPIs the sweep names for analysis that the file lacks (each gets a note).
        self.kpis_absent = [k for k in sweep.kpis_analysed if k not in sweep.kpi_names]
        self._values: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, path: str) -> "SweepData":
        if not os.path.exists(path):
            raise rr.RegiosimFileError(f"{path}: no such file")
        return cls(rr.read_sweep(path))

    def _factor(self, row) -> Factor:
        key = str(row.key)
        text_col, num_col = key, key + ":numeric"
        if num_col in self.points.columns:
            numeric = self.points[num_col].to_numpy(dtype=float)
            texts = self.points[text_col].astype(str).to_numpy() if text_col in self.points.columns else \
                np.array([repr(v) for v in numeric], dtype=object)
        else:  # a points table without this factor: the runs' numeric values
            numeric = self.runs.groupby("point")[key].first().to_numpy(dtype=float)
            texts = np.array([f"{v:g}" for v in numeric], dtype=object)
        mapping: dict[float, str] = {}
        for v, s in zip(numeric, texts):
            if math.isfinite(v) and v not in mapping:
                mapping[float(v)] = str(s)
        kind = str(row.type)
        categorical = kind in ("boolean", "string", "choice") or any(
            s.strip().startswith('"') or s.strip() in ("true", "false") for s in mapping.values())
        return Factor(key, kind, str(row.unit), str(row.source), str(row.range), categorical,
                      sorted(mapping), mapping)

    # Sizes -------------------------------------------------------------------------------------

    @property
    def point_count(self) -> int:
        return len(self.points)

    @property
    def run_count(self) -> int:
        return len(self.runs)

    @property
    def kpi_names(self) -> list[str]:
        return self.sweep.kpi_names

    def kpi_unit(self, kpi: str) -> str:
        return self.sweep.kpi_units.get(kpi, "")

    def factor(self, key: str) -> Factor:
        return next(f for f in self.factors if f.key == key)

    @property
    def trajectories(self) -> int:
        """Morris: the number of paths (points / (factors + 1))."""
        return self.point_count // (len(self.factors) + 1) if self.factors else 0

    # Values ------------------------------------------------------------------------------------

    def values(self, kpi: str) -> np.ndarray:
        """The KPI as an array [point (in /sweep/points order), replication]; NaN where a run is
        missing or the KPI undefined."""
        if kpi not in self._values:
            rows = self.points["point"].to_numpy()
            index = {int(p): i for i, p in enumerate(rows)}
            reps = int(self.runs["replication"].max()) + 1 if len(self.runs) else 0
            out = np.full((len(rows), max(reps, 1)), np.nan)
            p = self.runs["point"].to_numpy()
            r = self.runs["replication"].to_numpy()
            v = self.runs[kpi].to_numpy(dtype=float)
            for pi, ri, vi in zip(p, r, v):
                out[index[int(pi)], int(ri)] = vi
            self._values[kpi] = out
        return self._values[kpi]

    def factor_values(self, key: str) -> np.ndarray:
        """The factor's numeric value at every point (/sweep/points order)."""
        col = key + ":numeric"
        if col in self.points.columns:
            return self.points[col].to_numpy(dtype=float)
        return self.runs.groupby("point")[key].first().reindex(self.points["point"]).to_numpy(dtype=float)

    def point_estimates(self, kpi: str) -> pd.DataFrame:
        """Per point: point, the factors' numeric values (by key), n, mean, low and high (95 %
        t-interval over the replications; NaN with fewer than two)."""
        y = self.values(kpi)
        est = [rd.estimate(row) for row in y]
        df = pd.DataFrame({"point": self.points["point"].to_numpy()})
        for f in self.factors:
            df[f.key] = self.factor_values(f.key)
        df["n"] = [e.n for e in est]
        df["mean"] = [e.mean for e in est]
        df["low"] = [e.low for e in est]
        df["high"] = [e.high for e in est]
        return df

    # Effects -----------------------------------------------------------------------------------

    def effect(self, kpi: str, key: str) -> Effect | None:
        """The effect of factor ``key`` on ``kpi`` (see the module notes); None when the factor
        takes fewer than two values."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # means over points without a value
            return self._effect(kpi, key)

    def _effect(self, kpi: str, key: str) -> Effect | None:
        f = self.factor(key)
        x = self.factor_values(key)
        y = self.values(kpi)
        if len(f.levels) < 2:
            return None
        if self.design == "grid":
            per_level = {lv: np.nanmean(y[x == lv], axis=0) if (x == lv).any() else None for lv in f.levels}
            return self._pick(f, per_level, rd.paired_difference)
        means = np.nanmean(y, axis=1) if y.shape[1] else np.full(len(x), np.nan)
        if f.categorical or len(f.levels) <= FEW_LEVELS:
            per_level = {lv: means[x == lv] for lv in f.levels}
            return self._pick(f, per_level, welch_difference)
        low_cut, high_cut = np.quantile(x, [1 / 3, 2 / 3])
        lo, hi = x <= low_cut, x >= high_cut
        if not lo.any() or not hi.any() or low_cut == high_cut:
            return None
        e = welch_difference(means[hi], means[lo])
        return Effect(key, float(np.mean(x[hi])), float(np.mean(x[lo])), float(np.nanmean(means[hi])),
                      float(np.nanmean(means[lo])), e, (float(x[hi].min()), float(x[hi].max())),
                      (float(x[lo].min()), float(x[lo].max())))

    @staticmethod
    def _pick(f: Factor, per_level: dict, compare) -> Effect | None:
        levels = [lv for lv in f.levels if per_level.get(lv) is not None and np.isfinite(per_level[lv]).any()]
        if len(levels) < 2:
            return None

        def make(a, b):
            return Effect(f.key, a, b, float(np.nanmean(per_level[a])), float(np.nanmean(per_level[b])),
                          compare(per_level[a], per_level[b]))

        if not f.categorical:
            return make(levels[-1], levels[0])  # highest minus lowest value
        best = None
        for i, a in enumerate(levels):
            for b in levels[i + 1:]:
                e = make(a, b)
                if best is None or abs(e.estimate.mean) > abs(best.estimate.mean):
                    best = e
        if best.estimate.mean < 0:  # the value with the higher mean first
            best = make(best.b, best.a)
        return best

    def strongest(self, kpi: str) -> Effect | None:
        """The factor whose effect on ``kpi`` is demonstrable and largest; if none is
        demonstrable, the largest effect (its verdict says ``none`` or ``few``); None when no
        factor takes two values."""
        effects = [e for f in self.factors if (e := self.effect(kpi, f.key)) is not None and math.isfinite(e.estimate.mean)]
        if not effects:
            return None
        shown = [e for e in effects if e.estimate.demonstrable]
        return max(shown or effects, key=lambda e: abs(e.estimate.mean))

    # Sensitivity -------------------------------------------------------------------------------

    @property
    def method(self) -> str | None:
        """``"sobol"`` (saltelli design) or ``"morris"``, or None for designs without indices."""
        return SENSITIVITY_METHOD.get(self.design)

    def sensitivity(self, kpi: str) -> pd.DataFrame | None:
        """The file's indices for ``kpi`` (rows of the design's method), most influential factor
        first: by the total index (Sobol) or mu* (Morris). None when the file has none."""
        s = self.sweep.sensitivity
        if self.method is None or not len(s):
            return None
        rows = s[(s["method"] == self.method) & (s["kpi"] == kpi)]
        order = "total" if self.method == "sobol" else "mu_star"
        rows = rows[np.isfinite(rows[order].to_numpy(dtype=float))]
        if rows.empty:
            return None
        return rows.sort_values(order, ascending=False, kind="stable").reset_index(drop=True)

    def top_factor(self, kpi: str) -> tuple[str, bool] | None:
        """The most influential factor for ``kpi`` by the sensitivity indices, and whether it is
        clearly so: Sobol, its total index's interval lies above the second's; Morris, its mu* is
        at least :data:`MORRIS_CLEAR_RATIO` times the second's. None without indices."""
        rows = self.sensitivity(kpi)
        if rows is None:
            return None
        top = rows.iloc[0]
        if len(rows) == 1:
            return str(top["factor"]), True
        second = rows.iloc[1]
        if self.method == "sobol":
            low, high = float(top["total_low"]), float(second["total_high"])
            clear = low > high if math.isfinite(low) and math.isfinite(high) else float(top["total"]) > float(second["total"])
        else:
            clear = float(top["mu_star"]) >= MORRIS_CLEAR_RATIO * float(second["mu_star"])
        return str(top["factor"]), bool(clear)

    def negligible(self, kpi: str) -> list[str]:
        """Factors with hardly any influence on ``kpi``: Sobol total index whose interval stays
        below 5 % (or below 2 % without an interval); Morris mu* under 5 % of the largest."""
        rows = self.sensitivity(kpi)
        if rows is None or len(rows) < 2:
            return []
        out = []
        for _, r in rows.iterrows():
            if self.method == "sobol":
                high = float(r["total_high"])
                small = high < 0.05 if math.isfinite(high) else float(r["total"]) < 0.02
            else:
                small = float(r["mu_star"]) < 0.05 * float(rows["mu_star"].max())
            if small:
                out.append(str(r["factor"]))
        return out
