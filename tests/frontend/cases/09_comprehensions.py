a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x != y if y > 0]
c = {x for x in data}
d = {k: v for k, v in pairs}
e = (x for x in data)
f = sum(x for x in data)
g = [[y for y in row] for row in matrix]
h = {k: [v for v in vs if v] for k, vs in groups.items() if vs}
i = [(a, b) for a, *b in rows]
j = list(x for x in range(3))
