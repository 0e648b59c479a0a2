# isinstance and issubclass with tuples of classes, bool/int, user classes.
# %%
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int))
print(issubclass(B, A), issubclass(A, A), issubclass(bool, int), issubclass(int, object), issubclass(B, (int, A)))
print(isinstance(None, object), isinstance(int, type), isinstance(type, object), isinstance([], list))
# %%
issubclass(B(), A)
