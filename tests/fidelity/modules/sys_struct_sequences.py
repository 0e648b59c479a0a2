# sys's struct sequences (Objects/structseq.c): tuples whose fields are read-only members; the C-made
# ones are untracked; int_info/thread_info can be rebuilt from a sequence, flags/version_info not.
import gc
import sys
t = type(sys.int_info)
print(sorted(vars(t)), t.__mro__, type(t.bits_per_digit).__name__)
print(sorted(vars(type(sys.version_info))))
print(gc.is_tracked(sys.flags), gc.is_tracked(sys.int_info), gc.is_tracked(sys.version_info), gc.is_tracked(sys.thread_info))
x = t((1, 2, 3, 4))
print(x, gc.is_tracked(x), x == (1, 2, 3, 4), x.__reduce__(), sys.getsizeof(x))
print(type(sys.thread_info)(['a', 'b', 'c']), t(sequence=range(4)).sizeof_digit)
for call in (lambda: t(), lambda: t((1, 2, 3)), lambda: t(5), lambda: t((1, 2, 3, 4), 5),
             lambda: type(sys.version_info)((1, 2, 3, 4, 5)), lambda: type(sys.flags)()):
    try:
        call()
    except TypeError as exc:
        print(exc)
try:
    sys.flags.debug = 1
except AttributeError as exc:
    print(exc)
print(type(sys.flags).__doc__, t.__match_args__)
match sys.version_info:
    case (3, minor, *_):
        print('minor', minor)
