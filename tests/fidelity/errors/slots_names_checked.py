# type_new_visit_slots: every __slots__ name must be an identifier, and __dict__ / __weakref__ may
# be named once, only where the base has none yet. Checked for all names before any is copied.
import sys

# %%
class Point:
    __slots__ = ("x", "y")
print(Point.__slots__, sys.getsizeof(Point()))

# %%
class Bad:
    __slots__ = ("x", "2nd")

# %%
class Spaced:
    __slots__ = ("first name",)

# %%
class TwoDicts:
    __slots__ = ("__dict__", "__dict__")

# %%
class Parent:
    pass
class Child(Parent):
    __slots__ = ("__dict__",)  # Parent's instances already have one

# %%
class TwoWeak:
    __slots__ = ("a", "__weakref__", "__weakref__")

# %%
class WeakParent:
    __slots__ = ("__weakref__",)
class WeakChild(WeakParent):
    __slots__ = ("__weakref__",)

# %%
class Both:
    __slots__ = ("__dict__", "__weakref__")
b = Both()
b.anything = 1
print(sys.getsizeof(b), Both.__dictoffset__ != 0, Both.__weakrefoffset__ != 0, vars(b))

# %%
class Ordered:
    __slots__ = ("x", "__dict__", "__dict__")
    x = 1  # the duplicate __dict__ is found before the conflict with x

# %%
class Café:
    __slots__ = ("prénom", "âge")
c = Café()
c.prénom = "Zoë"
print(c.prénom, Café.âge)
