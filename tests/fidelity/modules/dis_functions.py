# dis.dis over functions (loops, calls, try/except, comprehensions, closures, f-strings), methods,
# classes, code objects and source strings; nested code objects' addresses are masked.
import dis

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def scrub(text):
    out = []
    for line in text.split('\n'):
        while ' at 0x' in line:
            i = line.index(' at 0x') + 4
            j = i + 2
            while j < len(line) and line[j] in '0123456789abcdef':
                j += 1
            line = line[:i] + 'ADDR' + line[j:]
        out.append(line)
    return '\n'.join(out)

def show(x, **kwargs):
    cap = Capture()
    dis.dis(x, file=cap, **kwargs)
    print(scrub(''.join(cap.parts)), end='')

# %%
def add(a, b):
    return a + b

dis.dis(add)

# %%
def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 1:
            continue
        total += i * 2
    while total > 100:
        total //= 2
    return total

dis.dis(loop)

# %%
def calls(items, key=None):
    result = sorted(items, key=key, reverse=True)
    print(len(result), *result, sep=', ')
    return items.copy().pop()

dis.dis(calls)

# %%
def guarded(path):
    try:
        value = int(path)
    except (TypeError, ValueError) as e:
        print(f"bad {path!r}: {e}")
        raise
    except Exception:
        return None
    else:
        return value
    finally:
        print("done")

dis.dis(guarded)

# %%
def comprehensions(xs):
    squares = [x * x for x in xs if x]
    pairs = {k: v for k, v in zip(xs, squares)}
    return sum(x for x in squares), {len(pairs)}

show(comprehensions)

# %%
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

show(make_counter)
counter = make_counter(10)
dis.dis(counter)

# %%
def fmt(name, value, width=8):
    return f"{name}={value:>{width}.2f} ({value!r}) {name.upper()!s:^10}"

dis.dis(fmt)

# %%
class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 0)

    @property
    def doubled(self):
        return [c * self.scale for c in (self.x, self.y)]

show(Point)
print('---')
dis.dis(Point(3, 4).norm2)

# %%
dis.dis(add.__code__)
dis.dis("a = b + 1")
dis.dis("x[0] if y else -z")
show("def f(): return [i for i in range(3)]")
show("def f(): return [i for i in range(3)]", depth=0)
dis.dis(compile("for k in d: print(k)", "<src>", "exec"))

# %%
dis.disassemble(add.__code__)
dis.disassemble(loop.__code__, lasti=12)
dis.disco(add.__code__, 6)
def gen(n):
    yield from range(n)
    yield n
dis.dis(gen)
dis.dis(gen(3))
