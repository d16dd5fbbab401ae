"""Unit tests of the analysis package: number formats, intervals and verdicts, survival curves and
routes from events, the report on files the simulator does not write yet (employer trust, KPIs
only, no baseline, no scenarios), and sweep files of chosen shapes (reader, effects of factors,
ranking titles, many points, a boolean factor, a KPI the file lacks), the words the report gives an
uncertainty run's statistics (main effect, driving assumptions named or not), and the output folders
of export and report (complete or nothing, into a new or an existing folder).

usage: /usr/bin/python3 test_analysis_units.py WORKDIR
"""

import html
import math
import os
import shutil
import subprocess
import sys
import unittest

import h5py
import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "analysis"))
sys.path.insert(0, HERE)

import charts  # noqa: E402
import i18n  # noqa: E402
import output_folder  # noqa: E402
import regiosim_results as rr  # noqa: E402
import report  # noqa: E402
import reportdata as rd  # noqa: E402
import sweep_charts  # noqa: E402
import sweepdata  # noqa: E402
import synthetic_results as syn  # noqa: E402
import uncertaintydata as ud  # noqa: E402

WORK = sys.argv.pop(1) if len(sys.argv) > 1 else "/tmp/regiosim-analysis-units"


class Formats(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(i18n.format_number(1234.5, "nl", 1), "1.234,5")
        self.assertEqual(i18n.format_number(1234.5, "en", 1), "1,234.5")
        self.assertEqual(i18n.format_number(-1234567, "nl", 0), "-1.234.567")
        self.assertEqual(i18n.format_number(3, "nl", 0, sign=True), "+3")
        self.assertEqual(i18n.format_number(float("nan"), "nl"), "–")

    def test_money_and_shares(self):
        nl, en = i18n.Texts("nl"), i18n.Texts("en")
        self.assertEqual(nl.eur(1234), "€\u00a01.234")
        self.assertEqual(en.eur(1234), "€1,234")
        self.assertEqual(nl.eur(2_345_678), "€\u00a02,3\u00a0mln")
        self.assertEqual(nl.eur(725_502, rounded=True), "€\u00a0726.000")
        self.assertEqual(nl.share(0.6123), "61,2%")
        self.assertEqual(en.points(-0.042), "-4.2 percentage points")
        self.assertEqual(nl.points(0.042), "+4,2 procentpunt")
        self.assertEqual(nl.interval(31, 17.9, 44.1, "placements", difference=True), "+31 (+18 tot +44)")

    def test_every_string_in_both_languages(self):
        for key, (nl, en) in i18n._S.items():
            if key != "glossary":  # the glossary exists only in English
                self.assertTrue(nl and en, key)
            self.assertEqual(set(_fields(nl)) if nl else set(_fields(en)), set(_fields(en)), key)

    def test_vocabulary(self):
        v = i18n.dutch_vocabulary()
        self.assertIn("aantoonbaar", v)
        self.assertIn("werkgevers", v)
        self.assertNotIn("scenario", v)


def _fields(text):
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


class Statistics(unittest.TestCase):
    def test_interval_including_zero_is_no_difference(self):
        e = rd.estimate([1.0, 2.0, 3.0])
        self.assertAlmostEqual(e.mean, 2.0)
        self.assertAlmostEqual(e.high - e.mean, 4.3027 / math.sqrt(3), places=4)
        self.assertEqual(e.verdict, "none")
        self.assertEqual(rd.estimate([1.0, 1.1, 0.9]).verdict, "higher")
        self.assertEqual(rd.estimate([-1.0, -1.1, -0.9]).verdict, "lower")
        self.assertEqual(rd.estimate([5.0]).verdict, "few")

    def test_paired_difference_uses_common_random_numbers(self):
        base = np.array([100.0, 200.0, 300.0, 400.0])
        variant = base + np.array([1.0, 1.2, 0.9, 1.1])
        self.assertEqual(rd.paired_difference(variant, base).verdict, "higher")
        # Unpaired, the spread between replications would hide the difference:
        self.assertEqual(rd.estimate(variant).low < rd.estimate(base).high, True)
        d = rd.paired_difference([1.0, np.nan, 3.0], [0.0, 1.0, 1.0])
        self.assertEqual(d.n, 2)

    def test_kaplan_meier(self):
        s = rd.kaplan_meier(np.array([0, 1, 2, 2, 3]), np.array([True, False, True, True, False]), 5)
        np.testing.assert_allclose(s[:4], [0.8, 0.8, 0.8 / 3, 0.8 / 3])
        self.assertTrue(np.isnan(s[4]) and np.isnan(s[5]))

    def test_spells_and_routes_from_events(self):
        rows = [
            # seeker 1: registers in week 0, Diagnostiek, Bemiddeling, placed week 5, job ends week 15
            (0, 0, 1, "melding", "melding"), (0, 1, 1, "tile_start", "diagnostiek"),
            (0, 3, 1, "tile_start", "bemiddeling"), (0, 5, 1, "placement", "none"),
            (0, 5, 1, "outflow_work", "none"), (0, 6, 1, "tile_start", "plaatsing"),
            (0, 6, 1, "tile_start", "nazorg"), (0, 15, 1, "dropout", "none"),
            (0, 15, 1, "return_to_benefit", "none"), (0, 15, 1, "melding", "melding"),
            # seeker 2: registers in week 2, Werk fit, still on benefit; placed in week 30 (censored)
            (0, 2, 2, "melding", "melding"), (0, 4, 2, "tile_start", "werk_fit"),
            (0, 30, 2, "placement", "none"),
            # seeker 3: a trial placement in week 8 that ends without a contract in week 12; placed
            # again in week 20, dismissed when the subsidy ends in week 33
            (0, 8, 3, "placement", "none"), (0, 12, 3, "trial_not_converted", "none"),
            (0, 20, 3, "placement", "none"), (0, 33, 3, "dismissed_at_subsidy_end", "none"),
            # seeker 4: placed in week 1, leaves scope after the follow-up in work in week 35 (censored)
            (0, 1, 4, "placement", "none"), (0, 35, 4, "exit_work", "none"),
        ]
        ev = pd.DataFrame(rows, columns=["replication", "week", "seeker", "event", "tile"])
        spells = rd.job_spells(ev, weeks=40)
        self.assertEqual(sorted(spells[["seeker", "start", "duration", "ended"]].values.tolist()),
                         [[1, 5, 10, True], [2, 30, 9, False], [3, 8, 4, True], [3, 20, 13, True],
                          [4, 1, 34, False]])
        routes = rd.routes(ev, weeks=40, follow=20).set_index(["seeker", "traj"])
        first = routes.loc[(1, 1)]
        self.assertEqual(first["steps"], ("melding", "diagnostiek", "bemiddeling", "plaatsing", "nazorg"))
        self.assertEqual(first["outcome"], "outcome_lost")
        self.assertTrue(first["bemiddeling"] and not first["werk_fit"])
        self.assertEqual(routes.loc[(2, 1)]["outcome"], "outcome_still")  # placement after the 20 weeks
        self.assertEqual(routes.loc[(1, 2)]["outcome"], "outcome_still")  # second registration, week 15
        tr = rd.route_transitions(routes.reset_index())
        self.assertIn(("nazorg", "outcome_lost"), set(zip(tr["from"], tr["to"])))


def _kpis(rng, shift=0.0, reps=4):
    noise = rng.normal(0, 1, reps)
    return {
        "placements": ("placements", 100 + 10 * noise + shift),
        "sustained_rate_52w": ("share", 0.6 + 0.05 * rng.normal(0, 1, reps)),
        "sustained_rate_26w": ("share", 0.8 + 0.05 * rng.normal(0, 1, reps)),
        "cost_instruments_eur": ("EUR", 1e6 + 1e4 * noise),
        "cost_staff_eur": ("EUR", 2e6 + 1e4 * noise),
        "benefit_paid_eur": ("EUR", 1.8e7 + 1e5 * noise),
        "cost_per_sustained_placement_eur": ("EUR", 40000 + 3000 * noise),
        "new_future_kpi": ("1", 3 + noise),
    }


class ReportOnOtherFiles(unittest.TestCase):
    """The report shows what a file has and names what it lacks."""

    def render(self, name, scenarios, lang="nl"):
        path = os.path.join(WORK, name + ".h5")
        syn.write(path, scenarios)
        out = os.path.join(WORK, name + "-" + lang)
        rc = report.main([path, "--out", out, "--lang", lang, "--no-pdf", "--quiet"])
        self.assertEqual(rc, 0)
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            return out, f.read()

    def test_kpis_only_and_employer_trust_series(self):
        rng = np.random.default_rng(1)
        reps, weeks = 4, 60
        trust = np.clip(0.5 + 0.002 * np.arange(weeks)[None, :, None] + rng.normal(0, 0.01, (reps, weeks, 1)), 0, 1)
        trust2 = np.concatenate([trust, trust + 0.01], axis=2)
        base = syn.scenario("basis", "baseline", kpis=_kpis(rng),
                            series={"employers": ("1", ["vacancies_open", "trust_mean"], trust2)})
        same = syn.scenario("zelfde", "variant", kpis=_kpis(rng),
                            series={"employers": ("1", ["vacancies_open", "trust_mean"], trust2 + 0.0001)})
        out, page = self.render("trust", [base, same])
        # Trust over time from the series it found; no tiles, rungs, routes (no such series, no events).
        self.assertTrue(os.path.exists(os.path.join(out, "charts", "trust.png")))
        for c in ("tiles", "rungs", "flow"):
            self.assertFalse(os.path.exists(os.path.join(out, "charts", c + ".png")), c)
        self.assertIn("Mensen per tegel: nog niet in dit bestand", page)
        self.assertIn("Route door de tegels: nog niet in dit bestand", page)
        # Survival from the 26/52-week KPIs; an unknown KPI is shown under its own name.
        self.assertTrue(os.path.exists(os.path.join(out, "charts", "survival.png")))
        self.assertIn("new_future_kpi", page)
        # Independent noise: differences whose interval includes zero are not called a gain.
        self.assertIn("geen aantoonbaar verschil", page.lower())

    def test_no_difference_title_in_english(self):
        rng = np.random.default_rng(2)
        k = _kpis(rng)
        base = syn.scenario("base", "baseline", kpis=k)
        noisy = {key: (u, np.asarray(v) + np.array([1, -1, 1, -1]) * 0.01 * np.abs(np.asarray(v)))
                 for key, (u, v) in k.items()}
        var = syn.scenario("variant_a", "variant", kpis=noisy)
        with _Tmp(self, [base, var]) as res:
            c = charts.kpi_comparison(res, i18n.Texts("en"))
            self.assertEqual(c.title, "No demonstrable difference between ‘variant_a’ and ‘base’ in the key figures")
            c = charts.kpi_comparison(res, i18n.Texts("nl"))
            self.assertTrue(c.title.startswith("Geen aantoonbaar verschil"), c.title)

    def test_indicator_the_variant_leaves_unchanged_is_named_not_tabled(self):
        rng = np.random.default_rng(5)
        k = _kpis(rng)
        k["regular_applicants_per_vacancy"] = ("count", np.array([3.0, 4.0, 5.0, 6.0]))
        moved = {key: (u, np.asarray(v) * (1.0 if key == "regular_applicants_per_vacancy" else 1.1))
                 for key, (u, v) in k.items()}
        _, page = self.render("unchanged", [syn.scenario("basis", "baseline", kpis=k),
                                            syn.scenario("meer", "variant", kpis=moved)])
        t = i18n.Texts("nl")
        unchanged, changed = html.escape(t.kpi_label("regular_applicants_per_vacancy")), html.escape(t.kpi_label("placements"))
        differences = page[page.index('id="differences"'):]
        note, table = differences[:differences.index("<table")], differences[differences.index("<table"):differences.index("</table>")]
        self.assertIn("precies gelijk zijn aan de basis", note)
        self.assertIn(unchanged, note)
        self.assertNotIn(unchanged, table)
        self.assertIn(changed, table)

    def test_survival_curve_written_by_the_model(self):
        rng = np.random.default_rng(4)
        reps, rows = 4, 105
        weeks = np.arange(rows)
        still = np.exp(-weeks / 80.0)[None, :] * np.ones((reps, 1))
        at_risk = np.full((reps, rows), 50.0)
        curve = np.stack([at_risk, still], axis=2)
        # Without the key figure sustained_rate_52w the curve's week 52 makes the title; with it,
        # the key figure does (one number per fact; test_survival_title_is_the_key_figure).
        kpis_b, kpis_v = _kpis(rng), _kpis(rng)
        del kpis_b["sustained_rate_52w"], kpis_v["sustained_rate_52w"]
        base = syn.scenario("base", "baseline", kpis=kpis_b,
                            series={"curves/survival": ("share", ["at_risk", "still_working"], curve)})
        var = syn.scenario("longer", "variant", kpis=kpis_v,
                           series={"curves/survival": ("share", ["at_risk", "still_working"],
                                                       np.stack([at_risk, np.exp(-weeks / 90.0)[None, :] *
                                                                 (1 + 0.001 * rng.normal(0, 1, (reps, 1)))], axis=2))})
        with _Tmp(self, [base, var]) as res:
            c = charts.survival_chart(res, i18n.Texts("nl"))
            self.assertIsInstance(c, charts.Chart)
            self.assertIn("overlevingscurve", c.subtitle)
            a, b = t_share(np.exp(-52 / 90.0)), t_share(np.exp(-52 / 80.0))
            self.assertEqual(c.title, f"Met ‘longer’ werkt na een jaar een groter deel van de geplaatsten nog in "
                                      f"dezelfde baan dan met ‘base’ ({a} tegen {b})")

    def test_no_baseline_role(self):
        rng = np.random.default_rng(3)
        a = syn.scenario("a", "variant", kpis=_kpis(rng))
        b = syn.scenario("b", "variant", kpis=_kpis(rng, shift=50))
        out, page = self.render("nobase", [a, b], lang="en")
        self.assertIn("No scenario has the role ‘baseline’; ‘a’ (the first) serves as the reference", page)

    def test_pdf_without_chromium(self):
        rng = np.random.default_rng(5)
        path = os.path.join(WORK, "nochromium.h5")
        syn.write(path, [syn.scenario("base", "baseline", kpis=_kpis(rng)), syn.scenario("v", kpis=_kpis(rng))])
        out = os.path.join(WORK, "nochromium")
        old = os.environ.get("REGIOSIM_CHROMIUM")
        os.environ["REGIOSIM_CHROMIUM"] = os.path.join(WORK, "no-such-browser")
        try:
            self.assertEqual(report.main([path, "--out", out, "--quiet"]), 0)
        finally:
            if old is None:
                del os.environ["REGIOSIM_CHROMIUM"]
            else:
                os.environ["REGIOSIM_CHROMIUM"] = old
        with open(os.path.join(out, "report.pdf"), "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")

    def test_file_without_scenarios_is_bad_input(self):
        path = os.path.join(WORK, "empty.h5")
        syn.write(path, [])
        self.assertEqual(report.main([path, "--out", os.path.join(WORK, "empty"), "--quiet", "--no-pdf"]), 2)


AFTERCARE = ("policy.aftercare.weeks", "integer", "weeks", "values: 4, 13, 26")
CASELOAD = ("policy.caseload_per_coach", "number", "seekers per case manager", "range: [40.0, 160.0]")
CONTACT = ("policy.single_contact", "boolean", "-", "values: false, true")
APPROACH = ("policy.employer_approach", "string", "-", 'values: "integral", "demand"')


class SweepFiles(unittest.TestCase):
    """Sweep files (file_kind = "sweep"): the reader, the effects the titles report, the report."""

    def path(self, name):
        return os.path.join(WORK, name + ".h5")

    def grid(self, name="grid", noise=30.0, replications=4):
        # Placements rise by 5 per aftercare step; a large noise shared by all points of a replication
        # (common random numbers) hides it unpaired but not paired.
        shared = np.random.default_rng(7).normal(0, noise, replications)
        kpis = {"placements": ("placements", lambda p, r, x: 100 + 5 * [4, 13, 26].index(x[0]) + shared[r]),
                "sustained_rate_52w": ("share", lambda p, r, x: 0.5 + 0.01 * ((p + r) % 3))}
        points = [[a, c] for a in ("4", "13", "26") for c in ("false", "true")]
        syn.write_sweep(self.path(name), "grid", [AFTERCARE, CONTACT], replications, kpis, points)
        return self.path(name)

    def test_reader_tells_sweep_files_apart(self):
        path = self.grid()
        self.assertTrue(rr.is_sweep(path))
        with self.assertRaises(rr.RegiosimFileError) as e:
            rr.open_results(path)
        self.assertIn("a sweep file", str(e.exception))
        sw = rr.read_sweep(path)
        self.assertEqual(len(sw.runs), 6 * 4)
        self.assertEqual(sw.factor_keys, ["policy.aftercare.weeks", "policy.single_contact"])
        self.assertEqual(sw.kpi_units, {"placements": "placements", "sustained_rate_52w": "share"})
        summary = rr.sweep_point_summary(sw)
        self.assertEqual(len(summary), 6 * 2)
        self.assertEqual(int(summary.loc[(0, "placements"), "n"]), 4)
        results = os.path.join(WORK, "results.h5")
        syn.write(results, [syn.scenario("base", "baseline", kpis={"placements": ("placements", [1.0, 2.0])})])
        self.assertFalse(rr.is_sweep(results))
        with self.assertRaises(rr.RegiosimFileError) as e:
            rr.read_sweep(results)
        self.assertIn("a results file", str(e.exception))

    def test_unknown_file_kind_is_refused(self):
        path = self.path("kind")
        syn.write_sweep(path, "grid", [AFTERCARE], 1, {"placements": ("placements", lambda p, r, x: 1.0)},
                        [["4"], ["13"]], file_kind="ensemble")
        with self.assertRaises(rr.RegiosimFileError) as e:
            rr.is_sweep(path)
        self.assertIn("file_kind 'ensemble' is not supported", str(e.exception))

    def test_grid_effects_are_paired_by_replication(self):
        data = sweepdata.SweepData.open(self.grid())
        e = data.effect("placements", "policy.aftercare.weeks")
        self.assertEqual((e.a, e.b), (26.0, 4.0))
        self.assertAlmostEqual(e.estimate.mean, 10.0)
        self.assertEqual(e.estimate.verdict, "higher")
        # Unpaired, the shared noise would hide it:
        self.assertEqual(sweepdata.welch_difference(data.values("placements")[4:].reshape(-1),
                                                    data.values("placements")[:2].reshape(-1)).verdict, "none")
        self.assertEqual(data.strongest("placements").factor, "policy.aftercare.weeks")
        c = sweep_charts.kpi_chart(data, i18n.Texts("nl"), "placements")
        self.assertEqual(c.title, "Duur van de Nazorg: bij 26 weken zijn er meer plaatsingen dan bij 4 weken (+10)")
        c = sweep_charts.kpi_chart(data, i18n.Texts("en"), "placements")
        self.assertEqual(c.title, "Length of Nazorg: at 26 weeks there are more placements than at 4 weeks (+10)")

    def test_no_demonstrable_difference_and_one_run(self):
        data = sweepdata.SweepData.open(self.grid("grid-flat", noise=0.0))
        c = sweep_charts.kpi_chart(data, i18n.Texts("nl"), "sustained_rate_52w")
        self.assertTrue(c.title.startswith("Geen van de instellingen maakt aantoonbaar verschil"), c.title)
        data = sweepdata.SweepData.open(self.grid("grid-one", replications=1))
        c = sweep_charts.kpi_chart(data, i18n.Texts("en"), "placements")
        self.assertIn("one run per combination, so without an interval", c.title)
        self.assertIn("one repetition, so without an interval", c.subtitle)

    def test_choice_factor_compares_the_values_that_differ_most(self):
        kpis = {"placements": ("placements", lambda p, r, x: 100 + (20 if x[0] == 1 else 0) + r)}
        path = self.path("choice")
        syn.write_sweep(path, "lhs", [APPROACH], 3, kpis, [['"integral"'], ['"demand"']] * 4)
        data = sweepdata.SweepData.open(path)
        e = data.effect("placements", "policy.employer_approach")
        self.assertEqual((e.a, e.b), (1.0, 0.0))  # demand (higher) first
        c = sweep_charts.kpi_chart(data, i18n.Texts("nl"), "placements")
        self.assertEqual(c.title, "Werkgeversbenadering: bij vraaggericht zijn er meer plaatsingen dan bij integraal (+20)")

    def sobol(self, name, clear):
        kpis = {"placements": ("placements", lambda p, r, x: 100 + 0.2 * x[1] + x[0])}
        points = [[str(a), str(c)] for a, c in zip([4, 13, 26, 4, 13, 26, 13, 4], [40, 60, 80, 100, 120, 140, 160, 90])]
        rows = [("sobol", "placements", "policy.aftercare.weeks", 0.1, 0.0, 0.3, 0.2, 0.1, 0.35 if clear else 0.7, *[np.nan] * 3),
                ("sobol", "placements", "policy.caseload_per_coach", 0.5, 0.3, 0.7, 0.6, 0.4, 0.9, *[np.nan] * 3)]
        syn.write_sweep(self.path(name), "saltelli", [AFTERCARE, CASELOAD], 1, kpis, points, sensitivity=rows)
        return sweepdata.SweepData.open(self.path(name))

    def test_sensitivity_title_says_which_factor_matters_most(self):
        nl = i18n.Texts("nl")
        data = self.sobol("sobol-clear", clear=True)
        self.assertEqual(data.top_factor("placements"), ("policy.caseload_per_coach", True))
        c = sweep_charts.sensitivity_chart(data, nl)
        self.assertEqual(c.title, "‘Caseload per klantmanager’ heeft de meeste invloed op het aantal plaatsingen")
        self.assertIn("0% = geen invloed, 100% = alle spreiding", c.subtitle)
        self.assertTrue(sweep_charts.sensitivity_sentences(data, nl)[0].startswith(
            "Het aantal plaatsingen: ‘Caseload per klantmanager’ heeft de meeste invloed (totale index 60,0%"))
        data = self.sobol("sobol-overlap", clear=False)
        self.assertEqual(data.top_factor("placements"), ("policy.caseload_per_coach", False))
        c = sweep_charts.sensitivity_chart(data, i18n.Texts("en"))
        self.assertEqual(c.title, "‘Caseload per case manager’ seems to have the most influence on the number of placements")

    def test_morris_ranking(self):
        kpis = {"placements": ("placements", lambda p, r, x: 100 + x[0]),
                "sustained_rate_52w": ("share", lambda p, r, x: 0.5)}
        rows = [("morris", "placements", "policy.aftercare.weeks", *[np.nan] * 6, -3.0, 3.0, 1.0),
                ("morris", "placements", "policy.caseload_per_coach", *[np.nan] * 6, 20.0, 25.0, 9.0),
                ("morris", "sustained_rate_52w", "policy.aftercare.weeks", *[np.nan] * 6, 0.1, 0.1, 0.01),
                ("morris", "sustained_rate_52w", "policy.caseload_per_coach", *[np.nan] * 6, 0.0, 0.001, 0.0)]
        path = self.path("morris")
        syn.write_sweep(path, "morris", [AFTERCARE, CASELOAD], 1, kpis, [["4", "40"], ["13", "40"], ["13", "100"]],
                        sensitivity=rows)
        data = sweepdata.SweepData.open(path)
        self.assertEqual(data.trajectories, 1)
        c = sweep_charts.sensitivity_chart(data, i18n.Texts("nl"))
        self.assertEqual(c.title, "‘Caseload per klantmanager’ heeft de meeste invloed op het aantal plaatsingen; "
                                  "‘Duur van de Nazorg’ heeft de meeste invloed op het aandeel dat na een jaar nog werkt")
        sentences = sweep_charts.sensitivity_sentences(data, i18n.Texts("nl"))
        self.assertIn("Vrijwel zonder invloed: ‘Caseload per klantmanager’.", sentences[1])
        self.assertIn("10,0 procentpunt", sentences[1])

    def test_report_on_many_points_a_boolean_and_a_kpi_the_file_lacks(self):
        rng = np.random.default_rng(3)
        values = rng.uniform(40, 160, 150)
        kpis = {"placements": ("placements", lambda p, r, x: 200 - 0.5 * x[0] + 5 * x[1] + rng.normal(0, 2)),
                "sustained_rate_52w": ("share", lambda p, r, x: np.nan if p == 3 else 0.5)}
        points = [[repr(float(v)), "true" if i % 2 else "false"] for i, v in enumerate(values)]
        series = {"employment": ("persons", ["not_employed", "permanent_contract"], np.ones((300, 10, 2)))}
        path = self.path("many")
        syn.write_sweep(path, "sobol", [CASELOAD, CONTACT], 2, kpis, points, series=series,
                        kpis_analysed=["placements", "sustained_rate_52w", "no_such_kpi"])
        out = os.path.join(WORK, "many-report")
        self.assertEqual(report.main([path, "--out", out, "--lang", "en", "--no-pdf", "--quiet"]), 0)
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            page = f.read()
        for text in ("Caseload per case manager: at the highest values (", "there are fewer placements than at "
                     "the lowest values (40", "‘regiosim export’ writes them to points.csv and runs.csv",
                     "no_such_kpi by setting: this outcome is not in this file",
                     "Which setting matters most: not computed for the design ‘sobol’", "One contact person per employer"):
            self.assertTrue(text in page, text)
        for chart in ("kpi_placements", "kpi_sustained_rate_52w"):
            self.assertTrue(os.path.exists(os.path.join(out, "charts", chart + ".svg")), chart)
        import export

        csv_dir = os.path.join(WORK, "many-csv")
        self.assertEqual(export.main([path, "--csv", csv_dir, "--quiet"]), 0)
        with open(os.path.join(csv_dir, "timeseries_employment.csv"), encoding="utf-8-sig") as f:
            self.assertEqual(sum(1 for _ in f), 1 + 300 * 10 * 2)


class UncertaintyWords(unittest.TestCase):
    """What the report says of an uncertainty run's statistics (as regiosim summary --json gives them)."""

    @staticmethod
    def outcome(kpi, central, reps=(-1.0, 1.0), same=90, used=100, drivers=(), unit="placements"):
        return ud.Outcome(kpi, unit, central, central - 2, central + 2, central + reps[0], central + reps[1], used, same,
                          [ud.Driver(*d) for d in drivers])

    def uncertainty(self, draws, variant_kpis):
        base = ud.ScenarioUncertainty("base", False, {"placements": self.outcome("placements", 100.0, used=draws)})
        variant = ud.ScenarioUncertainty("v", True, variant_kpis)
        params = {k: ud.Parameter(k, "hazard ratio", "", 0.4, 0.9) for k in
                  ("employment.aftercare_hazard_ratio", "trust.mean", "coach.skill_mean")}
        return ud.Uncertainty(draws, 2, 201, [base, variant], params)

    def test_drivers_named_only_when_clear(self):
        o = self.outcome("placements", 5.0, drivers=[("employment.aftercare_hazard_ratio", 0.5, 0.2, 0.7, True),
                                                     ("coach.skill_mean", 0.19, 0.05, 0.3, False),
                                                     ("trust.mean", 0.25, 0.05, 0.4, True),
                                                     ("coach.skill_sd", 0.3, -0.01, 0.5, False)])
        self.assertEqual([d.parameter for d in ud.named_drivers(o)], ["employment.aftercare_hazard_ratio", "trust.mean"])
        self.assertEqual([d.parameter for d in ud.named_drivers(o, top=1)], ["employment.aftercare_hazard_ratio"])
        o.drivers = [ud.Driver("coach.skill_sd", 0.3, 0.1, 0.5)]
        self.assertEqual(ud.named_drivers(o), [], "a driver summary --json does not mark clear is not named")

    def test_main_effect_stands_out_most_from_chance(self):
        s = ud.ScenarioUncertainty("v", True, {
            "placements": self.outcome("placements", 10.0, reps=(-20.0, 20.0)),
            "sustained_rate_52w": self.outcome("sustained_rate_52w", 0.01, reps=(-0.005, 0.005), unit="share"),
            "dropouts": self.outcome("dropouts", 50.0, reps=(-1.0, 1.0))})
        self.assertEqual(ud.main_effect(s).kpi, "sustained_rate_52w")
        s.kpis["sustained_rate_52w"].central = 0.0
        self.assertEqual(ud.main_effect(s).kpi, "placements")
        s.kpis["placements"].central = 0.0
        self.assertIsNone(ud.main_effect(s))

    def test_conclusion_sentence(self):
        t = i18n.Texts("nl")
        res = type("Res", (), {})()
        drivers = [("employment.aftercare_hazard_ratio", 0.5, 0.2, 0.7, True), ("trust.mean", 0.3, 0.1, 0.5, True)]
        res.uncertainty = self.uncertainty(100, {"placements": self.outcome("placements", 5.0, same=94, drivers=drivers)})
        text = report.robustness_sentence(res, t, "v")
        self.assertEqual(text, "In 94 van de 100 doorgerekende varianten van de aannames zijn er meer plaatsingen; hoe groot "
                               "het verschil is, hangt vooral af van hoeveel Nazorg de kans op uitval verlaagt en het "
                               "vertrouwen van werkgevers in de gemeente bij de start.")
        self.assertIsNone(report.robustness_sentence(res, t, "base"))
        res.uncertainty = self.uncertainty(100, {"placements": self.outcome("placements", -5.0, same=70)})
        text = report.robustness_sentence(res, t, "v")
        self.assertIn("In 70 van de 100 doorgerekende varianten van de aannames zijn er minder plaatsingen", text)
        self.assertIn(t("unc_conclusion_no_clear_driver"), text)
        self.assertTrue(text.endswith(t("unc_conclusion_direction_open")), text)
        unclear = [d[:4] + (False,) for d in drivers]  # with 20 draws the noise floor is high
        res.uncertainty = self.uncertainty(20, {"placements": self.outcome("placements", 5.0, same=19, used=20,
                                                                           drivers=unclear)})
        en = report.robustness_sentence(res, i18n.Texts("en"), "v")
        self.assertEqual(en, "In 19 of the 20 sets of assumptions computed, there are more placements; which assumptions "
                             "decide how large the difference is cannot be told from 20 sets yet (that takes at least 100).")

    def test_row_formats(self):
        t = i18n.Texts("nl")
        self.assertEqual(t.value(0.000083, "index 0-1", sign=True, difference=True, like=0.0057), "+0,0001")
        self.assertEqual(t.value(0.000083, "index 0-1", sign=True, difference=True), "+0,000083")
        self.assertEqual(t.span(-0.0048, 0.0057, "index 0-1", True, like=0.0057), "-0,0048 tot +0,0057")
        self.assertEqual(t.span(-0.006, 0.032, "share", True, like=0.032), "-0,6 tot +3,2")
        self.assertEqual(t.span(-275.5, 82.7, "placements", True, like=275.5), "-276 tot +83")
        self.assertEqual(t.span(float("nan"), 1.0, "placements"), "–")
        self.assertEqual(i18n.Texts("en").parameter_label("no.such_key", "what it means"), "what it means")
        self.assertEqual(t.parameter_label("no.such_key", "what it means"), "no.such_key")


class OutputFolders(unittest.TestCase):
    """analysis/output_folder.py: files appear in DIR only when all were written."""

    def setUp(self):
        self.root = os.path.join(WORK, f"folders-{self.id().rsplit('.', 1)[-1]}")
        shutil.rmtree(self.root, ignore_errors=True)
        os.makedirs(self.root)

    def write(self, folder, names):
        for name in names:
            path = os.path.join(folder.path, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(name)

    def test_new_folder_appears_complete(self):
        target = os.path.join(self.root, "new", "csv")  # its parent is made too
        with output_folder.OutputFolder(target) as out:
            self.assertTrue(os.path.basename(out.path).startswith(f"csv.tmp-{os.getpid()}-"))
            self.write(out, ["a.csv", "charts/b.svg"])
            self.assertFalse(os.path.exists(target))
        self.assertEqual(sorted(os.listdir(target)), ["a.csv", "charts"])
        self.assertEqual(os.listdir(os.path.dirname(target)), ["csv"])

    def test_existing_folder_gets_the_files_and_keeps_others(self):
        target = os.path.join(self.root, "rep")
        os.makedirs(os.path.join(target, "charts"))
        for name in ("mine.txt", "a.csv", "charts/old.svg"):
            with open(os.path.join(target, name), "w") as f:
                f.write("old")
        with output_folder.OutputFolder(target) as out:
            self.write(out, ["a.csv", "charts/b.svg"])
        self.assertEqual(sorted(os.listdir(target)), ["a.csv", "charts", "mine.txt"])
        self.assertEqual(sorted(os.listdir(os.path.join(target, "charts"))), ["b.svg", "old.svg"])
        # A second time into the same folder (a report run again).
        with output_folder.OutputFolder(target) as out:
            self.write(out, ["a.csv", "charts/b.svg"])
        self.assertEqual(sorted(os.listdir(target)), ["a.csv", "charts", "mine.txt"])
        with open(os.path.join(target, "a.csv")) as f:
            self.assertEqual(f.read(), "a.csv")

    def test_failure_leaves_nothing(self):
        for existing in (False, True):  # (a new target first: the root is then still empty)
            target = os.path.join(self.root, f"out-{existing}", "deeper", "csv")
            if existing:
                os.makedirs(target)
            with self.assertRaises(OSError):
                with output_folder.OutputFolder(target) as out:
                    self.write(out, ["a.csv"])
                    raise OSError(28, "No space left on device")
            if existing:
                self.assertEqual(os.listdir(target), [])
            else:
                self.assertEqual(os.listdir(self.root), [])  # the folders made for it are gone too

    def test_file_as_target_and_stale_folders(self):
        path = os.path.join(self.root, "file")
        with open(path, "w") as f:
            f.write("x")
        with self.assertRaises(output_folder.OutputFolderError):
            output_folder.OutputFolder(path)
        with self.assertRaises(output_folder.OutputFolderError):
            output_folder.OutputFolder("")
        dead = subprocess.Popen(["true"])
        dead.wait()
        for name in (f"csv.tmp-{dead.pid}-abc", "csv.tmp-99999999999999999999-x", f"csv.tmp-{os.getpid()}-live"):
            os.makedirs(os.path.join(self.root, name))
        with output_folder.OutputFolder(os.path.join(self.root, "csv")) as out:
            self.write(out, ["a.csv"])
        self.assertEqual(set(os.listdir(self.root)),
                         {"file", "csv", "csv.tmp-99999999999999999999-x", f"csv.tmp-{os.getpid()}-live"})


class ContentDigest(unittest.TestCase):
    """The reader checks the content digest before HDF5 sees the file, as regiosim's readers do."""

    def setUp(self):
        self.path = os.path.join(WORK, "digest.h5")
        syn.write(self.path, [syn.scenario("base", "baseline", kpis={"placements": ("placements", [10, 12, 11])})])

    def refused(self, words):
        with self.assertRaises(rr.RegiosimFileError) as e:
            rr.open_results(self.path).close()
        self.assertIn(self.path, str(e.exception))
        self.assertIn(words, str(e.exception))

    def rewrite(self, change):
        with open(self.path, "rb") as f:
            data = bytearray(f.read())
        data = change(data)
        with open(self.path, "wb") as f:
            f.write(data)

    def test_intact_file_is_read(self):
        with rr.open_results(self.path) as f:
            self.assertEqual(list(rr.kpis(f, "base")["placements"]), [10, 12, 11])

    def test_a_changed_byte_is_refused_also_after_the_file_was_read(self):
        rr.open_results(self.path).close()  # read and remembered as checked

        def flip(data):
            data[len(data) // 2] ^= 0x01
            return data
        self.rewrite(flip)
        self.refused("damaged: content digest does not match")

    def test_a_shortened_or_extended_file_is_refused(self):
        self.rewrite(lambda data: data[:-100])
        self.refused("damaged: ")
        self.refused("but it was written with")
        self.setUp()
        self.rewrite(lambda data: data + b"\0" * 10)
        self.refused("truncated or extended")

    def test_a_damaged_header_is_refused(self):
        def damage(data):
            data[20] = ord("x")  # in "bytes <length>"
            return data
        self.rewrite(damage)
        self.refused("damaged: its regiosim header is not valid")

    def test_files_without_the_header_are_refused(self):
        with h5py.File(self.path, "w") as f:  # a plain HDF5 file, as another program writes it
            f.attrs["engine"] = "regiosim"
        self.refused("has no content digest")
        with open(self.path, "wb") as f:
            f.write(b"not hdf5 at all\n")
        self.refused("not a regiosim file")
        open(self.path, "wb").close()
        self.refused("is empty")


def t_share(x):
    return i18n.Texts("nl").share(x, 1)


class _Tmp:
    def __init__(self, case, scenarios):
        self.path = os.path.join(WORK, f"tmp-{id(case)}.h5")
        syn.write(self.path, scenarios)

    def __enter__(self):
        self.res = rd.Results.open(self.path)
        return self.res

    def __exit__(self, *exc):
        self.res.close()


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    unittest.main(verbosity=2)
