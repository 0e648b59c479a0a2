// The itertools module: the iterator types of objects/itertools_objects.cpp. CPython has it
// loaded at startup, so the first import runs inside a PreloadScope.
// tee is not provided yet (using them is
// the AttributeError of a missing module attribute).
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "objects/itertools_objects.h"
#include "objects/module_object.h"

namespace hs {

Object* createItertoolsModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "itertools");
    if (!module) return nullptr;
    const std::pair<const char*, ItertoolsKind> names[] = {
        {"accumulate", ItertoolsKind::Accumulate}, {"chain", ItertoolsKind::Chain},
        {"combinations", ItertoolsKind::Combinations},
        {"combinations_with_replacement", ItertoolsKind::CombinationsWithReplacement},
        {"compress", ItertoolsKind::Compress},
        {"count", ItertoolsKind::Count},
        {"cycle", ItertoolsKind::Cycle},           {"dropwhile", ItertoolsKind::DropWhile},
        {"filterfalse", ItertoolsKind::FilterFalse}, {"groupby", ItertoolsKind::GroupBy},
        {"_grouper", ItertoolsKind::Grouper},      {"islice", ItertoolsKind::Islice},
        {"pairwise", ItertoolsKind::Pairwise},     {"permutations", ItertoolsKind::Permutations},
        {"product", ItertoolsKind::Product},
        {"repeat", ItertoolsKind::Repeat},
        {"starmap", ItertoolsKind::StarMap},       {"takewhile", ItertoolsKind::TakeWhile},
        {"zip_longest", ItertoolsKind::ZipLongest},
    };
    for (const auto& [name, kind] : names)
        if (moduleAddObject(module.get(), name, itertoolsType(interp, kind)) < 0) return nullptr;
    return module.release();
}

} // namespace hs
