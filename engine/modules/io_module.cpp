// The _io and io modules (Modules/_io/_iomodule.c, Lib/io.py of 3.11), both loaded by CPython's
// startup: the in-memory streams StringIO and BytesIO, their bases, UnsupportedOperation, SEEK_*.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
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
        moduleAddObject(module.get(), "_TextIOBase", textIOBaseType(interp)) < 0 ||
        moduleAddObject(module.get(), "_BufferedIOBase", bufferedIOBaseType(interp)) < 0 ||
        addCommonNames(interp, module.get()) < 0)
        return nullptr;
    return module.release();
}

Object* createIoModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref builtin = importModule(interp, "_io"); // io.py's `import _io`
    if (!builtin) return nullptr;
    Ref module = newModule(interp, "io");
    if (!module) return nullptr;
    if (addCommonNames(interp, module.get()) < 0) return nullptr;
    const std::pair<const char*, std::int64_t> seeks[] = {{"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}};
    for (const auto& [name, value] : seeks) {
        Ref v = newInt(interp, value);
        if (!v || moduleAddObject(module.get(), name, v.get()) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs
