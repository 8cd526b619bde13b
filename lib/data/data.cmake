# Gazetteer data: the TSV files in this folder are compiled into C tables at
# build time by gen_gazetteer (a host program built here). The generated
# gazetteer_data.c lives in the build tree only. A malformed row fails the
# build with file:line. Included by lib/CMakeLists.txt.
set(WARTA_GZ_DATA_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(WARTA_GZ_TSV
  "${WARTA_GZ_DATA_DIR}/countries_alias.tsv"
  "${WARTA_GZ_DATA_DIR}/places.tsv"
  "${WARTA_GZ_DATA_DIR}/districts.tsv"
  "${WARTA_GZ_DATA_DIR}/organisations.tsv"
  "${WARTA_GZ_DATA_DIR}/titles.tsv"
  "${WARTA_GZ_DATA_DIR}/persons.tsv"
  "${WARTA_GZ_DATA_DIR}/countries_tz.tsv"
  "${WARTA_GZ_DATA_DIR}/given_names.tsv")

add_executable(gen_gazetteer "${WARTA_GZ_DATA_DIR}/gen_gazetteer.c")
target_compile_options(gen_gazetteer PRIVATE ${WARTA_WARNINGS})
# gazetteer.h's inline hashing (slot, filter, hot bits) is the table's
target_include_directories(gen_gazetteer PRIVATE "${PROJECT_SOURCE_DIR}/lib"
                           "${PROJECT_SOURCE_DIR}/include")

add_custom_command(
  OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/gazetteer_data.c"
  COMMAND gen_gazetteer "${CMAKE_CURRENT_BINARY_DIR}/gazetteer_data.c" ${WARTA_GZ_TSV}
  DEPENDS gen_gazetteer ${WARTA_GZ_TSV}
  COMMENT "Compiling the gazetteer TSV files"
  VERBATIM)
add_custom_target(warta_gazetteer_data DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/gazetteer_data.c")

set(WARTA_GENERATED_SOURCES "${CMAKE_CURRENT_BINARY_DIR}/gazetteer_data.c")
set(WARTA_GENERATED_DEPENDS warta_gazetteer_data)

# The name guesser's weights (lib/names.h; trained by tools/train_names.c,
# docs/NER.md), compiled into a table sorted by key.
add_executable(gen_namemodel "${WARTA_GZ_DATA_DIR}/gen_namemodel.c")
target_compile_options(gen_namemodel PRIVATE ${WARTA_WARNINGS})
add_custom_command(
  OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/names_model_data.c"
  COMMAND gen_namemodel "${CMAKE_CURRENT_BINARY_DIR}/names_model_data.c"
          "${WARTA_GZ_DATA_DIR}/names_model.tsv"
  DEPENDS gen_namemodel "${WARTA_GZ_DATA_DIR}/names_model.tsv"
  COMMENT "Compiling the name guesser's weights"
  VERBATIM)
add_custom_target(warta_names_model_data
  DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/names_model_data.c")
list(APPEND WARTA_GENERATED_SOURCES "${CMAKE_CURRENT_BINARY_DIR}/names_model_data.c")
list(APPEND WARTA_GENERATED_DEPENDS warta_names_model_data)
