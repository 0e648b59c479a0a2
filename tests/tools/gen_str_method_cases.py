# Generates the CHECK lines of tests/unit/test_str_methods.cpp from python3.11's own results:
#   python3.11 tests/tools/gen_str_method_cases.py  (paste between the 'generated' markers; each
#   group becomes one TEST_CASE so the test file compiles quickly)
import sys
def cstr(s):
    out = '"'
    prev_hex = False
    for b in s.encode('utf-8', 'surrogatepass'):
        c = chr(b)
        if b < 0x20 or b >= 0x7f:
            out += '\\x%02x' % b; prev_hex = True; continue
        if prev_hex and c in '0123456789abcdefABCDEF':
            out += '" "'
        prev_hex = False
        if c in '"\\': out += '\\' + c
        else: out += c
    return out + '"'
def fill(fmt, args, cpp):
    if cpp:
        return fmt.format(*['S(%s)' % cstr(a) for a in args])
    return fmt.format(*[repr(a) for a in args])
def pyrepr(v):
    if isinstance(v, bool): return 'True' if v else 'False'
    return repr(v) if not isinstance(v, int) else str(v)
lines = []
def group(name):
    lines.append('@GROUP ' + name)
def case(cpp, py, *args, wrap='R'):
    v = eval(fill(py, args, False))
    lines.append('    CHECK(%s(%s) == %s); // %s' % (wrap, fill(cpp, args, True), cstr(pyrepr(v)), ascii(fill(py, args, False))))
def err(cpp, py, *args):
    try:
        eval(fill(py, args, False)); raise SystemExit('no error: ' + py)
    except Exception as e:
        msg = '%s: %s' % (type(e).__name__, e)
    lines.append('    CHECK(E(%s) == %s); // %s' % (fill(cpp, args, True), cstr(msg), ascii(fill(py, args, False))))
N = 'I.none'
# split / rsplit
group('split, rsplit, splitlines')
for s in ['a b  c', ' a b ', '', '   ', 'x\x1cy', '\xe9 b', 'one']:
    case('strSplit(I, {0})', '{0}.split()', s)
    case('strRSplit(I, {0})', '{0}.rsplit()', s)
case('strSplit(I, {0}, nullptr, 1)', '{0}.split(None, 1)', ' a b c ')
case('strRSplit(I, {0}, nullptr, 1)', '{0}.rsplit(None, 1)', ' a b c ')
for s, sep in [('a,b,,c', ','), ('a::b::c', '::'), ('abc', 'abcd'), ('', ','), (',a,', ','), ('\u20ac a \u20ac', ' '), ('aXbXc', 'X'), ('a\U0001F600b', '\U0001F600')]:
    case('strSplit(I, {0}, {1})', '{0}.split({1})', s, sep)
    case('strRSplit(I, {0}, {1})', '{0}.rsplit({1})', s, sep)
    case('strSplit(I, {0}, {1}, 1)', '{0}.split({1}, 1)', s, sep)
    case('strRSplit(I, {0}, {1}, 1)', '{0}.rsplit({1}, 1)', s, sep)
for s in ['a\nb\r\nc\rd', 'a\nb\n', '', 'x\x0by\x85z\u2028w', 'no breaks']:
    case('strSplitlines(I, {0})', '{0}.splitlines()', s)
    case('strSplitlines(I, {0}, true)', '{0}.splitlines(True)', s)
# strip
group('strip')
for s in ['  hi  ', '\u3000hi\xa0', 'hi', '   ', '\t\nx \x1f']:
    case('strStrip(I, {0})', '{0}.strip()', s)
    case('strLStrip(I, {0})', '{0}.lstrip()', s)
    case('strRStrip(I, {0})', '{0}.rstrip()', s)
case('strStrip(I, {0}, {1})', '{0}.strip({1})', 'xxhixx', 'x')
case('strStrip(I, {0}, {1})', '{0}.strip({1})', 'abcba', 'cab')
case('strLStrip(I, {0}, {1})', '{0}.lstrip({1})', '\u20ac\u20acx', '\u20ac')
case('strRStrip(I, {0}, {1})', '{0}.rstrip({1})', 'x..', '.')
# replace
group('replace')
for s, a, b in [('aaa', 'a', 'b'), ('hello', 'l', ''), ('abc', '', '-'), ('a\u20acb', '\u20ac', 'e'), ('abab', 'ab', 'xyz'),
                ('\xe9t\xe9', '\xe9', 'e'), ('abc', 'x', 'y'), ('aaaa', 'aa', 'a'), ('a-b', '-', '\U0001F600')]:
    case('strReplace(I, {0}, {1}, {2})', '{0}.replace({1}, {2})', s, a, b)
    case('strReplace(I, {0}, {1}, {2}, 1)', '{0}.replace({1}, {2}, 1)', s, a, b)
# case mapping
group('case mapping')
for s in ['Hello World', 'stra\xdfe', '\u039f\u0394\u039f\u03a3', 'hello wORLD', "they're bill's", '\xe9\xc9', '\u01c6a', '\u0130', '', 'ABC', '\xb5\xff',
          '\ufb01x \u1fb3', '\u03a3\u0391\u03a3 \u03a3', '\u13a0\u13a1', '\u10d0\u10d1', 'caf\xe9 \U0001F600 ok']:
    for m in ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'casefold']:
        case('str%s(I, {0})' % m.capitalize(), '{0}.%s()' % m, s)
# starts/ends
group('startswith, endswith, find, count')
for s, p in [('hello', 'he'), ('hello', 'lo'), ('', ''), ('h\xe9', '\xe9'), ('ab', '\u20ac')]:
    case('strStartsWith(I, {0}, {1})', '{0}.startswith({1})', s, p, wrap='B')
    case('strEndsWith(I, {0}, {1})', '{0}.endswith({1})', s, p, wrap='B')
case('strStartsWith(I, {0}, {1}, 2)', '{0}.startswith({1}, 2)', 'hello', 'l', wrap='B')
case('strEndsWith(I, {0}, {1}, 0, 4)', '{0}.endswith({1}, 0, 4)', 'hello', 'l', wrap='B')
case('strStartsWith(I, {0}, T({1}, {2}).get())', '{0}.startswith(({1}, {2}))', 'hello', 'x', 'h', wrap='B')
case('strEndsWith(I, {0}, T({1}, {2}).get())', '{0}.endswith(({1}, {2}))', 'hello', 'x', 'y', wrap='B')
# find family
for s, sub, st, en in [('hello', 'l', 0, None), ('hello', 'z', 0, None), ('hello', '', 10, None), ('hello', '', 5, None), ('hello', 'l', -2, None),
                       ('hello', 'lo', 0, 4), ('h\u20acllo', 'l', 0, None), ('\u20ac\u20ac', '\u20ac', 1, None), ('abc', '\u20ac', 0, None), ('aaaa', 'aa', 0, None), ('', '', 0, None)]:
    en_c = 'INT64_MAX' if en is None else str(en)
    en_p = 'None' if en is None else str(en)
    for cfn, pfn in [('strFind', 'find'), ('strRFind', 'rfind'), ('strCount', 'count')]:
        case('N(%s(I, {0}, {1}, %d, %s))' % (cfn, st, en_c), '{0}.%s({1}, %d, %s)' % (pfn, st, en_p), s, sub, wrap='')
# predicates
group('predicates')
preds = ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable']
lines.append('    // One character per predicate: ' + ', '.join(preds) + ' (1 = True).')
lines.append('    const PredicateCase cases[] = {')
for s in ['123', '\xb2', '\xbd', '\u0661\u0662', 'abc', '\xe9', 'ab1', ' \t\n', '', 'ABC', 'AbC', 'abc1', 'Hello World', 'Hello world',
          '_a1', '1a', '\u01c5', 'a\tb', '\u20ac', '\U0001F600', 'A1', '\u00aa', '\u2167', '\u4e00\u4e8c', '\u2460', '\U0001D400']:
    bits = ''.join('1' if getattr(s, m)() else '0' for m in preds)
    lines.append('        {%s, "%s"}, // %s' % (cstr(s), bits, ascii(s)))
lines.append('    };')
lines.append('    for (const PredicateCase& c : cases) CHECK(predicateBits(S(c.text)) == c.bits);')
# padding
group('padding, partition, prefixes, join')
for s, w, f in [('ab', 7, '*'), ('ab', 6, ' '), ('abc', 6, ' '), ('abc', 2, ' '), ('ab', 5, '\u20ac')]:
    case("strCenter(I, {0}, %d, U'\\x%x')" % (w, ord(f)), '{0}.center(%d, %r)' % (w, f), s)
    case("strLJust(I, {0}, %d, U'\\x%x')" % (w, ord(f)), '{0}.ljust(%d, %r)' % (w, f), s)
    case("strRJust(I, {0}, %d, U'\\x%x')" % (w, ord(f)), '{0}.rjust(%d, %r)' % (w, f), s)
for s, w in [('-42', 6), ('+7', 4), ('42', 1), ('', 3), ('\xe9', 3)]:
    case('strZfill(I, {0}, %d)' % w, '{0}.zfill(%d)' % w, s)
# partition / prefixes
for s, sep in [('a=b=c', '='), ('abc', 'x'), ('a', 'abc'), ('\u20acx\u20ac', 'x'), ('k: v', ': ')]:
    case('strPartition(I, {0}, {1})', '{0}.partition({1})', s, sep)
    case('strRPartition(I, {0}, {1})', '{0}.rpartition({1})', s, sep)
for s, p in [('prefix_x', 'prefix_'), ('abc', 'x'), ('abc', 'abc'), ('abc', '')]:
    case('strRemovePrefix(I, {0}, {1})', '{0}.removeprefix({1})', s, p)
    case('strRemoveSuffix(I, {0}, {1})', '{0}.removesuffix({1})', s, p)
# join
case('strJoin(I, {0}, L({1}, {2}, {3}).get())', '{0}.join([{1}, {2}, {3}])', ', ', 'a', 'b', 'c')
case('strJoin(I, {0}, L({1}, {2}).get())', '{0}.join([{1}, {2}])', '\u20ac', 'a', 'b')
case('strJoin(I, {0}, L({1}, {2}).get())', '{0}.join([{1}, {2}])', '', '\xe9', 'x')
case('strJoin(I, {0}, T({1}).get())', '{0}.join(({1},))', '-', 'x')
case('strJoin(I, {0}, L().get())', '{0}.join([])', '-')
# sequence operations
group('sequence operations')
case('strRepeat(I, {0}, 3)', '{0} * 3', 'ab')
case('strRepeat(I, {0}, 2)', '{0} * 2', '\xe9\u20ac')
case('strRepeat(I, {0}, -1)', '{0} * -1', 'ab')
case('strConcat(I, {0}, {1})', '{0} + {1}', 'ab', '\U0001F600')
case('strGetItem(I, {0}, -1)', '{0}[-1]', 'abc')
case('strGetItem(I, {0}, 1)', '{0}[1]', 'a\u20ac')
case('strSubscriptSlice(I, {0}, INT64_MAX, INT64_MIN, -1)', '{0}[::-1]', 'h\xe9llo')
case('strSubscriptSlice(I, {0}, 1, 3, 1)', '{0}[1:3]', 'h\xe9llo')
case('strSubscriptSlice(I, {0}, 0, INT64_MAX, 2)', '{0}[::2]', '\u20acuro')
case('strSubscriptSlice(I, {0}, -2, INT64_MAX, 1)', '{0}[-2:]', 'a\U0001F600b')
case('strEncodeUtf8(I, {0})', '{0}.encode()', '\xe9\u20ac\U0001F600')
case('strEncodeUtf8(I, {0})', '{0}.encode()', 'abc')
case('strContains(I, {0}, {1})', '{1} in {0}', 'hello', 'ell', wrap='B')
case('strContains(I, {0}, {1})', '{1} in {0}', 'hello', '', wrap='B')
case('strContains(I, {0}, {1})', '{1} in {0}', 'h\u20ac', '\u20ac', wrap='B')
case('strContains(I, {0}, {1})', '{1} in {0}', 'abc', '\u20ac', wrap='B')
# errors
group('errors')
err('strGetItem(I, {0}, 5)', '{0}[5]', 'abc')
err('strConcat(I, {0}, I.smallInt(1))', '{0} + 1', 'a')
err('RI(strContains(I, {0}, I.smallInt(1)))', '1 in {0}', 'a')
err('strSplit(I, {0}, {1})', '{0}.split({1})', 'a', '')
err('strSplit(I, {0}, I.smallInt(1))', '{0}.split(1)', 'a')
err('RI(strFind(I, {0}, I.smallInt(1)), -2)', '{0}.find(1)', 'a')
err('RI(strIndex(I, {0}, {1}))', '{0}.index({1})', 'abc', 'z')
err('RI(strStartsWith(I, {0}, I.smallInt(1)))', '{0}.startswith(1)', 'a')
err('RI(strEndsWith(I, {0}, T2(I.smallInt(1)).get()))', '{0}.endswith((1,))', 'a')
err('strStrip(I, {0}, I.smallInt(1))', '{0}.strip(1)', 'a')
err('strRStrip(I, {0}, I.smallInt(1))', '{0}.rstrip(1)', 'a')
err('strFromOrdinal(I, 0x110000)', 'chr(0x110000)')
err('strPartition(I, {0}, {1})', '{0}.partition({1})', 'a', '')
err('strReplace(I, {0}, I.smallInt(1), {1})', '{0}.replace(1, {1})', 'a', 'b')
err('strJoin(I, {0}, L({1}, I.smallInt(1)).get())', '{0}.join([{1}, 1])', ',', 'a')
err('strEncodeUtf8(I, {0})', '{0}.encode()', 'ab\ud800\udc00x')
err('newStrFromUtf8(I, "a\\xc3")', 'bytes.fromhex("61c3").decode()')
out = []
for line in lines:
    if line.startswith('@GROUP '):
        if out: out.append('}\n')
        out.append('TEST_CASE_FIXTURE(Fixture, "str methods agree with python3.11: %s") {' % line[7:])
    else:
        out.append(line)
out.append('}')
print('\n'.join(out))
