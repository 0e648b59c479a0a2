f = lambda x, y=1: x + y
g = lambda: None
h = lambda *a, **k: (a, k)
