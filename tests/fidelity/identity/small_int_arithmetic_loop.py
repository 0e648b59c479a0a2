# Counting up with += crosses the cache boundary at 256 -> 257.
# %%
x = 250
y = 250
same = []
while x < 260:
    x += 1
    y += 1
    same.append(x is y)
print(same)
