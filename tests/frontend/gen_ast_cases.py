"""Generate the front end's expected outputs with CPython 3.11 (never edit them by hand).

  cases/NAME.py  -> cases/NAME.ast : ast.dump(compile(src, "<cell 1>", "exec", PyCF_ONLY_AST),
                                     include_attributes=True) + "\\n"
  errors/NAME.py -> errors/NAME.err: the report sys.__excepthook__ prints for the SyntaxError that
                                     compile(src, "<cell 1>", "exec") raises while parsing (as
                                     tools/cpython_cells.py shows it), without traceback lines.

Sources are read as bytes and decoded as UTF-8 so that newlines, tabs and odd characters reach
CPython exactly as they are in the file. tests/unit/test_parser.cpp compares against these files.
Run: python3.11 tests/frontend/gen_ast_cases.py  (from anywhere)
"""
import ast
import glob
import io
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "generate with python3.11"
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8")


def report(error):
    error.__traceback__ = None
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(type(error), error, None)
    finally:
        sys.stderr = saved
    return buf.getvalue()


def main():
    warnings.simplefilter("ignore")
    written = 0
    for path in sorted(glob.glob(os.path.join(HERE, "cases", "*.py"))):
        tree = compile(read(path), "<cell 1>", "exec", ast.PyCF_ONLY_AST)
        with open(path[:-3] + ".ast", "w", encoding="utf-8", newline="\n") as f:
            f.write(ast.dump(tree, include_attributes=True) + "\n")
        written += 1
    for path in sorted(glob.glob(os.path.join(HERE, "errors", "*.py"))):
        try:
            compile(read(path), "<cell 1>", "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, MemoryError, ValueError) as error:
            text = report(error)
        else:
            sys.exit(f"{path}: parses without error; parser error cases only")
        with open(path[:-3] + ".err", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        written += 1
    print(f"wrote {written} expected outputs")


if __name__ == "__main__":
    main()
