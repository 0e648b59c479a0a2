# `is` on small ints, interned identifier strings and strings computed at run time.
# %%
a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c is d, c == d)
print(int("-5") is int("-5"), int("-6") is int("-6"))
# %%
s1 = "hello_world"
s2 = "hello" + "_world"
print(s1 is s2)
s3 = "".join(["hello", "_world"])
print(s1 is s3, s1 == s3)
import sys
print(sys.intern(s3) is s1)
# %%
x = "a"
y = chr(97)
print(x == y)
print("" is str())
t1 = ()
t2 = tuple()
print(t1 is t2)
# %%
n = 10
m = n + 0
print(n is m)
big = 10 ** 20
print(big is 10 ** 20)
