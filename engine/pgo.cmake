# Profile-guided optimisation of the native engine (GCC only), as CPython's --enable-optimizations does
# for its interpreter: HEAPSCOPE_PGO=ON (the `native` preset) compiles heapscope_engine with a profile
# of the fidelity corpus, the course-style programs users run. The bench workloads are not in it.
#
#   1. heapscope_pgo_train: a sub-build of this source tree in <build>/pgo-train
#      (HEAPSCOPE_PGO_ROLE=train: the engine instrumented with -fprofile-generate; only heapscope-cli);
#   2. heapscope_pgo_profile: runs that CLI over tests/fidelity (tests/bench/pgo_train.py), writing
#      <build>/pgo-profile/*.gcda, whenever the instrumented CLI changed;
#   3. heapscope_engine compiled with -fprofile-use of that directory.
# Both builds name profiles relative to their own build directory (-fprofile-prefix-path; Ninja passes
# relative object paths), so the two builds' engine objects share them.
# The profile is an order-only prerequisite of the engine's objects: a retrained profile does not
# recompile the unchanged objects (their code stays as the profile of their compile time made it,
# always valid), and an edited source is compiled after the retraining, against its own profile.
# Configure with -DHEAPSCOPE_PGO=OFF for the quickest edit-compile loop.
set(HEAPSCOPE_PGO_ROLE "" CACHE STRING "Internal: 'train' in the instrumented PGO sub-build")
mark_as_advanced(HEAPSCOPE_PGO_ROLE)

set(_hs_pgo_dir "${CMAKE_BINARY_DIR}/pgo-profile")
if(HEAPSCOPE_PGO_ROLE STREQUAL "train")
  set(_hs_pgo_dir "${HEAPSCOPE_PGO_DIR}")
  target_compile_options(heapscope_engine PRIVATE
    "-fprofile-generate=${_hs_pgo_dir}" "-fprofile-prefix-path=${CMAKE_BINARY_DIR}" -fprofile-update=single)
  target_link_options(heapscope_engine INTERFACE -fprofile-generate)
  return()
endif()

if(NOT HEAPSCOPE_PGO)
  return()
endif()
if(EMSCRIPTEN OR HEAPSCOPE_SANITIZE OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  message(STATUS "HEAPSCOPE_PGO: GCC native builds only; building without a profile")
  return()
endif()

include(ExternalProject)
set(_hs_train_dir "${CMAKE_BINARY_DIR}/pgo-train")
set(_hs_train_cli "${_hs_train_dir}/bin/heapscope-cli")
# The instrumented build uses this build's compiler and optimisation flags, so that both compile the
# same control flow (a profile matches a function only if its CFG checksum does).
ExternalProject_Add(heapscope_pgo_train
  SOURCE_DIR "${CMAKE_SOURCE_DIR}"
  BINARY_DIR "${_hs_train_dir}"
  CMAKE_GENERATOR "${CMAKE_GENERATOR}"
  CMAKE_ARGS
    "-DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}"
    "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
    "-DCMAKE_C_COMPILER=${CMAKE_C_COMPILER}"
    "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}"
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=${CMAKE_CXX_FLAGS_RELWITHDEBINFO}"
    "-DCMAKE_CXX_FLAGS_RELEASE=${CMAKE_CXX_FLAGS_RELEASE}"
    "-DHEAPSCOPE_IMGUI_DIR=${HEAPSCOPE_IMGUI_DIR}"
    "-DHEAPSCOPE_CPYTHON_LIB=${HEAPSCOPE_CPYTHON_LIB}"
    -DHEAPSCOPE_BUILD_DESKTOP=OFF
    -DHEAPSCOPE_PGO=OFF
    -DHEAPSCOPE_PGO_ROLE=train
    "-DHEAPSCOPE_PGO_DIR=${_hs_pgo_dir}"
  BUILD_COMMAND "${CMAKE_COMMAND}" --build "${_hs_train_dir}" --target heapscope_cli
  BUILD_ALWAYS ON
  BUILD_BYPRODUCTS "${_hs_train_cli}"
  INSTALL_COMMAND ""
  USES_TERMINAL_BUILD ON)

find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(_hs_pgo_stamp "${_hs_pgo_dir}/trained.stamp")
add_custom_command(OUTPUT "${_hs_pgo_stamp}"
  COMMAND "${Python3_EXECUTABLE}" "${CMAKE_SOURCE_DIR}/tests/bench/pgo_train.py"
          --cli "${_hs_train_cli}" --profile-dir "${_hs_pgo_dir}" "${CMAKE_SOURCE_DIR}/tests/fidelity"
  COMMAND "${CMAKE_COMMAND}" -E touch "${_hs_pgo_stamp}"
  DEPENDS heapscope_pgo_train "${_hs_train_cli}" "${CMAKE_SOURCE_DIR}/tests/bench/pgo_train.py"
  COMMENT "PGO: profiling the instrumented heapscope-cli over the fidelity corpus"
  USES_TERMINAL)
add_custom_target(heapscope_pgo_profile DEPENDS "${_hs_pgo_stamp}")
add_dependencies(heapscope_engine heapscope_pgo_profile)

# -fprofile-partial-training: code the corpus never ran is optimised as without a profile (not for size).
target_compile_options(heapscope_engine PRIVATE
  "-fprofile-use=${_hs_pgo_dir}" "-fprofile-prefix-path=${CMAKE_BINARY_DIR}" -fprofile-partial-training
  -Wno-missing-profile)
