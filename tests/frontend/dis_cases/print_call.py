print("hello", 1, 2)
print(x, sep="-")
