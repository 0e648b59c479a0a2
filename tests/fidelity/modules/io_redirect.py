# capturing print output with a StringIO and contextlib.redirect_stdout
import io
import sys
import contextlib

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured", 42)
    print([1, 2, 3])
print("outside:", repr(buffer.getvalue()))
# %%
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(captured))
print(sys.stdout is sys.__stdout__)
# %%
def noisy():
    print("noise")
    return 7

f = io.StringIO()
with contextlib.redirect_stdout(f):
    result = noisy()
print(result, f.getvalue().upper(), end="")
print(isinstance(f, io.StringIO), io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    f.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
# %%
saved = sys.stderr
sys.stderr = io.StringIO()
raise KeyError("hidden")
# %%
report = sys.stderr.getvalue()
sys.stderr = saved
print(report.splitlines())
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
