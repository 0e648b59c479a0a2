# Errors from str/list/dict methods learners call.
# %%
ord("ab")
# %%
ord("")
# %%
chr("a")
# %%
"".join([1, 2])
# %%
", ".join(["a", None])
# %%
"abc".split("")
# %%
"a".center(5, "xy")
# %%
"abc".startswith(1)
# %%
"abc".count()
# %%
"a b".split(maxsplit="x")
# %%
"abc"[::0]
# %%
[1, 2, 3][::0]
# %%
[1].remove(5)
# %%
[1].index(5)
# %%
(1,).index(5)
# %%
"abc".find()
# %%
d = {"a": 1, "b": 2}
for k in d:
    d["c"] = 3
# %%
s = {1, 2}
for v in s:
    s.add(v + 10)
# %%
d = {"a": 1}
for k in d:
    del d[k]
# %%
lst = [3, 1, 2]
lst.sort(key=lambda v: lst.append(v))
# %%
from collections import deque
dq = deque([1, 2])
for v in dq:
    dq.append(v)
# %%
[3, "a"].sort()
# %%
sorted([{1}, 2])
# %%
max([])
# %%
min([], default=None)
print(min([], default="empty"))
# %%
max([], key=len)
# %%
dict.fromkeys()
# %%
{}.setdefault()
# %%
list("abc").insert()
# %%
"abc" % ()
# %%
"%s" % ()
# %%
"%(name)s" % {"nam": 1}
# %%
"%(name)s" % (1,)
# %%
"{0} {}".format(1, 2)
# %%
"{} {0}".format(1, 2)
# %%
"{0[1]}".format([1])
# %%
"{0.x}".format(1)
# %%
"{:10000000000000000000}".format(1)
# %%
"abc".removeprefix()
# %%
str(b"x", "utf-8", "strict", "extra")
# %%
bytes("abc")
# %%
bytes(-1)
# %%
bytearray("x")
# %%
list(1, 2)
# %%
tuple(1)
# %%
set([[1]])
# %%
frozenset(5)
# %%
print("done")
