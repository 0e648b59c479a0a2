// collections.OrderedDict (Objects/odictobject.c 3.11): a dict subclass that keeps a linked list of
// PyMem_Malloc'd 32-byte nodes (each holding a reference to its key) and an od_fast_nodes array
// sized like the dict's key table, plus the odict_iterator and odict_keys/values/items views.
#pragma once

#include "objects/dict_object.h"

#include <list>

namespace hs {

// One _odictnode: its simulated block; the key reference is the node's own.
struct OdictNode {
    Object* key = nullptr;
    std::int64_t hash = 0;
    Addr addr = 0;
};

// Host side of PyODictObject (basicsize 112): the dict, then od_first/od_last (the list),
// od_fast_nodes (+64, a block of 8 * fastNodesSize bytes), od_fast_nodes_size, od_resize_sentinel
// (the key table the array was sized for), od_state, od_inst_dict, od_weakreflist.
struct OrderedDictObject : DictObject {
    std::list<OdictNode> nodes;
    Addr fastNodesAddr = 0;
    std::int64_t fastNodesSize = 0;
    Addr resizeSentinel = 0;
    std::uint64_t state = 0;
    Object* instDict = nullptr; // od_inst_dict (tp_dictoffset 96): owned, made on first attribute
    Object* weakreflist = nullptr;
};

// The collections.OrderedDict type (created on first use, with its iterator and views). Borrowed.
TypeObject* orderedDictType(Interpreter& interp);

} // namespace hs
