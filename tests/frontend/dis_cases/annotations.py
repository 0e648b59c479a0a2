x: int = 1
y: str
def f(a: int, b: "str" = "s") -> bool:
    return True
class C:
    z: int = 3
