# The playground has no standard input: sys.stdin is at end of file (the reference runner's stdin
# is /dev/null), so input() writes its prompt and raises EOFError.
# %%
import sys
print(sys.stdin, sys.stdin is sys.__stdin__)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.isatty(), sys.stdin.closed, sys.stdin.mode)
# %%
try:
    name = input("Your name: ")
except EOFError as e:
    print("no input:", repr(e))
# %%
age = input()
# %%
input("a", "b")
# %%
sys.stdin.write("x")
# %%
sys.stdout.readline()
# %%
import io
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError))
print(input.__name__, sys.stdout.readable())
