# divmod and truth as dunder methods: int and float have __divmod__/__rdivmod__ (nb_divmod);
# only types with nb_bool have __bool__ (None and range do, str and dict test their length).
# %%
print((17).__divmod__(5), (5).__rdivmod__(17), (7.5).__divmod__(2), (2.0).__rdivmod__(7))
print((7).__divmod__(1.5), True.__divmod__(2), int.__divmod__, float.__rdivmod__)
try:
    (1).__divmod__(0)
except ZeroDivisionError as e:
    print(e)
# %%
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        q, r = self.cents.__divmod__(n)
        return Money(q), Money(r)
    def __rdivmod__(self, n):
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"
print(divmod(Money(1003), 4))
try:
    divmod(7, Money(1))
except TypeError as e:
    print(e)
# %%
print(None.__bool__(), range(0).__bool__(), range(2).__bool__(), (0j).__bool__(), (0.0).__bool__())
print(type(None).__bool__, range.__bool__)
for t in (int, bool, float, complex, str, bytes, list, tuple, dict, set, frozenset, range, type(None)):
    print(t.__name__, '__bool__' in vars(t), '__len__' in vars(t), '__divmod__' in vars(t),
          [k for k in ('__iadd__', '__imul__', '__isub__') if k in vars(t)])
