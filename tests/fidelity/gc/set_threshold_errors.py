# set_threshold takes one to three ints; get_threshold reflects each call; threshold0 = 0 stops
# automatic collections (the callbacks see none while 2000 objects are allocated).
# %%
import gc
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 5)
print(gc.get_threshold())
# %%
gc.set_threshold()
# %%
gc.set_threshold(1, 2, 3, 4)
# %%
gc.set_threshold('x')
# %%
starts = []
gc.callbacks.append(lambda phase, info: starts.append(info['generation']) if phase == 'start' else None)
gc.set_threshold(0)
keep = [[] for i in range(2000)]
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(starts, gc.get_threshold())
