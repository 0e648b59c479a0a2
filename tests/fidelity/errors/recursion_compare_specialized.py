# Comparisons in warm code: a ==/!= of two strs, a comparison of two floats or of two one-digit ints
# followed by a conditional jump is specialised (COMPARE_OP_*_JUMP) and enters no recursion level;
# other comparisons go through PyObject_RichCompare (" in comparison"). That decides where the
# deepest frame stops, and with which message.
def rev(s):
    if s == '':
        return ''
    return rev(s[1:]) + s[0]
print(len(rev('a' * 900)))
rev('a' * 2000)
# %%
def halve(x):
    if x < 0.5:
        return 0
    return halve(x)
halve(1.0)
# %%
def small(n):
    if n == -1:
        return 0
    return small(n)
small(5)
# %%
def big(n):
    if n == 10 ** 20:
        return 0
    return big(n)
big(10 ** 19)
# %%
def before(s):
    if s < 'a':
        return 0
    return before(s)
before('b')
# %%
def same(xs):
    if xs == []:
        return 0
    return same(xs)
same([1])
# %%
def flag(n):
    done = n == 0
    return flag(n)
flag(1)
