# SyntaxErrors raised at run time by compile/exec/eval, and their attributes.
# %%
compile("x = ", "<string>", "exec")
# %%
eval("1 +")
# %%
exec("def f(:\n    pass")
# %%
try:
    compile("for x in y\n    pass\n", "lesson.py", "exec")
except SyntaxError as e:
    print(repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(e)
    print(e.args)
# %%
try:
    eval("(1, 2")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# %%
raise SyntaxError("custom message")
# %%
raise SyntaxError("with location", ("file.py", 3, 5, "bad line here\n"))
# %%
raise SyntaxError("with end", ("file.py", 3, 5, "bad line here\n", 3, 9))
# %%
raise IndentationError("indent", ("<x>", 1, 1, "  x\n"))
# %%
exec("if True:\nprint(1)")
# %%
exec("  x = 1")
# %%
exec("if 1:\n\tx\n        y")
# %%
eval("x = 1")
# %%
eval("")
# %%
eval("   ")
# %%
eval("import os")
# %%
compile("1", "f", "bogus")
# %%
compile("a\x00b", "f", "exec")
# %%
exec("'\\N{bad name}'")
# %%
exec("x = 'abc")
# %%
exec("x = '''abc")
# %%
exec("return 1")
# %%
exec("a = 1\nb = 2\nc = (3,\nd = 4\n")
# %%
exec("x = 1\n\n\n    y = 2")
# %%
e = None
try:
    exec("def broken(:\n    pass")
except SyntaxError as err:
    e = err
print(type(e).__name__, e.lineno, e.offset)
import traceback
traceback.print_exception(e)
# %%
for s in ["", "   ", "\n", "# c", "(1,", "x = = 2"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(e.args), e.end_lineno, e.end_offset)
# %%
print("ok")
