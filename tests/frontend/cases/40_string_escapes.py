a = "\n\t\r\\\'\"\a\b\f\v\0"
b = "\x41\x42\u0043\U00000044\101\7"
c = b"\x00\xff\n\\\101"
d = "line one\
 continued"
e = r"\no escape \t"
f = "unknown \q escape"
g = '\N{EM DASH}'
h = "\ud800 lone surrogate"
i = """tri\
ple"""
j = "\377\400"
