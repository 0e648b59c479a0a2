# for/while with break, continue and else.
# %%
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print('i', i)
else:
    print('for-else not run')
for j in range(2):
    pass
else:
    print('for-else runs, j =', j)
n = 0
while n < 3:
    n += 1
else:
    print('while-else, n =', n)
# %%
for x in []:
    print('never')
print([k for k in range(10, 0, -3)], list(range(-2, 2)), list(range(5, 0)))
