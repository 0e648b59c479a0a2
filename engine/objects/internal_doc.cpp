// CPython's internal docstrings: the signature head of a C-level doc, and the slotdefs docs of
// the slot wrappers (Objects/typeobject.c, 3.11).
#include "objects/internal_doc.h"

#include "objects/str_object.h"
#include "runtime/interpreter.h"

#include <cstring>

namespace hs {

namespace {

constexpr std::string_view kSignatureEnd = ")\n--\n\n";

// find_signature: the '(' after `name` (its last dotted component) at the start of doc, or nullptr.
const char* findSignature(const char* name, const char* doc) {
    if (!doc) return nullptr;
    if (const char* dot = std::strrchr(name, '.')) name = dot + 1;
    const std::size_t length = std::strlen(name);
    if (std::strncmp(doc, name, length) != 0) return nullptr;
    doc += length;
    return *doc == '(' ? doc : nullptr;
}

// skip_signature: just past ")\n--\n\n", or nullptr when a blank line ("\n\n") comes first.
const char* skipSignature(const char* doc) {
    for (; *doc; ++doc) {
        if (std::string_view(doc).substr(0, kSignatureEnd.size()) == kSignatureEnd) return doc + kSignatureEnd.size();
        if (doc[0] == '\n' && doc[1] == '\n') return nullptr;
    }
    return nullptr;
}

Ref none(Interpreter& interp) { return Ref::borrowed(interp.none); }

struct SlotDoc {
    const char* name;
    const char* doc;
};

// slotdefs' docs (the BINSLOT/RBINSLOT/IBSLOT/UNSLOT macros expanded), sorted by name. The
// sequence slots' own in-place docs are kSequenceInplace below.
const SlotDoc kSlotDocs[] = {
    {"__abs__", "__abs__($self, /)\n--\n\nabs(self)"},
    {"__add__", "__add__($self, value, /)\n--\n\nReturn self+value."},
    {"__aiter__", "__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous iterator."},
    {"__and__", "__and__($self, value, /)\n--\n\nReturn self&value."},
    {"__anext__", "__anext__($self, /)\n--\n\nReturn a value or raise StopAsyncIteration."},
    {"__await__", "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression."},
    {"__bool__", "__bool__($self, /)\n--\n\nTrue if self else False"},
    {"__call__", "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function."},
    {"__contains__", "__contains__($self, key, /)\n--\n\nReturn key in self."},
    {"__delattr__", "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name)."},
    {"__delete__", "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance."},
    {"__delitem__", "__delitem__($self, key, /)\n--\n\nDelete self[key]."},
    {"__divmod__", "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value)."},
    {"__eq__", "__eq__($self, value, /)\n--\n\nReturn self==value."},
    {"__float__", "__float__($self, /)\n--\n\nfloat(self)"},
    {"__floordiv__", "__floordiv__($self, value, /)\n--\n\nReturn self//value."},
    {"__ge__", "__ge__($self, value, /)\n--\n\nReturn self>=value."},
    {"__get__", "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner."},
    {"__getattribute__", "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name)."},
    {"__getitem__", "__getitem__($self, key, /)\n--\n\nReturn self[key]."},
    {"__gt__", "__gt__($self, value, /)\n--\n\nReturn self>value."},
    {"__hash__", "__hash__($self, /)\n--\n\nReturn hash(self)."},
    {"__iadd__", "__iadd__($self, value, /)\n--\n\nReturn self+=value."},
    {"__iand__", "__iand__($self, value, /)\n--\n\nReturn self&=value."},
    {"__ifloordiv__", "__ifloordiv__($self, value, /)\n--\n\nReturn self//=value."},
    {"__ilshift__", "__ilshift__($self, value, /)\n--\n\nReturn self<<=value."},
    {"__imatmul__", "__imatmul__($self, value, /)\n--\n\nReturn self@=value."},
    {"__imod__", "__imod__($self, value, /)\n--\n\nReturn self%=value."},
    {"__imul__", "__imul__($self, value, /)\n--\n\nReturn self*=value."},
    {"__index__", "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list."},
    {"__init__", "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature."},
    {"__int__", "__int__($self, /)\n--\n\nint(self)"},
    {"__invert__", "__invert__($self, /)\n--\n\n~self"},
    {"__ior__", "__ior__($self, value, /)\n--\n\nReturn self|=value."},
    {"__ipow__", "__ipow__($self, value, /)\n--\n\nReturn self**=value."},
    {"__irshift__", "__irshift__($self, value, /)\n--\n\nReturn self>>=value."},
    {"__isub__", "__isub__($self, value, /)\n--\n\nReturn self-=value."},
    {"__iter__", "__iter__($self, /)\n--\n\nImplement iter(self)."},
    {"__itruediv__", "__itruediv__($self, value, /)\n--\n\nReturn self/=value."},
    {"__ixor__", "__ixor__($self, value, /)\n--\n\nReturn self^=value."},
    {"__le__", "__le__($self, value, /)\n--\n\nReturn self<=value."},
    {"__len__", "__len__($self, /)\n--\n\nReturn len(self)."},
    {"__lshift__", "__lshift__($self, value, /)\n--\n\nReturn self<<value."},
    {"__lt__", "__lt__($self, value, /)\n--\n\nReturn self<value."},
    {"__matmul__", "__matmul__($self, value, /)\n--\n\nReturn self@value."},
    {"__mod__", "__mod__($self, value, /)\n--\n\nReturn self%value."},
    {"__mul__", "__mul__($self, value, /)\n--\n\nReturn self*value."},
    {"__ne__", "__ne__($self, value, /)\n--\n\nReturn self!=value."},
    {"__neg__", "__neg__($self, /)\n--\n\n-self"},
    {"__next__", "__next__($self, /)\n--\n\nImplement next(self)."},
    {"__or__", "__or__($self, value, /)\n--\n\nReturn self|value."},
    {"__pos__", "__pos__($self, /)\n--\n\n+self"},
    {"__pow__", "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod)."},
    {"__radd__", "__radd__($self, value, /)\n--\n\nReturn value+self."},
    {"__rand__", "__rand__($self, value, /)\n--\n\nReturn value&self."},
    {"__rdivmod__", "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self)."},
    {"__repr__", "__repr__($self, /)\n--\n\nReturn repr(self)."},
    {"__rfloordiv__", "__rfloordiv__($self, value, /)\n--\n\nReturn value//self."},
    {"__rlshift__", "__rlshift__($self, value, /)\n--\n\nReturn value<<self."},
    {"__rmatmul__", "__rmatmul__($self, value, /)\n--\n\nReturn value@self."},
    {"__rmod__", "__rmod__($self, value, /)\n--\n\nReturn value%self."},
    {"__rmul__", "__rmul__($self, value, /)\n--\n\nReturn value*self."},
    {"__ror__", "__ror__($self, value, /)\n--\n\nReturn value|self."},
    {"__rpow__", "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod)."},
    {"__rrshift__", "__rrshift__($self, value, /)\n--\n\nReturn value>>self."},
    {"__rshift__", "__rshift__($self, value, /)\n--\n\nReturn self>>value."},
    {"__rsub__", "__rsub__($self, value, /)\n--\n\nReturn value-self."},
    {"__rtruediv__", "__rtruediv__($self, value, /)\n--\n\nReturn value/self."},
    {"__rxor__", "__rxor__($self, value, /)\n--\n\nReturn value^self."},
    {"__set__", "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value."},
    {"__setattr__", "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value)."},
    {"__setitem__", "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value."},
    {"__str__", "__str__($self, /)\n--\n\nReturn str(self)."},
    {"__sub__", "__sub__($self, value, /)\n--\n\nReturn self-value."},
    {"__truediv__", "__truediv__($self, value, /)\n--\n\nReturn self/value."},
    {"__xor__", "__xor__($self, value, /)\n--\n\nReturn self^value."},
};

const SlotDoc kSequenceInplace[] = {
    {"__iadd__", "__iadd__($self, value, /)\n--\n\nImplement self+=value."},
    {"__imul__", "__imul__($self, value, /)\n--\n\nImplement self*=value."},
};

} // namespace

Ref docFromInternalDoc(Interpreter& interp, const char* name, const char* internalDoc) {
    // _PyType_DocWithoutSignature: the text after a valid head, else the whole doc.
    const char* doc = internalDoc;
    if (const char* sig = findSignature(name, internalDoc))
        if (const char* rest = skipSignature(sig)) doc = rest;
    if (!doc || !*doc) return none(interp);
    return newStrFromUtf8(interp, doc);
}

Ref textSignatureFromInternalDoc(Interpreter& interp, const char* name, const char* internalDoc) {
    const char* start = findSignature(name, internalDoc);
    const char* end = start ? skipSignature(start) : nullptr;
    if (!end) return none(interp);
    end -= kSignatureEnd.size() - 1; // just past the final ')'
    return newStrFromUtf8(interp, std::string_view(start, static_cast<std::size_t>(end - start)));
}

const char* slotWrapperDoc(std::string_view name, bool sequenceSlot) {
    if (sequenceSlot)
        for (const SlotDoc& d : kSequenceInplace)
            if (name == d.name) return d.doc;
    std::size_t lo = 0, hi = sizeof kSlotDocs / sizeof kSlotDocs[0];
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        const std::string_view key = kSlotDocs[mid].name;
        if (key == name) return kSlotDocs[mid].doc;
        if (key < name) lo = mid + 1;
        else hi = mid;
    }
    return nullptr;
}

} // namespace hs
