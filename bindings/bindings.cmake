# Language bindings: test registrations (nothing is built here; the Python
# package is pure Python over libwarta, the Go module is built by `go test`).
# Included from the top-level CMakeLists.txt after tests/ (needs the targets
# warta and warta-cli and enable_testing()):
#
#   include(bindings/bindings.cmake)
#
# Registers, when their tools are present (otherwise prints why and registers
# nothing, so the build never depends on them):
#   bindings_python       pytest bindings/python/tests (label bindings)
#   bindings_python_dask  the dask example vs the CLI on 40 corpus articles
#   bindings_go           go test -race in bindings/go, offline
# Benchmark (not a test):
#   WARTA_LIBRARY=<build>/lib/libwarta.so.0 /usr/bin/python3 bench/bindings_bench.py

if(NOT WARTA_BUILD_TESTS OR NOT TARGET warta)
  return()
endif()
if(WARTA_SANITIZE)
  # An ASan/UBSan libwarta cannot be loaded by a plain python3 (ctypes) or
  # linked into a Go test binary without the sanitizer runtime first.
  message(STATUS "warta: binding tests not registered in a sanitizer build "
                 "(WARTA_SANITIZE=${WARTA_SANITIZE})")
  return()
endif()

set(WARTA_BINDINGS_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(WARTA_BINDINGS_BINARY_DIR "${CMAKE_BINARY_DIR}/bindings")

# ---- Python -----------------------------------------------------------------
# Debian's interpreter first (/usr/bin/python3 sees python3-pytest and
# python3-distributed; a python3 earlier on PATH may be a separate build).
find_program(WARTA_PYTHON NAMES python3 HINTS /usr/bin
  DOC "Python 3 with pytest, for the binding tests")
set(_warta_have_pytest FALSE)
if(WARTA_PYTHON)
  execute_process(COMMAND "${WARTA_PYTHON}" -c "import pytest"
    RESULT_VARIABLE _warta_pytest_rc OUTPUT_QUIET ERROR_QUIET)
  if(_warta_pytest_rc EQUAL 0)
    set(_warta_have_pytest TRUE)
  endif()
endif()

if(_warta_have_pytest)
  set(_warta_py_env
    "WARTA_LIBRARY=$<TARGET_FILE:warta>"
    "PYTHONPATH=${WARTA_BINDINGS_DIR}/python"
    "PYTHONDONTWRITEBYTECODE=1"
    "WARTA_SHARED_DIR=${WARTA_SHARED_DIR}")
  if(TARGET warta-cli)
    list(APPEND _warta_py_env "WARTA_CLI=$<TARGET_FILE:warta-cli>")
  endif()
  add_test(NAME bindings_python
    COMMAND "${WARTA_PYTHON}" -m pytest -q -p no:cacheprovider
            --ignore=${WARTA_BINDINGS_DIR}/python/tests/test_dask_example.py
            ${WARTA_BINDINGS_DIR}/python/tests)
  set_tests_properties(bindings_python PROPERTIES
    LABELS "bindings;python" TIMEOUT 600 ENVIRONMENT "${_warta_py_env}")
  add_test(NAME bindings_python_dask
    COMMAND "${WARTA_PYTHON}" -m pytest -q -p no:cacheprovider
            ${WARTA_BINDINGS_DIR}/python/tests/test_dask_example.py)
  set_tests_properties(bindings_python_dask PROPERTIES
    LABELS "bindings;python;dask" TIMEOUT 900 ENVIRONMENT "${_warta_py_env}")
else()
  message(STATUS "warta: Python binding tests not registered "
                 "(no python3 with pytest; apt-get install python3-pytest)")
endif()

# ---- Go -----------------------------------------------------------------------
find_program(WARTA_GO NAMES go DOC "Go toolchain, for the binding tests")
if(WARTA_GO AND PKG_CONFIG_EXECUTABLE)
  # A warta.pc for the build tree (never installed): headers from the source
  # tree, the library from its build directory.
  file(GENERATE OUTPUT "${WARTA_BINDINGS_BINARY_DIR}/pkgconfig/warta.pc" CONTENT
"libdir=$<TARGET_FILE_DIR:warta>
includedir=${PROJECT_SOURCE_DIR}/include

Name: warta
Description: warta (build tree, for the Go binding tests)
Version: ${PROJECT_VERSION}
Libs: -L\${libdir} -lwarta
Cflags: -I\${includedir}
")
  # the race detector exists on the common 64-bit targets only
  set(_warta_go_race "")
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|aarch64|arm64|ppc64le|s390x)$")
    set(_warta_go_race -race)
  endif()
  add_test(NAME bindings_go
    COMMAND "${WARTA_GO}" test ${_warta_go_race} -count=1 .
    WORKING_DIRECTORY "${WARTA_BINDINGS_DIR}/go")
  set_tests_properties(bindings_go PROPERTIES
    LABELS "bindings;go" TIMEOUT 900
    ENVIRONMENT "PKG_CONFIG=${PKG_CONFIG_EXECUTABLE};PKG_CONFIG_PATH=${WARTA_BINDINGS_BINARY_DIR}/pkgconfig;LD_LIBRARY_PATH=$<TARGET_FILE_DIR:warta>;CGO_ENABLED=1;GOFLAGS=;GOPROXY=off;GOTOOLCHAIN=local;GO111MODULE=on;GOCACHE=${WARTA_BINDINGS_BINARY_DIR}/gocache;GOPATH=${WARTA_BINDINGS_BINARY_DIR}/gopath;WARTA_SHARED_DIR=${WARTA_SHARED_DIR}")
else()
  message(STATUS "warta: Go binding tests not registered "
                 "(no go toolchain; apt-get install golang-go)")
endif()
