// The _weakref built-in module (Modules/_weakref.c) and the Python-source modules _weakrefset and
// weakref (Lib/*.py of 3.11, generated at build time from the installed Lib/ and frozen/*.py.patch), compiled by our front end.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "modules/source_module.h"

#include "frontend/compiler.h"
#include "objects/builtin_function_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/cell_runner.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/eval.h"
#include "vm/vm_state.h"

#include <optional>

namespace hs {

namespace {

Object* wGetWeakrefCount(Object* self, Object* const* args, std::int64_t, Object*) {
    return newInt(vmOf(self).interp, weakrefCount(args[0])).release();
}

Object* wGetWeakrefs(Object*, Object* const* args, std::int64_t, Object*) { return weakrefList(args[0]).release(); }

Object* wProxy(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = vmOf(self).interp;
    if (!noKeywords(interp, "proxy", kwnames)) return nullptr;
    if (!checkPositional(interp, "proxy", nargs, 1, 2)) return nullptr;
    return newWeakProxy(interp, args[0], nargs > 1 ? args[1] : nullptr).release();
}

// _remove_dead_weakref(dct, key): del dct[key] when its value is a dead weakref; a missing key is
// not an error.
Object* wRemoveDeadWeakref(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    VmState& vm = vmOf(self);
    Interpreter& interp = vm.interp;
    if (!noKeywords(interp, "_remove_dead_weakref", kwnames)) return nullptr;
    if (!checkPositional(interp, "_remove_dead_weakref", nargs, 2, 2)) return nullptr;
    Object* dct = args[0];
    Object* key = args[1];
    if (!isDict(dct)) {
        raiseError(interp, vm.exc.TypeError, "_remove_dead_weakref() argument 1 must be dict, not " + dct->type->name);
        return nullptr;
    }
    Object* value = dictGetItem(dct, key);
    if (value == nullptr) {
        if (errOccurred(interp)) return nullptr;
    } else {
        if (!isWeakref(value)) {
            raiseError(interp, vm.exc.TypeError, "not a weakref");
            return nullptr;
        }
        if (weakrefObject(value) == interp.none && dictDelItem(dct, key) < 0) {
            if (!errMatches(interp, vm.exc.KeyError)) return nullptr;
            clearError(interp);
        }
    }
    incref(interp.none);
    return interp.none;
}

const MethodDef kFunctions[] = {
    {"getweakrefcount", wGetWeakrefCount, meth::kO},
    {"getweakrefs", wGetWeakrefs, meth::kO},
    {"proxy", wProxy, meth::kFastcall},
    {"_remove_dead_weakref", wRemoveDeadWeakref, meth::kFastcall},
    {nullptr, nullptr, 0},
};

// The paths of the reference interpreter (pyenv CPython 3.11.7, facts §0), shown in tracebacks.
constexpr std::string_view kWeakrefFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/weakref.py";
constexpr std::string_view kWeakrefSetFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/_weakrefset.py";

const char kWeakrefSetSource[] =
#include "modules/frozen/_weakrefset_py.inc" // generated: see engine/CMakeLists.txt
    ;
const char kWeakrefSource[] =
#include "modules/frozen/weakref_py.inc" // generated: see engine/CMakeLists.txt
    ;

} // namespace

Object* createWeakrefBuiltinModule(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_weakref");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_weakref");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        moduleAddObject(module.get(), def->name, fn.get());
    }
    moduleAddObject(module.get(), "ref", vm.types.weakref);
    moduleAddObject(module.get(), "ReferenceType", vm.types.weakref);
    moduleAddObject(module.get(), "ProxyType", vm.types.weakProxy);
    moduleAddObject(module.get(), "CallableProxyType", vm.types.weakCallableProxy);
    return module.release();
}

Object* createWeakrefSetModule(Interpreter& interp) {
    return execSourceModule(interp, "_weakrefset", kWeakrefSetFile, kWeakrefSetSource, SourceModuleKind::kPreloaded, {});
}

Object* createWeakrefModule(Interpreter& interp) {
    return execSourceModule(interp, "weakref", kWeakrefFile, kWeakrefSource, SourceModuleKind::kPreloaded, {});
}

std::string_view builtinModuleSource(std::string_view filename) {
    std::string_view text;
    if (filename == kWeakrefFile) text = kWeakrefSource;
    else if (filename == kWeakrefSetFile) text = kWeakrefSetSource;
    else if (std::string_view ctypes = ctypesModuleSource(filename); !ctypes.empty()) return ctypes;
    else if (std::string_view own = collectionsModuleSource(filename); !own.empty()) return own;
    else if (std::string_view typing = typingModuleSource(filename); !typing.empty()) return typing;
    else if (std::string_view stdlib = stdlibModuleSource(filename); !stdlib.empty()) return stdlib;
    else if (std::string_view runner = runnerSource(filename); !runner.empty()) return runner;
    else return contextlibModuleSource(filename);
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs

namespace hs {

bool runModuleSource(Interpreter& interp, Object* dict, std::string_view text, std::string_view filename) {
    frontend::SyntaxErrorInfo err;
    Ref code = frontend::compileSource(interp, text, filename, &err);
    if (!code) {
        if (!errOccurred(interp)) raiseError(interp, vmOf(interp).exc.SyntaxError, err.msg);
        return false;
    }
    return static_cast<bool>(evalCode(interp, code.get(), dict, dict));
}

Object* execSourceModule(Interpreter& interp, const char* name, std::string_view filename, const char* source,
                         SourceModuleKind kind, std::string_view packageDir) {
    std::optional<PreloadScope> preload;
    if (kind == SourceModuleKind::kPreloaded) preload.emplace(interp);
    VmState& vm = vmOf(interp);
    std::string_view text(source);
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    const std::string fullName = name;
    const auto dot = fullName.rfind('.');
    Ref module = newModule(interp, name);
    if (!module) return nullptr;
    Object* dict = moduleDict(module.get());
    if (kind != SourceModuleKind::kPreloaded) {
        // What importlib's _init_module_attrs sets before the body runs.
        Ref package = newStrFromUtf8(interp, kind == SourceModuleKind::kPackage || dot == std::string::npos ? fullName : fullName.substr(0, dot));
        if (!package || dictSetItem(dict, internName(interp, "__package__").get(), package.get()) < 0) return nullptr;
        if (kind == SourceModuleKind::kPackage) {
            Ref dir = newStrFromUtf8(interp, packageDir);
            Ref path = dir ? newList(interp, 0) : Ref();
            if (!path || listAppend(path.get(), dir.get()) < 0 || dictSetItem(dict, internName(interp, "__path__").get(), path.get()) < 0)
                return nullptr;
        }
    }
    Ref file = newStrFromUtf8(interp, filename);
    if (!file || dictSetItem(dict, internName(interp, "__file__").get(), file.get()) < 0) return nullptr;
    if (dictSetItem(dict, vm.names.__builtins__, vm.builtinsModule) < 0) return nullptr;
    Ref key = newStrFromUtf8(interp, fullName);
    if (!key) return nullptr;
    const bool listed = kind != SourceModuleKind::kPreloaded;
    if (listed && dictSetItem(vm.modules, key.get(), module.get()) < 0) return nullptr;
    auto unlist = [&]() {
        if (!listed) return;
        PendingError saved = interp.takeError();
        if (dictGetItem(vm.modules, key.get()) == module.get()) dictDelItem(vm.modules, key.get());
        interp.setPendingError(std::move(saved));
    };
    if (!runModuleSource(interp, dict, text, filename)) {
        unlist();
        return nullptr;
    }
    if (dot != std::string::npos) {
        // importlib binds a submodule on its parent package once it has loaded.
        Ref parentKey = newStrFromUtf8(interp, fullName.substr(0, dot));
        Object* parent = parentKey ? dictGetItem(vm.modules, parentKey.get()) : nullptr;
        Ref child = internName(interp, fullName.substr(dot + 1));
        if (parent && child && setAttr(parent, child.get(), module.get()) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs
