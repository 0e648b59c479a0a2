# Snapshot.statistics groups traces by line, file or traceback; Filter keeps or drops filenames.
import tracemalloc

def make_words(n):
    return [str(i) * 3 for i in range(n)]

tracemalloc.start(3)
words = make_words(500)
table = {w: len(w) for w in words}
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snap.statistics("lineno")[:4]:
    print(stat)
for stat in snap.statistics("filename")[:2]:
    print(stat.traceback[0].filename, stat.size > 0, stat.count > 0)
top = snap.statistics("traceback")[0]
print(top.count, top.size, len(top.traceback), top.traceback.total_nframe)
for line in top.traceback.format()[:4]:
    print(line)

# %%
cells = snap.filter_traces([tracemalloc.Filter(True, "<cell*>")])
others = snap.filter_traces([tracemalloc.Filter(False, "<cell 1>")])
print(len(cells.traces) > 0, len(others.traces))
print(sum(s.size for s in cells.statistics("lineno")) == sum(s.size for s in snap.statistics("lineno")))
f = tracemalloc.Filter(True, "<cell 1>", lineno=5)
print(f.filename_pattern, f.lineno, f.all_frames, f.inclusive)
for stat in snap.filter_traces([f]).statistics("lineno"):
    print(stat)
