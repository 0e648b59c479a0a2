// Shared by the two sys files: the struct sequence helpers of sys_module.cpp and the
// configuration-derived attributes and functions of sys_config.cpp.
#pragma once

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/tuple_object.h"

#include <string>
#include <vector>

namespace hs::sys_detail {

// A field getter of a struct sequence: item I of the tuple, a new reference.
template <int I> Object* structSeqField(Object* self) {
    Object* v = tupleItem(self, I);
    incref(v);
    return v;
}

// A new static struct sequence type named `name` (GC, a tuple subclass of 24 + 8 per item bytes)
// whose fields are the getsets `fields`, in order; its instances cannot be created from Python.
TypeObject* newStructSeqType(Interpreter& interp, const std::string& name, const GetSetDef* fields);
// A struct sequence instance of type `t` holding `values` (new references consumed).
Ref makeStructSeq(Interpreter& interp, TypeObject* t, std::vector<Ref> values);

// sys_config.cpp: the functions over the interpreter's configuration ({nullptr}-terminated).
extern const MethodDef kConfigFunctions[];
// _PySys_InitCore's configuration attributes (float_repr_style, abiflags, implementation, flags,
// thread_info, stdlib_module_names, copyright, _git, _framework), present when sys's dict is copied.
// 0, or -1 with an error.
int addCoreConfigAttributes(Interpreter& interp, Object* module, Object* versionInfo);
// _PySys_UpdateConfig's attributes, set after the copy (the prefixes, orig_argv, _xoptions, ...).
int addUpdatedConfigAttributes(Interpreter& interp, Object* module);
// _PyImport_FixupExtensionObject's m_copy of sys's dict (sys is a single-phase module with
// m_size -1): a second reference, for the interpreter's life, to every key and value in the dict now,
// except `skip`'s names (whose copy holds objects the engine does not model).
void holdDictCopy(Interpreter& interp, Object* module, const std::vector<std::string>& skip);

} // namespace hs::sys_detail
