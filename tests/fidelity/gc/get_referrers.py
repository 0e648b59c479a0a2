# get_referrers finds the tracked containers that refer to an object.
# %%
import gc
class C:
    pass
target = [0]
holder_list = [target]
holder_tuple = (target, 1)
holder_obj = C()
holder_obj.ref = target
refs = gc.get_referrers(target)
print(any(r is holder_list for r in refs), any(r is holder_tuple for r in refs), any(r is holder_obj for r in refs))
print(any(r is globals() for r in refs))
del holder_list
refs = gc.get_referrers(target)
print(len([r for r in refs if type(r) is list]))
