# Prints the generated tables of engine/objects/unicode_ctype.cpp from python3.11's str methods
# (Unicode 14.0): python3.11 tests/tools/gen_unicode_ctype_tables.py, then replace the tables in the
# file. tests/tools/gen_unicode_ctype_digest.py checks the result against every code point.

def runs_of(pred, lo=256):
    out, start = [], None
    for i in range(lo, 0x110000):
        p = pred(i)
        if p and start is None:
            start = i
        if not p and start is not None:
            out.append((start, i - 1))
            start = None
    return out

def case_runs(f):
    pairs = [(i, ord(f(chr(i))) - i) for i in range(256, 0x110000)
             if len(f(chr(i))) == 1 and f(chr(i)) != chr(i)]
    out = []
    for cp, d in pairs:
        if out:
            s, e, st, dd = out[-1]
            if dd == d and ((st == 0 and cp - e in (1, 2)) or cp - e == st):
                out[-1] = (s, cp, cp - e, d)
                continue
        out.append((cp, cp, 0, d))
    return [(s, e, st if st else 1, d) for s, e, st, d in out]

def emit(kind, name, rows, fmt, per_line, comment):
    print('// %s (%d entries)' % (comment, len(rows)))
    print('const %s %s[] = {' % (kind, name))
    for k in range(0, len(rows), per_line):
        print('    ' + ', '.join(fmt(r) for r in rows[k:k + per_line]) + ',')
    print('};')
    count = name.replace('Runs', 'RunCount').replace('Ranges', 'RangeCount').replace('Cases', 'CaseCount')
    print('const std::size_t %s = sizeof %s / sizeof %s[0];' % (count, name, name))

run_fmt = lambda r: '{0x%x, 0x%x, %d, %d}' % r
range_fmt = lambda r: '{0x%x, 0x%x}' % r

def latin1_flags():
    vals = []
    for i in range(256):
        c = chr(i)
        bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(),
                len(('a' + c + 'b').splitlines()) > 1]
        vals.append(sum(1 << k for k, b in enumerate(bits) if b))
    print('const std::uint8_t kLatin1Flags[256] = {')
    for r in range(0, 256, 16):
        print('    ' + ', '.join('0x%02x' % v for v in vals[r:r + 16]) + ',')
    print('};')

def guess_upper(i):
    c = chr(i)
    return (len(c.lower()) > 1 or c.lower() != c) and not (c.istitle() and not c.isupper())

def guess_lower(i):
    c = chr(i)
    return (len(c.upper()) > 1 or c.upper() != c) and not (c.istitle() and not c.isupper())

def xid_start(i):
    return chr(i).isidentifier() and chr(i) != '_'

def seq(s):
    v = [ord(x) for x in s] + [0] * (3 - len(s))
    return '{' + ', '.join('0x%x' % x for x in v) + '}'

latin1_flags()
emit('CaseRun', 'kUpperRuns', case_runs(str.upper), run_fmt, 4, '1:1 uppercase mappings above U+00FF')
emit('CaseRun', 'kLowerRuns', case_runs(str.lower), run_fmt, 4, '1:1 lowercase mappings above U+00FF')
emit('Range', 'kDecimalRanges', runs_of(lambda i: chr(i).isdecimal()), range_fmt, 6, 'decimal digits above U+00FF')
emit('Range', 'kDigitOnlyRanges', runs_of(lambda i: chr(i).isdigit() and not chr(i).isdecimal()), range_fmt, 6,
     'digits that are not decimal')
emit('Range', 'kOtherUpperRanges', runs_of(lambda i: chr(i).isupper() and not guess_upper(i)), range_fmt, 6,
     'uppercase letters without a lowercase mapping')
emit('Range', 'kOtherLowerRanges', runs_of(lambda i: chr(i).islower() and not guess_lower(i)), range_fmt, 6,
     'lowercase letters without an uppercase mapping')
emit('Range', 'kNumericOnlyRanges', runs_of(lambda i: chr(i).isnumeric() and not chr(i).isdigit()), range_fmt, 6,
     'numeric but not digit')
emit('Range', 'kAlphaNotIdStartRanges', runs_of(lambda i: chr(i).isalpha() and not xid_start(i)), range_fmt, 6,
     'alphabetic but not XID_Start')
emit('Range', 'kIdStartNotAlphaRanges', runs_of(lambda i: xid_start(i) and not chr(i).isalpha()), range_fmt, 6,
     'XID_Start but not alphabetic')
special = [i for i in range(256, 0x110000) if not 0xd800 <= i <= 0xdfff and
           any(len(f(chr(i))) > 1 for f in (str.upper, str.lower, str.title, str.casefold))]
emit('SpecialCase', 'kSpecialCases',
     [(i,) for i in special],
     lambda r: '{0x%x, %s, %s, %s, %s}' % (r[0], seq(chr(r[0]).upper()), seq(chr(r[0]).lower()),
                                           seq(chr(r[0]).title()), seq(chr(r[0]).casefold())),
     1, 'code points with a multi-character upper, lower, title or folded form: {cp, upper, lower, title, fold}')
folds = []
for i in range(256, 0x110000):
    c = chr(i)
    if 0xd800 <= i <= 0xdfff or len(c.casefold()) != 1 or c.casefold() == c.lower():
        continue
    d = ord(c.casefold()) - i
    if folds and folds[-1][1] == i - 1 and folds[-1][3] == d:
        folds[-1] = (folds[-1][0], i, 1, d)
    else:
        folds.append((i, i, 1, d))
emit('CaseRun', 'kFoldRuns', folds, run_fmt, 4, '1:1 case folds that differ from the lowercase mapping')
