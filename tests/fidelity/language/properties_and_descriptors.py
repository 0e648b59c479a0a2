# property getters, setters and deleters; a read-only property raises AttributeError.
# %%
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature()
t.celsius = 25
print(t.celsius, t.fahrenheit)
# %%
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
# %%
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__)
