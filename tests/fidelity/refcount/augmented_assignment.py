# `+=` on a list mutates in place (same object); on an int or tuple it rebinds to a new object.
# %%
import sys
lst = [1]
alias = lst
before = id(lst)
lst += [2]
print(id(lst) == before, alias is lst, sys.getrefcount(lst))
# %%
t = (1,)
talias = t
t += (2,)
print(t is talias, sys.getrefcount(talias), sys.getrefcount(t))
# %%
n = 1000
m = n
n += 1
print(n is m, n, m, sys.getrefcount(n))
