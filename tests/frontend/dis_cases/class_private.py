class P:
    __secret = 1
    def get(self):
        return self.__secret
    def __dunder__(self):
        return 2
