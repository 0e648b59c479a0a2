[x * 2 for x in range(10)]
[x for x in y if x if x > 2]
[(a, b) for a in range(3) for b in range(a)]
