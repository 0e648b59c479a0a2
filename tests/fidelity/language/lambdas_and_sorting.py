# Lambdas as sort keys; stable sorting; sorted with reverse.
# %%
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
nums = [5, 2, 9, 1]
nums.sort()
print(nums, (lambda x, y=2: x ** y)(3), (lambda *a: a)(1, 2))
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted([3, 1, 2], reverse=True))
