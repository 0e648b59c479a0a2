// What sys_module.cpp takes from sys_config.cpp: the configuration-derived attributes and
// functions, and the m_copy of sys's dict.
#pragma once

#include "objects/builtin_function_object.h"

#include <string>
#include <vector>

namespace hs::sys_detail {

// sys_mallocstats.cpp: sys._debugmallocstats() (METH_NOARGS), its report to writeHostStderr.
Object* debugMallocStats(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

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
