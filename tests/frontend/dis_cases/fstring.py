name = "x"
s = f"hello {name}!"
t = f"{name!r:>10} and {1+2}"
u = f"{name=}"
