# Measures the refcounts of CPython 3.11's statically allocated objects as a Heapscope cell sees
# them, and writes engine/objects/static_refcounts.h. Run: python3.11 tests/tools/measure_static_refcounts.py
#
# The measuring cells run inside ../shared/tools/cpython_cells.py (the reference runner) and read
# every count with sys.getrefcount before printing anything (the runner keeps each write, so
# print's ' ' separators would count) and importing nothing first (importing ctypes to read the header
# would add its module's references: 13 to the int 0). It corrects for the references the
# measuring code itself holds (getrefcount's argument, loop variables, the cell's constants), so
# each value is the count when a user's cell starts, before the cell's own code adds its constants.
#
# Each cell runs RUNS times: some counts differ between runs of CPython itself (the type attribute
# cache holds a reference to the name of each (type, name) it caches, in a slot chosen by the
# name's address, which ASLR moves), so the header keeps the most frequent value (the smallest of
# equally frequent ones) and marks the entries that varied; only stable ones are worth a test.
#
# --tables core writes engine/objects/static_refcounts.h (small ints, Latin-1 chars, singletons,
# core types), --tables startup engine/objects/startup_refcounts.h (the interned static strings,
# the builtins and sys modules' functions, several to a line); the default writes both. Regenerate
# the core table only with refcount/startup_static_refcounts passing: a fresh measurement today
# (runner as of Nov 23) puts 0, 1, True, False and None a reference or a few away from what that
# case's cells read; a fresh startup table moves ~175 of the strings' counts by one or a few, not only
# those marked as varying. --relayout measures nothing: it rewrites startup_refcounts.h in the
# current layout from the values it holds.
import argparse
import collections
import os
import re
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUNNER = os.path.join(ROOT, "..", "shared", "tools", "cpython_cells.py")
RUNS = 10

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


# The interned strings that are statically allocated (_Py_ID identifiers and the deep-frozen
# modules' strings): for each candidate, a fresh copy read from a file is interned; when that
# returns another object whose count is that of a static (>= 999000000), it is one. A 1-character
# candidate is the Latin-1 singleton itself, so what comes back for it is the separate deep-frozen
# string the compiler's interning finds (a code constant 'a' is not chr(97)).
STR_CELL = r"""
import sys as _hs_sys
def _hs_measure(_hs_path, _hs_intern, _hs_rc):
    _hs_names = open(_hs_path).read().split('\n')
    _hs_out = []
    for _hs_c in _hs_names:
        _hs_t = _hs_intern(_hs_c)
        if _hs_t is not _hs_c and _hs_rc(_hs_t) >= 999000000:
            _hs_out.append((_hs_c, _hs_rc(_hs_t)))
        _hs_t = None
    return _hs_out
for _hs_c, _hs_n in _hs_measure(PATH, _hs_sys.intern, _hs_sys.getrefcount):
    print('STR', _hs_c, _hs_n)
"""

# The functions of the builtins and sys modules (heap objects in CPython too, held by the
# module's dict, the interpreter's copy of it and by startup modules' closures and tuples).
BUILTINS_CELL = r"""
def _hs_measure(_hs_dict, _hs_rc):
    _hs_out = []
    for _hs_k in list(_hs_dict):
        _hs_v = _hs_dict[_hs_k]
        if type(_hs_v).__name__ == 'builtin_function_or_method':
            _hs_out.append((_hs_k, _hs_rc(_hs_v)))
        _hs_v = None
    return _hs_out
for _hs_m in (__builtins__, __import__('sys')):
    for _hs_k, _hs_n in _hs_measure(vars(_hs_m), __import__('sys').getrefcount):
        print('FUNCTION', _hs_m.__name__, _hs_k, _hs_n)
"""


def run_cell(cell):
    """The runner's output for `cell`, RUNS times."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(cell)
        path = f.name
    try:
        return [subprocess.run([sys.executable, RUNNER, path], capture_output=True, text=True, check=True).stdout
                for _ in range(RUNS)]
    finally:
        os.unlink(path)


def settle(samples):
    """The most frequent of a value's samples (the smallest of equally frequent ones), and whether
    the runs agreed."""
    counts = collections.Counter(samples)
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best), len(counts) == 1


def code_string_refs(cell):
    """How many references the cell's code holds to each string: every code object's constants
    (into tuples), names, local/cell/free names, co_name and co_qualname (its function object
    holds those two again)."""
    refs = collections.Counter()

    def walk(co, is_function):
        for name in co.co_names + co.co_varnames + co.co_cellvars + co.co_freevars:
            refs[name] += 1
        for name in (co.co_name, co.co_qualname):
            refs[name] += 2 if is_function else 1

        def consts(items):
            for c in items:
                if isinstance(c, str):
                    refs[c] += 1
                elif isinstance(c, (tuple, frozenset)):
                    consts(c)
                elif hasattr(c, "co_code"):
                    walk(c, True)
        consts(co.co_consts)

    walk(compile(runner_source(cell), "<cell 1>", "exec"), False)
    return refs


def runner_source(cell):
    """The cell's source as the runner compiles it (a trailing expression wrapped in displayhook)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("cpython_cells", RUNNER)
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)
    return runner.echo_trailing_expression(cell, "<cell 1>")


def candidate_strings():
    """_Py_ID identifiers and every string of the frozen modules' code objects."""
    header = os.path.join(sysconfig.get_paths()["include"], "internal", "pycore_global_strings.h")
    with open(header) as f:
        found = set(re.findall(r"STRUCT_FOR_ID\((\w+)\)", f.read()))

    def walk(co):
        found.update(co.co_names + co.co_varnames + co.co_cellvars + co.co_freevars + (co.co_name, co.co_qualname))
        stack = list(co.co_consts)
        while stack:
            c = stack.pop()
            if isinstance(c, str):
                found.add(c)
            elif isinstance(c, (tuple, frozenset)):
                stack.extend(c)
            elif hasattr(c, "co_code"):
                walk(c)

    import _imp
    for name in _imp._frozen_module_names():
        walk(_imp.get_frozen_object(name))
    return sorted(c for c in found if c and "\n" not in c and c.isprintable())


def measure_interned_statics():
    """{string: (refcount, stable)} of the static interned strings."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(candidate_strings()))
        path = f.name
    try:
        cell = STR_CELL.replace("PATH", repr(path))
        outs = run_cell(cell)
    finally:
        os.unlink(path)
    # Held while reading: _hs_t and getrefcount's argument; and the cell's code.
    held = code_string_refs(cell)
    samples = collections.defaultdict(list)
    for out in outs:
        for line in out.splitlines():
            _, text, n = line.split(" ")
            samples[text].append(int(n) - 2 - held[text])
    return {text: settle(v) for text, v in samples.items() if len(v) == RUNS}


def measure_builtin_functions():
    """{(module, name): (refcount, stable)} of the builtins and sys modules' functions."""
    samples = collections.defaultdict(list)
    for out in run_cell(BUILTINS_CELL):
        for line in out.splitlines():
            _, module, name, n = line.split(" ")
            held = 2  # _hs_v and getrefcount's argument
            if (module, name) == ("sys", "getrefcount"):
                held += 2  # measuring itself: also the _hs_rc parameter and the callable being called
            samples[module, name].append(int(n) - held)
    return {key: settle(v) for key, v in samples.items()}


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse(out):
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
    return ints, chars, singles, types


def write_core():
    """engine/objects/static_refcounts.h: small ints, Latin-1 chars, singletons, core types."""
    runs = [parse(out) for out in run_cell(CELL)]
    ints = [settle(v)[0] for v in zip(*(r[0] for r in runs))]
    chars = [settle(v)[0] for v in zip(*(r[1] for r in runs))]
    singles = {k: settle([r[2][k] for r in runs])[0] for k in runs[0][2]}
    types = {k: settle([r[3][k] for r in runs])[0] for k in runs[0][3]}
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


WIDTH = 110  # startup_refcounts.h's lines: entries packed up to this column


def packed(entries):
    """Initializer lines holding `entries` ((initializer, name, stable) triples, in order) several to a
    line up to WIDTH columns; a line with entries whose runs disagreed ends in `// varies: <their names>`."""
    lines, line, varied = [], [], []

    def text(line, varied):
        return "    " + " ".join(line) + (" // varies: " + " ".join(varied) if varied else "")

    for init, name, stable in entries:
        more = varied + ([] if stable else [name])
        if line and len(text(line + [init], more)) > WIDTH:
            lines.append(text(line, varied))
            line, varied, more = [], [], [] if stable else [name]
        line.append(init)
        varied = more
    if line:
        lines.append(text(line, varied))
    return lines


STARTUP_HEADER = os.path.join(ROOT, "engine", "objects", "startup_refcounts.h")
C_STRING = r'"(?:[^"\\]|\\.)*"'


def c_unquote(literal):
    return re.sub(r"\\(.)", r"\1", literal[1:-1])


def read_startup():
    """The values startup_refcounts.h holds, as measure_interned_statics/measure_builtin_functions
    return them (a line's `// varies: ...` names its entries whose runs disagreed)."""
    interned, builtins = {}, {}
    with open(STARTUP_HEADER) as f:
        for line in f:
            code, _, comment = line.partition("// varies: ")
            named = set(re.findall(C_STRING, comment))
            for m in re.finditer(rf"\{{({C_STRING}), (?:({C_STRING}), )?(\d+)\}}", code):
                first, second, n = m.groups()
                if second:
                    key = (c_unquote(first), c_unquote(second))
                    label = c_string(".".join(key))
                else:
                    key, label = c_unquote(first), first
                stable = label not in named
                (builtins if second else interned)[key] = (int(n), stable)
    return interned, builtins


def write_startup(interned, builtins):
    """engine/objects/startup_refcounts.h: the interned static strs and the builtins and sys functions.
    The strings stay sorted by text: the engine creates them in this order, so it fixes their
    static addresses."""
    lines = [
        "// Refcounts of objects CPython 3.11's startup image references, when a cell starts: the interned",
        "// static strings and the builtins and sys modules' functions, measured by",
        "// tests/tools/measure_static_refcounts.py through the reference cells runner. Generated; do not edit.",
        "#pragma once",
        "",
        "#include <cstdint>",
        "",
        "namespace hs::static_refcounts {",
        "",
    ]
    lines.append("// The interned static strings (_Py_ID identifiers, the deep-frozen modules' strings), by text,")
    lines.append("// created in this order. `// varies: name ...`: the runs disagreed on those entries of the line")
    lines.append("// (the type attribute cache's references).")
    lines.append("struct StrCount { const char* text; std::int64_t refcnt; };")
    lines.append("inline constexpr StrCount kInternedStatics[] = {")
    lines += packed((f"{{{c_string(text)}, {n}}},", c_string(text), stable)
                    for text, (n, stable) in sorted(interned.items()))
    lines.append("};")
    lines.append("")
    lines.append("// The builtins and sys modules' functions (heap objects), by module and name; `// varies` as above.")
    lines.append("struct FunctionCount { const char* module; const char* name; std::int64_t refcnt; };")
    lines.append("inline constexpr FunctionCount kModuleFunctions[] = {")
    lines += packed((f"{{{c_string(module)}, {c_string(name)}, {n}}},", c_string(f"{module}.{name}"), stable)
                    for (module, name), (n, stable) in sorted(builtins.items()))
    lines.append("};")
    lines.append("")
    lines.append("} // namespace hs::static_refcounts")
    with open(STARTUP_HEADER, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", STARTUP_HEADER)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tables", choices=("core", "startup", "all"), default="all",
                        help="core: static_refcounts.h; startup: startup_refcounts.h")
    parser.add_argument("--relayout", action="store_true",
                        help="measure nothing: rewrite startup_refcounts.h from the values it holds")
    args = parser.parse_args()
    if args.relayout:
        write_startup(*read_startup())
        return
    if args.tables in ("core", "all"):
        write_core()
    if args.tables in ("startup", "all"):
        write_startup(measure_interned_statics(), measure_builtin_functions())


if __name__ == "__main__":
    main()
