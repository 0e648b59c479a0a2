# The standard streams' refcounts: sys.stdout is held by sys's stdout, __stdout__ and (the runner's) stderr entries, stdin by stdin and __stdin__; __stderr__ also by the runner's main thread.
import sys
out = sys.getrefcount(sys.stdout)
err = sys.getrefcount(sys.stderr)
inp = sys.getrefcount(sys.stdin)
out0 = sys.getrefcount(sys.__stdout__)
err0 = sys.getrefcount(sys.__stderr__)
inp0 = sys.getrefcount(sys.__stdin__)
print(out, err, inp, out0, err0, inp0)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.stdout, sys.__stderr__ is sys.stderr, sys.stdin is sys.__stdin__)
# %%
saved = sys.stdout
print(sys.getrefcount(saved))
del saved
print(sys.getrefcount(sys.stdout))
