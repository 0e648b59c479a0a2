# Snapshot.compare_to: what grew or shrank between two snapshots, per line.
import tracemalloc

tracemalloc.start()
keep = [str(i) for i in range(300)]
drop = [bytes(100) for i in range(50)]
first = tracemalloc.take_snapshot()
del drop
more = [[i, i + 1000] for i in range(200)]
second = tracemalloc.take_snapshot()
tracemalloc.stop()
filters = [tracemalloc.Filter(True, "<cell 1>")]
first = first.filter_traces(filters)
second = second.filter_traces(filters)
for diff in second.compare_to(first, "lineno"):
    print(diff)
total = second.compare_to(first, "filename")[0]
print(total.traceback, total.count_diff, total.size_diff > 0)
