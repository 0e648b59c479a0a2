# WeakSet drops members when they die.
# %%
import weakref
class Member:
    pass
ms = [Member() for _ in range(4)]
ws = weakref.WeakSet(ms)
print(len(ws), ms[0] in ws)
del ms[:2]
print(len(ws))
ws.add(Member())
print(len(ws))
ms.clear()
print(len(ws), list(ws))
