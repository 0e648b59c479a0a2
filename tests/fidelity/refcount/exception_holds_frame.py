# A caught exception's traceback keeps the raising frame, and so its locals, alive.
# %%
import sys
target = [1]

def fail():
    local = target
    raise ValueError("boom")

print(sys.getrefcount(target))
try:
    fail()
except ValueError as e:
    print("in except", sys.getrefcount(target))
    saved = e
print("after except", sys.getrefcount(target), 'e' in globals())
# %%
del saved
print(sys.getrefcount(target))
