if (n := len(a)) > 10:
    print(n)
[y for x in data if (y := f(x))]
