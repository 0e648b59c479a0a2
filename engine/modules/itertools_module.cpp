// The itertools module: tee (objects/tee_object.cpp) and the iterator types of
// objects/itertools_objects.cpp, added in itertoolsmodule_exec's order. CPython has it loaded at
// startup, so the first import runs inside a PreloadScope.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "objects/builtin_function_object.h"
#include "objects/itertools_objects.h"
#include "objects/module_object.h"
#include "objects/tee_object.h"
#include "runtime/protocols.h"

namespace hs {

namespace {

const MethodDef kTeeDef = {"tee", itertoolsTee, meth::kFastcall,
                           "tee($module, iterable, n=2, /)\n--\n\nReturns a tuple of n independent iterators."};

} // namespace

Object* createItertoolsModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "itertools");
    if (!module) return nullptr;
    Ref modName = internName(interp, "itertools");
    Ref tee = newBuiltinFunction(interp, &kTeeDef, module.get(), modName.get());
    if (!tee || moduleAddObject(module.get(), "tee", tee.get()) < 0) return nullptr;
    const std::pair<const char*, ItertoolsKind> names[] = {
        {"accumulate", ItertoolsKind::Accumulate},   {"combinations", ItertoolsKind::Combinations},
        {"combinations_with_replacement", ItertoolsKind::CombinationsWithReplacement},
        {"cycle", ItertoolsKind::Cycle},             {"dropwhile", ItertoolsKind::DropWhile},
        {"takewhile", ItertoolsKind::TakeWhile},     {"islice", ItertoolsKind::Islice},
        {"starmap", ItertoolsKind::StarMap},         {"chain", ItertoolsKind::Chain},
        {"compress", ItertoolsKind::Compress},       {"filterfalse", ItertoolsKind::FilterFalse},
        {"count", ItertoolsKind::Count},             {"zip_longest", ItertoolsKind::ZipLongest},
        {"pairwise", ItertoolsKind::Pairwise},       {"permutations", ItertoolsKind::Permutations},
        {"product", ItertoolsKind::Product},         {"repeat", ItertoolsKind::Repeat},
        {"groupby", ItertoolsKind::GroupBy},         {"_grouper", ItertoolsKind::Grouper},
    };
    for (const auto& [name, kind] : names)
        if (moduleAddObject(module.get(), name, itertoolsType(interp, kind)) < 0) return nullptr;
    if (moduleAddObject(module.get(), "_tee", teeType(interp)) < 0 ||
        moduleAddObject(module.get(), "_tee_dataobject", teeDataObjectType(interp)) < 0)
        return nullptr;
    return module.release();
}

} // namespace hs
