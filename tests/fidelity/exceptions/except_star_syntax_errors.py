try:
    pass
except*:
    pass
# %%
for x in range(3):
    try:
        pass
    except* ValueError:
        break
# %%
def f():
    try:
        pass
    except* ValueError:
        return 1
# %%
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
# %%
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
# %%
try:
    pass
except* ValueError, TypeError:
    pass
# %%
try:
    pass
except* ValueError:
    for i in range(2):
        continue
    def g():
        return 2
print("loops and functions inside except* are fine")
