# Comprehensions run in their own scope; their loop variable never leaks.
# %%
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
# %%
print({k: v for k, v in zip("abc", range(3))})
print({c for c in "hello"} == set("hello"))
print(sorted({n % 3 for n in range(10)}))
gen = (i * 2 for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
# %%
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
# %%
class K:
    y = 5
    values = [y for _ in range(2)] if False else None
    try:
        data = [y * i for i in range(3)]
    except NameError as e:
        print("NameError:", e)
# %%
total = 0
[total := total + n for n in range(5)]
print(total)
