a.b.c.d
a.b().c[0].d(1, 2).e
x = self.items[index].value.attr
obj.attr = 5
obj.list[0] = 1
del obj.attr, obj.list[0]
a.b.c += 1
