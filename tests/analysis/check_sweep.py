"""Runs `regiosim sweep` on a sweep definition, then `regiosim report` and `regiosim export` on the
sweep file, and checks what a reader would get.

usage: /usr/bin/python3 check_sweep.py REGIOSIM SWEEP.toml WORKDIR [--langs nl,en]

Checks:
* the sweep file: analysis/regiosim_results.py recognises it (is_sweep), refuses it as a results file
  with a message that says it is a sweep file, and reads P x R runs;
* the report, per language: exits 0 and writes report.html, report.pdf (printed by Chromium) and
  every chart as PNG and SVG: one chart per analysed KPI, and the ranking chart exactly for the
  saltelli and morris designs (otherwise a one-line note names it); no chart and no PDF page is
  blank; the PDF has at least two pages and carries every figure heading; the page opens in
  headless Chromium with no console error and no request outside the file, with one SVG per chart;
* what the page says: the name of every factor (i18n label), the design, the sentence on
  uncertainty, and for saltelli and morris, for every analysed KPI, the factor the file's
  sensitivity table ranks first (largest total index or mu*) named first in that KPI's sentence;
  in English no Dutch word of analysis/i18n.py is left (page and PDF), in Dutch no English title;
* the CSV export: runs.csv has P x R rows, points.csv P, factors.csv F, sensitivity.csv as many as
  the file's table, point_summary.csv P x K, a time series in long format with runs x weeks x
  columns rows; with --dutch-excel semicolons and Dutch headers.
"""

import argparse
import csv
import glob
import os
import shutil
import subprocess
import sys

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ANALYSIS = os.path.join(HERE, "..", "..", "analysis")
sys.path.insert(0, ANALYSIS)
sys.path.insert(0, HERE)

import chromium  # noqa: E402
import i18n  # noqa: E402
import regiosim_results as rr  # noqa: E402
from check_report import white_share, without_kept, words  # noqa: E402

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message)


def strings(values):
    return [v.decode() if isinstance(v, bytes) else str(v) for v in np.atleast_1d(values)]


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    return rows[0], rows[1:]


def facts(path):
    """What the test expects, read with h5py directly (not through the analysis package)."""
    with h5py.File(path, "r") as f:
        g = f["sweep"]
        out = {
            "design": g.attrs["design"] if isinstance(g.attrs["design"], str) else g.attrs["design"].decode(),
            "points": int(g.attrs["points"]),
            "replications": int(g.attrs["replications"]),
            "kpis": strings(g.attrs["kpis_analysed"]),
            "factors": strings(g["factors"]["key"]),
            "runs": int(g["runs"].shape[0]),
            "kpi_columns": len(strings(g["runs"].attrs["kpi_units"])),
            "series": {name: ds.shape for name, ds in g["timeseries"].items()} if "timeseries" in g else {},
        }
        s = g["sensitivity"][()]
        out["sensitivity_rows"] = len(s)
        top = {}
        for kpi in out["kpis"]:
            rows = [r for r in s if r["kpi"].decode() == kpi]
            if rows:
                score = "total" if rows[0]["method"].decode() == "sobol" else "mu_star"
                top[kpi] = max(rows, key=lambda r: r[score])["factor"].decode()
        out["top"] = top
    return out


def check_report(regiosim, sweep_file, work, lang, fx):
    t = i18n.Texts(lang)
    out = os.path.join(work, f"report-{lang}")
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([regiosim, "report", sweep_file, "--out", out, "--lang", lang], capture_output=True, text=True,
                         timeout=240)
    print(run.stdout, run.stderr, sep="\n")
    check(run.returncode == 0, f"regiosim report --lang {lang} exited {run.returncode}")
    if run.returncode != 0:
        return
    check("Chromium could not print" not in run.stderr, "the PDF was not printed by Chromium")
    html_path, pdf_path = os.path.join(out, "report.html"), os.path.join(out, "report.pdf")
    check(os.path.getsize(html_path) > 10_000, "report.html is (nearly) empty")
    check(os.path.getsize(pdf_path) > 10_000, "report.pdf is (nearly) empty")

    # Charts: one per analysed KPI, the ranking exactly for saltelli and morris.
    sensitivity = fx["design"] in ("saltelli", "morris")
    expected = ["kpi_" + k for k in fx["kpis"]] + (["sensitivity"] if sensitivity else [])
    present = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(out, "charts", "*.png")))
    check(sorted(expected) == present, f"charts {present}, expected {sorted(expected)}")
    for c in present:
        check(os.path.exists(os.path.join(out, "charts", c + ".svg")), f"chart {c}: SVG missing")
        check(white_share(os.path.join(out, "charts", c + ".png")) < 0.99, f"chart {c}: PNG is blank")

    # PDF: pages not blank, every figure heading printed.
    pages_dir = os.path.join(out, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "40", "-png", pdf_path, os.path.join(pages_dir, "page")], check=True)
    pages = sorted(glob.glob(os.path.join(pages_dir, "page*.png")))
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True, check=True).stdout
    n_pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    check(n_pages == len(pages) and n_pages >= 2, f"the PDF has {n_pages} pages ({len(pages)} rendered)")
    for p in pages:
        check(white_share(p) < 0.99, f"{os.path.basename(p)}: blank page")
    pdf_text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], capture_output=True, text=True,
                              check=True).stdout
    flat_pdf = " ".join(pdf_text.split())
    for i, kpi in enumerate(fx["kpis"], 1):
        heading = f"{t('figure_label', n=i)}. {t('chart_sweep_kpi', kpi=t.kpi_label(kpi))}"
        check(heading in flat_pdf, f"the PDF lacks the heading {heading!r}")

    # The page in headless Chromium.
    shot = os.path.join(out, "screenshot.png")
    with chromium.Browser() as browser:
        page = browser.open("file://" + os.path.abspath(html_path), width=1280, height=2000)
        page.screenshot(shot)
        text = page.evaluate(
            "document.title + '\\n' + document.body.innerText + '\\n' + "
            "Array.from(document.querySelectorAll('svg text')).map(e => e.textContent).join('\\n')")
        n_svg = page.evaluate("document.querySelectorAll('figure svg').length")
        html_lang = page.evaluate("document.documentElement.lang")
    check(not page.console_errors, f"console errors: {page.console_errors}")
    check(not page.failed_requests, f"failed requests: {page.failed_requests}")
    check(not page.external_requests, f"requests outside the file: {page.external_requests}")
    check(white_share(shot) < 0.99, "screenshot blank")
    check(n_svg == len(present), f"{n_svg} charts in the page, expected {len(present)}")
    check(html_lang == lang, f"<html lang> is {html_lang!r}")
    with open(html_path, encoding="utf-8") as f:
        check("<script" not in f.read(), "the HTML has a script")

    # What the page says.
    flat = " ".join(text.split())
    check(t("sweep_report_title") in flat, "title missing")
    for key in fx["factors"]:
        check(t.factor_label(key) in flat, f"factor {key} ({t.factor_label(key)!r}) not named")
    check(t(f"design_{fx['design']}") in flat, "design not named")
    uncertainty = t("sweep_uncertainty_single" if fx["replications"] < 2 else "sweep_uncertainty")
    check(uncertainty[:40] in flat, "the sentence on uncertainty is missing")
    if sensitivity:
        for kpi, factor in fx["top"].items():
            noun = t.kpi_noun(kpi)
            lead = f"{noun[:1].upper() + noun[1:]}: ‘{t.factor_label(factor)}’"
            check(lead in flat, f"{kpi}: the sentence does not name the top-ranked factor first ({lead!r})")
        check(t("sens_intro_sobol" if fx["design"] == "saltelli" else "sens_intro_morris")[:30] in flat,
              "what the indices mean is not explained")
    else:
        name = t("chart_sensitivity")
        check(t("sens_not_applicable", chart=name, design=fx["design"]) in flat, "no note on the missing ranking")
    if lang == "en":
        for source, body in (("page", text), ("PDF", pdf_text)):
            dutch = sorted(words(without_kept(body)) & i18n.dutch_vocabulary())
            check(not dutch, f"Dutch words left in the English {source}: {dutch}")
    else:
        check("Results of the parameter sweep" not in flat, "English title in the Dutch report")
    print(f"report {lang}: {n_pages} PDF pages, charts {present}")


def check_export(regiosim, sweep_file, work, fx):
    out = os.path.join(work, "csv")
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([regiosim, "export", sweep_file, "--csv", out], capture_output=True, text=True, timeout=120)
    check(run.returncode == 0, f"regiosim export exited {run.returncode}: {run.stderr}")
    if run.returncode != 0:
        return
    P, R, F = fx["points"], fx["replications"], len(fx["factors"])
    head, rows = read_csv(os.path.join(out, "runs.csv"))
    check(len(rows) == P * R, f"runs.csv has {len(rows)} rows, expected {P} x {R}")
    check(head[:4 + F] == ["point", "replication", "seed", "weeks_completed"] + fx["factors"], f"runs.csv columns {head}")
    check(len(head) == 4 + F + fx["kpi_columns"], "runs.csv lacks KPI columns")
    head, rows = read_csv(os.path.join(out, "points.csv"))
    check(len(rows) == P, f"points.csv has {len(rows)} rows, expected {P}")
    check(head[:2] == ["point", "content_hash"] and all(k in head and k + ":numeric" in head for k in fx["factors"]),
          f"points.csv columns {head}")
    head, rows = read_csv(os.path.join(out, "factors.csv"))
    check(head == ["key", "type", "unit", "source", "range"] and [r[0] for r in rows] == fx["factors"],
          f"factors.csv: {head} {[r[0] for r in rows]}")
    head, rows = read_csv(os.path.join(out, "sensitivity.csv"))
    check(head[:3] == ["method", "kpi", "factor"] and len(rows) == fx["sensitivity_rows"],
          f"sensitivity.csv: {len(rows)} rows, expected {fx['sensitivity_rows']}")
    head, rows = read_csv(os.path.join(out, "point_summary.csv"))
    check(head == ["point", "kpi", "unit", "n", "mean", "ci_low", "ci_high"] and len(rows) == P * fx["kpi_columns"],
          f"point_summary.csv: {len(rows)} rows")
    for name, shape in fx["series"].items():
        head, rows = read_csv(os.path.join(out, f"timeseries_{name}.csv"))
        check(head == ["point", "replication", "week", "column", "value"], f"timeseries_{name}.csv columns {head}")
        check(len(rows) == shape[0] * shape[1] * shape[2], f"timeseries_{name}.csv has {len(rows)} rows, "
                                                             f"expected {shape[0]} x {shape[1]} x {shape[2]}")
    out_nl = os.path.join(work, "csv-nl")
    shutil.rmtree(out_nl, ignore_errors=True)
    subprocess.run([regiosim, "export", sweep_file, "--csv", out_nl, "--dutch-excel", "--quiet"], check=True)
    head, rows = read_csv(os.path.join(out_nl, "runs.csv"), delimiter=";")
    check(head[:2] == ["punt", "herhaling"] and len(rows) == P * R, "runs.csv with --dutch-excel (Dutch headers)")
    print(f"export: {sorted(os.listdir(out))}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("regiosim")
    ap.add_argument("sweep_toml")
    ap.add_argument("work")
    ap.add_argument("--langs", default="nl,en")
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    sweep_file = os.path.join(args.work, "sweep.h5")
    run = subprocess.run([args.regiosim, "sweep", "--force", args.sweep_toml, "--out", sweep_file, "--quiet"], capture_output=True,
                         text=True, timeout=300)
    check(run.returncode == 0, f"regiosim sweep exited {run.returncode}: {run.stderr}")
    if run.returncode != 0:
        return 1
    fx = facts(sweep_file)
    print(f"{args.sweep_toml}: {fx['design']}, {fx['points']} points x {fx['replications']} replications, "
          f"factors {fx['factors']}, top-ranked {fx['top']}")

    # The reader.
    check(rr.is_sweep(sweep_file), "is_sweep is False for a sweep file")
    try:
        rr.open_results(sweep_file).close()
        check(False, "open_results accepted a sweep file")
    except rr.RegiosimFileError as e:
        check("sweep file" in str(e) and "sweep.h5" in str(e), f"refusal does not say what the file is: {e}")
    sw = rr.read_sweep(sweep_file)
    check(len(sw.runs) == fx["points"] * fx["replications"] == fx["runs"], f"read_sweep: {len(sw.runs)} runs")
    check(sw.factor_keys == fx["factors"] and sw.design == fx["design"], "read_sweep: factors or design")

    for lang in [x for x in args.langs.split(",") if x]:
        check_report(args.regiosim, sweep_file, args.work, lang, fx)
    check_export(args.regiosim, sweep_file, args.work, fx)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("sweep report and export: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
