# min()/max() and zip() parse keywords with PyArg_ParseTupleAndKeywords ("|$OO:min", "|$p:zip"):
# positionals are checked first, then the keyword count, then an unknown name is "invalid".
scores = [3, 1, 2]
print(max(scores, key=lambda s: -s))
# %%
min(scores, defalut=0)
# %%
max(scores, Key=len)
# %%
min(defalut=0)
# %%
max(key=len)
# %%
min(scores, key=len, default=0, reverse=True)
# %%
max(1, 2, default=0)
# %%
print(min([], default="empty"))
# %%
list(zip(scores, "abc", strct=True))
# %%
list(zip(scores, "ab", strict=True, fill=None))
# %%
list(zip(scores, "ab", strict=True))
