# set_threshold changes the thresholds given; threshold0 = 0 disables automatic collection.
# %%
import gc
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 5)
print(gc.get_threshold())
gc.set_threshold(300, 4, 3)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold(), gc.isenabled())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
# %%
gc.set_threshold()
