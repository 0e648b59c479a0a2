// Heapscope front end: UTF-8 decoding/encoding and Unicode class lookup.
// Lookup is a binary search over the generated run table with an ASCII fast path.
#include "frontend/unicode.h"

namespace hs::frontend {

CharClass charClass(char32_t c)
{
    if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return CharClass::IdStart;
        if (c >= '0' && c <= '9') return CharClass::IdContinue;
        if (c < 32 || c == 127) return CharClass::NonPrintable;
        return CharClass::Printable;
    }
    if (c > 0x10FFFF) return CharClass::NonPrintable;
    std::size_t count = 0;
    const std::uint32_t* runs = unicodeRunTable(count);
    std::size_t lo = 0, hi = count; // invariant: runs[lo].start <= c < runs[hi].start
    while (hi - lo > 1) {
        std::size_t mid = (lo + hi) / 2;
        if ((runs[mid] >> 2) <= c) lo = mid;
        else hi = mid;
    }
    return static_cast<CharClass>(runs[lo] & 3);
}

char32_t decodeUtf8(std::string_view s, std::size_t& i)
{
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b0 = byte(i);
    if (b0 < 0x80) { ++i; return b0; }
    int need;
    char32_t cp;
    char32_t lowest;
    if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; lowest = 0x80; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; cp = b0 & 0x0F; lowest = 0x800; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; cp = b0 & 0x07; lowest = 0x10000; }
    else { ++i; return 0xFFFD; }
    std::size_t j = i + 1;
    for (int k = 0; k < need; ++k, ++j) {
        if (j >= s.size() || (byte(j) & 0xC0) != 0x80) { i = j; return 0xFFFD; }
        char32_t next = (cp << 6) | (byte(j) & 0x3F);
        // Reject overlong / out-of-range prefixes at the second byte, as maximal subparts.
        if (k == 0 && need >= 2 && ((next << (6 * (need - 1))) < lowest || (next << (6 * (need - 1))) > 0x10FFFF)) {
            i = j;
            return 0xFFFD;
        }
        cp = next;
    }
    i = j;
    return cp;
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

int charCount(std::string_view s, std::size_t byteCount)
{
    if (byteCount > s.size()) byteCount = s.size();
    int n = 0;
    for (std::size_t k = 0; k < byteCount; ++k)
        if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) ++n;
    return n;
}

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) { ++i; continue; }
        std::size_t start = i;
        char32_t c = decodeUtf8(s, i);
        if (c == 0xFFFD && !(i - start == 3 && static_cast<unsigned char>(s[start]) == 0xEF)) return false;
        if (c >= 0xD800 && c <= 0xDFFF) return false;
    }
    return true;
}

} // namespace hs::frontend
