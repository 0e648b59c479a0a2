# Echo uses repr (quotes, escapes), print uses str.
# %%
'line\nbreak'
# %%
print('line\nbreak')
# %%
class R:
    def __repr__(self):
        return 'R-repr'
    def __str__(self):
        return 'R-str'
R()
# %%
print(R())
# %%
1.0 / 3
# %%
True
