@decorator
def f(): pass
@dec.attr
@dec(1, 2)
@dec[0]
@(lambda fn: fn)
def g(): pass
@staticmethod
async def h(): pass
@dataclass(frozen=True)
class C:
    x: int = 0
