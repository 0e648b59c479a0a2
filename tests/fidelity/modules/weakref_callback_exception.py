# An exception raised by a weakref callback is reported as unraisable; the program goes on.
# %%
import weakref

class Callback:
    def __call__(self, ref):
        raise ValueError('callback failed')
    def __repr__(self):
        return 'Callback()'

class Thing:
    pass

thing = Thing()
watch = weakref.ref(thing, Callback())
del thing
print('still running', watch())
