"""The report on a findings file (``regiosim findings``) or a calibration file (``regiosim
calibrate``): the same page, PDF and chart folder as the report on a results file, with what these
files hold — the claims of the source documents and whether each holds under the assumptions, or
the estimated parameters and how well the targets are met on seeds not used in the fitting.

``report.py`` calls :func:`findings_main` or :func:`calibration_main` by the file's ``file_kind``.
"""

from __future__ import annotations

import math
import os
import sys

import charts as charts_mod
import regiosim_results as rr
from report import CSS, _table, _th, esc, missing_html, svg_inline, text_pages_pdf, write_report, PROG

#: The share of draws with the claimed sign from which a claim holds (models/findings.h,
#: kFindingHoldsShare; stored per row as ``passed``, which the report uses).
HOLDS_SHARE = 0.9

#: The number of draws of ``regiosim findings`` without --draws (app/findings_command.cc); with
#: fewer the page says that the result is coarse.
DEFAULT_DRAWS = 30


def _text(value) -> str:
    return rr._str(value) if isinstance(value, (bytes, str)) else str(value)


def _rows(ds) -> list[dict]:
    """A compound dataset as a list of dicts with text decoded."""
    data = ds[()]
    names = ds.dtype.names
    return [{n: (_text(r[n]) if isinstance(r[n], (bytes, str)) else r[n].item()) for n in names} for r in data]


def _created(p: dict) -> str:
    return str(p.get("created_utc", "?")).replace("T", " ").replace("Z", " UTC")


def _page(t, title: str, sub: str, intro: list[str], body: list[str], charts: list, missing: list,
          chart_files: dict, about: list[tuple[str, str]]) -> str:
    """The page: title, the introduction, the chart, the tables (``body``), the colophon."""
    parts = ["<!DOCTYPE html>", f'<html lang="{t.lang}"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(title)}</title>", f"<style>{CSS}</style></head><body>",
             f"<header><h1>{esc(title)}</h1>", f'<p class="sub">{esc(sub)}</p></header>']
    parts.extend(intro)
    for c in charts:
        parts.append(f'<section class="chart" id="chart-{esc(c.id)}">')
        parts.append(f"<figure><h3>{esc(c.name)}</h3>")
        parts.append(svg_inline(chart_files[c.id]["svg"], c.title))
        parts.append("</figure></section>")
    parts.extend(body)
    parts.extend(missing_html(missing, t))
    parts.append(f'<section class="colophon" id="about"><h2>{esc(t("section_about"))}</h2><dl class="about">')
    for key, value in about:
        parts.append(f"<dt>{esc(t(key))}</dt><dd>{esc(value)}</dd>")
    parts.append(f"</dl><p class='note'>{esc(t('about_generated'))}</p></section></body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Findings files


class Claim:
    """One row of a findings file's table, in the reader's language."""

    def __init__(self, row: dict, t):
        self.id = row["id"]
        self.level = row.get("kind") == "level"  # a promised value, not a paired direction
        self.statement, self.claim = t.finding_texts(self.id, row["statement"], row["expectation"])
        self.source = row["source"]
        self.kpi, self.minus = row["kpi"], row["minus_kpi"]
        self.unit = row.get("unit", "")  # files written before the unit column: plain numbers
        self.baseline, self.variant = row["baseline"], row["variant"]
        self.mean, self.low, self.high = float(row["mean"]), float(row["low"]), float(row["high"])
        self.n, self.holds_in, self.passed = int(row["n"]), int(row["holds_in"]), bool(row["passed"])

    @property
    def share(self) -> float:
        return self.holds_in / self.n if self.n else math.nan

    def measured(self, t) -> str:
        if self.level:
            return t("claim_measured_level", kpi=t.kpi_label(self.kpi))
        if self.minus:
            return t("claim_measured_minus", kpi=t.kpi_label(self.kpi), minus=t.kpi_label(self.minus))
        return t.kpi_label(self.kpi)

    def effect(self, t) -> str:
        if self.n == 0:
            return "–"
        return t.interval(self.mean, self.low, self.high, self.unit or "1", difference=True)

    def share_text(self, t) -> str:
        if self.n == 0:
            return "–"
        return t("claim_share_level" if self.level else "claim_share", holds=self.holds_in, n=self.n,
                 share=t.share(self.share, 0))

    def verdict(self, t) -> str:
        if self.n == 0:
            return t("claim_undefined")
        return t("claim_holds") if self.passed else t("claim_fails")


class Findings:
    def __init__(self, path: str, t):
        with rr.open_results(path, kind="findings") as f:
            self.provenance = rr.provenance(f)
            g = f["findings"]
            self.region = _text(g.attrs.get("region", "?"))
            self.region_source = _text(g.attrs.get("region_source", "?"))
            self.draws = int(g.attrs.get("draws", 0))
            self.replications = int(g.attrs.get("replications", 0))
            self.claims = [Claim(r, t) for r in _rows(g["table"])]
        self.path = path
        self.file_name = os.path.basename(path)

    @property
    def holds(self) -> int:
        return sum(1 for c in self.claims if c.passed)


def claims_chart(data: Findings, t):
    """Each claim on a direction: its share of draws with the claimed direction, against the 90% bar."""
    claims = [c for c in data.claims if not c.level]
    if not claims:
        return None
    fig = charts_mod.new_figure(1.6 + 0.42 * len(claims))
    ax = fig.add_subplot(1, 1, 1)
    y = list(range(len(claims)))[::-1]
    for yi, c in zip(y, claims):
        if c.n == 0:
            ax.text(0.01, yi, t("claims_undefined_label"), va="center", ha="left", fontsize=8.5, color="#555555",
                    style="italic")
            continue
        colour = charts_mod.PALETTE[2] if c.passed else charts_mod.PALETTE[1]
        ax.barh(yi, c.share, height=0.6, color=colour)
        ax.text(min(c.share, 1.0) + 0.01, yi, t.share(c.share, 0), va="center", ha="left", fontsize=8.5)
    ax.axvline(HOLDS_SHARE, color="black", linewidth=1.0, linestyle="--")
    ax.text(HOLDS_SHARE, len(claims) - 0.45, t("claims_bar_label"), ha="right", va="bottom", fontsize=8)
    ax.set_yticks(y)
    ax.set_yticklabels([charts_mod.wrapped(c.statement, 48) for c in claims], fontsize=8)
    ax.set_xlim(0, 1.12)
    ax.set_ylim(-0.6, len(claims) - 0.1)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_xticklabels([t.share(x, 0) for x in (0, 0.25, 0.5, 0.75, 1.0)])
    ax.set_xlabel(t("claims_axis"))
    ax.grid(axis="y", visible=False)
    return _finish(fig, data, t, "claims", claims)


def levels_chart(data: Findings, t):
    """Each promised level: the simulated value minus the promise, the median over draws and where
    95% of the draws lie; a promise holds when 0 lies in that range."""
    claims = [c for c in data.claims if c.level and c.n > 0]
    if not claims:
        return None
    fig = charts_mod.new_figure(1.6 + 0.5 * len(claims))
    ax = fig.add_subplot(1, 1, 1)
    y = list(range(len(claims)))[::-1]
    ax.axvline(0, color="black", linewidth=1.0)
    ends = [0.05]
    for yi, c in zip(y, claims):
        colour = charts_mod.PALETTE[2] if c.passed else charts_mod.PALETTE[1]
        ax.plot([c.low, c.high], [yi, yi], color=colour, linewidth=2.5)
        ax.plot([c.mean], [yi], "o", color=colour, markersize=7)
        ends += [abs(c.low), abs(c.high)]
    lim = max(ends) * 1.15
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-0.6, len(claims) - 0.4)
    ax.set_yticks(y)
    ax.set_yticklabels([charts_mod.wrapped(c.statement, 48) for c in claims], fontsize=8)
    shares = all(c.unit == "share" for c in claims)
    ax.xaxis.set_major_formatter(_PointsFormatter(t) if shares else charts_mod.NumberFormatter(t, sign=True))
    ax.set_xlabel(t("levels_axis" if shares else "levels_axis_plain"))
    ax.grid(axis="y", visible=False)
    return _finish(fig, data, t, "levels", claims)


def _finish(fig, data: Findings, t, chart_id: str, claims: list) -> "charts_mod.Chart":
    """Title (how many of the charted claims hold), subtitle and source line of a findings chart."""
    title = t(f"{chart_id}_chart_title", holds=sum(1 for c in claims if c.passed), claims=len(claims))
    subtitle = t(f"{chart_id}_chart_subtitle", draws=data.draws)
    source = t("claims_source", file=data.file_name, region=data.region,
               version=data.provenance.get("engine_version", "?"), created=_created(data.provenance))
    charts_mod.frame(fig, title, subtitle, source)
    return charts_mod.Chart(chart_id, t(f"{chart_id}_chart_name"), title, subtitle, fig)


class _PointsFormatter(charts_mod.ticker.Formatter):
    """A difference of shares on an axis in percentage points (``+10``)."""

    def __init__(self, t):
        self.t = t

    def __call__(self, x, pos=None):
        return self.t.number(100.0 * x, 0, sign=True)


def findings_paragraphs(data: Findings, t) -> list[str]:
    out = [t("findings_intro", claims=len(data.claims), region=data.region, source=data.region_source,
             draws=data.draws, replications=data.replications),
           t("findings_headline", holds=data.holds, claims=len(data.claims))]
    if 0 < data.draws < DEFAULT_DRAWS:
        out.append(t("findings_few_draws", draws=data.draws, step=t.share(1.0 / data.draws, 1), default=DEFAULT_DRAWS))
    return out


def findings_html(data: Findings, t, charts, missing, chart_files) -> str:
    paragraphs = findings_paragraphs(data, t)
    intro = [f"<p>{esc(paragraphs[0])}</p>", f'<p class="uncertainty"><strong>{esc(paragraphs[1])}</strong></p>']
    intro += [f'<p class="note">{esc(p)}</p>' for p in paragraphs[2:]]
    body = []
    head = [_th(t(k)) for k in ("col_claim", "col_measured", "col_effect_draws", "col_claimed_direction", "col_verdict")]
    rows = []
    for c in data.claims:
        rows.append(f"<tr><td>{esc(c.statement)}<br><span class='note'>{esc(c.claim)} ({esc(c.source)})</span></td>"
                    f"<td>{esc(c.measured(t))}</td><td class='num'>{esc(c.effect(t))}</td>"
                    f"<td class='num'>{esc(c.share_text(t))}</td><td>{esc(c.verdict(t))}</td></tr>")
    body.append(f'<h2 id="claims">{esc(t("section_claims"))}</h2>')
    widths = "".join(f'<col style="width:{w}%">' for w in (38, 17, 19, 14, 12))
    body.append(_table(head, rows).replace("<thead>", f"<colgroup>{widths}</colgroup><thead>", 1))
    arms = [f"<tr><td>{esc(c.statement)}</td><td><code>{esc(c.baseline)}</code></td>"
            f"<td><code>{esc(c.variant)}</code></td></tr>" for c in data.claims]
    body.append(f'<div class="keep"><h2 id="arms">{esc(t("section_claim_arms"))}</h2>')
    body.append(_table([_th(t("col_claim")), _th(t("col_baseline_arm")), _th(t("col_variant_arm"))], arms,
                       cls="compact") + "</div>")
    p = data.provenance
    about = [("about_file", data.path), ("about_region", f"{data.region} ({data.region_source})"),
             ("about_draws", f"{data.draws} × {data.replications}"),
             ("about_engine", f"regiosim {p.get('engine_version', '?')} ({p.get('engine_commit', '?')})"),
             ("about_created", _created(p)), ("about_command", p.get("command_line", "?")),
             ("about_seed", p.get("base_seed", "?"))]
    return _page(t, t("findings_report_title"), f"{data.region} · {data.file_name}", intro, body, charts, missing,
                 chart_files, about)


def findings_main(args, t) -> int:
    try:
        data = Findings(args.results, t)
    except (rr.RegiosimFileError, OSError, KeyError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    made = [c for c in (claims_chart(data, t), levels_chart(data, t)) if c is not None]
    paragraphs = findings_paragraphs(data, t) + [
        f"{c.statement}: {c.effect(t)}; {c.share_text(t)}; {c.verdict(t)}" for c in data.claims]
    return write_report(args, made, lambda charts, missing, files: findings_html(data, t, charts, missing, files),
                        lambda charts, missing, pdf_path: text_pages_pdf(t("findings_report_title"), paragraphs, t,
                                                                         charts, missing, pdf_path))


# ---------------------------------------------------------------------------------------------
# Calibration files


class Calibration:
    def __init__(self, path: str):
        with rr.open_results(path, kind="calibration") as f:
            self.provenance = rr.provenance(f)
            g = f["calibration"]
            self.attrs = {k: (_text(v) if isinstance(v, (bytes, str)) else (v.item() if hasattr(v, "item") else v))
                          for k, v in g.attrs.items()}
            self.parameters = _rows(g["parameters"])
            self.targets = _rows(g["targets"])
            ident = {r["key"]: r for r in _rows(g["identifiability"])} if "identifiability" in g else {}
            for p in self.parameters:
                p.update({k: v for k, v in ident.get(p["key"], {}).items() if k != "key"})
            self.check_runs = _rows(g["check_runs"]) if "check_runs" in g else []
        self.path = path
        self.file_name = os.path.basename(path)
        self.name = str(self.attrs.get("name", "?"))
        self.method = str(self.attrs.get("method", "?"))

    @property
    def abc(self) -> bool:
        return self.method == "abc-smc"

    @property
    def within(self) -> int:
        return sum(1 for r in self.targets if r["within_tolerance"])

    @property
    def holdout_seeds(self) -> int:
        return sum(1 for r in self.check_runs if r.get("set") != "fit")


def _deviation(value: float, target: float, tolerance: float) -> float:
    return (value - target) / tolerance if tolerance > 0 and math.isfinite(value) else math.nan


def targets_chart(data: Calibration, t):
    """Each target's check (mean and 95% interval on held-out seeds) and fit, as a deviation from
    the target in tolerances, so that targets in different units share one axis."""
    rows = data.targets
    if not rows:
        return charts_mod.Missing("targets", t("calibration_chart_name"), t("calibration_chart_name"))
    fig = charts_mod.new_figure(1.6 + 0.45 * len(rows))
    ax = fig.add_subplot(1, 1, 1)
    y = list(range(len(rows)))[::-1]
    ax.axvspan(-1, 1, color="#e6e6e6", zorder=0)
    ax.axvline(0, color="black", linewidth=0.8)
    ends = [1.0]
    for yi, r in zip(y, rows):
        tol = float(r["tolerance"])
        check = _deviation(float(r["holdout_mean"]), float(r["target"]), tol)
        low = _deviation(float(r["holdout_low"]), float(r["target"]), tol)
        high = _deviation(float(r["holdout_high"]), float(r["target"]), tol)
        fit = _deviation(float(r["fit_mean"]), float(r["target"]), tol)
        colour = charts_mod.PALETTE[2] if r["within_tolerance"] else charts_mod.PALETTE[1]
        if math.isfinite(low) and math.isfinite(high):
            ax.plot([low, high], [yi, yi], color=colour, linewidth=2)
            ends += [abs(low), abs(high)]
        if math.isfinite(check):
            ax.plot([check], [yi], "o", color=colour, markersize=6)
            ends.append(abs(check))
        if math.isfinite(fit):
            ax.plot([fit], [yi], "D", markerfacecolor="white", markeredgecolor="black", markersize=5)
            ends.append(abs(fit))
    lim = min(max(ends) * 1.15, 50.0)
    ax.set_xlim(-lim, lim)
    ax.set_yticks(y)
    ax.set_yticklabels([charts_mod.wrapped(t.kpi_label(r["kpi"]), 40) for r in rows], fontsize=8.5)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.xaxis.set_major_formatter(charts_mod.NumberFormatter(t, sign=True))
    ax.set_xlabel(t("calibration_axis"))
    ax.grid(axis="y", visible=False)
    title = t("calibration_chart_title", within=data.within, targets=len(rows))
    subtitle = t("calibration_chart_subtitle")
    source = t("calibration_source", file=data.file_name, name=data.name,
               version=data.provenance.get("engine_version", "?"), created=_created(data.provenance))
    charts_mod.frame(fig, title, subtitle, source)
    return charts_mod.Chart("targets", t("calibration_chart_name"), title, subtitle, fig)


def _g(t, x) -> str:
    """A parameter value to four significant digits (as ``regiosim summary`` prints it), in the
    language's format, without trailing zeros."""
    if x is None or not math.isfinite(float(x)):
        return "–"
    x = float(x)
    decimals = min(max(0, 3 - int(math.floor(math.log10(abs(x))))), 8) if x else 0
    text = t.number(x, decimals)
    point = "," if t.lang == "nl" else "."
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def calibration_paragraphs(data: Calibration, t) -> list[str]:
    a = data.attrs
    out = [t("calibration_intro", parameters=len(data.parameters), targets=len(data.targets), method=data.method,
             evaluations=a.get("evaluations", "?"), runs=a.get("model_runs", "?"),
             base=a.get("base_scenario_source", "?")),
           t("calibration_headline", within=data.within, targets=len(data.targets))]
    if a.get("stop_reason"):
        out.append(t("calibration_stop", reason=a["stop_reason"]))
    return out


def _parameter_cells(data: Calibration, t, p: dict) -> list[str]:
    label = t.parameter_label(p["key"])
    name = f"{esc(label)}<br><code>{esc(p['key'])}</code>" if label != p["key"] else f"<code>{esc(p['key'])}</code>"
    estimate = _g(t, p.get("estimate"))
    if data.abc:
        interval = t("span", low=_g(t, p.get("posterior_low")), high=_g(t, p.get("posterior_high")))
        rest = [esc(p.get("prior", "")), esc(estimate), esc(interval), esc(_g(t, p.get("sd_ratio")))]
    else:
        def side(x):
            return t("at_bound") if x is None or not math.isfinite(float(x)) else t.number(float(x), 4, sign=True)

        rng = t("span", low=_g(t, p.get("min")), high=_g(t, p.get("max")))
        rest = [esc(rng), esc(estimate), esc(f"{side(p.get('profile_minus'))} / {side(p.get('profile_plus'))}")]
    return [name] + rest + [esc(p.get("source", ""))]


def calibration_html(data: Calibration, t, charts, missing, chart_files) -> str:
    paragraphs = calibration_paragraphs(data, t)
    intro = [f"<p>{esc(paragraphs[0])}</p>", f'<p class="uncertainty"><strong>{esc(paragraphs[1])}</strong></p>']
    intro += [f'<p class="note">{esc(p)}</p>' for p in paragraphs[2:]]
    if data.attrs.get("description"):
        intro.append(f'<p class="note">{esc(data.attrs["description"])}</p>')
    body = []
    body.append(f'<div class="keep"><h2 id="parameters">{esc(t("section_calibration_parameters"))}</h2>')
    body.append(f'<p class="sub">{esc(t("calibration_parameters_abc" if data.abc else "calibration_parameters_opt"))}</p>')
    keys = (["col_parameter", "col_prior", "col_estimate", "col_posterior_90", "col_sd_ratio", "col_source"] if data.abc
            else ["col_parameter", "col_range", "col_estimate", "col_profile", "col_source"])
    rows = ["<tr>" + "".join(f"<td>{c}</td>" for c in _parameter_cells(data, t, p)) + "</tr>" for p in data.parameters]
    body.append(_table([_th(t(k)) for k in keys], rows) + "</div>")
    body.append(f'<div class="keep"><h2 id="targets">{esc(t("section_calibration_targets"))}</h2>')
    body.append(f'<p class="sub">{esc(t("calibration_targets_intro", holdout=data.holdout_seeds))}</p>')
    rows = []
    for r in data.targets:
        unit = r.get("unit", "")
        rows.append(f"<tr><td>{esc(t.kpi_label(r['kpi']))}</td>"
                    f"<td class='num'>{esc(t.value(float(r['target']), unit))} ± {esc(t.value(float(r['tolerance']), unit))}</td>"
                    f"<td class='num'>{esc(t.value(float(r['fit_mean']), unit))}</td>"
                    f"<td class='num'>{esc(t.interval(float(r['holdout_mean']), float(r['holdout_low']), float(r['holdout_high']), unit))}</td>"
                    f"<td>{esc(t('yes') if r['within_tolerance'] else t('no'))}</td></tr>")
    body.append(_table([_th(t(k)) for k in ("col_target_kpi", "col_target_value", "col_fit", "col_holdout", "col_within")],
                       rows) + "</div>")
    p = data.provenance
    a = data.attrs
    about = [("about_file", data.path), ("about_calibration_definition", a.get("definition_source", "?")),
             ("about_calibrated_scenario", a.get("calibrated_scenario_file", "?")),
             ("about_engine", f"regiosim {p.get('engine_version', '?')} ({p.get('engine_commit', '?')})"),
             ("about_created", _created(p)), ("about_command", p.get("command_line", "?")),
             ("about_seed", p.get("base_seed", "?"))]
    return _page(t, t("calibration_report_title", name=data.name), f"{data.method} · {data.file_name}", intro, body,
                 charts, missing, chart_files, about)


def calibration_main(args, t) -> int:
    try:
        data = Calibration(args.results)
    except (rr.RegiosimFileError, OSError, KeyError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    made = [targets_chart(data, t)]
    paragraphs = calibration_paragraphs(data, t)
    return write_report(args, made, lambda charts, missing, files: calibration_html(data, t, charts, missing, files),
                        lambda charts, missing, pdf_path: text_pages_pdf(t("calibration_report_title", name=data.name),
                                                                         paragraphs, t, charts, missing, pdf_path))
