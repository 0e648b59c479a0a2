# copy.copy / copy.deepcopy of built-in subclass instances (object.__reduce_ex__(4) rules).
import copy
class L(list): pass
y = copy.copy(L([1, 2]))
print(type(y), y)
x = L([[1], 2]); x.tag = [3]
z = copy.deepcopy(x)
print(type(z), z, z[0] is x[0], z.tag, z.tag is x.tag)
class DD(dict): pass
print(type(copy.copy(DD(a=1))), copy.deepcopy(DD(a=[1])))
class Pos(int):
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls, abs(v))
p = Pos(-4)
q = copy.copy(p)
print(q, type(q), q is p)
class S(set): pass
print(type(copy.copy(S([1]))), copy.deepcopy(S([2])))
class T(tuple): pass
print(copy.copy(T((1, 2))), type(copy.deepcopy(T(([1],)))))
class N(str): pass
n = N('hi'); n.x = 1
m = copy.copy(n)
print(m, type(m), m.x)
