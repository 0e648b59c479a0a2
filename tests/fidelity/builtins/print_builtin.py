# print with sep, end, no arguments and non-string arguments.
# %%
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' continued')
print()
print(1, 2.5, None, [1], sep='|', end='!\n')
print('multi\nline', 'x', sep='')
print(*range(4))
