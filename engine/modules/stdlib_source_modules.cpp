// Standard-library modules running CPython 3.11.7's own Lib/ sources (frozen at build time, see engine/CMakeLists.txt):
// heapq, dataclasses, pprint, timeit, textwrap, numbers, fractions, statistics, tracemalloc, __future__ (imported), bisect, enum,
// reprlib, _sitebuiltins, copyreg (preloaded), copy (imported).
#include "modules/module_registry.h"
#include "modules/source_module.h"

namespace hs {

namespace {

// The reference interpreter's paths, shown in tracebacks through these modules' frames.
constexpr std::string_view kHeapqFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py";
constexpr std::string_view kBisectFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/bisect.py";
constexpr std::string_view kEnumFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/enum.py";
constexpr std::string_view kDataclassesFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/dataclasses.py";
constexpr std::string_view kReprlibFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/reprlib.py";
constexpr std::string_view kPprintFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/pprint.py";
constexpr std::string_view kTimeitFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/timeit.py";
constexpr std::string_view kNumbersFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/numbers.py";
constexpr std::string_view kTextwrapFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/textwrap.py";
constexpr std::string_view kFractionsFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/fractions.py";
constexpr std::string_view kStatisticsFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/statistics.py";
constexpr std::string_view kTracemallocFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/tracemalloc.py";
constexpr std::string_view kFutureFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/__future__.py";
constexpr std::string_view kCopyregFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/copyreg.py";
constexpr std::string_view kCopyFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/copy.py";
// Frozen into CPython 3.11 (tracebacks name it so and show no source line for its frames).
constexpr std::string_view kSitebuiltinsFile = "<frozen _sitebuiltins>";

// Their `from _heapq import *` / `from _bisect import *` fail with ImportError, so the pure-Python
// definitions stay: CPython's C accelerators run the same algorithms with the same comparisons.
const char kHeapqSource[] =
#include "modules/frozen/heapq_py.inc" // generated
    ;
const char kBisectSource[] =
#include "modules/frozen/bisect_py.inc" // generated
    ;
// dataclasses generates __init__/__repr__/__eq__/... by exec'ing source text, as in CPython; the
// patch (frozen/dataclasses.py.patch) stands in for re, inspect and _thread line for line.
// enum: 3.11.7's text (frozen/enum.py.patch also brings Debian's 3.11.2 file up to it).
const char kEnumSource[] =
#include "modules/frozen/enum_py.inc" // generated
    ;
const char kDataclassesSource[] =
#include "modules/frozen/dataclasses_py.inc" // generated
    ;
// reprlib (preloaded by CPython) and numbers run unchanged; pprint's one re.findall is a helper
// (frozen/pprint.py.patch); timeit's patch brings Debian's 3.11.2 text to 3.11.7's lines.
const char kReprlibSource[] =
#include "modules/frozen/reprlib_py.inc" // generated
    ;
const char kPprintSource[] =
#include "modules/frozen/pprint_py.inc" // generated
    ;
const char kTimeitSource[] =
#include "modules/frozen/timeit_py.inc" // generated
    ;
const char kNumbersSource[] =
#include "modules/frozen/numbers_py.inc" // generated
    ;
// tracemalloc over the C++ _tracemalloc (tracemalloc_module.cpp); its patch stands in for fnmatch,
// os.path and pickle (frozen/tracemalloc.py.patch).
const char kTracemallocSource[] =
#include "modules/frozen/tracemalloc_py.inc" // generated
    ;
// textwrap: its regular expressions are Python functions (frozen/textwrap.py.patch, checked against re).
const char kTextwrapSource[] =
#include "modules/frozen/textwrap_py.inc" // generated
    ;
// fractions and statistics: no decimal module (no value is a Decimal); fractions' string pattern
// is a Python matcher (frozen/fractions.py.patch, checked against re).
const char kFractionsSource[] =
#include "modules/frozen/fractions_py.inc" // generated
    ;
const char kStatisticsSource[] =
#include "modules/frozen/statistics_py.inc" // generated
    ;
// __future__: the _Feature records a future statement imports at run time (the compiler reads
// the statement itself, frontend/future.cpp).
const char kFutureSource[] =
#include "modules/frozen/__future___py.inc" // generated
    ;

// _sitebuiltins: site.py's Quitter (exit, quit) and _Helper (help), unchanged.
const char kSitebuiltinsSource[] =
#include "modules/frozen/_sitebuiltins_py.inc" // generated
    ;

// copyreg: object.__reduce_ex__'s Python half (_reduce_ex, __newobj__, _slotnames), unchanged.
const char kCopyregSource[] =
#include "modules/frozen/copyreg_py.inc" // generated
    ;

// copy: Lib/copy.py unchanged: its dispatch tables, __copy__/__deepcopy__, copyreg.dispatch_table,
// then x.__reduce_ex__(4) and _reconstruct, every intermediate object allocated by its own code.
const char kCopySource[] =
#include "modules/frozen/copy_py.inc" // generated
    ;

} // namespace

Object* createCopyModule(Interpreter& interp) {
    return execSourceModule(interp, "copy", kCopyFile, kCopySource, SourceModuleKind::kModule, {});
}

// copyreg is in sys.modules when the reference runner starts (site loads re, which imports it).
Object* createCopyregModule(Interpreter& interp) {
    return execSourceModule(interp, "copyreg", kCopyregFile, kCopyregSource, SourceModuleKind::kPreloaded, {});
}

Object* createSitebuiltinsModule(Interpreter& interp) {
    return execSourceModule(interp, "_sitebuiltins", kSitebuiltinsFile, kSitebuiltinsSource, SourceModuleKind::kPreloaded, {});
}

Object* createHeapqModule(Interpreter& interp) {
    return execSourceModule(interp, "heapq", kHeapqFile, kHeapqSource, SourceModuleKind::kModule, {});
}

Object* createDataclassesModule(Interpreter& interp) {
    return execSourceModule(interp, "dataclasses", kDataclassesFile, kDataclassesSource, SourceModuleKind::kModule, {});
}

Object* createFutureModule(Interpreter& interp) {
    return execSourceModule(interp, "__future__", kFutureFile, kFutureSource, SourceModuleKind::kModule, {});
}

Object* createEnumModule(Interpreter& interp) {
    return execSourceModule(interp, "enum", kEnumFile, kEnumSource, SourceModuleKind::kPreloaded, {});
}

Object* createReprlibModule(Interpreter& interp) {
    return execSourceModule(interp, "reprlib", kReprlibFile, kReprlibSource, SourceModuleKind::kPreloaded, {});
}

Object* createPprintModule(Interpreter& interp) {
    return execSourceModule(interp, "pprint", kPprintFile, kPprintSource, SourceModuleKind::kModule, {});
}

Object* createTimeitModule(Interpreter& interp) {
    return execSourceModule(interp, "timeit", kTimeitFile, kTimeitSource, SourceModuleKind::kModule, {});
}

Object* createTextwrapModule(Interpreter& interp) {
    return execSourceModule(interp, "textwrap", kTextwrapFile, kTextwrapSource, SourceModuleKind::kModule, {});
}

Object* createTracemallocModule(Interpreter& interp) {
    return execSourceModule(interp, "tracemalloc", kTracemallocFile, kTracemallocSource, SourceModuleKind::kModule, {});
}

Object* createFractionsModule(Interpreter& interp) {
    return execSourceModule(interp, "fractions", kFractionsFile, kFractionsSource, SourceModuleKind::kModule, {});
}

Object* createStatisticsModule(Interpreter& interp) {
    return execSourceModule(interp, "statistics", kStatisticsFile, kStatisticsSource, SourceModuleKind::kModule, {});
}

Object* createNumbersModule(Interpreter& interp) {
    return execSourceModule(interp, "numbers", kNumbersFile, kNumbersSource, SourceModuleKind::kModule, {});
}

// bisect is imported by CPython's startup (random imports it).
Object* createBisectModule(Interpreter& interp) {
    return execSourceModule(interp, "bisect", kBisectFile, kBisectSource, SourceModuleKind::kPreloaded, {});
}

std::string_view stdlibModuleSource(std::string_view filename) {
    std::string_view text;
    if (filename == kHeapqFile) text = kHeapqSource;
    else if (filename == kBisectFile) text = kBisectSource;
    else if (filename == kDataclassesFile) text = kDataclassesSource;
    else if (filename == kEnumFile) text = kEnumSource;
    else if (filename == kReprlibFile) text = kReprlibSource;
    else if (filename == kPprintFile) text = kPprintSource;
    else if (filename == kTimeitFile) text = kTimeitSource;
    else if (filename == kNumbersFile) text = kNumbersSource;
    else if (filename == kTextwrapFile) text = kTextwrapSource;
    else if (filename == kFractionsFile) text = kFractionsSource;
    else if (filename == kStatisticsFile) text = kStatisticsSource;
    else if (filename == kTracemallocFile) text = kTracemallocSource;
    else if (std::string_view w = warningsModuleSource(filename); !w.empty()) return w;
    else if (std::string_view f = functoolsModuleSource(filename); !f.empty()) return f;
    else if (filename == kFutureFile) text = kFutureSource;
    else if (filename == kCopyregFile) text = kCopyregSource;
    else if (filename == kCopyFile) text = kCopySource;
    else if (std::string_view types = typesModuleSource(filename); !types.empty()) return types;
    else if (std::string_view dis = disModuleSource(filename); !dis.empty()) return dis;
    else if (std::string_view str = stringModuleSource(filename); !str.empty()) return str;
    else if (std::string_view tb = tracebackModuleSource(filename); !tb.empty()) return tb;
    else if (std::string_view io = ioModuleSource(filename); !io.empty()) return io;
    else return randomModuleSource(filename);
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
