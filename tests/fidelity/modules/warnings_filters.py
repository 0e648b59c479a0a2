# warnings filters: course-style use (QA round 4)
import warnings, gc
print(gc.get_count()[0] >= 0)
warnings.warn("this is deprecated", DeprecationWarning)
print("after warn")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning, stacklevel=2)
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].category)
# %%
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", repr(e))
# %%
import warnings
warnings.filterwarnings("error", category=UserWarning)
warnings.warn("now an error")
# %%
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("silent")
print(issubclass(DeprecationWarning, Warning), UserWarning.__mro__)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3))
