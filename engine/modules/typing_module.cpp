// The typing module: CPython's own Lib/typing.py (3.11.7's, frozen at build time with our patch, see
// modules/frozen/), created "as if preloaded" on first import as CPython has it at startup.
#include "modules/module_registry.h"
#include "modules/source_module.h"

#include <string_view>

namespace hs {

namespace {

// The filename CPython's typing code objects carry (tracebacks name it and show its lines).
constexpr std::string_view kTypingFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/typing.py";
const char kTypingSource[] =
#include "modules/frozen/typing_py.inc" // generated: see engine/CMakeLists.txt
    ;

} // namespace

Object* createTypingModule(Interpreter& interp) {
    return execSourceModule(interp, "typing", kTypingFile, kTypingSource, SourceModuleKind::kPreloaded, {});
}

std::string_view typingModuleSource(std::string_view filename) {
    if (filename != kTypingFile) return {};
    std::string_view text = kTypingSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
