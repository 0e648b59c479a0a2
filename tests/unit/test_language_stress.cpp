// GC stress over the language features of issue 3 (match, complex, split instance dicts, copy, abc,
// functools, calls with *args/**kwargs): each fidelity case runs with a collection on every GC allocation and
// the heap audit after every statement; the transcript must still equal CPython's .out.
#include "heapscope/session.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string fidelityDir() {
    std::string here = __FILE__;
    return here.substr(0, here.rfind("/unit/")) + "/fidelity/";
}

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

} // namespace

TEST_CASE("language cases keep a clean heap audit under GC stress") {
    // Cases whose output does not depend on when the collector runs (no gc module calls).
    const char* const cases[] = {
        "language/match_statement",          "language/match_patterns_breadth",
        "language/match_errors_and_literals", "language/complex_numbers",
        "sizes/getsizeof_instances",          "language/copy_shallow_and_deep",
        "language/abstract_base_classes",     "language/slots_mangled_and_sorted",
        "refcount/del_container_order",       "language/object_slot_wrappers_via_super",
        "modules/functools_lru_cache",        "modules/functools_reduce_partial_wraps",
        "sizes/getsizeof_instance_dict_split", "refcount/references_through_language_forms",
    };
    for (const char* name : cases) {
        CAPTURE(name);
        heapscope::SessionOptions options;
        options.gcStress = true;
        heapscope::Session session(options);
        std::string out;
        session.setOutputCallback([&out](std::string_view chunk) { out.append(chunk); });
        session.setAuditEachStatement(true);
        session.loadCells(readFile(fidelityDir() + name + ".py"));
        CHECK(session.run() == heapscope::RunStatus::Done);
        CHECK(session.auditLog().empty());
        CHECK(out == readFile(fidelityDir() + name + ".out"));
    }
}
