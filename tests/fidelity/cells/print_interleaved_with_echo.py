# Output printed during the cell comes before the echo of its trailing expression.
# %%
def noisy(v):
    print('computing', v)
    return v * 2
print('start')
noisy(3)
# %%
print('a'); 'b'
# %%
noisy(1), print('inside tuple')
# %%
print('only print')
