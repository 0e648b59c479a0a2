def describe(value):
    match value:
        case 0 | 1:
            return 'small'
        case [x, y]:
            return x, y
        case [first, *rest]:
            return first, rest
        case [_, *_, last]:
            return last
        case {'kind': kind, **others}:
            return kind, others
        case {1: a, 'b': b}:
            return a, b
        case (1 | 2) as n if n > 1:
            return n
        case -1 | 2+3j | None | True:
            return 'literal'
        case _:
            return 'other'
