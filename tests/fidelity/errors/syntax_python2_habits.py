# Python 2 habits.
# %%
print "hello"
# %%
print x
# %%
print
print("that was fine")
# %%
exec "x = 1"
# %%
print "a", "b"
# %%
print >>sys.stderr, "x"
# %%
print 'x' % y
# %%
x = 1
if x <> 2:
    pass
# %%
raise ValueError, "msg"
# %%
try:
    pass
except ValueError, e:
    pass
# %%
def f((a, b)):
    pass
# %%
x = 10L
# %%
x = `x`
# %%
import __future__
from __future__ import braces
# %%
from __future__ import nonexistent
# %%
x = 1
from __future__ import annotations
# %%
print("ok")
