# An exception that leaves a cell passes through the reference runner's own function on its way to
# sys.__excepthook__: the first one makes that function's frame object (an untracked GC object the
# running function keeps), so gen 0's count is one higher from then on; later ones reuse it.
import gc
gc.disable()
starts = []
def frame_names():
    return [f.f_code.co_name for f in gc.get_objects() if type(f).__name__ == 'frame']
# %%
starts.append(gc.get_count()[0])
value = 1
# %%
starts.append(gc.get_count()[0])
value = 1 / 0
# %%
starts.append(gc.get_count()[0])
value = 1
# %%
starts.append(gc.get_count()[0])
value = {}['missing']
# %%
starts.append(gc.get_count()[0])
value = 1
# %%
starts.append(gc.get_count()[0])
print([b - a for a, b in zip(starts, starts[1:])], frame_names())
gc.enable()
