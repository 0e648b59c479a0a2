# dis.get_instructions / Instruction / Positions / Bytecode: resolved argval/argrepr, line starts,
# jump targets, source positions, caches, first_line, and Bytecode.dis / info / from_traceback.
import dis

def f(a, b=2):
    x = a + b
    for i in range(x):
        print(f"{i!r:>3}", i < a)
    return [x for x in (a, b)]

for ins in dis.get_instructions(f):
    if hasattr(ins.argval, 'co_code'):
        print(ins.opname, ins.argval.co_name, ins.offset, ins.positions)
    else:
        print(ins)

# %%
print(dis.Instruction._fields, dis.Positions(1), dis.Positions._fields)
it = dis.get_instructions(f)
print(type(it).__name__, next(it).opname)
ins = list(dis.get_instructions(f, show_caches=True, first_line=100))
print(len(ins), ins[3], ins[-1].starts_line, ins[0].starts_line)
print(ins[5]._disassemble(), '|', ins[0]._disassemble(lineno_width=0, mark_as_current=True))
print(sum(1 for i in ins if i.opname == 'CACHE'), [i.offset for i in ins if i.is_jump_target])
counts = {}
for i in dis.get_instructions(f):
    counts[i.opname] = counts.get(i.opname, 0) + 1
print(sorted(counts.items()))

# %%
g = (i * 2 for i in range(3))
print([i.opname for i in dis.get_instructions(g)])
print(repr(dis.Bytecode("x = 1")), list(dis.Bytecode("x = 1"))[1])
def kw(a, *, b):
    return dict(a=a, b=b), not a, a is None, a in b
for i in dis.get_instructions(kw):
    print(i.offset, i.opname, i.arg, repr(i.argval), repr(i.argrepr), i.starts_line)

# %%
bc = dis.Bytecode(f)
print(type(bc).__name__, bc.first_line, [i.opname for i in bc][:5])
listing = bc.dis()
print(listing.count('\n'), listing.split('\n')[0])
print(bc.info().replace(f.__code__.co_filename, 'FILE').split('\n')[:9])

import sys
def h(n):
    return n / 0

def run():
    try:
        h(1)
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        print(dis.Bytecode.from_traceback(tb).dis())
        dis.distb(tb)
        print(dis.Bytecode.from_traceback(tb).current_offset)

run()

# %%
def guarded(a):
    try:
        return a[0]
    except IndexError:
        return None

print([i.offset for i in dis.get_instructions(guarded) if i.is_jump_target])
print([i.offset for i in dis.Bytecode(guarded) if i.is_jump_target])
print([(i.opname, i.positions) for i in dis.get_instructions(guarded)][:4])

# %%
def flat(a, b=2):
    x = a + b
    for i in range(x):
        print(f"{i!r:>3}", i < a)
    try:
        return x // b
    except ZeroDivisionError:
        return None

dis.dis(flat.__code__.co_code)
dis.dis(bytearray(flat.__code__.co_code[:20]), show_caches=True)
print(dis.Bytecode(flat, first_line=1000).dis())
print(dis.Bytecode(flat, first_line=5, current_offset=8).dis())
print(dis.findlabels(flat.__code__.co_code), list(dis.findlinestarts(flat.__code__)))
print(dis.Bytecode(flat).exception_entries)
