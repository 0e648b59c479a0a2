x: int = 5
y: list[int]
z: "forward" = None
(w): int = 1
obj.attr: str = "s"
arr[0]: float
t: tuple[int, ...] = (1, 2)
v: int = yield_() if False else 0
