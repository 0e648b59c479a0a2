// The _random module (Random: objects/random_object.cpp; _sha512 and _urandom for random.py's patched
// imports) and random, CPython 3.11.7's Lib/random.py frozen with frozen/random.py.patch. Both preloaded.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "modules/source_module.h"
#include "objects/builtin_function_object.h"
#include "objects/bytes_object.h"
#include "objects/bytearray_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/random_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

constexpr std::string_view kRandomFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/random.py";

const char kRandomSource[] =
#include "modules/frozen/random_py.inc" // generated: see engine/CMakeLists.txt
    ;

// _sha512(data) -> the 64-byte SHA-512 digest of a bytes-like object (random.seed's version 2).
Object* fSha512(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    Object* data = args[0];
    std::string_view view;
    if (isBytes(data)) view = bytesView(data);
    else if (isBytearray(data)) view = bytearrayView(data);
    else {
        raiseError(interp, vmOf(interp).exc.TypeError, "object supporting the buffer API required");
        return nullptr;
    }
    return newBytes(interp, sha512Digest(view)).release();
}

// _urandom(n) -> n bytes drawn from the host's entropy (os.urandom's stand-in).
Object* fUrandom(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    std::int64_t n = 0;
    if (!isInt(args[0]) || !intAsInt64(args[0], n)) {
        raiseError(interp, vm.exc.TypeError, "'" + args[0]->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    if (n < 0) {
        raiseError(interp, vm.exc.ValueError, "negative argument not allowed");
        return nullptr;
    }
    std::string out;
    std::uint64_t x = vm.hostEntropy + 0x632be59bd9b4e019ULL * ++vm.entropyDraws;
    while (static_cast<std::int64_t>(out.size()) < n) {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        for (int i = 0; i < 8 && static_cast<std::int64_t>(out.size()) < n; i++) out.push_back(static_cast<char>((z >> (8 * i)) & 0xff));
    }
    return newBytes(interp, out).release();
}

const MethodDef kFunctions[] = {
    {"_sha512", fSha512, meth::kO},
    {"_urandom", fUrandom, meth::kO},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createRandomBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_random");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_random");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn) return nullptr;
        moduleAddObject(module.get(), def->name, fn.get());
    }
    moduleAddObject(module.get(), "Random", randomType(interp));
    if (moduleSetExtensionFile(module.get(), "_random") < 0) return nullptr;
    return module.release();
}

Object* createRandomModule(Interpreter& interp) {
    return execSourceModule(interp, "random", kRandomFile, kRandomSource, SourceModuleKind::kPreloaded, {});
}

std::string_view randomModuleSource(std::string_view filename) {
    if (filename != kRandomFile) return {};
    std::string_view text = kRandomSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
