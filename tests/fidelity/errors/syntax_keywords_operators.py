# Keywords used as names, comparisons and operators.
# %%
class = "math"
# %%
def = 3
# %%
import = 1
# %%
pass = 1
# %%
for in range(3):
    pass
# %%
x = 1
if x === 1:
    pass
# %%
if x => 1:
    pass
# %%
if x =< 1:
    pass
# %%
if x = = 1:
    pass
# %%
if x is not not 1:
    pass
# %%
if x not is 1:
    pass
# %%
x = true
# %%
x = null
# %%
if x && y:
    pass
# %%
if !x:
    pass
# %%
x = [1, 2, 3]
x[1:2:3:4]
# %%
x = {1: }
# %%
x = {1: 2, 3}
# %%
x = {1, 2: 3}
# %%
x = {:1}
# %%
x = [1, 2,, 3]
# %%
x = (,)
# %%
f(,)
# %%
def f(): ...
f(1,,2)
# %%
x = 1 +
# %%
x = not
# %%
a = b = 
# %%
x = (1 for)
# %%
x = [for x in y]
# %%
x = {1 for}
# %%
print("ok")
