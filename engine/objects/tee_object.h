// itertools._tee and itertools._tee_dataobject (Modules/itertoolsmodule.c 3.11): the buffer
// itertools.tee() shares between its iterators, a chain of LINKCELLS-value links.
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

// teedataobject: values[0..numread) are strong references read from `it`; nextlink (strong or
// null) is the link after this one, made once the leading tee passes the last cell. 496 bytes +
// GC head: a 512-byte pymalloc block.
struct TeeDataObject : Object {
    static constexpr int kLinkCells = 57; // LINKCELLS
    Object* it = nullptr;                 // strong; null once cleared
    int numread = 0;                      // 0 <= numread <= kLinkCells
    bool running = false;                 // inside it.__next__ (re-entry is a RuntimeError)
    Object* nextlink = nullptr;
    Object* values[kLinkCells] = {};
};

// teeobject: reads dataobj's cells from `index` on (0 <= index <= kLinkCells). 40 bytes + GC head.
struct TeeObject : Object {
    TeeDataObject* dataobj = nullptr; // strong; null only after tp_clear
    int index = 0;
    Object* weakreflist = nullptr;
};

// The two types, made on first use. Borrowed.
TypeObject* teeType(Interpreter& interp);
TypeObject* teeDataObjectType(Interpreter& interp);

// itertools.tee(iterable, n=2, /) as a module function (METH_FASTCALL): a new tuple of n iterators.
Object* itertoolsTee(Object* module, Object* const* args, std::int64_t nargs, Object* kwnames);

} // namespace hs
