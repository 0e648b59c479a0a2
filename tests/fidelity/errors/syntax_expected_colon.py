# Missing colons: the most common learner SyntaxError.
# %%
x = 3
if x > 2
    print("big")
# %%
def greet(name)
    print("hi", name)
# %%
for i in range(3)
    print(i)
# %%
while x > 0
    x -= 1
# %%
class Point
    pass
# %%
if x:
    pass
else
    pass
# %%
try
    pass
except:
    pass
# %%
try:
    pass
except ValueError
    pass
# %%
with open("f") as f
    pass
# %%
if x:
    pass
elif x > 1
    pass
# %%
print("still running", x)
