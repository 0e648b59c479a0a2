import heapq
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v)
        return s.v < o.v
    def __repr__(s): return 'V(%d)' % s.v
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, V(x))
print(h)
# %%
print(heapq.heappop(h), heapq.heappushpop(h, V(4)), heapq.heapreplace(h, V(0)))
print(h)
# %%
print(heapq.nlargest(3, [V(i) for i in [4, 1, 7, 3]]))
print(heapq.nsmallest(2, [V(i) for i in [4, 1, 7, 3]]))
# %%
print(heapq.nsmallest(2, [3, 1, 2], key=lambda x: -x), heapq.nlargest(1, []), heapq.nsmallest(10, [5, 4]))
l = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(l)
print(l)
tasks = []
for pri, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'alpha')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
# %%
import sys
a = object()
h = []
heapq.heappush(h, (1, a))
print(sys.getrefcount(a))
heapq.heappop(h)
print(sys.getrefcount(a), h)
# %%
heapq.heappop([])
# %%
heapq.heappush([1, 2], 'a')
# %%
heapq.heappush((1,), 2)
# %%
heapq.heappop(5)
# %%
heapq.heappush([])
# %%
print(heapq.heappush, heapq.nlargest.__name__)
big = list(range(3000, 0, -1))
heapq.heapify(big)
print(big[:10], big[-5:], [heapq.heappop(big) for _ in range(5)])
