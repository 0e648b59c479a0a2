# dict.fromkeys from an exact dict, set or frozenset presizes the table (dictresize to
# estimate_log2_keysize(len), whose small sizes round up to 16 slots): a dict source keeps its
# unicode table, a set source always gets general entries; other iterables (and subclasses of
# dict or set, either side) grow entry by entry.
# %%
import sys
for n in (0, 1, 3, 5, 6, 8, 11, 12, 20):
    ks = [f"k{i}" for i in range(n)]
    print(n, sys.getsizeof(dict.fromkeys(ks)), sys.getsizeof(dict.fromkeys(dict.fromkeys(ks))),
          sys.getsizeof(dict.fromkeys(set(ks))), sys.getsizeof(dict.fromkeys(set(range(n)))),
          sys.getsizeof(dict.fromkeys(frozenset(ks))), sys.getsizeof(dict.fromkeys(dict.fromkeys(range(n)))))
# %%
class S(set): pass
class D(dict): pass
print(sys.getsizeof(dict.fromkeys(S('abc'))), sys.getsizeof(D.fromkeys({'a', 'b', 'c'})), sys.getsizeof(dict.fromkeys(D.fromkeys('abc'))))
print(dict.fromkeys({3: 'x', 1: 'y', 2: 'z'}, 0), dict.fromkeys({5, 1, 3}), D.fromkeys({1, 2}, 'v'))
d = dict.fromkeys(frozenset(['p', 'q', 'r']), [])
print(sorted(d), sys.getrefcount(d['p']), d['p'] is d['q'])
d['s'] = 1
print(sys.getsizeof(d), len(d))
