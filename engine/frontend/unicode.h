// Heapscope front end: UTF-8 helpers and the Unicode character classes CPython's tokenizer uses.
// Classes come from the generated table in unicode_tables.cpp (Unicode 14.0.0, as Python 3.11).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hs::frontend {

enum class CharClass : std::uint8_t {
    Printable = 0,    // printable, not an identifier character
    IdStart = 1,      // XID_Start or '_' (also continues an identifier)
    IdContinue = 2,   // XID_Continue but not XID_Start
    NonPrintable = 3, // str.isprintable() is False
};

CharClass charClass(char32_t c);
inline bool isIdStart(char32_t c) { return charClass(c) == CharClass::IdStart; }
inline bool isIdContinue(char32_t c)
{
    CharClass k = charClass(c);
    return k == CharClass::IdStart || k == CharClass::IdContinue;
}
inline bool isPrintable(char32_t c) { return charClass(c) != CharClass::NonPrintable; }

// Decodes one code point at s[i] and advances i. Malformed input yields U+FFFD and advances
// past the maximal invalid subsequence (as Python's "replace" handler). 3-byte encodings of
// surrogates are accepted (the front end stores lone surrogates that way).
char32_t decodeUtf8(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of c (surrogates encoded as 3 bytes, "generalized UTF-8").
void appendUtf8(std::string& out, char32_t c);

// Number of code points in s[0, min(byteCount, size)) counting a truncated final sequence as
// one character: CPython's _PyPegen_byte_offset_to_character_offset on valid UTF-8.
int charCount(std::string_view s, std::size_t byteCount);

// True when s is well-formed UTF-8 (surrogate encodings rejected, as CPython's decoder does).
bool isValidUtf8(std::string_view s);

// The raw run table (defined in the generated unicode_tables.cpp).
const std::uint32_t* unicodeRunTable(std::size_t& count);

} // namespace hs::frontend
