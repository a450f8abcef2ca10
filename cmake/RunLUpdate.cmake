# cmake -DLUPDATE=<lupdate> -DSOURCE_DIRS=<dir|dir…> -DINCLUDE_DIRS=<dir|dir…>
#       -DTS_FILES=<ts|ts…> [-DOUTPUT_DIR=<dir>] -P RunLUpdate.cmake
#
# Refreshes the .ts files from the sources (every .cpp, .h and .ui under SOURCE_DIRS,
# globbed now). With OUTPUT_DIR, the .ts files are copied there first and the copies are
# refreshed: the translation test checks what lupdate *would* write without touching the
# source tree. INCLUDE_DIRS are the roots the sources #include from: lupdate must read a
# class's header to know the context of a tr() in its .cpp. One place for lupdate's options keeps the `lupdate` target and the test equal.
foreach(var LUPDATE SOURCE_DIRS TS_FILES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunLUpdate.cmake: -D${var}=… is required")
    endif()
endforeach()
string(REPLACE "|" ";" source_dirs "${SOURCE_DIRS}")
string(REPLACE "|" ";" ts_files "${TS_FILES}")
string(REPLACE "|" ";" include_dirs "${INCLUDE_DIRS}")
set(include_args "")
foreach(dir IN LISTS include_dirs)
    list(APPEND include_args "-I${dir}")
endforeach()

set(sources "")
foreach(dir IN LISTS source_dirs)
    file(GLOB_RECURSE found "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.ui")
    list(APPEND sources ${found})
endforeach()
list(SORT sources)

if(DEFINED OUTPUT_DIR)
    file(MAKE_DIRECTORY "${OUTPUT_DIR}")
    set(targets "")
    foreach(ts IN LISTS ts_files)
        file(COPY "${ts}" DESTINATION "${OUTPUT_DIR}")
        get_filename_component(name "${ts}" NAME)
        list(APPEND targets "${OUTPUT_DIR}/${name}")
    endforeach()
    set(ts_files ${targets})
    set(list_file "${OUTPUT_DIR}/sources.lst")
else()
    string(RANDOM LENGTH 8 suffix)
    set(list_file "${CMAKE_CURRENT_BINARY_DIR}/lupdate-sources-${suffix}.lst")
endif()
# Vanished messages stay in the .ts (no -no-obsolete): when a text comes back, or a tr() call
# is fixed so that lupdate can see it, its translation is revived instead of lost.
# A list file keeps the command line short whatever the number of sources.
string(REPLACE ";" "\n" lines "${sources}")
file(WRITE "${list_file}" "${lines}\n")

foreach(ts IN LISTS ts_files)
    set(extra "")
    # English is the source language: its file carries only the plural forms.
    if(ts MATCHES "_en\\.ts$")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-ui-lines ${extra} ${include_args}
                "@${list_file}" -ts "${ts}"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}) for ${ts}")
    endif()
endforeach()
if(NOT DEFINED OUTPUT_DIR)
    file(REMOVE "${list_file}")
endif()
