# Packaging and contract tests (included by tests/CMakeLists.txt).
#   install      tests/install_test.sh: build, install into a temporary prefix,
#                build the examples and a CMake consumer against it (label install)
#   json_schema  tests/validate_schema.py: the CLI's output against docs/warta.schema.json
find_program(WARTA_BASH bash)
if(WARTA_BASH)
  add_test(NAME install COMMAND ${WARTA_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/install_test.sh)
  set_tests_properties(install PROPERTIES
    LABELS install
    TIMEOUT 1200
    ENVIRONMENT "WARTA_SHARED_DIR=${WARTA_SHARED_DIR}")
endif()

if(TARGET warta-cli AND EXISTS /usr/bin/python3)
  add_test(NAME json_schema
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/validate_schema.py
            $<TARGET_FILE:warta-cli> ${PROJECT_SOURCE_DIR}/docs/warta.schema.json
            ${WARTA_SHARED_DIR})
  set_tests_properties(json_schema PROPERTIES
    LABELS json
    TIMEOUT 600
    SKIP_RETURN_CODE 77)
endif()
