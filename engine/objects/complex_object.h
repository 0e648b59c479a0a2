// complex (PyComplexObject, Objects/complexobject.c 3.11): two doubles in a 32-byte object (no free
// list, no GC), CPython's repr, hash, comparison and arithmetic (_Py_c_quot, _Py_c_pow, c_powi).
#pragma once

#include "objects/type_object.h"

namespace hs {

// Host side of a complex. Simulated layout: cval.real at +16, cval.imag at +24.
struct ComplexObject : Object {
    double real = 0.0;
    double imag = 0.0;
};

// PyComplex_Check: complex or a subclass.
bool isComplex(const Object* o);
inline double complexReal(const Object* o) { return static_cast<const ComplexObject*>(o)->real; }
inline double complexImag(const Object* o) { return static_cast<const ComplexObject*>(o)->imag; }

// PyComplex_FromDoubles: a fresh 32-byte object. New reference.
Ref newComplex(Interpreter& interp, double real, double imag);
// repr(complex) text (complex_repr): "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
std::string complexReprString(double real, double imag);

// Fills the complex type's slots, methods and attributes (called by createVmTypes).
void initComplexType(Interpreter& interp, TypeObject& t);

} // namespace hs
