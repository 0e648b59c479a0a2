class B(A):
    def __init__(self, v):
        super().__init__()
        self.v = v
    def get(self):
        return __class__
