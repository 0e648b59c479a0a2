// Heapscope shell: the cell file format of GUIDE §2 as the notebook edits it: cells separated by
// lines starting with "# %%" (the percent format), parsed into editable cells and written back.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace heapscope::ui {

struct CellText {
    std::string header = "# %%"; // the separator line, e.g. "# %%" or "# %% [markdown]"
    std::string body;            // the cell's source, without trailing newlines
};

// Splits a cell file into cells. Unlike the runner, blank cells are kept (the user may have just
// added one); text before the first separator becomes a cell of its own when it is not blank.
// "\r\n" and "\r" line ends become "\n".
std::vector<CellText> parseCellFile(std::string_view text);

// Writes cells back: each separator line, the body, a newline, and a blank line between cells.
// parseCellFile(formatCellFile(cells)) gives the same cells back.
std::string formatCellFile(const std::vector<CellText>& cells);

// How many cells the engine's runner makes of `text` (it drops blank cells, as cpython_cells.py
// does): a notebook cell holding a "# %%" line of its own counts as several.
std::size_t runnableCellCount(std::string_view text);

} // namespace heapscope::ui
