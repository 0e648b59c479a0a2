s = "héllo wörld"
t = "日本語"
u = "\u00e9"
v = "a" + "é"
