# enumerate with start; zip stops at the shortest input; unzip with zip(*...).
# %%
print(list(enumerate('abc')), list(enumerate(['x', 'y'], start=1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(2), range(5), 'xyz')))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(enumerate('xy')), type(enumerate([])).__name__, type(zip()).__name__)
