// Heapscope shell: the cell file format of GUIDE §2 as the notebook edits it: cells separated by
// lines starting with "# %%" (the percent format), parsed into editable cells and written back.
#include "ui/cell_file.h"

namespace heapscope::ui {
namespace {

std::string normalizeNewlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

// Python's str.strip() whitespace, as the runner's blank-cell test uses.
bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

bool isSeparator(std::string_view line) { return line.substr(0, 4) == "# %%"; }

void stripTrailingNewlines(std::string& text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
}

} // namespace

std::vector<CellText> parseCellFile(std::string_view input) {
    const std::string text = normalizeNewlines(input);
    std::vector<CellText> cells;
    CellText current;
    bool preamble = true;
    auto flush = [&]() {
        stripTrailingNewlines(current.body);
        if (!preamble || !isBlank(current.body)) cells.push_back(current);
    };
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        const std::string_view line = std::string_view(text).substr(start, end - start);
        if (isSeparator(line)) {
            flush();
            preamble = false;
            current = CellText{};
            current.header = std::string(line.substr(0, line.size() - (line.back() == '\n' ? 1 : 0)));
            while (!current.header.empty() && (current.header.back() == ' ' || current.header.back() == '\t'))
                current.header.pop_back();
        } else {
            current.body += line;
        }
        start = end;
    }
    flush();
    return cells;
}

std::string formatCellFile(const std::vector<CellText>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += '\n';
        out += isSeparator(cells[i].header) ? cells[i].header : std::string("# %%");
        out += '\n';
        std::string body = cells[i].body;
        stripTrailingNewlines(body);
        if (!body.empty()) out += body + "\n";
    }
    return out;
}

std::size_t runnableCellCount(std::string_view input) {
    const std::string text = normalizeNewlines(input);
    std::size_t count = 0;
    std::string current;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        const std::string_view line = std::string_view(text).substr(start, end - start);
        if (isSeparator(line)) {
            if (!isBlank(current)) ++count;
            current.clear();
        } else {
            current += line;
        }
        start = end;
    }
    if (!isBlank(current)) ++count;
    return count;
}

} // namespace heapscope::ui
