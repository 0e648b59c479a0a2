# reprlib course: course-style use (QA round 4)
import reprlib
print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(20))), reprlib.repr(10**50))
r = reprlib.Repr()
r.maxlist = 3
print(r.repr([1, 2, 3, 4, 5]))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
n = Node(); n.children.append(n)
print(n)
print(reprlib.repr([[[[1]]]]), reprlib.repr(frozenset([1, 2])))
