s = "%s and %r" % (a, b)
t = "%d" % (x,)
u = "%-5s|" % (y,)
