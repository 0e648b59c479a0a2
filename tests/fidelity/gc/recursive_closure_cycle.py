# A recursive inner function: function -> closure tuple -> cell -> function.
# %%
import gc
gc.collect()
def make():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make()
print(f(5), f.__closure__[0].cell_contents is f)
del f
print(gc.collect())
