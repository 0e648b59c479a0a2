# BEFORE_ASYNC_WITH's lookups: an object without __aenter__, then one without __aexit__ (checked after __aenter__ is found).
class OnlyEnter:
    async def __aenter__(self):
        return self
class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def use(mgr):
    async with mgr:
        pass
for mgr in (OnlyEnter(), Sync(), 3):
    try:
        use(mgr).send(None)
    except TypeError as e:
        print(e)
# %%
class OnlyExit:
    def __exit__(self, *a):
        return False
try:
    with OnlyExit():
        pass
except TypeError as e:
    print(e)
