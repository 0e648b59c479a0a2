g = (x for x in range(5))
sum(x * x for x in range(10))
