# ZeroDivisionError messages differ for int/float division and modulo.
# %%
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: 0 ** -1]:
    try:
        expr()
    except ZeroDivisionError as e:
        print(e)
# %%
def divide(a, b):
    return a / b
divide(1, 0)
