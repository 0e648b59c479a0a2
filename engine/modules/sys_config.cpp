// sys's attributes and functions over the interpreter's configuration (Python/sysmodule.c 3.11):
// flags, implementation, thread_info, float_repr_style, abiflags, stdlib_module_names, copyright,
// the prefixes, orig_argv, _xoptions; the switch interval, the filesystem encoding, call_tracing; and
// the m_copy of sys's dict. Values are the reference python3.11's where a program can rely on
// them; the paths are those of a build without a file system (README, Known limits).
#include "modules/sys_internal.h"

#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/namespace_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/structseq_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cmath>

namespace hs::sys_detail {

namespace {

#include "modules/sys_stdlib_module_names.inc"

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

#define HS_F(i, name) {name, structSeqField<i>}
// sys.flags (flags_fields): 18 fields, all of them sequence fields.
const GetSetDef kFlagsGetSets[] = {
    HS_F(0, "debug"), HS_F(1, "inspect"), HS_F(2, "interactive"), HS_F(3, "optimize"), HS_F(4, "dont_write_bytecode"),
    HS_F(5, "no_user_site"), HS_F(6, "no_site"), HS_F(7, "ignore_environment"), HS_F(8, "verbose"),
    HS_F(9, "bytes_warning"), HS_F(10, "quiet"), HS_F(11, "hash_randomization"), HS_F(12, "isolated"),
    HS_F(13, "dev_mode"), HS_F(14, "utf8_mode"), HS_F(15, "warn_default_encoding"), HS_F(16, "safe_path"),
    HS_F(17, "int_max_str_digits"), {nullptr, nullptr}};
const GetSetDef kThreadInfoGetSets[] = {HS_F(0, "name"), HS_F(1, "lock"), HS_F(2, "version"), {nullptr, nullptr}};
#undef HS_F

// The reference runner's configuration: `python3.11 cpython_cells.py FILE` sets no option, and
// hash randomization is on (no PYTHONHASHSEED). dev_mode and safe_path are bools.
Ref makeFlags(Interpreter& interp) {
    TypeObject* t = newStructSeqType(interp, "sys.flags", kFlagsGetSets, false); // tp_new cleared
    std::vector<Ref> values;
    for (int i = 0; i < 18; ++i) {
        if (i == 13 || i == 16) values.push_back(Ref(newBool(interp, false)));
        else values.push_back(newInt(interp, i == 11 ? 1 : i == 17 ? -1 : 0));
    }
    return makeStructSeq(interp, t, std::move(values));
}

// make_impl_info: a dict of name, cache_tag, version (sys.version_info itself), hexversion and
// _multiarch, given to _PyNamespace_New (which copies it into the namespace's own dict).
Ref makeImplementation(Interpreter& interp, Object* versionInfo) {
    Ref info = newDict(interp);
    if (!info) return Ref();
    Ref name = newStrFromAscii(interp, "cpython");
    Ref cacheTag = newStrFromAscii(interp, "cpython-311");
    Ref hexversion = newInt(interp, 0x030B07F0);
    Ref multiarch = newStrFromAscii(interp, "x86_64-linux-gnu");
    if (!name || !cacheTag || !hexversion || !multiarch) return Ref();
    // PyDict_SetItemString: the key interned.
    const std::pair<const char*, Object*> items[] = {{"name", name.get()}, {"cache_tag", cacheTag.get()},
        {"version", versionInfo}, {"hexversion", hexversion.get()}, {"_multiarch", multiarch.get()}};
    for (const auto& [key, value] : items) {
        Ref k = internName(interp, key);
        if (!k || dictSetItem(info.get(), k.get(), value) < 0) return Ref();
    }
    return newNamespace(interp, info.get());
}

// list_stdlib_module_names: a tuple of new strs, frozen into a frozenset.
Ref makeStdlibModuleNames(Interpreter& interp) {
    constexpr std::int64_t n = sizeof(kStdlibModuleNames) / sizeof(kStdlibModuleNames[0]);
    Ref names = newTuple(interp, n);
    if (!names) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        Ref s = newStrFromAscii(interp, kStdlibModuleNames[i]);
        if (!s) return Ref();
        tupleSetItemSteal(names.get(), i, s.release());
    }
    return newFrozenSetFrom(interp, names.get());
}

int addStr(Interpreter& interp, Object* m, const char* name, const char* value) {
    Ref s = newStrFromAscii(interp, value);
    return s ? moduleAddObject(m, name, s.get()) : -1;
}

int addValue(Object* m, const char* name, Ref value) { return value ? moduleAddObject(m, name, value.get()) : -1; }

#define SYSFN(name) Object* name(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames)

SYSFN(sGetFilesystemEncoding) {
    (void)args, (void)nargs, (void)kwnames;
    return newStrFromAscii(interpOf(self), "utf-8").release();
}

SYSFN(sGetFilesystemEncodeErrors) {
    (void)args, (void)nargs, (void)kwnames;
    return newStrFromAscii(interpOf(self), "surrogateescape").release();
}

// (unsigned long)(1e6 * interval) as x86-64 gcc converts it: below 2^63 (and NaN, which compares
// unordered) by cvttsd2si, whose out-of-range result is 2^63; from 2^63 on by converting x - 2^63
// and setting the top bit back, so 2^64 and beyond (and inf) end as 0.
std::uint64_t microsFromSeconds(double interval) {
    const double us = 1e6 * interval;
    constexpr double kTwo63 = 9223372036854775808.0;
    constexpr std::uint64_t kIndefinite = 0x8000000000000000ull;
    auto cvttsd2si = [&](double d) -> std::uint64_t {
        if (std::isnan(d) || d >= kTwo63 || d < -kTwo63) return kIndefinite;
        return static_cast<std::uint64_t>(static_cast<std::int64_t>(d));
    };
    if (!(us >= kTwo63)) return cvttsd2si(us);
    return cvttsd2si(us - kTwo63) ^ kIndefinite;
}

// sys.setswitchinterval(interval, /): a float ("d" converter), strictly positive, kept in whole
// microseconds.
SYSFN(sSetSwitchInterval) {
    (void)nargs, (void)kwnames;
    Interpreter& interp = interpOf(self);
    double interval = 0;
    if (!asDouble(args[0], interval)) return nullptr;
    if (interval <= 0.0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "switch interval must be strictly positive");
        return nullptr;
    }
    vmOf(interp).switchIntervalMicros = microsFromSeconds(interval);
    incref(interp.none);
    return interp.none;
}

SYSFN(sGetSwitchInterval) {
    (void)args, (void)nargs, (void)kwnames;
    Interpreter& interp = interpOf(self);
    return newFloat(interp, 1e-6 * static_cast<double>(vmOf(interp).switchIntervalMicros)).release();
}

// sys.call_tracing(func, args, /): func(*args) (_PyEval_CallTracing; nothing traces here).
SYSFN(sCallTracing) {
    (void)kwnames;
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "call_tracing", nargs, 2, 2)) return nullptr;
    if (!args[1]->type->isSubtypeOf(interp.types.tuple)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "call_tracing() argument 2 must be tuple, not " + args[1]->type->name);
        return nullptr;
    }
    return callTupleDict(args[0], args[1], nullptr).release();
}

// No coroutine records its origin: set_coroutine_origin_tracking_depth is not provided.
SYSFN(sGetCoroutineOriginTrackingDepth) {
    (void)args, (void)nargs, (void)kwnames;
    return newInt(interpOf(self), 0).release();
}

#undef SYSFN

} // namespace

const MethodDef kConfigFunctions[] = {
    {"getfilesystemencoding", sGetFilesystemEncoding, meth::kNoArgs},
    {"getfilesystemencodeerrors", sGetFilesystemEncodeErrors, meth::kNoArgs},
    {"setswitchinterval", sSetSwitchInterval, meth::kO},
    {"getswitchinterval", sGetSwitchInterval, meth::kNoArgs},
    {"call_tracing", sCallTracing, meth::kFastcall},
    {"get_coroutine_origin_tracking_depth", sGetCoroutineOriginTrackingDepth, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

// Py_GetCopyright() of 3.11.7.
constexpr const char* kCopyright =
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

int addCoreConfigAttributes(Interpreter& interp, Object* m, Object* versionInfo) {
    // _git is ("CPython", gitidentifier, gitversion): both empty in a build from a release tarball.
    Ref git = newStrFromAscii(interp, "CPython");
    if (!git || addValue(m, "_git", tuplePack(interp, {git.get(), interp.emptyStr, interp.emptyStr})) < 0) return -1;
    if (addStr(interp, m, "_framework", "") < 0 || addStr(interp, m, "copyright", kCopyright) < 0) return -1;
    if (addStr(interp, m, "abiflags", "") < 0) return -1;
    if (addValue(m, "stdlib_module_names", makeStdlibModuleNames(interp)) < 0) return -1;
    if (addValue(m, "implementation", makeImplementation(interp, versionInfo)) < 0) return -1;
    if (addValue(m, "flags", makeFlags(interp)) < 0) return -1;
    if (addStr(interp, m, "float_repr_style", "short") < 0) return -1;
    TypeObject* threadInfo = newStructSeqType(interp, "sys.thread_info", kThreadInfoGetSets, true);
    Ref info = makeStructSeq(interp, threadInfo, {newStrFromAscii(interp, "pthread"), newStrFromAscii(interp, "semaphore"),
                                                   newStrFromAscii(interp, "NPTL 2.36")});
    return addValue(m, "thread_info", std::move(info));
}

// A learner's page has no file system and no command line: sys.executable is '' and sys.argv
// and sys.orig_argv are empty, as in an embedded interpreter; the prefixes are the configure
// default /usr/local that getpath falls back to when it finds no landmark.
int addUpdatedConfigAttributes(Interpreter& interp, Object* m) {
    for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"})
        if (addStr(interp, m, name, "/usr/local") < 0) return -1;
    if (addStr(interp, m, "platlibdir", "lib") < 0) return -1;
    if (moduleAddObject(m, "pycache_prefix", interp.none) < 0) return -1;
    if (addValue(m, "orig_argv", newList(interp, 0)) < 0) return -1;
    if (addValue(m, "_xoptions", newDict(interp)) < 0) return -1;
    return moduleAddObject(m, "dont_write_bytecode", interp.falseObj);
}

void holdDictCopy(Interpreter& interp, Object* module, const std::vector<std::string>& skip) {
    VmState& vm = vmOf(interp);
    Object* dict = moduleDict(module);
    std::int64_t pos = 0;
    Object* key = nullptr;
    Object* value = nullptr;
    while (dictNext(dict, pos, &key, &value)) {
        bool skipped = false;
        for (const std::string& name : skip) skipped = skipped || strToUtf8(key) == name;
        if (skipped) continue;
        incref(key);
        vm.extraRoots.push_back(key);
        incref(value);
        vm.extraRoots.push_back(value);
    }
}

} // namespace hs::sys_detail
