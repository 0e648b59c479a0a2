# Structural pattern matching on literals, sequences, mappings, classes and guards.
# %%
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(value):
    match value:
        case 0 | 1:
            return 'small'
        case [x, y]:
            return f'pair {x} {y}'
        case [first, *rest]:
            return f'seq {first} +{len(rest)}'
        case {'kind': kind, **others}:
            return f'mapping {kind} {others}'
        case Point(x=0, y=0):
            return 'origin'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case str() as s:
            return f'string {s!r}'
        case _:
            return 'other'

for v in [1, [1, 2], [1, 2, 3], {'kind': 'k', 'a': 1}, Point(0, 0), Point(2, 2), Point(1, 2), 'hi', 3.5]:
    print(describe(v))
