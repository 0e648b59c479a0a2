# A gc.callbacks entry that raises is reported as an unraisable exception (on stderr, part of the
# transcript) and the collection goes on: the other callbacks still run and collect() returns.
# %%
import gc
class Boom:
    def __call__(self, phase, info):
        if phase == 'stop':
            raise ValueError('boom in ' + phase)
    def __repr__(self):
        return 'Boom()'
seen = []
gc.callbacks.append(Boom())
gc.callbacks.append(lambda phase, info: seen.append(phase))
gc.collect()
x = []
x.append(x)
del x
print(gc.collect())
gc.callbacks.clear()
print(seen)
