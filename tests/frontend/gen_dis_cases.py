# Writes the expected compiler output for tests/frontend/dis_cases/*.py from CPython 3.11:
# `dis.dis(compile(src, '<cell 1>', 'exec'))` (addresses normalised to 0xADDR) followed by each
# code object's attributes. Run: python3.11 tests/frontend/gen_dis_cases.py
# The C++ test (tests/unit/test_compiler_dis.cpp) prints the same format from the engine.
import dis
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "dis_cases")
ADDR = re.compile(r"0x[0-9a-f]+")


def norm(text):
    return ADDR.sub("0xADDR", text)


def const_repr(c):
    return norm(repr(c))


def code_info(co, out):
    out.append(f"== code {co.co_qualname} ==")
    out.append(f"name={co.co_name} firstlineno={co.co_firstlineno} argcount={co.co_argcount} "
               f"posonly={co.co_posonlyargcount} kwonly={co.co_kwonlyargcount} nlocals={co.co_nlocals} "
               f"stacksize={co.co_stacksize} flags={co.co_flags}")
    out.append("consts: " + "; ".join(const_repr(c) for c in co.co_consts))
    out.append("names: " + " ".join(co.co_names))
    out.append("varnames: " + " ".join(co.co_varnames))
    out.append("cellvars: " + " ".join(co.co_cellvars))
    out.append("freevars: " + " ".join(co.co_freevars))
    out.append("linetable: " + co.co_linetable.hex())
    out.append("exceptiontable: " + co.co_exceptiontable.hex())
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            code_info(c, out)


def expected(src):
    try:
        co = compile(src, "<cell 1>", "exec")
    except SyntaxError as e:
        return f"SyntaxError: {e.msg} ({e.lineno}, {e.offset})\n"
    buf = io.StringIO()
    dis.dis(co, file=buf)
    out = [norm(buf.getvalue()).rstrip("\n"), "----"]
    code_info(co, out)
    return "\n".join(out) + "\n"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with python3.11")
    for name in sorted(os.listdir(CASES)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(CASES, name), encoding="utf-8") as f:
            src = f.read()
        with open(os.path.join(CASES, name[:-3] + ".expected"), "w", encoding="utf-8") as f:
            f.write(expected(src))


if __name__ == "__main__":
    main()
