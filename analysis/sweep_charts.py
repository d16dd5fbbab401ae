"""The charts of the report on a sweep file, built with the helpers of :mod:`charts` (frame, number
formats, palette, line styles), so they look like the charts of a results file.

* one chart per analysed KPI (``kpi_<kpi>``): the KPI against each factor, a dot per design point
  (mean over replications with its 95 % interval). A grid of one or two factors draws lines; with
  two factors each panel has one line per value of the other factor. Other designs draw a panel per
  factor with the points and a black line through the average per part of the factor's range;
* for saltelli and morris designs one ranking chart (``sensitivity``): Sobol total and first-order
  indices with their bootstrap intervals, or Morris mu* against sigma, a panel per KPI.

Titles state the finding (which factor matters most, with "geen aantoonbaar verschil" when no
difference is demonstrable); subtitles say what is drawn and, for the ranking, what an index means.
Every function takes a :class:`sweepdata.SweepData` and an :class:`i18n.Texts` and returns a
:class:`charts.Chart` or a :class:`charts.Missing`.

Example::

    import sweep_charts, sweepdata, i18n
    data = sweepdata.SweepData.open("sweep.h5")
    for c in sweep_charts.all_charts(data, i18n.Texts("nl")):
        print(c.id, getattr(c, "title", c.note))
"""

from __future__ import annotations

import math
import textwrap
import warnings

import numpy as np

import charts
import i18n
import reportdata as rd
import sweepdata as sd
from charts import GREY, MARKERS, PALETTE, Chart, Missing, NumberFormatter, display_scale, format_axis, new_figure, style

#: More points than this and the dots lose their interval bars (they would hide each other).
MAX_BARS = 60

#: KPI units whose values are never negative: the axis stops just below 0 even when a 95 % interval
#: from few runs reaches below it.
NON_NEGATIVE = ("share", "EUR", "placements", "persons", "spells", "employers", "weeks", "placements per hour")

#: A grid factor with more values than this is drawn as dots, not as one line per value.
MAX_LINES = 6

#: Parts of the range for the average line through the points of a sampled design (fewer with
#: fewer than 20 points: about four points per part).
TREND_BINS = 5


def all_charts(data: sd.SweepData, t: i18n.Texts) -> list:
    """The report's charts in order: one per analysed KPI, then the ranking."""
    return [kpi_chart(data, t, kpi) for kpi in data.kpis + data.kpis_absent] + [sensitivity_chart(data, t)]


def chart_id(kpi: str) -> str:
    return "kpi_" + "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in kpi)


# ---------------------------------------------------------------------------------------------
# Frame and words


def source_line(data: sd.SweepData, t: i18n.Texts) -> str:
    p = data.provenance
    created = str(p.get("created_utc", "?")).replace("T", " ").replace("Z", " UTC")
    return t("source_sweep", file=data.file_name, name=data.name, design=design_name(t, data.design),
             points=t.number(data.point_count, 0), reps=t.runs_count(data.replications),
             version=p.get("engine_version", "?"), commit=p.get("engine_commit", "?"), created=created)


def finish(data, t, chart_id_: str, name: str, fig, title: str, subtitle: str) -> Chart:
    charts.frame(fig, title, subtitle, source_line(data, t))
    return Chart(chart_id_, name, title, subtitle, fig)


def design_name(t: i18n.Texts, design: str) -> str:
    key = f"design_{design}"
    return t(key) if key in i18n._S else design


def cap(text: str) -> str:
    """First letter upper case (a noun phrase that starts a sentence)."""
    return text[:1].upper() + text[1:]


def factor_number(t: i18n.Texts, f: sd.Factor, x: float) -> str:
    """A numeric factor value without unit: ``62,5``; shares as ``25%``."""
    if f.share:
        return i18n.format_number(100.0 * x, t.lang, 0 if float(100 * x).is_integer() else 1) + "%"
    if float(x).is_integer():
        return t.number(x, 0)
    return t.number(x)


def factor_value_text(t: i18n.Texts, f: sd.Factor, x: float, with_unit: bool = True) -> str:
    """A factor value as the reader sees it: a choice's label, ``ja``/``nee``, or a number with a
    short unit (``13 weken``; long units such as ``werkzoekenden per klantmanager`` are left to the
    axis or the table)."""
    if f.categorical:
        return t.factor_value(f.key, f.texts.get(x, f"{x:g}"))
    text = factor_number(t, f, x)
    unit = t.factor_unit(f.unit)
    if with_unit and unit and not f.share and len(unit) <= 8:
        text += " " + unit
    return text


def factor_range_text(t: i18n.Texts, f: sd.Factor, low: float, high: float) -> str:
    a, b = factor_number(t, f, low), factor_value_text(t, f, high)
    return b if low == high else f"{a}–{b}"


def kpi_noun(t: i18n.Texts, kpi: str) -> str:
    return t.kpi_noun(kpi)


# ---------------------------------------------------------------------------------------------
# An outcome against the factors


def kpi_chart(data: sd.SweepData, t: i18n.Texts, kpi: str) -> Chart | Missing:
    name = t("chart_sweep_kpi", kpi=t.kpi_label(kpi))
    cid = chart_id(kpi)
    if kpi not in data.kpi_names or not data.factors or not data.point_count:
        return Missing(cid, name, t("sweep_kpi_missing", chart=name))
    unit = data.kpi_unit(kpi)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # means of points without a value
        est = data.point_estimates(kpi)
        factors = data.factors
        lines = data.design == "grid" and len(factors) <= 2 and all(len(f.levels) <= MAX_LINES for f in factors)
        n = len(factors) if not lines else (1 if len(factors) == 1 else 2)
        ncols = 1 if n == 1 else (2 if n <= 4 else 3)
        nrows = math.ceil(n / ncols)
        # A grid is compared replication by replication, as its headline is: a row of panels with
        # the paired difference from each factor's lowest value under the row of levels.
        paired = data.design == "grid" and data.replications >= 2 and len(factors) <= 3
        fig = new_figure((2.9 * nrows + 1.7 if n > 1 else 4.2) + (2.6 if paired else 0.0))
        if paired:
            grid = fig.add_gridspec(nrows + 1, max(ncols, len(factors)))
            flat = [fig.add_subplot(grid[i // ncols, i % ncols]) for i in range(nrows * ncols)]
            diff_axes = [fig.add_subplot(grid[nrows, j]) for j in range(len(factors))]
        else:
            axes = fig.subplots(nrows, ncols, squeeze=False)
            flat = list(axes.flat)
        if lines and len(factors) == 2:
            _lines(flat[0], t, est, factors[0], factors[1], unit)
            _lines(flat[1], t, est, factors[1], factors[0], unit)
        elif lines:
            _lines(flat[0], t, est, factors[0], None, unit)
        else:
            binned = [_dots(ax, t, data, est, f, unit) for ax, f in zip(flat, factors)]
        for i, ax in enumerate(flat[:n]):
            if i % ncols == 0:
                ax.set_ylabel(t.unit(unit) or t.kpi_label(kpi))
            low, high = ax.get_ylim()
            if unit in NON_NEGATIVE and np.nanmin(est["mean"].to_numpy(dtype=float), initial=0.0) >= 0:
                low = max(low, -0.03 * high)  # a count or an amount is not negative: intervals below 0 are cut
            if unit == "share":  # a share stays between 0 and 100 %
                high = min(high, 103.0)
            ax.set_ylim(low, high)
        for ax in flat[n:]:
            ax.set_visible(False)
        if paired:
            for ax, f in zip(diff_axes, factors):
                _paired_panel(ax, t, data, kpi, f, unit)
            diff_axes[0].set_ylabel(t.unit(unit, difference=True) or t("axis_difference_short"))
        title = _title(data, t, kpi, est)
    single = data.replications < 2
    subtitle = t("sweep_kpi_subtitle_single") if single else t("sweep_kpi_subtitle", reps=data.replications)
    if lines and len(factors) == 2:
        subtitle += t("sweep_lines_by")
    if data.design == "grid" and data.replications >= 2 and len(data.factors) <= 3:
        subtitle += t("sweep_paired_row")
    elif not lines:
        subtitle += t("sweep_trend" if all(binned) else ("sweep_trend_values" if not any(binned) else "sweep_trend_mixed"))
    return finish(data, t, cid, name, fig, title, subtitle)


def _paired_panel(ax, t: i18n.Texts, data: sd.SweepData, kpi: str, f: sd.Factor, unit: str):
    """The difference from the factor's lowest value, paired by replication, averaged over the other
    factors' values (the comparison the headline makes)."""
    import reportdata as rd

    pos = _x_axis(ax, t, f)
    ax.set_title("\n".join(textwrap.wrap(t("sweep_paired_title", factor=t.factor_label(f.key)), 44)), loc="left")
    x = data.factor_values(f.key)
    y = data.values(kpi)
    per_level = {lv: np.nanmean(y[x == lv], axis=0) for lv in f.levels if (x == lv).any()}
    levels = [lv for lv in f.levels if lv in per_level]
    if len(levels) < 2:
        return
    base = per_level[levels[0]]
    scale = display_scale(unit)
    for lv in levels:
        e = rd.paired_difference(per_level[lv], base)
        filled = e.demonstrable or lv == levels[0]
        _errorbar(ax, pos([lv]), [e.mean], [e.low], [e.high], scale, fmt="o", color=PALETTE[1], capsize=3,
                  markersize=6, markerfacecolor=PALETTE[1] if filled else "white", markeredgewidth=1.4)
    ax.axhline(0, color="black", linewidth=0.9)
    format_axis(ax.yaxis, t, unit, difference=True)


def _x_axis(ax, t: i18n.Texts, f: sd.Factor):
    """Ticks and label of a factor axis; returns the function from numeric values to positions."""
    ax.set_title("\n".join(textwrap.wrap(t.factor_label(f.key), 48)), loc="left")
    if f.categorical:
        pos = {v: i for i, v in enumerate(f.levels)}
        ax.set_xticks(range(len(f.levels)), [t.factor_value(f.key, f.texts[v]) for v in f.levels])
        ax.set_xlim(-0.5, len(f.levels) - 0.5)
        return lambda x: np.array([pos.get(float(v), np.nan) for v in np.atleast_1d(x)])
    scale = 100.0 if f.share else 1.0
    ax.xaxis.set_major_formatter(NumberFormatter(t, suffix="%" if f.share else ""))
    unit = t.factor_unit(f.unit)
    if unit and not f.share:
        ax.set_xlabel(unit)
    if len(f.levels) <= MAX_LINES:
        ax.set_xticks([scale * v for v in f.levels])
    ax.margins(x=0.08)
    return lambda x: scale * np.atleast_1d(np.asarray(x, dtype=float))


def _errorbar(ax, x, e_mean, e_low, e_high, scale, **kw):
    y = scale * np.asarray(e_mean, dtype=float)
    lo = scale * (np.asarray(e_mean) - np.asarray(e_low))
    hi = scale * (np.asarray(e_high) - np.asarray(e_mean))
    ok = np.isfinite(lo) & np.isfinite(hi)
    yerr = np.vstack([np.where(ok, lo, 0.0), np.where(ok, hi, 0.0)]) if ok.any() else None
    return ax.errorbar(x, y, yerr=yerr, **kw)


def _lines(ax, t, est, f: sd.Factor, other: sd.Factor | None, unit: str):
    """A grid: the KPI against ``f``, one line per value of ``other`` (or a single line)."""
    pos = _x_axis(ax, t, f)
    scale = display_scale(unit)
    groups = [(None, est)] if other is None else [(v, est[est[other.key] == v]) for v in other.levels]
    span = (len(f.levels) - 1) if f.categorical else (pos(f.levels[-1])[0] - pos(f.levels[0])[0])
    for j, (value, rows) in enumerate(groups):
        rows = rows.sort_values(f.key)
        st = style(j)
        x = pos(rows[f.key].to_numpy()) + (j - (len(groups) - 1) / 2) * 0.025 * (span or 1)
        label = None if other is None else factor_value_text(t, other, value)
        _errorbar(ax, x, rows["mean"], rows["low"], rows["high"], scale, color=st["color"], linestyle=st["linestyle"],
                  marker=st["marker"], capsize=3, markersize=6, linewidth=1.6, label=label)
    format_axis(ax.yaxis, t, unit)
    if other is not None:
        ax.legend(title="\n".join(textwrap.wrap(t.factor_label(other.key), 30)), loc="best", fontsize=8, title_fontsize=8)


def _dots(ax, t, data: sd.SweepData, est, f: sd.Factor, unit: str) -> bool:
    """Any design: a dot per point against ``f`` and a black line through the average per value
    (few values) or per fifth of the range (by the points' values). Returns whether the line is
    per part of the range (True) or per value."""
    pos = _x_axis(ax, t, f)
    scale = display_scale(unit)
    x = pos(est[f.key].to_numpy())
    if f.categorical:  # spread the dots of one value a little (deterministic)
        x = x + (np.arange(len(x)) % 9 - 4) * 0.03
    bars = data.replications >= 2 and len(est) <= MAX_BARS
    if bars:
        _errorbar(ax, x, est["mean"], est["low"], est["high"], scale, fmt="o", color=PALETTE[0], alpha=0.55,
                  markersize=4, capsize=0, linewidth=0.8, zorder=3)
    else:
        alpha = 0.7 if len(est) <= 200 else 0.35
        ax.plot(x, scale * est["mean"].to_numpy(dtype=float), "o", color=PALETTE[0], alpha=alpha,
                markersize=4 if len(est) <= 200 else 2.5, linewidth=0, zorder=3)
    # The average line.
    values = est[f.key].to_numpy(dtype=float)
    means = est["mean"].to_numpy(dtype=float)
    per_value = f.categorical or len(f.levels) <= max(MAX_LINES, TREND_BINS + 3)
    if per_value:
        bins = [values == v for v in f.levels]
    else:
        n_bins = max(2, min(TREND_BINS, len(values) // 4))  # at least about four points per part
        edges = np.quantile(values, np.linspace(0, 1, n_bins + 1))
        which = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, n_bins - 1)
        bins = [which == b for b in range(n_bins)]
    bx, bm, bl, bh = [], [], [], []
    for mask in bins:
        if not mask.any():
            continue
        e = rd.estimate(means[mask])
        if not math.isfinite(e.mean):
            continue
        bx.append(float(np.mean(pos(values[mask])) if not f.categorical else pos([values[mask][0]])[0]))
        bm.append(e.mean)
        bl.append(e.low)
        bh.append(e.high)
    if len(bx) >= 2:
        _errorbar(ax, bx, bm, bl, bh, scale, color="black", marker="D", markersize=5, capsize=3, linewidth=1.8,
                  zorder=2)
    format_axis(ax.yaxis, t, unit)
    return not per_value


def _title(data: sd.SweepData, t: i18n.Texts, kpi: str, est) -> str:
    unit = data.kpi_unit(kpi)
    noun = kpi_noun(t, kpi)
    top = data.top_factor(kpi)
    if top is not None:
        factor, clear = top
        means = est["mean"].to_numpy(dtype=float)
        means = means[np.isfinite(means)]
        return t("sweep_title_sens" if clear else "sweep_title_sens_unsure", noun=cap(noun),
                 factor=t.factor_label(factor), low=t.value(float(means.min()), unit),
                 high=t.value(float(means.max()), unit))
    e = data.strongest(kpi)
    if e is None:
        return t("sweep_title_none", noun=noun)
    f = data.factor(e.factor)
    if e.a_range is not None:
        a = t("high_values", range=factor_range_text(t, f, *e.a_range))
        b = t("low_values", range=factor_range_text(t, f, *e.b_range))
    else:
        a, b = factor_value_text(t, f, e.a), factor_value_text(t, f, e.b)
    if e.estimate.verdict == "few":
        return t("sweep_title_few", noun=noun, factor=t.factor_label(f.key), a=a, b=b,
                 a_value=t.value(e.a_mean, unit), b_value=t.value(e.b_mean, unit))
    if not e.estimate.demonstrable:
        return t("sweep_title_none", noun=noun)
    return t("sweep_title_diff", factor=t.factor_label(f.key), a=a, b=b,
             phrase=t.kpi_phrase(kpi, e.estimate.mean > 0),
             diff=t.value(e.estimate.mean, unit, sign=True, difference=True))


# ---------------------------------------------------------------------------------------------
# Which factor matters most


def sensitivity_chart(data: sd.SweepData, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_sensitivity")
    if data.method is None:
        return Missing("sensitivity", name, t("sens_not_applicable", chart=name, design=data.design))
    kpis = [k for k in data.kpis if data.sensitivity(k) is not None]
    if not kpis:
        return Missing("sensitivity", name, t("sens_no_rows", chart=name))
    nf = max(len(data.sensitivity(k)) for k in kpis)
    ncols = 1 if len(kpis) == 1 else 2
    nrows = math.ceil(len(kpis) / ncols)
    if data.method == "sobol":
        fig = new_figure(nrows * (1.0 + 0.55 * nf) + 2.0)
    else:
        fig = new_figure(nrows * 3.2 + 2.0)
    axes = fig.subplots(nrows, ncols, squeeze=False)
    flat = list(axes.flat)
    clipped = False
    for i, (ax, kpi) in enumerate(zip(flat, kpis)):
        if data.method == "sobol":
            clipped |= _sobol_panel(ax, t, data, kpi, legend=i == 0)
        else:
            _morris_panel(ax, t, data, kpi)
    for ax in flat[len(kpis):]:
        ax.set_visible(False)
    if data.method == "sobol":
        subtitle = t("sens_sobol_subtitle", clipped=t("sens_clipped") if clipped else "")
    else:
        subtitle = t("sens_morris_subtitle", trajectories=data.trajectories)
    return finish(data, t, "sensitivity", name, fig, sensitivity_title(data, t, kpis), subtitle)


#: Limits of the Sobol axis (shares of variance, in %): estimates from few points stray outside 0-100 %.
_SOBOL_AXIS = (-25.0, 125.0)


def _sobol_panel(ax, t, data: sd.SweepData, kpi: str, legend: bool) -> bool:
    """Bars of the total (solid) and first-order (hatched) index per factor, most influential on
    top; returns whether an interval runs off the axis."""
    rows = data.sensitivity(kpi)
    ys = np.arange(len(rows))[::-1].astype(float)
    h = 0.36
    for col, dy, kw, label in (("total", h / 2, {"color": PALETTE[0]}, t("sens_total")),
                               ("first", -h / 2, {"color": "white", "edgecolor": PALETTE[1], "hatch": "///"},
                                t("sens_first"))):
        v = 100 * rows[col].to_numpy(dtype=float)
        lo = 100 * rows[col + "_low"].to_numpy(dtype=float)
        hi = 100 * rows[col + "_high"].to_numpy(dtype=float)
        ax.barh(ys + dy, np.nan_to_num(v), height=h, linewidth=0.8, label=label, **kw)
        ok = np.isfinite(lo) & np.isfinite(hi)
        if ok.any():
            ax.errorbar(v[ok], (ys + dy)[ok], xerr=[np.maximum(v - lo, 0)[ok], np.maximum(hi - v, 0)[ok]], fmt="none",
                        color="black", capsize=2.5, linewidth=0.9)
    values = 100 * rows[["total", "total_low", "total_high", "first", "first_low", "first_high"]].to_numpy(dtype=float)
    finite = values[np.isfinite(values)]
    low = max(_SOBOL_AXIS[0], min(-2.0, float(finite.min()) - 3 if finite.size else 0.0))
    high = min(_SOBOL_AXIS[1], max(20.0, float(finite.max()) + 5 if finite.size else 100.0))
    ax.set_xlim(low, high)
    ax.axvline(0, color="black", linewidth=0.9)
    ax.set_yticks(ys, ["\n".join(textwrap.wrap(t.factor_label(f), 26)) for f in rows["factor"]])
    ax.set_ylim(-0.7, len(rows) + 0.4)  # room for the legend on top (every panel, so rows line up)
    ax.set_title("\n".join(textwrap.wrap(t.kpi_label(kpi), 34)), loc="left")
    ax.set_xlabel(t("sens_x_sobol"))
    ax.xaxis.set_major_formatter(NumberFormatter(t, suffix="%"))
    ax.grid(axis="y", visible=False)
    if legend:
        ax.legend(loc="upper right", ncols=2, fontsize=7.5)
    return bool(finite.size and (finite.min() < low or finite.max() > high))


def _morris_panel(ax, t, data: sd.SweepData, kpi: str):
    """mu* (right = more influence) against sigma (up = an effect that varies), a marker per factor."""
    rows = data.sensitivity(kpi)
    unit = data.kpi_unit(kpi)
    scale = display_scale(unit)
    shown = t.unit(unit, difference=True)
    order = [f.key for f in data.factors]
    for _, r in rows.iterrows():
        i = order.index(r["factor"]) if r["factor"] in order else len(order)
        x, y = scale * float(r["mu_star"]), scale * float(r["sigma"])
        color = PALETTE[i % len(PALETTE)] if PALETTE[i % len(PALETTE)] != "#F0E442" else GREY
        ax.plot([x], [y], MARKERS[i % len(MARKERS)], color=color, markersize=8,
                label=t.factor_label(str(r["factor"])))
        if len(rows) <= 6:
            ax.annotate("\n".join(textwrap.wrap(t.factor_label(str(r["factor"])), 22)), (x, y), xytext=(6, 4),
                        textcoords="offset points", fontsize=7.5, va="bottom")
    xs = scale * rows["mu_star"].to_numpy(dtype=float)
    ys = scale * rows["sigma"].to_numpy(dtype=float)
    top_x = float(np.nanmax(xs)) if np.isfinite(xs).any() and np.nanmax(xs) > 0 else 1.0
    top_y = float(np.nanmax(ys)) if np.isfinite(ys).any() and np.nanmax(ys) > 0 else 1.0
    ax.set_xlim(0, top_x * (1.45 if len(rows) <= 6 else 1.1))  # room for the labels right of the dots
    ax.set_ylim(0, top_y * 1.2)
    suffix = f" ({shown})" if shown else ""
    ax.set_xlabel(t("sens_x_morris", unit=suffix))
    ax.set_ylabel(t("sens_y_morris", unit=suffix))
    format_axis(ax.xaxis, t, unit, difference=True)
    format_axis(ax.yaxis, t, unit, difference=True)
    ax.xaxis.set_major_formatter(NumberFormatter(t))
    ax.yaxis.set_major_formatter(NumberFormatter(t))
    ax.set_title("\n".join(textwrap.wrap(t.kpi_label(kpi), 40)), loc="left")
    if len(rows) > 6:
        ax.legend(loc="upper left", fontsize=7)


def _join(t: i18n.Texts, items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {t('and')} " + items[-1]


def sensitivity_title(data: sd.SweepData, t: i18n.Texts, kpis: list[str]) -> str:
    """‘X’ heeft de meeste invloed op A en B; ‘Y’ lijkt de meeste invloed te hebben op C."""
    groups: list[tuple[str, bool, list[str]]] = []
    for kpi in kpis:
        top = data.top_factor(kpi)
        if top is None:
            continue
        for g in groups:
            if g[0] == top[0] and g[1] == top[1]:
                g[2].append(kpi_noun(t, kpi))
                break
        else:
            groups.append((top[0], top[1], [kpi_noun(t, kpi)]))
    clauses = [t("sens_title_clear" if clear else "sens_title_unsure", factor=t.factor_label(f), nouns=_join(t, nouns))
               for f, clear, nouns in groups]
    return "; ".join(clauses)


def sensitivity_sentences(data: sd.SweepData, t: i18n.Texts) -> list[str]:
    """One plain sentence per analysed KPI: which factor matters most, the next one, and the
    factors with hardly any influence (for the report's text)."""
    out = []
    if data.method is None:
        return out
    for kpi in data.kpis:
        noun = cap(kpi_noun(t, kpi))
        rows = data.sensitivity(kpi)
        if rows is None:
            out.append(t("sens_missing_kpi", noun=noun))
            continue
        top = data.top_factor(kpi)
        first = rows.iloc[0]
        label = t.factor_label(str(first["factor"]))
        if data.method == "sobol":
            def total(r):
                return t.interval(float(r["total"]), float(r["total_low"]), float(r["total_high"]), "share")
            if len(rows) == 1:
                text = t("sens_sentence_one", noun=noun, factor=label, total=total(first))
            else:
                second = rows.iloc[1]
                key = "sens_sentence_sobol" if top[1] else "sens_sentence_sobol_unsure"
                text = t(key, noun=noun, factor=label, total=total(first),
                         second=t.factor_label(str(second["factor"])), second_total=total(second))
        else:
            unit = data.kpi_unit(kpi)

            def mu_star(r):
                return t.value(float(r["mu_star"]), unit, difference=True)
            if len(rows) == 1:
                text = t("sens_sentence_one", noun=noun, factor=label, total=mu_star(first))
            else:
                second = rows.iloc[1]
                key = "sens_sentence_morris" if top[1] else "sens_sentence_morris_unsure"
                text = t(key, noun=noun, factor=label, mu_star=mu_star(first),
                         second=t.factor_label(str(second["factor"])), second_mu_star=mu_star(second))
        small = [f for f in data.negligible(kpi) if f != str(first["factor"])]
        if small:
            text += t("sens_negligible", factors=_join(t, [f"‘{t.factor_label(f)}’" for f in small]))
        out.append(text)
    return out
