# A name assigned anywhere in a function is local everywhere in it.
# %%
count = 10
def bump():
    count += 1
    return count
bump()
# %%
def use_before_assign():
    print(item)
    item = 1
use_before_assign()
