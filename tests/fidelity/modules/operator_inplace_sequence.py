# operator's in-place functions (iadd ... ixor, iconcat) and their dunder aliases, concat, countOf,
# indexOf, length_hint and call (3.11), with _operator.c's and abstract.c's messages.
# %%
import operator
a = [1]
r = operator.iadd(a, [2])
print(r is a, a, operator.iadd(1, 2), operator.isub(5, 3), operator.imul('ab', 2), operator.imod(7, 3),
      operator.ipow(2, 5), operator.ilshift(1, 4), operator.irshift(32, 2), operator.iand(6, 3), operator.ixor(6, 3),
      operator.ior(4, 1), operator.itruediv(7, 2), operator.ifloordiv(7, 2))
s = {1}
print(operator.ior(s, {2}) is s, s, operator.iconcat(a, (3,)) is a, a)
class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(operator.imatmul(M(), 1), operator.matmul(M(), 1))
print(operator.__iadd__ is operator.iadd, operator.__add__ is operator.add, operator.__not__ is operator.not_,
      operator.__call__ is operator.call, operator.__concat__.__name__, operator.__ixor__.__name__)
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.concat((1,), (2,)), operator.concat(b'x', bytearray(b'y')))
t = (1,)
print(operator.iconcat(t, (2,)), t, operator.iconcat('x', 'y'))
class Seq:
    def __getitem__(self, i): raise IndexError
    def __add__(self, o): return 'Seq.__add__'
print(operator.concat(Seq(), Seq()), operator.iconcat(Seq(), Seq()))
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf('banana', 'a'), operator.countOf(iter([None, None]), None))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([nan], nan))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf('abc', 'c'), operator.indexOf((x for x in range(10)), 4))
class Hint:
    def __length_hint__(self): return 7
class NoHint: pass
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(Hint()), operator.length_hint(NoHint()),
      operator.length_hint(NoHint(), 3), operator.length_hint(iter([]), 9), operator.length_hint(NoHint(), True))
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1, 2], reverse=True), operator.call(dict, a=1))
# %%
def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
attempt(operator.concat, 1, 2)
attempt(operator.concat, [1], 2)
attempt(operator.concat, {}, {})
attempt(operator.concat, Seq(), 1)
attempt(operator.iconcat, 1, [2])
attempt(operator.iconcat, [1], 2)
attempt(operator.iadd, 1, 'a')
attempt(operator.imatmul, 1, 2)
attempt(operator.ipow, [], 2)
attempt(operator.iadd, 1)
attempt(operator.countOf, 1, 1)
attempt(operator.indexOf, 3, 1)
attempt(operator.indexOf, [1, 2], 3)
attempt(operator.countOf, [1])
attempt(operator.length_hint, [], 'x')
attempt(operator.length_hint, [], 2.0)
attempt(operator.length_hint)
class BadHint:
    def __length_hint__(self): return -1
class StrHint:
    def __length_hint__(self): return 'x'
class NIHint:
    def __length_hint__(self): return NotImplemented
attempt(operator.length_hint, BadHint())
attempt(operator.length_hint, StrHint())
attempt(operator.length_hint, NIHint(), 4)
attempt(operator.call)
attempt(operator.call, 1)
attempt(operator.call, len, [1], x=1)
