# KeyError shows the repr of the missing key.
# %%
d = {'a': 1}
for key in ['b', 1, (1, 2), None, '']:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
# %%
print(d.get('b'), d.get('b', 0))
d['missing key']
# %%
{}.pop('x')
