// dict views and their iterators (Objects/dictobject.c): dict_keys / dict_values / dict_items and
// dict_keyiterator / dict_valueiterator / dict_itemiterator (with 3.11's reused result tuple).
#pragma once

#include "objects/type_object.h"

namespace hs {

// _PyDictViewObject: +16 dv_dict (strong). 24 bytes + 16 GC head.
struct DictViewObject : Object {
    Object* dict = nullptr;
};
// dictiterobject: +16 di_dict, +24 di_used, +32 di_pos, +40 di_result, +48 len (GC).
struct DictIterObject : Object {
    Object* dict = nullptr;      // strong, null once exhausted
    std::int64_t used = 0;
    std::int64_t pos = 0;
    Object* result = nullptr;    // the 2-tuple items() reuses while nobody else holds it
    std::int64_t len = 0;
};

Ref newDictKeys(Interpreter& interp, Object* dict);
Ref newDictValues(Interpreter& interp, Object* dict);
Ref newDictItems(Interpreter& interp, Object* dict);
// iter(dict) / iter(view) / reversed(dict).
Ref newDictKeyIterator(Interpreter& interp, Object* dict);
Ref newDictValueIterator(Interpreter& interp, Object* dict);
Ref newDictItemIterator(Interpreter& interp, Object* dict);
// reversed(dict) (dict.__reversed__): a dict_reversekeyiterator.
Ref newDictReverseKeyIterator(Interpreter& interp, Object* dict);
bool isDictView(const Object* o);

void initDictViewTypes(Interpreter& interp);

} // namespace hs
