# list(x), sorted(x) and [*x] ask x for its iterator first and then its length (list_extend's
# PyObject_LengthHint, once); {*x} and set(x) iterate without asking the length.
# %%
class Loud:
    def __len__(self):
        print("  __len__")
        return 2
    def __iter__(self):
        print("  __iter__")
        return iter([2, 1])
for name, make in [("list", list), ("sorted", sorted), ("[*x]", lambda x: [*x]), ("tuple", tuple),
                   ("{*x}", lambda x: {*x}), ("set", set), ("extend", lambda x: [0].extend(x))]:
    print(name)
    make(Loud())
