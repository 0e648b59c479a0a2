# object(): the base of all classes; plain object instances take no attributes.
# %%
o = object()
print(type(o).__name__, isinstance(5, object), object.__bases__, issubclass(type, object))
print(o == o, o == object(), o != object())
# %%
o.attr = 1
