#!/usr/bin/env python3
# Crash hunt: a seeded fuzzer that mutates the fidelity corpus' cell files and runs heapscope-cli on each.
# Not run by CI. Flags signals (segfault, abort, assertion), sanitizer reports and timeouts.
"""Usage: tests/tools/fuzz_cells.py [--cli build/native/bin/heapscope-cli] [--seed N] [--count N]
       [--timeout S] [--out DIR]

Each trial picks a corpus file and applies 1-4 mutations: delete / duplicate / swap a line or a
token, deep nesting (brackets, calls, blocks), huge ints, strings and repetitions, recursion, a
stray keyword. A trial whose CLI run dies of a signal, prints a sanitizer report or an assertion,
exits non-zero or times out is saved as DIR/crash-SEED-N.py with DIR/crash-SEED-N.txt (what was
seen). The same seed gives the same trials."""
import argparse
import pathlib
import random
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fidelity"
TOKEN = re.compile(r"\w+|\d+|'[^']*'|\"[^\"]*\"|\S")

SNIPPETS = [
    "x = " + "(" * 200 + "1" + ")" * 200,
    "x = " + "[" * 120 + "]" * 120,
    "x = " + "-" * 5000 + "1",
    "x = 10 ** 10 ** 3",
    "x = 'ab' * 10 ** 6",
    "x = [0] * 10 ** 6",
    "x = 1 << 100000",
    "def r(n): return r(n + 1)\nr(0)",
    "def r(): return [r]\nprint(len(r()[0]() if False else []))",
    "class C:\n    def __repr__(self): return repr(self)\nrepr(C())",
    "l = []\nl.append(l)\nprint(l)",
    "d = {}\nd[1] = d\nprint(d)",
    "x = eval('1+' * 3000 + '1')",
    "exec('if 1:\\n' + ''.join(' ' * i + 'if 1:\\n' for i in range(1, 120)) + ' ' * 120 + 'pass')",
    "f = lambda: (yield)\nlist(f())",
    "import sys\nsys.setrecursionlimit(10 ** 6)\ndef r(n): return r(n+1)\nr(0)",
    "x = str(10 ** 5000)",
    "x = int('9' * 5000)",
    "s = set(range(10 ** 5)); s.clear()",
    "a = b = c = None\ndel a, b, c\nprint(a)",
    "code = (lambda: 0).__code__\nexec(code.replace(co_code=bytes(range(256))))",
    "code = (lambda a: a).__code__\nexec(code.replace(co_nlocals=0, co_varnames=()))",
    "x = (1,) * 10 ** 7",
    "x = f'{' * 100",
    "import gc\ngc.collect(5)",
    "try:\n    raise ExceptionGroup('e', [ValueError()])\nexcept* ValueError:\n    pass",
]


def mutate(rng, text):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(9)
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind in (3, 4, 5):
            toks = TOKEN.findall(lines[i])
            if toks:
                k = rng.randrange(len(toks))
                if kind == 3:
                    del toks[k]
                elif kind == 4:
                    toks.insert(k, toks[k])
                else:
                    toks[k], toks[-1] = toks[-1], toks[k]
                indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
                lines[i] = indent + " ".join(toks)
        elif kind == 6:
            lines.insert(i, rng.choice(SNIPPETS))
        elif kind == 7:
            depth = rng.choice([10, 50, 100, 300])
            lines.insert(i, "x = " + "(" * depth + "0" + ")" * depth)
        else:
            lines.insert(i, rng.choice(["# %%", "del x", "yield", "return", "break", "await x", "global x",
                                        "nonlocal x", "raise", "pass;" * 50]))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "bin" / "heapscope-cli"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--out", default="/tmp/hs_fuzz")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in CORPUS.rglob("*.py") if p.name not in ("run.py", "generate.py"))
    rng = random.Random(args.seed)
    found = 0
    for n in range(args.count):
        src = mutate(rng, rng.choice(files).read_text())
        case = out / f"trial-{args.seed}.py"
        case.write_text(src)
        problem = None
        try:
            r = subprocess.run([args.cli, "--max-steps", "50000000", str(case)], capture_output=True,
                               timeout=args.timeout)
            text = (r.stdout + r.stderr).decode("utf-8", "replace")
            if r.returncode < 0:
                problem = f"signal {-r.returncode}"
            elif r.returncode != 0:
                problem = f"exit {r.returncode}"
            elif re.search(r"AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:|Assertion .* failed", text):
                problem = "sanitizer/assertion report"
        except subprocess.TimeoutExpired:
            problem = "timeout"
            text = ""
        if problem:
            found += 1
            (out / f"crash-{args.seed}-{n}.py").write_text(src)
            (out / f"crash-{args.seed}-{n}.txt").write_text(problem + "\n" + text[-3000:])
            print(f"trial {n}: {problem}", flush=True)
    print(f"{args.count} trials, {found} flagged (in {out})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
