# The refcounts of CPython's static objects as a program finds them: small ints, the empty tuple,
# str and bytes, True/False, Ellipsis, NotImplemented and the core types carry what CPython's startup,
# site and the runner hold (measured), plus what the cell's own code holds (its constants, and a
# module code object's empty co_localsplusnames / co_localspluskinds / co_exceptiontable).
# %%
import sys
print(sys.getrefcount(0), sys.getrefcount(1), sys.getrefcount(2), sys.getrefcount(()))
print(sys.getrefcount(int('0')), sys.getrefcount(int('7')), sys.getrefcount(int('-1')), sys.getrefcount(int('256')))
# %%
print(sys.getrefcount(tuple()), sys.getrefcount(''), sys.getrefcount(b''), sys.getrefcount(...))
print(sys.getrefcount(NotImplemented), sys.getrefcount(True), sys.getrefcount(False))
print([sys.getrefcount(t) for t in (object, type, int, bool, float, str, bytes, tuple, list, dict, set, frozenset, type(None), range)])
# %%
values = [int(s) for s in '3 4 5 10 100'.split()]
print([sys.getrefcount(v) for v in values])
import ctypes
print(ctypes.c_ssize_t.from_address(id(42)).value - sys.getrefcount(int('42')))
