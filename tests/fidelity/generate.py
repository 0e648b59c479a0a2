#!/usr/bin/env python3.11
# Heapscope fidelity corpus generator: regenerates every <area>/<name>.out from real CPython 3.11 by
# running `python3.11 cpython_cells.py <name>.py` in the case's folder, and can check that outputs are stable.
"""Regenerate the fidelity corpus expectations (.out) with CPython 3.11.

  python3.11 tests/fidelity/generate.py                 # regenerate every .out
  python3.11 tests/fidelity/generate.py gc/self_ref_list  # only these cases (area/name, no .py)
  python3.11 tests/fidelity/generate.py --runs 5        # regenerate, and fail if any case differs across 5 runs
  python3.11 tests/fidelity/generate.py --verify        # write nothing; fail if a committed .out differs

Exit status: 0 when every case is stable (and, with --verify, matches its .out); 1 otherwise.
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NOT_CASES = {"generate.py", "run.py"}
# A raw address in the transcript means the case prints something a simulator cannot reproduce.
ADDRESS = re.compile(rb"0x[0-9a-f]{9,16}(?![0-9a-f])")


def require_cpython_311():
    impl = sys.implementation.name
    if impl != "cpython" or sys.version_info[:2] != (3, 11):
        version = ".".join(map(str, sys.version_info[:3]))
        sys.exit(f"generate.py: refusing to run under {impl} {version}; expected outputs come from CPython 3.11 "
                 "(run it as: python3.11 tests/fidelity/generate.py)")


def default_runner():
    for candidate in (ROOT.parent / "shared/tools/cpython_cells.py", pathlib.Path("/work/shared/tools/cpython_cells.py")):
        if candidate.exists():
            return candidate
    return ROOT.parent / "shared/tools/cpython_cells.py"


def all_cases():
    return sorted(p for p in HERE.rglob("*.py") if p.name not in NOT_CASES and "__pycache__" not in p.parts)


def case_name(path):
    return path.relative_to(HERE).with_suffix("").as_posix()


STDERR_MARKER = "# fidelity: CPython writes to its C-level stderr here"


def transcript(runner, case, timeout):
    # Same command line as the contract: python3.11 cpython_cells.py NAME.py, run from the case's folder.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run([sys.executable, str(runner), case.name], cwd=case.parent, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    # CPython's C-level stderr is not the transcript; a case that writes there on purpose says so
    # with the marker line (sys._debugmallocstats()); for any other case it means the runner failed.
    stderr_expected = STDERR_MARKER in case.read_text(encoding="utf-8").splitlines()
    if proc.returncode != 0 or (proc.stderr and not stderr_expected):
        raise RuntimeError(f"runner failed (exit {proc.returncode}): {proc.stderr.decode(errors='replace').strip()}")
    return proc.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="cases as area/name (default: all)")
    parser.add_argument("--runs", type=int, default=1, help="run each case this many times; differing runs fail")
    parser.add_argument("--verify", action="store_true", help="write nothing; compare with the committed .out")
    parser.add_argument("--runner", default=str(default_runner()), help="path of cpython_cells.py")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 4)
    parser.add_argument("--timeout", type=int, default=120)
    args = parser.parse_args()
    require_cpython_311()

    cases = all_cases()
    if args.names:
        wanted = {n.removesuffix(".py") for n in args.names}
        cases = [c for c in cases if case_name(c) in wanted]
        missing = wanted - {case_name(c) for c in cases}
        if missing:
            sys.exit("generate.py: no such case: " + ", ".join(sorted(missing)))

    def work(case):
        try:
            outs = [transcript(args.runner, case, args.timeout) for _ in range(max(1, args.runs))]
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            raise RuntimeError(f"{case_name(case)}: {error}") from None
        return case, outs

    problems = []
    written = 0
    per_area = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(work, c) for c in cases]
        for future in concurrent.futures.as_completed(futures):
            try:
                case, outs = future.result()
            except Exception as error:  # noqa: BLE001 - reported per case
                problems.append(f"ERROR    {error}")
                continue
            name = case_name(case)
            area = name.split("/")[0] if "/" in name else "."
            per_area[area] = per_area.get(area, 0) + 1
            if any(o != outs[0] for o in outs[1:]):
                distinct = len(set(outs))
                problems.append(f"UNSTABLE {name}: {distinct} distinct outputs in {len(outs)} runs")
                continue
            if ADDRESS.search(outs[0]):
                problems.append(f"ADDRESS  {name}: output contains what looks like a raw address")
            out_path = case.with_suffix(".out")
            if args.verify:
                if not out_path.exists() or out_path.read_bytes() != outs[0]:
                    problems.append(f"DIFFERS  {name}: committed .out differs from CPython's output")
            elif not out_path.exists() or out_path.read_bytes() != outs[0]:
                out_path.write_bytes(outs[0])
                written += 1

    for line in sorted(problems):
        print(line)
    summary = ", ".join(f"{area} {n}" for area, n in sorted(per_area.items()))
    action = "verified" if args.verify else f"{written} .out written"
    print(f"generate: {len(cases)} cases ({summary}); {action}; runs per case {max(1, args.runs)}; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
