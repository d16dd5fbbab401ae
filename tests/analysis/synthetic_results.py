"""Writes small results files and sweep files by hand, following docs/hdf5-schema.md, for the
analysis tests: files the simulator does not (yet) write, such as one with an employer-trust series or
one with KPIs only, and sweep files of chosen shapes (many points, a boolean factor, known effects).

    import synthetic_results as syn
    syn.write(path, [syn.scenario("base", "baseline", kpis={"placements": ("placements", [10, 12, 11])})])
    syn.write_sweep(path, "grid", [("policy.aftercare.weeks", "integer", "weeks", "values: 4, 13")], 3,
                    {"placements": ("placements", lambda p, r, x: 100 + x[0])}, [["4"], ["13"]])
"""

import os
import sys

import h5py
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "app"))
from file_digest import USER_BLOCK, stamp  # noqa: E402  (the content digest regiosim's files carry)

STR = h5py.string_dtype("utf-8")


def scenario(name, role="variant", description="", kpis=None, series=None, replications=None):
    """kpis: {name: (unit, values per replication)}; series: {name: (unit, columns, array [R, W, C])},
    a name "group/series" puts the series in another series group (e.g. "curves/survival")."""
    kpis = kpis or {}
    series = series or {}
    if replications is None:
        lengths = [len(v) for _, v in kpis.values()] + [a.shape[0] for _, _, a in series.values()]
        replications = max(lengths) if lengths else 0
    return {"name": name, "role": role, "description": description, "kpis": kpis, "series": series,
            "replications": replications}


def write(path, scenarios, engine_version="0.0.0-test"):
    with h5py.File(path, "w", userblock_size=USER_BLOCK) as f:
        f.attrs.create("format_version", 1, dtype="<i4")
        f.attrs.create("engine", "regiosim", dtype=STR)
        f.attrs.create("engine_version", engine_version, dtype=STR)
        f.attrs.create("engine_commit", "unknown", dtype=STR)
        f.attrs.create("command_line", "synthetic_results.py", dtype=STR)
        f.attrs.create("created_utc", "2026-01-01T00:00:00Z", dtype=STR)
        f.attrs.create("threads", 1, dtype="<i4")
        f.attrs.create("base_seed", 1, dtype="<u8")
        f.attrs.create("replications", max([s["replications"] for s in scenarios] or [0]), dtype="<i8")
        top = f.create_group("scenarios")
        top.attrs.create("order", [s["name"] for s in scenarios], dtype=STR)
        for s in scenarios:
            g = top.create_group(s["name"])
            for key in ("name", "role", "description"):
                g.attrs.create(key, s[key], dtype=STR)
            g.attrs.create("content_hash", "sha256:" + "0" * 64, dtype=STR)
            g.attrs.create("replications", s["replications"], dtype="<i8")
            g.create_dataset("resolved_scenario", data=f'name = "{s["name"]}"\n', dtype=STR)
            ptype = np.dtype([("key", STR), ("value", STR), ("unit", STR), ("source", STR)])
            p = np.array([("sim.weeks", "104", "weeks", "test")], dtype=ptype)
            g.create_dataset("parameters", data=p)
            g.create_dataset("seeds", data=np.arange(s["replications"], dtype="<u8"))
            names = list(s["kpis"])
            values = np.array([s["kpis"][k][1] for k in names], dtype="<f8").T.reshape(s["replications"], len(names))
            k = g.create_dataset("kpi", data=values)
            k.attrs.create("columns", names, dtype=STR)
            k.attrs.create("units", [s["kpis"][n][0] for n in names], dtype=STR)
            k.attrs.create("descriptions", [n for n in names], dtype=STR)
            k.attrs.create("unit", "see units", dtype=STR)
            k.attrs.create("description", "KPIs", dtype=STR)
            groups = {"timeseries": g.create_group("timeseries", track_order=True)}
            for name, (unit, columns, array) in s["series"].items():
                group, _, leaf = name.rpartition("/")  # "curves/survival": another series group
                group = group or "timeseries"
                if group not in groups:
                    groups[group] = g.create_group(group, track_order=True)
                d = groups[group].create_dataset(leaf, data=np.asarray(array, dtype="<f8"))
                d.attrs.create("unit", unit, dtype=STR)
                d.attrs.create("description", name, dtype=STR)
                d.attrs.create("columns", columns, dtype=STR)

    stamp(path)


def write_sweep(path, design, factors, replications, kpis, points, sensitivity=(), series=None,
                kpis_analysed=None, file_kind="sweep"):
    """A sweep file following docs/hdf5-schema.md ("Sweep files").

    factors: [(key, type, unit, range)]; points: [[value as TOML text per factor]] with numeric values
    derived (numbers as they are, true/false as 1/0, quoted choices by their order of appearance);
    kpis: {name: (unit, function(point index, replication, numeric values) -> value)};
    sensitivity: rows (method, kpi, factor, first, first_low, first_high, total, total_low, total_high,
    mu, mu_star, sigma); series: {name: (unit, columns, array [runs, weeks, columns])}."""
    keys = [f[0] for f in factors]
    choices = [dict() for _ in factors]
    numeric = []
    for row in points:
        values = []
        for i, text in enumerate(row):
            if text in ("true", "false"):
                values.append(1.0 if text == "true" else 0.0)
            elif text.startswith('"'):
                values.append(float(choices[i].setdefault(text, len(choices[i]))))
            else:
                values.append(float(text))
        numeric.append(values)
    with h5py.File(path, "w", userblock_size=USER_BLOCK) as f:
        f.attrs.create("format_version", 1, dtype="<i4")
        f.attrs.create("engine", "regiosim", dtype=STR)
        f.attrs.create("file_kind", file_kind, dtype=STR)
        for key, value in (("engine_version", "0.0.0-test"), ("engine_commit", "unknown"),
                           ("command_line", "synthetic_results.py"), ("created_utc", "2026-01-01T00:00:00Z")):
            f.attrs.create(key, value, dtype=STR)
        f.attrs.create("threads", 1, dtype="<i4")
        f.attrs.create("base_seed", 1, dtype="<u8")
        f.attrs.create("replications", replications, dtype="<i8")
        f.attrs.create("mpi_world_size", 1, dtype="<i4")
        f.attrs.create("hosts", ["test"], dtype=STR)
        g = f.create_group("sweep", track_order=True)
        for key, value in (("name", "synthetic"), ("description", ""), ("design", design),
                           ("definition_source", "synthetic.toml"), ("identity", "sha256:" + "0" * 64)):
            g.attrs.create(key, value, dtype=STR)
        g.attrs.create("replications", replications, dtype="<i8")
        g.attrs.create("points", len(points), dtype="<i8")
        g.attrs.create("kpis_analysed", list(kpis) if kpis_analysed is None else kpis_analysed, dtype=STR)
        g.create_dataset("definition", data='design = "' + design + '"\n', dtype=STR)
        g.create_dataset("base_scenario", data="schema_version = 1\n", dtype=STR)
        ftype = np.dtype([(n, STR) for n in ("key", "type", "unit", "source", "range")])
        d = g.create_dataset("factors", data=np.array([(k, t, u, "test", r) for k, t, u, r in factors], dtype=ftype))
        d.attrs.create("description", "factors", dtype=STR)
        ptype = [("point", "<i8"), ("content_hash", STR)]
        for k in keys:
            ptype += [(k, STR), (k + ":numeric", "<f8"), (k + ":unit", "<f8")]
        rows = []
        for p, (texts, nums) in enumerate(zip(points, numeric)):
            row = [p, "sha256:%064d" % p]
            for text, x in zip(texts, nums):
                row += [text, x, np.nan if design == "grid" else 0.5]
            rows.append(tuple(row))
        g.create_dataset("points", data=np.array(rows, dtype=np.dtype(ptype)))
        rtype = [("point", "<i8"), ("replication", "<i8"), ("seed", "<u8"), ("weeks_completed", "<i4")]
        rtype += [(k, "<f8") for k in keys] + [(k, "<f8") for k in kpis]
        rows = []
        for p, nums in enumerate(numeric):
            for r in range(replications):
                rows.append(tuple([p, r, 1000 + r, 52] + nums + [fn(p, r, nums) for _, fn in kpis.values()]))
        d = g.create_dataset("runs", data=np.array(rows, dtype=np.dtype(rtype)))
        d.attrs.create("kpi_units", [u for u, _ in kpis.values()], dtype=STR)
        stype = [(n, STR) for n in ("method", "kpi", "factor")] + \
            [(n, "<f8") for n in ("first", "first_low", "first_high", "total", "total_low", "total_high", "mu",
                                  "mu_star", "sigma")]
        g.create_dataset("sensitivity", data=np.array([tuple(r) for r in sensitivity], dtype=np.dtype(stype)))
        if series:
            ts = g.create_group("timeseries", track_order=True)
            for name, (unit, columns, array) in series.items():
                d = ts.create_dataset(name, data=np.asarray(array, dtype="<f8"))
                d.attrs.create("unit", unit, dtype=STR)
                d.attrs.create("description", name, dtype=STR)
                d.attrs.create("columns", columns, dtype=STR)
    stamp(path)
