class D:
    "Doc string."
    def m(self):
        "Method doc."
        return 1
