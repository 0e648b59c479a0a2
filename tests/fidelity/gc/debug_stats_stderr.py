# DEBUG_STATS|DEBUG_COLLECTABLE write each collection's report to sys.stderr; a capturing object
# stands in for stderr so the interpreter-dependent numbers (old generation size, address, time)
# can be masked. The generation sizes and the permanent size are one write.
# %%
import gc, sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
class C:
    pass
cap = Capture()
gc.collect()
c = C()
c.me = c
del c
saved = sys.stderr
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
n = gc.collect(0)
gc.set_debug(0)
sys.stderr = saved
print(n, len(cap.parts))
for part in cap.parts:
    words = part.split()
    if part.startswith('gc: objects in each generation'):
        words[7] = 'OLD'
    if part.startswith('gc: collectable'):
        words[-1] = 'ADDR>'
    if part.startswith('gc: done'):
        words[-2] = 'TIME'
    print(repr(' '.join(words)), part.endswith('\n'))
