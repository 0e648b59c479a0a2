# Measures the refcounts of CPython 3.11's statically allocated objects as a Heapscope cell sees
# them, and writes engine/objects/static_refcounts.h. Run: python3.11 tests/tools/measure_static_refcounts.py
#
# The measuring cell runs inside ../shared/tools/cpython_cells.py (the reference runner) and reads
# each count with ctypes (no argument reference). It corrects for the references the measuring
# code itself holds, so each value is the count when a user's cell starts, before the cell's own
# code object adds its constants.
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUNNER = os.path.join(ROOT, "..", "shared", "tools", "cpython_cells.py")

CELL = r'''
import ctypes as _c
_rd = _c.c_ssize_t.from_address
_out = []
for _v in range(-5, 257):
    _out.append(_rd(id(_v)).value)
print("INTS", *_out)
_out.clear()
for _i in range(256):
    _ch = chr(_i)
    _out.append(_rd(id(_ch)).value)
print("CHARS", *_out)
del _ch
print("NONE", _rd(id(None)).value)
print("TRUE", _rd(id(True)).value)
print("FALSE", _rd(id(False)).value)
print("ELLIPSIS", _rd(id(...)).value)
print("NOT_IMPLEMENTED", _rd(id(NotImplemented)).value)
print("EMPTY_TUPLE", _rd(id(())).value)
print("EMPTY_STR", _rd(id('')).value)
print("EMPTY_BYTES", _rd(id(b'')).value)
for _t in (object, type, int, bool, float, str, bytes, tuple, list, dict, set, frozenset, type(None), type(...), type(NotImplemented), range):
    print("TYPE", _t.__name__, _rd(id(_t)).value)
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
    # References held by the measuring cell while reading: the loop variable (_v / _ch) and the
    # list being appended to is not holding them (values are refcounts, not the objects).
    # Small ints: _v holds 1; the cell's co_consts hold the folded -5 and 256 (257 is not small).
    # The range objects are gone while their loops run: GET_ITER drops them (the range iterator
    # keeps C longs, not objects).
    consts = {-5: 1, 256: 1}
    base_ints = []
    for v, n in zip(range(-5, 257), ints):
        n -= 1  # the loop variable _v
        n -= consts.get(v, 0)
        base_ints.append(n)
    # chars: _ch holds 1.
    base_chars = [n - 1 for n in chars]
    # Constants of the cell: None is in co_consts (+1); True/False/... are not literals here.
    singles["NONE"] -= 1
    singles["ELLIPSIS"] -= 1  # the literal ... is a constant of the cell
    singles["EMPTY_TUPLE"] -= 1  # the literal () is a constant
    singles["EMPTY_STR"] -= 1  # the literal '' is a constant
    singles["EMPTY_BYTES"] -= 1
    # type objects: the loop variable _t holds one, and the tuple of types (built at run time and
    # kept alive by its iterator during the loop) holds one more.
    base_types = {k: v - 2 for k, v in types.items()}

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
