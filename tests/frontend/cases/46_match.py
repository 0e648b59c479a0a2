match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=3) if x > 0:
        pass
    case {"key": value, **rest}:
        pass
    case {}:
        pass
    case (1 | 2 | 3) as small:
        pass
    case [1, *_]:
        pass
    case [*rest, last]:
        pass
    case -1 | 1.5 | -2+3j | 4-5j | "s" "t" | b"b" if False:
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case str() | bytes():
        pass
    case _:
        pass
match x, y:
    case 1, 2:
        pass
    case (a, b,):
        pass
match = 1
match.attr = case = _ = 2
print(match, case)
