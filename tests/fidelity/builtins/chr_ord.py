# chr and ord round trip over ASCII, Latin-1 and beyond.
# %%
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('\xe9'), ord('\u20ac'), ord('\U0001F600'))
print(chr(65), chr(97), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(127)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
# %%
ord('ab')
