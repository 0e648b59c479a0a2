# %% [markdown]
# # Docstrings of built-in functions and methods
# CPython keeps each C function's docstring (ml_doc) with a signature head; __doc__ shows the text
# after it and __text_signature__ the head's "(...)".

# %%
print(len.__doc__)
print(len.__text_signature__)
print(repr(getattr.__doc__[:40]), getattr.__text_signature__)
print(print.__doc__)

# %%
print(list.append.__doc__)
print(list.append.__text_signature__)
print([].append.__doc__ == list.append.__doc__)
print(str.split.__doc__)
print(dict.get.__doc__, dict.get.__text_signature__)
print(dict.fromkeys.__doc__, dict.fromkeys.__text_signature__)
print({}.fromkeys.__text_signature__)

# %%
print(int.from_bytes.__text_signature__)
print(str.maketrans.__doc__.splitlines()[0])
print(object.__init_subclass__.__doc__)
print(type.mro.__doc__)
print(object.__dir__.__doc__)
print(int.__new__.__doc__)
print(tuple.index.__doc__)
print(list.index.__doc__)

# %%
import math, gc, sys, itertools, collections, functools
print(math.sqrt.__doc__, math.sqrt.__text_signature__)
print(gc.collect.__doc__)
print(sys.getrefcount.__doc__)
print(itertools.chain.from_iterable.__doc__)
print(collections.deque.append.__doc__)
print(functools.reduce.__doc__.splitlines()[0])
print(iter(range(3)).__length_hint__.__doc__)

# %%
class L(list):
    pass
print(L.append.__doc__ == list.append.__doc__, L().pop.__text_signature__)
print(len.__doc__ is len.__doc__, type(len.__doc__).__name__)

# %%
print(int.real.__doc__)
print(int.__dict__['denominator'].__doc__)
print(complex.imag.__doc__)
print(BaseException.__dict__['__cause__'].__doc__)
print(StopIteration.value.__doc__)
print(type(lambda: 0).__dict__['__globals__'].__doc__)
print(slice.__dict__['start'].__doc__)
class P:
    __slots__ = ('real',)
print(P.real.__doc__)
class int2:
    __slots__ = ('real',)
int2.__name__ = 'int'
print(int2.real.__doc__)
