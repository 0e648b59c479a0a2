# pprint course: course-style use (QA round 4)
import pprint
data = {'name': 'Alice', 'scores': list(range(30)), 'nested': {'a': [1, 2, {'deep': (1, 2, 3)}], 'b': 'x' * 50}, 'z': None}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat([1, 2, 3]))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(data, depth=1)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({'k%d' % i: i for i in range(6)})
# %%
a = [1, 2]
a.append(a)
print(pprint.pformat(a).split(' with')[0])
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.saferepr(a).split(' with')[0])
pprint.pp({'b': 1, 'a': 2})
pprint.pprint({'b': 1, 'a': 2})
pprint.pprint(("long string " * 10, 'x'))
pprint.pprint({3, 1, 2}); pprint.pprint(frozenset({'a'}))
