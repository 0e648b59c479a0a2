// `object` (the base of every type; plain object() instances) and `type` (the metatype).
// Heap types (classes) arrive with the front end; here the static type objects only.
#include "objects/builtin_types.h"
#include "runtime/interpreter.h"

#include <cstdio>

namespace hs {

namespace {

void objectDealloc(Object* o) { o->type->interp->freeObject(o); }

std::int64_t basicSizeOf(const Object* o) { return o->type->basicsize; }

std::string addressLabel(const Object* o) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<%s>", o->type->name.c_str());
    return buf;
}

void staticTypeDealloc(Object*) {
    // Static types are never deallocated (their refcount never reaches zero in CPython).
}

std::int64_t typeSizeOf(const Object* o) {
    // type.__sizeof__ of a static type: sizeof(PyTypeObject) = 408 on 64-bit 3.11.
    (void)o;
    return 408;
}

std::string typeLabel(const Object* o) {
    return "<class '" + static_cast<const TypeObject*>(o)->name + "'>";
}

} // namespace

void initObjectType(Interpreter&, TypeObject& t) {
    t.dealloc = objectDealloc;
    t.sizeOf = basicSizeOf;
    t.label = addressLabel;
}

void initTypeType(Interpreter&, TypeObject& t) {
    t.dealloc = staticTypeDealloc;
    t.sizeOf = typeSizeOf;
    t.label = typeLabel;
    setHostDestructor<TypeObject>(t);
}

} // namespace hs
