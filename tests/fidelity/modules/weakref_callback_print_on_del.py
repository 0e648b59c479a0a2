# By refcount, __del__ runs first (the weakref still works inside it), then the weakref callbacks.
# %%
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'ref alive:', probe() is self)

def on_death(ref):
    print('callback, ref dead:', ref() is None)

res = Resource('db')
probe = weakref.ref(res)
watch = weakref.ref(res, on_death)
print('deleting')
del res
print('deleted', probe(), watch())
