import collections, sys

class SlotDeque(collections.deque):
    __slots__ = ("name",)

s = SlotDeque([1])
s.name = "n"
print(s, s.name, SlotDeque.__basicsize__, SlotDeque.__dictoffset__, SlotDeque.__weakrefoffset__)
print(sys.getsizeof(s) - sys.getsizeof(collections.deque([1])))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
# %%
class SlotDD(collections.defaultdict):
    __slots__ = ("a", "b")

sd = SlotDD(int)
sd.a = 1
print(SlotDD.__basicsize__, SlotDD.__dictoffset__, SlotDD.__weakrefoffset__, sys.getsizeof(sd))
print(sd, sd.a, sd["z"], sd)
# %%
class SlotOD(collections.OrderedDict):
    __slots__ = ("x",)

so = SlotOD(a=1)
so.x = 2
so.y = 3
print(SlotOD.__basicsize__, SlotOD.__dictoffset__, SlotOD.__weakrefoffset__)
print(so, so.x, so.__dict__)
# %%
class SlotB(bytearray):
    __slots__ = ("tag",)

sb = SlotB(b"ab")
sb.tag = 1
print(SlotB.__basicsize__, SlotB.__dictoffset__, SlotB.__weakrefoffset__, sys.getsizeof(sb), sb, sb.tag)
