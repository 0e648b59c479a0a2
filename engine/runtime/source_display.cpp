// Source lines with 3.11's caret indicators in tracebacks: the error's column range from the code
// object's positions, widened by the anchors of a binary operator or a subscript.
#include "runtime/source_display.h"

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "vm/code_object.h"

#include <vector>

namespace hs {

namespace {

constexpr int kSourceLineIndent = 4; // _TRACEBACK_SOURCE_LINE_INDENT

bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

// _PyPegen_byte_offset_to_character_offset for UTF-8 text (clamped to the text).
std::int64_t charOffset(std::string_view text, std::int64_t byteOffset) {
    if (byteOffset > static_cast<std::int64_t>(text.size())) byteOffset = static_cast<std::int64_t>(text.size());
    std::int64_t chars = 0;
    for (std::int64_t i = 0; i < byteOffset; ++i)
        if ((static_cast<unsigned char>(text[static_cast<std::size_t>(i)]) & 0xC0) != 0x80) ++chars;
    return chars;
}

// The substring of `text` from character start to character end, as UTF-8.
std::string charSubstring(std::string_view text, std::int64_t start, std::int64_t end) {
    std::string out;
    std::int64_t ch = -1;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++ch;
        if (ch >= start && ch < end) out += c;
    }
    return out;
}

// extract_anchors_from_expr: byte offsets inside the segment; false = no anchors.
bool anchorsFromExpr(const std::string& segment, const frontend::ast::Expr* e, std::int64_t& left, std::int64_t& right) {
    using namespace frontend::ast;
    if (e->kind == ExprKind::BinOp) {
        const auto& b = e->as<BinOp>();
        for (int i = b.left->endColOffset; i < b.right->colOffset; ++i) {
            if (isWhitespace(segment[static_cast<std::size_t>(i)])) continue;
            left = i;
            right = i + 1;
            if (i + 1 < b.right->colOffset && !isWhitespace(segment[static_cast<std::size_t>(i + 1)])) ++right;
            break;
        }
        return true;
    }
    if (e->kind == ExprKind::Subscript) {
        const auto& s = e->as<Subscript>();
        left = s.value->endColOffset;
        right = s.slice->endColOffset + 1;
        return true;
    }
    return false;
}

} // namespace

std::string displaySourceLine(const CodeObject* co, std::string_view source, int lineno, int lasti) {
    if (lineno < 1) return {};
    std::size_t pos = 0;
    for (int i = 1; i < lineno; ++i) {
        pos = source.find('\n', pos);
        if (pos == std::string_view::npos) return {};
        ++pos;
    }
    if (pos >= source.size()) return {};
    std::size_t end = source.find('\n', pos);
    if (end == std::string_view::npos) end = source.size();
    const std::string_view line = source.substr(pos, end - pos);
    std::size_t indentChars = 0;
    while (indentChars < line.size() && (line[indentChars] == ' ' || line[indentChars] == '\t' || line[indentChars] == '\f'))
        ++indentChars;
    std::string out(kSourceLineIndent, ' ');
    out.append(line.substr(indentChars));
    out += '\n';
    if (co == nullptr) return out;

    const std::vector<SourcePosition> positions = co->positions();
    const std::size_t unit = static_cast<std::size_t>(lasti / 2);
    if (lasti < 0 || unit >= positions.size()) return out;
    const SourcePosition p = positions[unit];
    if (p.line < 0 || p.endLine < 0 || p.col < 0 || p.endCol < 0) return out;
    const std::int64_t lineChars = charOffset(line, static_cast<std::int64_t>(line.size()));
    const std::int64_t truncation = static_cast<std::int64_t>(indentChars) - kSourceLineIndent;
    std::int64_t startOffset = charOffset(line, p.col);
    std::int64_t endOffset = charOffset(line, p.endCol);
    std::int64_t leftEnd = -1, rightStart = -1;
    bool anchored = false;
    if (p.line == p.endLine) {
        const std::string segment = charSubstring(line, startOffset, endOffset);
        frontend::ParseResult parsed = frontend::parseModule(segment);
        if (parsed.ok() && parsed.module && parsed.module->body.size() == 1) {
            const frontend::ast::Stmt* st = parsed.module->body[0];
            if (st->kind == frontend::ast::StmtKind::Expr) {
                std::int64_t l = -1, r = -1;
                if (anchorsFromExpr(segment, st->as<frontend::ast::ExprStmt>().value, l, r) && l >= 0 && r >= 0) {
                    leftEnd = charOffset(segment, l) + startOffset;
                    rightStart = charOffset(segment, r) + startOffset;
                    anchored = true;
                }
            }
        }
    } else {
        std::int64_t i = static_cast<std::int64_t>(line.size());
        while (--i >= 0)
            if (!isWhitespace(line[static_cast<std::size_t>(i)])) break;
        endOffset = i + 1;
    }
    const std::int64_t strippedLen = lineChars - truncation - kSourceLineIndent;
    if (endOffset - startOffset == strippedLen && !anchored) return out;
    std::int64_t offset = truncation;
    while (++offset <= endOffset) {
        if (offset <= startOffset) out += ' ';
        else if (anchored && leftEnd < offset && offset <= rightStart) out += '^';
        else out += anchored ? '~' : '^';
    }
    out += '\n';
    return out;
}

} // namespace hs
