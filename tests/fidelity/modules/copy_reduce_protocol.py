# copy.copy / copy.deepcopy through Lib/copy.py's reduce path: __reduce__ / __reduce_ex__ overrides,
# __getstate__ / __setstate__, copyreg.pickle, __slots__ state, and the built-in types' own
# __reduce__ (set, deque, defaultdict, OrderedDict, bytearray) that _reconstruct replays.
# %%
import copy
class Reduce:
    def __init__(self, x): self.x = x
    def __reduce__(self):
        print("reduce called"); return (Reduce, (self.x + 1,))
print(copy.copy(Reduce(1)).x, copy.deepcopy(Reduce(10)).x)
class State:
    def __init__(self): self.a = 1; self.cache = [1, 2]
    def __getstate__(self):
        print("getstate"); d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, st):
        print("setstate", st); self.__dict__.update(st); self.cache = None
print(vars(copy.copy(State())))
print(vars(copy.deepcopy(State())))
# %%
class Ex:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto); return (Ex, (), {'v': [proto]})
e = copy.deepcopy(Ex())
print(type(e).__name__, e.v)
class Name:
    def __reduce__(self): return "Name"
n = Name()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
class Bad:
    def __reduce_ex__(self, proto): return 42
try:
    copy.copy(Bad())
except Exception as err:
    print(type(err).__name__, err)
# %%
import copyreg
class Point:
    def __init__(self, x): self.x = x
def reduce_point(p):
    print("dispatch_table"); return (Point, (p.x * 2,))
copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(3)).x, copy.deepcopy(Point(4)).x)
del copyreg.dispatch_table[Point]
print(copy.copy(Point(5)).x)
# %%
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s = Slots()
t = copy.deepcopy(s)
print(t.a, t.a is s.a, hasattr(t, 'b'), Slots.__slotnames__, '__slotnames__' in Slots.__dict__)
class Both:
    def __init__(self): self.d = {'k': [1]}
b = Both()
print('__slotnames__' in Both.__dict__, copy.deepcopy(b).d, '__slotnames__' in Both.__dict__)
# %%
import collections
q = collections.deque([1, [2]], maxlen=3)
print(q.__reduce__()[:3], list(q.__reduce__()[3]))
print(collections.deque([1]).__reduce__()[1])
dd = collections.defaultdict(list, a=[1])
rv = dd.__reduce__()
print(rv[:4], list(rv[4]), collections.defaultdict(None).__reduce__()[1])
od = collections.OrderedDict(x=1)
od.tag = 't'
rv = od.__reduce__()
print(rv[:4], list(rv[4]))
print({1, 2}.__reduce__(), frozenset([3]).__reduce__())
ba = bytearray(b'a\xff')
print(ba.__reduce__(), ba.__reduce_ex__(2), ba.__reduce_ex__(3), bytearray().__reduce_ex__(4))
print(copy.deepcopy(q), copy.deepcopy(dd), copy.deepcopy(od), copy.deepcopy(od).tag, copy.deepcopy({frozenset([1])}))
