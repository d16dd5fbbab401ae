"""analysis/regiosim_results.py follows a cohort through benefit, work and exits from the person
table, the event history and the spells, and the person table describes everyone in scope:

* the person table has one row per person in scope in some observed week (registered by a Melding
  before the last observed week, not gone before the first; without burn-in, every seeker ever in
  the model: the initial stock and the inflow), registered in the week of the first
  Melding, with the same registered attributes as the spells, and its exits (week and reason) are
  exactly the exit events;
* with everyone chosen, the cohort's counts per week equal the model's weekly stocks (waiting, in
  service, employed, employed with benefit, on benefit) and the cumulated exits its weekly outflows;
  in a run without burn-in, where the spells table holds every job, the jobs by form equal the
  weekly `employment` series;
* a chosen cohort keeps its size, is registered exactly in the weeks it was chosen by, is employed
  exactly when in a job of the spells table (registered in the observed weeks), and followed since
  registration it counts as the calendar weeks shifted by its registration week;
* without the event history, the person table and the spells give the same work and exits.

usage: /usr/bin/python3 check_cohort.py RESULTS.h5...   (results files with output.events = true)
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "analysis"))
import regiosim_results as rr  # noqa: E402


def check_person_table(scenario, rep, people, ev, sp, flows, flow_columns, stocks, columns, stock_size):
    """The person table against the event history, the spells and the weekly series."""
    where = f"{scenario} rep {rep}"
    assert people["seeker"].is_unique, where
    # Without burn-in every seeker ever in the model: the initial stock and the inflow.
    stock = (people["initial_stock"] == 1).sum()
    if people["registration_week"].min() >= 0:
        assert stock == stock_size, (where, stock)
    else:
        assert 0 < stock <= stock_size, (where, stock)
    # Everyone registered before the last observed week and not gone before the first.
    meldingen = ev[ev["event"] == "melding"]
    exits = ev[ev["event"].isin(["exit_other", "exit_pension", "exit_work"])]
    in_scope = set(meldingen["seeker"]) - set(exits.loc[exits["week"] < 0, "seeker"])
    assert set(people["seeker"]) == in_scope, (where, len(people), len(in_scope))
    assert set(sp["seeker"]) <= in_scope, where
    # Registered in the week of the first Melding; the inflow of the observed weeks is the new registrations.
    first = meldingen.groupby("seeker")["week"].min()
    p = people.set_index("seeker")
    assert (p["registration_week"] == first.reindex(p.index)).all(), where
    arrived = p["initial_stock"] == 0
    assert (arrived & (p["registration_week"] >= 0)).sum() == flows[:, flow_columns.index("inflow")].sum(), where
    assert (p.loc[~arrived, "registration_week"] == p["registration_week"].min()).all(), where
    assert p["age_band"].notna().all() and p["age"].between(18, 67).all(), where
    # Exits: at most one exit event per person, and the table's week and reason are exactly it.
    assert exits["seeker"].is_unique, where
    e = exits[exits["week"] >= 0].set_index("seeker")
    left = p["exit_week"] >= 0
    assert set(p.index[left]) == set(e.index), (where, left.sum(), len(e))
    assert (p.loc[left, "exit_week"] == e["week"].reindex(p.index[left])).all(), where
    assert (p.loc[left, "exit_reason"] == e["event"].reindex(p.index[left]).str.removeprefix("exit_")).all(), where
    assert (p.loc[~left, "exit_reason"] == "none").all() and (p.loc[left, "status"] == "exited").all(), where
    # The status after the last observed week: the last row of the stocks.
    for state in ("waiting", "in_service", "employed"):
        assert (p["status"] == state).sum() == stocks[-1, columns.index(state)], (where, state)
    # What the spells say of the person at registration.
    s = sp.set_index("seeker")
    for column, spell_column in (("rung", "entry_rung"), ("benefit_type", "benefit_type"), ("disability", "disability")):
        assert (s[spell_column] == p[column].reindex(s.index)).all(), (where, column)


def main():
    checked = 0
    for path in sys.argv[1:]:
        with rr.open_results(path) as f:
            for scenario in rr.scenario_names(f):
                people_all = rr.persons(f, scenario)
                events_all = rr.events(f, scenario)
                spells_all = rr.spells(f, scenario)
                assert people_all is not None and spells_all is not None, f"{scenario}: no person or spells table"
                stocks, columns, _, _ = rr.timeseries_array(f, scenario, "stocks")
                flows, flow_columns, _, _ = rr.timeseries_array(f, scenario, "flows")
                employment, job_columns, _, _ = rr.timeseries_array(f, scenario, "employment")
                weeks = stocks.shape[1]
                p = rr.parameters(f, scenario)
                stock_size = int(p.loc[p["key"] == "region.job_seekers", "value"].iloc[0])
                for rep in range(stocks.shape[0]):
                    people = people_all[people_all["replication"] == rep]
                    check_person_table(scenario, rep, people, events_all[events_all["replication"] == rep],
                                       spells_all[spells_all["replication"] == rep], flows[rep], flow_columns,
                                       stocks[rep], columns, stock_size)
                    n = len(people)
                    everyone = rr.cohort(f, scenario, rep)
                    assert (everyone[list(rr.COHORT_STATES)].sum(axis=1) == n).all(), \
                        f"{scenario} rep {rep}: the cohort does not keep its size"
                    for state in ("waiting", "in_service", "employed", "on_ww", "employed_with_benefit", "on_benefit"):
                        got = everyone[state].to_numpy()
                        want = stocks[rep, :, columns.index(state)]
                        assert np.array_equal(got, want), (scenario, rep, state, np.nonzero(got != want)[0][:5])
                    for state, flow in (("exited_other", "outflow_other"), ("exited_pension", "outflow_pension"),
                                        ("exited_work", "outflow_followed_up")):
                        got = everyone[state].to_numpy()
                        want = np.cumsum(flows[rep, :, flow_columns.index(flow)])
                        assert np.array_equal(got, want), (scenario, rep, state, got[-3:], want[-3:])
                    assert everyone["employed"].max() > 0 and everyone["exited_other"].iloc[-1] > 0, "a run without movement"
                    assert everyone["employed_with_benefit"].max() > 0, "nobody employed with benefit"
                    jobs = everyone["job_trial_or_traineeship"] + everyone["job_contract"]
                    if people["registration_week"].min() >= 0:
                        # No burn-in: every job is in the spells table.
                        job = lambda *names: sum(employment[rep, :, job_columns.index(c)] for c in names)  # noqa: E731
                        assert np.array_equal(everyone["job_trial_or_traineeship"].to_numpy(),
                                              job("trial_placement", "traineeship")), (scenario, rep)
                        assert np.array_equal(everyone["job_contract"].to_numpy(),
                                              job("temporary_contract", "permanent_contract")), (scenario, rep)
                        assert np.array_equal(jobs.to_numpy(), everyone["employed"].to_numpy()), (scenario, rep)
                    else:
                        # Jobs begun in the burn-in are employed without a spell in the table.
                        assert (jobs <= everyone["employed"]).all() and (jobs < everyone["employed"]).any()

                    # A cohort: registered in the first 13 observed weeks on rungs 1-2.
                    chosen = rr.cohort(f, scenario, rep, registered=(0, 12), select=lambda p: p.rung <= 2)
                    same = rr.cohort(f, scenario, rep, select=lambda p: p.registration_week.between(0, 12) & (p.rung <= 2))
                    assert chosen.equals(same), (scenario, rep)
                    mine = people[people["registration_week"].between(0, 12) & (people["rung"] <= 2)]
                    size = len(mine)
                    assert size > 0 and (chosen[list(rr.COHORT_STATES)].sum(axis=1) == size).all(), (scenario, rep, size)
                    registered = np.array([(mine["registration_week"] <= w).sum() for w in range(13)])
                    assert np.array_equal(size - chosen["not_registered"].to_numpy()[:13], registered)
                    assert chosen["not_registered"].iloc[13:].eq(0).all()
                    # Registered in the observed weeks: employed exactly when in a job of the spells table.
                    new = rr.cohort(f, scenario, rep, registered=(0, weeks - 1))
                    assert new["employed"].sum() > 0 and np.array_equal(
                        (new["job_trial_or_traineeship"] + new["job_contract"]).to_numpy(), new["employed"].to_numpy())

                    # Without the event history: the person table and the spells tell the same work and exits.
                    bare = rr.cohort(f, scenario, rep, registered=(0, weeks - 1), use_events=False)
                    assert list(bare.columns) == ["not_registered", "not_employed", "employed", "exited_other",
                                                  "exited_pension", "exited_work", "job_trial_or_traineeship",
                                                  "job_contract"], bare.columns
                    assert np.array_equal(bare["not_employed"], new["waiting"] + new["in_service"] + new["on_ww"]), (scenario, rep)
                    for column in ("not_registered", "employed", "exited_other", "exited_pension", "exited_work", "job_contract"):
                        assert np.array_equal(bare[column], new[column]), (scenario, rep, column)
                    bare = rr.cohort(f, scenario, rep, use_events=False)
                    for column in ("not_registered", "exited_other", "exited_pension", "exited_work"):
                        assert np.array_equal(bare[column], everyone[column]), (scenario, rep, column)
                    assert np.array_equal(bare["employed"], jobs), (scenario, rep)

                    # Followed since registration: a cohort of one registration week is the calendar shifted.
                    week = 5
                    since = rr.cohort(f, scenario, rep, registered=(week, week), since_registration=True)
                    calendar = rr.cohort(f, scenario, rep, registered=(week, week))
                    k = weeks - week
                    assert len(since) == k and (since["followed"] == (people["registration_week"] == week).sum()).all()
                    assert np.array_equal(since[calendar.columns].to_numpy(), calendar.to_numpy()[week:]), (scenario, rep)
                    # A cohort of several weeks: each week since registration counts those observed that long.
                    since = rr.cohort(f, scenario, rep, registered=(0, 12), since_registration=True)
                    reg = people.loc[people["registration_week"].between(0, 12), "registration_week"].to_numpy()
                    followed = np.array([(reg + j < weeks).sum() for j in range(len(since))])
                    assert np.array_equal(since["followed"].to_numpy(), followed)
                    assert np.array_equal(since[list(rr.COHORT_STATES)].sum(axis=1).to_numpy(), followed)
                    assert since["not_registered"].eq(0).all() and since["employed"].iloc[26] > 0
                    checked += 1
    print(f"person tables and cohorts checked against the events, spells, weekly stocks and outflows: {checked} runs")


if __name__ == "__main__":
    main()
