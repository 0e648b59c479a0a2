def make():
    class Local:
        def m(self):
            return Local
    return Local
