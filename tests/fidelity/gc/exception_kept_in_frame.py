# A caught exception kept in a local forms a cycle through its traceback and frame: the frame's
# other locals (and their __del__) wait for the collector; without the kept reference they die at once.
# %%
import gc
class Resource:
    def __del__(self):
        print("Resource freed")
gc.collect()
def fail_and_keep():
    res = Resource()
    try:
        1 / 0
    except ZeroDivisionError as e:
        kept = e
    return 1
fail_and_keep()
print("returned")
print(gc.collect())
# %%
def fail_no_keep():
    res = Resource()
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return 1
fail_no_keep()
print("returned")
print(gc.collect())
