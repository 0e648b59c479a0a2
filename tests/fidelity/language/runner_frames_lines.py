# The reference runner's frames below every cell stop where tools/cpython_cells.py does: main() at
# its exec(code, namespace) line, the tool's module code at its main(sys.argv[1]) line; traceback
# and tracemalloc show those lines' text.
import sys, traceback
f = sys._getframe()
while f:
    print(f.f_code.co_name, f.f_lineno, f.f_code.co_filename.endswith("cpython_cells.py"))
    f = f.f_back
# %%
def where():
    return [(fs.name, fs.lineno, fs.line) for fs in traceback.extract_stack()]
for row in where():
    print(row)
print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
try:
    sys._getframe(3)
except ValueError as e:
    print(e)
main = sys._getframe(1)
print(main.f_code.co_varnames, main.f_code.co_argcount, main.f_back.f_lineno)
# %%
import tracemalloc
tracemalloc.start(5)
# %%
data = [bytes(1000) for _ in range(3)]
tb = tracemalloc.get_object_traceback(data[0])
tracemalloc.stop()
print(len(tb), tb.total_nframe)
for line in tb.format():
    if not line.startswith("  File"):
        print(line)
for frame in tb:
    print(frame.lineno, frame.filename.endswith("cpython_cells.py"))
