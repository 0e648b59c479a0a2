class C:
    def f(self):
        x = 1
        return lambda: x + self.y
