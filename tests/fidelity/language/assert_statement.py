# assert raises AssertionError (with the message when given).
# %%
x = 3
assert x == 3
assert x > 0, 'positive'
try:
    assert x < 0, f'x is {x}'
except AssertionError as e:
    print('caught', repr(e))
# %%
assert x == 4
# %%
assert [], 'empty list is falsy'
