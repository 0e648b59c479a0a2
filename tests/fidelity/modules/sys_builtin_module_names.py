# sys.builtin_module_names is CPython 3.11's Linux build's sorted inittab names, made with PyUnicode_FromString (not the interned strings).
import sys
names = sys.builtin_module_names
print(type(names).__name__, len(names), names == tuple(sorted(names)))
print(names)
print('sys' in names, 'gc' in names, 'math' in names, 'json' in names)
literal = 'sys'
print(names[names.index('sys')] is literal, names[names.index('builtins')] == 'builtins')
