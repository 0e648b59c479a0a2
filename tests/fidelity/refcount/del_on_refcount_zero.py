# __del__ runs the moment the last reference goes away: del, rebinding, function return.
# %%
class Tracked:
    def __init__(self, name):
        self.name = name
        print(f"create {name}")
    def __del__(self):
        print(f"del {self.name}")

a = Tracked("a")
b = a
del a
print("after del a")
del b
print("after del b")
# %%
x = Tracked("first")
x = Tracked("second")
print("rebound")
x = None
# %%
def make():
    local = Tracked("local")
    print("returning")
    return 42

print(make())
# %%
def keep():
    t = Tracked("kept")
    return t

held = keep()
print("held", held.name)
del held
print("end")
