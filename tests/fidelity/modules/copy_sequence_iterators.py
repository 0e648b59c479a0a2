# copy.copy / deepcopy of a half-used iterator go through its __reduce__ (iter, (seq,), index) and
# __setstate__(index): the copy shares the sequence and resumes where the original was.
import copy
import sys

# %%
nums = [10, 20, 30, 40]
it = iter(nums)
next(it)
twin = copy.copy(it)
print(next(twin), next(it), list(twin), list(it))
print(it.__reduce__())

# %%
it = iter(nums)
deep = copy.deepcopy(it)
nums.append(50)
print(list(deep), list(it))

# %%
t = ("a", "b", "c")
ti = iter(t)
next(ti)
print(ti.__reduce__()[1][0] is t, list(copy.copy(ti)))
print(list(ti), ti.__reduce__())

# %%
word = "héllo"
wi = iter(word)
next(wi); next(wi)
print(type(wi).__name__, "".join(copy.copy(wi)), "".join(wi), iter("abc").__reduce__()[2], iter("").__reduce__())
for _ in wi: pass
print(wi.__reduce__())

# %%
bi = iter(b"bytes")
print(bytes(copy.copy(bi)), next(bi), bi.__reduce__()[2])
li = iter([1])
list(li)
print(li.__reduce__(), sys.getrefcount(li.__reduce__()[1]))

# %%
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError(i)
si = iter(Seq())
next(si)
si.__setstate__(100)
print(type(si).__name__, si.__reduce__()[2], list(si))

# %%
li = iter([1, 2, 3])
li.__setstate__(-5)
print(list(li))
li = iter([1, 2, 3])
li.__setstate__(10)
print(list(li), li.__length_hint__())

# %%
iter([1]).__setstate__(1.5)

# %%
iter(()).__setstate__("x")
