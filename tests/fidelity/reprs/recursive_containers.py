# Self-containing containers print [...] and {...}.
# %%
a = [1]
a.append(a)
print(a)
d = {'x': 1}
d['self'] = d
print(d)
# %%
b = [1, [2]]
b[1].append(b)
print(b, b[1])
t = ([],)
t[0].append(t)
print(t)
# %%
m = {'k': []}
m['k'].append(m)
m
