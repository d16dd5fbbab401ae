"""regiosim export: a results file or a sweep file as CSV files for spreadsheet users.

    /usr/bin/python3 analysis/export.py RESULTS.h5 --csv DIR [--dutch-excel] [--events] [--persons]

(``regiosim export`` runs this script.) Writes into DIR:

    scenarios.csv         scenario, role, description, replications, content_hash
    kpis.csv              scenario, replication, one column per KPI (one row per replication)
    kpi_summary.csv       scenario, kpi, unit, n, mean, ci_low, ci_high (95 % t-interval)
    kpi_differences.csv   scenario, baseline, kpi, unit, n, difference, ci_low, ci_high, verdict
                          (paired by replication; verdict: higher, lower, no_demonstrable_difference,
                          too_few_replications) -- only when the file has variants
    timeseries_<series>.csv   scenario, replication, week, one column per series column
    parameters.csv        scenario, key, value, unit, source
    events.csv            (with --events) scenario and the event table's columns
    persons.csv           (with --persons) scenario and the person table's columns: one row per
                          person and replication

From a sweep file (``regiosim sweep``) instead:

    sweep.csv             attribute, value: the file's root attributes, then the /sweep attributes
                          as sweep.<name> (list attributes joined by "; ")
    factors.csv           key, type, unit, source, range (one row per factor)
    points.csv            point, content_hash, and per factor <key> (TOML text), <key>:numeric,
                          <key>:unit (design coordinate, empty for a grid)
    runs.csv              point, replication, seed, weeks_completed, one column per factor (numeric
                          value) and one per KPI: one row per run, P x R rows
    point_summary.csv     point, kpi, unit, n, mean, ci_low, ci_high (95 % t-interval over the
                          replications of each point)
    sensitivity.csv       method, kpi, factor, first, first_low, first_high, total, total_low,
                          total_high, mu, mu_star, sigma (header only for grid, lhs and sobol designs)
    timeseries_<series>.csv   long format: point, replication, week, column, value

The files appear together: they are written into a temporary folder, which becomes DIR (or whose
files move into an existing DIR) only when every file was written; when writing fails (a full disk,
a file-size limit) nothing is left behind and the exit code is 1 (analysis/output_folder.py).

Columns keep the schema's names (docs/hdf5-schema.md) and numbers are written with a decimal point
and comma separators, which every spreadsheet reads; ``--dutch-excel`` writes semicolons and decimal
commas instead, as a Dutch Excel expects when it opens a CSV file by double-click. Files are UTF-8
with a byte-order mark so Excel shows "Oriëntatie" correctly.

Exit codes: 0 ok, 1 runtime failure, 2 bad input (missing or unreadable results file, bad options).
"""

from __future__ import annotations

import argparse
import os
import sys

PROG = "regiosim export"


def parse_args(argv):
    ap = argparse.ArgumentParser(prog=PROG, description="Write a regiosim results file as CSV files.")
    ap.add_argument("results", metavar="RESULTS.h5", help="results file written by regiosim run, or a sweep, "
                                                          "findings or calibration file")
    ap.add_argument("--csv", required=True, metavar="DIR", help="output folder (created if needed; written completely "
                                                                 "or not at all)")
    ap.add_argument("--dutch-excel", action="store_true", help="semicolons and decimal commas (Dutch Excel)")
    ap.add_argument("--events", action="store_true", help="also write the per-person event table (large)")
    ap.add_argument("--persons", action="store_true", help="also write the person table (a row per person and "
                                                           "replication)")
    ap.add_argument("--quiet", action="store_true", help="print nothing on success")
    return ap.parse_args(argv)


VERDICT = {"higher": "higher", "lower": "lower", "none": "no_demonstrable_difference", "few": "too_few_replications"}


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import output_folder
    from report import need_packages

    try:
        output_folder.check_target(args.csv, "--csv")
    except output_folder.OutputFolderError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    need_packages(PROG, charts=False)
    import pandas as pd

    import regiosim_results as rr
    import reportdata as rd

    sep, decimal = (";", ",") if args.dutch_excel else (",", ".")
    written = []
    folder = {"path": None}  # the temporary folder being written (output_folder.OutputFolder)

    def write(df: pd.DataFrame, name: str):
        path = os.path.join(folder["path"], name)
        if args.dutch_excel:
            df = dutch(df)  # Dutch headers with --dutch-excel
        df.to_csv(path, index=False, sep=sep, decimal=decimal, encoding="utf-8-sig", float_format="%.10g")
        written.append(os.path.join(args.csv, name))

    res = sw = None
    try:
        kind = rr.kind_of(args.results) if os.path.exists(args.results) else "results"
        if kind == "sweep":
            sw = rr.read_sweep(args.results)
        elif kind not in ("findings", "calibration"):
            res = rd.Results.open(args.results)
    except (rr.RegiosimFileError, OSError, KeyError) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 2
    # Everything goes into a temporary folder next to DIR, which becomes DIR (or whose files move
    # into an existing DIR) only when every file was written: a failure leaves nothing partial.
    try:
        with output_folder.OutputFolder(args.csv, "--csv") as out:
            folder["path"] = out.path
            if sw is not None:
                export_sweep(args, sw, write)
            elif res is None:
                export_tables(args, kind, write)
            else:
                with res:
                    export_results(res, args, write)
    except OSError as e:
        print(f"{PROG}: writing {args.csv} failed: {e.strerror or e}; nothing was written", file=sys.stderr)
        return 1
    if not args.quiet:
        for path in written:
            print(path)
    return 0


def export_results(res, args, write):
    """The CSV files of a results file (see the module notes)."""
    import numpy as np
    import pandas as pd

    import regiosim_results as rr

    f = res.file  # the open h5py file, for the reader functions
    write(pd.DataFrame([{"scenario": s.name, "role": s.role, "description": s.description,
                         "replications": s.replications,
                         "content_hash": rr.scenario_info(f, s.name).get("content_hash", "")}
                        for s in res.scenarios],
                       columns=["scenario", "role", "description", "replications", "content_hash"]),
          "scenarios.csv")
    kpi_names = res.kpi_names()
    frames = []
    for s in res.names:
        k = res.kpi(s)
        if k.empty and not len(k.columns):
            continue
        k = k.reset_index()
        k.insert(0, "scenario", s)
        frames.append(k)
    if frames:
        all_kpis = pd.concat(frames, ignore_index=True)
        all_kpis.columns.name = None
        write(all_kpis, "kpis.csv")
        summary = rr.kpi_summary(f).reset_index()
        summary = summary.rename(columns={"lower": "ci_low", "upper": "ci_high"})
        write(summary[["scenario", "kpi", "unit", "n", "mean", "ci_low", "ci_high"]], "kpi_summary.csv")
    if res.variants and kpi_names:
        rows = []
        for v in res.variants:
            for kpi in kpi_names:
                e = res.kpi_difference(v, kpi)
                rows.append({"scenario": v, "baseline": res.baseline, "kpi": kpi, "unit": res.kpi_unit(kpi),
                             "n": e.n, "difference": e.mean, "ci_low": e.low, "ci_high": e.high,
                             "verdict": VERDICT[e.verdict]})
        write(pd.DataFrame(rows), "kpi_differences.csv")
    export_effects(res, write)
    series = []
    for s in res.names:
        for name in res.series_names(s):
            if name not in series:
                series.append(name)
    for name in series:
        frames = []
        for s in res.names:
            got = res.series(s, name)
            if got is None:
                continue
            values, columns, _ = got
            reps, weeks, ncols = values.shape
            df = pd.DataFrame(values.reshape(reps * weeks, ncols), columns=columns)
            ds_dtype = f["scenarios"][s]["timeseries"][name].dtype
            if np.issubdtype(ds_dtype, np.integer):
                df = df.astype(np.int64)
            df.insert(0, "week", np.tile(np.arange(weeks), reps))
            df.insert(0, "replication", np.repeat(np.arange(reps), weeks))
            df.insert(0, "scenario", s)
            frames.append(df)
        if frames:
            safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
            write(pd.concat(frames, ignore_index=True), f"timeseries_{safe}.csv")
    frames = []
    for s in res.names:
        p = rr.parameters(f, s)
        p.insert(0, "scenario", s)
        frames.append(p)
    write(pd.concat(frames, ignore_index=True), "parameters.csv")
    if args.events:
        frames = []
        for s in res.names:
            ev = res.events(s)
            if ev is not None:
                ev = ev.copy()
                ev.insert(0, "scenario", s)
                frames.append(ev)
        if frames:
            write(pd.concat(frames, ignore_index=True), "events.csv")
    if args.persons:
        frames = []
        for s in res.names:
            who = rr.persons(f, s)
            if who is not None:
                who.insert(0, "scenario", s)
                frames.append(who)
        if frames:
            write(pd.concat(frames, ignore_index=True), "persons.csv")


#: Dutch column names and verdicts for --dutch-excel (KPI, series and parameter names stay as the
#: schema writes them: they are identifiers).
DUTCH_COLUMNS = {
    "scenario": "scenario", "label": "naam", "role": "rol", "description": "beschrijving",
    "replications": "herhalingen", "replication": "herhaling", "content_hash": "kenmerk", "kpi": "indicator",
    "unit": "eenheid", "n": "aantal herhalingen", "mean": "gemiddelde", "ci_low": "ondergrens 95%",
    "ci_high": "bovengrens 95%", "baseline": "basis", "difference": "verschil", "verdict": "oordeel",
    "week": "week", "key": "sleutel", "value": "waarde", "source": "bron", "variant": "variant",
    "per_year": "verschil per jaar", "relative": "verschil in % van de basis", "baseline_mean": "gemiddelde basis",
    "variant_mean": "gemiddelde variant", "part": "onderdeel", "columns": "kolommen",
    "baseline_per_year": "basis per jaar", "dimension": "indeling", "group": "groep",
    "evaluated_scenario": "beoordeeld scenario", "other_scenario": "vergeleken met", "quantity": "grootheid",
    "attribute": "kenmerk", "point": "punt", "factor": "factor", "year": "jaar",
}
DUTCH_VERDICTS = {"higher": "hoger", "lower": "lager", "no_demonstrable_difference": "geen aantoonbaar verschil",
                  "too_few_replications": "te weinig herhalingen"}


def dutch(df):
    """Dutch headers and verdicts (for --dutch-excel)."""
    def name(c: str) -> str:
        for suffix, word in (("_low", "ondergrens 95%"), ("_high", "bovengrens 95%")):
            if c.endswith(suffix) and c not in DUTCH_COLUMNS:
                return f"{DUTCH_COLUMNS.get(c[: -len(suffix)], c[: -len(suffix)])}, {word}"
        return DUTCH_COLUMNS.get(c, c)

    out = df.rename(columns={c: name(c) for c in df.columns})
    if "oordeel" in out.columns:
        out["oordeel"] = out["oordeel"].map(lambda v: DUTCH_VERDICTS.get(v, v))
    return out


def export_effects(res, write):
    """effects.csv (per variant and KPI: the difference over the period, per year and in % of the
    baseline), budget.csv (spending per year by part and each variant's difference),
    who_gains.csv and virtual_evaluation.csv (the evaluated arm named): the numbers of the report."""
    import math

    import pandas as pd

    import effects

    def est(prefix, e):
        if e is None:
            return {prefix: math.nan, prefix + "_low": math.nan, prefix + "_high": math.nan}
        return {prefix: e.mean, prefix + "_low": e.low, prefix + "_high": e.high}

    rows = []
    kpis = list(effects.HEADLINE_KPIS) + [k for k in res.kpi_names() if k not in effects.HEADLINE_KPIS]
    for v in res.variants:
        for k in kpis:
            r = effects.effect(res, v, k)
            if r is None:
                continue
            row = {"variant": v, "baseline": res.baseline, "kpi": k, "unit": r.unit, "baseline_mean": r.baseline.mean,
                   "variant_mean": r.variant.mean, "n": r.diff.n}
            row.update({"difference": r.diff.mean, "ci_low": r.diff.low, "ci_high": r.diff.high})
            row.update(est("per_year", r.per_year))
            row.update(est("relative", r.relative))
            row["verdict"] = VERDICT[r.diff.verdict]
            rows.append(row)
    if rows:
        write(pd.DataFrame(rows), "effects.csv")
    rows = []
    for v in [None] + list(res.variants):
        for r in effects.budget_split(res, v):
            row = {"variant": v or "", "baseline": res.baseline, "part": r.part, "columns": "; ".join(r.columns)}
            row.update(est("baseline_per_year", r.baseline))
            row.update(est("difference", r.diff))
            row["verdict"] = VERDICT[r.diff.verdict] if r.diff is not None else ""
            rows.append(row)
    if rows:
        write(pd.DataFrame(rows), "budget.csv")
    rows = []
    for v in res.variants:
        groups, _ = effects.who_gains(res, v)
        for r in groups:
            row = {"variant": v, "baseline": res.baseline, "dimension": r.dimension, "group": r.group, "unit": r.unit}
            row.update(est("baseline_per_year", r.baseline))
            row.update(est("difference", r.diff))
            row["verdict"] = VERDICT[r.diff.verdict]
            rows.append(row)
    if rows:
        write(pd.DataFrame(rows), "who_gains.csv")
    rows = []
    for v in res.variants:
        ve = effects.virtual_evaluation(res, v)
        if ve is None:
            continue
        for k in effects.VE_ROWS:
            e = ve.rows[k]
            rows.append({"variant": v, "evaluated_scenario": ve.evaluated, "other_scenario": ve.other, "quantity": k,
                         "n": e.n, "mean": e.mean, "ci_low": e.low, "ci_high": e.high})
    if rows:
        write(pd.DataFrame(rows), "virtual_evaluation.csv")


def export_tables(args, kind: str, write):
    """A findings or calibration file: every table of its group as <group>_<table>.csv (the findings
    table as findings.csv) and its attributes as <group>.csv."""
    import h5py
    import pandas as pd

    import regiosim_results as rr

    for flag, table in (("events", "event"), ("persons", "person")):
        if getattr(args, flag):
            print(f"{PROG}: {args.results}: a {kind} file has no {table} table; --{flag} ignored", file=sys.stderr)
    with rr.open_results(args.results, kind=kind) as f:
        g = f[kind]
        rows = [(k, rr._str(v) if isinstance(v, (bytes, str)) else v) for k, v in list(f.attrs.items()) + list(g.attrs.items())]
        write(pd.DataFrame(rows, columns=["attribute", "value"]), f"{kind}.csv")
        for name, ds in g.items():
            if not isinstance(ds, h5py.Dataset) or ds.dtype.names is None:
                continue
            data = ds[()]
            df = pd.DataFrame({c: [rr._str(x) if isinstance(x, (bytes, str)) else x for x in data[c]]
                               for c in ds.dtype.names}, columns=list(ds.dtype.names))
            write(df, "findings.csv" if (kind, name) == ("findings", "table") else f"{kind}_{name}.csv")


def export_sweep(args, sw, write):
    """The CSV files of a sweep file (see the module notes)."""
    import pandas as pd

    import regiosim_results as rr

    for flag, table in (("events", "event"), ("persons", "person")):
        if getattr(args, flag):
            print(f"{PROG}: {args.results}: a sweep file has no {table} table; --{flag} ignored", file=sys.stderr)
    rows = []
    for key, value in list(sw.provenance.items()) + [("sweep." + k, v) for k, v in sw.attrs.items()]:
        rows.append((key, "; ".join(map(str, value)) if isinstance(value, list) else value))
    write(pd.DataFrame(rows, columns=["attribute", "value"]), "sweep.csv")
    write(sw.factors, "factors.csv")
    write(sw.points, "points.csv")
    write(sw.runs, "runs.csv")
    summary = rr.sweep_point_summary(sw).reset_index()
    summary = summary.rename(columns={"lower": "ci_low", "upper": "ci_high"})
    write(summary[["point", "kpi", "unit", "n", "mean", "ci_low", "ci_high"]], "point_summary.csv")
    write(sw.sensitivity, "sensitivity.csv")
    if sw.series:
        with rr.open_sweep(args.results) as f:
            for name in sw.series:
                safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
                write(rr.sweep_timeseries(f, name), f"timeseries_{safe}.csv")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(1)
    except SystemExit:
        raise
    except BaseException as e:
        print(f"{PROG}: failed: {type(e).__name__}: {e}", file=sys.stderr)
        if os.environ.get("REGIOSIM_DEBUG"):
            import traceback

            traceback.print_exc()
        sys.exit(1)
