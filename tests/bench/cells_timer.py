# Runs a cell file in CPython the way tools/cpython_cells.py does (one shared namespace, cells in
# order) and prints each cell's wall time to stderr as "cell N: MS ms", the format of heapscope-cli.
#
# Usage: python3.11 cells_timer.py FILE.py
import gc
import sys
import time


def split_cells(text):
    cells, current = [], []
    for line in text.splitlines(keepends=True):
        if line.startswith("# %%"):
            cells.append("".join(current))
            current = []
        else:
            current.append(line)
    cells.append("".join(current))
    return [c for c in cells if c.strip()]


def main(path):
    with open(path, encoding="utf-8") as f:
        codes = [compile(c, f"<cell {i}>", "exec") for i, c in enumerate(split_cells(f.read()), 1)]
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    gc.collect()
    for number, code in enumerate(codes, 1):
        start = time.perf_counter()
        exec(code, namespace)
        ms = (time.perf_counter() - start) * 1000.0
        sys.stdout.flush()
        print(f"cell {number}: {ms:.3f} ms", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
