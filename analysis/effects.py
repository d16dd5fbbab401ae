"""What a policy note reports about a variant: its effects per year and in % of the baseline, when
they appear, the budget effect split into its parts, who gains, and the virtual evaluation of a
loonkostensubsidie. Computed from a results file (:class:`reportdata.Results`), for the report
(``report.py``) and the CSV export (``export.py``) alike, so both show the same numbers.

Every difference is paired by replication (replication r of the variant against replication r of
the baseline, which share their random numbers) with a 95 % t-interval (:func:`reportdata.estimate`).

One definition per fact, used everywhere in the report:

* *sustainable placements* (``sustainable_placements``): ``placements x sustained_rate_52w`` per
  replication, the denominator of the model's ``cost_per_sustained_placement_eur``;
* *spending* and the *budget effect*: the weekly ``costs`` series, every column (staff, services,
  loonkostensubsidie, benefit), summed per 52-week year; the parts are groups of its columns;
* *per year*: a total over the observed weeks times 52 / observed weeks.

Example::

    import effects, reportdata as rd
    with rd.Results.open("run.h5") as res:
        for row in effects.effect_rows(res, "aftercare_13w"):
            print(row.kpi, row.diff.mean, row.per_year.mean, row.relative)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

import reportdata as rd
import regiosim_results as rr

#: KPIs whose value is a total over the observed weeks (shown per year as well).
FLOW_UNITS = ("placements", "persons", "spells", "jobs")

#: The derived KPI "sustainable placements" (see the module text).
SUSTAINABLE = rd.SUSTAINABLE


def is_total(kpi: str, unit: str) -> bool:
    """Whether a KPI is a total over the observed weeks (so that a per-year figure means something)."""
    return unit in FLOW_UNITS or (unit == "EUR" and "_per_" not in kpi)


def years(res: rd.Results) -> float | None:
    weeks = res.weeks()
    return weeks / 52.0 if weeks else None


# ---------------------------------------------------------------------------------------------
# Effects of a variant on the KPIs


def kpi_values(res: rd.Results, scenario: str, kpi: str) -> np.ndarray | None:
    """Per-replication values of a KPI, including the derived ``sustainable_placements``."""
    return res.kpi_values(scenario, kpi)


def kpi_unit(res: rd.Results, kpi: str) -> str:
    return res.kpi_unit(kpi)


@dataclass
class EffectRow:
    kpi: str
    unit: str
    baseline: rd.Estimate
    variant: rd.Estimate
    diff: rd.Estimate  # variant minus baseline over the observed weeks, paired
    per_year: rd.Estimate | None  # diff per year (totals only)
    relative: rd.Estimate | None  # diff / baseline mean (NaN when the baseline mean is 0)


def effect(res: rd.Results, variant: str, kpi: str) -> EffectRow | None:
    a, b = kpi_values(res, variant, kpi), kpi_values(res, res.baseline, kpi)
    if a is None or b is None:
        return None
    unit = kpi_unit(res, kpi)
    diff = rd.paired_difference(a, b)
    base = rd.estimate(b)
    yrs = years(res)
    per_year = None
    if is_total(kpi, unit) and yrs:
        per_year = rd.Estimate(diff.n, diff.mean / yrs, diff.low / yrs, diff.high / yrs)
    relative = None
    if math.isfinite(base.mean) and base.mean != 0:
        relative = rd.Estimate(diff.n, diff.mean / abs(base.mean), diff.low / abs(base.mean), diff.high / abs(base.mean))
    return EffectRow(kpi, unit, base, rd.estimate(a), diff, per_year, relative)


#: The effects a policy note shows first, in order.
HEADLINE_KPIS = ("placements", SUSTAINABLE, "sustained_rate_52w", "placement_rate_26w", "outflow_off_benefit",
                 "median_weeks_to_placement", "cost_per_sustained_placement_eur")


def effect_rows(res: rd.Results, variant: str, kpis=HEADLINE_KPIS) -> list[EffectRow]:
    rows = [effect(res, variant, k) for k in kpis]
    return [r for r in rows if r is not None and math.isfinite(r.diff.mean)]


def policy_off(res: rd.Results, kpi: str) -> bool:
    """A KPI that says nothing in this file: zero or undefined in every replication of every scenario
    (the rows of a policy that is switched off, such as the Werkmakelaar or growth routes)."""
    for s in res.names:
        v = kpi_values(res, s, kpi)
        if v is None:
            continue
        v = v[np.isfinite(v)]
        if v.size and np.any(v != 0):
            return False
    return True


def unchanged(res: rd.Results, variants, kpi: str) -> bool:
    """A KPI that each of ``variants`` leaves exactly as the baseline has it, replication by
    replication (an input of the model such as the other applicants per vacancy): its difference row
    would only say "0 (0 to 0)"."""
    base = kpi_values(res, res.baseline, kpi)
    if base is None:
        return False
    for v in variants:
        x = kpi_values(res, v, kpi)
        if x is None or x.shape != base.shape or not np.array_equal(x, base, equal_nan=True):
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Yearly series: when the effect appears


def yearly(values: np.ndarray) -> np.ndarray:
    """[replication, week] -> [replication, year]: sums over complete 52-week years."""
    n_years = values.shape[1] // 52
    if n_years == 0:
        return np.zeros((values.shape[0], 0))
    return values[:, : n_years * 52].reshape(values.shape[0], n_years, 52).sum(axis=2)


def series_total(res: rd.Results, scenario: str, series: str, columns=None) -> np.ndarray | None:
    """[replication, week] sum of some columns of a weekly series (all when ``columns`` is None)."""
    got = res.series(scenario, series)
    if got is None:
        return None
    values, cols, _ = got
    idx = [i for i, c in enumerate(cols) if columns is None or c in columns]
    if not idx:
        return None
    return values[:, :, idx].sum(axis=2)


@dataclass
class YearlyEffect:
    key: str  # "placements", "outflow_work", "spending"
    unit: str  # "persons" or "EUR"
    baseline: list[rd.Estimate]  # per year
    diff: list[rd.Estimate]  # per year, paired


#: What the year-by-year chart follows: (key, series, columns, unit).
YEARLY = (("placements", "flows", ("placements",), "persons"),
          ("outflow_work", "flows", ("outflow_work",), "persons"),
          ("spending", "costs", None, "EUR"))


def yearly_effects(res: rd.Results, variant: str) -> list[YearlyEffect]:
    out = []
    for key, series, columns, unit in YEARLY:
        a, b = series_total(res, variant, series, columns), series_total(res, res.baseline, series, columns)
        if a is None or b is None or a.shape[1] < 52:
            continue
        ya, yb = yearly(a), yearly(b)
        n = min(ya.shape[0], yb.shape[0])
        out.append(YearlyEffect(key, unit, [rd.estimate(yb[:n, j]) for j in range(yb.shape[1])],
                                [rd.paired_difference(ya[:n, j], yb[:n, j]) for j in range(ya.shape[1])]))
    return out


def first_demonstrable_year(e: YearlyEffect) -> int | None:
    """The first year (1-based) from which every later year's difference is demonstrable, in the
    direction of the last year's; None when the last year's is not demonstrable."""
    if not e.diff or not e.diff[-1].demonstrable:
        return None
    direction = e.diff[-1].verdict
    first = len(e.diff)
    for j in range(len(e.diff) - 1, -1, -1):
        if e.diff[j].verdict != direction:
            break
        first = j
    return first + 1


# ---------------------------------------------------------------------------------------------
# Budget: spending split into its parts


#: Parts of the spending and the words that put a ``costs`` column in them (first match wins).
BUDGET_PARTS = (("benefit", ("benefit",)), ("lks", ("lks",)),
                ("staff", ("case_manager", "job_coach", "intake", "account_manager", "staff", "salar")),
                ("services", ("",)))


def budget_part(column: str) -> str:
    for part, words in BUDGET_PARTS:
        if any(w in column for w in words):
            return part
    return "services"


@dataclass
class BudgetRow:
    part: str  # "benefit", "lks", "staff", "services" or "net"
    columns: list[str]
    baseline: rd.Estimate  # EUR per year
    diff: rd.Estimate | None  # EUR per year, paired (None without variant)


def budget_split(res: rd.Results, variant: str | None) -> list[BudgetRow]:
    """Spending per year by part (and in total, ``net``) for the baseline, and the variant's paired
    difference; empty when the file has no ``costs`` series."""
    got = res.series(res.baseline, "costs")
    yrs = years(res)
    if got is None or not yrs:
        return []
    cols = got[1]
    rows = []
    parts = [p for p, _ in BUDGET_PARTS]
    for part in parts + ["net"]:
        chosen = cols if part == "net" else [c for c in cols if budget_part(c) == part]
        if not chosen:
            continue
        b = series_total(res, res.baseline, "costs", chosen)
        base = rd.estimate(b.sum(axis=1) / yrs)
        diff = None
        if variant is not None:
            a = series_total(res, variant, "costs", chosen)
            if a is None:
                continue
            diff = rd.paired_difference(a.sum(axis=1) / yrs, b.sum(axis=1) / yrs)
        rows.append(BudgetRow(part, chosen, base, diff))
    return rows


#: Words in a budget series' column that make it a yearly flow the report sums (committed, paid,
#: refused ...); running totals and flags are left out.
#: The measures of the model's ``budget`` series, per budget: ``<budget>_<measure>``.
BUDGET_MEASURES = ("committed_eur", "paid_eur", "refused_eur", "refused")


@dataclass
class BudgetYears:
    """One budget (``participation`` or ``income``) year by year: for each measure present
    (:data:`BUDGET_MEASURES`) the baseline's yearly total, and a variant's paired difference in the
    average year over the horizon (None without a variant)."""

    budget: str
    measures: list[str]
    baseline: list[dict[str, rd.Estimate]]  # per year: measure -> estimate
    effect: dict[str, rd.Estimate] | None  # measure -> paired difference of the yearly average


def budget_capped(res: rd.Results, budget: str) -> bool:
    """Whether any scenario of the file caps this budget (``policy.<budget>_budget_eur_per_year`` > 0)."""
    key = f"policy.{budget}_budget_eur_per_year"
    for name in res.names:
        try:
            p = rr.parameters(res.file, name)
        except (KeyError, rr.RegiosimFileError):
            continue
        row = p[p["key"] == key]
        if len(row):
            try:
                if float(row["value"].iloc[0]) > 0:
                    return True
            except ValueError:
                continue
    return False


def budget_years(res: rd.Results, variant: str | None) -> list[BudgetYears]:
    """The region model's ``budget`` series (what each week committed, paid and refused per budget,
    so that a year's sum is that year's total) as one table per budget that a scenario caps (without
    a cap the spending table says it all)."""
    got = res.series(res.baseline, "budget")
    if got is None:
        return []
    values, columns, _ = got
    budgets = []
    for c in columns:
        for m in BUDGET_MEASURES:
            if c.endswith("_" + m) and c[: -len(m) - 1] not in budgets:
                budgets.append(c[: -len(m) - 1])
    out = []
    for b in budgets:
        if not budget_capped(res, b):
            continue
        measures = [m for m in BUDGET_MEASURES if f"{b}_{m}" in columns]
        per_measure = {m: yearly(values[:, :, columns.index(f"{b}_{m}")]) for m in measures}
        n_years = min(y.shape[1] for y in per_measure.values())
        if n_years == 0:
            continue
        base = [{m: rd.estimate(per_measure[m][:, j]) for m in measures} for j in range(n_years)]
        effect = None
        if variant is not None:
            effect = {}
            for m in measures:
                other = res.series_column(variant, "budget", f"{b}_{m}")
                if other is None:
                    continue
                ya, yb = yearly(other), per_measure[m]
                n, k = min(ya.shape[0], yb.shape[0]), min(ya.shape[1], yb.shape[1])
                effect[m] = rd.paired_difference(ya[:n, :k].mean(axis=1), yb[:n, :k].mean(axis=1))
        out.append(BudgetYears(b, measures, base, effect))
    return out


# ---------------------------------------------------------------------------------------------
# Who gains


@dataclass
class GroupRow:
    dimension: str  # "entry_rung", "benefit_type", ...
    group: str  # the group's key (e.g. "3", "bijstand")
    unit: str  # "placements" or "EUR"
    baseline: rd.Estimate  # per year
    diff: rd.Estimate  # per year, paired


def _per_rep_counts(df: pd.DataFrame, column: str, reps: int) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for (r, g), n in df.groupby(["replication", column]).size().items():
        if 0 <= int(r) < reps:
            out.setdefault(str(g), np.zeros(reps))[int(r)] = n
    return out


#: Seeker attributes of the spells table, in the order the report shows them: rung at the first
#: Melding, and age band, benefit type and disability at the hire (older files lack the last three).
GROUP_COLUMNS = ("entry_rung", "age_band", "benefit_type", "disability")


def who_gains(res: rd.Results, variant: str) -> tuple[list[GroupRow], list[str]]:
    """Job starts per year by seeker group (from the spells tables), and benefit paid per year by
    benefit type (from ``benefit_by_type``): baseline and paired difference. Returns the rows and
    the dimensions the file cannot split by."""
    yrs = years(res)
    rows: list[GroupRow] = []
    absent: list[str] = []
    if not yrs:
        return rows, list(GROUP_COLUMNS)
    sb, sv = res.spells(res.baseline), res.spells(variant)
    reps = min(res.meta(res.baseline).replications, res.meta(variant).replications)
    for column in GROUP_COLUMNS:
        if sb is None or sv is None or column not in sb.columns or column not in sv.columns:
            if column != "benefit_type":
                absent.append(column)
            continue
        cb, cv = _per_rep_counts(sb, column, reps), _per_rep_counts(sv, column, reps)
        for g in sorted(set(cb) | set(cv), key=_group_order):
            if g in ("none", "-1"):
                continue
            b, a = cb.get(g, np.zeros(reps)), cv.get(g, np.zeros(reps))
            rows.append(GroupRow(column, g, "placements", rd.estimate(b / yrs), rd.paired_difference(a / yrs, b / yrs)))
    got_b, got_v = res.series(res.baseline, "benefit_by_type"), res.series(variant, "benefit_by_type")
    if got_b is not None and got_v is not None and got_b[1] == got_v[1]:
        n = min(got_b[0].shape[0], got_v[0].shape[0])
        for c, name in enumerate(got_b[1]):
            b = got_b[0][:n, :, c].sum(axis=1) / yrs
            a = got_v[0][:n, :, c].sum(axis=1) / yrs
            if not np.any(b) and not np.any(a):
                continue
            rows.append(GroupRow("benefit_paid_by_type", name, "EUR", rd.estimate(b), rd.paired_difference(a, b)))
    elif sb is None or "benefit_type" not in (sb.columns if sb is not None else []):
        absent.append("benefit_type")
    return rows, absent


def _group_order(g: str):
    try:
        return (0, float(g), "")
    except ValueError:
        return (1, 0.0, g)


# ---------------------------------------------------------------------------------------------
# Virtual evaluation of loonkostensubsidie (the same method as models/virtual_evaluation.h)

VE_WINDOW_WEEKS = 13
VE_HORIZON_WEEKS = 52
#: Bit of the loonkostensubsidie in the spells table's ``instruments`` column.
LKS_BIT = 1
VE_ROWS = ("subsidised_hires", "deadweight", "substitution", "displacement", "net_jobs",
           "effect_on_treated_weeks_in_work")


def _lks_settings(res: rd.Results, scenario: str) -> list[str]:
    import regiosim_results as rr

    p = rr.parameters(res.file, scenario)
    return sorted(f"{k}={v}" for k, v in zip(p["key"], p["value"]) if k.startswith("policy.lks.") or
                  k.startswith("instruments.lks."))


def _evaluate(base: pd.DataFrame, variant: pd.DataFrame, base_regular: float, variant_regular: float, weeks: int,
              base_by_employer: dict | None = None, variant_by_employer: dict | None = None) -> dict:
    """One replication pair. ``*_regular``: hires of regular applicants in all; ``*_by_employer``: per
    employer where the file has the employer_hires table (None: not known, all of the fall is
    displacement)."""
    def hires(df):
        end = df["end_week"].to_numpy()
        return list(zip(df["seeker"].to_numpy(), df["employer"].to_numpy(), df["start_week"].to_numpy(),
                        np.where(end < 0, weeks, end), (df["instruments"].to_numpy() & LKS_BIT) != 0))

    b, v = hires(base), hires(variant)
    variant_evaluated = sum(h[4] for h in v) >= sum(h[4] for h in b)
    evaluated, other = (v, b) if variant_evaluated else (b, v)
    evaluated_regular, other_regular = (variant_regular, base_regular) if variant_evaluated else \
        (base_regular, variant_regular)
    evaluated_by_employer, other_by_employer_regular = (variant_by_employer, base_by_employer) if variant_evaluated \
        else (base_by_employer, variant_by_employer)
    out = dict.fromkeys(VE_ROWS, 0.0)
    other_by_seeker, other_by_employer, evaluated_by_seeker = {}, {}, {}
    for i, h in enumerate(other):
        other_by_seeker.setdefault(h[0], []).append(i)
        other_by_employer.setdefault(h[1], []).append(i)
    for i, h in enumerate(evaluated):
        evaluated_by_seeker.setdefault(h[0], []).append(i)

    def near(a, c):
        return c - VE_WINDOW_WEEKS <= a <= c + VE_WINDOW_WEEKS

    def work(spells, frm, to):
        return sum(max(0, min(to, s[3]) - max(frm, s[2])) for s in spells)

    substituted = set()
    taken_from_regular = {}  # employer -> subsidised jobs no seeker lost
    effect = 0.0
    for h in evaluated:
        if not h[4]:
            continue
        out["subsidised_hires"] += 1
        mine = [other[i] for i in other_by_seeker.get(h[0], [])]
        deadweight = any(near(o[2], h[2]) for o in mine)
        if deadweight:
            out["deadweight"] += 1
        found = False
        for i in other_by_employer.get(h[1], []):
            o = other[i]
            if o[0] == h[0] or not near(o[2], h[2]) or i in substituted:
                continue
            theirs = [evaluated[j] for j in evaluated_by_seeker.get(o[0], [])]
            if not any(x[1] == o[1] and near(x[2], o[2]) for x in theirs):
                substituted.add(i)
                out["substitution"] += 1
                found = True
                break
        if not deadweight and not found:
            taken_from_regular[h[1]] = taken_from_regular.get(h[1], 0) + 1
        to = min(h[2] + VE_HORIZON_WEEKS, weeks)
        effect += work([evaluated[j] for j in evaluated_by_seeker.get(h[0], [])], h[2], to) - work(mine, h[2], to)
    regular_substituted = 0.0
    if evaluated_by_employer is not None and other_by_employer_regular is not None:
        for employer, jobs in taken_from_regular.items():
            lost = other_by_employer_regular.get(employer, 0.0) - evaluated_by_employer.get(employer, 0.0)
            regular_substituted += min(max(lost, 0.0), jobs)
    out["substitution"] += regular_substituted
    out["displacement"] = other_regular - evaluated_regular - regular_substituted
    out["net_jobs"] = out["subsidised_hires"] - out["deadweight"] - out["substitution"] - out["displacement"]
    out["effect_on_treated_weeks_in_work"] = effect / out["subsidised_hires"] if out["subsidised_hires"] else 0.0
    out["evaluated_arm"] = "variant" if variant_evaluated else "baseline"
    return out


def _regular_by_employer(res: rd.Results, scenario: str, replication: int) -> dict | None:
    import regiosim_results as rr

    t = rr.records(res.file, scenario, "employer_hires")
    if t is None:
        return None
    t = t[t["replication"] == replication]
    return dict(zip(t["employer"].to_numpy().tolist(), t["regular_hires"].to_numpy().astype(float).tolist()))


@dataclass
class VirtualEvaluation:
    evaluated: str  # the scenario whose subsidised hires are evaluated
    other: str
    rows: dict  # VE_ROWS -> rd.Estimate over replications (totals over the observed weeks)


def virtual_evaluation(res: rd.Results, variant: str) -> VirtualEvaluation | None:
    """Deadweight, substitution, displacement and net jobs of the subsidised hires, for a variant
    that changes the loonkostensubsidie, from the two arms' job spells; None otherwise. The
    evaluated arm is the one with more subsidised hires."""
    if _lks_settings(res, variant) == _lks_settings(res, res.baseline):
        return None
    sb, sv = res.spells(res.baseline), res.spells(variant)
    weeks = res.weeks()
    if sb is None or sv is None or not weeks or not {"seeker", "employer", "start_week", "end_week",
                                                      "instruments"} <= set(sb.columns):
        return None
    reg_b = series_total(res, res.baseline, "vacancies", ("filled_regular",))
    reg_v = series_total(res, variant, "vacancies", ("filled_regular",))
    n = min(res.meta(res.baseline).replications, res.meta(variant).replications)
    values = {k: [] for k in VE_ROWS}
    arm = "variant"
    total = 0.0
    for r in range(n):
        e = _evaluate(sb[sb["replication"] == r], sv[sv["replication"] == r],
                      float(reg_b[r].sum()) if reg_b is not None else 0.0,
                      float(reg_v[r].sum()) if reg_v is not None else 0.0, weeks,
                      _regular_by_employer(res, res.baseline, r), _regular_by_employer(res, variant, r))
        arm = e["evaluated_arm"]
        total += e["subsidised_hires"]
        for k in VE_ROWS:
            values[k].append(e[k])
    if total == 0:
        return None
    evaluated, other = (variant, res.baseline) if arm == "variant" else (res.baseline, variant)
    return VirtualEvaluation(evaluated, other, {k: rd.estimate(v) for k, v in values.items()})
