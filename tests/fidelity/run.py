#!/usr/bin/env python3
# Heapscope fidelity corpus runner: for every AREA/NAME.py with its .out here, runs heapscope-cli (native
# and wasm under node) and compares stdout byte for byte with CPython 3.11's transcript in NAME.out.
"""Exit status: 0 all passed, 1 a case failed, 77 skipped (no cases). Prints 'N passed, M failed'.

Cases listed in known_failures.txt (one "AREA/NAME" per line, or "AREA/NAME [native]" / "[wasm]"
for one build only; '#' comments) are expected to fail
while the engine is incomplete: their failures are reported as "known" and not counted, but a listed
case that passes is counted as a failure ("now passes: remove it from known_failures.txt"), so the
list can only shrink honestly.

Robustness modes (native build only, one mode per run):
  --audit      runs every case with `heapscope-cli --audit` (a heap audit after every statement): a case
               fails if any refcount mismatch is reported, and its output must still match.
  --gc-stress  runs with `heapscope-cli --gc-stress` (a collection on every GC allocation) every case
               whose output cannot depend on when collections happen: exempt are the cases whose source
               mentions the gc module (collection counts, return values, generations and tracking are
               what they observe), and those listed in stress_exempt.txt ("AREA/NAME  # reason", one per
               line: e.g. a __del__ or weakref callback on cyclic garbage that stress frees earlier)."""
import argparse
import difflib
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SKIPPED = 77


WASM_STACK_FLAG = "--stack-size=4000"


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


def load_stress_exempt():
    path = HERE / "stress_exempt.txt"
    names = {}
    if path.exists():
        for line in path.read_text().splitlines():
            name, _, reason = line.partition("#")
            if name.strip():
                names[name.strip()] = reason.strip()
    return names


# The clear rule of --gc-stress: a case whose source mentions the gc module observes collection timing.
STRESS_SENSITIVE = ("gc",)


def stress_sensitive(source):
    import re
    return any(re.search(r"\b%s\b" % re.escape(word), source) for word in STRESS_SENSITIVE)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--native", default=str(ROOT / "build/native/bin/heapscope-cli"))
    parser.add_argument("--wasm", default=str(ROOT / "build/web/bin/heapscope-cli.js"))
    parser.add_argument("--node", default="node")
    parser.add_argument("--timeout", type=int, default=120)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--audit", action="store_true", help="native only, heap audit after every statement")
    mode.add_argument("--gc-stress", action="store_true", help="native only, a collection on every GC allocation")
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

    # The wasm CLI runs with a fixed 4 MB V8 stack (the wasm frames live there, not in linear memory):
    # with node's default (~1 MB, less the environment) the deepest compile-time recursion CPython
    # allows overflows it or not depending on where the process stack starts, so a case at that
    # bound would pass or fail by chance. The browser's own ~1 MB limit is in README's Known limits.
    targets = [("native", [args.native]), ("wasm", [args.node, WASM_STACK_FLAG, args.wasm])]
    flags, mode_name = [], ""
    if args.audit:
        targets, flags, mode_name = [("native audit", [args.native])], ["--audit"], "audit"
    elif args.gc_stress:
        targets, flags, mode_name = [("native gc-stress", [args.native])], ["--gc-stress"], "gc-stress"
        exempt = load_stress_exempt()
        kept = [p for p in cases if case_name(p) not in exempt and not stress_sensitive(p.read_text())]
        print(f"gc-stress: {len(cases) - len(kept)} of {len(cases)} cases exempt "
              f"(source mentions the gc module, or listed in stress_exempt.txt)")
        cases = kept
    known = load_known_failures()
    passed = failed = known_failed = 0
    for case in cases:
        expected = case.with_suffix(".out").read_bytes()
        name = case_name(case)
        for target, base in targets:
            prefix = base + flags
            label = f"{name} [{target}]"
            if not pathlib.Path(base[-1]).exists():
                print(f"FAIL {label}: {base[-1]} is not built")
                failed += 1
                continue
            code, out, err = run(prefix + [case.name], case.parent, args.timeout)
            is_known = name in known or label in known or (bool(flags) and f"{name} [native]" in known)
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
            if code == 3 and args.audit:
                why = "heap audit mismatches"
            print(f"FAIL {label}: {why}")
            if err.strip():
                lines = err.strip().splitlines()
                for line in (lines[:6] if code == 3 else lines[-1:]):
                    print("    stderr: " + line)
            if out != expected:
                show_diff(expected, out, name)
    tag = f"fidelity ({mode_name})" if mode_name else "fidelity"
    print(f"{tag}: {len(cases)} cases x {len(targets)} builds; {known_failed} known failures "
          f"(tests/fidelity/known_failures.txt, {len(known)} cases listed)")
    print(f"{tag}: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
