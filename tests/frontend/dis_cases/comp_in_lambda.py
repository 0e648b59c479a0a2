f = lambda xs: [x for x in xs if x]
