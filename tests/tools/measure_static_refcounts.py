# Measures the refcounts of CPython 3.11's statically allocated objects as a Heapscope cell sees
# them, and writes engine/objects/static_refcounts.h. Run: python3.11 tests/tools/measure_static_refcounts.py
#
# The measuring cell runs inside ../shared/tools/cpython_cells.py (the reference runner) and reads
# every count with sys.getrefcount before printing anything (the runner keeps each write, so
# print's ' ' separators would count) and importing nothing first (importing ctypes to read the header
# would add its module's references: 13 to the int 0). It corrects for the references the
# measuring code itself holds (getrefcount's argument, loop variables, the cell's constants), so
# each value is the count when a user's cell starts, before the cell's own code adds its constants.
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUNNER = os.path.join(ROOT, "..", "shared", "tools", "cpython_cells.py")

CELL = r'''
import sys as _s
_rc = _s.getrefcount
_ints = []
for _v in range(-5, 257):
    _ints.append(_rc(_v))
_chars = []
for _i in range(256):
    _ch = chr(_i)
    _chars.append(_rc(_ch))
del _ch
_singles = [_rc(None), _rc(True), _rc(False), _rc(...), _rc(NotImplemented), _rc(()), _rc(''), _rc(b'')]
_types = []
for _t in (object, type, int, bool, float, str, bytes, tuple, list, dict, set, frozenset, type(None), type(...), type(NotImplemented), range):
    _types.append((_t.__name__, _rc(_t)))
del _t
print("INTS", *_ints)
print("CHARS", *_chars)
for _k, _n in zip(("NONE", "TRUE", "FALSE", "ELLIPSIS", "NOT_IMPLEMENTED", "EMPTY_TUPLE", "EMPTY_STR", "EMPTY_BYTES"), _singles):
    print(_k, _n)
for _k, _n in _types:
    print("TYPE", _k, _n)
'''


def measure():
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(CELL)
        path = f.name
    try:
        out = subprocess.run([sys.executable, RUNNER, path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return out


def main():
    out = measure()
    ints, chars, singles, types = [], [], {}, {}
    for line in out.splitlines():
        head, *rest = line.split()
        if head == "INTS":
            ints = [int(x) for x in rest]
        elif head == "CHARS":
            chars = [int(x) for x in rest]
        elif head == "TYPE":
            types[rest[0]] = int(rest[1])
        else:
            singles[head] = int(rest[0])
    # References held by the measuring cell while reading: getrefcount's argument (1) and the loop
    # variable (_v / _ch / _t: 1); the lists hold refcounts, not the objects.
    # Small ints: the cell's co_consts hold -5 and 256 (range(-5, 257), range(256); 257 is not small)
    # and 0 (`import sys`'s level). The range objects are gone while their loops run: GET_ITER
    # drops them (the range iterator keeps C longs, not objects).
    consts = {-5: 1, 256: 1, 0: 1}
    base_ints = []
    for v, n in zip(range(-5, 257), ints):
        n -= 2  # the argument and the loop variable _v
        n -= consts.get(v, 0)
        base_ints.append(n)
    base_chars = [n - 2 for n in chars]  # the argument and _ch
    # The argument, and the cell's constant for each literal (None, True, False, ..., (), '', b'');
    # NotImplemented is a name, not a constant.
    for key in singles:
        singles[key] -= 1 if key == "NOT_IMPLEMENTED" else 2
    # The cell's code object itself: a module's co_localsplusnames is the empty tuple, its
    # co_localspluskinds and co_exceptiontable (no handlers) the empty bytes.
    singles["EMPTY_TUPLE"] -= 1
    singles["EMPTY_BYTES"] -= 2
    # Type objects: the argument, the loop variable _t and the tuple of types (built at run time
    # and kept alive by its iterator during the loop).
    base_types = {k: v - 3 for k, v in types.items()}

    lines = [
        "// Refcounts of CPython 3.11's statically allocated objects when a cell starts, measured by",
        "// tests/tools/measure_static_refcounts.py through the reference cells runner. Generated; do not edit.",
        "#pragma once",
        "",
        "#include <cstdint>",
        "",
        "namespace hs::static_refcounts {",
        "",
        "// Small ints -5..256.",
        "inline constexpr std::int64_t kSmallInts[262] = {",
    ]
    for i in range(0, 262, 8):
        lines.append("    " + ", ".join(str(x) for x in base_ints[i:i + 8]) + ",")
    lines.append("};")
    lines.append("")
    lines.append("// The 1-character Latin-1 strings chr(0)..chr(255).")
    lines.append("inline constexpr std::int64_t kLatin1Chars[256] = {")
    for i in range(0, 256, 8):
        lines.append("    " + ", ".join(str(x) for x in base_chars[i:i + 8]) + ",")
    lines.append("};")
    lines.append("")
    for key in ("NONE", "TRUE", "FALSE", "ELLIPSIS", "NOT_IMPLEMENTED", "EMPTY_TUPLE", "EMPTY_STR", "EMPTY_BYTES"):
        name = "k" + "".join(p.capitalize() for p in key.split("_"))
        lines.append(f"inline constexpr std::int64_t {name} = {singles[key]};")
    lines.append("")
    lines.append("// Built-in type objects, by tp_name.")
    lines.append("struct TypeCount { const char* name; std::int64_t refcnt; };")
    lines.append("inline constexpr TypeCount kTypes[] = {")
    for k, v in base_types.items():
        lines.append(f'    {{"{k}", {v}}},')
    lines.append("};")
    lines.append("")
    lines.append("} // namespace hs::static_refcounts")
    target = os.path.join(ROOT, "engine", "objects", "static_refcounts.h")
    with open(target, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", target)


if __name__ == "__main__":
    main()
