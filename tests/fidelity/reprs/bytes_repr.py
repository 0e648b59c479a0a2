# bytes repr escapes non-ASCII and control bytes.
# %%
print(b'abc', b'\x00\xff\n', b"it's", b'say "hi"')
print(repr(b''), len(b'\x00\x01'))
