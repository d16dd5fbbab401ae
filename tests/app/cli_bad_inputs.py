"""Catalogue of bad inputs (issue 10): the user-visible contract of regiosim's validation layer.

Each case runs the regiosim program on one bad input (a file in tests/app/bad_inputs/, or a bad
command line) in a fresh copy of that folder and checks
  - the exit code (2 for bad input; 0 where an odd input is accepted on purpose),
  - the expected lines of stderr, with their `file:line:column: key:` prefix,
  - that nothing was written: the case folder, including the TMPDIR inside it, is unchanged,
  - that stdout is empty when the input is refused.
It then writes what each case printed as a Markdown table; docs/bad-inputs.md is the committed
copy, and the test fails when the two differ.

Cases where regiosim does not yet do what it should keep that expectation and are listed in
KNOWN_GAPS: they are reported but do not fail the test, and the test fails once such a case passes
(so the list is kept honest).

usage: /usr/bin/python3 cli_bad_inputs.py REGIOSIM WORKDIR --doc docs/bad-inputs.md [--write] [--cases N]
  --write    regenerate the doc instead of comparing with it
  --cases N  fail unless the catalogue has exactly N cases (the CTest name states N)
"""
import argparse
import difflib
import html
import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "bad_inputs")
SHOWN_LINES = 8        # lines of stderr shown per case in the doc
DEFAULT_TIMEOUT_S = 30


class Case:
    """One bad input. `lines`: exact lines stderr must contain; `patterns`: regular expressions
    stderr must match (re.M); `problems`: the count in regiosim's closing "N problems" line, which
    must also equal the number of diagnostic lines before it; `ordered`: the diagnostics' line
    numbers must not decrease; `rc`: the exit code."""

    def __init__(self, id, what, args, rc=2, lines=(), patterns=(), problems=None, ordered=False, stdout=None,
                 timeout=DEFAULT_TIMEOUT_S, shown=SHOWN_LINES, setup=None):
        self.id, self.what, self.args, self.rc = id, what, args, rc
        self.setup = setup  # makes inputs that cannot be committed (pipes, links, huge files) in the case folder
        self.shown = shown
        self.lines, self.patterns, self.problems, self.ordered = list(lines), list(patterns), problems, ordered
        self.stdout, self.timeout = stdout, timeout


def write(name, text):
    def make(case_dir):
        with open(os.path.join(case_dir, name), "w", encoding="utf-8") as f:
            f.write(text)
    return make


def deep_key(parts=50000):
    return "a" + ".b" * parts


def extends_chain(case_dir):
    """chain-0.toml extends chain-1.toml ... extends chain-40.toml."""
    for i in range(40):
        write(f"chain-{i}.toml", f'extends = "chain-{i + 1}.toml"\n')(case_dir)
    write("chain-40.toml", "")(case_dir)


def named_pipe(case_dir):
    os.mkfifo(os.path.join(case_dir, "pipe.toml"))


def link_loop(case_dir):
    os.symlink("loop-b.toml", os.path.join(case_dir, "loop-a.toml"))
    os.symlink("loop-a.toml", os.path.join(case_dir, "loop-b.toml"))


def journal_directory(case_dir):
    os.makedirs(os.path.join(case_dir, "out.h5.journal"))


def no_digest(name):
    """What summary says of a file without a content digest."""
    return (f"regiosim summary: {name}: has no content digest: written by a regiosim older than this one, or by "
            "another program; this version reads only files whose content it can verify (run it again to write the "
            "file anew)")


def one(diagnostic):
    """A single diagnostic followed by regiosim's closing line."""
    return [diagnostic, "1 problem; nothing was run or written"]


CASES = [
    # ---- scenario files: keys ----
    Case("unknown-key", "misspelt key", ["check", "unknown-key.toml"],
         lines=one("unknown-key.toml:3:21: policy.caseload_per_coah: unknown key; did you mean 'policy.caseload_per_coach'?"),
         problems=1),
    Case("retired-key", "a key whose meaning changed", ["check", "retired-key.toml"],
         lines=one("retired-key.toml:3:23: policy.budget_eur_per_year: is no longer a parameter: was one cap on all "
                   "instrument spending; the model now has two budgets: policy.participation_budget_eur_per_year "
                   "(services, adaptations, no-risk policy, purchased trajectories) and "
                   "policy.income_budget_eur_per_year (benefits and loonkostensubsidie)"),
         problems=1),
    Case("misspelt-section", "misspelt section", ["check", "misspelt-section.toml"],
         lines=one("misspelt-section.toml:3:22: polcy.caseload_per_coach: unknown key; did you mean 'policy.caseload_per_coach'?"),
         problems=1),
    Case("section-as-value", "a section given a value", ["check", "section-as-value.toml"],
         lines=one("section-as-value.toml:2:10: region: is a section, not a value (e.g. region.job_seekers)"), problems=1),
    Case("extreme-values", "1e308 costs, 100 hours a week", ["check", "extreme-values.toml"],
         lines=["extreme-values.toml:6:19: coach.hourly_cost_eur: must be in [0, 1000], got 1e+308",
                "extreme-values.toml:9:16: tiles.opleiden.eur: must be in [0, 100000], got 1e+308",
                "extreme-values.toml:10:27: tiles.werk_fit.hours_per_week: must be in [0, 40], got 100.0",
                "extreme-values.toml:13:16: benefit.eur_per_week: element ww must be in [0, 10000], got 1e+300",
                "4 problems; nothing was run or written"], problems=4, ordered=True),
    Case("caseload-below-one", "room for less than one client", ["check", "caseload-below-one.toml"],
         lines=one("caseload-below-one.toml:6:22: policy.caseload_per_coach: must be in [1, 10000], got 0.999"), problems=1),
    Case("referral-rungs-reversed", "a referral rule whose highest rung is below its lowest",
         ["check", "referral-rungs-reversed.toml"],
         lines=one("referral-rungs-reversed.toml:7:12: policy.werkmakelaar.max_rung: must not be below "
                   "policy.werkmakelaar.min_rung (4), got 2: the referral rule would select nobody"), problems=1),
    Case("min-above-max", "[min, max] pairs in the wrong order", ["check", "min-above-max.toml"],
         lines=["min-above-max.toml:5:13: groups.positions: min (8) must not exceed max (3)",
                "min-above-max.toml:8:19: growth.candidate_rungs: lowest (5) must not exceed highest (2)",
                "2 problems; nothing was run or written"], problems=2),
    Case("variant-seed", "a variant sets its own sim.seed", ["check", "variant-seed.toml"],
         patterns=[r"^variant-seed\.toml:6:12: variants\.other_seed\.sim\.seed: a variant runs on the baseline's random "
                   r"numbers"], problems=1),
    Case("variant-dotted-name", 'variant named "v.1"', ["check", "variant-dotted-name.toml"],
         lines=one("variant-dotted-name.toml:5:11: variants.v.1: variant names start with a letter or digit and use only "
                   "letters, digits, '_' or '-'"), problems=1),
    Case("control-characters", "a key with terminal escape codes", ["check", "control-characters.toml"],
         lines=one("control-characters.toml:3:22: bad\\x1b[31mkey: unknown key"), problems=1),
    # ---- scenario files: types ----
    Case("string-for-integer", "string for an integer", ["check", "string-for-integer.toml"],
         lines=one('string-for-integer.toml:3:9: sim.weeks: expected an integer, got a string ("52")'), problems=1),
    Case("float-for-integer", "fraction for an integer", ["check", "float-for-integer.toml"],
         lines=one("float-for-integer.toml:3:9: sim.weeks: expected an integer, got a number (52.5)"), problems=1),
    Case("bool-for-real", "boolean for a number", ["check", "bool-for-real.toml"],
         lines=one("bool-for-real.toml:3:22: policy.caseload_per_coach: expected a number, got a boolean (true)"),
         problems=1),
    Case("array-for-scalar", "list for a number", ["check", "array-for-scalar.toml"],
         lines=one("array-for-scalar.toml:3:13: region.employers: expected an integer, got a list ([ 1000, 2000 ])"),
         problems=1),
    Case("inline-table-for-scalar", "inline table for a number", ["check", "inline-table-for-scalar.toml"],
         lines=one("inline-table-for-scalar.toml:3:8: sim.seed: expected an integer, got a table ({...})"), problems=1),
    Case("empty-inline-table", "empty inline table for a number", ["check", "empty-inline-table.toml"],
         lines=one("empty-inline-table.toml:3:8: sim.seed: expected an integer, got a table ({...})"), problems=1),
    Case("string-for-bool", "word for true/false", ["check", "string-for-bool.toml"],
         lines=one('string-for-bool.toml:3:10: output.events: expected true or false, got a string ("yes")'), problems=1),
    # ---- scenario files: ranges ----
    Case("negative", "negative count", ["check", "negative.toml"],
         lines=one("negative.toml:3:13: region.employers: must be an integer in [1, 50000000], got -3"), problems=1),
    Case("zero-where-positive", "zero where >= 1", ["check", "zero-where-positive.toml"],
         lines=one("zero-where-positive.toml:3:22: policy.caseload_per_coach: must be in [1, 10000], got 0.0"),
         problems=1),
    Case("share-above-one", "share above 1", ["check", "share-above-one.toml"],
         lines=one("share-above-one.toml:3:16: population.female_share: must be in [0, 1], got 1.5"), problems=1),
    Case("nan-inf", "TOML nan, inf and -inf", ["check", "nan-inf.toml"],
         lines=["nan-inf.toml:3:22: policy.caseload_per_coach: must be a finite number, got nan",
                "nan-inf.toml:5:16: population.female_share: must be a finite number, got inf",
                "nan-inf.toml:7:9: sim.weeks: expected an integer, got a number (-inf)"], problems=3),
    Case("huge-integer", "10^15 job seekers", ["check", "huge-integer.toml"],
         lines=one("huge-integer.toml:3:15: region.job_seekers: must be an integer in [1, 50000000], got 1000000000000000"),
         problems=1),
    Case("integer-overflow", "2^70 (not 64-bit)", ["check", "integer-overflow.toml"],
         patterns=[r"^integer-overflow\.toml:3:\d+: not valid TOML: .*'1180591620717411303424' is not representable in 64 bits$"],
         problems=1),
    Case("float-overflow", "1e400", ["check", "float-overflow.toml"],
         patterns=[r"^float-overflow\.toml:3:\d+: not valid TOML: .*'1e400' could not be interpreted"], problems=1),
    # ---- scenario files: lists and choices ----
    Case("shares-do-not-sum", "shares sum to 1.2", ["check", "shares-do-not-sum.toml"],
         lines=one("shares-do-not-sum.toml:3:20: population.education_shares: must sum to 1, got 1.2"), problems=1),
    Case("list-wrong-length", "2 shares where 4 belong", ["check", "list-wrong-length.toml"],
         lines=one("list-wrong-length.toml:3:15: population.rung_shares: must have 4 elements "
                   "(rung_1, rung_2, rung_3, rung_4), got 2"), problems=1),
    Case("list-element-out-of-range", "one share above 1", ["check", "list-element-out-of-range.toml"],
         lines=one("list-element-out-of-range.toml:3:18: population.problem_shares: element health must be in [0, 1], got 1.5"),
         problems=1),
    Case("list-element-wrong-type", "one share quoted", ["check", "list-element-wrong-type.toml"],
         lines=one('list-element-wrong-type.toml:3:40: population.age_band_shares: element 55-66 (5th): '
                   'expected a number, got a string ("0.2")'), problems=1),
    Case("unknown-choice", "unknown choice word", ["check", "unknown-choice.toml"],
         lines=one('unknown-choice.toml:3:21: policy.employer_approach: must be one of: integral, demand, supply, per_person, got "both"'),
         problems=1),
    Case("unknown-choice-in-list", "unknown word in a list", ["check", "unknown-choice-in-list.toml"],
         patterns=[r'^unknown-choice-in-list\.toml:3:14: output\.timeseries: contains "stock"; allowed: stocks, '],
         problems=1),
    # ---- extends ----
    Case("extends-cycle", "a -> b -> a", ["check", "cycle-a.toml"],
         lines=one("cycle-b.toml:2:11: extends: circular extends: cycle-a.toml -> cycle-b.toml -> cycle-a.toml"), problems=1),
    Case("extends-self", "a -> a", ["check", "extends-self.toml"],
         lines=one("extends-self.toml:2:11: extends: circular extends: extends-self.toml -> extends-self.toml"), problems=1),
    Case("extends-missing", "extends a missing file", ["check", "extends-missing.toml"],
         lines=one("extends-missing.toml:2:11: extends: file not found: nowhere/base.toml"), problems=1),
    Case("extends-not-a-string", "extends = 3", ["check", "extends-not-a-string.toml"],
         lines=one("extends-not-a-string.toml:2:11: extends: must be a file name (a string), got an integer"), problems=1),
    Case("extends-directory", "extends a directory", ["check", "extends-directory.toml"],
         lines=one("extends-directory.toml:2:11: extends: a-directory is a directory, not a scenario file"), problems=1),
    # ---- files ----
    Case("extends-long-chain", "a chain of 41 files through extends", ["check", "chain-0.toml"], setup=extends_chain,
         lines=one("chain-15.toml:1:11: extends: a chain of more than 16 files through extends (chain-0.toml -> ... -> "
                   "chain-15.toml -> chain-16.toml); at most 16"), problems=1),
    Case("extends-link-loop", "extends a symbolic link in a loop", ["check", "extends-link-loop.toml"], setup=link_loop,
         lines=one("extends-link-loop.toml:2:11: extends: loop-a.toml cannot open: too many levels of symbolic links "
                   "(a loop of links?)"), problems=1),
    Case("extends-pipe", "extends a named pipe", ["check", "extends-pipe.toml"], setup=named_pipe, timeout=10,
         lines=one("extends-pipe.toml:2:11: extends: pipe.toml is a named pipe, not a regular file"), problems=1),
    Case("extends-device", "extends /dev/zero", ["check", "extends-device.toml"], timeout=10,
         lines=one("extends-device.toml:2:11: extends: /dev/zero is a character device, not a regular file"), problems=1),
    Case("check-pipe", "check a named pipe", ["check", "pipe.toml"], setup=named_pipe, timeout=10,
         lines=one("pipe.toml: is a named pipe, not a regular file"), problems=1),
    Case("run-device", "run /dev/zero as a scenario", ["run", "/dev/zero", "--out", "out.h5"], timeout=10,
         lines=one("/dev/zero: is a character device, not a regular file"), problems=1),
    Case("sweep-pipe", "sweep a named pipe", ["sweep", "pipe.toml", "--out", "out.h5"], setup=named_pipe, timeout=10,
         lines=one("pipe.toml: is a named pipe, not a regular file"), problems=1),
    Case("deep-dotted-key", "a dotted key of 50,001 parts", ["check", "deep-key.toml"],
         setup=write("deep-key.toml", "[sim]\nweeks = 4\n" + deep_key() + " = 1\n"),
         lines=one("deep-key.toml:3:1: tables, dotted keys and lists nested 33 levels deep; at most 32"), problems=1),
    Case("deep-table-header", "a table header of 50,001 parts", ["check", "deep-header.toml"],
         setup=write("deep-header.toml", "[" + deep_key() + "]\nx = 1\n"),
         lines=one("deep-header.toml:1:1: tables, dotted keys and lists nested 33 levels deep; at most 32"), problems=1),
    Case("deep-lists", "lists nested 50,000 deep", ["check", "deep-lists.toml"],
         setup=write("deep-lists.toml", "x = " + "[" * 50000 + "]" * 50000 + "\n"),
         lines=one("deep-lists.toml:1:36: tables, dotted keys and lists nested 33 levels deep; at most 32"), problems=1),
    Case("long-key", "a key of 100,000 bytes", ["check", "long-key.toml"],
         setup=write("long-key.toml", "[sim]\n" + "k" * 100000 + " = 1\n"),
         lines=one("long-key.toml:2:1: a key of 100000 bytes; at most 256"), problems=1),
    Case("set-long-key", "--set a key of 301 bytes", ["check", "tiny.toml", "--set", deep_key(150) + "=1"],
         lines=one("--set: " + deep_key(150)[:40] + "...: a key of 301 bytes; at most 256"), problems=1),
    Case("missing-file", "scenario file does not exist", ["check", "no-such-scenario.toml"],
         lines=one("no-such-scenario.toml: cannot open file"), problems=1),
    Case("directory-as-file", "a directory as scenario", ["check", "a-directory"],
         lines=one("a-directory: is a directory, not a scenario file"), problems=1),
    Case("run-directory-as-file", "run a directory as scenario", ["run", "a-directory", "--out", "out.h5"],
         lines=one("a-directory: is a directory, not a scenario file"), problems=1),
    Case("non-utf8-string", "Latin-1 byte in a string", ["check", "non-utf8-string.toml"],
         lines=one("non-utf8-string.toml:2:11: not valid TOML: Encountered invalid utf-8 sequence"), problems=1),
    Case("non-utf8-comment", "Latin-1 byte in a comment", ["check", "non-utf8-comment.toml"],
         patterns=[r"^non-utf8-comment\.toml:1:\d+: not valid TOML: Encountered invalid utf-8 sequence$"], problems=1),
    Case("missing-equals", "key without =", ["check", "missing-equals.toml"],
         patterns=[r"^missing-equals\.toml:3:\d+: not valid TOML: "], problems=1),
    Case("unterminated-string", "string without closing quote", ["check", "unterminated-string.toml"],
         patterns=[r"^unterminated-string\.toml:2:\d+: not valid TOML: "], problems=1),
    Case("duplicate-key", "key given twice", ["check", "duplicate-key.toml"],
         patterns=[r"^duplicate-key\.toml:4:\d+: not valid TOML: .*cannot redefine existing integer 'weeks'$"], problems=1),
    Case("duplicate-table", "table given twice", ["check", "duplicate-table.toml"],
         patterns=[r"^duplicate-table\.toml:4:\d+: not valid TOML: .*cannot redefine existing table 'sim'$"], problems=1),
    Case("empty-file", "empty file (accepted: all defaults)", ["check", "empty.toml"], rc=0,
         stdout="ok: empty.toml: baseline 'empty' (0 keys set, the others at their defaults)\n"),
    # ---- name, schema_version, variants ----
    Case("bad-metadata", "schema_version, name, description of wrong types", ["check", "bad-metadata.toml"],
         lines=["bad-metadata.toml:2:18: schema_version: must be an integer", "bad-metadata.toml:3:8: name: must be a string",
                "bad-metadata.toml:4:15: description: must be a string"], problems=3),
    Case("future-schema", "schema_version 2; a bad name", ["check", "future-schema.toml"],
         lines=["future-schema.toml:2:18: schema_version: schema_version 2 is not supported by this build (reads 1)",
                "future-schema.toml:3:8: name: must start with a letter or digit and use only letters, digits, '_', '-' "
                "or '.' (at most 64)"], problems=2),
    Case("variant-bad-names", "bad variant names", ["check", "variant-bad-names.toml"],
         lines=["variant-bad-names.toml:4:29: variants.caseload 40: variant names start with a letter or digit and use only letters, digits, '_' or '-'",
                "variant-bad-names.toml:6:13: variants.base: a variant cannot have the baseline's name",
                "variant-bad-names.toml:8:13: variants.-x: variant names start with a letter or digit and use only letters, digits, '_' or '-'"],
         problems=3),
    Case("variant-unknown-key", "variant overrides an unknown key", ["check", "variant-unknown-key.toml"],
         lines=["variant-unknown-key.toml:3:25: variants.more_aftercare.policy.aftercare.weks: unknown key; "
                "did you mean 'policy.aftercare.weeks'?",
                "variant-unknown-key.toml:4:15: variants.more_aftercare.description: must be a string",
                "variant-unknown-key.toml:6:10: variants.other.region: is a section, not a value (e.g. region.job_seekers)"],
         problems=3),
    Case("variant-not-a-table", "variant given a value", ["check", "variant-not-a-table.toml"],
         lines=one("variant-not-a-table.toml:3:5: variants.x: must be a table of overrides ([variants.x])"), problems=1),
    Case("many-problems", "seven problems in one file", ["check", "many-problems.toml"],
         lines=['many-problems.toml:4:13: region.employers: expected an integer, got a string ("many")',
                "many-problems.toml:6:22: policy.caseload_per_coach: must be in [1, 10000], got -1.0",
                "many-problems.toml:7:18: policy.aftercare.weks: unknown key; did you mean 'policy.aftercare.weeks'?",
                'many-problems.toml:8:21: policy.employer_approach: must be one of: integral, demand, supply, per_person, got "both"',
                "many-problems.toml:10:16: population.female_share: must be in [0, 1], got 1.2",
                "many-problems.toml:11:20: population.education_shares: must have 4 elements "
                "(primary, lower_secondary, upper_secondary, tertiary), got 2",
                'many-problems.toml:13:10: output.events: expected true or false, got a string ("yes")',
                "7 problems; nothing was run or written"], problems=7, ordered=True),
    # ---- regiosim run: bad files and options write nothing ----
    Case("run-many-problems", "run refuses the file; no results/ folder", ["run", "many-problems.toml", "--quiet"],
         lines=["7 problems; nothing was run or written"], problems=7),
    Case("run-missing-file", "run a missing file", ["run", "no-such-scenario.toml", "--out", "out.h5"],
         lines=one("no-such-scenario.toml: cannot open file"), problems=1),
    Case("run-sweep-file", "run given a sweep file", ["run", "grid-sweep.toml", "--out", "out.h5"],
         lines=["grid-sweep.toml:3:10: design: unknown key", "grid-sweep.toml:4:12: scenario: unknown key",
                "grid-sweep.toml:6:1: factor: unknown key"], problems=3),
    Case("set-unknown-key", "--set misspelt key", ["run", "tiny.toml", "--set", "policy.caseload_per_coch=60", "--out", "out.h5"],
         lines=one("--set: policy.caseload_per_coch: unknown key; did you mean 'policy.caseload_per_coach'?"), problems=1),
    Case("set-bad-value", "--set word for an integer", ["run", "tiny.toml", "--set", "sim.weeks=abc", "--out", "out.h5"],
         lines=one('--set: sim.weeks: expected an integer, got a string ("abc")'), problems=1),
    Case("set-out-of-range", "--set inline table, out of range", ["run", "tiny.toml", "--set", "region={job_seekers=-1}",
                                                                   "--out", "out.h5"],
         lines=one("--set: region.job_seekers: must be an integer in [1, 50000000], got -1"), problems=1),
    Case("set-no-equals", "--set without =", ["check", "tiny.toml", "--set", "nonsense", "--set", "=5"],
         lines=["--set: expected key=value, got 'nonsense'", "--set: expected key=value, got '=5'"], problems=2),
    Case("set-huge-integer", "--set 10^20", ["check", "tiny.toml", "--set", "sim.weeks=100000000000000000000"],
         lines=one("--set: sim.weeks: 100000000000000000000 is out of range for a 64-bit integer"), problems=1),
    Case("set-unknown-variant", "--set on a misspelt variant", ["check", "with-variant.toml", "--set",
                                                                 "variants.aftercare_13x.policy.aftercare.weeks=26"],
         lines=one("--set: variants.aftercare_13x.policy.aftercare.weeks: unknown variant 'aftercare_13x'; did you mean "
                   "'aftercare_13w'? (variants are defined in the scenario file)"), problems=1),
    Case("set-on-sweep-file", "check a sweep file with --set", ["check", "grid-sweep.toml", "--set", "sim.weeks=3"],
         lines=["regiosim check: --set applies to scenarios; put fixed values of a sweep in its [set] table"]),
    Case("run-replications-seed", "--replications 0 --seed -1", ["run", "tiny.toml", "--replications", "0", "--seed", "-1",
                                                                  "--out", "out.h5"],
         lines=["--set: sim.replications: must be an integer in [1, 100000], got 0", "--set: sim.seed: must be >= 0, got -1"],
         problems=2),
    Case("run-threads-negative", "--threads -1", ["run", "tiny.toml", "--threads", "-1", "--out", "out.h5"],
         lines=["regiosim run: --threads must be >= 0"]),
    Case("run-threads-not-a-number", "--threads abc", ["run", "tiny.toml", "--threads", "abc", "--out", "out.h5"],
         lines=["regiosim: the argument ('abc') for option '--threads' is invalid"], shown=2),
    Case("run-unknown-option", "unknown option", ["run", "tiny.toml", "--frobnicate", "--out", "out.h5"],
         lines=["regiosim: unrecognised option '--frobnicate'"], shown=2),
    Case("run-same-name-baseline", "--baseline with the same name", ["run", "tiny.toml", "--baseline", "tiny.toml",
                                                                      "--out", "out.h5"],
         lines=["regiosim run: two scenarios are named 'tiny'; give one a different `name`"]),
    Case("run-out-is-directory", "--out names a directory", ["run", "tiny.toml", "--out", "a-directory", "--quiet"],
         lines=["regiosim run: --out a-directory: is a directory, not a file"]),
    Case("run-out-empty", "--out ''", ["run", "tiny.toml", "--out", "", "--quiet"],
         lines=["regiosim run: --out: the file name is empty"]),
    Case("run-out-folder-name", "--out ending in /", ["run", "tiny.toml", "--out", "newdir/", "--quiet"],
         lines=["regiosim run: --out newdir/: names a folder, not a file (e.g. newdir/results.h5)"]),
    Case("run-out-missing-folder", "--out in a folder that does not exist", ["run", "tiny.toml", "--out", "newdir/out.h5",
                                                                              "--quiet"],
         lines=["regiosim run: --out newdir/out.h5: the folder newdir does not exist"]),
    Case("run-out-device", "--out a device", ["run", "tiny.toml", "--out", "/dev/null", "--force", "--quiet"],
         lines=["regiosim run: --out /dev/null: is a character device, not a regular file"]),
    Case("run-out-is-scenario", "--out the scenario file", ["run", "tiny.toml", "--out", "tiny.toml", "--force", "--quiet"],
         lines=["regiosim run: --out tiny.toml: is an input of this command (the scenario file); name another output "
                "file"]),
    Case("run-out-is-extended", "--out a file the scenario extends", ["run", "extends-tiny.toml", "--out", "tiny.toml",
                                                                        "--force", "--quiet"],
         lines=["regiosim run: --out tiny.toml: is an input of this command (a file that the scenario file extends); "
                "name another output file"]),
    Case("run-threads-huge", "--threads 100000", ["run", "tiny.toml", "--threads", "100000", "--out", "out.h5"],
         lines=["regiosim run: --threads 100000: at most <8 x cores> (8 per core, <cores> cores); 0 uses all cores"]),
    Case("unknown-command", "unknown command", ["frobnicate"], lines=["regiosim: unknown command 'frobnicate'"], shown=1),
    Case("check-no-file", "check without a file", ["check"], lines=["regiosim check: name a scenario, sweep or calibration file"]),
    # ---- sweep files ----
    Case("sweep-unknown-keys", "misspelt keys, empty values, list factor", ["sweep", "sweep-unknown-keys.toml", "--out", "out.h5"],
         lines=["sweep-unknown-keys.toml:5:15: replicatons: unknown key; did you mean 'replications'?",
                "sweep-unknown-keys.toml:7:7: region.job_seeker: unknown parameter; did you mean 'region.job_seekers'?",
                "sweep-unknown-keys.toml:11:10: policy.aftercare.weeks: values: expected a non-empty list",
                "sweep-unknown-keys.toml:13:7: population.education_shares: a list parameter cannot be a sweep factor",
                "sweep-unknown-keys.toml:17:8: factor.step: unknown key (a factor has key, values, min and max)"],
         problems=5, ordered=True),
    Case("sweep-min-above-max", "min above max", ["sweep", "sweep-min-above-max.toml", "--out", "out.h5"],
         lines=one("sweep-min-above-max.toml:7:7: policy.aftercare.weeks: min must be below max"), problems=1),
    Case("sweep-bad-design", "unknown design, fractional replications", ["sweep", "sweep-bad-design.toml", "--out", "out.h5"],
         lines=['sweep-bad-design.toml:2:10: design: must be one of: grid, lhs, sobol, saltelli, morris, got "latin"',
                "sweep-bad-design.toml:4:16: replications: expected an integer"], problems=2),
    Case("sweep-huge-replications", "10^15 replications", ["sweep", "sweep-huge-replications.toml", "--out", "out.h5"],
         lines=one("sweep-huge-replications.toml:4:16: replications: must be in [1, 100000], got 1000000000000000"),
         problems=1),
    Case("sweep-missing-scenario", "base scenario missing", ["sweep", "sweep-missing-scenario.toml", "--out", "out.h5"],
         lines=one("sweep-missing-scenario.toml:3:12: scenario: cannot open 'no-such-scenario.toml' (relative to the sweep "
                   "file's directory): no such file"), problems=1),
    Case("sweep-bad-base-and-set", "bad base scenario, unknown [set] key", ["sweep", "sweep-bad-base-and-set.toml", "--out",
                                                                             "out.h5"],
         lines=["sweep-bad-base-and-set.toml:5: set.policy.caseload_per_coch: unknown key; did you mean "
                "'policy.caseload_per_coach'?",
                "nan-inf.toml:3:22: policy.caseload_per_coach: must be a finite number, got nan"], problems=4),
    Case("sweep-wrong-structure", "[set], factor, timeseries, kpis of wrong shapes",
         ["sweep", "sweep-wrong-structure.toml", "--out", "out.h5"],
         lines=["sweep-wrong-structure.toml:7:8: kpis: expected a non-empty list of KPI names",
                "sweep-wrong-structure.toml:6:14: timeseries: expected true, false or a list of series names",
                "sweep-wrong-structure.toml:4:7: set: expected a table of parameter values",
                "sweep-wrong-structure.toml:5:10: factor: expected [[factor]] tables"], problems=4),
    Case("sweep-factor-bad-values", "factor values out of range, wrong type; factor twice",
         ["sweep", "sweep-factor-bad-values.toml", "--out", "out.h5"],
         lines=["sweep-factor-bad-values.toml:6:14: policy.aftercare.weeks: must be an integer in [0, 520], got -1",
                "sweep-factor-bad-values.toml:6:18: policy.aftercare.weeks: expected integer values (an integer in [0, 520])",
                "sweep-factor-bad-values.toml:8:7: policy.aftercare.weeks: declared as a factor twice"], problems=3),
    Case("sweep-morris-odd-levels", "Morris with 3 levels", ["sweep", "sweep-morris-odd-levels.toml", "--out", "out.h5"],
         lines=one("sweep-morris-odd-levels.toml:5:10: levels: must be even for the Morris design, got 3"), problems=1),
    Case("sweep-grid-too-large", "grid of 1,030,301 points", ["sweep", "sweep-grid-too-large.toml", "--out", "out.h5"],
         lines=one("sweep-grid-too-large.toml: factor: the grid has 1030301 points; at most 1000000"), problems=1),
    Case("sweep-huge-design", "10^6 points x 10^5 replications", ["check", "sweep-huge-design.toml"], timeout=10,
         lines=one("sweep-huge-design.toml:4:10: points: 1000000 points x 100000 replications = 100000000000 runs; "
                   "at most 10000000 runs in one sweep"), problems=1),
    Case("sweep-scenario-file", "sweep given a scenario file", ["sweep", "tiny.toml", "--out", "out.h5"],
         lines=["tiny.toml: design: missing; one of: grid, lhs, sobol, saltelli, morris",
                "tiny.toml: factor: missing; declare at least one [[factor]] with a key and values or min/max",
                "tiny.toml:5:1: sim: unknown key; did you mean 'set'?", "tiny.toml:10:1: region: unknown key"],
         problems=4, ordered=True),
    Case("sweep-empty-file", "sweep given an empty file", ["sweep", "empty.toml", "--out", "out.h5"],
         lines=["empty.toml: design: missing; one of: grid, lhs, sobol, saltelli, morris",
                "empty.toml: factor: missing; declare at least one [[factor]] with a key and values or min/max"],
         problems=2),
    Case("sweep-missing-file", "sweep file does not exist", ["sweep", "no-such-sweep.toml", "--out", "out.h5"],
         lines=one("no-such-sweep.toml: no such file"), problems=1),
    Case("sweep-weeks-with-series", "sim.weeks as a factor with stored series", ["sweep", "sweep-weeks-with-series.toml",
         "--out", "out.h5"],
         lines=one("sweep-weeks-with-series.toml:7: sim.weeks: varies the weeks simulated, so the runs' time series "
                   "differ in length and cannot be stored together; leave out timeseries, or give sim.weeks one value "
                   "in [set]"), problems=1),
    Case("sweep-markets-beyond-employers", "more markets than employers at a point", ["check",
         "sweep-markets-beyond-employers.toml"],
         lines=one("sweep-markets-beyond-employers.toml:6: region.markets: must not exceed region.employers (10), got "
                   "50: every market needs employers; at 1 of the 2 points, the first point 1 (region.markets = 50)"),
         problems=1),
    Case("sweep-journal-directory", "the journal beside --out is a directory", ["sweep", "grid-sweep.toml", "--out",
         "out.h5", "--quiet"], setup=journal_directory,
         lines=["regiosim sweep: --out out.h5: its journal out.h5.journal is a directory; remove it or name another --out"]),
    Case("sweep-no-out", "sweep without --out", ["sweep", "grid-sweep.toml"],
         lines=["regiosim sweep: name a sweep file and --out FILE.h5"]),
    Case("sweep-threads-negative", "--threads -2", ["sweep", "grid-sweep.toml", "--out", "out.h5", "--threads", "-2"],
         lines=["regiosim sweep: --threads must be >= 0"]),
    Case("sweep-out-is-directory", "--out names a directory", ["sweep", "grid-sweep.toml", "--out", "a-directory", "--quiet"],
         lines=["regiosim sweep: --out a-directory: is a directory, not a file"]),
    Case("sweep-out-is-sweep-file", "--out the sweep file", ["sweep", "grid-sweep.toml", "--out", "grid-sweep.toml",
                                                              "--force", "--quiet"],
         lines=["regiosim sweep: --out grid-sweep.toml: is an input of this command (the sweep file); name another "
                "output file"]),
    # ---- results files ----
    Case("summary-garbage", "text file named .h5", ["summary", "garbage.h5"],
         lines=["regiosim summary: garbage.h5: not a regiosim file (it does not start with a regiosim header)"]),
    Case("summary-empty-file", "0-byte file", ["summary", "empty.h5"],
         lines=["regiosim summary: empty.h5: is empty: not a regiosim file"]),
    Case("summary-truncated", "results file cut in half", ["summary", "truncated.h5"],
         lines=["regiosim summary: truncated.h5: damaged: <n> bytes, but it was written with <m> "
                "(the file was truncated or extended after it was written)"]),
    Case("summary-flipped-byte", "results file with one byte changed", ["summary", "flipped.h5"],
         lines=["regiosim summary: flipped.h5: damaged: content digest does not match "
                "(the file was changed after it was written)"]),
    Case("summary-json-flipped-byte", "--json of a results file with one byte changed", ["summary", "flipped.h5", "--json"],
         lines=["regiosim summary: flipped.h5: damaged: content digest does not match "
                "(the file was changed after it was written)"]),
    Case("summary-damaged-header", "results file with its regiosim header changed", ["summary", "bad-header.h5"],
         lines=["regiosim summary: bad-header.h5: damaged: its regiosim header is not valid "
                "(the file was changed after it was written)"]),
    Case("summary-no-digest", "results file without a content digest (an older regiosim)", ["summary", "no-digest.h5"],
         lines=[no_digest("no-digest.h5")]),
    Case("summary-huge-extent", "dataset claiming 10^12 values, valid digest", ["summary", "huge-extent.h5"],
         lines=["regiosim summary: huge-extent.h5: /scenarios/tiny/seeds: claims 1000000000000 values of 8 bytes, "
                "more than the file can hold (damaged, or not written by regiosim)"]),
    Case("summary-plain-hdf5", "HDF5 file not written by regiosim", ["summary", "plain-hdf5.h5"],
         lines=[no_digest("plain-hdf5.h5")]),
    Case("summary-foreign-engine", "HDF5 file of another program, valid digest", ["summary", "foreign-engine.h5"],
         lines=["regiosim summary: foreign-engine.h5: not a regiosim results file"]),
    Case("summary-future-format", "format_version 99", ["summary", "future-format.h5", "--json"],
         lines=["regiosim summary: future-format.h5: format_version 99 is not supported by this build (reads 1)"]),
    Case("summary-scenario-file", "a scenario file", ["summary", "tiny.toml"],
         lines=["regiosim summary: tiny.toml: not a regiosim file (it does not start with a regiosim header)"]),
    Case("summary-missing-file", "file does not exist", ["summary", "no-such-results.h5"],
         lines=["regiosim summary: no-such-results.h5: no such file"]),
    Case("summary-directory", "a directory as results file", ["summary", "a-directory"],
         lines=["regiosim summary: a-directory: is a directory, not a results file"]),
    Case("summary-no-file", "summary without a file", ["summary"], lines=["regiosim summary: name a results, sweep, calibration or findings file"]),
    Case("compare-no-files", "compare without files", ["compare"],
         lines=["regiosim compare: name two results files",
                "usage: regiosim compare A.h5 B.h5 [--scenario NAME] [--json]"]),
    Case("compare-garbage", "compare with a text file", ["compare", "tiny-results.h5", "garbage.h5"],
         lines=["regiosim compare: garbage.h5: not a regiosim file (it does not start with a regiosim header)"]),
    Case("compare-flipped-byte", "compare with a results file with one byte changed",
         ["compare", "flipped.h5", "tiny-results.h5"],
         lines=["regiosim compare: flipped.h5: damaged: content digest does not match "
                "(the file was changed after it was written)"]),
    Case("compare-missing-file", "compare with a file that does not exist", ["compare", "tiny-results.h5",
         "no-such-results.h5"], lines=["regiosim compare: no-such-results.h5: no such file"]),
    Case("compare-unknown-scenario", "--scenario that the files do not hold",
         ["compare", "tiny-results.h5", "tiny-results.h5", "--scenario", "nope"],
         lines=["regiosim compare: --scenario nope: not a scenario of both files (both hold: tiny)"]),
    Case("export-garbage", "export a text file", ["export", "garbage.h5", "--csv", "csv"],
         lines=["regiosim export: garbage.h5: not a regiosim file (it does not start with a regiosim header)"]),
    Case("export-flipped-byte", "export a results file with one byte changed", ["export", "flipped.h5", "--csv", "csv"],
         lines=["regiosim export: flipped.h5: damaged: content digest does not match "
                "(the file was changed after it was written)"]),
    Case("export-csv-is-a-file", "export --csv names a file", ["export", "tiny-results.h5", "--csv", "tiny.toml"],
         lines=["regiosim export: --csv tiny.toml: is a file, not a folder"]),
    Case("report-garbage", "report on a text file", ["report", "garbage.h5", "--out", "report"],
         lines=["regiosim report: garbage.h5: not a regiosim file (it does not start with a regiosim header)"]),
    Case("report-flipped-byte", "report on a results file with one byte changed", ["report", "flipped.h5", "--out", "report"],
         lines=["regiosim report: flipped.h5: damaged: content digest does not match "
                "(the file was changed after it was written)"]),
    Case("sweep-resume-flipped-byte", "sweep --resume of a sweep file with one byte changed",
         ["sweep", "grid-sweep.toml", "--out", "flipped-sweep.h5", "--resume"],
         lines=["regiosim sweep: flipped-sweep.h5: damaged: content digest does not match "
                "(the file was changed after it was written)"]),
]

# Cases where regiosim does not (yet) meet the expectation above: case id -> what is wrong. They
# are reported but do not fail the test; one that starts passing fails it until removed here.
KNOWN_GAPS = {}


def snapshot(root):
    """Every file and folder under root with its size and modification time."""
    out = {}
    for d, dirs, files in os.walk(root):
        for name in dirs + files:
            p = os.path.join(d, name)
            st = os.lstat(p)
            out[os.path.relpath(p, root)] = (st.st_size, st.st_mtime_ns, os.path.isdir(p))
    return out


def make_fixtures(regiosim, work):
    """Results files derived from a tiny valid run: truncated, a byte changed, without a digest, a
    future format_version, a foreign engine, a huge extent; plain HDF5; a sweep file with a byte changed."""
    import h5py  # Debian's python3-h5py, as for the other tests
    sys.path.insert(0, HERE)
    from file_digest import stamp, write_huge_extent

    fixtures = os.path.join(work, "fixtures")
    os.makedirs(fixtures)
    ok = os.path.join(fixtures, "ok.h5")
    subprocess.run([regiosim, "run", "--force", os.path.join(INPUTS, "tiny.toml"), "--out", ok, "--quiet"], check=True,
                   stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    with open(ok, "rb") as f:
        data = f.read()
    with open(os.path.join(fixtures, "truncated.h5"), "wb") as f:
        f.write(data[: len(data) // 2])
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x10
    with open(os.path.join(fixtures, "flipped.h5"), "wb") as f:
        f.write(flipped)
    bad_header = bytearray(data)
    bad_header[200] = ord("x")  # in the header's NUL padding
    with open(os.path.join(fixtures, "bad-header.h5"), "wb") as f:
        f.write(bad_header)
    # Changed on purpose, with the digest rewritten: what only regiosim's later checks catch.
    future = os.path.join(fixtures, "future-format.h5")
    shutil.copyfile(ok, future)
    with h5py.File(future, "r+") as f:
        f.attrs["format_version"] = 99
    stamp(future)
    foreign = os.path.join(fixtures, "foreign-engine.h5")
    shutil.copyfile(ok, foreign)
    with h5py.File(foreign, "r+") as f:
        f.attrs["engine"] = "another-simulator"
    stamp(foreign)
    write_huge_extent(ok, os.path.join(fixtures, "huge-extent.h5"), "tiny")
    # The same content without the digest (as regiosim wrote it before it had one).
    with h5py.File(ok, "r") as src, h5py.File(os.path.join(fixtures, "no-digest.h5"), "w") as dst:
        for key, value in src.attrs.items():
            dst.attrs[key] = value
        for name in src:
            src.copy(src[name], dst, name)
    with h5py.File(os.path.join(fixtures, "plain-hdf5.h5"), "w") as f:
        f["x"] = [1, 2, 3]
    sweep = os.path.join(fixtures, "flipped-sweep.h5")
    shutil.copyfile(os.path.join(INPUTS, "tiny.toml"), os.path.join(fixtures, "tiny.toml"))
    shutil.copyfile(os.path.join(INPUTS, "grid-sweep.toml"), os.path.join(fixtures, "grid-sweep.toml"))
    subprocess.run([regiosim, "sweep", "grid-sweep.toml", "--out", "flipped-sweep.h5", "--quiet"], cwd=fixtures,
                   check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    with open(sweep, "r+b") as f:
        f.seek(os.path.getsize(sweep) // 2)
        byte = f.read(1)
        f.seek(os.path.getsize(sweep) // 2)
        f.write(bytes([byte[0] ^ 0x10]))
    for name in ("tiny.toml", "grid-sweep.toml"):
        os.remove(os.path.join(fixtures, name))
    os.rename(ok, os.path.join(fixtures, "tiny-results.h5"))
    return fixtures


def prepare(case_dir, fixtures):
    shutil.copytree(INPUTS, case_dir)
    for name in os.listdir(fixtures):
        shutil.copyfile(os.path.join(fixtures, name), os.path.join(case_dir, name))
    os.makedirs(os.path.join(case_dir, "a-directory"))
    os.makedirs(os.path.join(case_dir, "tmp"))


def stable(text, case_dir):
    text = text.replace(case_dir + os.sep, "").replace(case_dir, ".")
    # The --threads bound depends on the machine's cores.
    text = re.sub(r"at most \d+ \(8 per core, \d+ cores?\)", "at most <8 x cores> (8 per core, <cores> cores)", text)
    # A results file's length depends on the paths in its command_line attribute.
    text = re.sub(r"damaged: \d+ bytes, but it was written with \d+", "damaged: <n> bytes, but it was written with <m>", text)
    return re.sub(r"\.tmp-\d+(-[a-z0-9]+)?", ".tmp-<pid>-<random>", text)


def run_case(regiosim, case, case_dir):
    env = dict(os.environ, TMPDIR=os.path.join(case_dir, "tmp"))
    try:
        p = subprocess.run([regiosim] + case.args, cwd=case_dir, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=case.timeout)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = None, e.stdout or b"", e.stderr or b""
    return rc, stable(out.decode("utf-8", "replace"), case_dir), stable(err.decode("utf-8", "replace"), case_dir)


def check(case, rc, out, err, before, after):
    """The failed expectations of a case (empty when it meets all of them)."""
    failed = []
    if rc is None:
        failed.append(f"no answer within {case.timeout} s (killed)")
    elif rc != case.rc:
        failed.append(f"exit code {rc}, expected {case.rc}")
    lines = err.splitlines()
    for line in case.lines:
        if line not in lines:
            failed.append(f"stderr lacks the line: {line}")
    for pattern in case.patterns:
        if not re.search(pattern, err, re.M):
            failed.append(f"stderr does not match: {pattern}")
    diagnostics = [l for l in lines if not re.fullmatch(r"\d+ problems?; nothing was run or written", l)]
    if case.problems is not None:
        closing = f"{case.problems} problem{'s' if case.problems != 1 else ''}; nothing was run or written"
        if closing not in lines:
            failed.append(f"stderr lacks the line: {closing}")
        elif len(diagnostics) != case.problems:
            failed.append(f"{len(diagnostics)} diagnostic lines for {case.problems} problems")
    if case.ordered:
        numbers = [int(m.group(1)) for m in (re.match(r"[^:]+:(\d+)", l) for l in diagnostics) if m]
        if numbers != sorted(numbers):
            failed.append(f"problems are not in file order (lines {numbers})")
    if case.stdout is not None and out != case.stdout:
        failed.append(f"stdout {out!r}, expected {case.stdout!r}")
    if case.rc != 0 and out:
        failed.append(f"printed on stdout although the input was refused: {out[:200]!r}")
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    if changed:
        failed.append("wrote or changed: " + ", ".join(changed))
    return failed


def cell(text):
    return html.escape(text, quote=False).replace("|", "&#124;")


def printed(rc, out, err, timeout, shown):
    lines = err.splitlines() or [f"stdout: {l}" for l in out.splitlines()]
    if rc is None:
        return f"(no answer within {timeout} s; killed)"
    if not lines:
        return "(nothing)"
    text = "<br>".join(f"<code>{cell(l)}</code>" for l in lines[:shown])
    if len(lines) > shown:
        text += f"<br>… ({len(lines) - shown} more lines)"
    return text


def document(rows):
    out = [
        "# Bad inputs: what regiosim prints",
        "",
        "Generated by `tests/app/cli_bad_inputs.py` (CTest: `cli: bad inputs (catalogue of "
        f"{len(rows)} cases)`); do not edit by hand. Regenerate after a change to a message with",
        "",
        "    cd build && /usr/bin/python3 ../tests/app/cli_bad_inputs.py app/regiosim tests/app/work/bad-inputs \\",
        "        --doc ../docs/bad-inputs.md --write",
        "",
        "Each case runs in a fresh copy of `tests/app/bad_inputs/` (plus generated results files: "
        "`truncated.h5`, `flipped.h5` and `flipped-sweep.h5` (one byte changed), `bad-header.h5`, `no-digest.h5`, "
        "`plain-hdf5.h5`, an intact `tiny-results.h5`, and, with a valid content digest over changed content, `future-format.h5`, "
        "`foreign-engine.h5` and `huge-extent.h5`; and an empty folder `a-directory`; some cases "
        "make their own inputs there: a named pipe, a loop of symbolic links, a chain of 41 files, files of "
        "100,000-byte keys). Every "
        "case must exit with the code shown (2: bad input) and leave that folder unchanged: no output "
        "file, no temporary file, no journal. The stderr shown is what regiosim printed (its first "
        f"{SHOWN_LINES} lines; the first lines only of a usage text), with what depends on the machine written "
        "as `<cores>` or, for a file's length, `<n>`. Cases marked *gap* do not yet behave as they should; see the list below the table.",
        "",
        "Accepted on purpose: an empty scenario file (all parameters at their defaults, `check` says "
        "`0 keys set`); `--threads 0` (all cores); a whole number written as a float for an integer "
        "(`weeks = 52.0`, `--set sim.weeks=1e3`).",
        "",
        "| # | case | command | exit | printed |",
        "|---|---|---|---|---|",
    ]
    for i, (case, rc, stdout, stderr, failed) in enumerate(rows, 1):
        command = cell(shlex.join(["regiosim"] + case.args))
        code = "killed" if rc is None else str(rc)
        if case.id in KNOWN_GAPS:
            code += f" (*gap*; should be {case.rc})" if rc != case.rc else " (*gap*)"
        out.append(f"| {i} | {cell(case.id)}: {cell(case.what)} | <code>{command}</code> | {code} | "
                   f"{printed(rc, stdout, stderr, case.timeout, case.shown)} |")
    gaps = [(i, case) for i, (case, *_rest) in enumerate(rows, 1) if case.id in KNOWN_GAPS]
    if gaps:
        out += ["", "## Known gaps", "",
                "Cases where regiosim does not yet do what it should. The test keeps the expectation and "
                "fails once a case meets it, so that it is removed from `KNOWN_GAPS` in the script.", ""]
        for i, case in gaps:
            out.append(f"- {i}, `{case.id}`: {KNOWN_GAPS[case.id]}.")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("regiosim")
    parser.add_argument("work")
    parser.add_argument("--doc", required=True, help="the committed table (docs/bad-inputs.md)")
    parser.add_argument("--write", action="store_true", help="regenerate the doc instead of comparing")
    parser.add_argument("--cases", type=int, help="the number of cases the catalogue must have")
    a = parser.parse_args()
    regiosim = os.path.abspath(a.regiosim)
    work = os.path.abspath(a.work)
    problems = []
    ids = [c.id for c in CASES]
    if len(set(ids)) != len(ids):
        problems.append("duplicate case ids")
    if a.cases is not None and a.cases != len(CASES):
        problems.append(f"the catalogue has {len(CASES)} cases, the test name says {a.cases}")
    unknown = sorted(set(KNOWN_GAPS) - set(ids))
    if unknown:
        problems.append(f"KNOWN_GAPS names no case: {unknown}")

    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    fixtures = make_fixtures(regiosim, work)
    rows = []
    for case in CASES:
        case_dir = os.path.join(work, "cases", case.id)
        prepare(case_dir, fixtures)
        if case.setup:
            case.setup(case_dir)
        before = snapshot(case_dir)
        rc, out, err = run_case(regiosim, case, case_dir)
        after = snapshot(case_dir)
        failed = check(case, rc, out, err, before, after)
        rows.append((case, rc, out, err, failed))
        first = err.splitlines()[0] if err.strip() else out.strip()[:120]
        if case.id in KNOWN_GAPS:
            if failed:
                print(f"gap   {case.id}: {KNOWN_GAPS[case.id]}\n      " + "\n      ".join(failed))
            else:
                problems.append(f"{case.id} now meets its expectation; remove it from KNOWN_GAPS")
                print(f"FIXED {case.id}")
        elif failed:
            problems.append(case.id)
            print(f"FAIL  {case.id}: {shlex.join(['regiosim'] + case.args)}\n      " + "\n      ".join(failed) +
                  "\n      stderr:\n        " + "\n        ".join(err.splitlines()[:20]))
        else:
            print(f"ok    {case.id}: exit {rc}: {first}")

    text = "\n".join(document(rows)) + "\n"
    generated = os.path.join(work, "bad-inputs.md")
    with open(generated, "w", encoding="utf-8") as f:
        f.write(text)
    if a.write:
        with open(a.doc, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {a.doc}")
    else:
        try:
            with open(a.doc, encoding="utf-8") as f:
                committed = f.read()
        except FileNotFoundError:
            committed = ""
        if committed != text:
            sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), text.splitlines(True), a.doc, generated))
            problems.append(f"{a.doc} differs from what regiosim prints now; regenerate it with:\n  /usr/bin/python3 "
                            f"{os.path.abspath(__file__)} {regiosim} {work} --doc {os.path.abspath(a.doc)} --write")

    gaps = sum(1 for c in CASES if c.id in KNOWN_GAPS)
    print(f"{len(CASES)} cases: {len(CASES) - gaps} as expected, {gaps} known gaps")
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
