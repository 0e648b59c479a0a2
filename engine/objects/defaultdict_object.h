// collections.defaultdict (Modules/_collectionsmodule.c 3.11): a C-level dict subclass with one
// more field, default_factory, called by __missing__.
#pragma once

#include "objects/dict_object.h"

namespace hs {

// Host side of defdictobject: the dict, then default_factory at +48 (basicsize 56). Owns one
// reference to the factory (null = None).
struct DefaultDictObject : DictObject {
    Object* defaultFactory = nullptr;
};

// The collections.defaultdict type (created on first use). Borrowed.
TypeObject* defaultDictType(Interpreter& interp);

} // namespace hs
