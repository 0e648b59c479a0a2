# warnings transcript: course-style use (frozen CPython Lib source)
import warnings
warnings.resetwarnings()
def f():
    warnings.warn("shown in the transcript")
f()
print("after")
warnings.warn("module-level", UserWarning)
warnings.warn("again", UserWarning)
warnings.warn("again", UserWarning)
# %%
warnings.simplefilter("ignore")
warnings.warn("hidden")
print(warnings.formatwarning("m", DeprecationWarning, "x.py", 7, line="code()"))
