# The DEBUG_* constants and get_debug/set_debug.
# %%
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug(), gc.get_debug() & gc.DEBUG_SAVEALL != 0)
gc.set_debug(0)
print(gc.get_debug())
