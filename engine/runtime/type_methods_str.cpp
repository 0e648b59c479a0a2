// str and bytes as Python sees them: constructors, sequence slots, and the method table over the
// str_object / str_methods / bytes_object functions, with argument-clinic style parsing.
#include "runtime/type_methods.h"

#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/codecs.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstring>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

// ---------------------------------------------------------------- str slots

std::int64_t strLen(Object* s) { return strLength(s); }

Object* strSubscript(Object* s, Object* key) {
    Interpreter& interp = interpOf(s);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
        if (i < 0) i += strLength(s);
        return strGetItem(interp, s, i).release();
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        return strSubscriptSlice(interp, s, start, stop, step).release();
    }
    typeError(interp, "string indices must be integers, not '" + key->type->name + "'");
    return nullptr;
}

int strContainsSlot(Object* s, Object* x) { return strContains(interpOf(s), s, x); }
Object* strIter(Object* s) { return newStrIterator(interpOf(s), s).release(); }
Object* strConcatSlot(Object* a, Object* b) { return strConcat(interpOf(a), a, b).release(); }
Object* strRepeatSlot(Object* a, std::int64_t n) { return strRepeat(interpOf(a), a, n).release(); }
Object* strStrSlot(Object* s) {
    Interpreter& interp = interpOf(s);
    if (s->type == interp.types.str) {
        incref(s);
        return s;
    }
    return newStrFromUtf8(interp, strToUtf8(s)).release();
}

const SequenceSlots kStrSequence = {strConcatSlot, strRepeatSlot, nullptr, nullptr, nullptr};

Object* strTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    // str(x), the common call: unicode_new_impl without encoding/errors is PyObject_Str(x), and one
    // positional argument always parses.
    if (type == interp.types.str && tupleSize(args) == 1 && (kwargs == nullptr || dictSize(kwargs) == 0))
        return objectStr(tupleItem(args, 0)).release();
    static const char* const kNames[] = {"object", "encoding", "errors"};
    ArgSpec spec{"str", kNames, 3, 0, 0, 3};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[3];
    if (!unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames, a)) return nullptr;
    if (type != interp.types.str) {
        // unicode_subtype_new: the exact str's characters in a legacy string of the subclass
        // (PyType_GenericAlloc, then PyObject_Malloc((length + 1) * kind) for the characters).
        Ref tmp(strTpNew(interp.types.str, args, kwargs));
        if (!tmp) return nullptr;
        const StrObject* src = asStr(tmp.get());
        StrObject* r = allocSubtypeInstance<StrObject>(interp, type, 0);
        if (!r) return nullptr;
        Ref result(r);
        r->length = src->length;
        r->hash = src->hash;
        r->kind = src->kind;
        r->ascii = src->ascii;
        r->data = src->data;
        r->legacyData = interp.allocBuffer(r, static_cast<std::uint64_t>((src->length + 1) * src->kind));
        if (!r->legacyData) return nullptr;
        return result.release();
    }
    // Argument Clinic's `str` converters check encoding, then errors, before anything else
    // (_PyArg_BadArgument: None is named "None").
    for (int i = 1; i <= 2; ++i) {
        if (a[i] && !isStr(a[i])) {
            typeError(interp, std::string("str() argument '") + kNames[i] + "' must be str, not " +
                                  (a[i] == interp.none ? std::string("None") : a[i]->type->name));
            return nullptr;
        }
    }
    if (!a[0]) return Ref::borrowed(interp.emptyStr).release();
    if (!a[1] && !a[2]) return objectStr(a[0]).release();
    if (!isBytes(a[0])) {
        if (isStr(a[0])) typeError(interp, "decoding str is not supported");
        else if (checkBuffer(a[0])) { // PyUnicode_FromEncodedObject over the PEP 3118 buffer
            std::string data;
            if (!bufferCopyBytes(a[0], data)) return nullptr;
            return newStrFromUtf8(interp, data).release();
        } else typeError(interp, "decoding to str: need a bytes-like object, " + a[0]->type->name + " found");
        return nullptr;
    }
    return decodeText(interp, bytesView(a[0]), a[0], a[1], a[2]).release();
}

// ---------------------------------------------------------------- str methods

#define STR_METHOD(name) Object* name([[maybe_unused]] Object* self, [[maybe_unused]] Object* const* args, [[maybe_unused]] std::int64_t nargs, [[maybe_unused]] Object* kwnames)
#define INTERP Interpreter& interp = interpOf(self); (void)interp; (void)args; (void)nargs; (void)kwnames

STR_METHOD(mJoin) {
    INTERP;
    Ref seq = sequenceFast(args[0], "can only join an iterable");
    if (!seq) return nullptr;
    return strJoin(interp, self, seq.get()).release();
}

Object* splitImpl(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames, bool right) {
    INTERP;
    static const char* const kNames[] = {"sep", "maxsplit"};
    ArgSpec spec{right ? "rsplit" : "split", kNames, 2, 0, 0, 2};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, right ? "str.rsplit" : "str.split", args, nargs, kwnames, a)) return nullptr;
    std::int64_t maxsplit = -1;
    if (a[1] && !indexAsInt64(a[1], maxsplit, vmOf(interp).exc.OverflowError)) return nullptr;
    Object* sep = a[0] == interp.none ? nullptr : a[0];
    if (sep && !isStr(sep)) {
        typeError(interp, "must be str or None, not " + sep->type->name);
        return nullptr;
    }
    return (right ? strRSplit(interp, self, sep, maxsplit) : strSplit(interp, self, sep, maxsplit)).release();
}
STR_METHOD(mSplit) { return splitImpl(self, args, nargs, kwnames, false); }
STR_METHOD(mRSplit) { return splitImpl(self, args, nargs, kwnames, true); }
STR_METHOD(mSplitlines) {
    INTERP;
    static const char* const kNames[] = {"keepends"};
    ArgSpec spec{"splitlines", kNames, 1, 0, 0, 1};
    Object* a[1];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    const int keep = a[0] ? objectIsTrue(a[0]) : 0;
    if (keep < 0) return nullptr;
    return strSplitlines(interp, self, keep != 0).release();
}
Object* stripImpl(Object* self, Object* const* args, std::int64_t nargs, int which, const char* name) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, name, nargs, 0, 1)) return nullptr;
    Object* chars = nargs ? args[0] : nullptr;
    if (chars == interp.none) chars = nullptr;
    if (chars && !isStr(chars)) {
        typeError(interp, "strip arg must be None or str");
        return nullptr;
    }
    Ref r = which == 0 ? strStrip(interp, self, chars) : which == 1 ? strLStrip(interp, self, chars) : strRStrip(interp, self, chars);
    return r.release();
}
STR_METHOD(mStrip) { return stripImpl(self, args, nargs, 0, "strip"); }
STR_METHOD(mLStrip) { return stripImpl(self, args, nargs, 1, "lstrip"); }
STR_METHOD(mRStrip) { return stripImpl(self, args, nargs, 2, "rstrip"); }
STR_METHOD(mReplace) {
    INTERP;
    if (!checkPositional(interp, "replace", nargs, 2, 3)) return nullptr;
    for (int i = 0; i < 2; ++i)
        if (!isStr(args[i])) {
            typeError(interp, formatString("replace() argument %d must be str, not ", i + 1) + args[i]->type->name);
            return nullptr;
        }
    std::int64_t count = -1;
    if (nargs == 3 && !indexAsInt64(args[2], count, vmOf(interp).exc.OverflowError)) return nullptr;
    return strReplace(interp, self, args[0], args[1], count).release();
}
template <Ref (*F)(Interpreter&, Object*)> STR_METHOD(mCase) {
    INTERP;
    return F(interp, self).release();
}
Object* startsEnds(Object* self, Object* const* args, std::int64_t nargs, bool ends) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, ends ? "endswith" : "startswith", nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && !sliceIndexOr(interp, args[1], start, 0)) return nullptr;
    if (nargs > 2 && !sliceIndexOr(interp, args[2], end, INT64_MAX)) return nullptr;
    const int r = ends ? strEndsWith(interp, self, args[0], start, end) : strStartsWith(interp, self, args[0], start, end);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}
STR_METHOD(mStartsWith) { return startsEnds(self, args, nargs, false); }
STR_METHOD(mEndsWith) { return startsEnds(self, args, nargs, true); }
using FindFn = std::int64_t (*)(Interpreter&, Object*, Object*, std::int64_t, std::int64_t);
Object* findImpl(Object* self, Object* const* args, std::int64_t nargs, const char* name, FindFn fn, std::int64_t errValue) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, name, nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && !sliceIndexOr(interp, args[1], start, 0)) return nullptr;
    if (nargs > 2 && !sliceIndexOr(interp, args[2], end, INT64_MAX)) return nullptr;
    const std::int64_t r = fn(interp, self, args[0], start, end);
    if (r == errValue && errOccurred(interp)) return nullptr;
    return newInt(interp, r).release();
}
STR_METHOD(mFind) { return findImpl(self, args, nargs, "find", strFind, -2); }
STR_METHOD(mRFind) { return findImpl(self, args, nargs, "rfind", strRFind, -2); }
STR_METHOD(mIndex) { return findImpl(self, args, nargs, "index", strIndex, -1); }
STR_METHOD(mRIndex) { return findImpl(self, args, nargs, "rindex", strRIndex, -1); }
STR_METHOD(mCount) { return findImpl(self, args, nargs, "count", strCount, -1); }
template <bool (*F)(const Object*)> STR_METHOD(mPred) {
    INTERP;
    return newBool(interp, F(self));
}
STR_METHOD(mIsAscii) {
    INTERP;
    return newBool(interp, strIsAscii(self));
}
STR_METHOD(mZfill) {
    INTERP;
    std::int64_t width = 0;
    if (!indexAsInt64(args[0], width, vmOf(interp).exc.OverflowError)) return nullptr;
    return strZfill(interp, self, width).release();
}
using JustFn = Ref (*)(Interpreter&, Object*, std::int64_t, char32_t);
Object* justImpl(Object* self, Object* const* args, std::int64_t nargs, const char* name, JustFn fn) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, name, nargs, 1, 2)) return nullptr;
    std::int64_t width = 0;
    if (!indexAsInt64(args[0], width, vmOf(interp).exc.OverflowError)) return nullptr;
    char32_t fill = U' ';
    if (nargs == 2) {
        // convert_uc (the fill argument's converter)
        if (!isStr(args[1])) {
            typeError(interp, "The fill character must be a unicode character, not " + args[1]->type->name);
            return nullptr;
        }
        if (strLength(args[1]) != 1) {
            typeError(interp, "The fill character must be exactly one character long");
            return nullptr;
        }
        fill = strCharAt(args[1], 0);
    }
    return fn(interp, self, width, fill).release();
}
STR_METHOD(mCenter) { return justImpl(self, args, nargs, "center", strCenter); }
STR_METHOD(mLJust) { return justImpl(self, args, nargs, "ljust", strLJust); }
STR_METHOD(mRJust) { return justImpl(self, args, nargs, "rjust", strRJust); }
STR_METHOD(mPartition) {
    INTERP;
    if (!isStr(args[0])) {
        typeError(interp, "must be str, not " + args[0]->type->name);
        return nullptr;
    }
    return strPartition(interp, self, args[0]).release();
}
STR_METHOD(mRPartition) {
    INTERP;
    if (!isStr(args[0])) {
        typeError(interp, "must be str, not " + args[0]->type->name);
        return nullptr;
    }
    return strRPartition(interp, self, args[0]).release();
}
STR_METHOD(mRemovePrefix) {
    INTERP;
    if (!isStr(args[0])) {
        typeError(interp, "removeprefix() argument must be str, not " + args[0]->type->name);
        return nullptr;
    }
    return strRemovePrefix(interp, self, args[0]).release();
}
STR_METHOD(mRemoveSuffix) {
    INTERP;
    if (!isStr(args[0])) {
        typeError(interp, "removesuffix() argument must be str, not " + args[0]->type->name);
        return nullptr;
    }
    return strRemoveSuffix(interp, self, args[0]).release();
}
STR_METHOD(mEncode) {
    INTERP;
    static const char* const kNames[] = {"encoding", "errors"};
    ArgSpec spec{"encode", kNames, 2, 0, 0, 2};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, "str.encode", args, nargs, kwnames, a)) return nullptr;
    for (int i = 0; i < 2; ++i)
        if (a[i] && !isStr(a[i])) {
            typeError(interp, std::string("encode() argument '") + kNames[i] + "' must be str, not " + a[i]->type->name);
            return nullptr;
        }
    return encodeText(interp, self, a[0], a[1]).release();
}
STR_METHOD(mExpandTabs) {
    INTERP;
    static const char* const kNames[] = {"tabsize"};
    ArgSpec spec{"expandtabs", kNames, 1, 0, 0, 1};
    Object* a[1];
    if (!unpackParserArgs(interp, spec, "str.expandtabs", args, nargs, kwnames, a)) return nullptr;
    std::int64_t tab = 8;
    if (a[0] && !indexAsInt64(a[0], tab, vmOf(interp).exc.OverflowError)) return nullptr;
    if (tab > INT32_MAX || tab < INT32_MIN) { // tabsize is a C int
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    const std::u32string text = strToCodePoints(self);
    // First pass (as unicode_expandtabs_impl): the result length, OverflowError past
    // PY_SSIZE_T_MAX; a result longer than the host builds is MemoryError.
    std::int64_t length = 0, column = 0;
    for (char32_t c : text) {
        if (c == U'\t') {
            if (tab > 0) {
                const std::int64_t incr = tab - column % tab;
                if (incr > INT64_MAX - length) {
                    raiseError(interp, vmOf(interp).exc.OverflowError, "new string is too long");
                    return nullptr;
                }
                length += incr;
                column += incr;
            }
        } else {
            ++length;
            column = (c == U'\n' || c == U'\r') ? 0 : column + 1;
        }
    }
    // No tab: the string itself (unicode_result_unchanged: a copy for a subclass).
    if (text.find(U'\t') == std::u32string::npos) return strResultUnchanged(interp, self).release();
    if (length > (std::int64_t(1) << 31)) {
        interp.setMemoryError();
        return nullptr;
    }
    std::u32string out;
    std::int64_t col = 0;
    for (char32_t c : text) {
        if (c == U'\t') {
            if (tab > 0) {
                const std::int64_t n = tab - col % tab;
                out.append(static_cast<std::size_t>(n), U' ');
                col += n;
            }
        } else {
            out.push_back(c);
            col = (c == U'\n' || c == U'\r') ? 0 : col + 1;
        }
    }
    return newStrFromCodePoints(interp, out).release();
}
STR_METHOD(mGetNewArgs) {
    INTERP;
    Ref s(strStrSlot(self));
    return tuplePack(interp, {s.get()}).release();
}

// str.translate(table) (unicode_translate / charmaptranslate_lookup): table[ord(c)] per character;
// LookupError keeps it, None deletes it, an int is a code point, a str is inserted.
STR_METHOD(mTranslate) {
    INTERP;
    VmState& vm = vmOf(interp);
    std::u32string out;
    for (char32_t c : strToCodePoints(self)) {
        Ref key = newInt(interp, static_cast<std::int64_t>(c));
        if (!key) return nullptr;
        Ref value = getItem(args[0], key.get());
        if (!value) {
            if (!errMatches(interp, vm.exc.LookupError)) return nullptr;
            clearError(interp);
            out.push_back(c);
            continue;
        }
        if (value.get() == interp.none) continue;
        if (isInt(value.get())) {
            std::int64_t cp = 0;
            if (!intAsInt64(value.get(), cp) || cp < 0 || cp > 0x10FFFF) {
                raiseError(interp, vm.exc.ValueError, "character mapping must be in range(0x110000)");
                return nullptr;
            }
            out.push_back(static_cast<char32_t>(cp));
        } else if (isStr(value.get())) {
            out += strToCodePoints(value.get());
        } else {
            typeError(interp, "character mapping must return integer, None or str");
            return nullptr;
        }
    }
    return newStrFromCodePoints(interp, out).release();
}

// str.maketrans(x[, y[, z]]) (unicode_maketrans_impl): the translate table dict. A staticmethod
// (METH_STATIC: its C self is the type str, its __self__ None).
STR_METHOD(mMakeTrans) {
    INTERP;
    VmState& vm = vmOf(interp);
    if (!checkPositional(interp, "maketrans", nargs, 1, 3)) return nullptr;
    Ref table = newDict(interp);
    if (!table) return nullptr;
    if (nargs >= 2) {
        if (!isStr(args[0])) {
            typeError(interp, "first maketrans argument must be a string if there is a second argument");
            return nullptr;
        }
        if (!isStr(args[1])) {
            typeError(interp, "maketrans() argument 2 must be str, not " + args[1]->type->name);
            return nullptr;
        }
        if (nargs == 3 && !isStr(args[2])) {
            typeError(interp, "maketrans() argument 3 must be str, not " + args[2]->type->name);
            return nullptr;
        }
        const std::u32string x = strToCodePoints(args[0]), y = strToCodePoints(args[1]);
        if (x.size() != y.size()) {
            raiseError(interp, vm.exc.ValueError, "the first two maketrans arguments must have equal length");
            return nullptr;
        }
        for (std::size_t i = 0; i < x.size(); ++i) {
            Ref k = newInt(interp, static_cast<std::int64_t>(x[i])), v = newInt(interp, static_cast<std::int64_t>(y[i]));
            if (!k || !v || dictSetItem(table.get(), k.get(), v.get()) < 0) return nullptr;
        }
        if (nargs == 3)
            for (char32_t c : strToCodePoints(args[2])) {
                Ref k = newInt(interp, static_cast<std::int64_t>(c));
                if (!k || dictSetItem(table.get(), k.get(), interp.none) < 0) return nullptr;
            }
        return table.release();
    }
    if (!isDict(args[0])) {
        typeError(interp, "if you give only one argument to maketrans it must be a dict");
        return nullptr;
    }
    std::int64_t pos = 0;
    Object *key = nullptr, *value = nullptr;
    while (dictNext(args[0], pos, &key, &value)) {
        Ref k;
        if (isStr(key)) {
            const std::u32string cps = strToCodePoints(key);
            if (cps.size() != 1) {
                raiseError(interp, vm.exc.ValueError, "string keys in translate table must be of length 1");
                return nullptr;
            }
            k = newInt(interp, static_cast<std::int64_t>(cps[0]));
        } else if (isInt(key)) {
            k = Ref::borrowed(key);
        } else {
            typeError(interp, "keys in translate table must be strings or integers");
            return nullptr;
        }
        if (!k || dictSetItem(table.get(), k.get(), value) < 0) return nullptr;
    }
    return table.release();
}

const MethodDef kStrMethods[] = {
    {"join", mJoin, meth::kO},
    {"split", mSplit, meth::kFastcall | meth::kKeywords},
    {"rsplit", mRSplit, meth::kFastcall | meth::kKeywords},
    {"splitlines", mSplitlines, meth::kFastcall | meth::kKeywords},
    {"strip", mStrip, meth::kFastcall},
    {"lstrip", mLStrip, meth::kFastcall},
    {"rstrip", mRStrip, meth::kFastcall},
    {"replace", mReplace, meth::kFastcall},
    {"upper", mCase<strUpper>, meth::kNoArgs},
    {"lower", mCase<strLower>, meth::kNoArgs},
    {"capitalize", mCase<strCapitalize>, meth::kNoArgs},
    {"title", mCase<strTitle>, meth::kNoArgs},
    {"swapcase", mCase<strSwapcase>, meth::kNoArgs},
    {"casefold", mCase<strCasefold>, meth::kNoArgs},
    {"startswith", mStartsWith, meth::kFastcall | meth::kVarargs},
    {"endswith", mEndsWith, meth::kFastcall | meth::kVarargs},
    {"find", mFind, meth::kFastcall | meth::kVarargs},
    {"rfind", mRFind, meth::kFastcall | meth::kVarargs},
    {"index", mIndex, meth::kFastcall | meth::kVarargs},
    {"rindex", mRIndex, meth::kFastcall | meth::kVarargs},
    {"count", mCount, meth::kFastcall | meth::kVarargs},
    {"isdigit", mPred<strIsDigit>, meth::kNoArgs},
    {"isdecimal", mPred<strIsDecimal>, meth::kNoArgs},
    {"isnumeric", mPred<strIsNumeric>, meth::kNoArgs},
    {"isalpha", mPred<strIsAlpha>, meth::kNoArgs},
    {"isalnum", mPred<strIsAlnum>, meth::kNoArgs},
    {"isspace", mPred<strIsSpace>, meth::kNoArgs},
    {"isupper", mPred<strIsUpper>, meth::kNoArgs},
    {"islower", mPred<strIsLower>, meth::kNoArgs},
    {"istitle", mPred<strIsTitle>, meth::kNoArgs},
    {"isidentifier", mPred<strIsIdentifier>, meth::kNoArgs},
    {"isprintable", mPred<strIsPrintable>, meth::kNoArgs},
    {"isascii", mIsAscii, meth::kNoArgs},
    {"zfill", mZfill, meth::kO},
    {"center", mCenter, meth::kFastcall},
    {"ljust", mLJust, meth::kFastcall},
    {"rjust", mRJust, meth::kFastcall},
    {"partition", mPartition, meth::kO},
    {"rpartition", mRPartition, meth::kO},
    {"removeprefix", mRemovePrefix, meth::kO},
    {"removesuffix", mRemoveSuffix, meth::kO},
    {"encode", mEncode, meth::kFastcall | meth::kKeywords},
    {"expandtabs", mExpandTabs, meth::kFastcall | meth::kKeywords},
    {"__getnewargs__", mGetNewArgs, meth::kNoArgs},
    {"translate", mTranslate, meth::kO},
    {"maketrans", mMakeTrans, meth::kFastcall | meth::kStatic},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- bytes

std::int64_t bytesLen(Object* b) { return bytesSize(b); }
Object* bytesSubscript(Object* b, Object* key) {
    Interpreter& interp = interpOf(b);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
        if (i < 0) i += bytesSize(b);
        return bytesGetItem(interp, b, i).release();
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        return bytesSubscriptSlice(interp, b, start, stop, step).release();
    }
    typeError(interp, "byte indices must be integers or slices, not " + key->type->name);
    return nullptr;
}
int bytesContainsSlot(Object* b, Object* x) { return bytesContains(interpOf(b), b, x); }
Object* bytesIter(Object* b) { return newBytesIterator(interpOf(b), b).release(); }
Object* bytesConcatSlot(Object* a, Object* b) { return bytesConcat(interpOf(a), a, b).release(); }
Object* bytesRepeatSlot(Object* a, std::int64_t n) { return bytesRepeat(interpOf(a), a, n).release(); }
const SequenceSlots kBytesSequence = {bytesConcatSlot, bytesRepeatSlot, nullptr, nullptr, nullptr};

Object* bytesTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"source", "encoding", "errors"};
    ArgSpec spec{"bytes", kNames, 3, 0, 0, 3};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[3];
    if (!unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames, a)) return nullptr;
    if (type != interp.types.bytes) {
        // bytes_subtype_new: the exact bytes copied into a subclass instance of n items.
        Ref tmp(bytesTpNew(interp.types.bytes, args, kwargs));
        if (!tmp) return nullptr;
        BytesObject* r = allocSubtypeInstance<BytesObject>(interp, type, bytesSize(tmp.get()));
        if (!r) return nullptr;
        r->data = std::string(bytesView(tmp.get()));
        r->hash = static_cast<BytesObject*>(tmp.get())->hash;
        return r;
    }
    if (!a[0]) return Ref::borrowed(interp.emptyBytes).release();
    Object* x = a[0];
    if (!a[1]) {
        // __bytes__ comes before every other conversion (bytes_new).
        // _PyObject_LookupSpecial: the attribute bound to x (a new bound method), then called.
        if (Ref func = lookupSpecial(x, vmOf(interp).names.__bytes__)) {
            Ref r = callNoArgs(func.get());
            func = Ref();
            if (!r) return nullptr;
            if (!isBytes(r.get())) {
                typeError(interp, "__bytes__ returned non-bytes (type " + r->type->name + ")");
                return nullptr;
            }
            if (type == interp.types.bytes && isExactBytes(r.get())) return r.release();
            return newBytes(interp, bytesView(r.get())).release();
        }
        if (errOccurred(interp)) return nullptr; // __bytes__'s __get__ failed
    }
    if (isStr(x)) {
        if (!a[1]) {
            typeError(interp, "string argument without an encoding");
            return nullptr;
        }
        return encodeText(interp, x, a[1], a[2]).release();
    }
    if (a[1]) {
        typeError(interp, "encoding without a string argument");
        return nullptr;
    }
    if (isBytes(x)) {
        if (type == interp.types.bytes && isExactBytes(x)) return Ref::borrowed(x).release();
        return newBytes(interp, bytesView(x)).release();
    }
    if (checkBuffer(x)) { // _PyBytes_FromBuffer: a new object even for one byte
        std::string data;
        if (!bufferCopyBytes(x, data)) return nullptr;
        Ref r = newBytesUninit(interp, static_cast<std::int64_t>(data.size()));
        if (r && !data.empty()) std::memcpy(bytesMutableData(r.get()), data.data(), data.size());
        return r.release();
    }
    if (hasIndex(x)) {
        std::int64_t n = 0;
        if (!indexAsInt64(x, n, vmOf(interp).exc.OverflowError)) return nullptr;
        if (n < 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "negative count");
            return nullptr;
        }
        return newBytesUninit(interp, n).release(); // zero-filled; MemoryError past the host limit
    }
    return bytesFromObject(interp, x).release();
}

Object* bDecode(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    INTERP;
    static const char* const kNames[] = {"encoding", "errors"};
    ArgSpec spec{"decode", kNames, 2, 0, 0, 2};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, "bytes.decode", args, nargs, kwnames, a)) return nullptr;
    for (int i = 0; i < 2; ++i)
        if (a[i] && !isStr(a[i])) {
            typeError(interp, std::string("decode() argument '") + kNames[i] + "' must be str, not " + a[i]->type->name);
            return nullptr;
        }
    if (!a[0] && !a[1]) return bytesDecodeUtf8(interp, self).release();
    return decodeText(interp, bytesView(self), self, a[0], a[1]).release();
}
// bytes.__bytes__: an exact bytes is itself; a subclass instance gives a plain copy.
Object* bBytes(Object* self, Object* const*, std::int64_t, Object*) {
    if (isExactBytes(self)) return Ref::borrowed(self).release();
    return newBytes(interpOf(self), bytesView(self)).release();
}
// bytes.hex(sep=<none>, bytes_per_sep=1): _Py_strhex_with_sep.
Object* bHex(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    INTERP;
    Object* sep = nullptr;
    int perSep = 1;
    if (!parseHexArgs(interp, "bytes.hex", args, nargs, kwnames, sep, perSep)) return nullptr;
    return strhexWithSep(interp, bytesView(self), sep, perSep).release();
}
const MethodDef kBytesMethods[] = {
    {"__bytes__", bBytes, meth::kNoArgs},
    {"decode", bDecode, meth::kFastcall | meth::kKeywords},
    {"hex", bHex, meth::kFastcall | meth::kKeywords},
    {nullptr, nullptr, 0},
};

#undef STR_METHOD
#undef INTERP

} // namespace

void bindStrTypes(Interpreter& interp) {
    TypeObject* s = interp.types.str;
    s->slots.length = strLen;
    s->slots.subscript = strSubscript;
    s->slots.contains = strContainsSlot;
    s->slots.iter = strIter;
    s->slots.str = strStrSlot;
    s->slots.sequence = &kStrSequence;
    s->slots.tpNew = strTpNew;
    addMethods(interp, s, kStrMethods);

    TypeObject* b = interp.types.bytes;
    b->slots.length = bytesLen;
    b->slots.subscript = bytesSubscript;
    b->slots.contains = bytesContainsSlot;
    b->slots.iter = bytesIter;
    b->slots.sequence = &kBytesSequence;
    b->slots.tpNew = bytesTpNew;
    b->slots.str = [](Object* o) -> Object* { return o->type->repr(o); };
    addMethods(interp, b, kBytesMethods);
    addSharedBytesMethods(interp, b, false);
}

} // namespace hs
