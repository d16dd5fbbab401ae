"""The charts of the council report, each a matplotlib figure whose title states its finding.

Every chart function takes a :class:`reportdata.Results` and an :class:`i18n.Texts` and returns a
:class:`Chart` (figure, finding, subtitle) or a :class:`Missing` (the one-line note the report
prints instead) when the file lacks its data. Charts never raise for absent data.

Design rules, shared by all charts:

* the title is the finding in plain words, computed from the data; a difference whose 95 %
  interval includes zero is called "geen aantoonbaar verschil" / "no demonstrable difference";
* axis labels carry units; numbers use the language's format (Dutch ``1.234,5``, ``€ 1.234``);
* a source line names the file, the scenarios, the replications and the simulator version;
* colours are Okabe-Ito (safe for colour blindness), and every scenario also has its own line
  style and marker (or hatch), so the charts survive black-and-white printing.

Example::

    import charts, i18n, reportdata as rd
    with rd.Results.open("run.h5") as res:
        for make in charts.ALL:
            c = make(res, i18n.Texts("nl"))
            if isinstance(c, charts.Chart):
                c.figure.savefig(c.id + ".png")
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import ticker  # noqa: E402

import i18n  # noqa: E402
import reportdata as rd  # noqa: E402

# Okabe & Ito (2008) colour-blind-safe palette; the baseline gets the first colour.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
LINESTYLES = ["-", "--", ":", "-."]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
HATCHES = ["", "///", "...", "xxx", "\\\\\\", "ooo", "---", "+++"]
GREY = "#888888"

WIDTH_IN = 9.0  # figure width in inches; the report scales figures to the page width

matplotlib.rcParams.update(
    {
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.titlesize": 9.5,
        "axes.labelsize": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.color": "#dddddd",
        "grid.linewidth": 0.6,
        "legend.frameon": False,
        "svg.fonttype": "none",  # text stays text in SVG (searchable, selectable)
        "axes.unicode_minus": False,
    }
)


@dataclass
class Chart:
    id: str
    name: str  # the chart's name ("Mensen per tegel")
    title: str  # the finding
    subtitle: str  # what is shown
    figure: object
    notes: list[str] = field(default_factory=list)


@dataclass
class Missing:
    id: str
    name: str
    note: str


def scenario_style(res, name: str) -> dict:
    """Style of a scenario in point charts: its own colour and marker, or, with many scenarios,
    one colour for every variant (black for the baseline) so no pale colour is needed."""
    if res.many:
        if name == res.baseline:
            return {"color": "black", "linestyle": "-", "marker": "o"}
        return {"color": PALETTE[0], "linestyle": "-", "marker": "o"}
    return style(res.names.index(name))


def style(i: int) -> dict:
    """Colour, line style and marker of the i-th scenario (0 = baseline)."""
    return {
        "color": PALETTE[i % len(PALETTE)],
        "linestyle": LINESTYLES[i % len(LINESTYLES)],
        "marker": MARKERS[i % len(MARKERS)],
    }


def wrapped(name: str, width: int = 22) -> str:
    """A scenario label on an axis: on at most two lines, shortened beyond that."""
    lines = textwrap.wrap(name, width, break_on_hyphens=False) or [name]
    if len(lines) > 2:
        lines = [lines[0], short(" ".join(lines[1:]), width)]
    return "\n".join(lines)


def short(name: str, width: int = 34) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Number formatting on axes


def tick_decimals(locs, scale: float = 1.0, most: int = 6) -> int:
    """The fewest decimals that write every tick value (divided by ``scale``) exactly and tell
    the ticks apart: 2,5 / 7,5 / 12,5 get one decimal, never 2 / 8 / 12."""
    values = [v / scale for v in locs if math.isfinite(v)]
    for d in range(most + 1):
        exact = all(abs(round(v, d) - v) <= 1e-9 * max(1.0, abs(v)) for v in values)
        if exact and len({round(v, d) for v in values}) == len(values):
            return d
    return most


class NumberFormatter(ticker.Formatter):
    """Tick labels in the language's number format, with as many decimals as the tick values need
    (:func:`tick_decimals`); ``suffix`` is appended (e.g. ``%``)."""

    def __init__(self, t: i18n.Texts, suffix: str = "", sign: bool = False):
        self.t, self.suffix, self.sign = t, suffix, sign
        self.decimals = 0

    def set_locs(self, locs):
        super().set_locs(locs)
        self.decimals = tick_decimals(locs)

    def __call__(self, x, pos=None):
        return i18n.format_number(x, self.t.lang, self.decimals, self.sign and x != 0) + self.suffix


class EuroFormatter(ticker.Formatter):
    """Euro tick labels; in millions (``€ 1,5 mln``) when the largest tick reaches a million."""

    def __init__(self, t: i18n.Texts, sign: bool = False):
        self.t, self.sign = t, sign
        self.scale, self.decimals = 1.0, 0

    def set_locs(self, locs):
        super().set_locs(locs)
        locs = np.asarray([v for v in locs if math.isfinite(v)])
        big = locs.size and np.max(np.abs(locs)) >= 1e6
        self.scale = 1e6 if big else 1.0
        self.decimals = tick_decimals(locs, self.scale)

    def __call__(self, x, pos=None):
        if x == 0:
            return "€\u00a00" if self.t.lang == "nl" else "€0"
        body = i18n.format_number(abs(x) / self.scale, self.t.lang, self.decimals)
        if self.scale > 1:
            body += "\u00a0" + self.t("unit_eur_million_short")
        sign = "-" if x < 0 else ("+" if self.sign and x > 0 else "")
        return f"{sign}€\u00a0{body}" if self.t.lang == "nl" else f"{sign}€{body}"


def format_axis(axis, t: i18n.Texts, unit: str, difference: bool = False):
    """Tick formatter for values of a KPI unit (shares are plotted in percent / points)."""
    if unit == "EUR":  # euro labels are long: few of them, so that they never run together
        axis.set_major_locator(ticker.MaxNLocator(nbins=3, steps=[1, 2, 2.5, 5, 10]))
        axis.set_major_formatter(EuroFormatter(t, sign=difference))
    elif unit == "share" and not difference:
        axis.set_major_formatter(NumberFormatter(t, suffix="%"))
    else:
        axis.set_major_formatter(NumberFormatter(t, sign=difference))


def display_scale(unit: str) -> float:
    """Factor from stored values to plotted values (shares are plotted in percent)."""
    return 100.0 if unit == "share" else 1.0


# ---------------------------------------------------------------------------------------------
# Frame: title (finding), subtitle, source line


def source_line(res: rd.Results, t: i18n.Texts, names: list[str]) -> str:
    p = res.provenance
    if len(names) == 1:
        who = t("source_one", name=f"‘{res.label(names[0])}’")
    elif len(names) <= 4:
        who = t("source_some", names=", ".join(
            f"‘{res.label(n)}’" + (" " + t("baseline_tag") if n == res.baseline else "") for n in names))
    else:
        who = t("source_many", n=len(names), name=f"‘{res.label(res.baseline)}’")
    reps = sorted({res.meta(n).replications for n in names})
    runs = str(reps[0]) if len(reps) == 1 else f"{reps[0]}–{reps[-1]}"
    created = str(p.get("created_utc", "?")).replace("T", " ").replace("Z", " UTC")
    return t("source", file=res.file_name, scenarios=who, runs=runs, version=p.get("engine_version", "?"),
             commit=p.get("engine_commit", "?"), created=created)


def new_figure(height_in: float):
    return plt.figure(figsize=(WIDTH_IN, height_in), layout="constrained")


def frame(fig, title: str, subtitle: str, source: str):
    """Puts the finding (bold), the subtitle and the source line around the figure's axes, and
    tells the layout engine to keep the axes between them."""
    w_in, h_in = fig.get_size_inches()
    title_lines = textwrap.wrap(title, int(8.3 * w_in), break_on_hyphens=False)
    sub_lines = textwrap.wrap(subtitle, int(13.5 * w_in), break_on_hyphens=False)
    src_lines = textwrap.wrap(source, int(16.5 * w_in), break_on_hyphens=False)
    top_in = 0.12 + 0.25 * len(title_lines) + 0.18 * len(sub_lines) + 0.1
    bottom_in = 0.1 + 0.16 * len(src_lines)
    y = 1 - 0.12 / h_in
    fig.text(0.01, y, "\n".join(title_lines), ha="left", va="top", fontsize=13, fontweight="bold",
             linespacing=1.15)
    y -= 0.25 * len(title_lines) / h_in + 0.04 / h_in
    fig.text(0.01, y, "\n".join(sub_lines), ha="left", va="top", fontsize=9, color="#333333", linespacing=1.25)
    fig.text(0.01, 0.06 / h_in, "\n".join(src_lines), ha="left", va="bottom", fontsize=7.5, color="#555555")
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.set(rect=(0.0, bottom_in / h_in, 1.0, 1.0 - (top_in + bottom_in) / h_in))


def finish(chart_id: str, name: str, fig, title: str, subtitle: str, res, t, names, notes=None) -> Chart:
    frame(fig, title, subtitle, source_line(res, t, names))
    return Chart(chart_id, name, title, subtitle, fig, notes or [])


# ---------------------------------------------------------------------------------------------
# Comparison titles


def more_word(t: i18n.Texts, verdict: str, countable: bool = True) -> str:
    if verdict == "higher":
        return t("more")
    return t("fewer") if countable else t("less")


def compare(res: rd.Results, per_rep: dict[str, np.ndarray]) -> tuple[str, rd.Estimate] | None:
    """The variant whose paired difference from the baseline is demonstrable and largest (or, if
    none is, the first variant with its estimate): ``(variant, estimate)``; None without variants
    or baseline values."""
    base = per_rep.get(res.baseline)
    if base is None:
        return None
    found = []
    for v in res.variants:
        if v in per_rep and per_rep[v] is not None:
            found.append((v, rd.paired_difference(per_rep[v], base)))
    if not found:
        return None
    shown = [x for x in found if x[1].demonstrable]
    if shown:
        return max(shown, key=lambda x: abs(x[1].mean))
    return found[0]


def no_difference(res: rd.Results, t: i18n.Texts, noun: str, variant: str) -> str:
    if len(res.variants) == 1:
        return t("no_difference_generic", noun=noun, variant=res.label(variant), baseline=res.label(res.baseline))
    return t("no_difference_any", noun=noun, baseline=res.label(res.baseline))


# ---------------------------------------------------------------------------------------------
# 1. Key figures compared

MAIN_KPIS = ("placements", rd.SUSTAINABLE, "sustained_rate_52w", "placement_rate_26w", "median_weeks_to_placement",
             "outflow_off_benefit", "cost_per_sustained_placement_eur", "employer_trust_mean")


def main_kpis(res: rd.Results) -> list[str]:
    present = res.kpi_names()
    if "placements" in present and "sustained_rate_52w" in present:
        present = present + [rd.SUSTAINABLE]
    main = [k for k in MAIN_KPIS if k in present]
    return main or present[:6]


def kpi_comparison(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_kpis")
    kpis = main_kpis(res)
    if not kpis or res.baseline is None:
        return Missing("kpis", name, t("missing", chart=name))
    variants = res.variants
    ncols = 2 if len(kpis) > 1 else 1
    nrows = math.ceil(len(kpis) / ncols)
    rows = max(1, len(variants)) if variants else len(res.names)
    panel_h = 0.75 + 0.28 * rows + (0.25 if rows <= 3 else 0)
    fig = new_figure(nrows * panel_h + 1.3)
    axes = fig.subplots(nrows, ncols, squeeze=False)
    runs = res.replications()
    if variants:
        for ax, kpi in zip(axes.flat, kpis):
            unit = res.kpi_unit(kpi)
            scale = display_scale(unit)
            ys = np.arange(len(variants))[::-1]
            for y, v in zip(ys, variants):
                e = res.kpi_difference(v, kpi)
                st = scenario_style(res, v)
                if e is None or not math.isfinite(e.mean):
                    continue
                lo = e.mean - e.low if math.isfinite(e.low) else 0
                hi = e.high - e.mean if math.isfinite(e.high) else 0
                ax.errorbar(e.mean * scale, y, xerr=[[lo * scale], [hi * scale]], fmt=st["marker"], color=st["color"],
                            markerfacecolor=st["color"] if e.demonstrable else "white", markersize=7, capsize=3,
                            linewidth=1.6, markeredgewidth=1.5)
                if len(variants) <= 3:
                    ax.annotate(t.value(e.mean, unit, sign=True, difference=True), (e.mean * scale, y),
                                xytext=(0, 7), textcoords="offset points", ha="center", fontsize=8)
            ax.axvline(0, color="black", linewidth=0.9)
            if len(variants) == 1:
                ax.set_yticks([])  # the subtitle names the one variant
            else:
                ax.set_yticks(ys, [wrapped(res.label(v)) for v in variants])
            ax.set_ylim(-0.7, len(variants) - 0.3 + (0.9 if len(variants) <= 3 else 0))
            ax.set_title("\n".join(textwrap.wrap(t.kpi_label(kpi), 44 if len(variants) == 1 else 34)), loc="left")
            ax.set_xlabel(t.unit(unit, difference=True))
            format_axis(ax.xaxis, t, unit, difference=True)
            if unit != "EUR":  # half a panel wide: at most five labels, such as -0,002 ... +0,002
                ax.xaxis.set_major_locator(ticker.MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10]))
            ax.grid(axis="y", visible=False)
            ax.margins(x=0.15)
        subtitle = t("kpis_subtitle_diff", baseline=res.label(res.baseline), runs=runs)
        if len(variants) == 1:
            subtitle = t("kpis_subtitle_one", variant=res.label(variants[0])) + " " + subtitle
        title = _kpi_title(res, t, kpis)
    else:
        for ax, kpi in zip(axes.flat, kpis):
            unit = res.kpi_unit(kpi)
            scale = display_scale(unit)
            names = res.names
            ys = np.arange(len(names))[::-1]
            for y, s in zip(ys, names):
                e = res.kpi_estimate(s, kpi)
                st = scenario_style(res, s)
                if e is None or not math.isfinite(e.mean):
                    continue
                ax.barh(y, e.mean * scale, color=st["color"], alpha=0.35, hatch=HATCHES[0], edgecolor=st["color"], height=0.5)
                if math.isfinite(e.low):
                    ax.errorbar(e.mean * scale, y, xerr=[[(e.mean - e.low) * scale], [(e.high - e.mean) * scale]],
                                fmt=st["marker"], color=st["color"], capsize=3, markersize=6)
                ax.annotate(t.value(e.mean, unit), (e.mean * scale, y), xytext=(0, 8), textcoords="offset points",
                            ha="center", fontsize=8)
            ax.set_yticks(ys, [wrapped(res.label(s)) for s in names])
            ax.set_ylim(-0.7, len(names) + 0.3)
            ax.set_title("\n".join(textwrap.wrap(t.kpi_label(kpi), 48)), loc="left")
            ax.set_xlabel(t.unit(unit))
            format_axis(ax.xaxis, t, unit)
            ax.grid(axis="y", visible=False)
            ax.margins(x=0.15)
        subtitle = t("kpis_subtitle_levels", runs=runs)
        title = _kpi_title_single(res, t)
    for ax in list(axes.flat)[len(kpis):]:
        ax.set_visible(False)
    return finish("kpis", name, fig, title, subtitle, res, t, res.names)


# Which KPIs a title mentions first.
_TITLE_PRIORITY = ("sustained_rate_52w", "placements", "cost_per_sustained_placement_eur", "placement_rate_26w",
                   "outflow_off_benefit", "median_weeks_to_placement", "employer_trust_mean")


def _kpi_title(res: rd.Results, t: i18n.Texts, kpis: list[str]) -> str:
    variants = res.variants
    if len(variants) == 1:
        v = variants[0]
        shown, quiet = [], []
        for kpi in kpis:
            e = res.kpi_difference(v, kpi)
            if e is None:
                continue
            if e.demonstrable:
                shown.append((kpi, e))
            elif e.verdict == "none":
                quiet.append(kpi)
        if not shown:
            return t("kpis_no_difference", variant=res.label(v), baseline=res.label(res.baseline))
        rank = {k: i for i, k in enumerate(_TITLE_PRIORITY)}
        shown.sort(key=lambda x: rank.get(x[0], len(rank)))
        quiet.sort(key=lambda k: rank.get(k, len(rank)))
        shown = shown[:2]
        phrases = [t("phrase_diff", phrase=t.kpi_phrase(k, e.verdict == "higher"),
                     diff=t.value(e.mean, res.kpi_unit(k), sign=True, difference=True)) for k, e in shown]
        title = t("kpis_title_diff", variant=res.label(v), baseline=res.label(res.baseline), phrases=f" {t('and')} ".join(phrases))
        # A share and its count can disagree (a larger share of fewer placements): say both.
        extra = _count_of_share(res, t, v, [k for k, _ in shown])
        if extra:
            title += extra
        elif quiet:
            title += t("kpis_but_no", nouns=t.kpi_noun(quiet[0]))
        return title
    focus = next((k for k in ("sustained_rate_52w", "placements") if k in kpis), kpis[0])
    k = sum(1 for v in variants if (e := res.kpi_difference(v, focus)) is not None and e.demonstrable)
    if k == 0:
        return t("kpis_title_many_none", n=len(variants), baseline=res.label(res.baseline), noun=t.kpi_noun(focus))
    return t("kpis_title_many", k=k, n=len(variants), baseline=res.label(res.baseline), noun=t.kpi_noun(focus))


#: Shares whose count the headline also reports when the two disagree: share -> count.
COUNT_OF_SHARE = {"sustained_rate_52w": rd.SUSTAINABLE}


def _count_of_share(res: rd.Results, t: i18n.Texts, variant: str, kpis: list[str]) -> str:
    """``; het aantal ... verschilt niet aantoonbaar (+21; -28 tot +70)`` when a share in the
    headline moved and its count did not move the same way; else empty."""
    for share, count in COUNT_OF_SHARE.items():
        if share not in kpis or count in kpis:
            continue
        es, ec = res.kpi_difference(variant, share), res.kpi_difference(variant, count)
        if es is None or ec is None or ec.verdict == es.verdict:
            continue
        unit = res.kpi_unit(count)
        interval = t.interval(ec.mean, ec.low, ec.high, unit, difference=True)
        if ec.demonstrable:
            return t("kpis_count_differs", phrase=t.kpi_phrase(count, ec.verdict == "higher"), interval=interval)
        return t("kpis_count_none", noun=t.kpi_noun(count), interval=interval)
    return ""


def _kpi_title_single(res: rd.Results, t: i18n.Texts) -> str:
    s = res.names[0]
    facts = []
    for kpi, key in (("placements", "fact_placements"), ("sustained_rate_52w", "fact_sustained"),
                     ("cost_per_sustained_placement_eur", "fact_cost")):
        e = res.kpi_estimate(s, kpi)
        if e is not None and math.isfinite(e.mean):
            facts.append(t(key, value=t.value(e.mean, res.kpi_unit(kpi))))
    if not facts:
        kpi = main_kpis(res)[0]
        e = res.kpi_estimate(s, kpi)
        facts.append(f"{t.kpi_label(kpi)} {t.value(e.mean, res.kpi_unit(kpi))}")
    return t("kpis_title_single", name=res.label(s), facts=", ".join(facts))


# ---------------------------------------------------------------------------------------------
# 2, 3. People per tile and per rung over time


def _time_panels(res: rd.Results, t: i18n.Texts, series: str, labels, ncols: int, y_label: str):
    """Small multiples of one series' columns over the weeks, one line (and fan) per scenario.
    Returns (figure, columns, per-scenario arrays) or None when the series is absent."""
    data = {}
    columns = None
    for s in res.names:
        got = res.series(s, series)
        if got is None:
            continue
        values, cols, _ = got
        if columns is None:
            columns = cols
        if cols != columns or values.shape[1] == 0:
            continue
        data[s] = values
    if not data or not columns or res.baseline not in data:
        return None
    # Columns that are empty in every scenario (rung 6 of people still on benefit) get no panel.
    keep = [c for c in range(len(columns)) if any(np.nanmax(np.abs(v[:, :, c]), initial=0) > 0 for v in data.values())]
    if keep and len(keep) < len(columns):
        columns = [columns[c] for c in keep]
        data = {s: v[:, :, keep] for s, v in data.items()}
    nrows = math.ceil(len(columns) / ncols)
    fig = new_figure(1.85 * nrows + 1.6)
    axes = fig.subplots(nrows, ncols, squeeze=False, sharex=True)
    _draw_fans(res, t, axes, data, columns, labels)
    for r in range(nrows):
        axes[r, 0].set_ylabel(y_label)
    for c in range(ncols):
        # The lowest visible panel of each column carries the week axis.
        visible = [r for r in range(nrows) if r * ncols + c < len(columns)]
        if visible:
            axes[visible[-1], c].set_xlabel(t("axis_week"))
            axes[visible[-1], c].xaxis.set_tick_params(labelbottom=True)
    return fig, columns, data


def _draw_fans(res, t, axes, data, columns, labels):
    bands = len(data) <= 3 and not res.many
    for c, ax in enumerate(axes.flat):
        if c >= len(columns):
            ax.set_visible(False)
            continue
        for s, values in data.items():
            i = res.names.index(s)
            weeks = np.arange(values.shape[1])
            f = rd.fan(values[:, :, c])
            if res.many and s != res.baseline:
                ax.plot(weeks, f["mean"], color=GREY, linewidth=0.7, alpha=0.8,
                        label=t("other_scenarios") if s == next(n for n in data if n != res.baseline) else None)
                continue
            st = style(i)
            lw = 2.2 if (res.many and s == res.baseline) else 1.6
            color = "black" if (res.many and s == res.baseline) else st["color"]
            if bands and values.shape[0] >= 3:
                ax.fill_between(weeks, f["q05"], f["q95"], color=st["color"], alpha=0.12, linewidth=0)
                ax.fill_between(weeks, f["q25"], f["q75"], color=st["color"], alpha=0.25, linewidth=0)
            ax.plot(weeks, f["mean"], color=color, linestyle=st["linestyle"], marker=st["marker"],
                    markevery=max(1, len(weeks) // 6), markersize=4, linewidth=lw, label=short(res.label(s)))
        ax.set_title(labels(columns[c]), loc="left")
        ax.yaxis.set_major_locator(ticker.MaxNLocator(nbins=5, integer=True))
        ax.yaxis.set_major_formatter(NumberFormatter(t))
        ax.xaxis.set_major_formatter(NumberFormatter(t))
        ax.set_ylim(bottom=0, top=max(1.0, ax.get_ylim()[1]))
    first = axes.flat[0]
    handles, names = first.get_legend_handles_labels()
    if len(handles) > 1:
        first.legend(handles, names, loc="best", fontsize=7.5)


def _stock_title(res, t, data, columns, names_of, key_single, key_diff, noun_key, name_key):
    base = data[res.baseline]
    means = base.mean(axis=(0, 1))
    if not res.variants or not any(v in data for v in res.variants):
        c = int(np.argmax(means))
        return t(key_single, **{name_key: names_of(columns[c])}, n=t.number(means[c], 0))
    best = None
    for v in res.variants:
        if v not in data:
            continue
        for c in range(len(columns)):
            e = rd.paired_difference(data[v][:, :, c].mean(axis=1), base[:, :, c].mean(axis=1))
            if e.demonstrable and (best is None or abs(e.mean) > abs(best[2].mean)):
                best = (v, c, e)
    if best is None:
        first = next(v for v in res.variants if v in data)
        return no_difference(res, t, t(noun_key), first)
    v, c, e = best
    return t(key_diff, variant=res.label(v), baseline=res.label(res.baseline), n=t.number(abs(e.mean), 0 if abs(e.mean) >= 10 else 1),
             more=more_word(t, e.verdict), **{name_key: names_of(columns[c])})


def tiles_over_time(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_tiles")
    made = _time_panels(res, t, "stocks_by_tile", i18n.tile_name, 3, t("axis_persons"))
    if made is None:
        return Missing("tiles", name, t("missing", chart=name))
    fig, columns, data = made
    title = _stock_title(res, t, data, columns, i18n.tile_name, "tiles_title_single", "tiles_title_diff",
                         "tiles_noun", "tile")
    legend = t("band_legend", runs=res.replications()) if len(data) <= 3 and not res.many else \
        t("lines_legend", baseline=res.label(res.baseline))
    return finish("tiles", name, fig, title, t("tiles_subtitle") + "; " + legend, res, t, list(data))


def rungs_over_time(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_rungs")
    made = _time_panels(res, t, "stocks_by_rung", t.rung_name, 3, t("axis_persons"))
    if made is None:
        return Missing("rungs", name, t("missing", chart=name))
    fig, columns, data = made
    title = _stock_title(res, t, data, columns, t.rung_short, "rungs_title_single", "rungs_title_diff",
                         "rungs_noun", "rung")
    legend = t("band_legend", runs=res.replications()) if len(data) <= 3 and not res.many else \
        t("lines_legend", baseline=res.label(res.baseline))
    return finish("rungs", name, fig, title, t("rungs_subtitle") + "; " + legend, res, t, list(data))


# ---------------------------------------------------------------------------------------------
# 4. Route through the tiles

# Node positions of the route diagram (x, y); outcomes on the right.
_NODE_POS = {
    "melding": (0.0, 2.0), "diagnostiek": (1.15, 2.0),
    "maatschappelijk_fit": (2.5, 3.5), "orientatie": (2.5, 2.5), "werk_fit": (2.5, 1.5), "opleiden": (2.5, 0.5),
    "bemiddeling": (3.9, 2.0), "plaatsing": (5.05, 2.0), "nazorg": (6.1, 2.0),
    "outcome_work": (7.6, 3.8), "outcome_topup": (7.6, 2.9), "outcome_lost": (7.6, 2.0),
    "outcome_other": (7.6, 1.1), "outcome_still": (7.6, 0.2),
}
_OUTCOME_COLOR = {
    "outcome_work": "#009E73", "outcome_topup": "#56B4E9", "outcome_lost": "#D55E00",
    "outcome_other": "#999999", "outcome_still": "#E69F00",
}
MIN_FLOW_SHARE = 0.03


def follow_weeks(weeks: int) -> int:
    """Follow-up of a registration in the route chart: a year when the run is long enough."""
    return 52 if weeks >= 78 else max(1, weeks // 2)


def route_chart(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_flow")
    weeks = res.weeks()
    if weeks and res.has_events():
        follow = follow_weeks(weeks)
        tables = {s: rd.routes(res.events(s), weeks, follow) for s in res.names}
        if all(tb is not None and len(tb) for tb in tables.values()):
            return _route_from_events(res, t, tables, weeks, follow)
    if weeks and all(res.series(s, "stocks_by_tile") is not None and res.series(s, "flows") is not None
                     for s in res.names):
        return _route_from_stocks(res, t)
    return Missing("flow", name, t("missing", chart=name))


def _route_from_events(res, t, tables, weeks, follow) -> Chart:
    name = t("chart_flow")
    per_rep = {}
    for s, tb in tables.items():
        reps = res.meta(s).replications
        share = np.full(reps, np.nan)
        for r, g in tb.groupby("replication"):
            if 0 <= r < reps:
                share[r] = float((g["outcome"] == "outcome_work").mean())
        per_rep[s] = share
    got = compare(res, per_rep)
    if got is None:
        base = tables[res.baseline]
        title = t("flow_title_single", within=t.after_weeks(follow), share=t.share(float((base["outcome"] == "outcome_work").mean()), 0))
    else:
        v, e = got
        if e.demonstrable:
            title = t("flow_title_diff", variant=res.label(v), baseline=res.label(res.baseline), within=t.after_weeks(follow),
                      more=more_word(t, e.verdict), diff=t.points(e.mean))
        else:
            title = no_difference(res, t, t("flow_noun", within=t.after_weeks(follow)), v)
    last = weeks - follow
    if len(res.names) <= 3:
        fig = new_figure(3.3 * len(res.names) + 1.2)
        axes = fig.subplots(len(res.names), 1, squeeze=False)[:, 0]
        for ax, s in zip(axes, res.names):
            _draw_route(ax, t, tables[s], res.label(s) + (" " + t("baseline_tag") if s == res.baseline and res.variants else ""))
        subtitle = t("flow_subtitle_events", last=last, follow=follow, min=int(MIN_FLOW_SHARE * 100))
    else:
        fig = _route_matrix(res, t, tables)
        subtitle = t("flow_subtitle_matrix", last=last, follow=follow)
    return finish("flow", name, fig, title, subtitle, res, t, res.names)


def _node_label(t, key):
    return i18n.tile_name(key) if key in i18n.TILE_NAMES else t(key)


def _draw_route(ax, t, table, label):
    n = len(table)
    shares = {k: float(table[k].mean()) for k in rd.FLOW_TILES}
    outcome_share = table["outcome"].value_counts(normalize=True).to_dict()
    for k in rd.FLOW_OUTCOMES:
        shares[k] = float(outcome_share.get(k, 0.0))
    boxes = {}
    for key, (x, y) in _NODE_POS.items():
        text = f"{_node_label(t, key)}\n{t.share(shares[key], 0)}"
        if key.startswith("outcome_"):
            # White box with a thick coloured border and the outcome named in words (readable in
            # black and white).
            color = _OUTCOME_COLOR[key]
            bbox = dict(boxstyle="round,pad=0.35", facecolor="white", edgecolor=color, linewidth=2.4)
        else:
            bbox = dict(boxstyle="round,pad=0.35", facecolor="white", edgecolor="black", linewidth=0.9)
        boxes[key] = ax.text(x, y, text, ha="center", va="center", fontsize=7.8, bbox=bbox, zorder=3)
    flows = rd.route_transitions(table)
    flows = flows[flows["count"] >= MIN_FLOW_SHARE * n].sort_values("count")
    for a, b, count in flows.itertuples(index=False):
        if a not in boxes or b not in boxes:
            continue
        share = count / n
        (xa, ya), (xb, yb) = _NODE_POS[a], _NODE_POS[b]
        rad = 0.0
        if xb <= xa:  # backwards or within a column: curve around
            rad = 0.45 if ya >= yb else -0.45
        elif abs(ya - yb) > 0.01 and xb - xa > 1.5:
            rad = 0.12 if yb > ya else -0.12
        ax.annotate("", xy=(0.5, 0.5), xycoords=boxes[b], xytext=(0.5, 0.5), textcoords=boxes[a],
                    arrowprops=dict(arrowstyle="-|>", color="#555555", alpha=0.55, linewidth=0.6 + 9 * share,
                                    mutation_scale=8 + 6 * share, connectionstyle=f"arc3,rad={rad}",
                                    patchA=boxes[a].get_bbox_patch(), patchB=boxes[b].get_bbox_patch(),
                                    shrinkA=1, shrinkB=1),
                    zorder=2)
    ax.set_xlim(-0.5, 8.4)
    ax.set_ylim(-0.3, 4.3)
    ax.axis("off")
    # Counts per simulation, not summed over the replications; a person can register more than once.
    reps = max(1, table["replication"].nunique()) if "replication" in table.columns else 1
    people = table.drop_duplicates(["replication", "seeker"]).shape[0] if "seeker" in table.columns else n
    ax.set_title(t("flow_counts", label=label, registrations=t.number(n / reps, 0), people=t.number(people / reps, 0)),
                 loc="left", fontsize=9.5, fontweight="bold")


def _route_matrix(res, t, tables):
    keys = list(rd.FLOW_TILES[1:]) + list(rd.FLOW_OUTCOMES)
    labels = [_node_label(t, k) for k in keys]
    m = np.zeros((len(res.names), len(keys)))
    for i, s in enumerate(res.names):
        tb = tables[s]
        counts = tb["outcome"].value_counts(normalize=True).to_dict()
        for j, k in enumerate(keys):
            m[i, j] = float(tb[k].mean()) if k in tb.columns else float(counts.get(k, 0.0))
    fig = new_figure(0.32 * len(res.names) + 3.2)
    ax = fig.subplots()
    ax.imshow(m * 100, cmap="cividis", aspect="auto", vmin=0, vmax=100)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            ax.text(j, i, i18n.format_number(100 * m[i, j], t.lang, 0), ha="center", va="center", fontsize=7,
                    color="white" if m[i, j] < 0.55 else "black")
    ax.set_xticks(range(len(keys)), labels, rotation=40, ha="right")
    ax.set_yticks(range(len(res.names)), [short(res.label(s)) + (" " + t("baseline_tag") if s == res.baseline else "")
                                          for s in res.names])
    ax.grid(False)
    ax.set_xlabel("%")
    return fig


def _route_from_stocks(res, t) -> Chart:
    name = t("chart_flow")
    per_rep_out = {}
    summary = {}
    for s in res.names:
        stocks, cols, _ = res.series(s, "stocks_by_tile")
        flows, fcols, _ = res.series(s, "flows")
        mean_stock = dict(zip(cols, stocks.mean(axis=(0, 1))))
        mean_flow = dict(zip(fcols, flows.mean(axis=(0, 1))))
        summary[s] = (mean_stock, mean_flow)
        if "outflow_work" in fcols:
            per_rep_out[s] = flows[:, :, fcols.index("outflow_work")].mean(axis=1)
    base_stock, base_flow = summary[res.baseline]
    got = compare(res, per_rep_out) if per_rep_out else None
    if got is not None and got[1].demonstrable:
        v, e = got
        title = t("flow_title_stocks_diff", variant=res.label(v), baseline=res.label(res.baseline), more=more_word(t, e.verdict),
                  n=t.number(abs(e.mean), 1))
    elif got is not None:
        title = no_difference(res, t, t("flow_noun_stocks"), got[0])
    else:
        title = t("flow_title_stocks", inflow=t.number(base_flow.get("inflow", math.nan), 1),
                  out=t.number(base_flow.get("outflow_work", math.nan), 1))
    shown = res.names if len(res.names) <= 3 else [res.baseline]
    fig = new_figure(3.0 * len(shown) + 1.2)
    axes = fig.subplots(len(shown), 1, squeeze=False)[:, 0]
    for ax, s in zip(axes, shown):
        _draw_stock_flow(ax, t, *summary[s], res.label(s) + (" " + t("baseline_tag") if s == res.baseline and res.variants else ""))
    subtitle = t("flow_subtitle_stocks")
    balance = _scope_balance(res, res.baseline)
    if balance is not None:
        # Per year, in whole people: the growth shown is the sum of the terms shown, so that the
        # line adds up as printed; it is shown only when it agrees with the measured stock change.
        inflow, other, pension = (round(52 * x) for x in balance[:3])
        growth = inflow - other - pension
        if abs(growth - 52 * balance[3]) <= 2:
            subtitle = subtitle.rstrip(".") + ". " + t("flow_balance", inflow=t.number(inflow, 0), other=t.number(other, 0),
                                pension=t.number(pension, 0), growth=t.number(growth, 0, sign=True))
    return finish("flow", name, fig, title, subtitle, res, t, shown)


def _scope_balance(res, s: str):
    """The balance of the people in the municipality's view (registered and not exited), per week
    averaged over weeks 1 to the last and the replications: inflow, other outflow and pension, and
    the stock's growth (its change over those weeks; equal to inflow - other - pension, since work
    does not take anyone out of view). None without the series."""
    flows, stock = res.series(s, "flows"), res.series(s, "employment")
    if flows is None or stock is None or flows[0].shape[1] < 2:
        return None
    values, cols, _ = flows
    if not all(c in cols for c in ("inflow", "outflow_other", "outflow_pension")):
        return None
    weeks = values.shape[1] - 1
    per_week = lambda c: float(values[:, 1:, cols.index(c)].sum(axis=1).mean()) / weeks  # noqa: E731
    people = stock[0].sum(axis=2)  # every employment state: everyone not exited
    growth = float((people[:, -1] - people[:, 0]).mean()) / weeks
    return per_week("inflow"), per_week("outflow_other"), per_week("outflow_pension"), growth


def _draw_stock_flow(ax, t, stock, flow, heading):
    """Stock-and-flow diagram from weekly averages: boxes hold average numbers of people, arrows
    carry average flows per week. Positions are in data coordinates on a fixed canvas."""
    def box(x, y, text, fc="white", ec="black"):
        bbox = dict(boxstyle="round,pad=0.4", facecolor=fc, edgecolor=ec, linewidth=1.4 if ec != "black" else 0.9)
        return ax.text(x, y, text, ha="center", va="center", fontsize=7.8, bbox=bbox, zorder=3)

    def arrow(a, b):
        ax.annotate("", xy=(0.5, 0.5), xycoords=b, xytext=(0.5, 0.5), textcoords=a,
                    arrowprops=dict(arrowstyle="-|>", color="#555555", linewidth=1.4, mutation_scale=12,
                                    patchA=a.get_bbox_patch(), patchB=b.get_bbox_patch()), zorder=2)

    def label(x, y, text):
        ax.text(x, y, text, ha="center", va="bottom", fontsize=7, color="#333333", zorder=4)

    def per_week(key):
        return t.number(flow.get(key, math.nan), 1)

    def stock_of(key):
        return t.number(stock.get(key, math.nan), 0)

    y = 2.3
    src = box(-0.5, y, t("flow_inflow") + "\n" + per_week("inflow") + " " + t("flow_per_week"), fc="#EEEEEE")
    mel = box(1.4, y, f"Melding\n{stock_of('melding')}")
    middle = [k for k in ("diagnostiek", "maatschappelijk_fit", "orientatie", "werk_fit", "opleiden", "bemiddeling")
              if k in stock]
    svc = box(4.4, y, "\n".join([t("flow_in_service")] + [f"{i18n.tile_name(k)}: {stock_of(k)}" for k in middle]))
    pla = box(7.2, y, f"Plaatsing {stock_of('plaatsing')}\nNazorg {stock_of('nazorg')}")
    out = box(9.5, 3.6, t("outcome_work") + "\n" + per_week("outflow_work") + " " + t("flow_per_week"),
              ec=_OUTCOME_COLOR["outcome_work"])
    other_flow = flow.get("outflow_other", 0.0) + flow.get("outflow_pension", 0.0)
    oth = box(9.5, 1.0, t("outcome_other") + "\n" + t.number(other_flow, 1) + " " + t("flow_per_week"),
              ec=_OUTCOME_COLOR["outcome_other"])
    arrow(src, mel)
    arrow(mel, svc)
    label(2.55, y + 0.08, t("flow_assigned") + "\n" + per_week("assigned"))
    # Assigned also counts people who get a new case manager (theirs left or stopped), so it can
    # exceed the inflow.
    ax.text(1.4, y - 0.55, t("flow_assigned_note"), ha="center", va="top", fontsize=6.8, color="#333333", zorder=4)
    arrow(svc, pla)
    label(6.05, y + 0.08, t("flow_placements") + "\n" + per_week("placements"))
    arrow(pla, out)
    arrow(svc, oth)
    if "returns_to_benefit" in flow:
        # After a lost job people go back into service with their case manager (not to Melding):
        # a bracket under the boxes from Plaatsing/Nazorg back to the service box.
        ax.plot([7.2, 7.2, 4.4], [y - 0.45, 0.15, 0.15], color="#555555", linewidth=1.4, zorder=2)
        ax.annotate("", xy=(4.4, y - 0.75), xytext=(4.4, 0.15),
                    arrowprops=dict(arrowstyle="-|>", color="#555555", linewidth=1.4, mutation_scale=12), zorder=2)
        ax.text(4.55, 0.2, t("flow_returns") + " " + per_week("returns_to_benefit") + " " + t("flow_per_week"),
                ha="left", va="bottom", fontsize=7, color="#333333", zorder=4)
    ax.set_xlim(-1.4, 10.9)
    ax.set_ylim(-0.1, 4.5)
    ax.axis("off")
    ax.set_title(f"{heading} — {t('flow_average')} {t('flow_per_week')}", loc="left", fontsize=9.5,
                 fontweight="bold")


# ---------------------------------------------------------------------------------------------
# 5. Costs and budget effect

_SPENDING = (("cost_staff_eur", "costs_staff"), ("cost_instruments_eur", "costs_instruments"),
             ("benefit_paid_eur", "costs_benefit"))


def _spending_per_rep(res: rd.Results, s: str) -> np.ndarray | None:
    """Total municipal spending per replication over the observed weeks: every column of the weekly
    ``costs`` series (staff, services, instruments, benefit), else the KPIs' staff + services and
    instruments + benefit."""
    got = res.series(s, "costs")
    if got is not None:  # every cost and the benefit, the definition the budget tables use too
        return got[0].sum(axis=(1, 2))
    parts = [res.kpi_values(s, k) for k, _ in _SPENDING]
    if all(p is not None for p in parts):
        return parts[0] + parts[1] + parts[2]
    return None


def _cost_per_sustained(res: rd.Results, s: str) -> np.ndarray | None:
    v = res.kpi_values(s, "cost_per_sustained_placement_eur")
    if v is not None:
        return v
    parts = [res.kpi_values(s, k) for k in ("cost_instruments_eur", "cost_staff_eur", "placements", "sustained_rate_52w")]
    if all(p is not None for p in parts):
        with np.errstate(divide="ignore", invalid="ignore"):
            return (parts[0] + parts[1]) / (parts[2] * parts[3])
    return None


def costs_chart(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_costs")
    weeks = res.weeks()
    per_year = 52.0 / weeks if weeks else 1.0
    cps = {s: _cost_per_sustained(res, s) for s in res.names}
    spend = {s: _spending_per_rep(res, s) for s in res.names}
    have_cps = all(v is not None for v in cps.values())
    have_spend = all(v is not None for v in spend.values())
    if not have_cps and not have_spend:
        return Missing("costs", name, t("missing", chart=name))
    variants = res.variants
    panels = (1 if have_cps else 0) + (1 if have_spend else 0)
    rows = max(len(res.names), 5 if variants else 1)
    fig = new_figure(max(2.4, 0.75 + 0.3 * rows) + 1.4)
    axes = list(fig.subplots(1, panels, squeeze=False, width_ratios=[1, 1.25] if panels == 2 else None)[0])
    if have_cps:
        ax = axes.pop(0)
        ys = np.arange(len(res.names))[::-1]
        for y, s in zip(ys, res.names):
            e = rd.estimate(cps[s])
            st = scenario_style(res, s)
            if not math.isfinite(e.mean):
                continue
            err = [[e.mean - e.low], [e.high - e.mean]] if math.isfinite(e.low) else None
            ax.errorbar(e.mean, y, xerr=err, fmt=st["marker"], color=st["color"], capsize=3, markersize=7, linewidth=1.6)
            if len(res.names) <= 4:
                ax.annotate(t.eur(e.mean, rounded=True), (e.mean, y), xytext=(0, 7), textcoords="offset points", ha="center", fontsize=8)
        ax.set_yticks(ys, [wrapped(res.label(s)) for s in res.names])
        ax.set_ylim(-0.7, len(res.names) - 0.3 + 0.3)
        ax.set_title(t("costs_per_placement"), loc="left")
        ax.set_xlabel(t("unit_EUR"))
        format_axis(ax.xaxis, t, "EUR")
        ax.margins(x=0.2)
        ax.grid(axis="y", visible=False)
    if have_spend and variants:
        import effects

        ax = axes.pop(0)
        shown = variants[:4]
        splits = {v: effects.budget_split(res, v) for v in shown}
        parts = [r.part for r in splits[shown[0]]] or ["net"]
        ys = np.arange(len(parts))[::-1]
        offset = 0.6 / max(1, len(shown))
        for i, v in enumerate(shown):
            st = scenario_style(res, v)
            rows_v = {r.part: r for r in splits[v]}
            for y, part in zip(ys, parts):
                r = rows_v.get(part)
                if r is None or r.diff is None or not math.isfinite(r.diff.mean):
                    continue
                e = r.diff
                yy = y + (i - (len(shown) - 1) / 2) * offset
                err = [[e.mean - e.low], [e.high - e.mean]] if math.isfinite(e.low) else None
                ax.errorbar(e.mean, yy, xerr=err, fmt=st["marker"], color=st["color"], capsize=3, markersize=6.5,
                            linewidth=1.5, markerfacecolor=st["color"] if e.demonstrable else "white",
                            markeredgewidth=1.5, label=short(res.label(v)) if part == parts[0] else None)
                if len(shown) == 1:
                    ax.annotate(t.eur(e.mean, sign=True, rounded=True), (e.mean, yy), xytext=(0, 7),
                                textcoords="offset points", ha="center", fontsize=7.5)
        ax.axvline(0, color="black", linewidth=0.9)
        ax.set_yticks(ys, [t(f"budget_part_{p}") for p in parts])
        ax.set_ylim(-0.7, len(parts) - 0.3 + 0.3)
        ax.set_title("\n".join(textwrap.wrap(t("costs_net_effect", baseline=res.label(res.baseline)), 42)), loc="left")
        ax.set_xlabel(t("unit_eur_per_year"))
        format_axis(ax.xaxis, t, "EUR", difference=True)
        ax.xaxis.set_major_locator(ticker.MaxNLocator(nbins=3))
        ax.margins(x=0.25)
        ax.grid(axis="y", visible=False)
        if len(shown) > 1:
            ax.legend(loc="best", fontsize=7.5)
    elif have_spend:
        ax = axes.pop(0)
        ys = np.arange(len(res.names))[::-1]
        for y, s in zip(ys, res.names):
            left = 0.0
            for j, (kpi, key) in enumerate(_SPENDING):
                vals = res.kpi_values(s, kpi)
                if vals is None:
                    continue
                m = float(np.nanmean(vals)) * per_year
                ax.barh(y, m, left=left, color=PALETTE[j + 1], hatch=HATCHES[j + 1], edgecolor="black", linewidth=0.6,
                        height=0.5, label=t(key) if y == ys[0] else None)
                left += m
        ax.set_yticks(ys, [wrapped(res.label(s)) for s in res.names])
        ax.set_ylim(-0.6, len(res.names) - 0.4 + 0.7)
        ax.set_title(t("costs_spending"), loc="left")
        ax.set_xlabel(t("unit_eur_per_year"))
        format_axis(ax.xaxis, t, "EUR")
        ax.legend(loc="upper center", ncols=3, fontsize=7.5)
        ax.grid(axis="y", visible=False)
    # Title
    got = compare(res, {s: (spend[s] * per_year if spend[s] is not None else None) for s in res.names}) \
        if have_spend and variants else None
    if got is not None and got[1].demonstrable:
        v, e = got
        title = t("costs_title_diff", variant=res.label(v), baseline=res.label(res.baseline), amount=t.eur(abs(e.mean), rounded=True),
                  more=more_word(t, e.verdict, countable=False))
    elif got is not None:
        title = no_difference(res, t, t("costs_noun"), got[0])
    elif have_cps:
        title = t("costs_title_single", amount=t.eur(rd.estimate(cps[res.baseline]).mean, rounded=True))
    else:
        title = t("costs_title_spending", amount=t.eur(rd.estimate(spend[res.baseline] * per_year).mean, rounded=True))
    if got is not None:
        # The parts that shift demonstrably, also when the net does not (a €2 million shift can hide
        # behind a net of zero).
        import effects

        shifts = [r for r in effects.budget_split(res, got[0]) if r.part != "net" and r.diff is not None and
                  r.diff.demonstrable]
        if shifts:
            title += t("costs_shifts", parts=", ".join(f"{t(f'budget_part_{r.part}')} {t.eur(r.diff.mean, sign=True, rounded=True)}"
                                                      for r in shifts))
    subtitle = t("costs_subtitle") if variants and have_spend else t("costs_subtitle_single")
    return finish("costs", name, fig, title, subtitle, res, t, res.names)


# ---------------------------------------------------------------------------------------------
# 6. Survival of placements


def survival_chart(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    """From the model's own survival curve when the file has one (a series named ``*surviv*`` in a
    group such as ``curves``), else Kaplan-Meier from the events, else the 26/52-week KPIs."""
    name = t("chart_survival")
    weeks = res.weeks()
    # First choice: the job spells, with the definition of the key figure (one number per fact).
    if weeks and weeks > 4 and all(res.spells(s) is not None for s in res.names):
        horizon = min(104, weeks - 1)
        curves = {s: rd.survival_from_spells(res.spells(s), weeks, res.meta(s).replications, horizon) for s in res.names}
        if all(np.isfinite(c[:, 0]).any() for c in curves.values()):
            return _survival_from_curves(res, t, curves, horizon, t("survival_subtitle_spells", band="{band}"))
    curves = {s: res.curve(s, ("surviv",)) for s in res.names}
    if all(c is not None for c in curves.values()):
        rows = min(c[0].shape[1] for c in curves.values())
        horizon = min(104, rows - 1)
        if horizon >= 4:
            return _survival_from_curves(res, t, {s: c[0][:, : horizon + 1] for s, c in curves.items()},
                                         horizon, t("survival_subtitle_curve", band="{band}"))
    if weeks and weeks > 4 and res.has_events():
        horizon = min(104, weeks - 1)
        curves = {s: rd.survival_curves(res.events(s), weeks, res.meta(s).replications, horizon) for s in res.names}
        if all(np.isfinite(c[:, 0]).any() for c in curves.values()):
            return _survival_from_events(res, t, curves, weeks, horizon)
    have = all(res.kpi_values(s, "sustained_rate_52w") is not None for s in res.names)
    if have:
        return _survival_from_kpis(res, t)
    return Missing("survival", name, t("missing_reason", chart=name, reason=t("survival_reason")))


def _survival_title(res, t, per_rep: dict, at: int) -> str:
    got = compare(res, per_rep)
    if got is None:
        e = rd.estimate(per_rep[res.baseline])
        return t("survival_title_single", when=t.after_weeks(at), share=t.share(e.mean, 1))
    v, e = got
    if not e.demonstrable:
        return no_difference(res, t, t("survival_noun", when=t.after_weeks(at)), v)
    a = rd.estimate(per_rep[v]).mean
    b = rd.estimate(per_rep[res.baseline]).mean
    return t("survival_title_diff", variant=res.label(v), baseline=res.label(res.baseline), when=t.after_weeks(at),
             more=t("larger") if e.verdict == "higher" else t("smaller"),
             a=t.share(a, 1), b=t.share(b, 1), against=t("against"))


def _survival_from_events(res, t, curves, weeks, horizon) -> Chart:
    return _survival_from_curves(res, t, curves, horizon, t("survival_subtitle", last=weeks - 1, band="{band}"))


def _survival_from_curves(res, t, curves, horizon, subtitle_template) -> Chart:
    """Survival curves per replication ([replication, weeks since start]) per scenario."""
    name = t("chart_survival")
    at = 52 if horizon >= 52 else (26 if horizon >= 26 else horizon)
    fig = new_figure(4.6)
    ax = fig.subplots()
    bands = len(res.names) <= 3
    x = np.arange(horizon + 1)
    for s in res.names:
        c = curves[s]
        i = res.names.index(s)
        st = style(i)
        f = rd.fan(c)
        if res.many and s != res.baseline:
            ax.plot(x, 100 * f["mean"], color=GREY, linewidth=0.7)
            continue
        if bands and c.shape[0] >= 3:
            ax.fill_between(x, 100 * f["q05"], 100 * f["q95"], color=st["color"], alpha=0.12, linewidth=0)
            ax.fill_between(x, 100 * f["q25"], 100 * f["q75"], color=st["color"], alpha=0.25, linewidth=0)
        ax.plot(x, 100 * f["mean"], color="black" if res.many else st["color"], linestyle=st["linestyle"],
                marker=st["marker"], markevery=max(1, horizon // 8), markersize=5, linewidth=1.8,
                label=short(res.label(s)) + (" " + t("baseline_tag") if s == res.baseline and res.variants else ""))
    ax.axvline(at, color="black", linestyle=":", linewidth=1)
    ax.set_xlabel(t("survival_x"))
    ax.set_ylabel(t("survival_y"))
    ax.set_ylim(0, 102)
    ax.set_xlim(0, horizon)
    ax.yaxis.set_major_formatter(NumberFormatter(t, suffix="%"))
    ax.xaxis.set_major_formatter(NumberFormatter(t))
    if len(res.names) > 1:
        ax.legend(loc="lower left")
    per_rep = {s: curves[s][:, at] for s in res.names}
    if at == 52 and all(res.kpi_values(s, "sustained_rate_52w") is not None for s in res.names):
        per_rep = {s: res.kpi_values(s, "sustained_rate_52w") for s in res.names}  # the key figure itself
    title = _survival_title(res, t, per_rep, at)
    band = t("band_legend", runs=res.replications()) if bands else t("lines_legend", baseline=res.label(res.baseline))
    subtitle = subtitle_template.replace("{band}", band)
    return finish("survival", name, fig, title, subtitle, res, t, res.names)


def _survival_from_kpis(res, t) -> Chart:
    name = t("chart_survival")
    fig = new_figure(4.2)
    ax = fig.subplots()
    n = len(res.names)
    for i, s in enumerate(res.names):
        st = style(i)
        off = (i - (n - 1) / 2) * min(1.2, 6.0 / n)
        xs, ms, lo, hi = [0.0], [100.0], [0.0], [0.0]
        for w, kpi in ((26, "sustained_rate_26w"), (52, "sustained_rate_52w")):
            e = res.kpi_estimate(s, kpi)
            if e is None or not math.isfinite(e.mean):
                continue
            xs.append(w + off)
            ms.append(100 * e.mean)
            lo.append(100 * (e.mean - e.low) if math.isfinite(e.low) else 0)
            hi.append(100 * (e.high - e.mean) if math.isfinite(e.high) else 0)
        color = GREY if (res.many and s != res.baseline) else st["color"]
        ax.errorbar(xs, ms, yerr=[lo, hi], color=color, linestyle=st["linestyle"], marker=st["marker"], capsize=3,
                    markersize=6, linewidth=1.4,
                    label=None if res.many and s != res.baseline else
                    short(res.label(s)) + (" " + t("baseline_tag") if s == res.baseline and res.variants else ""))
    ax.set_xlabel(t("survival_x"))
    ax.set_ylabel(t("survival_y"))
    ax.set_xticks([0, 26, 52])
    ax.set_xlim(-3, 58)
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_formatter(NumberFormatter(t, suffix="%"))
    if n > 1:
        ax.legend(loc="lower left")
    per_rep = {s: res.kpi_values(s, "sustained_rate_52w") for s in res.names}
    title = _survival_title(res, t, per_rep, 52)
    return finish("survival", name, fig, title, t("survival_subtitle_kpi"), res, t, res.names)


# ---------------------------------------------------------------------------------------------
# 7. Employer trust


def _trust_unit(t: i18n.Texts, unit: str) -> str:
    return t.unit(unit) or "0–1"


def trust_chart(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    name = t("chart_trust")
    found = res.find_series(res.baseline, ("trust",)) if res.baseline else None
    if found is not None:
        series, column, unit = found
        data = {}
        for s in res.names:
            v = res.series_column(s, series, column)
            if v is not None and v.shape[1] > 0:
                data[s] = v
        if res.baseline in data:
            return _trust_over_time(res, t, data, unit)
    if all(res.kpi_values(s, "employer_trust_mean") is not None for s in res.names) and res.names:
        return _trust_from_kpi(res, t)
    return Missing("trust", name, t("missing", chart=name))


def _trust_over_time(res, t, data, unit) -> Chart:
    name = t("chart_trust")
    scale = display_scale(unit)
    fig = new_figure(4.4)
    ax = fig.subplots()
    bands = len(data) <= 3 and not res.many
    for s, values in data.items():
        i = res.names.index(s)
        st = style(i)
        weeks = np.arange(values.shape[1])
        f = rd.fan(values * scale)
        if res.many and s != res.baseline:
            ax.plot(weeks, f["mean"], color=GREY, linewidth=0.7)
            continue
        if bands and values.shape[0] >= 3:
            ax.fill_between(weeks, f["q05"], f["q95"], color=st["color"], alpha=0.12, linewidth=0)
            ax.fill_between(weeks, f["q25"], f["q75"], color=st["color"], alpha=0.25, linewidth=0)
        ax.plot(weeks, f["mean"], color=st["color"], linestyle=st["linestyle"], marker=st["marker"],
                markevery=max(1, len(weeks) // 8), markersize=5, linewidth=1.8,
                label=short(res.label(s)) + (" " + t("baseline_tag") if s == res.baseline and res.variants else ""))
    ax.set_xlabel(t("axis_week"))
    ax.set_ylabel(t("trust_y", unit=_trust_unit(t, unit)))
    format_axis(ax.yaxis, t, unit)
    ax.xaxis.set_major_formatter(NumberFormatter(t))
    if len(data) > 1:
        ax.legend(loc="best")
    base = data[res.baseline]
    w = base.shape[1]
    last = slice(max(0, w - 52), w)
    per_rep = {s: v[:, last].mean(axis=1) for s, v in data.items()}
    got = compare(res, per_rep)
    if got is None:
        k = max(1, min(13, w // 4))
        a, b = float(base[:, :k].mean()), float(base[:, -k:].mean())
        rel = (b - a) / abs(a) if a else 0.0
        trend = t("trust_up") if rel > 0.02 else (t("trust_down") if rel < -0.02 else t("trust_flat"))
        title = t("trust_title_single", trend=trend, a=t.value(a, unit), b=t.value(b, unit))
    else:
        v, e = got
        if e.demonstrable:
            title = t("trust_title_diff", variant=res.label(v), baseline=res.label(res.baseline),
                      more=t("verdict_higher") if e.verdict == "higher" else t("verdict_lower"),
                      diff=t.value(e.mean, unit, sign=True, difference=True))
        else:
            title = no_difference(res, t, t("trust_noun"), v)
    band = t("band_legend", runs=res.replications()) if bands else t("lines_legend", baseline=res.label(res.baseline))
    subtitle = t("trust_subtitle", unit=_trust_unit(t, unit), band=band)
    return finish("trust", name, fig, title, subtitle, res, t, list(data))


def _trust_from_kpi(res, t) -> Chart:
    name = t("chart_trust")
    unit = res.kpi_unit("employer_trust_mean")
    scale = display_scale(unit)
    fig = new_figure(max(2.2, 0.6 + 0.3 * len(res.names)) + 1.2)
    ax = fig.subplots()
    ys = np.arange(len(res.names))[::-1]
    for y, s in zip(ys, res.names):
        e = res.kpi_estimate(s, "employer_trust_mean")
        st = scenario_style(res, s)
        if not math.isfinite(e.mean):
            continue
        err = [[(e.mean - e.low) * scale], [(e.high - e.mean) * scale]] if math.isfinite(e.low) else None
        ax.errorbar(e.mean * scale, y, xerr=err, fmt=st["marker"], color=st["color"], capsize=3, markersize=7)
    ax.set_yticks(ys, [wrapped(res.label(s)) for s in res.names])
    ax.set_xlabel(t("trust_y", unit=_trust_unit(t, unit)))
    format_axis(ax.xaxis, t, unit)
    ax.grid(axis="y", visible=False)
    per_rep = {s: res.kpi_values(s, "employer_trust_mean") for s in res.names}
    got = compare(res, per_rep)
    if got is None:
        title = f"{t.kpi_label('employer_trust_mean')}: {t.value(rd.estimate(per_rep[res.baseline]).mean, unit)}"
    elif got[1].demonstrable:
        v, e = got
        title = t("difference_generic", variant=res.label(v), baseline=res.label(res.baseline),
                  phrase=t.kpi_phrase("employer_trust_mean", e.verdict == "higher"),
                  diff=t.value(e.mean, unit, sign=True, difference=True))
    else:
        title = no_difference(res, t, t("trust_noun"), got[0])
    return finish("trust", name, fig, title, t("kpis_subtitle_levels", runs=res.replications()), res, t, res.names)


# ---------------------------------------------------------------------------------------------
# 8. When the effect appears: the differences year by year


def yearly_chart(res: rd.Results, t: i18n.Texts) -> Chart | Missing:
    """Per variant (up to four) and per followed quantity (job starts, leaving benefit through work,
    spending), the paired difference with the baseline in each simulated year."""
    import effects

    name = t("chart_yearly")
    if not res.variants:
        return Missing("yearly", name, t("missing_reason", chart=name, reason=t("yearly_reason")))
    shown = res.variants[:4]
    per_variant = {v: effects.yearly_effects(res, v) for v in shown}
    keys = [e.key for e in per_variant[shown[0]]]
    if not keys:
        return Missing("yearly", name, t("missing", chart=name))
    fig = new_figure(2.3 * len(keys) + 1.4)
    axes = fig.subplots(len(keys), 1, squeeze=False, sharex=True)[:, 0]
    width = 0.8 / len(shown)
    for ax, key in zip(axes, keys):
        unit = "EUR" if key == "spending" else "persons"
        for i, v in enumerate(shown):
            e = next(x for x in per_variant[v] if x.key == key)
            st = scenario_style(res, v)
            xs = np.arange(1, len(e.diff) + 1) + (i - (len(shown) - 1) / 2) * width
            means = np.array([d.mean for d in e.diff])
            lo = np.array([d.mean - d.low if math.isfinite(d.low) else 0 for d in e.diff])
            hi = np.array([d.high - d.mean if math.isfinite(d.high) else 0 for d in e.diff])
            for x, d, m, l, h in zip(xs, e.diff, means, lo, hi):
                ax.errorbar(x, m, yerr=[[l], [h]], fmt=st["marker"], color=st["color"], capsize=2.5, markersize=5.5,
                            markerfacecolor=st["color"] if d.demonstrable else "white", markeredgewidth=1.3,
                            linewidth=1.3, label=short(res.label(v)) if x == xs[0] else None)
        ax.axhline(0, color="black", linewidth=0.9)
        ax.set_title(t(f"yearly_{key}"), loc="left")
        ax.set_ylabel(t("unit_eur_per_year") if unit == "EUR" else t("yearly_unit_persons"))
        format_axis(ax.yaxis, t, unit, difference=True)
        if unit == "EUR":
            ax.yaxis.set_major_locator(ticker.MaxNLocator(nbins=5))
        ax.grid(axis="x", visible=False)
    axes[-1].set_xlabel(t("yearly_x"))
    n_years = max(len(e.diff) for es in per_variant.values() for e in es)
    axes[-1].set_xticks(range(1, n_years + 1))
    axes[-1].xaxis.set_major_formatter(NumberFormatter(t))
    if len(shown) > 1:
        axes[0].legend(loc="best", fontsize=7.5)
    # Title: when the job-start effect of the first variant becomes demonstrable for good.
    first = per_variant[shown[0]]
    e = next((x for x in first if x.key == "placements"), first[0])
    year = effects.first_demonstrable_year(e)
    demonstrable = [d for d in e.diff if d.demonstrable and d.verdict == (e.diff[-1].verdict if e.diff else "")]
    if year is not None and year == len(e.diff) and len(e.diff) > 1:
        title = t("yearly_title_count", variant=res.label(shown[0]), noun=t(f"yearly_noun_{e.key}"),
                  more=t("verdict_higher") if e.diff[-1].verdict == "higher" else t("verdict_lower"),
                  m=len(demonstrable), n=len(e.diff))
    elif year is None:
        title = t("yearly_title_none", variant=res.label(shown[0]), baseline=res.label(res.baseline),
                  noun=t(f"yearly_noun_{e.key}"))
    elif year == 1:
        title = t("yearly_title_first", variant=res.label(shown[0]), noun=t(f"yearly_noun_{e.key}"),
                  more=t("verdict_higher") if e.diff[-1].verdict == "higher" else t("verdict_lower"))
    else:
        title = t("yearly_title_from", variant=res.label(shown[0]), noun=t(f"yearly_noun_{e.key}"), year=year,
                  more=t("verdict_higher") if e.diff[-1].verdict == "higher" else t("verdict_lower"))
    subtitle = t("yearly_subtitle", baseline=res.label(res.baseline), runs=res.replications())
    return finish("yearly", name, fig, title, subtitle, res, t, [res.baseline] + shown)


#: The charts of the report, in report order.
ALL = (kpi_comparison, yearly_chart, costs_chart, survival_chart, tiles_over_time, rungs_over_time, route_chart,
       trust_chart)
