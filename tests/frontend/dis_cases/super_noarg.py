class C(B):
    def m(self):
        return super().m()
    @classmethod
    def c(cls):
        return super().c()
