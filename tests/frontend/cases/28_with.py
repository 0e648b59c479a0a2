with open("f") as f:
    data = f.read()
with a, b:
    pass
with a as x, b as y:
    pass
with (a as x, b as y):
    pass
with (a, b):
    pass
with (
    open("a") as fa,
    open("b") as fb,
):
    pass
with lock:
    pass
with ctx() as (a, b):
    pass
with (yield):
    pass
