# type.__subclasses__() of a built-in lists its built-in subclasses first, in CPython's PyType_Ready order.
print(ArithmeticError.__subclasses__())
print([c for c in LookupError.__subclasses__() if c.__module__ == 'builtins'])
# %%
def tree(cls, depth=0):
    print('  ' * depth + cls.__name__)
    for sub in cls.__subclasses__():
        if sub.__module__ == 'builtins':
            tree(sub, depth + 1)
tree(BaseException)
# %%
class AppError(ValueError): pass
class Money(int): pass
print([c.__name__ for c in ValueError.__subclasses__() if c.__module__ in ('builtins', '__main__')])
print([c.__name__ for c in int.__subclasses__() if c.__module__ in ('builtins', '__main__')])
print(bool.__subclasses__(), Exception.__subclasses__()[:5], OSError.__subclasses__()[:4])
print(object.__subclasses__()[0], tuple in object.__subclasses__(), issubclass(bool, int))
