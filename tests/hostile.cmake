# Hostile input and faults (included by tests/CMakeLists.txt):
#   check_alloc    every allocation failed in turn (context creation, parse)
#   check_threads  one context, 8 threads, output identical to a serial run
#   check_limits   max_input, malformed UTF-8, NUL, huge and degenerate inputs
#   fuzz_replay_*  the fuzz targets of tests/fuzz/ run on the seed article, a
#                  few corpus files, tests/fuzz/seeds/ and tests/fuzz/regressions/
#                  through a plain main() (any compiler, valgrind-friendly)
#   fuzz_*         libFuzzer binaries (clang and -DWARTA_FUZZ=ON only), run by
#                  tests/fuzz/run_fuzzers.sh SECONDS BUILD_DIR
#   badinput_table tools/badinput_table.c: time and memory per hostile input
#                  (a tool, not a test; see docs/ROBUSTNESS.md)
# TSan: configure with -DWARTA_SANITIZE=thread and run `ctest -R threads`.
option(WARTA_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)

find_package(Threads REQUIRED)
set(WARTA_FUZZ_SRC "${CMAKE_CURRENT_SOURCE_DIR}/fuzz")

# Test programs that read ../shared and may use the internal headers.
function(warta_hostile_target tgt)
  target_include_directories(${tgt} PRIVATE ${PROJECT_SOURCE_DIR}/lib ${PROJECT_BINARY_DIR}/lib
                             ${CMAKE_CURRENT_SOURCE_DIR} ${WARTA_FUZZ_SRC})
  target_compile_definitions(${tgt} PRIVATE
    WARTA_SHARED_DIR="${WARTA_SHARED_DIR}"
    WARTA_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
  target_compile_options(${tgt} PRIVATE -Wall -Wextra)
endfunction()

foreach(t alloc threads limits)
  add_executable(check_${t} check_${t}.c testutil.c ${WARTA_FUZZ_SRC}/hostile_inputs.c
                 ${WARTA_FUZZ_SRC}/fuzz_check.c)
  warta_hostile_target(check_${t})
  target_link_libraries(check_${t} PRIVATE warta_static PkgConfig::CHECK Threads::Threads)
  add_test(NAME ${t} COMMAND check_${t})
  set_tests_properties(${t} PROPERTIES ENVIRONMENT "CK_DEFAULT_TIMEOUT=120" LABELS hostile
                       TIMEOUT 1500)
endforeach()
# check_alloc's failing allocator also fails cJSON's allocations (cJSON_InitHooks)
target_link_libraries(check_alloc PRIVATE PkgConfig::CJSON)

add_executable(badinput_table ${PROJECT_SOURCE_DIR}/tools/badinput_table.c
               ${WARTA_FUZZ_SRC}/hostile_inputs.c)
warta_hostile_target(badinput_table)
target_link_libraries(badinput_table PRIVATE warta_static Threads::Threads)

# ---- fuzz targets ------------------------------------------------------------
set(WARTA_FUZZ_TARGETS parse timex dateline gazetteer)
set(WARTA_FUZZ_COMMON ${WARTA_FUZZ_SRC}/fuzz_check.c ${WARTA_FUZZ_SRC}/fuzz_internal.c
    ${WARTA_FUZZ_SRC}/hostile_inputs.c)

# Inputs replayed by ctest: the seed, the first articles of each outlet,
# the hand-written seeds and every regression file (all through every target).
set(WARTA_FUZZ_REPLAY "${WARTA_SHARED_DIR}/seed/antara-sco-2023.txt")
foreach(outlet antara cnn detik kompas liputan6 okezone other tempo tribun)
  foreach(num 0001 0002)
    list(APPEND WARTA_FUZZ_REPLAY "${WARTA_SHARED_DIR}/corpus/articles/${outlet}-${num}.txt")
  endforeach()
endforeach()
list(APPEND WARTA_FUZZ_REPLAY "${WARTA_FUZZ_SRC}/seeds" "${WARTA_FUZZ_SRC}/regressions")

foreach(f ${WARTA_FUZZ_TARGETS})
  add_executable(fuzz_replay_${f} ${WARTA_FUZZ_SRC}/fuzz_${f}.c ${WARTA_FUZZ_SRC}/replay.c
                 ${WARTA_FUZZ_COMMON})
  warta_hostile_target(fuzz_replay_${f})
  target_link_libraries(fuzz_replay_${f} PRIVATE warta_static)
  add_test(NAME fuzz_replay_${f} COMMAND fuzz_replay_${f} ${WARTA_FUZZ_REPLAY})
  set_tests_properties(fuzz_replay_${f} PROPERTIES LABELS "hostile;fuzz" TIMEOUT 600)
endforeach()

if(WARTA_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "WARTA_FUZZ needs clang (libFuzzer); configure with CC=clang")
  endif()
  # -O1 whatever the build type: libFuzzer at -O0 is several times slower
  set(WARTA_FUZZ_FLAGS -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer -g)
  # The library again, instrumented for coverage: same sources as warta_obj.
  get_target_property(_wt_srcs warta_obj SOURCES)
  get_target_property(_wt_dir warta_obj SOURCE_DIR)
  set(_wt_abs)
  foreach(s ${_wt_srcs})
    if(IS_ABSOLUTE "${s}")
      list(APPEND _wt_abs "${s}")
    else()
      list(APPEND _wt_abs "${_wt_dir}/${s}")
    endif()
  endforeach()
  # the generated gazetteer tables (build tree): GENERATED is per directory
  # before CMP0118, so mark them again here
  foreach(s ${_wt_abs})
    string(FIND "${s}" "${PROJECT_BINARY_DIR}/" _in_build)
    if(_in_build EQUAL 0)
      set_source_files_properties(${s} PROPERTIES GENERATED TRUE)
    endif()
  endforeach()
  add_library(warta_fuzz_obj OBJECT ${_wt_abs})
  target_include_directories(warta_fuzz_obj PRIVATE ${PROJECT_SOURCE_DIR}/include
                             ${PROJECT_SOURCE_DIR}/lib ${PROJECT_BINARY_DIR}/lib)
  target_compile_definitions(warta_fuzz_obj PRIVATE WARTA_BUILDING)
  target_compile_options(warta_fuzz_obj PRIVATE ${WARTA_WARNINGS} ${WARTA_FUZZ_FLAGS})
  target_link_libraries(warta_fuzz_obj PRIVATE PkgConfig::CJSON PkgConfig::ICU)
  # the generated tables (gazetteer, name model) must exist before it builds
  foreach(_wt_gen warta_gazetteer_data warta_names_model_data)
    if(TARGET ${_wt_gen})
      add_dependencies(warta_fuzz_obj ${_wt_gen})
    endif()
  endforeach()

  foreach(f ${WARTA_FUZZ_TARGETS})
    add_executable(fuzz_${f} ${WARTA_FUZZ_SRC}/fuzz_${f}.c ${WARTA_FUZZ_COMMON}
                   $<TARGET_OBJECTS:warta_fuzz_obj>)
    target_include_directories(fuzz_${f} PRIVATE ${PROJECT_SOURCE_DIR}/include
                               ${PROJECT_SOURCE_DIR}/lib ${PROJECT_BINARY_DIR}/lib ${WARTA_FUZZ_SRC})
    target_compile_definitions(fuzz_${f} PRIVATE WARTA_STATIC)
    target_compile_options(fuzz_${f} PRIVATE -Wall -Wextra -O1 -fsanitize=fuzzer,address,undefined
                           -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
    target_link_options(fuzz_${f} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_${f} PRIVATE PkgConfig::CJSON PkgConfig::ICU)
  endforeach()
endif()
