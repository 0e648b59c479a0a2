# Indentation errors.
# %%
    x = 1
# %%
def f():
return 1
# %%
if True:
print("no indent")
# %%
for i in range(2):
# comment only
print(i)
# %%
def g():
    a = 1
      b = 2
# %%
def h():
        a = 1
    b = 2
# %%
class A:
    def m(self):
    pass
# %%
while True:
# %%
try:
    x = 1
except:
pass
# %%
with open("a") as f:
x = 1
# %%
if True:
    pass
else:
x = 1
# %%
def outer():
    def inner():
    return 1
# %%
print("ok")
