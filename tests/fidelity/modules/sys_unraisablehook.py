# sys.unraisablehook receives every error that cannot propagate (__del__, weakref callbacks) as an
# UnraisableHookArgs; a hook that raises is reported instead, and None restores the default report.
# %%
import sys, weakref
class Bad:
    def __del__(self):
        raise ValueError("in __del__")
def hook(args):
    print("hook:", args.exc_type.__name__, repr(args.exc_value), args.err_msg, args.object is Bad.__del__)
    print(type(args).__name__, len(args), args.exc_traceback.tb_lineno, args[1] is args.exc_value)
sys.unraisablehook = hook
b = Bad()
del b
# %%
class O:
    pass
o = O()
r = weakref.ref(o, len)
del o
# %%
class BadHook:
    def __call__(self, args):
        raise RuntimeError("the hook failed")
    def __repr__(self):
        return "BadHook()"
bad_hook = BadHook()
sys.unraisablehook = bad_hook
b = Bad()
del b
print(sys.unraisablehook is bad_hook, sys.__unraisablehook__ is bad_hook)
# %%
sys.unraisablehook = None
o = O()
r = weakref.ref(o, len)
del o
# %%
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook, type(sys.unraisablehook).__name__)
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print("TypeError:", e)
