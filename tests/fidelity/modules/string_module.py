# string: constants, capwords, Formatter
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
# %%
print(string.capwords("hello   wide  world"))
print(string.capwords("a-b-c", "-"), string.capwords(""))
print(all(c in string.printable for c in "Hello, World!"))
print(sum(c in string.punctuation for c in "a.b,c!"))
# %%
f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name!r:>10}|{0:.3f}|{{literal}}", 3.14159, name="pi"))
print(f.format("{0[1]} {1.real}", [10, 20], 5))
print(list(f.parse("a{0}b{x!s:>3}c{{")))
print(f.vformat("{} {}", ("x", "y"), {}))
for bad in ["{", "}", "{0!}", "{0[}"]:
    try:
        f.format(bad, 1)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print(e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError", e)
