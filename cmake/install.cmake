# Installation: libraries, headers, CLI, man page, pkg-config file and the
# CMake package (find_package(warta CONFIG) -> warta::warta, warta::warta_static).
# Included at the end of the top-level CMakeLists.txt.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(WARTA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/warta" CACHE STRING
    "Where wartaConfig.cmake goes, relative to the prefix")
mark_as_advanced(WARTA_INSTALL_CMAKEDIR)

# ---- libraries -------------------------------------------------------------
# Two export sets: the shared library needs nothing at all from its users'
# side (its dependencies are private), while the static one carries the
# imported targets PkgConfig::CJSON and PkgConfig::ICU in its link interface,
# which wartaConfig.cmake re-creates with pkg_check_modules() before loading it.
install(TARGETS warta EXPORT wartaTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT devel
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel)
install(TARGETS warta_static EXPORT wartaStaticTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel)

# ---- headers: the umbrella and include/warta/*.h (nothing else is API) ------
install(FILES ${PROJECT_SOURCE_DIR}/include/warta.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/warta
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel
  FILES_MATCHING PATTERN "*.h")

# ---- the command-line program and its man page ------------------------------
if(TARGET warta-cli)
  # When the CLI links the shared library, let the installed binary find it
  # relative to itself (the prefix stays relocatable).
  get_target_property(_warta_cli_rpath warta-cli INSTALL_RPATH)
  if(NOT _warta_cli_rpath AND NOT IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    file(RELATIVE_PATH _warta_bin_to_lib "/_/${CMAKE_INSTALL_BINDIR}" "/_/${CMAKE_INSTALL_LIBDIR}")
    set_target_properties(warta-cli PROPERTIES INSTALL_RPATH "$ORIGIN/${_warta_bin_to_lib}")
  endif()
  install(TARGETS warta-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
endif()
if(EXISTS "${PROJECT_SOURCE_DIR}/docs/warta.1")
  install(FILES ${PROJECT_SOURCE_DIR}/docs/warta.1
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
endif()

# ---- pkg-config ---------------------------------------------------------------
# prefix is computed from the .pc file's own place (${pcfiledir}), so the
# installed tree can be moved or installed with `cmake --install --prefix`.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(WARTA_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(WARTA_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(WARTA_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH _warta_pc_up "/_/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/_")
  string(REGEX REPLACE "/$" "" _warta_pc_up "${_warta_pc_up}")
  set(WARTA_PC_PREFIX "\${pcfiledir}/${_warta_pc_up}")
  set(WARTA_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(WARTA_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/pkgconfig/warta.pc.in
  ${PROJECT_BINARY_DIR}/pkgconfig/warta.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/warta.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT devel)

# ---- CMake package --------------------------------------------------------------
install(EXPORT wartaTargets NAMESPACE warta::
  FILE wartaTargets.cmake DESTINATION ${WARTA_INSTALL_CMAKEDIR} COMPONENT devel)
install(EXPORT wartaStaticTargets NAMESPACE warta::
  FILE wartaStaticTargets.cmake DESTINATION ${WARTA_INSTALL_CMAKEDIR} COMPONENT devel)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wartaConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/wartaConfig.cmake
  INSTALL_DESTINATION ${WARTA_INSTALL_CMAKEDIR})
# 0.x: a new minor version may break the API, so only the same minor matches.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/wartaConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/wartaConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/wartaConfigVersion.cmake
  DESTINATION ${WARTA_INSTALL_CMAKEDIR} COMPONENT devel)

# Users of the build tree itself (add_subdirectory) get the same names.
if(NOT TARGET warta::warta)
  add_library(warta::warta ALIAS warta)
endif()
if(NOT TARGET warta::warta_static)
  add_library(warta::warta_static ALIAS warta_static)
endif()
