# An error raised while another is handled is normalized at once (_PyErr_SetObject chains its
# __context__), calling the type through _PyObject_MakeTpCall: at the recursion limit that call
# fails and the handler's NameError becomes a RecursionError, caught one frame up.
class Counted:
    def __init__(self, n):
        try:
            self.inner = Counted(n + 1)
            self.n = self.inner.n
        except RecursionError:
            Self.n = n
Counted(0)
# %%
def walk(n):
    try:
        return walk(n + 1)
    except RecursionError:
        return undefined_name
walk(0)
# %%
def safe(n):
    try:
        return safe(n + 1)
    except RecursionError:
        return n
print(safe(0) > 900)
