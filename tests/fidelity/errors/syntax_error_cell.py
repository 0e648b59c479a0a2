# A SyntaxError stops only its own cell; nothing in that cell runs.
# %%
print('first cell')
# %%
print('this does not print')
x = (1, 2
# %%
print('third cell runs')
# %%
print "hello"
# %%
def f(:
    pass
# %%
1 = x
# %%
print('last cell runs')
