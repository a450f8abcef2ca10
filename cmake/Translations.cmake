# Translations: Qt Linguist .ts files (resources/translations/) are compiled to .qm by
# lrelease and embedded as Qt resources under :/i18n, so an installed program reads nothing
# from the disk to speak the user's language (Translations::install() loads them).
#
#   ttnmig_add_translations(<target> TS_FILES <.ts…> SOURCES_FROM <dirs…>
#                           [INCLUDE_DIRS <dirs…>])
#
# embeds the compiled TS_FILES into <target> and defines the `lupdate` target, which
# refreshes the .ts files from every .cpp/.h/.ui under SOURCES_FROM. lupdate runs through
# cmake/RunLUpdate.cmake, which globs when it runs: files added since the last configure
# are scanned too, and the translation test (tests/packaging) uses the very same script.

find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)

set(TTNMIG_RUN_LUPDATE_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/RunLUpdate.cmake)

function(ttnmig_add_translations target)
    cmake_parse_arguments(T "" "" "TS_FILES;SOURCES_FROM;INCLUDE_DIRS" ${ARGN})
    if(NOT TARGET Qt6::lrelease)
        message(WARNING "Qt6 LinguistTools not found: ${target} is built without translations")
        return()
    endif()

    qt_add_lrelease(${target} TS_FILES ${T_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files
        OPTIONS -silent NO_GLOBAL_TARGET)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})

    set(source_dirs "")
    foreach(dir IN LISTS T_SOURCES_FROM)
        get_filename_component(abs "${dir}" ABSOLUTE BASE_DIR "${PROJECT_SOURCE_DIR}")
        list(APPEND source_dirs "${abs}")
    endforeach()
    set(include_dirs "")
    foreach(dir IN LISTS T_INCLUDE_DIRS)
        get_filename_component(abs "${dir}" ABSOLUTE BASE_DIR "${PROJECT_SOURCE_DIR}")
        list(APPEND include_dirs "${abs}")
    endforeach()
    set(ts_files "")
    foreach(ts IN LISTS T_TS_FILES)
        get_filename_component(abs "${ts}" ABSOLUTE)
        list(APPEND ts_files "${abs}")
    endforeach()
    string(REPLACE ";" "|" source_arg "${source_dirs}")
    string(REPLACE ";" "|" ts_arg "${ts_files}")
    string(REPLACE ";" "|" include_arg "${include_dirs}")
    add_custom_target(lupdate
        COMMAND "${CMAKE_COMMAND}" "-DLUPDATE=$<TARGET_FILE:Qt6::lupdate>"
                "-DSOURCE_DIRS=${source_arg}" "-DINCLUDE_DIRS=${include_arg}"
                "-DTS_FILES=${ts_arg}"
                -P "${TTNMIG_RUN_LUPDATE_SCRIPT}"
        COMMENT "Refreshing ${T_TS_FILES} from ${T_SOURCES_FROM}"
        VERBATIM)
    # What the translation test needs to run lupdate exactly like this target does.
    set_property(GLOBAL PROPERTY TTNMIG_RUN_LUPDATE_SCRIPT "${TTNMIG_RUN_LUPDATE_SCRIPT}")
    set_property(GLOBAL PROPERTY TTNMIG_TRANSLATION_SOURCE_DIRS "${source_dirs}")
    set_property(GLOBAL PROPERTY TTNMIG_TRANSLATION_INCLUDE_DIRS "${include_dirs}")
    set_property(GLOBAL PROPERTY TTNMIG_TRANSLATION_TS_FILES "${ts_files}")
endfunction()
