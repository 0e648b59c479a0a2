# Deeply nested code: parser and compiler limits.
# %%
exec("(" * 199 + ")" * 199)
print("199 ok")
# %%
exec("(" * 200 + ")" * 200)
# %%
exec("[" * 250 + "]" * 250)
# %%
x = eval("[" * 150 + "]" * 150)
print(len(x))
# %%
exec("x = " + "-" * 100 + "1")
print(x)
# %%
exec("x = " + "-" * 20000 + "1")
# %%
exec("x = " + "1 + " * 100000 + "1")
print(x)
# %%
exec("x = " + "(1, " * 150 + ")" * 150)
# %%
src = ""
for i in range(100):
    src += "    " * i + "if True:\n"
src += "    " * 100 + "pass\n"
exec(src)
# %%
src = ""
for i in range(20):
    src += "    " * i + "if True:\n"
src += "    " * 20 + "y = 1\n"
exec(src)
print(y)
# %%
exec("f(" * 300 + ")" * 300)
# %%
nested = eval("{'a': " * 100 + "1" + "}" * 100)
print(type(nested))
# %%
exec("lambda: " * 200 + "1")
print("lambdas ok")
# %%
exec("x = " + "not " * 10000 + "True")
