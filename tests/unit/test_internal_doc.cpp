// Tests for engine/objects/internal_doc.cpp: the signature head of a C-level doc (__doc__ and
// __text_signature__ of built-ins) and the slot wrappers' slotdefs docs.
// Expected values are CPython 3.11.7's for _testcapi's docstring_* functions, whose internal docs
// these are, and for int.__add__ / list.__iadd__ / set.__ior__.
#include <doctest/doctest.h>

#include "objects/internal_doc.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"

#include <string>

using namespace hs;

namespace {

// The str a getter returns, or "None".
std::string text(Interpreter& interp, const Ref& r) {
    REQUIRE(r);
    return r.get() == interp.none ? "None" : strToUtf8(r.get());
}

} // namespace

TEST_CASE("a doc's signature head gives __text_signature__ and is cut from __doc__") {
    Interpreter interp;
    struct Case {
        const char* name;
        const char* internalDoc;
        const char* doc;
        const char* signature;
    };
    const Case cases[] = {
        {"no_docstring", nullptr, "None", "None"},
        {"docstring_empty", "", "None", "None"},
        {"docstring_no_signature", "This docstring has no signature.", "This docstring has no signature.", "None"},
        // A blank line before the end marker: no signature, the doc stays whole.
        {"docstring_with_invalid_signature",
         "docstring_with_invalid_signature($module, /, boo)\n\nThis docstring has an invalid signature.",
         "docstring_with_invalid_signature($module, /, boo)\n\nThis docstring has an invalid signature.", "None"},
        {"docstring_with_invalid_signature2",
         "docstring_with_invalid_signature2($module, /, boo)\n\n--\n\nThis docstring also has an invalid signature.",
         "docstring_with_invalid_signature2($module, /, boo)\n\n--\n\nThis docstring also has an invalid signature.", "None"},
        {"docstring_with_signature", "docstring_with_signature($module, /, sig)\n--\n\nThis docstring has a valid signature.",
         "This docstring has a valid signature.", "($module, /, sig)"},
        {"docstring_with_signature_but_no_doc", "docstring_with_signature_but_no_doc($module, /, sig)\n--\n\n", "None",
         "($module, /, sig)"},
        {"docstring_with_signature_and_extra_newlines",
         "docstring_with_signature_and_extra_newlines($module, /, parameter)\n--\n\n\n"
         "This docstring has a valid signature and some extra newlines.",
         "\nThis docstring has a valid signature and some extra newlines.", "($module, /, parameter)"},
        // A head naming another function is no signature; a dotted name matches its last part.
        {"other", "docstring_with_signature($module, /, sig)\n--\n\nText.", "docstring_with_signature($module, /, sig)\n--\n\nText.",
         "None"},
        {"mod.f", "f($module, x, /)\n--\n\nText.", "Text.", "($module, x, /)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(text(interp, docFromInternalDoc(interp, c.name, c.internalDoc)) == c.doc);
        CHECK(text(interp, textSignatureFromInternalDoc(interp, c.name, c.internalDoc)) == c.signature);
    }
}

TEST_CASE("slot wrappers take slotdefs' docs, sequence in-place slots their own") {
    Interpreter interp;
    const char* add = slotWrapperDoc("__add__", false);
    REQUIRE(add);
    CHECK(text(interp, docFromInternalDoc(interp, "__add__", add)) == "Return self+value.");
    CHECK(text(interp, textSignatureFromInternalDoc(interp, "__add__", add)) == "($self, value, /)");
    CHECK(text(interp, docFromInternalDoc(interp, "__iadd__", slotWrapperDoc("__iadd__", true))) == "Implement self+=value.");
    CHECK(text(interp, docFromInternalDoc(interp, "__ior__", slotWrapperDoc("__ior__", false))) == "Return self|=value.");
    CHECK(text(interp, textSignatureFromInternalDoc(interp, "__pow__", slotWrapperDoc("__pow__", false))) ==
          "($self, value, mod=None, /)");
}
