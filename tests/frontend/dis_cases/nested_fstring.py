width = 10
s = f"{value:{width}.{2}f}"
t = f"{a}{b}{c}"
u = f"{x!s}{y!a}"
