# __slots__ names are mangled like other private names and the member descriptors are created in
# sorted order (type_new_copy_slots sorts ht_slots).
# %%
import sys
class S:
    __slots__ = ('zeta', 'alpha', '__hidden')
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.__hidden = 3
    def peek(self):
        return self.__hidden
s = S()
print([k for k in vars(S) if not k.startswith('__')], s.peek(), s._S__hidden, S.__slots__)
print(sys.getsizeof(s), type(S.__dict__['_S__hidden']).__name__)
try:
    s.__hidden
except AttributeError as e:
    print(e)
class _Private:
    __slots__ = ('__x',)
print([k for k in vars(_Private) if 'x' in k])
