# Floats print the shortest string that round-trips.
# %%
for x in [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1.0, -0.0, 100.0, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 2.5, 1e22, 0.1 * 3]:
    print(repr(x), str(x))
# %%
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(10 / 4, 7 / 7, 2 ** -1, 3.0 * 1.1, round(2.675, 2))
