# One interface target carries the project's strictness, so every target opts in with a
# single target_link_libraries(... PRIVATE ttnmig_options) line.
add_library(ttnmig_options INTERFACE)

target_compile_options(ttnmig_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wold-style-cast>)
if(TTNMIG_WERROR)
    target_compile_options(ttnmig_options INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
endif()

target_compile_definitions(ttnmig_options INTERFACE
    QT_NO_CAST_FROM_ASCII            # user strings go through tr() or an explicit literal
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT        # honoured by Qt >= 6.7; documents intent on 6.4
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(TTNMIG_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(ttnmig_options INTERFACE ${_san})
    target_link_options(ttnmig_options INTERFACE ${_san})
endif()
