# Huge allocations: MemoryError / OverflowError, never a real allocation.
# %%
[0] * 10 ** 12
# %%
"x" * 10 ** 12
# %%
bytearray(10 ** 12)
# %%
bytes(10 ** 12)
# %%
b"ab" * 10 ** 12
# %%
(1, 2) * 10 ** 12
# %%
"x" * 10 ** 19
# %%
[None] * (2 ** 62)
# %%
x = [1] * 10 ** 5
print(len(x))
x *= 10 ** 9
# %%
print(len(x))
# %%
s = "ab"
s *= 10 ** 12
# %%
"ab".ljust(10 ** 12)
# %%
"ab".center(10 ** 12)
# %%
"{:>1000000000000}".format("a")
# %%
"%1000000000000d" % 1
# %%
import array
array.array("i", [0]) * 10 ** 12
# %%
ba = bytearray(b"x")
ba.extend(b"y" * 10)
ba *= 10 ** 12
# %%
" ".join(["a"] * 3) * 10 ** 12
# %%
list(range(10 ** 12))
# %%
"a".zfill(10 ** 12)
# %%
"a\tb".expandtabs(10 ** 12)
# %%
"abc".replace("", "x" * 10 ** 6) * 10 ** 8
# %%
print("still alive")
