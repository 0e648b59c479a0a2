"""Differential test of the front end against python3.11 (a developer tool, not run by ctest).

Compares, source by source, our AST dump / SyntaxError report (+ its attributes) with CPython's:
  --stdlib        every .py file of python3.11's installation (valid code: AST and positions)
  --doctests      the >>> snippets and compile() strings of CPython's own syntax tests
  --fuzz N        N mutants (token deleted/inserted/replaced/duplicated, truncation, re-indent)
                  of statements taken from the stdlib and from the lesson seeds
Build the driver first (from the repository root):
  g++ -std=c++20 -O2 -Iengine engine/frontend/{ast,ast_dump,lexer,parser,parser_expr,parser_atoms,\\
parser_targets,parser_invalid,parser_literals,parser_match,parser_stmt,parser_defs,parser_compound,\\
syntax_error,unicode,unicode_tables}.cpp \\
      tests/frontend/frontend_batch.cpp -o /tmp/frontend_batch
  python3.11 tests/frontend/differential.py --batch /tmp/frontend_batch --doctests --fuzz 5000
Known differences: non-ASCII identifiers beyond the NFKC subset, \\N{...} names outside the table.
"""
import argparse
import ast
import glob
import io
import os
import random
import re
import struct
import subprocess
import sys
import sysconfig
import tempfile
import tokenize
import warnings

STDLIB = sysconfig.get_paths()["stdlib"]


def cpython(src):
    """CPython's answer in the driver's format, or None when CPython itself gives up."""
    try:
        tree = compile(src, "<cell 1>", "exec", ast.PyCF_ONLY_AST)
        return ast.dump(tree, include_attributes=True)
    except RecursionError:
        return None
    except (SyntaxError, MemoryError, ValueError) as e:
        e.__traceback__ = None
        buf = io.StringIO()
        saved, sys.stderr = sys.stderr, buf
        try:
            sys.__excepthook__(type(e), e, None)
        finally:
            sys.stderr = saved
        out = buf.getvalue()
        if isinstance(e, SyntaxError) and e.lineno:
            el = e.end_lineno if e.end_lineno is not None else 0
            eo = e.end_offset if e.end_offset is not None else -1
            out += "@%s,%s,%s,%s" % (e.lineno, e.offset if e.offset is not None else -1, el, eo)
        return out


def ours(batch, sources):
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        with open(inp, "wb") as f:
            for s in sources:
                b = s.encode("utf-8", "surrogatepass")
                f.write(struct.pack("<I", len(b)) + b)
        subprocess.run([batch, inp, outp], check=True)
        res = []
        with open(outp, "rb") as f:
            while True:
                h = f.read(4)
                if not h:
                    break
                res.append(f.read(struct.unpack("<I", h)[0]).decode("utf-8", "surrogateescape"))
    return res


def compare(batch, label, sources, show):
    bad = 0
    for src, mine in zip(sources, ours(batch, sources)):
        theirs = cpython(src)
        if theirs is None or theirs == mine:
            continue
        bad += 1
        if bad <= show:
            print(f"---- {label} mismatch: {src[:200]!r}\nCPython: {theirs[:800]}\nours:    {mine[:800]}")
    print(f"{label}: {len(sources)} sources, {bad} mismatches")
    return bad


def stdlib_sources():
    out = []
    for fn in sorted(glob.glob(os.path.join(STDLIB, "**", "*.py"), recursive=True)):
        try:
            with open(fn, encoding="utf-8") as f:
                out.append(f.read())
        except (UnicodeDecodeError, OSError):
            pass
    return out


def doctest_sources():
    out = []
    pattern = re.compile(r"""(?:compile|exec|eval|check_syntax_error|_check_error|ast\.parse)\(\s*(?:self,\s*)?"""
                         r"""([rbuf]*(?:\"\"\"(?:.|\n)*?\"\"\"|'''(?:.|\n)*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'))""")
    for fn in glob.glob(os.path.join(STDLIB, "test", "test_*.py")):
        try:
            with open(fn, encoding="utf-8") as f:
                text = f.read()
        except (UnicodeDecodeError, OSError):
            continue
        lines = text.split("\n")
        i = 0
        while i < len(lines):
            m = re.match(r"^(\s*)>>> (.*)$", lines[i])
            i += 1
            if not m:
                continue
            ind, buf = m.group(1), [m.group(2)]
            while i < len(lines) and re.match("^" + re.escape(ind) + r"\.\.\.( |$)", lines[i]):
                buf.append(lines[i][len(ind) + 4:])
                i += 1
            out.append("\n".join(buf) + "\n")
        for m in pattern.finditer(text):
            try:
                v = eval(m.group(1))
            except Exception:
                continue
            if isinstance(v, bytes):
                try:
                    v = v.decode("utf-8")
                except UnicodeDecodeError:
                    continue
            if isinstance(v, str):
                out.append(v)
    return list(dict.fromkeys(out))


VOCAB = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "'", '"', '"""', "if", "else", "for", "in", "*", "**",
         "lambda", "def", "return", "\n", "  ", "\t", "print", ".", "+", "not", "is", "yield", "x", "1", "0", 'f"{', "}",
         "async", "await", "import", "from", "as", "with", "try", "except", "class", "@", ";", "->", ":=", "\\", "#",
         "\u2026", "\u201c", "None", "True", "/", "%", "del", "global", "pass", "$", "?", "!", "`", "\\\n", "0x", "1_",
         "09", "rb", "f", "match", "case", "_"]


def fuzz_sources(n, seed):
    rnd = random.Random(seed)
    snippets = []
    for fn in sorted(glob.glob(os.path.join(STDLIB, "*.py"))):
        try:
            with open(fn, encoding="utf-8") as f:
                src = f.read()
            tree = ast.parse(src)
        except Exception:
            continue
        lines = src.splitlines(keepends=True)
        for node in ast.walk(tree):
            if isinstance(node, ast.stmt) and node.end_lineno - node.lineno < 12:
                seg = lines[node.lineno - 1:node.end_lineno]
                ind = len(seg[0]) - len(seg[0].lstrip())
                if all(line[:ind].strip() == "" for line in seg):
                    snippets.append("".join(line[ind:] for line in seg))
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for fn in glob.glob(os.path.join(root, "..", "shared", "seeds", "*.txt")):
        with open(fn, encoding="utf-8") as f:
            snippets += re.findall(r"```python\n(.*?)```", f.read(), re.S)
    out = []
    while len(out) < n:
        s = rnd.choice(snippets)
        lines = s.splitlines(keepends=True)
        try:
            toks = list(tokenize.generate_tokens(io.StringIO(s).readline))
        except Exception:
            continue
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))

        def pos(r, c):
            return offsets[r - 1] + c if r - 1 < len(lines) else len(s)

        spans = [(pos(*t.start), pos(*t.end)) for t in toks if t.type != tokenize.ENDMARKER]
        if not spans or not lines:
            continue
        a, b = rnd.choice(spans)
        op = rnd.randrange(6)
        if op == 0:
            m = s[:a] + s[b:]
        elif op == 1:
            m = s[:a] + rnd.choice(VOCAB) + " " * rnd.randrange(2) + s[a:]
        elif op == 2:
            m = s[:a] + rnd.choice(VOCAB) + s[b:]
        elif op == 3:
            m = s[:b] + s[a:b] + s[b:]
        elif op == 4:
            m = s[:rnd.randrange(len(s) + 1)]
        else:
            i = rnd.randrange(len(lines))
            ls = lines[:]
            ls[i] = rnd.choice(["", " ", "  ", "    ", "\t", "        "]) + ls[i].lstrip(" \t")
            m = "".join(ls)
        if rnd.random() < 0.2:
            c = rnd.randrange(len(m) + 1)
            m = m[:c] + rnd.choice(VOCAB) + m[c:]
        out.append(m)
    return out


def main():
    assert sys.version_info[:2] == (3, 11), "run with python3.11"
    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", required=True, help="path of the built frontend_batch driver")
    ap.add_argument("--stdlib", action="store_true")
    ap.add_argument("--doctests", action="store_true")
    ap.add_argument("--fuzz", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    bad = 0
    if args.stdlib:
        bad += compare(args.batch, "stdlib", stdlib_sources(), args.show)
    if args.doctests:
        bad += compare(args.batch, "doctests", doctest_sources(), args.show)
    if args.fuzz:
        bad += compare(args.batch, "fuzz", fuzz_sources(args.fuzz, args.seed), args.show)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
