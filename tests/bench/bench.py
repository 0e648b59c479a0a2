#!/usr/bin/env python3
# The benchmark harness (GUIDE.md §5): runs each workload in heapscope-cli (native), python3.11, the
# wasm heapscope-cli under node and Pyodide under node, side by side, best of N, and prints one table.
#
#   python3 tests/bench/bench.py            full run (several minutes on a quiet machine)
#   python3 tests/bench/bench.py --smoke    tiny sizes, native + python3.11 only (test.sh runs it)
#
# Timing never fails anything: the exit status is non-zero only when a runtime could not run a
# workload or printed something other than the expected output.
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# name, setup cells, timed cell, size, smoke size[, untimed cleanup cells]. "{N}" is replaced by the size. The timed cell is
# the last; every timed cell ends by printing a checksum so the runtimes are checked to agree.
WORKLOADS = [
    ("churn", [], "for i in range({N}):\n    x = [i]\nprint(x)\n", 1_000_000, 2_000),
    ("cycles", ["import gc\ngc.enable()\n"],
     "for i in range({N}):\n    a = []\n    b = [a]\n    a.append(b)\nprint(len(a), len(b))\n", 200_000, 2_000),
    ("full collect", ["import gc\ngc.disable()\nxs = [[] for _ in range({N})]\n"], "print(gc.collect())\n", 1_000_000, 2_000),
    ("calls fib(25)", ["def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"], "print(fib({N}))\n", 25, 12),
    ("objects", ["class Node:\n    def __init__(self, value, next):\n        self.value = value\n        self.next = next\n"],
     "head = None\nfor i in range({N}):\n    head = Node(i, head)\ntotal = 0\nnode = head\n"
     "while node is not None:\n    total += node.value\n    node = node.next\nprint(total)\n", 200_000, 2_000,
     # untimed: unlink the chain, so that freeing it does not recurse 200,000 deep (Pyodide's stack)
     ["while head is not None:\n    head.next, head = None, head.next\n"]),
    ("int arithmetic", [], "total = 0\nfor i in range({N}):\n    total += i * 2 - 1\nprint(total)\n", 1_000_000, 2_000),
    ("method calls", ["class Counter:\n    def __init__(self):\n        self.n = 0\n    def bump(self, k):\n        self.n += k\n"
                      "c = Counter()\n"],
     "for i in range({N}):\n    c.bump(i)\nprint(c.n)\n", 500_000, 2_000),
    ("dict + str", [], "d = {}\nfor i in range({N}):\n    d[str(i)] = i\nt = 0\nfor k in d:\n    t += d[k]\nprint(t)\n", 200_000, 2_000),
    ("list ops", [], "xs = []\nfor i in range({N}):\n    xs.append(i)\nys = [x * x for x in xs if x % 3]\n"
                     "while xs:\n    xs.pop()\nprint(len(ys))\n", 500_000, 2_000),
    ("getrefcount", ["import sys\nobj = object()\n"],
     "refs = 0\nfor i in range({N}):\n    alias = obj\n    refs += sys.getrefcount(obj)\n    del alias\nprint(refs)\n", 500_000, 2_000),
]
# Unless --cold, every runtime runs each workload twice in one process and the second run is timed:
# a wasm engine runs new code in a baseline tier and swaps in optimised code only at a function's
# next call, and Pyodide is measured in one long-lived process after its load; so all are timed warm.
# Both wasm runtimes (our CLI and Pyodide) run with V8's optimising tier from the first call: under
# dynamic tiering a hot function runs in the Liftoff baseline code until its background TurboFan
# compile lands, which on a loaded machine can be after the timed run (so a warm run alone did not
# make the times repeatable). Same flags for both, so the ratio compares steady-state code.
NODE_STEADY_STATE_FLAGS = ["--no-liftoff"]
GC_SIZES = [100_000, 1_000_000, 3_000_000]
GC_SMOKE_SIZES = [1_000, 4_000]


def cell_file(cells):
    return "".join(c if c.endswith("\n") else c + "\n" for c in ("\n# %%\n".join(cells),))


def instantiate(workload, size, warm=False):
    """The cells of one measurement; the timed cell is the last but the cleanup cells. `warm`: the
    whole workload (setup, timed, cleanup) runs once before, untimed."""
    setup, timed, cleanup = workload[1], workload[2], list(workload[5]) if len(workload) > 5 else []
    once = [c.replace("{N}", str(size)) for c in setup + [timed] + cleanup]
    return once + once if warm else once


def cleanup_count(workload):
    return len(workload[5]) if len(workload) > 5 else 0


class ProcessRuntime:
    """A runtime started once per measurement: heapscope-cli (native or node) or python3.11."""

    def __init__(self, name, argv, cell_flag=None):
        self.name, self.argv, self.cell_flag = name, argv, cell_flag
        self.per_cell = False
        self.available = False
        self.cleanup = 0  # untimed cells after the timed one

    def start(self):
        probe = self.run(["x = 1\n"], flag=True)
        if probe is None and self.cell_flag:
            probe = self.run(["x = 1\n"], flag=False)  # an older CLI without --time-cells
            if probe is not None:
                self.available = True
                return f"{self.name}: no per-cell timing, measuring process wall time minus setup"
            return f"{self.name}: cannot run {' '.join(self.argv)}"
        self.available = probe is not None
        self.per_cell = probe is not None and len(probe["cells"]) == 1
        return None if self.available else f"{self.name}: cannot run {' '.join(self.argv)}"

    def run(self, cells, flag=None):
        """Runs cells in one process; returns wall ms, per-cell ms, peak RSS (KiB) and stdout."""
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(cell_file(cells))
            path = f.name
        use_flag = self.per_cell if flag is None else flag
        argv = self.argv + ([self.cell_flag] if use_flag and self.cell_flag else []) + [path]
        try:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
            out, err = proc.communicate()
            wall = (time.perf_counter() - start) * 1000.0
        except (OSError, ChildProcessError):
            return None
        finally:
            os.unlink(path)
        if proc.returncode != 0:
            return None
        cells_ms = [float(m) for m in re.findall(r"^cell \d+: ([0-9.]+) ms$", err.decode(), re.M)]
        return {"wall": wall, "cells": cells_ms, "stdout": out.decode(), "rss": None}

    def measure(self, cells):
        """(ms of the timed cell, or of the whole run when there is no per-cell timing; ms of the
        run without the timed cell in that case, else None; stdout). ms is None on failure."""
        timed = len(cells) - 1 - self.cleanup
        if self.per_cell:
            r = self.run(cells)
            if r is None or len(r["cells"]) != len(cells):
                return None, None, None
            return r["cells"][timed], None, r["stdout"]
        whole = self.run(cells)
        # The same run without the timed cell (cleanup cells then fail fast on unbound names).
        setup = self.run(cells[:timed] + cells[timed + 1:] or ["pass\n"])
        if whole is None or setup is None:
            return None, None, None
        return whole["wall"], setup["wall"], whole["stdout"]

    def peak_rss_kib(self, cells):
        """Peak resident set size of one run. Through /usr/bin/time when present: a child forked from
        this (larger) Python process starts with our high-water mark, which hides small peaks."""
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(cell_file(cells))
            path = f.name
        timer = ["/usr/bin/time", "-f", "maxrss %M"] if os.path.exists("/usr/bin/time") else []
        try:
            proc = subprocess.Popen(timer + self.argv + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
            err = proc.stderr.read().decode()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        except OSError:
            return None
        finally:
            os.unlink(path)
        if proc.returncode != 0:
            return None
        m = re.search(r"^maxrss (\d+)$", err, re.M)
        return int(m.group(1)) if m else usage.ru_maxrss


class PyodideRuntime:
    def __init__(self, node):
        self.name, self.node, self.proc, self.available, self.per_cell = "pyodide", node, None, False, True
        self.load_ms = None
        self.cleanup = 0

    def start(self):
        env = dict(os.environ, HEAPSCOPE_ROOT=str(ROOT))
        try:
            self.proc = subprocess.Popen(self.node + [str(HERE / "pyodide_server.mjs")], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, env=env, text=True)
            ready = json.loads(self.proc.stdout.readline() or "null")
        except (OSError, ValueError):
            ready = None
        if not ready or "ready" not in ready:
            self.stop()
            return "pyodide: cannot load (run `npm ci` at the repository root)"
        self.load_ms, self.available = ready["ready"], True
        return None

    def measure(self, cells):
        try:
            self.proc.stdin.write(json.dumps({"cells": cells}) + "\n")
            self.proc.stdin.flush()
            answer = json.loads(self.proc.stdout.readline() or "null")
        except (OSError, ValueError):
            answer = None
        if answer is None:  # the server died (e.g. a wasm stack overflow): start a fresh one
            self.stop()
            self.start()
            return None, None, None
        if answer.get("error") or len(answer["ms"]) != len(cells):
            return None, None, None
        return answer["ms"][len(cells) - 1 - self.cleanup], None, None

    def stop(self):
        if self.proc:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
            self.proc = None


def best_of(runtimes, cells, reps, cleanup=0, check_output=True):
    """Runs cells on every runtime side by side (one after the other within each repetition); the
    last `cleanup` cells are untimed. Without per-cell timing: best whole run - best run of the setup."""
    best = {rt.name: None for rt in runtimes}
    setup = {}
    outputs = {}
    for _ in range(reps):
        for rt in runtimes:
            rt.cleanup = cleanup
            ms, setup_ms, out = rt.measure(cells)
            if ms is None:
                best[rt.name] = "error"
                continue
            if out is not None:
                outputs[rt.name] = out
            if best[rt.name] != "error" and (best[rt.name] is None or ms < best[rt.name]):
                best[rt.name] = ms
            if setup_ms is not None:
                setup[rt.name] = min(setup_ms, setup.get(rt.name, setup_ms))
    for name, ms in setup.items():
        if isinstance(best[name], float):
            best[name] = max(best[name] - ms, 0.0)
    distinct = {o for o in outputs.values()}
    if check_output and len(distinct) > 1:
        for rt in runtimes:
            if rt.name in outputs:
                best[rt.name] = "mismatch"
    return best


def fmt_ms(v):
    return f"{v:9.1f}" if isinstance(v, float) else f"{(v or '-'):>9}"


def fmt_ratio(a, b):
    return f"{a / b:7.2f}x" if isinstance(a, float) and isinstance(b, float) and b > 0 else f"{'-':>8}"


def file_sizes(paths):
    raw = gz = 0
    for p in paths:
        data = p.read_bytes()
        raw += len(data)
        gz += len(gzip.compress(data, 9))
    return raw, gz


def ui_frame_times(ui_tests):
    """Frame build times from the ui test binary's benchmark cases (skipped in normal test runs)."""
    try:
        r = subprocess.run([ui_tests, "--no-skip", "-tc=bench: *"], capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return re.findall(r"^ui-bench: (.*)$", r.stdout, re.M) or None


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--native", default=str(ROOT / "build/native/bin/heapscope-cli"))
    p.add_argument("--baseline", help="another native heapscope-cli (e.g. main's) timed side by side: extra columns")
    p.add_argument("--python", default="python3.11")
    p.add_argument("--node", default="node")
    p.add_argument("--liftoff", action="store_true",
                   help="let node start wasm in its Liftoff baseline tier (default: --no-liftoff for both wasm runtimes)")
    p.add_argument("--wasm-cli", default=str(ROOT / "build/web/bin/heapscope-cli.js"))
    p.add_argument("--site", default=str(ROOT / "build/web/site"))
    p.add_argument("--ui-tests", default=str(ROOT / "build/native/bin/heapscope_ui_tests"))
    p.add_argument("--reps", type=int, default=3, help="best of this many runs per measurement")
    p.add_argument("--only", action="append", help="run only workloads whose name contains this")
    p.add_argument("--no-wasm", action="store_true", help="skip the wasm CLI and Pyodide")
    p.add_argument("--smoke", action="store_true", help="tiny sizes, one repetition, native + python3.11 only")
    p.add_argument("--cold", action="store_true", help="time each workload's first run (no warm run before it)")
    args = p.parse_args()
    if args.smoke:
        args.reps, args.no_wasm = 1, True
    failures = 0

    native = ProcessRuntime("native", [args.native], "--time-cells")
    cpython = ProcessRuntime("python3.11", [args.python, str(HERE / "cells_timer.py")])
    runtimes = [cpython, native]
    baseline = None
    if args.baseline:
        baseline = ProcessRuntime("baseline", [args.baseline], "--time-cells")
        runtimes.append(baseline)
    pyodide = wasm = None
    if not args.no_wasm:
        node = [args.node] + ([] if args.liftoff else NODE_STEADY_STATE_FLAGS)
        pyodide = PyodideRuntime(node)
        wasm = ProcessRuntime("wasm", node + [args.wasm_cli], "--time-cells")
        runtimes += [pyodide, wasm]
    notes = []
    for rt in runtimes:
        note = rt.start()
        if note:
            notes.append(note)
    if not native.available or not cpython.available:
        failures += 1
    live = [rt for rt in runtimes if rt.available]

    print(f"Heapscope benchmarks ({'smoke' if args.smoke else 'full'}; best of {args.reps}; times in ms of the timed cell)")
    for n in notes:
        print(f"  note: {n}")
    if pyodide and pyodide.available:
        print(f"  pyodide load: {pyodide.load_ms:.0f} ms (not counted)")
        print(f"  node flags of both wasm runtimes: {' '.join(pyodide.node[1:]) or '(none: dynamic tiering)'}")
    if not args.cold and not args.smoke:
        print("  every runtime runs each workload twice in one process and the second run is timed (--cold: once)")
    base_head = f"{'baseline':>10}{'base/cpy':>9}" if baseline else ""
    print(f"\n{'workload':<16}{'size':>10}{'cpython':>10}{'native':>10}{'nat/cpy':>9}{base_head}{'pyodide':>10}{'wasm':>10}{'wasm/pyo':>9}")
    for w in WORKLOADS:
        if args.only and not any(o in w[0] for o in args.only):
            continue
        size = w[4] if args.smoke else w[3]
        cells = instantiate(w, size, warm=not (args.cold or args.smoke))
        best = best_of(live, cells, args.reps, cleanup_count(w))
        failures += sum(1 for rt in (native, cpython) if not isinstance(best.get(rt.name), float))
        base_cols = (f" {fmt_ms(best.get('baseline'))}{fmt_ratio(best.get('baseline'), best.get('python3.11'))}"
                     if baseline else "")
        print(f"{w[0]:<16}{size:>10}{fmt_ms(best.get('python3.11'))} {fmt_ms(best.get('native'))}"
              f"{fmt_ratio(best.get('native'), best.get('python3.11'))}{base_cols} {fmt_ms(best.get('pyodide'))}"
              f" {fmt_ms(best.get('wasm'))}{fmt_ratio(best.get('wasm'), best.get('pyodide'))}", flush=True)

    # Full collection cost per tracked object, and whether it stays linear.
    print("\nfull collection, ns per tracked object (gc.collect() over N live lists)")
    gc_runtimes = [rt for rt in (cpython, native, baseline) if rt and rt.available]
    per_obj = {}
    sizes = GC_SMOKE_SIZES if args.smoke else GC_SIZES
    for size in sizes:
        cells = instantiate(WORKLOADS[2], size)
        best = best_of(gc_runtimes, cells, args.reps)
        row = f"  N={size:<9}"
        for rt in gc_runtimes:
            v = best.get(rt.name)
            if isinstance(v, float):
                per_obj.setdefault(rt.name, []).append(v * 1e6 / size)
                row += f" {rt.name} {v * 1e6 / size:7.1f} ns"
            else:
                row += f" {rt.name} {v}"
                failures += 1
        print(row, flush=True)
    for name, values in per_obj.items():
        if len(values) > 1 and min(values) > 0:
            spread = max(values) / min(values)
            print(f"  {name}: largest/smallest ns per object {spread:.2f} ({'linear' if spread < 1.5 else 'NOT linear'})")

    # Host memory per simulated object and bounded memory under churn (peak RSS of whole runs).
    print("\nhost memory (peak RSS)")
    n_obj = 20_000 if args.smoke else 1_000_000
    for rt in gc_runtimes:
        empty = rt.peak_rss_kib(["xs = [[] for _ in range(0)]\n"])
        full = rt.peak_rss_kib([f"xs = [[] for _ in range({n_obj})]\n"])
        if empty is None or full is None:
            print(f"  {rt.name}: could not run")
            failures += 1
            continue
        print(f"  {rt.name}: {(full - empty) * 1024 / n_obj:.0f} bytes per live list ({n_obj} lists: {empty / 1024:.1f} -> {full / 1024:.1f} MiB)")
    small, big = (10_000, 100_000) if args.smoke else (1_000_000, 10_000_000)
    for rt in gc_runtimes:
        a = rt.peak_rss_kib([f"for i in range({small}):\n    x = [i]\n"])
        b = rt.peak_rss_kib([f"for i in range({big}):\n    x = [i]\n"])
        if a is None or b is None:
            print(f"  {rt.name}: churn could not run")
            failures += 1
            continue
        verdict = "bounded" if b - a < 2048 else "GROWS"
        print(f"  {rt.name}: churn {small} iterations {a / 1024:.1f} MiB, {big} iterations {b / 1024:.1f} MiB ({verdict})")

    # Bundle sizes.
    print("\nwasm sizes (raw / gzip -9)")
    cli_wasm = Path(args.wasm_cli).with_suffix(".wasm")
    site = Path(args.site)
    if cli_wasm.exists():
        raw, gz = file_sizes([cli_wasm])
        print(f"  engine ({cli_wasm.name}): {raw / 1024:.0f} KiB / {gz / 1024:.0f} KiB")
    if (site / "heapscope.wasm").exists():
        raw, gz = file_sizes([site / "heapscope.wasm"])
        print(f"  app (heapscope.wasm, engine + UI): {raw / 1024:.0f} KiB / {gz / 1024:.0f} KiB")
    if site.is_dir():
        files = [f for f in site.rglob("*") if f.is_file()]
        raw, gz = file_sizes(files)
        print(f"  whole site ({len(files)} files): {raw / 1024:.0f} KiB / {gz / 1024:.0f} KiB")
    if not cli_wasm.exists() and not site.is_dir():
        print("  (no wasm build)")

    if not args.smoke and Path(args.ui_tests).exists():
        print("\nUI frame build time (headless ImGui, native)")
        lines = ui_frame_times(args.ui_tests)
        for line in lines or ["(could not run the ui benchmark cases)"]:
            print(f"  {line}")

    if pyodide:
        pyodide.stop()
    print(f"\nbench: {'ok' if failures == 0 else f'{failures} problems'}")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
