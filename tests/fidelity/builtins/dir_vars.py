# dir lists names sorted; vars returns the instance __dict__.
# %%
class C:
    class_level = 1
    def method(self):
        pass
c = C()
c.b = 2
c.a = 1
print([n for n in dir(c) if not n.startswith('__')])
print(vars(c), vars(c) is c.__dict__)
print([n for n in dir(C) if not n.startswith('_')])
# %%
x_global = 1
print([n for n in dir() if not n.startswith('_')])
