// Argument unpacking with getargs.c's messages (see arg_parse.h).
#include "runtime/arg_parse.h"

#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstring>

namespace hs {

namespace {
void typeError(Interpreter& interp, const std::string& message) { raiseError(interp, vmOf(interp).exc.TypeError, message); }
} // namespace

bool initArgParser(Interpreter& interp, const char* parser, const char* const* keywords, int count, int posonly) {
    VmState& vm = vmOf(interp);
    if (vm.argParserKwtuples.count(parser)) return true;
    // 3.11's parsers of built-ins have static kwtuples of static (_Py_ID) names: never traced.
    interp.suspendTracing();
    Ref kwtuple = newTuple(interp, count - posonly);
    for (int i = posonly; kwtuple && i < count; ++i) {
        Ref name = internName(interp, keywords[i]);
        if (!name) kwtuple = Ref();
        else tupleSetItemSteal(kwtuple.get(), i - posonly, name.release());
    }
    interp.resumeTracing();
    if (!kwtuple) return false;
    // parser->kwtuple: a strong reference held by the static parser, i.e. from outside the heap.
    vm.extraRoots.push_back(kwtuple.get());
    vm.argParserKwtuples.emplace(parser, kwtuple.release());
    return true;
}

namespace {

// unpackArgs over the keyword names kwnames[0..nkw) (their values follow the positional args).
bool unpackKeywords(Interpreter& interp, const ArgSpec& spec, Object* const* args, std::int64_t nargs,
                    Object* const* kwnames, std::int64_t nkw, Object** out) {
    const int maxargs = spec.count;
    const std::string fname = std::string(spec.fname) + "()";
    for (int i = 0; i < maxargs; ++i) out[i] = nullptr;
    if (nkw == 0 && spec.minkw == 0 && spec.minpos <= nargs && nargs <= spec.maxpos) {
        for (std::int64_t i = 0; i < nargs; ++i) out[i] = args[i];
        return true;
    }
    if (nargs + nkw > maxargs) {
        typeError(interp, formatString("%s takes at most %d %sargument%s (%lld given)", fname.c_str(), maxargs,
                                       nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                                       static_cast<long long>(nargs + nkw)));
        return false;
    }
    if (nargs > spec.maxpos) {
        if (spec.maxpos == 0)
            typeError(interp, fname + " takes no positional arguments");
        else
            typeError(interp, formatString("%s takes %s %d positional argument%s (%lld given)", fname.c_str(),
                                           spec.minpos < spec.maxpos ? "at most" : "exactly", spec.maxpos,
                                           spec.maxpos == 1 ? "" : "s", static_cast<long long>(nargs)));
        return false;
    }
    const int minposonly = std::min(spec.posonly, spec.minpos);
    if (nargs < minposonly) {
        typeError(interp, formatString("%s takes %s %d positional argument%s (%lld given)", fname.c_str(),
                                       minposonly < spec.maxpos ? "at least" : "exactly", minposonly,
                                       minposonly == 1 ? "" : "s", static_cast<long long>(nargs)));
        return false;
    }
    for (std::int64_t i = 0; i < nargs; ++i) out[i] = args[i];
    auto findKeyword = [&](const char* name) -> Object* {
        for (std::int64_t k = 0; k < nkw; ++k)
            if (strEqualsAscii(kwnames[k], name)) return args[nargs + k];
        return nullptr;
    };
    std::int64_t remaining = nkw;
    const int reqlimit = spec.minkw ? spec.maxpos + spec.minkw : spec.minpos;
    for (int i = std::max<int>(static_cast<int>(nargs), spec.posonly); i < maxargs; ++i) {
        Object* current = nullptr;
        if (remaining) current = findKeyword(spec.names[i]);
        else if (i >= reqlimit) break;
        out[i] = current;
        if (current) {
            --remaining;
        } else if (i < spec.minpos || (spec.maxpos <= i && i < reqlimit)) {
            typeError(interp, formatString("%s missing required argument '%s' (pos %d)", fname.c_str(), spec.names[i], i + 1));
            return false;
        }
    }
    if (remaining > 0) {
        for (int i = spec.posonly; i < nargs; ++i)
            if (findKeyword(spec.names[i])) {
                typeError(interp, formatString("argument for %s given by name ('%s') and position (%d)", fname.c_str(),
                                               spec.names[i], i + 1));
                return false;
            }
        for (std::int64_t k = 0; k < nkw; ++k) {
            Object* key = kwnames[k];
            bool known = false;
            for (int i = spec.posonly; i < maxargs; ++i) known = known || strEqualsAscii(key, spec.names[i]);
            if (!known) {
                typeError(interp, "'" + strToUtf8(key) + "' is an invalid keyword argument for " + fname);
                return false;
            }
        }
        typeError(interp, "invalid keyword argument for " + fname);
        return false;
    }
    return true;
}

} // namespace

bool unpackArgs(Interpreter& interp, const ArgSpec& spec, Object* const* args, std::int64_t nargs, Object* kwnames,
                Object** out) {
    return unpackKeywords(interp, spec, args, nargs, kwnames ? tupleItems(kwnames) : nullptr, kwCount(kwnames), out);
}

bool unpackArgs(Interpreter& interp, const ArgSpec& spec, Object* const* args, std::int64_t nargs,
                const KwNameList& kwnames, Object** out) {
    return unpackKeywords(interp, spec, args, nargs, kwnames.data(), static_cast<std::int64_t>(kwnames.size()), out);
}

bool unpackParserArgs(Interpreter& interp, const ArgSpec& spec, const char* parserKey, Object* const* args,
                      std::int64_t nargs, Object* kwnames, Object** out) {
    const bool fastPath = kwCount(kwnames) == 0 && spec.minkw == 0 && spec.minpos <= nargs && nargs <= spec.maxpos;
    if (!fastPath && !initArgParser(interp, parserKey, spec.names, spec.count, spec.posonly)) return false;
    return unpackArgs(interp, spec, args, nargs, kwnames, out);
}

bool unpackParserArgs(Interpreter& interp, const ArgSpec& spec, const char* parserKey, Object* const* args,
                      std::int64_t nargs, const KwNameList& kwnames, Object** out) {
    const bool fastPath = kwnames.empty() && spec.minkw == 0 && spec.minpos <= nargs && nargs <= spec.maxpos;
    if (!fastPath && !initArgParser(interp, parserKey, spec.names, spec.count, spec.posonly)) return false;
    return unpackArgs(interp, spec, args, nargs, kwnames, out);
}

bool checkPositional(Interpreter& interp, const char* name, std::int64_t nargs, std::int64_t min, std::int64_t max) {
    if (nargs < min) {
        typeError(interp, formatString("%s expected %s%lld argument%s, got %lld", name, min == max ? "" : "at least ",
                                       static_cast<long long>(min), min == 1 ? "" : "s", static_cast<long long>(nargs)));
        return false;
    }
    if (nargs > max) {
        typeError(interp, formatString("%s expected %s%lld argument%s, got %lld", name, min == max ? "" : "at most ",
                                       static_cast<long long>(max), max == 1 ? "" : "s", static_cast<long long>(nargs)));
        return false;
    }
    return true;
}

bool checkArgCount(Interpreter& interp, const char* name, std::int64_t nargs, std::int64_t min, std::int64_t max) {
    if (nargs >= min && nargs <= max) return true;
    const std::int64_t bound = nargs < min ? min : max;
    typeError(interp, formatString("%s() takes %s %lld argument%s (%lld given)", name,
                                   min == max ? "exactly" : nargs < min ? "at least" : "at most", static_cast<long long>(bound),
                                   bound == 1 ? "" : "s", static_cast<long long>(nargs)));
    return false;
}

bool noKeywords(Interpreter& interp, const char* name, Object* kwnames) {
    if (kwCount(kwnames) == 0) return true;
    typeError(interp, std::string(name) + "() takes no keyword arguments");
    return false;
}

bool checkNoArgs(Interpreter& interp, const char* name, std::int64_t nargs) {
    if (nargs == 0) return true;
    typeError(interp, formatString("%s() takes no arguments (%lld given)", name, static_cast<long long>(nargs)));
    return false;
}

bool checkOneArg(Interpreter& interp, const char* name, std::int64_t nargs) {
    if (nargs == 1) return true;
    typeError(interp, formatString("%s() takes exactly one argument (%lld given)", name, static_cast<long long>(nargs)));
    return false;
}

void dictKeywords(Object* kwargs, std::vector<Object*>& flat, KwNameList& kwnames) {
    if (!kwargs) return;
    std::int64_t pos = 0;
    Object *k, *v;
    while (dictNext(kwargs, pos, &k, &v)) {
        kwnames.push_back(k);
        flat.push_back(v);
    }
}

bool dictToKwnames(Interpreter& interp, Object* kwargs, std::vector<Object*>& flat, Ref& kwnames) {
    if (!kwargs || dictSize(kwargs) == 0) return true;
    kwnames = newTuple(interp, dictSize(kwargs));
    if (!kwnames) return false;
    std::int64_t pos = 0, i = 0;
    Object *k, *v;
    while (dictNext(kwargs, pos, &k, &v)) {
        incref(k);
        tupleSetItemSteal(kwnames.get(), i++, k);
        flat.push_back(v);
    }
    return true;
}

namespace {
// One item of _PyBytes_FromList/FromTuple/FromIterator: PyNumber_AsSsize_t(item, NULL), then the
// range check.
bool appendByteValue(Interpreter& interp, Object* item, std::string& data) {
    std::int64_t v = 0;
    if (!hasIndex(item)) {
        typeError(interp, "'" + item->type->name + "' object cannot be interpreted as an integer");
        return false;
    }
    if (!indexAsInt64(item, v, nullptr)) return false;
    if (v < 0 || v > 255) {
        raiseError(interp, vmOf(interp).exc.ValueError, "bytes must be in range(0, 256)");
        return false;
    }
    data.push_back(static_cast<char>(v));
    return true;
}
} // namespace

Ref bytesFromObject(Interpreter& interp, Object* x) {
    if (isExactBytes(x)) return Ref::borrowed(x);
    // PyBytes_FromStringAndSize(NULL, n): a new object even for one byte (b'' is the singleton).
    auto fresh = [&](const std::string& data) {
        Ref r = newBytesUninit(interp, static_cast<std::int64_t>(data.size()));
        if (r && !data.empty()) std::memcpy(bytesMutableData(r.get()), data.data(), data.size());
        return r;
    };
    std::string data;
    if (checkBuffer(x)) { // _PyBytes_FromBuffer
        if (!bufferCopyBytes(x, data)) return Ref();
        return fresh(data);
    }
    if (isExactList(x) || isExactTuple(x)) { // _PyBytes_FromList (a writer) / _PyBytes_FromTuple (a new object)
        const bool list = isExactList(x);
        for (std::int64_t i = 0; i < (list ? listSize(x) : tupleSize(x)); ++i) {
            Ref item = Ref::borrowed(list ? listItem(x, i) : tupleItem(x, i)); // __index__ may shrink the list
            if (!appendByteValue(interp, item.get(), data)) return Ref();
        }
        return list ? newBytes(interp, data) : fresh(data);
    }
    if (!isStr(x)) {
        if (Ref it = getIter(x)) { // _PyBytes_FromIterator
            if (lengthHint(x, 64) < 0) return Ref();
            for (;;) {
                Ref item = iterNext(it.get());
                if (!item) {
                    if (errOccurred(interp)) return Ref();
                    break;
                }
                if (!appendByteValue(interp, item.get(), data)) return Ref();
            }
            return newBytes(interp, data);
        }
        if (!errMatches(interp, vmOf(interp).exc.TypeError)) return Ref();
        clearError(interp);
    }
    typeError(interp, "cannot convert '" + x->type->name + "' object to bytes");
    return Ref();
}

Ref objectBytes(Interpreter& interp, Object* x) {
    if (isExactBytes(x)) return Ref::borrowed(x);
    if (Ref func = lookupSpecial(x, "__bytes__")) {
        Ref result = callNoArgs(func.get());
        if (!result) return Ref();
        if (!isBytes(result.get())) {
            typeError(interp, "__bytes__ returned non-bytes (type " + result->type->name + ")");
            return Ref();
        }
        return result;
    }
    if (errOccurred(interp)) return Ref();
    return bytesFromObject(interp, x);
}

} // namespace hs
