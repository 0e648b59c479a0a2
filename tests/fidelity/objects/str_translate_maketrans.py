# str.translate / str.maketrans: mapping lookups, deletions, insertions and their errors
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "hello".translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({'a': '1', 98: None}), "abc".translate(str.maketrans({'a': '1', 98: None})))
for bad in ['str.maketrans("ab", "c")', 'str.maketrans(1)', 'str.maketrans({"ab": 1})', 'str.maketrans({1.5: 1})', '"a".translate({97: 1.5})', '"a".translate({97: -1})', 'str.maketrans()', 'str.maketrans(1, "a")']:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print("a".maketrans("a", "b"))
