# %%
import sys
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"))
print(b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b"a,b,,c".split(b","), b"a b  c ".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"  a b c  ".rsplit(None, 1), b"".split(), b"".split(b","), b"abc".split(b"x"))
print(b"x".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"1", bytearray(b"2"))))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".find(b"l", 3), b"hello".find(b"z"))
print(b"hello".index(b"e"), b"hello".rindex(b"l"), b"hello".count(b"l"), b"hello".count(b""), b"aaa".count(b"aa"))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"a.b.c".partition(b"."), b"a.b.c".rpartition(b"."), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"abc".center(9), b"abc".center(8, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"-42".zfill(6), b"7".zfill(3))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"abc".islower(), b"ABC".isupper(), b" \t".isspace(), b"Hello World".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"line1\nline2\r\nline3".splitlines(), b"a\nb\n".splitlines(keepends=True), b"a\tb".expandtabs(4))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), bytes.fromhex("de ad be ef"), bytearray.fromhex("0a0b"))
print(b"hello".startswith((b"x", b"he")), b"hello".endswith(b"lo", 0, 5), b"hello".startswith(b"ell", 1))
# %%
s = b"unchanged"
print(s.strip() is s, s.replace(b"x", b"y") is s, s.center(3) is s, s.zfill(2) is s, s.split()[0] is s, s.removeprefix(b"q") is s, s.partition(b"z")[0] is s)
print(b"".join([s]) is s, s.upper() is s, s.lower() == s)
ba = bytearray(b"a,b")
print(ba.split(b","), ba.upper(), ba.strip(b"a"), ba.partition(b","), ba.replace(b",", b";"), ba.find(b","), ba.startswith(b"a"))
print(ba.strip() is ba, type(ba.strip()).__name__)
r = b"a b c d e f g h i j k l m n".split()
print(len(r), sys.getsizeof(r), sys.getsizeof(b"x y".split()), sys.getsizeof(b"x y".split(maxsplit=1)))
# %%
for expr in ['b"abc".find("a")', 'b"abc".split("b")', 'b"abc".split(b"")', 'b"a".join(["x"])', 'b"abc".center(5, "*")',
             'b"abc".index(b"z")', 'b"abc".find(300)', 'bytes.fromhex("zz")', 'b"abc".strip("a")', 'b"abc".replace("a", b"b")',
             'b"abc".startswith("a")', 'b"abc".count()', 'b"abc".partition(b"")']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
for expr in ['b"abc".count(1, 2, 3, 4)', 'b"abc".startswith()', 'b"abc".strip(b"a", b"b")', 'b"abc".replace(b"a")', 'b"abc".center()',
             'b"abc".zfill("3")', 'b"abc".split(maxsplit="1")', 'bytearray(b"ab").find(b"b", None, None)', 'b"abc".startswith((b"a", "b"))',
             'b"abc".splitlines(True, 1)', 'bytes.fromhex(1)', 'bytes.fromhex("abc")']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
# %%
# METH_VARARGS methods (find, count, startswith...) pack an args tuple per call; the others do not.
import gc
res = []
def probe(name, fn):
    gc.collect()
    a = gc.get_count()[0]
    fn()
    b = gc.get_count()[0]
    fn()
    c = gc.get_count()[0]
    res.append((name, b - a, c - b))
data = b"k1=v1;k2=v2"
probe('find', lambda: data.find(b"="))
probe('rfind', lambda: data.rfind(b"=", 2))
probe('count', lambda: data.count(b"k"))
probe('endswith', lambda: data.endswith(b"v2"))
probe('split', lambda: data.split(b";"))
probe('partition', lambda: data.partition(b"="))
probe('strip', lambda: data.strip(b"k"))
probe('ba.find', lambda: bytearray(data).find(b"="))
print(res)
