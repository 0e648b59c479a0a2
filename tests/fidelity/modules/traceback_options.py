# traceback: deep recursion, file=/limit= options, walk_tb and captured locals (frames keep locals alive), stream reprs
import traceback, sys, io
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    text = traceback.format_exc()
print(len(text.splitlines()), text.splitlines()[-3:])
# %%
def g():
    raise KeyError("k")
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1)
    print(traceback.format_exception(*sys.exc_info()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(len(buf.getvalue()))
# %%
class Big:
    def __init__(self):
        self.data = list(range(5))
def make():
    local = Big()
    raise ValueError(local)
try:
    make()
except ValueError as e:
    err = e
frames = [f for f, _ in traceback.walk_tb(err.__traceback__)]
print([f.f_code.co_name for f in frames], sys.getrefcount(frames[-1].f_locals["local"]))
print(traceback.extract_tb(err.__traceback__, limit=1)[0].name)
s = traceback.StackSummary.extract(traceback.walk_tb(err.__traceback__), capture_locals=True)
print(s[-1].locals["local"].startswith("<__main__.Big object at 0x"))
del err, frames, s
import gc
print(gc.collect())
# %%
for obj in (io.StringIO(), io.BytesIO()):
    text = repr(obj)
    print(text.startswith("<_io.%s object at 0x" % type(obj).__name__), text.endswith(">"), str(obj) == text)
