// Unicode character properties and full case mappings used by str (Objects/unicodectype.c of 3.11):
// Py_UNICODE_ISSPACE, ISLINEBREAK, ISPRINTABLE, ISUPPER/ISLOWER/ISTITLE, ISALPHA, digits, To*Full.
#pragma once

namespace hs::unicode {

// Exact below U+0100 and for isPrintable (Unicode 14.0); see unicode_ctype.cpp for what is
// covered beyond Latin-1.
bool isSpace(char32_t c);     // Py_UNICODE_ISSPACE (str.split(), strip())
bool isLinebreak(char32_t c); // Py_UNICODE_ISLINEBREAK (str.splitlines())
bool isPrintable(char32_t c); // Py_UNICODE_ISPRINTABLE (repr)
bool isUpper(char32_t c);
bool isLower(char32_t c);
bool isTitle(char32_t c);
bool isCased(char32_t c);
bool isCaseIgnorable(char32_t c);
bool isAlpha(char32_t c);
bool isDecimal(char32_t c);
bool isDigit(char32_t c);
bool isNumeric(char32_t c);

// _PyUnicode_To{Upper,Lower,Title,Folded}Full: writes 1..3 code points to out, returns the count.
int toUpperFull(char32_t c, char32_t* out);
int toLowerFull(char32_t c, char32_t* out);
int toTitleFull(char32_t c, char32_t* out);
int toFoldedFull(char32_t c, char32_t* out);

} // namespace hs::unicode
