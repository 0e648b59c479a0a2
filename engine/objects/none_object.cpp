// None, Ellipsis and NotImplemented: statically allocated singletons of their types. In 3.11 they are
// static but not immortal: their counts move normally and must never reach zero.
#include "objects/builtin_types.h"
#include "objects/static_refcounts.h"
#include "runtime/interpreter.h"

#include <cstdlib>

namespace hs {

namespace {

void singletonDealloc(Object*) {
    // none_dealloc calls Py_FatalError("deallocating None"); the audit catches any such bug first.
    std::abort();
}

std::int64_t basicSizeOf(const Object* o) { return o->type->basicsize; }

} // namespace

void initNoneType(Interpreter&, TypeObject& t) {
    t.dealloc = singletonDealloc;
    t.sizeOf = basicSizeOf;
    t.label = [](const Object*) { return std::string("None"); };
}

void initEllipsisType(Interpreter&, TypeObject& t) {
    t.dealloc = singletonDealloc;
    t.sizeOf = basicSizeOf;
    t.label = [](const Object*) { return std::string("Ellipsis"); };
}

void initNotImplementedType(Interpreter&, TypeObject& t) {
    t.dealloc = singletonDealloc;
    t.sizeOf = basicSizeOf;
    t.label = [](const Object*) { return std::string("NotImplemented"); };
}

void createNoneAndEllipsis(Interpreter& interp) {
    interp.none = interp.newStaticObject<Object>(interp.types.none, 16, static_refcounts::kNone);
    interp.ellipsis = interp.newStaticObject<Object>(interp.types.ellipsis, 16, static_refcounts::kEllipsis);
    interp.notImplemented =
        interp.newStaticObject<Object>(interp.types.notImplemented, 16, static_refcounts::kNotImplemented);
}

} // namespace hs
