# "Did you mean" picks from dir(obj) (PyObject_Dir): a class's own __dir__ decides the candidates,
# as for dynamic attributes served by __getattr__.
# %%
class Record:
    def __init__(self, **fields):
        self._fields = dict(fields)
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __dir__(self):
        return sorted(self._fields) + ["as_dict"]
r = Record(speed=3, colour="red")
dir(r)
# %%
r.sped
# %%
r.as_dic
# %%
r.zzz
# %%
class Hidden:
    def __dir__(self):
        return []
    def visible(self): pass
Hidden().visibel
# %%
class Weird:
    def __dir__(self):
        return 42
Weird().x
