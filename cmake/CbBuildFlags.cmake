# SPDX-FileCopyrightText: ContactBridge contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Flags every ContactBridge target links PRIVATE: strict Qt defines and warnings.
add_library(cb_build_flags INTERFACE)
target_compile_definitions(cb_build_flags INTERFACE
    QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_MESSAGELOGCONTEXT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CB_VERSION="${PROJECT_VERSION}")
target_compile_options(cb_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${CB_WERROR}>:-Werror>)
if(CB_SANITIZE)
    # No recovery: undefined behaviour fails the test that hit it instead of only printing.
    target_compile_options(cb_build_flags INTERFACE -fsanitize=address,undefined
                           -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(cb_build_flags INTERFACE -fsanitize=address,undefined)
endif()

# cb_add_test(<name> [SOURCES ...] [LIBS ...] [LABELS ...])
# One executable per test, built from <name>.cpp in the calling directory.
function(cb_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE Qt6::Test cb_build_flags cb_test_support ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(CB_SANITIZE)
        # ASan and UBSan make the code several times slower; the test itself stays the same.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CB_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        SKIP_REGULAR_EXPRESSION "SKIP   : ")
endfunction()
