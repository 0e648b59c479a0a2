// CPython's "internal docstrings" (Objects/typeobject.c): a C-level doc that may open with the
// signature head "name(sig)\n--\n\n", and the slot wrappers' docs (slotdefs).
#pragma once

#include "objects/object.h"

#include <string_view>

namespace hs {

// _PyType_GetDocFromInternalDoc: the doc without its signature head; None when the doc is null
// or empty. New reference.
Ref docFromInternalDoc(Interpreter& interp, const char* name, const char* internalDoc);
// _PyType_GetTextSignatureFromInternalDoc: "(sig)" of a valid head ("($self, value, /)"), else
// None. New reference.
Ref textSignatureFromInternalDoc(Interpreter& interp, const char* name, const char* internalDoc);

// The slotdefs doc of the slot wrapper `name` (static storage), or nullptr. `sequenceSlot`: the
// wrapper comes from sq_inplace_concat / sq_inplace_repeat, whose docs differ from nb_inplace_*'s.
const char* slotWrapperDoc(std::string_view name, bool sequenceSlot);

} // namespace hs
