"""The report's budget tables on a run with a capped participation budget (issue: budgets that hold).

Runs tests/app/small.toml with `policy.participation_budget_eur_per_year` set, makes the Dutch report
(HTML only) and checks, as a reader would: the participation budget has a table per year with what was
committed, paid and refused; every year's committed amount is within the cap and most of it used; some
requests were refused; the uncapped income budget has no such table. The committed amounts are those
of the `budget` series in the file (a year's weeks summed, averaged over the replications).

usage: check_budget.py REGIOSIM SCENARIO WORKDIR
"""
import html
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "analysis"))
import regiosim_results as rr  # noqa: E402

CAP = 20000.0


def euros(text: str) -> float:
    """'€ 19.900' -> 19900.0, '€ 1,2 mln' -> 1.2e6."""
    t = text.replace("\u2060", "").replace("€", "").strip()
    scale = 1.0
    if t.endswith("mln"):
        scale, t = 1e6, t[:-3].strip()
    return float(t.replace(".", "").replace(",", ".")) * scale


def main():
    regiosim, scenario, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    results = os.path.join(work, "capped.h5")
    subprocess.run([regiosim, "run", scenario, "--out", results, "--quiet", "--set",
                    f"policy.participation_budget_eur_per_year={CAP:.0f}"], check=True, capture_output=True)
    out = os.path.join(work, "report")
    subprocess.run([regiosim, "report", results, "--out", out, "--no-pdf", "--quiet"], check=True, capture_output=True)
    page = open(os.path.join(out, "report.html"), encoding="utf-8").read()

    heading = "Participatiebudget per jaar"
    assert heading in page, "no table of the participation budget per year"
    assert "Inkomensdeel (uitkeringen en loonkostensubsidie) per jaar" not in page, \
        "a table for the income budget, which no scenario caps"
    table = page[page.index(heading):]
    table = table[:table.index("</table>")]
    head = [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", table.split("</tr>")[0], re.S)]
    assert head[:5] == ["Jaar", "Vastgelegd", "Betaald", "Geweigerd (euro)", "Geweigerde aanvragen"], head
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)]
        if cells and cells[0].isdigit():
            rows.append(cells)
    assert len(rows) >= 2, f"expected a row per year, got {len(rows)}"

    # The file's own numbers: each year's weeks summed, averaged over the replications.
    f = rr.open_results(results)
    series = rr.timeseries(f, rr.scenario_names(f)[0], "budget")
    series = series[series["column"] == "participation_committed_eur"]
    refused_any = False
    for year, cells in enumerate(rows):
        committed = euros(cells[1])
        assert committed <= CAP + 0.5, f"year {year + 1}: committed {cells[1]} exceeds the cap of {CAP:.0f}"
        assert committed > 0.5 * CAP, f"year {year + 1}: committed {cells[1]}, the cap is hardly used"
        refused_any = refused_any or int(cells[4].replace(".", "")) > 0
        weeks = series[(series["week"] >= 52 * year) & (series["week"] < 52 * (year + 1))]
        expected = weeks.groupby("replication")["value"].sum().mean()
        assert abs(committed - expected) <= max(100.0, 0.005 * expected), \
            f"year {year + 1}: the report says {cells[1]}, the file {expected:.0f}"
    assert refused_any, "no request refused under a cap that binds"
    print(f"{len(rows)} years: committed within {CAP:.0f} and equal to the file's budget series; requests refused")


if __name__ == "__main__":
    main()
