"""analysis/regiosim_results.py follows a cohort through benefit, work and exits from the person
table and the event history: with everyone chosen, the counts per week equal the model's weekly
stocks (waiting, in service, employed) and the cumulated exits equal the weekly outflows; a chosen
cohort keeps its size and is registered exactly in the weeks it was chosen by.

usage: /usr/bin/python3 check_cohort.py RESULTS.h5   (a results file with output.events = true)
"""
import os
import sys

import h5py
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "analysis"))
import regiosim_results as rr  # noqa: E402


def main():
    path = sys.argv[1]
    checked = 0
    with rr.open_results(path) as f:
        for scenario in rr.scenario_names(f):
            people = rr.persons(f, scenario)
            assert people is not None, f"{scenario}: no person table"
            stocks, columns, _, _ = rr.timeseries_array(f, scenario, "stocks")
            flows, flow_columns, _, _ = rr.timeseries_array(f, scenario, "flows")
            for rep in range(stocks.shape[0]):
                everyone = rr.cohort(f, scenario, rep)
                n = int((people["replication"] == rep).sum())
                assert (everyone.sum(axis=1) == n).all(), f"{scenario} rep {rep}: the cohort does not keep its size"
                for state in ("waiting", "in_service", "employed"):
                    got = everyone[state].to_numpy()
                    want = stocks[rep, :, columns.index(state)]
                    assert np.array_equal(got, want), (scenario, rep, state, np.nonzero(got != want)[0][:5])
                for state, flow in (("exited_other", "outflow_other"), ("exited_pension", "outflow_pension")):
                    got = everyone[state].to_numpy()
                    want = np.cumsum(flows[rep, :, flow_columns.index(flow)])
                    assert np.array_equal(got, want), (scenario, rep, state, got[-3:], want[-3:])
                assert everyone["employed"].max() > 0 and everyone["exited_other"].iloc[-1] > 0, "a run without movement"
                # A cohort: registered in the first 13 observed weeks on rungs 1-2.
                chosen = rr.cohort(f, scenario, rep, select=lambda p: p.registration_week.between(0, 12) & (p.rung <= 2))
                mine = people[(people["replication"] == rep) & people["registration_week"].between(0, 12) & (people["rung"] <= 2)]
                size = len(mine)
                assert size > 0 and (chosen.sum(axis=1) == size).all(), (scenario, rep, size)
                registered = np.array([(mine["registration_week"] <= w).sum() for w in range(13)])
                assert np.array_equal(size - chosen["not_registered"].to_numpy()[:13], registered)
                assert chosen["not_registered"].iloc[13:].eq(0).all()
                checked += 1
    print(f"cohorts checked against the weekly stocks and outflows: {checked} runs")


if __name__ == "__main__":
    main()
