# WeakKeyDictionary keyed by instances in reference cycles: entries survive `del` and vanish at collect.
# %%
import gc
import weakref

class Session:
    def __init__(self, user):
        self.user = user
        self.handler = self

gc.collect()
state = weakref.WeakKeyDictionary()
for user in ('ann', 'bob'):
    state[Session(user)] = {'hits': 0}
alive = Session('cy')
state[alive] = {'hits': 3}
print(len(state), sorted(s.user for s in state))
found = gc.collect()
print(found, len(state), [s.user for s in state], state[alive])
