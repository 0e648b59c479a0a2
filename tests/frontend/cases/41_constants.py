a = None
b = True
c = False
d = ...
e = Ellipsis
x[...] = 1
def stub(): ...
