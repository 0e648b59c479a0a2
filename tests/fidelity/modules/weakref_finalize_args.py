# weakref.finalize passes its arguments, can be peeked, detached or called early, and runs once.
# %%
import weakref

class TempFile:
    def __init__(self, name):
        self.name = name

def cleanup(name, *, verbose=False):
    print('cleanup', name, verbose)
    return name.upper()

f1 = TempFile('a.tmp')
fin = weakref.finalize(f1, cleanup, f1.name, verbose=True)
obj, func, args, kwargs = fin.peek()
print(obj is f1, func is cleanup, args, kwargs, fin.alive, fin.atexit)
print(fin(), fin.alive, fin(), fin.peek())
del f1
# %%
f2 = TempFile('b.tmp')
fin2 = weakref.finalize(f2, cleanup, 'b.tmp')
print(fin2.detach()[2], fin2.alive, fin2.detach())
del f2
print('no cleanup for b')
# %%
f3 = TempFile('c.tmp')
fin3 = weakref.finalize(f3, cleanup, 'c.tmp')
f3 = None
print(fin3.alive)
