class Outer:
    class Inner:
        def m(self):
            return 1
    def make(self):
        return self.Inner()
