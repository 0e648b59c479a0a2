class Point:
    __match_args__ = ('x', 'y')

def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case Point(x, y) if x == y:
            return x
        case Point(x, _) | [x, _]:
            return x
        case [a, b] | (b, a, _):
            return a, b
        case str() as s:
            return s
        case {'k': [_, y]}:
            return y
    match p:
        case q:
            return q
