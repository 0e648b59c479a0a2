# Unhashable, non-iterable, non-callable, non-subscriptable.
# %%
{[1, 2]: "x"}
# %%
s = set()
s.add({})
# %%
hash([1])
# %%
{{1}}
# %%
d = {}
d[[1]] = 2
# %%
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x

{Point(1)}
# %%
for x in 5:
    pass
# %%
list(None)
# %%
a, b = 5
# %%
a, b = [1, 2, 3]
# %%
a, b, c = [1, 2]
# %%
a, *b, c = [1]
# %%
iter(5)
# %%
next([1, 2])
# %%
3 in 5
# %%
"a" in ["a"], 1 in "abc"
# %%
x = 5
x()
# %%
"abc"()
# %%
None()
# %%
x = [1, 2]
x(0)
# %%
5[0]
# %%
None[0]
# %%
def f(): pass
f[0]
# %%
x = 5
x[0] = 1
# %%
"abc"[0] = "x"
# %%
t = (1, 2)
t[0] = 9
# %%
del t[0]
# %%
del "abc"[0]
# %%
[1, 2]["0"]
# %%
[1, 2][1.0]
# %%
"abc"[None:"x"]
# %%
{}["k"]
# %%
[1][5]
# %%
(1,)[-3]
# %%
"ab"[9]
# %%
[].pop()
# %%
{}.popitem()
# %%
set().pop()
# %%
[1].remove(2)
# %%
[1].index(2)
# %%
"abc".index("z")
# %%
(1, 2).index(5)
# %%
import collections
collections.deque().popleft()
# %%
int.__dict__["x"]
# %%
class A: pass
A()[0]
# %%
A()()
# %%
len(A())
# %%
iter(A())
# %%
reversed(5)
# %%
zip(1, 2)
# %%
enumerate(5)
# %%
map(5, [1])
print(list(map(len, ["a"])))
# %%
list(map(5, [1]))
# %%
sorted(5)
# %%
dict([1, 2])
# %%
dict([(1, 2, 3)])
# %%
dict(1)
