# Prints the FNV-1a 64 digest of every code point's str properties and case mappings as
# python3.11 computes them; tests/unit/test_str_methods.cpp recomputes it from unicode_ctype.h.
# Line per code point: "<cp hex> <10 bits> <upper> <lower> <title> <casefold>\n", mappings as
# comma-terminated hex code points. Bits: isspace, is-linebreak (splitlines), isprintable, isupper,
# islower, titlecase letter (istitle and not isupper), isalpha, isdecimal, isdigit, isnumeric.
def fnv(data, h=0xcbf29ce484222325):
    for b in data:
        h ^= b
        h = (h * 0x100000001b3) & 0xffffffffffffffff
    return h

def hexes(s):
    return ''.join('%x,' % ord(ch) for ch in s)

h = 0xcbf29ce484222325
for cp in range(0x110000):
    c = chr(cp)
    bits = [c.isspace(), len(('a' + c + 'b').splitlines()) > 1, c.isprintable(), c.isupper(), c.islower(),
            c.istitle() and not c.isupper(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric()]
    line = '%x %s %s %s %s %s\n' % (cp, ''.join('1' if b else '0' for b in bits), hexes(c.upper()), hexes(c.lower()),
                                    hexes(c.title()), hexes(c.casefold()))
    h = fnv(line.encode(), h)
print('0x%016x' % h)
