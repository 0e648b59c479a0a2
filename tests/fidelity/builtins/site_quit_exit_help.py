# site.py's builtins: exit and quit (_sitebuiltins.Quitter, frozen into CPython: its frames show
# no source line) close sys.stdin and raise SystemExit; help (_sitebuiltins._Helper).
# %%
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
print(help, type(help).__name__)
import _sitebuiltins
print(type(quit) is _sitebuiltins.Quitter, exit.name, quit.eof)
# %%
exit(3)
# %%
import sys
print("after exit:", sys.stdin.closed)
quit()
# %%
try:
    exit("bye")
except SystemExit as e:
    print("caught", repr(e), e.code)
# %%
input("prompt? ")
