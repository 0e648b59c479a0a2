// The collections, _collections and keyword modules. CPython has all three loaded at startup, so
// they are created inside a PreloadScope; collections' Python part (pysrc/collections_py.inc) adds namedtuple, Counter, ChainMap and UserDict/List/String.
// _collections_abc runs CPython's own Lib/ source (frozen, see modules/frozen/); collections.abc
// (Lib/collections/abc.py, re-exporting it) is made with the collections package, as at CPython's startup.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "modules/source_module.h"
#include "objects/defaultdict_object.h"
#include "objects/deque_object.h"
#include "objects/module_object.h"
#include "objects/ordereddict_object.h"
#include "objects/str_object.h"
#include "objects/tuplegetter_object.h"
#include "objects/dict_object.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// The filenames CPython's code objects carry (tracebacks show them); the sources are our own.
constexpr std::string_view kCollectionsFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/collections/__init__.py";
constexpr std::string_view kCollectionsAbcFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/collections/abc.py";
constexpr std::string_view kPrivateAbcFile = "<frozen _collections_abc>";
constexpr std::string_view kKeywordFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/keyword.py";

const char kCollectionsSource[] =
#include "modules/pysrc/collections_py.inc"
    ;
const char kCollectionsAbcSource[] =
#include "modules/pysrc/collections_abc_py.inc"
    ;
const char kPrivateAbcSource[] =
#include "modules/frozen/_collections_abc_py.inc" // generated: see engine/CMakeLists.txt
    ;
const char kKeywordSource[] =
#include "modules/pysrc/keyword_py.inc"
    ;

} // namespace

Object* createCollectionsBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_collections");
    if (!module) return nullptr;
    moduleAddObject(module.get(), "deque", dequeType(interp));
    moduleAddObject(module.get(), "defaultdict", defaultDictType(interp));
    moduleAddObject(module.get(), "OrderedDict", orderedDictType(interp));
    moduleAddObject(module.get(), "_tuplegetter", tupleGetterType(interp));
    return module.release();
}

Object* createCollectionsModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref collections(execSourceModule(interp, "collections", kCollectionsFile, kCollectionsSource, SourceModuleKind::kPreloaded, {}));
    if (!collections) return nullptr;
    // The package's submodule abc: listed in sys.modules and bound as collections.abc.
    Ref abc(execSourceModule(interp, "collections.abc", kCollectionsAbcFile, kCollectionsAbcSource, SourceModuleKind::kPreloaded, {}));
    if (!abc) return nullptr;
    Ref key = newStrFromUtf8(interp, "collections.abc");
    if (!key || dictSetItem(vmOf(interp).modules, key.get(), abc.get()) < 0) return nullptr;
    if (setAttrStr(collections.get(), "abc", abc.get()) < 0) return nullptr;
    return collections.release();
}

Object* createPrivateCollectionsAbcModule(Interpreter& interp) {
    return execSourceModule(interp, "_collections_abc", kPrivateAbcFile, kPrivateAbcSource, SourceModuleKind::kPreloaded, {});
}

Object* createKeywordModule(Interpreter& interp) {
    return execSourceModule(interp, "keyword", kKeywordFile, kKeywordSource, SourceModuleKind::kPreloaded, {});
}

std::string_view collectionsModuleSource(std::string_view filename) {
    std::string_view text;
    if (filename == kCollectionsFile) text = kCollectionsSource;
    else if (filename == kCollectionsAbcFile) text = kCollectionsAbcSource;
    else if (filename == kKeywordFile) text = kKeywordSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
