def deco(f):
    return f
@deco
def f():
    pass
@deco
@deco
class C:
    pass
