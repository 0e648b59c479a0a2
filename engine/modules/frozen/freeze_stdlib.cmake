# Heapscope build step: turns one module of CPython 3.11's Lib/ (installed by Debian's
# libpython3.11-minimal, never committed here) plus our committed patch into a C++ raw-string .inc.
# Usage: cmake -DSOURCE=/usr/lib/python3.11/weakref.py -DPATCH=weakref.py.patch -DOUTPUT=weakref_py.inc -P freeze_stdlib.cmake
# (a PATCH path that does not exist means the module runs unchanged)
# The patch only replaces lines in place where our VM lacks a dependency (each marked "(heapscope)"),
# so tracebacks through the module keep CPython's line numbers.
foreach(_var SOURCE PATCH OUTPUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "freeze_stdlib.cmake: ${_var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${SOURCE}")
  message(FATAL_ERROR "CPython 3.11's ${SOURCE} is missing: install Debian's libpython3.11-minimal (./serve.sh does)")
endif()
set(_patched "${OUTPUT}.py")
if(EXISTS "${PATCH}")
  find_program(_patch patch REQUIRED)
  execute_process(COMMAND "${_patch}" --quiet --force --output=${_patched} "${SOURCE}" "${PATCH}"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "patching ${SOURCE} with ${PATCH} failed: its CPython version differs from 3.11's")
  endif()
else()
  # A module our VM runs unchanged has no patch file.
  configure_file("${SOURCE}" "${_patched}" COPYONLY)
endif()
file(READ "${_patched}" _text)
file(WRITE "${OUTPUT}.tmp" "R\"PYSRC(\n${_text})PYSRC\"\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
