code = compile("x = 40 + 2\ny = x * 2", "<mine>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
print(exec(code, ns), ns["x"], ns["y"], sorted(k for k in ns if k != "__builtins__"))
# %%
e = compile("a * 10 + len(s)", "<expr>", "eval")
print(eval(e, {"a": 4, "s": "abc"}), exec(e, {"a": 1, "s": ""}))
print(eval("  1 + 2"), eval(b"3 * 3"), eval("[i * i for i in range(4)]"))
d = {}
print(eval("7", d) , sorted(d), "__hs_eval_result__" in d)
def f():
    z = 5
    return eval("z + 1"), sorted(locals())
print(f())
# %%
s = compile("1 + 1", "<single>", "single")
exec(s)
exec(compile("for i in range(3): i * 2\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("if True:\n    'shown'\n", "<s>", "single"))
import sys
print(sys.getrefcount(e) >= 2, e.co_consts)
# %%
compile("x = (", "<bad>", "exec")
# %%
compile("1 +", "<bad>", "eval")
# %%
try:
    compile("x = 1\ny = 2", "<s>", "single")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text))
try:
    eval("x = 1")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset)
try:
    compile("  y", "<i>", "exec")
except IndentationError as err:
    print(type(err).__name__, err.args)
try:
    compile("return 1", "<r>", "exec")
except IndentationError as err:
    print(type(err).__name__, err.args)
# %%
compile("1", "<x>", "run")
# %%
compile(42, "<x>", "exec")
# %%
eval(5)
# %%
compile("1", "<x>")
# %%
exec("def g():\n    return 1 / 0\ng()")
# %%
eval("undefined_name + 1")
# %%
for f in (lambda: compile("a\0", "s", "exec"), lambda: eval("1\0"), lambda: exec(b"x\0")):
    try: f()
    except Exception as e: print(type(e).__name__, e)
