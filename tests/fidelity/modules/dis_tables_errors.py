# dis's opcode tables (opname, opmap, cmp_op, has* lists), stack_effect, code_info/show_code,
# pretty_flags, and its errors: no last traceback, objects it cannot disassemble.
import dis

print(len(dis.opname), dis.opname[100], dis.opname[83], dis.opname[3], dis.opname[255])
print(len(dis.opmap), dis.opmap['LOAD_CONST'], dis.opmap['CACHE'], dis.opmap['BINARY_OP'], 'LOAD_FAST__LOAD_FAST' in dis.opmap)
print(dis.cmp_op, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
for name in ['hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs']:
    print(name, [dis.opname[op] for op in getattr(dis, name)])
print(all(dis.opmap[dis.opname[op]] == op for op in range(256) if not dis.opname[op].startswith('<')))

# %%
print(dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.stack_effect(dis.opmap['POP_TOP']))
print(dis.stack_effect(dis.opmap['BUILD_LIST'], 3), dis.stack_effect(dis.opmap['CALL'], 2))
print(dis.stack_effect(dis.opmap['FOR_ITER'], 4), dis.stack_effect(dis.opmap['FOR_ITER'], 4, jump=True),
      dis.stack_effect(dis.opmap['FOR_ITER'], 4, jump=False))
for args, kw in [((dis.opmap['LOAD_CONST'],), {}), ((1, 0), {}), ((3, None), {}), ((dis.opmap['POP_TOP'],), {'jump': 1})]:
    try:
        dis.stack_effect(*args, **kw)
    except ValueError as e:
        print('ValueError:', e)

# %%
def area(w, h=1, *args, scale, **opts):
    import math
    result = w * h * scale
    return math.floor(result)

print(dis.code_info(area).replace(area.__code__.co_filename, 'FILE'))
print(dis.pretty_flags(3), '|', dis.pretty_flags(0x20 | 0x3), '|', dis.pretty_flags(1 << 20))

# %%
def outer():
    x = 1
    def inner():
        return x
    return inner
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
cap = Capture()
dis.show_code(outer, file=cap)
text = ''.join(cap.parts)
print(text[:text.index(' at 0x')] + text[text.index(', file'):], end='')
dis.show_code(outer())
print(dis.code_info("a, b = b, a"))

# %%
dis.dis()

# %%
dis.distb()

# %%
dis.dis(42)

# %%
try:
    dis.code_info(3.5)
except TypeError as e:
    print('TypeError:', e)
import types
m = types.ModuleType('empty')
dis.dis(m)
print('empty module: nothing printed')
dis.dis("x = (")

# %%
print(dis.__all__)
ns = {}
exec('from dis import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
print(dis.dis.__module__, dis.Instruction.__module__, type(dis.stack_effect).__name__, dis.disco is dis.disassemble)
