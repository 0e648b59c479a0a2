def f(a, *, b=1, c, d=2):
    return a
def g(*, __priv=1):
    pass
class K:
    def m(self, *, __p=2):
        return __p
