# At program exit: finalize objects run first (newest first), then the collector frees what the
# namespace kept, running __del__; a weakref that dies with its referent calls nobody.
# %%
import weakref

class Conn:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('closing', self.name)

db = Conn('db')
cache = Conn('cache')
cache.loop = cache
weakref.finalize(db, print, 'finalize db')
watch = weakref.ref(cache, lambda r: print('cache callback'))
print('last cell done')
