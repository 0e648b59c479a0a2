// Struct sequences (Objects/structseq.c): tuple subclasses whose items are also read-only named
// fields (member descriptors), e.g. sys.flags, sys.int_info, sys.version_info.
#pragma once

#include "objects/descr_object.h"
#include "objects/tuple_object.h"

#include <string>
#include <vector>

namespace hs {

// A field accessor of a struct sequence: item I of the tuple, a new reference.
template <int I> Object* structSeqField(Object* self) {
    Object* v = tupleItem(self, I);
    incref(v);
    return v;
}

// PyStructSequence_InitType2 on `t` (a tuple subclass): tuple's slots, structseq's repr and
// __reduce__, one member per field of `fields` ({nullptr}-terminated, every field visible), the
// n_sequence_fields / n_fields / n_unnamed_fields counts and __match_args__. An `instantiable`
// type has structseq_new as tp_new; the others (sys.flags, sys.version_info) clear it, so calling
// them is "cannot create 'T' instances".
void initStructSeqType(Interpreter& interp, TypeObject* t, const GetSetDef* fields, bool instantiable);
// A new static struct sequence type named `name` (GC, 24 + 8 per item bytes), set up as above.
TypeObject* newStructSeqType(Interpreter& interp, const std::string& name, const GetSetDef* fields, bool instantiable);
// A struct sequence instance of type `t` holding `values` (new references consumed); empty when
// one of them is (with its error pending).
Ref makeStructSeq(Interpreter& interp, TypeObject* t, std::vector<Ref> values);

} // namespace hs
