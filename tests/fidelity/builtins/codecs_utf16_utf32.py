# str memory vs its encodings: utf-16 and utf-32 (BOM, byte orders, surrogate pairs, errors).
import sys
for s in ["", "abc", "héllo", "€uro", "😀 ok"]:
    print(f"{s!r:10}", [len(s.encode(e)) for e in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")])
print("a😀".encode("utf-16"), "a😀".encode("UTF-16-BE"), "a€".encode("u32"), "é".encode("utf_32be"))
print(sys.getsizeof("x".encode("utf-16")), sys.getsizeof("x".encode("utf-32")))
# %%
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    data = "naïve 😀".encode(enc)
    print(enc, data.decode(enc), str(data, enc) == "naïve 😀", len(data))
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"), repr(b"".decode("utf-16")), repr(b"\xff\xfe".decode("utf-16")))
# %%
bad = [b"a\x00b", b"\x00\xdc", b"\x00\xd8", b"\x00\xd8a\x00", b"a\x00\x00\x00\x00", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00"]
for data in bad:
    for enc in ("utf-16-le", "utf-32-le"):
        try:
            print(repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e.encoding, e.start, e.end, e.reason)
        print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")), repr(data.decode(enc, "backslashreplace")))
# %%
lone = "a\ud800b\udc00"
for enc in ("utf-16", "utf-32-be"):
    try:
        lone.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(e.encoding, e.start, e.end)
    for handler in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        print(handler, lone.encode(enc, handler))
try:
    "\udc80".encode("utf-16", "surrogateescape")
except UnicodeEncodeError as e:
    print(e)
b"\x00\xdc".decode("utf-16-be")
