#!/usr/bin/env python3
# Heapscope fidelity corpus runner: for every AREA/NAME.py with its .out here, runs heapscope-cli (native
# and wasm under node) and compares stdout byte for byte with CPython 3.11's transcript in NAME.out.
"""Exit status: 0 all passed, 1 a case failed, 77 skipped (no cases). Prints 'N passed, M failed'.

Cases listed in known_failures.txt (one "AREA/NAME" per line, or "AREA/NAME [native]" / "[wasm]"
for one build only; '#' comments) are expected to fail
while the engine is incomplete: their failures are reported as "known" and not counted, but a listed
case that passes is counted as a failure ("now passes: remove it from known_failures.txt"), so the
list can only shrink honestly."""
import argparse
import difflib
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SKIPPED = 77


def run(command, cwd, timeout):
    try:
        proc = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", f"timed out after {timeout}s"
    except OSError as error:
        return None, b"", str(error)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def case_name(path):
    return path.relative_to(HERE).with_suffix("").as_posix()


def show_diff(expected, actual, name):
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"{name}.out (CPython 3.11)",
        tofile=f"{name} (heapscope)",
    )
    shown = 0
    for line in lines:
        sys.stdout.write("    " + line if line.endswith("\n") else "    " + line + "\n")
        shown += 1
        if shown >= 80:
            print("    ... (diff truncated)")
            break


def load_known_failures():
    path = HERE / "known_failures.txt"
    if not path.exists():
        return set()
    names = set()
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--native", default=str(ROOT / "build/native/bin/heapscope-cli"))
    parser.add_argument("--wasm", default=str(ROOT / "build/web/bin/heapscope-cli.js"))
    parser.add_argument("--node", default="node")
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("names", nargs="*", help="run only these cases (AREA/NAME or NAME, without .py)")
    args = parser.parse_args()

    # Cases live in area folders (gc/, refcount/, ...): AREA/NAME.py + AREA/NAME.out, named "AREA/NAME".
    cases = sorted(p for p in HERE.rglob("*.py")
                   if p.name not in ("run.py", "generate.py") and p.with_suffix(".out").exists())
    if args.names:
        cases = [p for p in cases if case_name(p) in args.names or p.stem in args.names]
    if not cases:
        print("fidelity: 0 cases (tests/fidelity has no AREA/NAME.py + NAME.out pairs) - skipped")
        return SKIPPED

    targets = [("native", [args.native]), ("wasm", [args.node, args.wasm])]
    known = load_known_failures()
    passed = failed = known_failed = 0
    for case in cases:
        expected = case.with_suffix(".out").read_bytes()
        name = case_name(case)
        for target, prefix in targets:
            label = f"{name} [{target}]"
            if not pathlib.Path(prefix[-1]).exists():
                print(f"FAIL {label}: {prefix[-1]} is not built")
                failed += 1
                continue
            code, out, err = run(prefix + [case.name], case.parent, args.timeout)
            is_known = name in known or label in known
            if code == 0 and out == expected:
                if is_known:
                    print(f"FAIL {label}: now passes: remove it from known_failures.txt")
                    failed += 1
                else:
                    print(f"ok   {label}")
                    passed += 1
                continue
            if is_known:
                print(f"known {label}")
                known_failed += 1
                continue
            failed += 1
            why = "exit status %s" % code if code != 0 else "output differs"
            print(f"FAIL {label}: {why}")
            if err.strip():
                print("    stderr: " + err.strip().splitlines()[-1])
            if out != expected:
                show_diff(expected, out, name)
    print(f"fidelity: {len(cases)} cases x {len(targets)} builds; {known_failed} known failures "
          f"(tests/fidelity/known_failures.txt, {len(known)} cases listed)")
    print(f"fidelity: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
