# Cells share one namespace; definitions persist across cells.
# %%
counter = 0
def bump():
    global counter
    counter += 1
    return counter
# %%
bump()
# %%
bump()
# %%
counter, __name__
