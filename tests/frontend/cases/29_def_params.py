def f0(): pass
def f1(a): return a
def f2(a, b=2): pass
def f3(*args, **kwargs): pass
def f4(a, b=1, *args, c, d=4, **kwargs): pass
def f5(a, /, b, *, c): pass
def f6(a=1, /, b=2, *, c=3): pass
def f7(a, b, /): pass
def f8(*, key): pass
def f9(x: int, y: "str" = "s", *args: tuple, z: float = 1.0, **kw: dict) -> bool:
    return True
def f10(a, b,): pass
def f11(
    a,
    b=[],
    *,
    c={},
):
    """Docstring."""
    return a
def f12(*args: *Ts): pass
async def coro(x):
    await x
