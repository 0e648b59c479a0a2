// bool: the int subclass with exactly two statically allocated instances, True (ob_size 1, digit 1)
// and False (ob_size 0), and its &, |, ^ slots that keep bool results for bool operands.
#pragma once

#include "objects/int_object.h"

namespace hs {

// PyBool_Check (bool cannot be subclassed).
bool isBool(const Object* o);

// bool_and / bool_or / bool_xor: a bool when both operands are bools, else int's operation.
Ref boolAnd(Object* a, Object* b);
Ref boolOr(Object* a, Object* b);
Ref boolXor(Object* a, Object* b);
// bool_repr: new reference to the str 'True' or 'False'.
Object* boolRepr(Object* o);

} // namespace hs
