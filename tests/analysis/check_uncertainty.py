"""The report of an uncertainty run (`regiosim run --uncertainty N`) shows the statistics of `regiosim
summary --json`, in Dutch and English, in the page and the PDF; a plain results file gets none of it.

usage: /usr/bin/python3 check_uncertainty.py REGIOSIM UNCERTAINTY.h5 PLAIN.h5 WORKDIR

Checks, per language:
* the section "Hoe zeker bij andere aannames" (id="assumptions") has a table per scenario of the
  summary, a row per KPI of it, and each cell is the summary's number in the report's format: the
  central value, the interval over draws, the interval over replications, and the sign share "X van
  de Y" with X = same_sign and Y = draws_used;
* the conclusion says, per variant, in how many sets of assumptions its main effect points the
  same way: X and Y are same_sign and draws_used of one of the headline KPIs, and the phrase is that
  KPI's; with fewer than 100 draws it says the driving assumptions cannot be told yet;
* the paragraph on reading uncertainty explains the two intervals; the PDF has the section and the
  conclusion's sentence;
* Dutch: no jargon (draws, prior, Latin hypercube, bootstrap); English: no Dutch word.
Then: every parameter the run varies has a plain description in analysis/i18n.py and a meaning in
`regiosim params --json`; without REGIOSIM_BIN and without regiosim on PATH the report exits 1 naming
REGIOSIM_BIN; the plain file's report has no such section or sentence.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ANALYSIS = os.path.join(HERE, "..", "..", "analysis")
sys.path.insert(0, ANALYSIS)

import h5py  # noqa: E402
import i18n  # noqa: E402

failures = []

MAIN_EFFECT_KPIS = ("placements", "sustained_rate_52w", "placement_rate_26w", "outflow_off_benefit")
# (The colophon's command line may say --replications; that is the command, not the reader's text.)
JARGON = ("draw", "draws", "prior", "priors", "latin", "hypercube", "bootstrap")


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message)


def number(x):
    return float("nan") if x is None else float(x)


def visible(fragment: str) -> str:
    """The text of an HTML fragment, whitespace collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("\u2060", "")
    return re.sub(r"\s+", " ", text).strip()


def cells(row: str) -> dict:
    """The cells of a row of the uncertainty table by class (central, draws, replications, same-sign)."""
    out = {}
    for cls, body in re.findall(r'<td class="(?:num )?([a-z-]+)">(.*?)</td>', row, flags=re.S):
        out[cls] = visible(body)
    return out


def report(regiosim, results, out, lang, extra=(), env=None):
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([regiosim, "report", results, "--out", out, "--lang", lang, "--quiet", *extra],
                         capture_output=True, text=True, timeout=240, env=env)
    check(run.returncode == 0, f"regiosim report --lang {lang} on {results} exited {run.returncode}: {run.stderr}")
    with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
        return f.read()


def check_language(regiosim, results, summary, work, lang):
    t = i18n.Texts(lang)
    u = summary["uncertainty"]
    out = os.path.join(work, f"report-{lang}")
    page = report(regiosim, results, out, lang)
    units = {k: v["unit"] for s in summary["scenarios"] for k, v in s["kpis"].items()}

    # The section and its tables.
    m = re.search(r'<section class="assumptions" id="assumptions">(.*?)</section>', page, flags=re.S)
    check(m is not None, f"{lang}: no section id=assumptions")
    if m is None:
        return
    section = m.group(1)
    check(t("section_assumptions") in visible(section), f"{lang}: the section's title is missing")
    tables = dict(re.findall(r'<table class="assumptions" data-scenario="([^"]*)">(.*?)</table>', section, flags=re.S))
    check([s["name"] for s in u["scenarios"]] == list(tables), f"{lang}: tables {list(tables)}, summary has "
                                                                f"{[s['name'] for s in u['scenarios']]}")
    checked = shares = 0
    for s in u["scenarios"]:
        diff = s["compared"] == "difference_from_baseline"
        rows = dict(re.findall(r'<tr data-kpi="([^"]*)">(.*?)</tr>', tables.get(s["name"], ""), flags=re.S))
        check(list(rows) == list(s["kpis"]), f"{lang} {s['name']}: rows {list(rows)}, summary {list(s['kpis'])}")
        for kpi, x in s["kpis"].items():
            if kpi not in rows or x["draws_used"] == 0:
                continue
            unit, c = units.get(kpi, ""), cells(rows[kpi])
            central = number(x["central"])
            # A row's decimals follow the largest end of its intervals.
            ends = [abs(number(x[k])) for k in ("draws_low", "draws_high", "replications_low", "replications_high")
                    if x[k] is not None]
            scale = max(ends) if ends else central
            expect = {
                "central": t.value(central, unit, sign=diff, difference=diff, like=scale),
                "draws": t.span(number(x["draws_low"]), number(x["draws_high"]), unit, diff, like=scale),
                "replications": t.span(number(x["replications_low"]), number(x["replications_high"]), unit, diff,
                                       like=scale),
            }
            for cls, text in expect.items():
                check(c.get(cls) == visible(html.escape(text)),
                      f"{lang} {s['name']} {kpi}: {cls} cell {c.get(cls)!r}, summary --json gives {text!r}")
            checked += 1
            if diff and central != 0:
                share = re.search(r"(\d+) (?:van de|of the) (\d+)", c.get("same-sign", ""))
                check(share is not None and (int(share.group(1)), int(share.group(2))) == (x["same_sign"], x["draws_used"]),
                      f"{lang} {s['name']} {kpi}: sign share {c.get('same-sign')!r}, summary --json gives "
                      f"{x['same_sign']} of {x['draws_used']}")
                shares += 1
    check(checked >= 20 and shares >= 5, f"{lang}: only {checked} rows and {shares} sign shares checked")

    # The conclusion's sentence per variant.
    conclusion = visible(re.search(r'<section class="conclusion" id="conclusion">(.*?)</section>', page, flags=re.S).group(1))
    for s in u["scenarios"][1:]:
        found = False
        for kpi in MAIN_EFFECT_KPIS:
            x = s["kpis"].get(kpi)
            if x is None or not x["draws_used"] or not number(x["central"]):
                continue
            sentence = t("unc_conclusion_robust", same=x["same_sign"], used=x["draws_used"],
                         phrase=t.kpi_phrase(kpi, number(x["central"]) > 0))
            found = found or sentence in conclusion
        check(found, f"{lang}: no conclusion sentence with the sign share of a headline KPI of {s['name']}")
    # Drivers are named exactly where summary --json marks one clear (above the noise floor).
    any_clear = any(d.get("clear") for s in u["scenarios"] for x in s["kpis"].values() for d in x["drivers"])
    check((t("col_drivers") in visible(section)) == any_clear,
          f"{lang}: a drivers column should appear exactly when a driver is clear (clear: {any_clear})")
    if not any_clear and u["draws"] < 100:
        check(t("unc_conclusion_no_drivers", used=u["draws"], needed=100)[2:30] in conclusion,
              f"{lang}: with {u['draws']} draws and no clear driver the conclusion should say more draws may tell")
    check(t("uncertainty_assumptions", draws=u["draws"], params=u["parameters_varied"], reps=u["replications"],
            section=t("section_assumptions")) in visible(page), f"{lang}: the uncertainty paragraph lacks the two intervals")

    # The PDF.
    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(out, "report.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    pdf = re.sub(r"\s+", " ", pdf)
    check(t("section_assumptions") in pdf, f"{lang}: the PDF lacks the section")
    check(t("unc_conclusion_label") in pdf and re.search(r"(In|in) \d+ (van de|of the) \d+", pdf),
          f"{lang}: the PDF lacks the conclusion's sentence")

    # Words.
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"<code>.*?</code>", " ", visible_page(page)))}
    if lang == "en":
        text = visible_page(page)
        for phrase in sorted(i18n.KEEP_IN_ENGLISH, key=len, reverse=True):
            text = text.replace(phrase, " ")
        dutch = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", text)} & i18n.dutch_vocabulary())
        check(not dutch, f"en: Dutch words in the page: {dutch}")
    else:
        jargon = sorted(words & set(JARGON))
        check(not jargon, f"nl: jargon in the Dutch page: {jargon}")
    print(f"{lang}: {checked} rows and {shares} sign shares equal summary --json; conclusion and PDF checked")


def visible_page(page: str) -> str:
    """The page's text without charts, code and attribute values."""
    page = re.sub(r"<svg.*?</svg>", " ", page, flags=re.S)
    page = re.sub(r"<(style|title)>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<code>.*?</code>", " ", page, flags=re.S)
    return visible(page)


def main():
    regiosim, results, plain, work = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    summary = json.loads(subprocess.run([regiosim, "summary", "--json", results], capture_output=True, text=True,
                                        check=True).stdout)
    check("uncertainty" in summary, "summary --json has no uncertainty key")
    for lang in ("nl", "en"):
        check_language(regiosim, results, summary, work, lang)

    # Every varied parameter has words in both languages and a meaning in the parameter table.
    with h5py.File(results, "r") as f:
        keys = [k.decode() if isinstance(k, bytes) else k for k in f["uncertainty/factors"]["key"]]
    meanings = {p["key"]: p["meaning"] for p in json.loads(subprocess.run(
        [regiosim, "params", "--json"], capture_output=True, text=True, check=True).stdout)["parameters"]}
    unlabelled = [k for k in keys if k not in i18n._PARAMETER]
    check(not unlabelled, f"varied parameters without a description in analysis/i18n.py (_PARAMETER): {unlabelled}")
    check(all(meanings.get(k) for k in keys), "a varied parameter without a meaning in regiosim params --json")
    print(f"{len(keys)} varied parameters, each with a description in both languages")

    # Without the program: exit 1, saying how to name it.
    env = {k: v for k, v in os.environ.items() if k != "REGIOSIM_BIN"}
    env["PATH"] = "/usr/bin:/bin"
    if shutil.which("regiosim", path=env["PATH"]) is None:
        run = subprocess.run(["/usr/bin/python3", os.path.join(ANALYSIS, "report.py"), results, "--out",
                              os.path.join(work, "no-program"), "--no-pdf", "--quiet"], capture_output=True, text=True,
                             env=env, timeout=120)
        check(run.returncode == 1 and "REGIOSIM_BIN" in run.stderr,
              f"without a regiosim program: exit {run.returncode}, {run.stderr.strip()!r}")
        print("without REGIOSIM_BIN or regiosim on PATH: exit 1 naming REGIOSIM_BIN")

    # A plain results file: none of it.
    page = report(regiosim, plain, os.path.join(work, "plain"), "nl", extra=("--no-pdf",))
    t = i18n.Texts("nl")
    check('id="assumptions"' not in page and t("section_assumptions") not in page, "the plain file's report has the section")
    check(t("unc_conclusion_label") not in page, "the plain file's report has the conclusion's sentence")
    print("a plain results file: no section, no sentence")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
