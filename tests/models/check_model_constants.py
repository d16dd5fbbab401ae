"""Model code keeps its numbers in the parameter table.

Every size of model behaviour belongs in the parameter table, where it has a unit, a range, a source
and a prior (`regiosim params`). This check reads the model source files that have been brought to
that rule and fails on any numeric literal in their code other than 0 and 1 (and small integers used
as scale points, indices or counts: 2 to 6), unless the literal is a named constant (`constexpr`)
whose line or the comment above it says why it is not a parameter (a scale definition, a numerical
guard), or its line says "// not behaviour: why" (bit layouts of sort keys). Comments and string
literals are ignored.

usage: check_model_constants.py SOURCE_DIR
"""
import pathlib
import re
import sys

# Files whose numbers all live in the parameter table. A file joins this list once its constants
# have moved there; the list grows, it never shrinks.
CLEAN = [f"models/{name}.cc" for name in (
    "budgets", "careers", "contracts", "employer_tiles", "employer_valuation", "employment", "findings", "growth", "instruments",
    "klantbeeld", "kpis", "labour_demand", "matching", "population", "provider_network", "purchased_trajectory", "region_employers",
    "region_growth", "region_model", "region_run", "seeker_tiles", "service_rules", "trust", "virtual_evaluation")]
# Not in the list: region_output.cc and memory_estimate.cc (output layout and byte sizes, no behaviour)
# and parameters*.cc (the table itself).

NUMBER = re.compile(r"(?<![\w.])(\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|\d+)[fFuUlL]*(?![\w.])")
ALLOWED = {"0", "1", "0.0", "1.0", "0.", "1.", "2", "3", "4", "5", "6"}


def strip(text: str) -> str:
    """Blanks comments, string and character literals, keeping line numbers."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (j - i - 1) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def problems(path: pathlib.Path, rel: str) -> list[str]:
    raw = path.read_text(encoding="utf-8").splitlines()
    found = []
    for number, line in enumerate(strip(path.read_text(encoding="utf-8")).splitlines(), start=1):
        if line.lstrip().startswith("#include") or "// not behaviour:" in raw[number - 1]:
            continue
        if re.match(r"\s*(inline\s+)?constexpr\b", line):
            # A comment above it, or above the block of named constants it belongs to.
            k = number - 2
            while k >= 0 and re.match(r"\s*(inline\s+)?constexpr\b", raw[k]):
                k -= 1
            if k >= 0 and raw[k].strip().startswith("//"):
                continue
            found.append(f"{rel}:{number}: a named constant without a comment saying why it is not a parameter")
            continue
        for m in NUMBER.finditer(line):
            if m.group(1) not in ALLOWED:
                found.append(f"{rel}:{number}: literal {m.group(0)} in model code: move it to the parameter table "
                             f"(models/parameters*.cc) with a source, or name it with a reason")
    return found


def main(argv):
    root = pathlib.Path(argv[1])
    found = []
    for rel in CLEAN:
        found += problems(root / rel, rel)
    for f in found:
        print(f)
    print(f"{len(CLEAN)} files checked, {len(found)} numeric literals outside the parameter table")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
