// Heap audit. References counted: each object's `references` slot (its traverse when unset), the
// type reference an instance of a heap type holds, and the interpreter's roots.
#include "runtime/audit.h"

#include "runtime/interpreter.h"

#include <cstdio>
#include <unordered_map>

namespace hs {

namespace {
struct Counter {
    std::unordered_map<const Object*, std::int64_t>* found;
};

int countReference(Object* referent, void* arg) {
    auto* c = static_cast<Counter*>(arg);
    auto it = c->found->find(referent);
    if (it != c->found->end()) ++it->second;
    return 0;
}

void visitReferences(Object* o, VisitProc visit, void* arg) {
    TypeObject* t = o->type;
    if (t->references) t->references(o, visit, arg);
    else if (t->traverse) t->traverse(o, visit, arg);
    if (t->isHeapType()) visit(t, arg);
}
} // namespace

std::vector<std::string> auditHeap(const Interpreter& interp) {
    std::unordered_map<const Object*, std::int64_t> found;
    interp.forEachHeapObject([&](Object* o) { found.emplace(o, 0); });
    Counter counter{&found};
    interp.forEachHeapObject([&](Object* o) { visitReferences(o, countReference, &counter); });
    for (Object* s : interp.statics()) visitReferences(s, countReference, &counter);
    interp.forEachRoot([&](Object* o) { countReference(o, &counter); });

    std::vector<std::string> problems;
    interp.forEachHeapObject([&](Object* o) {
        const std::int64_t expected = found[o];
        if (o->refcnt == expected) return;
        char line[160];
        std::snprintf(line, sizeof line, "%s at 0x%llx: refcount %lld, but %lld references found",
                      o->type->name.c_str(), static_cast<unsigned long long>(o->addr),
                      static_cast<long long>(o->refcnt), static_cast<long long>(expected));
        problems.emplace_back(line);
    });
    return problems;
}

} // namespace hs
