with a() as x, b() as y:
    pass
with c():
    d()
