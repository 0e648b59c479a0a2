# A default value is evaluated once and shared by every call.
# %%
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to.__defaults__)
# %%
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
# %%
import sys
default = ["shared"]
before = sys.getrefcount(default)
def uses(x=default):
    return x
print(sys.getrefcount(default) - before)
print(uses() is default)
del uses
print(sys.getrefcount(default) - before)
# %%
def kw(*, flag=True, **rest):
    return flag, rest
print(kw(), kw(flag=False, extra=1))
print(kw.__kwdefaults__)
