// The _io and io modules (Modules/_io/_iomodule.c, Lib/io.py of 3.11), both loaded by CPython's
// startup: the in-memory streams StringIO and BytesIO, their bases, UnsupportedOperation; io's ABCs.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "modules/source_module.h"
#include "objects/bytesio_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iobase_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/stringio_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

constexpr std::int64_t kDefaultBufferSize = 8192; // DEFAULT_BUFFER_SIZE

// The reference interpreter's path, shown in tracebacks through io.py's frames.
constexpr std::string_view kIoFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/io.py";

const char kIoSource[] =
#include "modules/frozen/io_py.inc" // generated: see engine/CMakeLists.txt
    ;

// _io's UnsupportedOperation = type('UnsupportedOperation', (OSError, ValueError), {}), which io.py
// renames to module 'io'.
Ref makeUnsupportedOperation(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    Ref name = newStrFromAscii(interp, "UnsupportedOperation");
    Ref bases = tuplePack(interp, {vm.exc.OSError, vm.exc.ValueError});
    Ref ns = newDict(interp);
    Ref moduleName = newStrFromAscii(interp, "io");
    if (!name || !bases || !ns || !moduleName) return Ref();
    if (dictSetItem(ns.get(), vm.names.__module__, moduleName.get()) < 0) return Ref();
    Object* argv[3] = {name.get(), bases.get(), ns.get()};
    return call(interp.types.type, argv, 3);
}

// Adds the names both modules share. 0 / -1.
int addCommonNames(Interpreter& interp, Object* module) {
    Ref bufferSize = newInt(interp, kDefaultBufferSize);
    if (!bufferSize || moduleAddObject(module, "DEFAULT_BUFFER_SIZE", bufferSize.get()) < 0) return -1;
    if (TypeObject* blocking = exceptionTypeByName(interp, "BlockingIOError"))
        if (moduleAddObject(module, "BlockingIOError", blocking) < 0) return -1;
    if (moduleAddObject(module, "UnsupportedOperation", unsupportedOperationType(interp)) < 0) return -1;
    if (moduleAddObject(module, "StringIO", stringIOType(interp)) < 0) return -1;
    if (moduleAddObject(module, "BytesIO", bytesIOType(interp)) < 0) return -1;
    return 0;
}

} // namespace

Object* createIoBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_io");
    if (!module) return nullptr;
    if (!unsupportedOperationType(interp)) {
        Ref unsupported = makeUnsupportedOperation(interp);
        if (!unsupported) return nullptr;
        // The module holds the class; the type table keeps a borrowed pointer for raising it.
        if (moduleAddObject(module.get(), "UnsupportedOperation", unsupported.get()) < 0) return nullptr;
        setUnsupportedOperationType(interp, unsupported.get());
    }
    if (moduleAddObject(module.get(), "_IOBase", ioBaseType(interp)) < 0 ||
        moduleAddObject(module.get(), "_RawIOBase", rawIOBaseType(interp)) < 0 ||
        moduleAddObject(module.get(), "_TextIOBase", textIOBaseType(interp)) < 0 ||
        moduleAddObject(module.get(), "_BufferedIOBase", bufferedIOBaseType(interp)) < 0 ||
        moduleAddObject(module.get(), "TextIOWrapper", vmOf(interp).types.textIO) < 0 || // sys.stdout's type
        addCommonNames(interp, module.get()) < 0)
        return nullptr;
    return module.release();
}

// io: CPython 3.11.7's Lib/io.py (frozen with frozen/io.py.patch: only the in-memory streams), whose
// IOBase/RawIOBase/BufferedIOBase/TextIOBase ABCs derive from _io's bases.
Object* createIoModule(Interpreter& interp) {
    return execSourceModule(interp, "io", kIoFile, kIoSource, SourceModuleKind::kPreloaded, {});
}

std::string_view ioModuleSource(std::string_view filename) {
    if (filename != kIoFile) return {};
    std::string_view text = kIoSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
