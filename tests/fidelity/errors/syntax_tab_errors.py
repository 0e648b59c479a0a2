# Tabs and spaces.
# %%
if True:
        x = 1
	y = 2
# %%
if True:
	x = 1
        y = 2
# %%
def f():
	if True:
	    return 1
	  return 2
# %%
print("ok")
