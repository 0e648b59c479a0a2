# More structural pattern matching: captures, or-patterns with bindings, guards, nested and literal patterns.
# %%
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"move {direction}"
        case ["take", item, *others] if others:
            return f"take {item} and {len(others)} more"
        case ["take", item]:
            return f"take {item}"
        case []:
            return "empty"
        case _:
            return "unknown"
for c in ["go north", "go west", "take key", "take key coin gem", "", "dance"]:
    print(classify(c))
# %%
def kind(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case (a, b):
            return f"pair {a},{b}"
        case {"x": x, "y": y}:
            return f"point {x},{y}"
        case str(s):
            return f"str {s}"
    return "fallthrough"
for v in [None, True, -3, 4, 2.5, (1, 2), {"x": 1, "y": 2, "z": 3}, "s", [1, 2, 3]]:
    print(kind(v))
# %%
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
class Rect:
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
def area(s):
    match s:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * w}"
        case Rect(w=w, h=h):
            return w * h
print(area(Circle(1)), area(Rect(2, 2)), area(Rect(2, 3)), area("x"))
# %%
class NoArgs:
    pass
match NoArgs():
    case NoArgs(1):
        pass
