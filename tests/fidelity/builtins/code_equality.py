# Code objects compare by their fields (code_richcompare): name, argument counts, flags, first line, instructions, constants by _PyCode_ConstantKey (1 != True, 0.0 != -0.0), names, local names, line and exception tables; equal code objects hash alike (code_hash), so sets and dicts merge them.
a, b = lambda x: x + 1, lambda x: x + 1
print(a.__code__ is b.__code__, a.__code__ == b.__code__, a.__code__ != b.__code__)
print(hash(a.__code__) == hash(b.__code__), len({a.__code__, b.__code__}))
c = a.__code__.replace()
print(c is a.__code__, c == a.__code__, {a.__code__: 'first'}[c])
print(a.__code__ == a.__code__.replace(co_name='other'), a.__code__ == a.__code__.replace(co_qualname='q'))
print(a.__code__ == a.__code__.replace(co_filename='elsewhere.py'), a.__code__ == a.__code__.replace(co_firstlineno=9))
print(a.__code__ == a.__code__.replace(co_stacksize=10), a.__code__ == a.__code__.replace(co_varnames=('y',)))
# %%
source = "def f(n):\n    return [n, 1, 2.5, 'text', (1, 2)]\n"
first = compile(source, 'lesson.py', 'exec')
second = compile(source, 'lesson.py', 'exec')
print(first is second, first == second, hash(first) == hash(second))
print(first.co_consts[0] == second.co_consts[0], first.co_consts[0] is second.co_consts[0])
print(compile('x = 1', 'a', 'exec') == compile('x = True', 'a', 'exec'))
print(compile('x = 0.0', 'a', 'exec') == compile('x = -0.0', 'a', 'exec'))
print(compile('x = 1', 'a', 'exec') == compile('x = 1.0', 'a', 'exec'))
print(compile('x = (1, 2)', 'a', 'exec') == compile('x = (1, 2.0)', 'a', 'exec'))
print(compile('x = 1', 'a', 'exec') == compile('y = 1', 'a', 'exec'))
print(compile('x = 1', 'a', 'exec') == compile('\nx = 1', 'a', 'exec'))
# %%
def make(k):
    return lambda: k
makers = [make(i).__code__ for i in range(4)]
print(len(set(makers)), makers.count(makers[0]), makers.index(makers[3]))
print(a.__code__ == 1, a.__code__.__eq__(1), a.__code__.__ne__(a.__code__))
try:
    a.__code__ < b.__code__
except TypeError as e:
    print(e)
