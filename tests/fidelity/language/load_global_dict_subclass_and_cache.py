# LOAD_GLOBAL: exact-dict globals and builtins go through the lookup (and its cache, which must notice
# every change); a dict subclass as globals is read with __getitem__ / __missing__, for globals and builtins.
import builtins

class Tracing(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return dict.__getitem__(self, key)
    def __missing__(self, key):
        print("missing", key)
        return 42

src = "def body():\n    return [value, len]\nresult = [body(), body()]\n"
g = Tracing(value=1)
g["__builtins__"] = builtins
exec(src, g)
print(dict.__getitem__(g, "result"))
def body():
    return [value, len]
value = "module"
print(body(), body())
del value
try:
    body()
except NameError as e:
    print(e)
value = 2
print(body()[0])
g2 = {"value": 3, "__builtins__": {"len": "fake len"}}
exec(src, g2)
print(g2["result"], body()[0])
g2["__builtins__"]["len"] = "other"
print(g2["body"]())
g2["__builtins__"] = {"len": "new builtins"}
print(g2["body"]())
g2["len"] = "global len"
print(g2["body"]())
