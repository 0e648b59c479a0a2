// _thread.lock and _thread.RLock (Modules/_threadmodule.c): the lock objects of a one-thread engine
// (acquiring a held lock would block forever in CPython; here it fails at once with RuntimeError).
#pragma once

namespace hs {

class Interpreter;
struct Object;
struct TypeObject;

// The _thread.lock type (lockobject, 40 bytes + GC head; not instantiable from Python). Borrowed.
TypeObject* lockType(Interpreter& interp);
// The _thread.RLock type (rlockobject, 48 bytes + GC head). Borrowed.
TypeObject* rlockType(Interpreter& interp);
// newlockobject: a new, unlocked, GC-tracked lock. New reference or nullptr.
Object* newLock(Interpreter& interp);

} // namespace hs
