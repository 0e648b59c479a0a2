# enumerate's own calls are parsed by enum_vectorcall (enumobject.c): no clinic "(pos 1)", and a
# keyword is checked by position, so enumerate(start=1) names 'start' as the invalid keyword.
enumerate()
# %%
enumerate(start=1)
# %%
enumerate([1], 2, 3)
# %%
enumerate([1], 2, start=3)
# %%
enumerate(iterable=[1], x=2)
# %%
print(list(enumerate(start=5, iterable="ab")))
# %%
print(list(enumerate(start=5, iterable="ab")), list(enumerate("ab", start=1)), list(enumerate(iterable="a")))
# %%
enumerate(start=1, iterable=[1], x=3)
# %%
enumerate(start=1, x=[1])
