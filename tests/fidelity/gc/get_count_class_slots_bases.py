# __slots__ go through type_new_copy_slots (a list of the mangled names, sorted, then a tuple that
# becomes ht_slots) and several bases through mro_implementation's list, turned into a tuple.
import gc
out = []
class A:
    pass
class B(A):
    pass
# %%
gc.collect()
class C(B, A):
    pass
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class D:
    __slots__ = ('x',)
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class E:
    __slots__ = ('y', 'x', '__dict__')
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class F:
    __slots__ = ()
c = gc.get_count()
out.append(c)
# %%
gc.collect()
class G:
    __slots__ = ['b', 'a']
c = gc.get_count()
out.append(c)
# %%
print(out)
print(G.__slots__, C.__mro__)
