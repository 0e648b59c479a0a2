# Callbacks print while gc.collect() frees cycles; the collection count includes the cycle members.
# %%
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

def make_pair():
    a, b = Node('a'), Node('b')
    a.other, b.other = b, a
    return a, b

def announce(ref):
    print('callback: referent gone ->', ref() is None)

gc.collect()
a, b = make_pair()
watch_a = weakref.ref(a, announce)
watch_b = weakref.ref(b, announce)
del a, b
print('before collect', watch_a() is not None, watch_b() is not None)
print('collected', gc.collect())
print('after collect', watch_a(), watch_b())
