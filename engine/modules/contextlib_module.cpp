// contextlib: CPython's own Lib/contextlib.py (frozen at build time with a small patch, see
// modules/frozen/contextlib.py.patch) run as a module preloaded at CPython's startup.
#include "modules/module_registry.h"
#include "modules/source_module.h"

#include <string_view>

namespace hs {

namespace {

// The filename the reference CPython's contextlib code objects carry (tracebacks show it).
constexpr std::string_view kContextlibFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/contextlib.py";

const char kContextlibSource[] =
#include "modules/frozen/contextlib_py.inc" // generated: see engine/CMakeLists.txt
    ;

} // namespace

Object* createContextlibModule(Interpreter& interp) {
    // Preloaded: CPython imported contextlib before the first cell, so its allocations are not
    // the program's (no gc count, no import residue).
    return execSourceModule(interp, "contextlib", kContextlibFile, kContextlibSource, SourceModuleKind::kPreloaded, {});
}

std::string_view contextlibModuleSource(std::string_view filename) {
    if (filename != kContextlibFile) return {};
    std::string_view text(kContextlibSource);
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
