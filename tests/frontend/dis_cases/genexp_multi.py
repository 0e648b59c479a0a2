g = (x + y for x in a for y in b if x != y)
list(g)
