# Finalizers whose objects are still alive run when the program exits (newest first), unless
# their atexit flag is cleared; atexit callbacks registered directly run too.
# %%
import atexit
import weakref

class TempDir:
    def __init__(self, name):
        self.name = name

def remove(name):
    print('removing', name)

build = TempDir('build')
cache = TempDir('cache')
keep = TempDir('keep')
weakref.finalize(build, remove, build.name)
weakref.finalize(cache, remove, cache.name)
weakref.finalize(keep, remove, keep.name).atexit = False
atexit.register(print, 'atexit callback', 1, sep=': ')
print('registered')
# %%
print('program ends')
