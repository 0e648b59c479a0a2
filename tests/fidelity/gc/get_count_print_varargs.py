# print(*args) packs its positional arguments into a new tuple on every call: after a full
# collection emptied the tuple free lists, the first print of each argument count is one more GC
# allocation in gc.get_count(); later ones reuse the freed tuple. (Readings are kept in a list and
# printed at the end; the first cell prints once so print's own first-call setup is done, and two
# writes follow the collection so that a buffered sys.stdout has made its pending-chunk list.)
# %%
import gc, sys
print('start')
# %%
c = gc.get_count
gc.collect()
sys.stdout.write('-')
sys.stdout.write('-\n')
r = []
r.append(c()[0])
print('one')
r.append(c()[0])
print('two')
r.append(c()[0])
print('three', 3)
r.append(c()[0])
print('four', 4)
r.append(c()[0])
print()
r.append(c()[0])
gc.collect(1)
r.append(c()[0])
print('five')
r.append(c()[0])
print([b - a for a, b in zip(r, r[1:])])
