name = "world"
width = 10
a = f"hello {name}!"
b = f'{name!r} {name!s} {name!a}'
c = f"{3.14159:.2f} {width:>{width}} {name:{width}.{2}}"
d = f"{name=} {width = } {name=!s} {width=:5}"
e = F"{{literal braces}} {name}"
f = rf"\d {name}" + fr'{name}\n' + Rf"{name}"
g = f"{'nested'} {f'{name}'}"
h = f"""multi
line {name}
{width
 + 1}"""
i = f"{x for x in range(3)}" if False else f"{[x for x in range(3)]}"
j = f"prefix" f"{name}" "suffix"
k = f"{name['key'] if isinstance(name, dict) else name}"
l = f"{a!r:>20}"
m = f''
n = f'{{}}'
o = f"{ name }"
p = f"{a:{b}{c}}"
