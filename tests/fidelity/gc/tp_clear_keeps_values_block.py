# When the collector clears an instance (tp_clear), the instance's attribute values go, but its
# values block stays until the instance itself is deallocated. The order in which the blocks
# return to pymalloc shows in which block each new instance gets.
import ctypes, gc

def values_block(o):
    return ctypes.c_void_p.from_address(id(o) - 32).value

class A: pass
class B: pass
class C: pass
class D: pass
class E1: pass
class E2: pass
class E3: pass
class E4: pass

a, b, c = A(), B(), C()
d = D()
a.x = b        # a is cleared first: b dies with it, a lives on through c.x
b.x = a
c.z = d        # c's clear releases d first, then a
c.x = a
c.y = c
blocks = {"a": values_block(a), "b": values_block(b), "c": values_block(c), "d": values_block(d)}
del a, b, c, d
print(gc.collect())
e1 = E1(); e2 = E2(); e3 = E3(); e4 = E4()  # a class's first instance: the same block size
got = [values_block(e1), values_block(e2), values_block(e3), values_block(e4)]
print([name for block in got for name in blocks if blocks[name] == block])
