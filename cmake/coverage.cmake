# Line coverage of the library with gcov (included by the top-level
# CMakeLists.txt before any target):
#
#   cmake -S . -B build-cov -DCMAKE_BUILD_TYPE=Debug -DWARTA_COVERAGE=ON
#   cmake --build build-cov -j2
#   tools/coverage.sh build-cov      # runs ctest, prints lib/*.c line coverage
#
# Every target is instrumented (--coverage at compile and link time) and
# built at -O0 whatever the build type, so that lines map one to one to the
# source. gcc only: clang's --coverage data needs llvm-cov, not gcov.
option(WARTA_COVERAGE "Instrument for gcov line coverage (gcc, -O0; tools/coverage.sh)" OFF)

if(WARTA_COVERAGE)
  if(NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "WARTA_COVERAGE needs gcc (gcov); this is ${CMAKE_C_COMPILER_ID}")
  endif()
  if(WARTA_SANITIZE)
    message(FATAL_ERROR "WARTA_COVERAGE and WARTA_SANITIZE do not go together")
  endif()
  # -O0 comes after the build type's -O2 on the command line, so it wins
  add_compile_options(--coverage -O0)
  add_link_options(--coverage)
  message(STATUS "warta: coverage build (--coverage -O0); run tools/coverage.sh ${CMAKE_BINARY_DIR}")
endif()
