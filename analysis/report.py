"""regiosim report: a short council report from a results file or a sweep file, as HTML, PDF and
charts.

    /usr/bin/python3 analysis/report.py RESULTS.h5 --out DIR [--lang nl|en] [--no-pdf] [--quiet]

(``regiosim report`` runs this script.) Writes

    DIR/report.html           self-contained page: text, tables and the charts as inline SVG
    DIR/report.pdf            the same page printed by headless Chromium (A4); without Chromium a
                              simpler PDF made by matplotlib (text page + one chart per page)
    DIR/charts/<chart>.png    every chart as PNG (150 dpi) ...
    DIR/charts/<chart>.svg    ... and as SVG

Dutch by default, English with ``--lang en``. The report reads the file through the documented
schema (``regiosim_results``) and shows what the file has: a chart whose data are absent is left
out with a one-line note. A sweep file (``regiosim sweep``) gets its own, shorter page in the same
style: what was varied, each analysed KPI against each factor (``sweep_charts``, ``sweepdata``),
and for saltelli and morris designs which factor matters most. A findings file (``regiosim
findings``) or a calibration file (``regiosim calibrate``) gets a page of its tables and one chart
(``table_reports``). Exit codes: 0 ok, 1 runtime failure, 2 bad input (a missing or unreadable
results file, bad options).
"""

from __future__ import annotations

import argparse
import html
import math
import os
import re
import sys
import textwrap
import traceback

PROG = "regiosim report"


def need_packages(prog: str, charts: bool = True):
    """Imports the Debian packages the analysis needs (matplotlib only for ``charts``); exits 1
    naming the packages to install."""
    missing = []
    packages = [("numpy", "python3-numpy"), ("h5py", "python3-h5py"), ("pandas", "python3-pandas")]
    if charts:
        packages.append(("matplotlib", "python3-matplotlib"))
    for module, package in packages:
        try:
            __import__(module)
        except ImportError as e:
            missing.append(f"{package} ({e})")
    if missing:
        print(f"{prog}: the analysis needs Debian packages that are not installed: {', '.join(missing)}; "
              f"install them with ./build.sh deps (or apt-get install ...), and run with /usr/bin/python3",
              file=sys.stderr)
        sys.exit(1)


# ---------------------------------------------------------------------------------------------
# HTML

CSS = """
@page { size: A4; margin: 13mm 13mm 14mm 13mm; }
html { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; }
body { max-width: 62em; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.8em; margin: 0 0 .1em 0; }
h2 { font-size: 1.3em; margin: 1.4em 0 .4em 0; border-bottom: 2px solid #0072B2; padding-bottom: .1em;
     break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05em; margin: .2em 0; break-after: avoid; }
p.sub { color: #444; margin-top: 0; }
.uncertainty { border-left: 5px solid #E69F00; background: #FFF6E0; padding: .5em .8em; margin: 1em 0; }
.note { color: #444; font-style: italic; }
ul.findings li { margin: .3em 0; }
table { border-collapse: collapse; margin: .5em 0 1em 0; font-size: .9em; width: 100%; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
th, td { border-bottom: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; white-space: nowrap; }
tbody th:first-child { min-width: 11em; }
table.compact { font-size: .8em; }
table.compact td.num { white-space: nowrap; }
table.compact .ci { display: block; font-size: .85em; color: #555; }
div.keep { break-inside: avoid; page-break-inside: avoid; }
.verdict { display: block; font-size: .85em; color: #444; }
.verdict.none { font-style: italic; color: #666; }
.verdict.higher::before { content: "▲ "; }
.verdict.lower::before { content: "▼ "; }
figure { margin: 1.2em 0 1.6em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; max-height: 24.5cm; display: block; }
figcaption { font-size: .85em; color: #444; }
dl.about { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; font-size: .9em; }
dl.about dt { font-weight: bold; }
dl.about dd { margin: 0; word-break: break-all; }
section.conclusion { border: 2px solid #0072B2; background: #EEF6FB; padding: .3em 1em .6em 1em; margin: 1em 0; }
section.conclusion h2 { border: none; margin-top: .4em; }
section.conclusion h3 { margin-top: .6em; }
section.conclusion ul { margin: .2em 0 .4em 0; padding-left: 1.2em; }
p.certainty { margin: .4em 0 0 0; }
table.assumptions td.drivers { font-size: .9em; }
table.assumptions td.same-sign { white-space: nowrap; }
tr.total th, tr.total td { border-top: 2px solid #333; font-weight: bold; }
section.colophon { font-size: .85em; color: #333; border-top: 1px solid #999; margin-top: 2em; }
@media print { body { margin: 0; max-width: none; padding: 0; } }
"""


def esc(text) -> str:
    # A word joiner keeps a sign with its euro amount on one line (+€ 281.000, never "+" then "€ 281.000").
    return html.escape(str(text), quote=True).replace("+€", "+\u2060€").replace("-€", "-\u2060€")


def svg_inline(path: str, title: str) -> str:
    """The SVG file's markup for inlining: no XML prolog, DOCTYPE, comments or metadata; an ARIA
    label with the chart's finding."""
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    svg = re.sub(r"<\?xml[^>]*\?>", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>", "", svg, flags=re.S)
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{esc(title)}" ', 1)
    return svg.strip()


def _table(head: list[str], rows: list[str], cls: str = "", attrs: str = "") -> str:
    """A table whose header row repeats on every printed page (``thead``)."""
    c = (f' class="{cls}"' if cls else "") + attrs
    return (f"<table{c}><thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _th(text: str, extra: str = "") -> str:
    return f"<th{extra}>{esc(text)}</th>"


def shown_kpis(res, effects_mod) -> list[str]:
    """Every KPI of the file except those that say nothing here (zero or undefined everywhere: the
    rows of a policy that is switched off)."""
    return [k for k in res.kpi_names() if not effects_mod.policy_off(res, k)]


def kpi_tables(res, t, charts_mod) -> list[str]:
    """All key figures and all differences with the baseline, as tables (an appendix)."""
    import effects

    out = []
    kpis = shown_kpis(res, effects)
    if not kpis:
        return out
    weeks = res.weeks()
    off = [k for k in res.kpi_names() if k not in kpis]
    out.append(f'<h2 id="kpis">{esc(t("section_kpis"))}</h2>')
    out.append(f'<p class="sub">{esc(t("kpis_intro", weeks=weeks) if weeks else t("kpis_intro_noweeks"))}</p>')
    if off:
        out.append(f'<p class="note">{esc(t("kpis_left_out", kpis=", ".join(t.kpi_label(k) for k in off)))}</p>')
    if res.many:
        main = charts_mod.main_kpis(res)

        def header(difference):
            cells = [_th(t("col_scenario"))]
            for k in main:
                unit = t.unit(res.kpi_unit(k), difference=difference) if res.kpi_unit(k) in ("weeks", "share") else ""
                cells.append(f"<th{_described(res, k)}>{esc(t.kpi_label(k))}" +
                             (f" ({esc(unit)})" if unit and unit != "%" else "") + "</th>")
            return cells

        rows = []
        for s in res.names:
            cells = []
            for k in main:
                e = res.kpi_estimate(s, k)
                cells.append(f'<td class="num">{_two_lines(t.interval(e.mean, e.low, e.high, res.kpi_unit(k), bare=True))}</td>')
            rows.append(f"<tr><th>{esc(res.label(s))}</th>{''.join(cells)}</tr>")
        out.append(_table(header(False), rows, "compact"))
        if res.variants:
            out.append(f'<h2 id="differences">{esc(t("section_differences", baseline=res.label(res.baseline)))}</h2>')
            out.append(f'<p class="sub">{esc(t("differences_intro", baseline=res.label(res.baseline), runs=res.replications()))}</p>')
            rows = []
            for v in res.variants:
                cells = [_diff_cell(t, res.kpi_difference(v, k), res.kpi_unit(k), bare=True) for k in main]
                rows.append(f"<tr><th>{esc(res.label(v))}</th>{''.join(cells)}</tr>")
            out.append(_table(header(True), rows, "compact"))
        return out
    for chunk in _chunks(res.names, 4):
        head = [_th(t("col_indicator"))] + [_th(res.label(s)) for s in chunk]
        rows = []
        for k in kpis:
            unit = res.kpi_unit(k)
            cells = []
            for s in chunk:
                e = res.kpi_estimate(s, k)
                text = t.interval(e.mean, e.low, e.high, unit) if e is not None else t("not_available")
                cells.append(f'<td class="num">{esc(text)}</td>')
            rows.append(f"<tr><th{_described(res, k)}>{esc(t.kpi_label(k))}</th>{''.join(cells)}</tr>")
        out.append(_table(head, rows))
    if res.variants:
        out.append(f'<h2 id="differences">{esc(t("section_differences", baseline=res.label(res.baseline)))}</h2>')
        out.append(f'<p class="sub">{esc(t("differences_intro", baseline=res.label(res.baseline), runs=res.replications()))}</p>')
        same = [k for k in kpis if effects.unchanged(res, res.variants, k)]
        if same:
            out.append(f'<p class="note">{esc(t("differences_unchanged", kpis=", ".join(t.kpi_label(k) for k in same)))}</p>')
        for chunk in _chunks(res.variants, 4):
            head = [_th(t("col_indicator"))] + [_th(res.label(v)) for v in chunk]
            rows = []
            for k in kpis:
                if k in same:
                    continue
                cells = "".join(_diff_cell(t, res.kpi_difference(v, k), res.kpi_unit(k)) for v in chunk)
                rows.append(f"<tr><th{_described(res, k)}>{esc(t.kpi_label(k))}</th>{cells}</tr>")
            out.append(_table(head, rows))
    return out


def _two_lines(text: str) -> str:
    """``mean (low to high)`` as the mean with the interval on a smaller second line."""
    mean, sep, rest = text.partition(" (")
    return esc(mean) + (f'<span class="ci">({esc(rest)}</span>' if sep else "")


def _described(res, kpi) -> str:
    """A tooltip with the file's own description of a KPI (as the simulator wrote it)."""
    d = res.kpi(res.baseline).attrs.get("descriptions", {}).get(kpi, "")
    return f' title="{esc(d)}"' if d else ""


def _verdict_word(t, verdict: str) -> str:
    return {"higher": t("verdict_higher"), "lower": t("verdict_lower"), "none": t("verdict_none"),
            "few": t("verdict_few")}[verdict]


def _diff_cell(t, e, unit, bare: bool = False) -> str:
    if e is None or e.n == 0:
        return f'<td class="num">{esc(t("not_available"))}</td>'
    verdict = e.verdict
    word = _verdict_word(t, verdict)
    text = t.interval(e.mean, e.low, e.high, unit, difference=True, bare=bare)
    if bare:
        return f'<td class="num">{_two_lines(text)}<span class="verdict {verdict}">{esc(word)}</span></td>'
    return f'<td class="num">{esc(text)}<span class="verdict {verdict}">{esc(word)}</span></td>'


def _chunks(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)] or [[]]


def findings_html(charts, missing, t):
    """The findings (every chart's title, linked)."""
    parts = [f'<h2 id="findings">{esc(t("section_findings"))}</h2><ul class="findings">']
    for i, c in enumerate(charts, 1):
        parts.append(f'<li><a href="#chart-{esc(c.id)}">{esc(t("figure_label", n=i))}</a>: {esc(c.title)}</li>')
    parts.append("</ul>")
    return parts


def missing_html(missing, t):
    if not missing:
        return []
    return ([f'<h2 id="missing">{esc(t("section_missing"))}</h2><ul>'] + [f"<li>{esc(m.note)}</li>" for m in missing]
            + ["</ul>"])


# ---------------------------------------------------------------------------------------------
# What a policy note shows first


def conclusion_html(res, t) -> list[str]:
    """The conclusion box: per variant (at most four) the effect on people, on money, and how
    certain it is; for one scenario, its main figures."""
    import effects

    out = [f'<section class="conclusion" id="conclusion"><h2>{esc(t("section_conclusion"))}</h2>']
    if not res.variants:
        facts = []
        for kpi in ("placements", effects.SUSTAINABLE, "placement_rate_26w"):
            e = res.kpi_estimate(res.baseline, kpi)
            if e is None or not math.isfinite(e.mean):
                continue
            unit = res.kpi_unit(kpi)
            yrs = effects.years(res)
            if effects.is_total(kpi, unit) and yrs:
                facts.append(t("conclusion_level_per_year", label=t.kpi_label(kpi), value=t.number(e.mean / yrs, 0)))
            else:
                facts.append(t("conclusion_level", label=t.kpi_label(kpi), value=t.value(e.mean, unit)))
        split = effects.budget_split(res, None)
        net = next((r for r in split if r.part == "net"), None)
        if net is not None:
            facts.append(t("conclusion_spending", amount=t.eur(net.baseline.mean, rounded=True)))
        out.append("<ul>" + "".join(f"<li>{esc(f)}</li>" for f in facts) + "</ul>")
        out.append(f'<p class="certainty">{esc(t("conclusion_certainty_single", runs=res.replications()))}</p>')
        out.append("</section>")
        return out
    for v in res.variants[:4]:
        out.append(f"<h3>{esc(t('conclusion_variant', variant=res.label(v), baseline=res.label(res.baseline)))}</h3><ul>")
        people = []
        for kpi in ("placements", effects.SUSTAINABLE):
            r = effects.effect(res, v, kpi)
            if r is None:
                continue
            people.append(_effect_sentence(t, r))
        for sentence in people:
            out.append(f"<li><b>{esc(t('conclusion_people'))}</b> {esc(sentence)}</li>")
        split = effects.budget_split(res, v)
        net = next((r for r in split if r.part == "net"), None)
        if net is not None and net.diff is not None:
            parts = [r for r in split if r.part != "net" and r.diff is not None and r.diff.demonstrable]
            detail = "; ".join(t("conclusion_part", part=t(f"budget_part_{r.part}"), amount=t.eur(r.diff.mean, sign=True,
                                                                                                  rounded=True))
                               for r in parts)
            verdict = net.diff.verdict
            if verdict in ("higher", "lower"):
                money = t("conclusion_money_" + ("more" if verdict == "higher" else "less"),
                          amount=t.eur(abs(net.diff.mean), rounded=True),
                          interval=t.interval(net.diff.mean, net.diff.low, net.diff.high, "EUR", difference=True))
            else:
                money = t("conclusion_money_none",
                          interval=t.interval(net.diff.mean, net.diff.low, net.diff.high, "EUR", difference=True))
            if detail:
                money += " " + t("conclusion_money_parts", parts=detail)
            out.append(f"<li><b>{esc(t('conclusion_money'))}</b> {esc(money)}</li>")
        robust = robustness_sentence(res, t, v)
        if robust:
            out.append(f'<li class="robustness"><b>{esc(t("unc_conclusion_label"))}</b> {esc(robust)}</li>')
        out.append("</ul>")
    runs = res.replications()
    certainty = t("conclusion_certainty", runs=runs)
    u = res.uncertainty
    if u is not None:
        certainty += " " + t("unc_conclusion_certainty", draws=u.draws, params=u.parameters_varied,
                             section=t("section_assumptions"))
    out.append(f'<p class="certainty"><b>{esc(t("conclusion_how_certain"))}</b> {esc(certainty)}</p>')
    out.append("</section>")
    return out


def _join(t, items: list[str]) -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('and')} " + items[-1]


def _parameter_label(res, t, key: str) -> str:
    p = res.uncertainty.parameters.get(key) if res.uncertainty is not None else None
    return t.parameter_label(key, p.meaning if p else "")


def robustness_sentence(res, t, variant: str) -> str | None:
    """How the variant's main effect holds under other assumptions, in words (an uncertainty run):
    in how many of the sets of assumptions its difference points the same way, and which assumptions
    decide its size (when enough sets were computed to tell). None for other files."""
    import uncertaintydata as ud

    u = res.uncertainty
    s = u.scenario(variant) if u is not None else None
    if s is None or not s.difference:
        return None
    o = ud.main_effect(s)
    if o is None:
        used = max((x.draws_used for x in s.kpis.values()), default=0)
        return t("unc_conclusion_none", used=used)
    text = t("unc_conclusion_robust", same=o.same_sign, used=o.draws_used, phrase=t.kpi_phrase(o.kpi, o.central > 0))
    drivers = ud.named_drivers(o, top=2)
    if drivers:
        text += t("unc_conclusion_drivers", drivers=_join(t, [_parameter_label(res, t, d.parameter) for d in drivers]))
    elif u.draws < ud.MIN_DRAWS_FOR_DRIVERS or o.draws_used < ud.MIN_DRAWS_FOR_DRIVERS:
        text += t("unc_conclusion_no_drivers", used=o.draws_used, needed=ud.MIN_DRAWS_FOR_DRIVERS)
    else:
        text += t("unc_conclusion_no_clear_driver")
    if o.same_sign < ud.ROBUST_SHARE * o.draws_used:
        text += " " + t("unc_conclusion_direction_open")
    return text


def _effect_sentence(t, r) -> str:
    """``8 plaatsingen per jaar minder (−14 tot −3), −1,9% van de basis`` in words."""
    e = r.per_year if r.per_year is not None else r.diff
    unit = r.unit
    interval = t.interval(e.mean, e.low, e.high, unit, difference=True)
    rel = t.share(r.relative.mean, 1, sign=True) if r.relative is not None and math.isfinite(r.relative.mean) else "–"
    if e.verdict in ("higher", "lower"):
        key = "effect_per_year" if r.per_year is not None else "effect_total"
        return t(key, label=t.kpi_label(r.kpi), interval=interval, relative=rel,
                 direction=t("verdict_higher") if e.verdict == "higher" else t("verdict_lower"))
    return t("effect_none", label=t.kpi_label(r.kpi), interval=interval,
             per=t("per_year_suffix") if r.per_year is not None else "")


def parameter_uncertainty_html(res, t) -> list[str]:
    """How much the results depend on the model's assumptions (a file of ``regiosim run
    --uncertainty N``): per scenario a table of the headline KPIs (the baseline's levels, each
    variant's difference) with the middle result over the sets of assumptions, the interval over
    them, the interval by chance, the share of sets with the same direction and the assumptions that
    drive it; then the assumptions named, with their keys. The numbers are those of ``regiosim
    summary --json`` (uncertaintydata); nothing for other files."""
    import effects
    import uncertaintydata as ud

    u = res.uncertainty
    if u is None:
        return []
    intro = t("assumptions_intro", draws=u.draws, params=u.parameters_varied, reps=u.replications,
              years=t.number(effects.years(res) or 0, 0))
    any_driver = any(ud.named_drivers(o) for s in u.scenarios for o in s.kpis.values())
    if any_driver:
        note = t("assumptions_drivers_note")
    elif u.draws < ud.MIN_DRAWS_FOR_DRIVERS:
        note = t("assumptions_drivers_too_few", draws=u.draws, needed=ud.MIN_DRAWS_FOR_DRIVERS)
    else:
        note = t("assumptions_no_clear_driver")
    out = [f'<section class="assumptions" id="assumptions"><h2>{esc(t("section_assumptions"))}</h2>',
           f'<p class="sub">{esc(intro)}</p>', f'<p class="note">{esc(note)}</p>']
    named: list[str] = []
    baseline = res.label(res.baseline) if res.baseline else (u.scenarios[0].name if u.scenarios else "")
    for s in u.scenarios:
        diff = s.difference
        if diff:
            heading = t("conclusion_variant", variant=res.label(s.name), baseline=baseline)
        else:
            heading = t("assumptions_baseline", baseline=res.label(s.name))
        drivers = {k: ud.named_drivers(o) for k, o in s.kpis.items()}
        with_drivers = any(drivers.values())
        head = [_th(t("col_indicator")), _th(t("col_central")), _th(t("col_over_assumptions")), _th(t("col_over_chance"))]
        if diff:
            head.append(_th(t("col_same_direction")))
        if with_drivers:
            head.append(_th(t("col_drivers")))
        rows = []
        for o in s.kpis.values():
            cells = [f"<th{_described(res, o.kpi)}>{esc(t.kpi_label(o.kpi))}</th>"]
            if not o.defined:
                cells.append(f'<td colspan="{len(head) - 1}">{esc(t("not_available"))}</td>')
                rows.append(f'<tr data-kpi="{esc(o.kpi)}">{"".join(cells)}</tr>')
                continue
            # One format per row: the decimals of the interval's size, so that a middle value near 0
            # reads +0,0001 next to -0,0048 tot +0,0057.
            scale = ud.row_scale(o)
            cells.append(f'<td class="num central">{esc(t.value(o.central, o.unit, sign=diff, difference=diff, like=scale))}</td>')
            cells.append(f'<td class="num draws">{esc(t.span(o.draws_low, o.draws_high, o.unit, diff, like=scale))}</td>')
            cells.append(f'<td class="num replications">'
                         f'{esc(t.span(o.replications_low, o.replications_high, o.unit, diff, like=scale))}</td>')
            if diff:
                same = t("unc_same_sign", same=o.same_sign, used=o.draws_used) if o.central != 0 else "–"
                cells.append(f'<td class="same-sign">{esc(same)}</td>')
            if with_drivers:
                for d in drivers[o.kpi]:
                    if d.parameter not in named:
                        named.append(d.parameter)
                text = "; ".join(_parameter_label(res, t, d.parameter) for d in drivers[o.kpi]) or t("unc_no_drivers")
                cells.append(f'<td class="drivers">{esc(text)}</td>')
            rows.append(f'<tr data-kpi="{esc(o.kpi)}">{"".join(cells)}</tr>')
        out.append(f"<h3>{esc(heading)}</h3>")
        out.append(_table(head, rows, "assumptions", attrs=f' data-scenario="{esc(s.name)}"'))
        if any_driver and not with_drivers:
            out.append(f'<p class="note">{esc(t("assumptions_no_clear_driver"))}</p>')
    if named:
        out.append(f'<h3 id="assumptions-named">{esc(t("section_assumptions_named"))}</h3>')
        out.append(f'<p class="sub">{esc(t("assumptions_named_intro"))}</p>')
        rows = []
        for key in named:
            p = u.parameters.get(key)
            title = f' title="{esc(p.meaning)}"' if p is not None and p.meaning and t.lang == "en" else ""
            values = _parameter_values(t, p) if p is not None else "–"
            rows.append(f"<tr><td{title}>{esc(_capital(_parameter_label(res, t, key)))}</td>"
                        f"<td><code>{esc(key)}</code></td><td class='num'>{esc(values)}</td></tr>")
        out.append(_table([_th(t("col_assumption")), _th(t("col_model_name")), _th(t("col_values_computed"))], rows))
    out.append("</section>")
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


#: Units of parameters shown after their values (the rest, ratios, indices and shares of a gap, as
#: plain numbers).
_PARAMETER_UNITS_SHOWN = ("weeks", "hours", "hours per week", "EUR per week", "EUR per hour", "employers",
                          "vacancies per week")


def _parameter_values(t, p) -> str:
    """The smallest and largest value of a parameter in the sets computed, in its unit where the
    report can name it (weeks, hours, euros, shares in %), else as plain numbers."""
    if not (math.isfinite(p.low) and math.isfinite(p.high)):
        return "–"
    if p.unit == "share":
        return t.span(p.low, p.high, "relative")
    if p.unit == "EUR":
        return t.span(p.low, p.high, "EUR")
    lo, hi = (t.number(x, decimals=_value_decimals(p.low, p.high)) for x in (p.low, p.high))
    unit = t.factor_unit(p.unit) if p.unit in _PARAMETER_UNITS_SHOWN else ""
    return f"{t('span', low=lo, high=hi)} {unit}".strip()


def _value_decimals(low: float, high: float) -> int:
    import i18n

    return max(i18n.auto_decimals(low) if low else 0, i18n.auto_decimals(high) if high else 0)


def effects_html(res, t) -> list[str]:
    """Per variant: the main effects over the simulated period, per year and in % of the baseline."""
    import effects

    if not res.variants or res.many:
        return []
    yrs = effects.years(res)
    out = [f'<h2 id="effects">{esc(t("section_effects"))}</h2>',
           f'<p class="sub">{esc(t("effects_intro", baseline=res.label(res.baseline), years=t.number(yrs or 0, 0), runs=res.replications()))}</p>']
    for v in res.variants:
        rows = []
        for r in effects.effect_rows(res, v):
            per_year = (t.interval(r.per_year.mean, r.per_year.low, r.per_year.high, r.unit, difference=True)
                        if r.per_year is not None else "")
            rel = (t.interval(r.relative.mean, r.relative.low, r.relative.high, "relative", difference=True)
                   if r.relative is not None else "–")
            rows.append(
                f"<tr><th{_described(res, r.kpi)}>{esc(t.kpi_label(r.kpi))}</th>"
                f'<td class="num">{esc(t.value(r.baseline.mean, r.unit))}</td>'
                f'<td class="num">{esc(t.value(r.variant.mean, r.unit))}</td>'
                f"{_diff_cell(t, r.diff, r.unit)}"
                f'<td class="num">{esc(per_year)}</td><td class="num">{esc(rel)}</td></tr>')
        head = [_th(t("col_indicator")), _th(res.label(res.baseline)), _th(res.label(v)), _th(t("col_difference")),
                _th(t("col_per_year")), _th(t("col_relative"))]
        out.append(f"<h3>{esc(res.label(v))}</h3>")
        out.append(_table(head, rows))
    return out


def budget_html(res, t) -> list[str]:
    """Spending per year by part and the budget effect of each variant; then every budget series
    the file has (committed, paid, refused ... per year), whatever the model writes."""
    import effects

    split = effects.budget_split(res, None)
    if not split:
        return []
    out = [f'<h2 id="budget">{esc(t("section_budget"))}</h2>', f'<p class="sub">{esc(t("budget_intro"))}</p>']
    variants = [] if res.many else res.variants[:4]
    head = [_th(t("col_part")), _th(res.label(res.baseline))] + [_th(t("col_effect_of", variant=res.label(v))) for v in variants]
    per_variant = {v: {r.part: r for r in effects.budget_split(res, v)} for v in variants}
    rows = []
    for r in split:
        cells = [f'<td class="num">{esc(t.interval(r.baseline.mean, r.baseline.low, r.baseline.high, "EUR"))}</td>']
        for v in variants:
            d = per_variant[v].get(r.part)
            cells.append(_diff_cell(t, d.diff if d else None, "EUR"))
        label = t(f"budget_part_{r.part}")
        rows.append(f'<tr{" class=total" if r.part == "net" else ""}><th title="{esc(", ".join(r.columns))}">'
                    f"{esc(label)}</th>{''.join(cells)}</tr>")
    out.append(_table(head, rows))
    if res.many and res.variants:
        # Many scenarios: the budget effect of each variant as a row (the parts as columns), so that
        # whatever a headline says of one of them stands in a table.
        parts = [r.part for r in split]
        head = [_th(t("col_variant"))] + [_th(t(f"budget_part_{p}")) for p in parts]
        rows = []
        for v in res.variants:
            by_part = {r.part: r for r in effects.budget_split(res, v)}
            cells = "".join(_diff_cell(t, by_part[p].diff if p in by_part else None, "EUR") for p in parts)
            rows.append(f"<tr><th>{esc(res.label(v))}</th>{cells}</tr>")
        out.append(_table(head, rows))
    for table in effects.budget_years(res, variants[0] if variants else None):
        out.append(f"<h3>{esc(t('budget_years_' + table.budget))}</h3>")
        units = {m: "EUR" if m.endswith("_eur") else "" for m in table.measures}  # euros, or a count of requests
        head = [_th(t("col_year"))] + [_th(t("budget_measure_" + m)) for m in table.measures]
        rows = []
        for j, year in enumerate(table.baseline):
            cells = "".join(f'<td class="num">{esc(t.value(year[m].mean, units[m]))}</td>' for m in table.measures)
            rows.append(f"<tr><th>{j + 1}</th>{cells}</tr>")
        if table.effect:
            cells = "".join(_diff_cell(t, table.effect.get(m), units[m]) for m in table.measures)
            rows.append(f'<tr class="total"><th>{esc(t("budget_effect_row", variant=res.label(variants[0])))}</th>{cells}</tr>')
        out.append(_table(head, rows))
        out.append(f'<p class="note">{esc(t("budget_years_note", runs=res.replications()))}</p>')
    return out


def who_gains_html(res, t) -> list[str]:
    import effects

    if not res.variants or res.many:
        return []
    out = [f'<h2 id="who">{esc(t("section_who"))}</h2>', f'<p class="sub">{esc(t("who_intro"))}</p>']
    absent_all = set()
    for v in res.variants[:4]:
        rows, absent = effects.who_gains(res, v)
        absent_all |= set(absent)
        if not rows:
            continue
        out.append(f"<h3>{esc(res.label(v))}</h3>")
        body = []
        for r in rows:
            group = t.group_label(r.dimension, r.group)
            unit = "EUR" if r.unit == "EUR" else "placements"
            base = t.value(r.baseline.mean, unit)
            body.append(f"<tr><th>{esc(t('who_dimension_' + r.dimension))}</th><td>{esc(group)}</td>"
                        f'<td class="num">{esc(base)}</td>{_diff_cell(t, r.diff, unit)}</tr>')
        head = [_th(t("col_dimension")), _th(t("col_group")), _th(t("col_baseline_per_year", baseline=res.label(res.baseline))),
                _th(t("col_difference_per_year"))]
        out.append(_table(head, body))
    if absent_all:
        out.append(f'<p class="note">{esc(t("who_absent", dims=", ".join(t("who_dimension_" + d) for d in sorted(absent_all))))}</p>')
    return out


def virtual_evaluation_html(res, t) -> list[str]:
    import effects

    out = []
    for v in res.variants:
        ve = effects.virtual_evaluation(res, v)
        if ve is None:
            continue
        if not out:
            out.append(f'<h2 id="evaluation">{esc(t("section_evaluation"))}</h2>')
        out.append(f'<p class="sub">{esc(t("evaluation_intro", evaluated=res.label(ve.evaluated), other=res.label(ve.other), window=effects.VE_WINDOW_WEEKS, horizon=effects.VE_HORIZON_WEEKS))}</p>')
        rows = []
        for k in effects.VE_ROWS:
            e = ve.rows[k]
            unit = "weeks" if k.startswith("effect") else "placements"
            rows.append(f"<tr><th>{esc(t('ve_' + k))}</th><td class='num'>{esc(t.interval(e.mean, e.low, e.high, unit))}</td></tr>")
        out.append(_table([_th(t("col_quantity")), _th(t("col_value"))], rows))
    return out


def colophon_html(res, t) -> list[str]:
    """Provenance, for whoever wants to reproduce the figures: file, simulator, command, seeds and
    each scenario's identity."""
    p = res.provenance
    created = str(p.get("created_utc", "?")).replace("T", " ").replace("Z", " UTC")
    parts = [f'<section class="colophon" id="about"><h2>{esc(t("section_about"))}</h2><dl class="about">']
    for key, value in (("about_file", res.path), ("about_engine", f"regiosim {p.get('engine_version', '?')} "
                                                                  f"({p.get('engine_commit', '?')})"),
                       ("about_created", created), ("about_command", p.get("command_line", "?")),
                       ("about_seed", p.get("base_seed", "?"))):
        parts.append(f"<dt>{esc(t(key))}</dt><dd>{esc(value)}</dd>")
    import regiosim_results as rr

    for s in res.names:
        info = rr.scenario_info(res.file, s)
        parts.append(f"<dt>{esc(t('about_scenario', name=s))}</dt><dd>{esc(info.get('content_hash', '?'))}</dd>")
    parts.append(f"</dl><p class='note'>{esc(t('about_generated'))}</p></section>")
    return parts


def scenarios_html(res, t) -> list[str]:
    parts = [f'<h2 id="scenarios">{esc(t("section_scenarios"))}</h2>']
    rows = []
    for s in res.scenarios:
        role = t("role_baseline") if s.name == res.baseline else t("role_variant")
        rows.append(f"<tr><td>{esc(res.label(s.name))}</td><td>{esc(role)}</td><td class='num'>{s.replications}</td>"
                    f"<td>{esc(s.description)}</td></tr>")
    parts.append(_table([_th(t("col_scenario")), _th(t("col_role")), _th(t("col_runs")), _th(t("col_description"))], rows))
    return parts


def uncertainty_text(res, t) -> str:
    """The paragraph on reading uncertainty; for an uncertainty run with what its two intervals mean."""
    text = t("uncertainty")
    u = res.uncertainty
    if u is not None:
        text += " " + t("uncertainty_assumptions", draws=u.draws, params=u.parameters_varied, reps=u.replications,
                        section=t("section_assumptions"))
    return text


def build_html(res, t, charts: list, missing: list, chart_files: dict, charts_mod) -> str:
    import effects

    runs = res.replications()
    yrs = effects.years(res)
    by_id = {c.id: (i, c) for i, c in enumerate(charts, 1)}

    def figure(chart_id: str) -> list[str]:
        if chart_id not in by_id:
            return []
        i, c = by_id.pop(chart_id)
        return [f'<section class="chart" id="chart-{esc(c.id)}">',
                f"<figure><h3>{esc(t('figure_label', n=i))}. {esc(c.name)}</h3>",
                svg_inline(chart_files[c.id]["svg"], c.title),
                "</figure></section>"]

    names = [res.label(n) for n in res.names[:6]]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{t.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(t('report_title'))} – {esc(', '.join(names))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<header><h1>{esc(t('report_title'))}</h1>",
        f'<p class="sub">{esc(" · ".join(names) + (" …" if len(res.names) > 6 else ""))}</p></header>',
    ]
    parts.extend(conclusion_html(res, t))
    parts.append(f"<p>{esc(t('report_intro', runs=runs, years=t.number(yrs or 0, 0)))}</p>")
    parts.append(f'<p class="uncertainty">{esc(uncertainty_text(res, t))}</p>')
    if t("glossary"):
        parts.append(f'<p class="note">{esc(t("glossary"))}</p>')
    if not res.baseline_declared and res.baseline:
        parts.append(f'<p class="note">{esc(t("no_baseline", name=res.label(res.baseline)))}</p>')
    if res.many:
        parts.append(f'<p class="note">{esc(t("many_scenarios", n=len(res.names)))}</p>')
    parts.extend(findings_html(charts, missing, t))
    parts.extend(figure("kpis"))
    parts.extend(effects_html(res, t))
    parts.extend(parameter_uncertainty_html(res, t))
    parts.extend(figure("yearly"))
    parts.extend(budget_html(res, t))
    parts.extend(figure("costs"))
    parts.extend(who_gains_html(res, t))
    parts.extend(virtual_evaluation_html(res, t))
    if by_id:
        parts.append(f'<h2 id="more-charts">{esc(t("section_charts"))}</h2>')
        for chart_id in [c.id for c in charts if c.id in by_id]:
            parts.extend(figure(chart_id))
    parts.extend(scenarios_html(res, t))
    parts.extend(kpi_tables(res, t, charts_mod))
    parts.extend(missing_html(missing, t))
    parts.extend(colophon_html(res, t))
    parts.append("</body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# PDF


def pdf_with_chromium(html_path: str, pdf_path: str):
    import chromium

    with chromium.Browser() as browser:
        page = browser.open("file://" + os.path.abspath(html_path), width=1100, height=1500)
        page.print_pdf(pdf_path)


def pdf_with_matplotlib(res, t, charts, missing, pdf_path: str):
    """Fallback without Chromium: a text page (title, uncertainty, findings, notes), then one chart
    per page."""
    robust = [f"{res.label(v)}: {r}" for v in res.variants[:4] if (r := robustness_sentence(res, t, v))]
    text_pages_pdf(t("report_title"), [t("report_intro", runs=res.replications(), years=t.number((res.weeks() or 0) / 52, 0)),
                                       uncertainty_text(res, t)] + robust, t, charts, missing, pdf_path)


def text_pages_pdf(title: str, paragraphs: list[str], t, charts, missing, pdf_path: str):
    """The PDF made by matplotlib: a text page (title, paragraphs, findings, notes), then one chart
    per page."""
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(pdf_path) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        y = 0.95
        fig.text(0.08, y, title, fontsize=18, fontweight="bold", va="top")
        y -= 0.05
        blocks = [(p, 10, "normal") for p in paragraphs]
        if t("glossary"):
            blocks.append((t("glossary"), 9, "normal"))
        blocks.append((t("section_findings"), 13, "bold"))
        blocks += [(f"• {c.title}", 10, "normal") for c in charts]
        if missing:
            blocks.append((t("section_missing"), 13, "bold"))
            blocks += [(f"• {m.note}", 10, "normal") for m in missing]
        for text, size, weight in blocks:
            lines = textwrap.wrap(text, int(880 / size))
            fig.text(0.08, y, "\n".join(lines), fontsize=size, fontweight=weight, va="top", linespacing=1.3)
            y -= (len(lines) * size * 1.3 + 0.6 * size) / (11.69 * 72) + 0.004
        pdf.savefig(fig)
        plt.close(fig)
        for c in charts:
            pdf.savefig(c.figure)


# ---------------------------------------------------------------------------------------------


def parse_args(argv):
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Write a short report (HTML, PDF) and every chart (PNG, SVG) from a regiosim results, "
                    "sweep, findings or calibration file. Dutch by default; --lang en for English.",
    )
    ap.add_argument("results", metavar="RESULTS.h5", help="a file written by regiosim run, sweep, findings or "
                                                          "calibrate")
    ap.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed; written completely "
                                                                 "or not at all)")
    ap.add_argument("--lang", default="nl", choices=("nl", "en"), help="language of the report (default nl)")
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    ap.add_argument("--quiet", action="store_true", help="print nothing on success")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    need_packages(PROG)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import charts as charts_mod
    import i18n
    import regiosim_results as rr
    import reportdata as rd

    import output_folder

    try:
        output_folder.check_target(args.out, "--out")
    except output_folder.OutputFolderError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    t = i18n.Texts(args.lang)
    try:
        kind = rr.kind_of(args.results) if os.path.exists(args.results) else "results"
    except (rr.RegiosimFileError, OSError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    if kind == "sweep":
        return sweep_main(args, t)
    if kind in ("findings", "calibration"):
        import table_reports

        return (table_reports.findings_main if kind == "findings" else table_reports.calibration_main)(args, t)
    try:
        res = rd.Results.open(args.results)
    except (rr.RegiosimFileError, OSError, KeyError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    with res:
        if not res.names:
            print(f"{PROG}: {args.results}: the file holds no scenarios", file=sys.stderr)
            return 2
        res.lang = t.lang
        import uncertaintydata as ud

        try:
            res.uncertainty = ud.load(res.file, args.results)
        except ud.UncertaintyError as e:
            print(f"{PROG}: {e}", file=sys.stderr)
            return 1
        made = []
        for i, make in enumerate(charts_mod.ALL, 1):
            progress(args, f"chart {i} of {len(charts_mod.ALL)}" + (" (reading the events)" if i == 1 and res.has_events() else ""))
            made.append(make(res, t))
        return write_report(args, made, lambda charts, missing, files: build_html(res, t, charts, missing, files, charts_mod),
                            lambda charts, missing, pdf_path: pdf_with_matplotlib(res, t, charts, missing, pdf_path))


def progress(args, what: str):
    """One line on stderr per step of a report (the steps can take a while on a file with events)."""
    if not args.quiet:
        print(f"{PROG}: {what}", file=sys.stderr, flush=True)


def write_report(args, made: list, html_of, pdf_fallback) -> int:
    """Writes what a report consists of: every chart (``made``: charts.Chart or charts.Missing) as
    PNG and SVG under DIR/charts, ``html_of(charts, missing, files)`` as DIR/report.html, and the PDF
    printed by Chromium (else ``pdf_fallback(charts, missing, pdf_path)``). Everything is written into
    a temporary folder that becomes DIR (or whose files move into an existing DIR) when complete; a
    failure to write leaves nothing behind (analysis/output_folder.py) and returns 1."""
    import matplotlib.pyplot as plt

    import charts as charts_mod
    import output_folder

    charts = [c for c in made if not isinstance(c, charts_mod.Missing)]
    missing = [c for c in made if isinstance(c, charts_mod.Missing)]
    written = [os.path.join(args.out, "report.html")]
    try:
        with output_folder.OutputFolder(args.out, "--out") as out:
            chart_dir = os.path.join(out.path, "charts")
            os.mkdir(chart_dir)
            files = {}
            for c in charts:
                base = os.path.join(chart_dir, c.id)
                plt.rcParams["svg.hashsalt"] = f"regiosim-{c.id}"
                meta_svg = {"Creator": None, "Date": None, "Format": None, "Type": None}
                c.figure.savefig(base + ".png", dpi=150, metadata={"Software": None})
                c.figure.savefig(base + ".svg", metadata=meta_svg)
                files[c.id] = {"png": base + ".png", "svg": base + ".svg"}
            html_path = os.path.join(out.path, "report.html")
            progress(args, "writing the page and its tables")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(html_of(charts, missing, files))
            if not args.no_pdf:
                pdf_path = os.path.join(out.path, "report.pdf")
                progress(args, "printing the PDF")
                try:
                    pdf_with_chromium(html_path, pdf_path)
                except Exception as e:  # no Chromium, or it failed: the simpler PDF
                    print(f"{PROG}: Chromium could not print the page ({e}); writing a simpler PDF with matplotlib",
                          file=sys.stderr)
                    pdf_fallback(charts, missing, pdf_path)
                written.append(os.path.join(args.out, "report.pdf"))
    except OSError as e:
        print(f"{PROG}: writing {args.out} failed: {e.strerror or e}; nothing was written", file=sys.stderr)
        return 1
    finally:
        for c in charts:
            plt.close(c.figure)
    if not args.quiet:
        for path in written:
            print(path)
        print(f"{os.path.join(args.out, 'charts')}/ ({len(charts)} {'chart' if len(charts) == 1 else 'charts'} as PNG and SVG)")
        for m in missing:
            print(f"  {m.note}")
    return 0


# ---------------------------------------------------------------------------------------------
# Sweep files


def sweep_main(args, t) -> int:
    """The report on a sweep file (``regiosim sweep``)."""
    import regiosim_results as rr
    import sweep_charts
    import sweepdata

    try:
        data = sweepdata.SweepData.open(args.results)
    except (rr.RegiosimFileError, OSError, KeyError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    if not data.run_count or not data.factors:
        print(f"{PROG}: {args.results}: the sweep file holds no runs", file=sys.stderr)
        return 2
    made = sweep_charts.all_charts(data, t)
    paragraphs = [sweep_intro(data, t), sweep_uncertainty(data, t)] + sweep_charts.sensitivity_sentences(data, t)
    return write_report(args, made, lambda charts, missing, files: build_sweep_html(data, t, charts, missing, files),
                        lambda charts, missing, pdf_path: text_pages_pdf(t("sweep_report_title"), paragraphs, t, charts,
                                                                         missing, pdf_path))


def sweep_intro(data, t) -> str:
    design = t(f"sweep_design_{data.design}", trajectories=data.trajectories) \
        if f"sweep_design_{data.design}" in _i18n_keys() else ""
    intro = t("sweep_intro", name=data.name, file=data.file_name, runs=t.number(data.run_count, 0),
              points=t.number(data.point_count, 0), per_point=t.runs_count(data.replications))
    return f"{intro} {design}".strip()


def sweep_uncertainty(data, t) -> str:
    return t("sweep_uncertainty_single") if data.replications < 2 else t("sweep_uncertainty")


def _i18n_keys():
    import i18n

    return i18n._S


#: Sweeps with more points than this get no per-point table (the CSV export has them).
MAX_POINT_ROWS = 16


def factor_values_text(data, t, f) -> str:
    """The values or the range of a factor for the table of what was varied."""
    import sweep_charts

    declared = f.declared_range()
    if declared is not None and not f.categorical:
        return t("range_between", low=sweep_charts.factor_number(t, f, declared[0]),
                 high=sweep_charts.factor_number(t, f, declared[1]))
    return ", ".join(sweep_charts.factor_value_text(t, f, v, with_unit=False) for v in f.levels)


def build_sweep_html(data, t, charts: list, missing: list, chart_files: dict) -> str:
    import sweep_charts

    p = data.provenance
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{t.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(t('sweep_report_title'))} – {esc(data.file_name)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<header><h1>{esc(t('sweep_report_title'))}</h1>",
        f'<p class="sub">{esc(data.name)} · {esc(sweep_charts.design_name(t, data.design))}</p></header>',
        f"<p>{esc(sweep_intro(data, t))}</p>",
    ]
    if data.description:
        parts.append(f'<p class="note">{esc(data.description)}</p>')
    parts.append(f'<p class="uncertainty">{esc(sweep_uncertainty(data, t))}</p>')
    if t("glossary"):
        parts.append(f'<p class="note">{esc(t("glossary"))}</p>')
    parts.extend(findings_html(charts, missing, t))
    # What was varied.
    parts.append(f'<div class="keep"><h2 id="factors">{esc(t("section_factors"))}</h2>')
    parts.append(f'<p class="sub">{esc(t("factors_intro"))}</p><table>')
    parts.append(f"<tr><th>{esc(t('col_setting'))}</th><th>{esc(t('col_values'))}</th>"
                 f"<th>{esc(t('col_unit'))}</th><th>{esc(t('col_key'))}</th></tr>")
    for f in data.factors:
        unit = "" if f.categorical else t.factor_unit(f.unit)
        parts.append(f"<tr><td>{esc(t.factor_label(f.key))}</td><td>{esc(factor_values_text(data, t, f))}</td>"
                     f"<td>{esc(unit)}</td><td><code>{esc(f.key)}</code></td></tr>")
    parts.append("</table></div>")
    # Which factor matters most.
    if data.method is not None:
        parts.extend(sensitivity_html(data, t))
    parts.extend(points_html(data, t))
    # Charts.
    for i, c in enumerate(charts, 1):
        parts.append(f'<section class="chart" id="chart-{esc(c.id)}">')
        if i == 1:
            parts.append(f'<h2>{esc(t("section_charts"))}</h2>')
        parts.append(f"<figure><h3>{esc(t('figure_label', n=i))}. {esc(c.name)}</h3>")
        parts.append(svg_inline(chart_files[c.id]["svg"], c.title))
        parts.append("</figure></section>")
    parts.extend(missing_html(missing, t))
    # About the file.
    parts.append(f'<section class="colophon" id="about"><h2>{esc(t("section_about"))}</h2><dl class="about">')
    created = str(p.get("created_utc", "?")).replace("T", " ").replace("Z", " UTC")
    hosts = p.get("hosts", [])
    hosts = ", ".join(hosts) if isinstance(hosts, list) else str(hosts)
    for key, value in (("about_file", data.path), ("about_sweep", f"{data.name} "
                                                                 f"({sweep_charts.design_name(t, data.design)})"),
                       ("about_definition", data.sweep.attrs.get("definition_source", "?")),
                       ("about_identity", data.sweep.attrs.get("identity", "?")),
                       ("about_engine", f"regiosim {p.get('engine_version', '?')} ({p.get('engine_commit', '?')})"),
                       ("about_created", created), ("about_command", p.get("command_line", "?")),
                       ("about_seed", p.get("base_seed", "?")),
                       ("about_processes", t("processes", n=p.get("mpi_world_size", 1), hosts=hosts or "?"))):
        parts.append(f"<dt>{esc(t(key))}</dt><dd>{esc(value)}</dd>")
    parts.append(f"</dl><p class='note'>{esc(t('about_generated'))}</p></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def sensitivity_html(data, t) -> list[str]:
    """The plain sentences on which factor matters most, then the indices per KPI as tables."""
    import sweep_charts

    out = [f'<h2 id="sensitivity">{esc(t("section_sensitivity"))}</h2>',
           f'<p class="sub">{esc(t("sens_intro_sobol" if data.method == "sobol" else "sens_intro_morris"))}</p>',
           '<ul class="findings">']
    out.extend(f"<li>{esc(s)}</li>" for s in sweep_charts.sensitivity_sentences(data, t))
    out.append("</ul>")
    for kpi in data.kpis:
        rows = data.sensitivity(kpi)
        if rows is None:
            continue
        unit = data.kpi_unit(kpi)
        out.append(f'<div class="keep"><h3>{esc(t.kpi_label(kpi))}</h3><table>')
        if data.method == "sobol":
            out.append(f"<tr><th>{esc(t('col_setting'))}</th><th>{esc(t('col_total'))}</th>"
                       f"<th>{esc(t('col_first'))}</th></tr>")
            for _, r in rows.iterrows():
                cells = [t.interval(float(r[c]), float(r[c + "_low"]), float(r[c + "_high"]), "share")
                         for c in ("total", "first")]
                out.append(f"<tr><td>{esc(t.factor_label(r['factor']))}</td>" +
                           "".join(f'<td class="num">{esc(x)}</td>' for x in cells) + "</tr>")
        else:
            out.append(f"<tr><th>{esc(t('col_setting'))}</th><th>{esc(t('col_mu_star'))}</th>"
                       f"<th>{esc(t('col_mu'))}</th><th>{esc(t('col_sigma'))}</th></tr>")
            for _, r in rows.iterrows():
                cells = [t.value(float(r["mu_star"]), unit, difference=True),
                         t.value(float(r["mu"]), unit, sign=True, difference=True),
                         t.value(float(r["sigma"]), unit, difference=True)]
                out.append(f"<tr><td>{esc(t.factor_label(r['factor']))}</td>" +
                           "".join(f'<td class="num">{esc(x)}</td>' for x in cells) + "</tr>")
        out.append("</table></div>")
    return out


def points_html(data, t) -> list[str]:
    """Each point's factor values and the mean of each analysed KPI with its interval; for large
    sweeps a note that the CSV export has them."""
    import sweep_charts

    out = [f'<h2 id="points">{esc(t("section_points"))}</h2>']
    if data.point_count > MAX_POINT_ROWS:
        out.append(f'<p class="note">{esc(t("points_too_many", points=t.number(data.point_count, 0)))}</p>')
        return out
    out[0] = '<div class="keep">' + out[0]
    out.append(f'<p class="sub">{esc(t("points_intro_single") if data.replications < 2 else t("points_intro"))}</p>')
    head = [t("col_point")] + [t.factor_label(f.key) for f in data.factors] + [t.kpi_label(k) for k in data.kpis]
    out.append("<table class='compact'><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead><tbody>")
    estimates = {k: data.point_estimates(k) for k in data.kpis}
    for i, point in enumerate(data.points["point"]):
        cells = [f'<td class="num">{int(point)}</td>']
        for f in data.factors:
            x = data.factor_values(f.key)[i]
            cells.append(f"<td>{esc(sweep_charts.factor_value_text(t, f, x))}</td>")
        for k in data.kpis:
            e = estimates[k].iloc[i]
            # The mean with its interval on a second line, so that the table fits the page.
            cells.append(f'<td class="num">{_two_lines(t.interval(e["mean"], e["low"], e["high"], data.kpi_unit(k)))}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return out


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(1)
    except SystemExit:
        raise
    except BaseException as e:  # a bug or an unexpected file: say so, exit 1
        print(f"{PROG}: failed: {type(e).__name__}: {e}", file=sys.stderr)
        if os.environ.get("REGIOSIM_DEBUG"):
            traceback.print_exc()
        sys.exit(1)
