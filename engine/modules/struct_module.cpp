// The struct module (Lib/struct.py over Modules/_struct.c), preloaded in the reference CPython:
// calcsize, which ctypes/__init__.py checks its simple types against. Packing is not simulated.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"

#include "objects/builtin_function_object.h"
#include "objects/bytes_object.h"
#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstdint>
#include <string>

namespace hs {

namespace {

// Size of one item of format code `c` on LP64 Linux: native ('@') or standard ('=<>!'); 0 = bad.
std::int64_t itemSize(char c, bool native) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

// struct.error (class error(Exception) with __module__ 'struct'), made with the module.
void structError(Interpreter& interp, const std::string& message) {
    VmState& vm = vmOf(interp);
    Ref module = importModule(interp, "struct");
    Ref cls = module ? getAttrStr(module.get(), "error") : Ref();
    if (!cls || !isType(cls.get())) {
        if (!errOccurred(interp)) raiseError(interp, vm.exc.ValueError, message);
        return;
    }
    raiseError(interp, asType(cls.get()), message);
}

// prepare_s's size computation: counts, native alignment (each item aligned to its own size).
Object* sCalcsize(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    std::string fmt;
    if (isStr(args[0])) fmt = strToUtf8(args[0]);
    else if (isBytes(args[0])) fmt = std::string(bytesView(args[0]));
    else {
        raiseError(interp, vm.exc.TypeError, "Struct() argument 1 must be a str or bytes object, not " + args[0]->type->name);
        return nullptr;
    }
    std::size_t i = 0;
    bool native = true;
    if (!fmt.empty() && std::string("@=<>!").find(fmt[0]) != std::string::npos) {
        native = fmt[0] == '@';
        i = 1;
    }
    std::int64_t size = 0;
    while (i < fmt.size()) {
        const char c = fmt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
            continue;
        }
        std::int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                if (count > (INT64_MAX - 9) / 10) {
                    structError(interp, "total struct size too long");
                    return nullptr;
                }
                count = count * 10 + (fmt[i++] - '0');
            }
            if (i == fmt.size()) {
                structError(interp, "repeat count given without format specifier");
                return nullptr;
            }
        }
        const char code = fmt[i++];
        const std::int64_t n = itemSize(code, native);
        if (n == 0) {
            structError(interp, "bad char in struct format");
            return nullptr;
        }
        if (native && n > 1) size = (size + n - 1) / n * n;
        if (code == 's' || code == 'p') size += count;
        else size += count * n;
    }
    return newInt(interp, size).release();
}

const MethodDef kFunctions[] = {
    {"calcsize", sCalcsize, meth::kO, "Return size in bytes of the struct described by the format string."},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createStructModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "struct");
    if (!module) return nullptr;
    Ref modName = internName(interp, "struct");
    VmState& vm = vmOf(interp);
    Ref name = internName(interp, "error");
    Ref bases = tuplePack(interp, {vm.exc.Exception});
    Ref dict = newDict(interp);
    if (!name || !bases || !dict || dictSetItem(dict.get(), vm.names.__module__, modName.get()) < 0) return nullptr;
    Ref error = typeNew(interp.types.type, name.get(), bases.get(), dict.get(), nullptr);
    if (!error || moduleAddObject(module.get(), "error", error.get()) < 0) return nullptr;
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs
