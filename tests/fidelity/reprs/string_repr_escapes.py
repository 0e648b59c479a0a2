# String repr picks quotes and escapes control and non-printable characters.
# %%
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', 'back\\slash', '\x00\x07\x1b\x7f', '\r', 'caf\xe9', '\u20ac', '\u200b', '\U0001F600', '\ud800']:
    print(repr(s))
# %%
'line1\nline2'
# %%
print('line1\nline2')
print(ascii('caf\xe9 \u20ac \U0001F600'))
