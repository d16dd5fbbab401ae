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
and for saltelli and morris designs which factor matters most. Exit codes: 0 ok, 1 runtime failure, 2 bad input (a missing or unreadable
results file, bad options).
"""

from __future__ import annotations

import argparse
import html
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
@media print { body { margin: 0; max-width: none; padding: 0; } #chart-kpis { break-before: page; } }
"""


def esc(text) -> str:
    return html.escape(str(text), quote=True)


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


def kpi_tables(res, t, charts_mod) -> list[str]:
    """The key figures and the differences with the baseline as HTML tables."""
    out = []
    kpis = res.kpi_names()
    if not kpis:
        return out
    weeks = res.weeks()
    out.append('<div class="keep">')
    out.append(f'<h2 id="kpis">{esc(t("section_kpis"))}</h2>')
    out.append(f'<p class="sub">{esc(t("kpis_intro", weeks=weeks) if weeks else t("kpis_intro_noweeks"))}</p>')
    if res.many:
        # Compact: one row per scenario, the main KPIs as columns.
        main = charts_mod.main_kpis(res)

        def header(difference):
            cells = []
            for k in main:
                unit = t.unit(res.kpi_unit(k), difference=difference) if res.kpi_unit(k) in ("weeks", "share") else ""
                cells.append(f"<th{_described(res, k)}>{esc(t.kpi_label(k))}" +
                             (f" ({esc(unit)})" if unit and unit != "%" else "") + "</th>")
            return "".join(cells)

        head = header(False)
        rows = []
        for s in res.names:
            cells = []
            for k in main:
                e = res.kpi_estimate(s, k)
                cells.append(f'<td class="num">{_two_lines(t.interval(e.mean, e.low, e.high, res.kpi_unit(k), bare=True))}</td>')
            rows.append(f"<tr><th>{esc(s)}</th>{''.join(cells)}</tr>")
        out.append(f"<table class='compact'><tr><th>{esc(t('col_scenario'))}</th>{head}</tr>{''.join(rows)}</table></div>")
        if res.variants:
            out.append('<div class="keep">')
            out.append(f'<h2 id="differences">{esc(t("section_differences", baseline=res.baseline))}</h2>')
            out.append(f'<p class="sub">{esc(t("differences_intro", baseline=res.baseline, runs=res.replications()))}</p>')
            rows = []
            for v in res.variants:
                cells = []
                for k in main:
                    e = res.kpi_difference(v, k)
                    cells.append(_diff_cell(t, e, res.kpi_unit(k), bare=True))
                rows.append(f"<tr><th>{esc(v)}</th>{''.join(cells)}</tr>")
            out.append(f"<table class='compact'><tr><th>{esc(t('col_scenario'))}</th>{header(True)}</tr>"
                       f"{''.join(rows)}</table></div>")
        return out
    for i, chunk in enumerate(_chunks(res.names, 4)):
        if i:
            out.append('<div class="keep">')
        head = "".join(f"<th>{esc(s)}</th>" for s in chunk)
        rows = []
        for k in kpis:
            unit = res.kpi_unit(k)
            cells = []
            for s in chunk:
                e = res.kpi_estimate(s, k)
                text = t.interval(e.mean, e.low, e.high, unit) if e is not None else t("not_available")
                cells.append(f'<td class="num">{esc(text)}</td>')
            rows.append(f"<tr><th{_described(res, k)}>{esc(t.kpi_label(k))}</th>{''.join(cells)}</tr>")
        out.append(f"<table><tr><th>{esc(t('col_indicator'))}</th>{head}</tr>{''.join(rows)}</table></div>")
    if res.variants:
        out.append('<div class="keep">')
        out.append(f'<h2 id="differences">{esc(t("section_differences", baseline=res.baseline))}</h2>')
        out.append(f'<p class="sub">{esc(t("differences_intro", baseline=res.baseline, runs=res.replications()))}</p>')
        for i, chunk in enumerate(_chunks(res.variants, 4)):
            if i:
                out.append('<div class="keep">')
            head = "".join(f"<th>{esc(v)}</th>" for v in chunk)
            rows = []
            for k in kpis:
                cells = "".join(_diff_cell(t, res.kpi_difference(v, k), res.kpi_unit(k)) for v in chunk)
                rows.append(f"<tr><th{_described(res, k)}>{esc(t.kpi_label(k))}</th>{cells}</tr>")
            out.append(f"<table><tr><th>{esc(t('col_indicator'))}</th>{head}</tr>{''.join(rows)}</table></div>")
    return out


def _two_lines(text: str) -> str:
    """``mean (low to high)`` as the mean with the interval on a smaller second line."""
    mean, sep, rest = text.partition(" (")
    return esc(mean) + (f'<span class="ci">({esc(rest)}</span>' if sep else "")


def _described(res, kpi) -> str:
    """A tooltip with the file's own description of a KPI (as the simulator wrote it)."""
    d = res.kpi(res.baseline).attrs.get("descriptions", {}).get(kpi, "")
    return f' title="{esc(d)}"' if d else ""


def _diff_cell(t, e, unit, bare: bool = False) -> str:
    if e is None or e.n == 0:
        return f'<td class="num">{esc(t("not_available"))}</td>'
    verdict = e.verdict
    word = {"higher": t("verdict_higher"), "lower": t("verdict_lower"), "none": t("verdict_none"),
            "few": t("verdict_few")}[verdict]
    text = t.interval(e.mean, e.low, e.high, unit, difference=True, bare=bare)
    if bare:
        return f'<td class="num">{_two_lines(text)}<span class="verdict {verdict}">{esc(word)}</span></td>'
    return f'<td class="num">{esc(text)}<span class="verdict {verdict}">{esc(word)}</span></td>'


def _chunks(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)] or [[]]



def findings_html(charts, missing, t):
    """The findings (every chart's title, linked) and the charts left out for lack of data."""
    parts = [f'<h2 id="findings">{esc(t("section_findings"))}</h2><ul class="findings">']
    for i, c in enumerate(charts, 1):
        parts.append(f'<li><a href="#chart-{esc(c.id)}">{esc(t("figure_label", n=i))}</a>: {esc(c.title)}</li>')
    parts.append("</ul>")
    if missing:
        parts.append(f'<h2 id="missing">{esc(t("section_missing"))}</h2><ul>')
        parts.extend(f"<li>{esc(m.note)}</li>" for m in missing)
        parts.append("</ul>")
    return parts

def build_html(res, t, charts: list, missing: list, chart_files: dict, charts_mod) -> str:
    p = res.provenance
    runs = res.replications()
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{t.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(t('report_title'))} – {esc(res.file_name)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<header><h1>{esc(t('report_title'))}</h1>",
        f'<p class="sub">regiosim {esc(p.get("engine_version", "?"))} · {esc(res.file_name)} · '
        f'{esc(", ".join(res.names[:6]) + (" …" if len(res.names) > 6 else ""))}</p></header>',
        f"<p>{esc(t('report_intro', file=res.file_name, runs=runs))}</p>",
        f'<p class="uncertainty">{esc(t("uncertainty"))}</p>',
    ]
    if t("glossary"):
        parts.append(f'<p class="note">{esc(t("glossary"))}</p>')
    if not res.baseline_declared and res.baseline:
        parts.append(f'<p class="note">{esc(t("no_baseline", name=res.baseline))}</p>')
    if res.many:
        parts.append(f'<p class="note">{esc(t("many_scenarios", n=len(res.names)))}</p>')
    parts.extend(findings_html(charts, missing, t))
    # Scenarios and file.
    parts.append(f'<h2 id="scenarios">{esc(t("section_scenarios"))}</h2><table>')
    parts.append(f"<tr><th>{esc(t('col_scenario'))}</th><th>{esc(t('col_role'))}</th>"
                 f"<th>{esc(t('col_runs'))}</th><th>{esc(t('col_description'))}</th></tr>")
    for s in res.scenarios:
        role = t("role_baseline") if s.name == res.baseline else t("role_variant")
        parts.append(f"<tr><td>{esc(s.name)}</td><td>{esc(role)}</td><td class='num'>{s.replications}</td>"
                     f"<td>{esc(s.description)}</td></tr>")
    parts.append("</table>")
    # The section about the file and its closing note stay together on one page.
    parts.append(f'<div class="keep"><h2 id="about">{esc(t("section_about"))}</h2><dl class="about">')
    created = str(p.get("created_utc", "?")).replace("T", " ").replace("Z", " UTC")
    for key, value in (("about_file", res.path), ("about_engine", f"regiosim {p.get('engine_version', '?')} "
                                                                   f"({p.get('engine_commit', '?')})"),
                       ("about_created", created), ("about_command", p.get("command_line", "?")),
                       ("about_seed", p.get("base_seed", "?"))):
        parts.append(f"<dt>{esc(t(key))}</dt><dd>{esc(value)}</dd>")
    parts.append(f"</dl><p class='note'>{esc(t('about_generated'))}</p></div>")
    parts.extend(kpi_tables(res, t, charts_mod))
    # Charts.
    for i, c in enumerate(charts, 1):
        parts.append(f'<section class="chart" id="chart-{esc(c.id)}">')
        if i == 1:
            parts.append(f'<h2>{esc(t("section_charts"))}</h2>')
        parts.append(f"<figure><h3>{esc(t('figure_label', n=i))}. {esc(c.name)}</h3>")
        parts.append(svg_inline(chart_files[c.id]["svg"], c.title))
        parts.append("</figure></section>")  # the SVG carries the finding, subtitle and source as text
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
    text_pages_pdf(t("report_title"), [t("report_intro", file=res.file_name, runs=res.replications()),
                                       t("uncertainty")], t, charts, missing, pdf_path)


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
        description="Write a short report (HTML, PDF) and every chart (PNG, SVG) from a regiosim results "
                    "file or sweep file. Dutch by default; --lang en for English.",
    )
    ap.add_argument("results", metavar="RESULTS.h5", help="results file written by regiosim run, or sweep file "
                                                          "written by regiosim sweep")
    ap.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
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

    t = i18n.Texts(args.lang)
    try:
        sweep = os.path.exists(args.results) and rr.is_sweep(args.results)
    except (rr.RegiosimFileError, OSError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    if sweep:
        return sweep_main(args, t)
    try:
        res = rd.Results.open(args.results)
    except (rr.RegiosimFileError, OSError, KeyError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    with res:
        if not res.names:
            print(f"{PROG}: {args.results}: the file holds no scenarios", file=sys.stderr)
            return 2
        made = [make(res, t) for make in charts_mod.ALL]
        return write_report(args, made, lambda charts, missing, files: build_html(res, t, charts, missing, files, charts_mod),
                            lambda charts, missing, pdf_path: pdf_with_matplotlib(res, t, charts, missing, pdf_path))


def write_report(args, made: list, html_of, pdf_fallback) -> int:
    """Writes what a report consists of: every chart (``made``: charts.Chart or charts.Missing) as
    PNG and SVG under DIR/charts, ``html_of(charts, missing, files)`` as DIR/report.html, and the PDF
    printed by Chromium (else ``pdf_fallback(charts, missing, pdf_path)``)."""
    import matplotlib.pyplot as plt

    import charts as charts_mod

    chart_dir = os.path.join(args.out, "charts")
    try:
        os.makedirs(chart_dir, exist_ok=True)
    except OSError as e:
        print(f"{PROG}: cannot create {chart_dir}: {e}", file=sys.stderr)
        return 1
    charts, missing, files = [], [], {}
    for c in made:
        if isinstance(c, charts_mod.Missing):
            missing.append(c)
            continue
        charts.append(c)
        base = os.path.join(chart_dir, c.id)
        plt.rcParams["svg.hashsalt"] = f"regiosim-{c.id}"
        meta_svg = {"Creator": None, "Date": None, "Format": None, "Type": None}
        c.figure.savefig(base + ".png", dpi=150, metadata={"Software": None})
        c.figure.savefig(base + ".svg", metadata=meta_svg)
        files[c.id] = {"png": base + ".png", "svg": base + ".svg"}
    html_path = os.path.join(args.out, "report.html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(html_of(charts, missing, files))
    written = [html_path]
    if not args.no_pdf:
        pdf_path = os.path.join(args.out, "report.pdf")
        try:
            pdf_with_chromium(html_path, pdf_path)
        except Exception as e:  # no Chromium, or it failed: the simpler PDF
            print(f"{PROG}: Chromium could not print the page ({e}); writing a simpler PDF with matplotlib",
                  file=sys.stderr)
            pdf_fallback(charts, missing, pdf_path)
        written.append(pdf_path)
    for c in charts:
        plt.close(c.figure)
    if not args.quiet:
        for path in written:
            print(path)
        print(f"{chart_dir}/ ({len(charts)} charts as PNG and SVG)")
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
        f'<p class="sub">regiosim {esc(p.get("engine_version", "?"))} · {esc(data.file_name)} · '
        f'{esc(data.name)} · {esc(sweep_charts.design_name(t, data.design))}</p></header>',
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
    # About the file.
    parts.append(f'<div class="keep"><h2 id="about">{esc(t("section_about"))}</h2><dl class="about">')
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
    parts.append(f"</dl><p class='note'>{esc(t('about_generated'))}</p></div>")
    parts.extend(points_html(data, t))
    # Charts.
    for i, c in enumerate(charts, 1):
        parts.append(f'<section class="chart" id="chart-{esc(c.id)}">')
        if i == 1:
            parts.append(f'<h2>{esc(t("section_charts"))}</h2>')
        parts.append(f"<figure><h3>{esc(t('figure_label', n=i))}. {esc(c.name)}</h3>")
        parts.append(svg_inline(chart_files[c.id]["svg"], c.title))
        parts.append("</figure></section>")
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
    out.append("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>")
    estimates = {k: data.point_estimates(k) for k in data.kpis}
    for i, point in enumerate(data.points["point"]):
        cells = [f'<td class="num">{int(point)}</td>']
        for f in data.factors:
            x = data.factor_values(f.key)[i]
            cells.append(f"<td>{esc(sweep_charts.factor_value_text(t, f, x))}</td>")
        for k in data.kpis:
            e = estimates[k].iloc[i]
            cells.append(f'<td class="num">{esc(t.interval(e["mean"], e["low"], e["high"], data.kpi_unit(k)))}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table></div>")
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
