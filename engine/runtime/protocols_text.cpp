// Text conversions (Objects/object.c, abstract.c): str(), ascii(), format(), host-side str/repr
// helpers for messages, and COMPARE_OP's comparison entry.
#include "runtime/protocols.h"

#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"

namespace hs {

namespace {
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
} // namespace

Object* objectStrDefault(Object* o) {
    if (UnaryFunc repr = o->type->repr) return repr(o);
    return objectRepr(o).release(); // (its "has no repr" error)
}

Ref objectStr(Object* o) {
    Interpreter& interp = interpOf(o);
    if (o->type == interp.types.str) return Ref::borrowed(o);
    UnaryFunc f = o->type->slots.str;
    if (!enterRecursiveCall(interp, " while getting the str of an object")) return Ref();
    Ref r(f ? f(o) : objectStrDefault(o));
    leaveRecursiveCall(interp);
    if (r && !isStr(r.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__str__ returned non-string (type " + r->type->name + ")");
        return Ref();
    }
    return r;
}

Ref objectAscii(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref r = objectRepr(o);
    if (!r) return Ref();
    if (strIsAscii(r.get())) return r;
    // PyUnicode_AsASCIIString(repr, "backslashreplace")
    std::string out;
    const std::u32string cps = strToCodePoints(r.get());
    for (char32_t c : cps) {
        if (c < 128) out += static_cast<char>(c);
        else if (c <= 0xff) out += formatString("\\x%02x", static_cast<unsigned>(c));
        else if (c <= 0xffff) out += formatString("\\u%04x", static_cast<unsigned>(c));
        else out += formatString("\\U%08x", static_cast<unsigned>(c));
    }
    return newStrFromAscii(interp, out);
}

Ref objectFormat(Object* o, Object* spec) {
    Interpreter& interp = interpOf(o);
    const bool empty = spec == nullptr || strLength(spec) == 0;
    if (empty) {
        if (o->type == interp.types.str) return Ref::borrowed(o);
        if (o->type == interp.types.int_) return objectStr(o);
    }
    // _PyObject_LookupSpecial: __format__ bound to o (a new bound method, holding o, for the call).
    Ref meth = lookupSpecial(o, vmOf(interp).names.__format__);
    if (!meth) {
        if (!errOccurred(interp))
            raiseError(interp, vmOf(interp).exc.TypeError, "Type " + o->type->name + " doesn't define __format__");
        return Ref();
    }
    Ref r = callOneArg(meth.get(), spec ? spec : interp.emptyStr);
    meth = Ref();
    if (r && !isStr(r.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__format__ must return a str, not " + r->type->name);
        return Ref();
    }
    return r;
}

std::string strOf(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref s = objectStr(o);
    if (!s) {
        clearError(interp);
        return "<unprintable " + o->type->name + " object>";
    }
    return strToUtf8(s.get());
}

std::string reprOf(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref s = objectRepr(o);
    if (!s) {
        clearError(interp);
        return "<unprintable " + o->type->name + " object>";
    }
    return strToUtf8(s.get());
}

Ref compareOp(Object* a, Object* b, int cmpop) {
    // objectRichCompare holds the " in comparison" recursion guard.
    return objectRichCompare(a, b, static_cast<CompareOp>(cmpop));
}

} // namespace hs
