# Encoding and decoding errors: ascii, latin-1, utf-8 and the error handlers.
# %%
"café".encode("ascii")
# %%
"naïve café".encode("ASCII")
# %%
"€uro".encode("latin-1")
# %%
"日本".encode("iso-8859-1")
# %%
print("café".encode("utf-8"), "café".encode("latin1"), "abc".encode("us-ascii"))
print("café".encode("ascii", "ignore"), "café".encode("ascii", "replace"))
print("café €".encode("ascii", "backslashreplace"), "café €".encode("ascii", "xmlcharrefreplace"))
print("€".encode("latin-1", errors="replace"), "x\U0001f600".encode("ascii", "backslashreplace"))
# %%
b"caf\xc3\xa9".decode("ascii")
# %%
data = b"caf\xe9"
print(data.decode("latin-1"), data.decode("ascii", "replace"), data.decode("ascii", "ignore"))
print(data.decode("utf-8", "replace"), data.decode("utf-8", "backslashreplace"))
print(repr(data.decode("utf-8", "surrogateescape")))
# %%
data.decode("utf-8")
# %%
b"\xe2\x82".decode("utf-8")
# %%
b"ok \xff\xfe end".decode("utf8", "replace")
# %%
"x".encode("klingon")
# %%
b"x".decode("klingon")
# %%
"é".encode("ascii", "bogus")
# %%
print("a".encode("ascii", "bogus"))
# %%
try:
    "añb".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"a\xffb".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
# %%
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), bytes("café", "latin-1"))
# %%
str(b"caf\xe9", "ascii")
# %%
bytes("café", "ascii")
# %%
bytearray(b"\xff").decode("ascii")
# %%
print(bytearray(b"abc").decode("ascii"), len("héllo".encode()), len("héllo".encode("latin-1")))
# %%
"x".encode(5)
# %%
print(b"\xed\xa0\x80".decode("utf-8", "replace"))
# %%
"\ud800".encode("utf-8")
