"""Writes small results files by hand, following docs/hdf5-schema.md, for the analysis tests: files
the simulator does not (yet) write, such as one with an employer-trust series or one with KPIs only.

    import synthetic_results as syn
    syn.write(path, [syn.scenario("base", "baseline", kpis={"placements": ("placements", [10, 12, 11])})])
"""

import h5py
import numpy as np

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
    with h5py.File(path, "w") as f:
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
