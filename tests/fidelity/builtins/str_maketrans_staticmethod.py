# str.maketrans is a staticmethod, like bytes.maketrans (dict.fromkeys is a classmethod): its
# __self__ is None, and it is called the same way from the type or an instance.
# %%
print(type(str.__dict__['maketrans']).__name__, type(bytes.__dict__['maketrans']).__name__, type(dict.__dict__['fromkeys']).__name__)
print(str.maketrans('ab', 'xy'), ''.maketrans('a', 'b'), str.maketrans.__self__, bytes.maketrans.__self__)
print(repr(str.maketrans).split(' at ')[0])
try:
    str.maketrans('abc', 'x')
except ValueError as e:
    print('ValueError', e)
print(str.maketrans({'a': 'b', 98: None}), 'abc'.translate(str.maketrans('', '', 'b')))
