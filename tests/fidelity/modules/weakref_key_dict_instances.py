# WeakKeyDictionary attaching data to instances without keeping them alive.
# %%
import weakref

class Widget:
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return f'Widget({self.label!r})'

extra = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget('ok'), Widget('cancel'), Widget('help')
extra[w1] = {'clicks': 1}
extra[w2] = {'clicks': 5}
extra.setdefault(w3, {'clicks': 0})
print(len(extra), extra[w2], w3 in extra)
print(sorted(k.label for k in extra.keys()))
# %%
del w2
print(len(extra), sorted(w.label for w, _ in extra.items()))
print(extra.get(w1), extra.pop(w3), len(extra))
# %%
try:
    extra['text'] = 1
except TypeError as e:
    print(e)
w1 = None
print(len(extra), list(extra))
