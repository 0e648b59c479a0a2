# IndexError messages for lists, tuples, strings, ranges and pop.
# %%
for fn in [lambda: [1][5], lambda: (1,)[-3], lambda: 'ab'[2], lambda: range(3)[3], lambda: [].pop(), lambda: [1].pop(4)]:
    try:
        fn()
    except IndexError as e:
        print(e)
# %%
items = [1, 2, 3]
items[3]
