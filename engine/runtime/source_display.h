// The source line and its error-location carets under a traceback entry (Python/traceback.c's
// display_source_line_with_margin, extract_anchors_from_line and print_error_location_carets, 3.11).
#pragma once

#include <string>
#include <string_view>

namespace hs {

struct CodeObject;

// "    <line without indentation>\n" plus, when the failing instruction covers only part of the
// line, the caret line ("    ~~~~^^^^\n"). `source` is the whole file; lasti is the byte offset of
// the instruction in co. Empty when the line does not exist.
std::string displaySourceLine(const CodeObject* co, std::string_view source, int lineno, int lasti);

} // namespace hs
