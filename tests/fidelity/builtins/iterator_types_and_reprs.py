# Small type and message details: a non-ASCII str's iterator is str_iterator, staticmethod and classmethod
# reprs show what they wrap, reversed(dict) and its views give real reverse iterators (which notice a
# size change), and sort's reverse= takes an int (or __index__) only.
print(type(iter('é')).__name__, type(iter('e')).__name__, type(iter('')).__name__)
print(staticmethod(len), classmethod(len))
def f(): pass
print(repr(staticmethod(f)).split(' at ')[0], repr(classmethod(f)).split(' at ')[0])
d = {'a': 1, 'b': 2}
print(type(reversed(d)).__name__, type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed(d)), list(reversed(d.items())))
r = reversed(d); d['c'] = 3
try:
    print(list(r))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    sorted([1], reverse=None)
except TypeError as e:
    print("TypeError:", e)
print(sorted([2, 1], reverse=1), sorted([2, 1], reverse=0))
for r in (1.0, 2**40, True, "x"):
    try:
        print(sorted([1, 3, 2], reverse=r))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
