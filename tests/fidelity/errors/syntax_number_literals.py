# Bad number literals and characters.
# %%
x = 1abc
# %%
x = 0777
# %%
x = 0b102
# %%
x = 0o78
# %%
x = 0xZZ
# %%
x = 1_
# %%
x = 1__0
# %%
x = 1e
# %%
x = 1.5.2
# %%
x = 3 €
# %%
price = 5$
# %%
x = 1 ? 2
# %%
x = 5 \ 2
# %%
x = 5 \y
# %%
x = 1_000_
# %%
x = 09
# %%
x = 00
print(x)
# %%
x = 1jx
# %%
x = "a" "b" 'c
# %%
s = "bad escape \N{NOTACHARACTER}"
# %%
s = b"caf\xc3é"
# %%
s = "\x4"
# %%
s = b"\u1234"
print(s)
# %%
s = "\U0011ffff"
# %%
print(“quote”)
# %%
x = 1
x ++
# %%
print("ok")
