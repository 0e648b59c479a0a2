# sys's configuration attributes: flags and thread_info (struct sequences), implementation (a
# SimpleNamespace sharing sys.version_info), the switch interval, encodings, stdlib_module_names.
import sys
print(sys.flags)
print(sys.flags.optimize, sys.flags[11], sys.flags.dev_mode, len(sys.flags), sys.getsizeof(sys.flags))
F = type(sys.flags)
print(F.n_fields, F.n_sequence_fields, F.n_unnamed_fields, F.__match_args__[:3], F.__mro__)
try:
    F()
except TypeError as exc:
    print(exc)
print(sys.implementation)
print(type(sys.implementation).__name__, sys.implementation.version is sys.version_info, sys.implementation.cache_tag)
print(sys.thread_info, sys.thread_info.name, type(sys.thread_info).n_fields)
print(repr(sys.float_repr_style), repr(sys.abiflags), sys._xoptions, sys.dont_write_bytecode, sys.pycache_prefix)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.get_coroutine_origin_tracking_depth())
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names), 'itertools' in sys.stdlib_module_names)
print(type(sys.orig_argv).__name__, type(sys.prefix).__name__, sys.platlibdir, sys.base_prefix == sys.prefix)
# %%
print(sys.getswitchinterval())
print(sys.setswitchinterval(0.5), sys.getswitchinterval())
sys.setswitchinterval(1e-7)
print(sys.getswitchinterval())
sys.setswitchinterval(2)
print(sys.getswitchinterval())
for bad in (0, -1.5, 'x', None):
    try:
        sys.setswitchinterval(bad)
    except Exception as exc:
        print(type(exc).__name__, exc)
# kept as whole microseconds in an unsigned long, converted as x86-64 converts a double
for v in (float('nan'), float('inf'), 1e20, 9.3e12):
    sys.setswitchinterval(v)
    print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
# %%
print(sys.call_tracing(max, (3, 9)), sys.call_tracing(dict, ()))
for args in ((), (max,), (max, [1, 2]), (max, (1,), 2)):
    try:
        sys.call_tracing(*args)
    except Exception as exc:
        print(type(exc).__name__, exc)
# %%
print(sys.getrefcount(sys.flags), sys.getrefcount(sys.implementation), sys.getrefcount(sys.thread_info))
print(sys.getrefcount(sys.float_repr_style), sys.getrefcount(sys._xoptions), sys.getrefcount(sys.stdlib_module_names))
print(sys.getrefcount(sys.int_info), sys.getrefcount(sys.hash_info), sys.getrefcount(sys.float_info))
print(sys.getrefcount(sys.intern), sys.getrefcount(sys.modules), sys.getrefcount(sys.getswitchinterval))
print(sys.getrefcount(sys.implementation.name), sys.getrefcount(sys.thread_info.lock))
# %%
print(sys.copyright.splitlines()[0], sys._git, repr(sys._framework), sys.getrefcount(sys._git))
