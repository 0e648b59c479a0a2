// CPython 3.11's docstrings of the built-in functions and methods: the table the build generates
// from python3.11 into generated/objects/builtin_docs_table.inc, sorted by (owner, name).
#include "objects/builtin_docs.h"

#include "objects/type_object.h"

#include <cstddef>
#include <string>

namespace hs {

namespace {

struct BuiltinDoc {
    const char* owner;
    const char* name;
    const char* doc;
};

const BuiltinDoc kBuiltinDocs[] = {
#include "objects/builtin_docs_table.inc"
};

const BuiltinDoc* find(std::string_view owner, std::string_view name) {
    std::size_t lo = 0, hi = sizeof kBuiltinDocs / sizeof kBuiltinDocs[0];
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        const BuiltinDoc& d = kBuiltinDocs[mid];
        int order = std::string_view(d.owner).compare(owner);
        if (order == 0) order = std::string_view(d.name).compare(name);
        if (order == 0) return &d;
        if (order < 0) lo = mid + 1;
        else hi = mid;
    }
    return nullptr;
}

} // namespace

const char* cpythonBuiltinDoc(std::string_view owner, std::string_view name) {
    const BuiltinDoc* d = find(owner, name);
    return d ? d->doc : nullptr;
}

bool builtinDocListed(std::string_view owner, std::string_view name) { return find(owner, name) != nullptr; }

const char* cpythonBuiltinDocOfType(const TypeObject* owner, std::string_view name) {
    if (!owner->moduleName) return cpythonBuiltinDoc(owner->name, name);
    return cpythonBuiltinDoc(std::string(owner->moduleName) + "." + owner->name, name);
}

} // namespace hs
