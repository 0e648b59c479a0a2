# Identifier-like string constants are interned, so they match across cells; others do not.
# %%
a = 'hello_world'
b = 'hello world'
c = 'abc123'
# %%
print(a is 'hello_world', b is 'hello world', c is 'abc123')
