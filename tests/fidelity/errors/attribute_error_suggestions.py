# AttributeError messages, with "Did you mean" suggestions in 3.11.
# %%
'abc'.uper()
# %%
class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
p = Point()
p.horizontl
# %%
import sys
sys.getrefcnt
# %%
None.append
# %%
p.zzz_unrelated
# %%
[].push(1)
