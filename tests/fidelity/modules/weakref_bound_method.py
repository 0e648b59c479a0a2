# A weakref to a bound method dies at once (the method object is temporary); WeakMethod does not.
# %%
import weakref

class Button:
    def click(self):
        return 'clicked'

button = Button()
r = weakref.ref(button.click)
print(r() is None)
wm = weakref.WeakMethod(button.click)
print(wm()(), wm() == button.click, type(wm).__name__)
# %%
dead = []
wm2 = weakref.WeakMethod(button.click, lambda ref: dead.append(ref is wm2))
del button
print(wm() is None, dead)
# %%
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
