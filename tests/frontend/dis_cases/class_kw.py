class M(Base, metaclass=Meta, flag=True):
    pass
class N(*bases, **kw):
    pass
