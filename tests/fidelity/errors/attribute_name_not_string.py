# getattr/setattr/delattr/hasattr pass any name to PyObject_GetAttr & co., which refuse a non-str
# name before the type's tp_getattro runs: "attribute name must be string, not 'T'".
class Settings:
    def __getattr__(self, name):
        print("__getattr__ called with", repr(name))
        return 0
s = Settings()
fields = ["volume", 3]
for f in fields:
    print(getattr(s, f))
# %%
setattr(s, None, 1)
# %%
delattr(s, b"volume")
# %%
hasattr(s, 1.5)
# %%
print(getattr(s, 2, "default"))
# %%
getattr(1, None)
# %%
object.__getattribute__(s, 1)
