# Locals are released when the function returns; objects escaping through globals survive.
# %%
import sys
class Loud:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("freed", self.tag)

def work():
    a = Loud("local a")
    b = Loud("local b")
    print("returning")

work()
print("after call")
# %%
keep = []
def escape():
    x = Loud("escaped")
    keep.append(x)
    print("inside", sys.getrefcount(x))

escape()
print("outside", sys.getrefcount(keep[0]))
keep.clear()
print("cleared")
