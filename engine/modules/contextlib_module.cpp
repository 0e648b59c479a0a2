// The contextlib module: CPython 3.11.7's Lib/contextlib.py (generated at build time from the installed
// Lib/ and frozen/contextlib.py.patch), compiled by our front end and loaded as CPython's startup has it.
#include "modules/module_registry.h"
#include "modules/source_module.h"

namespace hs {

namespace {

// The reference interpreter's path (facts §0), shown in tracebacks through contextlib's frames.
constexpr std::string_view kContextlibFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/contextlib.py";

const char kContextlibSource[] =
#include "modules/frozen/contextlib_py.inc" // generated: see engine/CMakeLists.txt
    ;

} // namespace

// contextlib is imported by CPython's site/startup, so its objects never count as the program's.
Object* createContextlibModule(Interpreter& interp) {
    return execSourceModule(interp, "contextlib", kContextlibFile, kContextlibSource, SourceModuleKind::kPreloaded, {});
}

std::string_view contextlibModuleSource(std::string_view filename) {
    if (filename != kContextlibFile) return {};
    std::string_view text = kContextlibSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
