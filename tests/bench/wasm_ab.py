#!/usr/bin/env python3
# Side-by-side timing of several wasm heapscope-cli builds on bench.py's workloads, for work on the
# eval loop's WebAssembly code: V8 compiles the one large dispatch function, and a small change
# anywhere in it can move the loop's values from registers to stack slots for every instruction
# (see vm/eval.cpp). Each build runs each workload warm (the whole workload once, then timed) under
# node --no-liftoff, timed in CPU time of the node process (node_cpu_clock.js), best of --reps, with
# the builds interleaved, so the comparison holds on a loaded machine where wall times do not.
#
#   python3 tests/bench/wasm_ab.py --only fib build/web/bin/heapscope-cli.js /tmp/old/heapscope-cli.js
import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench  # noqa: E402


def main():
    p = argparse.ArgumentParser(description="CPU-time comparison of wasm heapscope-cli builds on the bench workloads")
    p.add_argument("clis", nargs="+", help="heapscope-cli.js of each build")
    p.add_argument("--only", default="", help="workloads whose name contains this")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--node", default="node")
    args = p.parse_args()
    runtimes = []
    for cli in args.clis:
        rt = bench.ProcessRuntime(cli, [args.node, "-r", str(HERE / "node_cpu_clock.js"), "--no-liftoff", cli],
                                  "--time-cells")
        problem = rt.start()
        if problem:
            sys.exit(problem)
        runtimes.append(rt)
    failed = False
    print(f"best of {args.reps}, CPU ms of the timed cell; ratio to the first build")
    for workload in bench.WORKLOADS:
        if args.only not in workload[0]:
            continue
        cells = bench.instantiate(workload, workload[3], warm=True)
        best = [None] * len(runtimes)
        outputs = set()
        for _ in range(args.reps):
            for i, rt in enumerate(runtimes):
                rt.cleanup = bench.cleanup_count(workload)
                ms, _, out = rt.measure(cells)
                if ms is None:
                    failed = True
                    continue
                outputs.add(out)
                best[i] = ms if best[i] is None else min(best[i], ms)
        if len(outputs) > 1:
            print(f"  {workload[0]}: the builds printed different output")
            failed = True
        base = best[0]
        cols = "  ".join(f"{b:8.1f} ({b / base:4.2f}x)" if b and base else "  failed" for b in best)
        print(f"  {workload[0]:<16} {cols}")
    for i, cli in enumerate(args.clis):
        print(f"  [{i}] {cli}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
