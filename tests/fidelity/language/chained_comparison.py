# Chained comparisons evaluate the middle operand once and short-circuit.
# %%
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
# %%
x = 5
print(1 < x <= 5, 1 < x < 5, 0 == 0 == 0.0, 1 == 1 != 2)
print(1 < 2 > 1.5, "a" < "b" < "c", [1] == [1] is not None)
# %%
a = [1]
b = a
print(a is b is a, a == [1] in [[1]])
# %%
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(e)
