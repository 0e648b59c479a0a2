# None, True, False, Ellipsis and the empty tuple are singletons.
# %%
def nothing():
    pass

print(nothing() is None, (1 == 1) is True, (1 == 2) is False)
print(bool(5) is True, bool(0) is False, bool([]) is False)
print(... is Ellipsis, type(None)() is None)
print(() is tuple(), tuple([]) is (), (1, 2)[:0] is ())
print(frozenset() is frozenset(), list() is list())
