"""Renders `regiosim report` from a results file and checks what a council member would get.

usage: /usr/bin/python3 check_report.py REGIOSIM RESULTS.h5 WORKDIR --lang nl|en
                                        [--charts kpis,tiles,...] [--many]

Checks:
* the command exits 0 and writes report.html, report.pdf and every chart as PNG and SVG (charts
  named in --charts must be there; any other chart, such as employer trust that today's files lack,
  is either there or named in a one-line note in the report);
* every PDF page, turned into PNG with pdftoppm (poppler-utils), is not blank: fewer than 99 % of
  its pixels are white;
* every chart PNG is not blank;
* headless Chromium opens the HTML page with no console error, no failed request and no request
  outside the file (the page is self-contained), and a screenshot (1280 x 2000) is written and is
  not blank;
* the language: in English, no word of the Dutch vocabulary of analysis/i18n.py remains in the
  page (visible text and chart text) or in the PDF's text, apart from the tile names kept on
  purpose (i18n.KEEP_IN_ENGLISH); in Dutch, numbers use Dutch format (€ 1.234 and decimal commas)
  and the English-only title is absent;
* "geen aantoonbaar verschil" / "no demonstrable difference" appears wherever a shown difference
  has an interval that includes zero (the differences table carries a verdict per cell);
* in Chromium: every figure's chart has loaded with a size, and no text of the page (paragraphs,
  headings, list items, table cells) overlaps a chart's box;
* every tick label of every chart writes its tick's value (parsed back, it is the value, not a
  rounding of it), the labels of an axis differ, and neighbouring labels do not overlap;
* every number in the headline of the key-figure, survival and cost charts is a number of the
  report's tables (one fact, one number).
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ANALYSIS = os.path.join(HERE, "..", "..", "analysis")
sys.path.insert(0, ANALYSIS)

import chromium  # noqa: E402
import i18n  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

failures = []

# Chart id -> i18n key of its name (the note for a left-out chart starts with the name).
ALL_CHARTS = {"kpis": "chart_kpis", "tiles": "chart_tiles", "rungs": "chart_rungs", "flow": "chart_flow",
              "costs": "chart_costs", "survival": "chart_survival", "trust": "chart_trust", "yearly": "chart_yearly"}

# Charts whose headline numbers must be numbers of the tables.
HEADLINE_CHARTS = ("kpis", "survival", "costs")


def parse_tick(text: str, lang: str) -> float | None:
    """A tick label back to its number: '€ 1,5 mln' -> 1.5e6, '12,5%' -> 12.5, '-0,002' -> -0.002."""
    body = text.replace("\u2212", "-").replace("\u00a0", " ").replace("€", "").replace("%", "").strip()
    scale = 1.0
    for word in (" mln", "mln", " m"):
        if body.endswith(word):
            body, scale = body[: -len(word)].strip(), 1e6
    if lang == "nl":
        body = body.replace(".", "").replace(",", ".")
    else:
        body = body.replace(",", "")
    body = body.replace(" ", "")
    try:
        return float(body) * scale
    except ValueError:
        return None


def check_ticks(lang: str, results: str):
    """Draws every chart in this process and compares each tick label with its tick's value."""
    sys.path.insert(0, ANALYSIS)
    import charts as charts_mod
    import reportdata as rd

    t = i18n.Texts(lang)
    checked = 0
    with rd.Results.open(results) as res:
        res.lang = lang
        for make in charts_mod.ALL:
            c = make(res, t)
            if not isinstance(c, charts_mod.Chart):
                continue
            fig = c.figure
            fig.canvas.draw()
            renderer = fig.canvas.get_renderer()
            for ax in fig.axes:
                if not ax.get_visible():
                    continue
                for axis in (ax.xaxis, ax.yaxis):
                    lo, hi = sorted(axis.get_view_interval())
                    ticks = [(tk.get_loc(), tk.label1) for tk in axis.get_major_ticks()
                             if tk.label1.get_visible() and tk.label1.get_text() and lo - 1e-9 <= tk.get_loc() <= hi + 1e-9]
                    labels = [lab.get_text() for _, lab in ticks]
                    numeric = [(loc, parse_tick(text, lang), text) for (loc, _), text in zip(ticks, labels)]
                    numeric = [x for x in numeric if x[1] is not None]
                    if len(numeric) < 2:
                        continue  # category axes (scenario names, parts)
                    checked += 1
                    for loc, value, text in numeric:
                        check(abs(value - loc) <= 1e-6 * max(1.0, abs(loc)),
                              f"chart {c.id}: tick at {loc!r} is labelled {text!r}")
                    check(len(set(labels)) == len(labels), f"chart {c.id}: repeated tick labels {labels}")
                    # Neighbouring labels keep at least 2 pixels apart (touching labels read as one).
                    boxes = [lab.get_window_extent(renderer) for _, lab in ticks]
                    horizontal = axis is ax.xaxis
                    boxes.sort(key=lambda b: b.x0 if horizontal else b.y0)
                    for a, b in zip(boxes, boxes[1:]):
                        gap = b.x0 - a.x1 if horizontal else b.y0 - a.y1
                        check(gap >= 2, f"chart {c.id}: tick labels touch or overlap ({labels})")
            import matplotlib.pyplot as plt

            plt.close(fig)
    print(f"ticks: {checked} numeric axes checked")


NUMBER = re.compile(r"[+-]?(?:€\s?)?\d[\d.,]*\d(?:\s(?:mln|million|procentpunt|percentage points))?%?|[+-]?(?:€\s?)?\d%?")


def headline_numbers(title: str, labels: list[str]) -> list[str]:
    # Scenario names and labels are not numbers of the tables; only whole ones are taken out (a
    # scenario called '9' must not eat the 9 of '€983,000').
    for label in sorted(labels, key=len, reverse=True):
        title = re.sub(r"(?<![\w.,])" + re.escape(label) + r"(?![\w.,])", " ", title)
    return [m.group(0) for m in NUMBER.finditer(title)]


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message)


def white_share(path: str) -> float:
    """Share of pixels that are (nearly) white."""
    a = np.asarray(Image.open(path).convert("L"))
    return float((a >= 250).mean())


def words(text: str) -> set:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


def without_kept(text: str) -> str:
    for phrase in sorted(i18n.KEEP_IN_ENGLISH, key=len, reverse=True):
        text = text.replace(phrase, " ")
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("regiosim")
    ap.add_argument("results")
    ap.add_argument("work")
    ap.add_argument("--lang", default="nl")
    ap.add_argument("--charts", default="kpis,tiles,rungs,flow,costs,survival")
    ap.add_argument("--many", action="store_true", help="the file has many scenarios (compact forms)")
    args = ap.parse_args()
    t = i18n.Texts(args.lang)
    out = os.path.join(args.work, f"report-{args.lang}")
    shutil.rmtree(out, ignore_errors=True)

    run = subprocess.run([args.regiosim, "report", args.results, "--out", out, "--lang", args.lang],
                         capture_output=True, text=True, timeout=180)
    print(run.stdout, run.stderr, sep="\n")
    check(run.returncode == 0, f"regiosim report exited {run.returncode}")
    if run.returncode != 0:
        return 1
    check("Chromium could not print" not in run.stderr, "the PDF was not printed by Chromium")
    html_path = os.path.join(out, "report.html")
    pdf_path = os.path.join(out, "report.pdf")
    check(os.path.getsize(html_path) > 10_000, "report.html is (nearly) empty")
    check(os.path.getsize(pdf_path) > 10_000, "report.pdf is (nearly) empty")

    # Charts as PNG and SVG.
    required = [c for c in args.charts.split(",") if c]
    present = [c for c in ALL_CHARTS if os.path.exists(os.path.join(out, "charts", c + ".png"))]
    missing = [c for c in ALL_CHARTS if c not in present]
    for c in required:
        check(c in present, f"chart {c} is missing")
    for c in present:
        png, svg = os.path.join(out, "charts", c + ".png"), os.path.join(out, "charts", c + ".svg")
        check(os.path.exists(svg), f"chart {c}: SVG missing")
        check(white_share(png) < 0.99, f"chart {c}: PNG is blank")

    # PDF pages -> PNG -> not blank.
    pages_dir = os.path.join(out, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "40", "-png", pdf_path, os.path.join(pages_dir, "page")], check=True)
    pages = sorted(glob.glob(os.path.join(pages_dir, "page*.png")))
    check(len(pages) >= 3, f"the PDF has only {len(pages)} pages")
    for p in pages:
        share = white_share(p)
        check(share < 0.99, f"{os.path.basename(p)}: {100 * share:.1f}% white, blank page")
    print(f"{len(pages)} PDF pages, white shares:", [round(white_share(p), 3) for p in pages])
    pdf_text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], capture_output=True, text=True,
                              check=True).stdout

    # The page in headless Chromium.
    shot = os.path.join(out, "screenshot.png")
    with chromium.Browser() as browser:
        page = browser.open("file://" + os.path.abspath(html_path), width=1280, height=2000)
        page.screenshot(shot)
        text = page.evaluate(
            "document.title + '\\n' + document.body.innerText + '\\n' + "
            "Array.from(document.querySelectorAll('svg text')).map(e => e.textContent).join('\\n')")
        n_svg = page.evaluate("document.querySelectorAll('figure svg').length")
        page_tables = page.evaluate("Array.from(document.querySelectorAll('table')).map(t => t.innerText).join('\\n')")
        lang = page.evaluate("document.documentElement.lang")
        boxes = page.evaluate("""JSON.stringify((() => {
            const r = e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
            const figs = Array.from(document.querySelectorAll('figure svg')).map(e => ({id: e.closest('section').id, box: r(e)}));
            const texts = Array.from(document.querySelectorAll('p, h1, h2, h3, li, td, th, dt, dd'))
                .filter(e => !e.closest('figure')).map(e => ({tag: e.tagName, text: e.innerText.slice(0, 60), box: r(e)}));
            return {figs, texts};
        })())""")
    check(not page.console_errors, f"console errors: {page.console_errors}")
    check(not page.failed_requests, f"failed requests: {page.failed_requests}")
    check(not page.external_requests, f"requests outside the file: {page.external_requests}")
    check(os.path.exists(shot) and white_share(shot) < 0.99, "screenshot missing or blank")
    check(n_svg == len(present), f"{n_svg} charts in the page, expected {len(present)}")
    check(lang == args.lang, f"<html lang> is {lang!r}")
    with open(html_path, encoding="utf-8") as f:
        raw = f.read()
    check(not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", raw), "the HTML links to an external URL")
    check("<script" not in raw, "the HTML has a script")

    # Every figure loaded, and no text overlaps a chart.
    import json

    boxes = json.loads(boxes)
    for fg in boxes["figs"]:
        x0, y0, x1, y1 = fg["box"]
        check(x1 - x0 > 200 and y1 - y0 > 100, f"figure {fg['id']} did not load (box {fg['box']})")
        for tx in boxes["texts"]:
            a0, b0, a1, b1 = tx["box"]
            if a1 - a0 <= 0 or b1 - b0 <= 0:
                continue
            inside = min(x1, a1) - max(x0, a0) > 1 and min(y1, b1) - max(y0, b0) > 1
            check(not inside, f"text {tx['tag']} '{tx['text']}' overlaps figure {fg['id']}")

    # Headlines: every number is a number of the tables.
    tables = page_tables
    sys.path.insert(0, ANALYSIS)
    import reportdata as rd

    with rd.Results.open(args.results) as res:
        res.lang = args.lang
        labels = [res.label(n) for n in res.names] + list(res.names)
    titles = dict(re.findall(r'<section class="chart" id="chart-([a-z]+)">.*?aria-label="([^"]*)"', raw, flags=re.S))
    for cid in HEADLINE_CHARTS:
        if cid not in titles:
            continue
        title = titles[cid].replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
        for number in headline_numbers(title, labels):
            check(number in tables, f"chart {cid}: the headline's number {number!r} is not in the tables ({title})")
    check_ticks(args.lang, args.results)

    # The flow chart from weekly figures states the balance of the people in view; it must add up as
    # printed and agree with the file's own stock (everyone not exited) within rounding.
    balance = re.search(r"(?:Balans per jaar|Balance per year): [a-z ]+ ([\d.,]+) − [a-z ]+ ([\d.,]+) − [a-z]+ "
                        r"([\d.,]+) = ([+\-−]?[\d.,]+)", raw)
    if balance:
        to_int = lambda x: int(x.replace(".", "").replace(",", "").replace("−", "-"))  # noqa: E731
        inflow, other, pension, growth = (to_int(g) for g in balance.groups())
        check(inflow - other - pension == growth, f"the flow chart's balance does not add up: {balance.group(0)}")
        import h5py
        with h5py.File(args.results, "r") as f:
            names = list(f["scenarios"])
            stock = f["scenarios"][names[0]]["timeseries"]["employment"][()].sum(axis=2)
        measured = 52.0 * float((stock[:, -1] - stock[:, 0]).mean()) / (stock.shape[1] - 1)
        check(abs(growth - measured) <= 2, f"the balance's growth {growth} is not the file's {measured:.1f} a year")
        print(f"flow balance: {inflow} - {other} - {pension} = {growth} a year (file: {measured:.1f})")

    # Charts left out are named in a note.
    for c in missing:
        check(f"{t(ALL_CHARTS[c])}: " in text, f"no note for the missing chart {c}")

    # Language.
    if args.lang == "en":
        for source, body in (("page", text), ("PDF", pdf_text)):
            dutch = sorted(words(without_kept(body)) & i18n.dutch_vocabulary())
            check(not dutch, f"Dutch words left in the English {source}: {dutch}")
        check(re.search(r"€\s\d", text) is None, "Dutch euro format (€ 1.234) in the English page")
        check(re.search(r"€\d{1,3}(,\d{3})+", text) is not None, "no English euro amount (€1,234)")
        check("Simulation results" in text, "English title missing")
    else:
        check(re.search(r"€\s\d{1,3}(\.\d{3})+", text) is not None, "no Dutch euro amount (€ 1.234)")
        check(re.search(r"\d,\d", text) is not None, "no Dutch decimal comma")
        check("Resultaten van de simulatie" in text, "Dutch title missing")
        check("Simulation results" not in text, "English title in the Dutch report")
    check(t("uncertainty")[:40] in text, "the one-sentence explanation of intervals is missing")

    # Differences whose interval includes zero are called so.
    if "verdict none" in raw:
        check(t("verdict_none") in text, f"'{t('verdict_none')}' missing although an interval includes zero")
    if args.many:
        check(t("many_scenarios", n=0).split("0")[0][:15] in text, "no note on the compact many-scenario forms")

    print(f"checked {out}: {len(pages)} pages, charts {present}, left out {missing}, screenshot {shot}")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
