// Intrusive circular doubly linked lists of GcHeads (Modules/gcmodule.c gc_list_*), the building
// block of generations and of the collector's young/unreachable/finalizers sets.
#pragma once

#include "objects/object.h"

#include <cstdint>

namespace hs::gclist {

inline void init(GcHead* list) {
    list->prev = reinterpret_cast<std::uintptr_t>(list);
    list->next = reinterpret_cast<std::uintptr_t>(list);
}
inline bool isEmpty(const GcHead* list) { return list->nextHead() == list; }

// Appends node at the tail. node must not be in a list (or was just unlinked).
inline void append(GcHead* node, GcHead* list) {
    GcHead* last = reinterpret_cast<GcHead*>(list->prev);
    last->setNext(node);
    node->setPrev(last);
    node->setNext(list);
    list->prev = reinterpret_cast<std::uintptr_t>(node);
}

inline void remove(GcHead* node) {
    GcHead* prev = node->prevHead();
    GcHead* next = node->nextHead();
    prev->setNext(next);
    next->setPrev(prev);
    node->next = 0; // untracked
}

// Moves node from its list to the tail of list.
inline void move(GcHead* node, GcHead* list) {
    GcHead* from = node->prevHead();
    GcHead* to = node->nextHead();
    from->setNext(to);
    to->setPrev(from);
    GcHead* last = reinterpret_cast<GcHead*>(list->prev);
    last->setNext(node);
    node->setPrev(last);
    node->setNext(list);
    list->prev = reinterpret_cast<std::uintptr_t>(node);
}

// Appends every node of from to the tail of to; from becomes empty.
inline void merge(GcHead* from, GcHead* to) {
    if (isEmpty(from)) return;
    GcHead* toTail = reinterpret_cast<GcHead*>(to->prev);
    GcHead* fromHead = from->nextHead();
    GcHead* fromTail = reinterpret_cast<GcHead*>(from->prev);
    toTail->setNext(fromHead);
    fromHead->setPrev(toTail);
    to->prev = reinterpret_cast<std::uintptr_t>(fromTail);
    fromTail->setNext(to);
    init(from);
}

inline std::int64_t size(const GcHead* list) {
    std::int64_t n = 0;
    for (const GcHead* g = list->nextHead(); g != list; g = g->nextHead()) ++n;
    return n;
}

} // namespace hs::gclist
