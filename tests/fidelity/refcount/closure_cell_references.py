# A closure's cell holds a reference to the captured object.
# %%
import sys
data = [1, 2, 3]
print(sys.getrefcount(data))

def outer():
    captured = data
    def inner():
        return captured
    return inner

fn = outer()
print(sys.getrefcount(data))
print(fn() is data)
del fn
print(sys.getrefcount(data))
