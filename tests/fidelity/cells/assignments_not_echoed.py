# Statements (assignments, augmented assignments, imports, defs) are not echoed; walrus expressions are.
# %%
a = 1
# %%
a += 1
# %%
import sys
# %%
(b := a * 10)
# %%
a, b
# %%
for i in range(3):
    i
# %%
if a:
    a
