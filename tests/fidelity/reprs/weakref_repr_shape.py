# weakref reprs hold addresses: check their shape.
# %%
import weakref
class C:
    pass

c = C()
r = weakref.ref(c)
text = repr(r)
print(text.startswith('<weakref at 0x'), "; to 'C' at 0x" in text, text.endswith('>'))
print(hex(id(c)) in text, hex(id(r)) in text)
del c
text = repr(r)
print(text.startswith('<weakref at 0x'), text.endswith('; dead>'), r() is None)
# %%
def f():
    pass
rf = weakref.ref(f)
print(repr(rf).endswith(' (f)>'), "to 'function' at 0x" in repr(rf))
rc = weakref.ref(C)
print(repr(rc).endswith(' (C)>'), "to 'type' at 0x" in repr(rc))
