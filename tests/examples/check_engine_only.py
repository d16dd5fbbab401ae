"""The examples are models written on regiosim's engine alone: their sources include nothing of the
labour-market model (models/), the scenario loader (scenarios/), the output writers (output/) or the
program (app/), and their CMake files link no library but the engine's.

usage: /usr/bin/python3 check_engine_only.py EXAMPLES_DIR
"""
import os
import re
import sys

FORBIDDEN_INCLUDE = re.compile(r'#\s*include\s*"(models|scenarios|output|app)/')
FORBIDDEN_LINK = re.compile(r"regiosim_(models|scenarios|output|app|farm|calibration)\b")


def main():
    root = sys.argv[1]
    problems, files = [], 0
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith((".cc", ".h")):
                files += 1
                for n, line in enumerate(open(path, encoding="utf-8"), 1):
                    if FORBIDDEN_INCLUDE.search(line):
                        problems.append(f"{path}:{n}: {line.strip()}")
            elif name == "CMakeLists.txt":
                for n, line in enumerate(open(path, encoding="utf-8"), 1):
                    if FORBIDDEN_LINK.search(line.split("#")[0]):
                        problems.append(f"{path}:{n}: {line.strip()}")
    if problems:
        print("the examples must use the engine alone:\n  " + "\n  ".join(problems))
        sys.exit(1)
    assert files > 0, f"no sources under {root}"
    print(f"{files} example sources use the engine alone")


if __name__ == "__main__":
    main()
