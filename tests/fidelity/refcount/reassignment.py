# Rebinding a name drops the old object's count and raises the new one's.
# %%
import sys
first = [1]
second = [2]
name = first
print(sys.getrefcount(first), sys.getrefcount(second))
name = second
print(sys.getrefcount(first), sys.getrefcount(second))
name = None
print(sys.getrefcount(first), sys.getrefcount(second))
# %%
class Loud:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("freed", self.tag)

x = Loud("one")
x = Loud("two")
print("after rebinding")
x = 0
print("end")
