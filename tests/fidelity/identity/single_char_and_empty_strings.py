# The empty string and one-character Latin-1 strings from run time operations are cached.
# %%
s = 'abc'
print(s[0] is s[0], s[0] is 'abcd'[0])
print(chr(97) is chr(97))
print(''.join([]) is '', str() is '', s[3:] is '')
print(chr(300) is chr(300))
