# dict_merge with dict subclasses: the fast path only while tp_iter is dict's; dict(), {**d}, f(**d), update.
class Up(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
u = Up(a=1, b=2)
print(dict(u), {**u}, u['a'], list(u.items()), u.get('a'))
class Rev(dict):
    def __iter__(self):
        return reversed(list(super().__iter__()))
    def __getitem__(self, k):
        return super().__getitem__(k) * 100
r = Rev(a=1, b=2)
print(dict(r), {**r}, list(r), [k for k in r])
class Keys(dict):
    def keys(self):
        return ['a']
k = Keys(a=1, b=2)
print(dict(k), {**k})
d = {}
d.update(r)
print(d)
def f(**kw):
    return kw
print(f(**r), f(**u))
