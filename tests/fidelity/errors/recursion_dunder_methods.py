# Recursion through special methods: each level costs the method's frame, plus the C-level
# recursion level of PyObject_Repr/PyObject_Str/PyObject_RichCompare (and of repr()/hash()/str() when
# they are called), but not of getattr(), setattr(), len() or property access.
class Record:
    def __getattr__(self, name):
        return self.fields[name]  # no `fields` yet: __getattr__('fields') again
Record().size
# %%
class P:
    @property
    def value(self):
        return self.value
P().value
# %%
class E:
    def __eq__(self, other):
        return self == other
E() == E()
# %%
class H:
    def __hash__(self):
        return hash(self)
{H()}
# %%
class L:
    def __len__(self):
        return len(self)
len(L())
# %%
class S:
    def __str__(self):
        return str(self)
print(S())
# %%
class R:
    def __repr__(self):
        return repr(self)
R()
# %%
class G:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        return self.x
G().y
# %%
class B:
    def __setattr__(self, name, value):
        self.name = value
B().x = 1
# %%
xs = []
for _ in range(2000):
    xs = [xs]
repr(xs)
# %%
d = {}
for _ in range(2000):
    d = {'k': d}
str(d)
# %%
class Tree:
    def __init__(self, kids):
        self.kids = kids
    def __repr__(self):
        return f"Tree({self.kids!r})"
t = Tree([])
for _ in range(300):
    t = Tree([t])
print(len(repr(t)))
for _ in range(700):
    t = Tree([t])
repr(t)
