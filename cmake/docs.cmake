# API reference: Doxygen over the public headers (include/warta.h and
# include/warta/*.h), HTML only, every warning an error.
# Included from the top-level CMakeLists.txt. Gives, when doxygen is found:
#   cmake --build <build> --target docs   ->  <build>/docs/html/index.html
#   ctest -L docs                         ->  test api_docs (fails on any warning)
# Without doxygen it prints a message and adds nothing.
include_guard(GLOBAL)
find_program(DOXYGEN_EXECUTABLE doxygen)
mark_as_advanced(DOXYGEN_EXECUTABLE)

if(NOT DOXYGEN_EXECUTABLE)
  message(STATUS "warta: doxygen not found; no 'docs' target and no api_docs test")
  return()
endif()

execute_process(COMMAND "${DOXYGEN_EXECUTABLE}" --version
  OUTPUT_VARIABLE WARTA_DOXYGEN_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET RESULT_VARIABLE _warta_doxygen_rc)
string(REGEX MATCH "^[0-9]+(\\.[0-9]+)*" WARTA_DOXYGEN_VERSION "${WARTA_DOXYGEN_VERSION}")

# FAIL_ON_WARNINGS (Doxygen >= 1.9.0) reports every warning and then exits
# non-zero; older versions only know YES (stop at the first warning).
if(WARTA_DOXYGEN_VERSION AND WARTA_DOXYGEN_VERSION VERSION_GREATER_EQUAL 1.9.0)
  set(WARTA_DOCS_WARN_AS_ERROR FAIL_ON_WARNINGS)
else()
  set(WARTA_DOCS_WARN_AS_ERROR YES)
endif()

set(WARTA_DOCS_INCLUDE_DIR "${PROJECT_SOURCE_DIR}/include")
set(WARTA_DOCS_OUTPUT_DIR "${PROJECT_BINARY_DIR}/docs")
set(WARTA_DOXYFILE "${WARTA_DOCS_OUTPUT_DIR}/Doxyfile")
configure_file("${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${WARTA_DOXYFILE}" @ONLY)

file(GLOB WARTA_PUBLIC_HEADERS CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/include/*.h" "${PROJECT_SOURCE_DIR}/include/warta/*.h")

add_custom_target(docs
  COMMAND "${DOXYGEN_EXECUTABLE}" "${WARTA_DOXYFILE}"
  WORKING_DIRECTORY "${WARTA_DOCS_OUTPUT_DIR}"
  DEPENDS "${WARTA_DOXYFILE}" "${PROJECT_SOURCE_DIR}/docs/api.md" ${WARTA_PUBLIC_HEADERS}
  COMMENT "Generating the API reference in ${WARTA_DOCS_OUTPUT_DIR}/html (doxygen ${WARTA_DOXYGEN_VERSION})"
  VERBATIM)

# The test runs doxygen on the configured Doxyfile directly (no build needed).
# WARN_AS_ERROR makes doxygen exit non-zero; the regular expression also
# catches any warning a doxygen version would print without failing.
if(WARTA_BUILD_TESTS)
  add_test(NAME api_docs
    COMMAND "${DOXYGEN_EXECUTABLE}" "${WARTA_DOXYFILE}"
    WORKING_DIRECTORY "${WARTA_DOCS_OUTPUT_DIR}")
  set_tests_properties(api_docs PROPERTIES
    LABELS docs
    FAIL_REGULAR_EXPRESSION "[Ww]arning:|[Ee]rror:"
    TIMEOUT 120)
endif()
