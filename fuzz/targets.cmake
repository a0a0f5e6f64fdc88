# SPDX-FileCopyrightText: ContactBridge contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets, shared by the libFuzzer build (fuzz/CMakeLists.txt) and the corpus replay
# test of the normal build (tests/unit/tst_fuzzcorpus), so both compile the same entry code.
set(CB_FUZZ_TARGETS ghl_contact ml_subscriber mapping_file plan_file transform csv_writer)
set(CB_FUZZ_SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzztargets.h ${CMAKE_CURRENT_LIST_DIR}/fuzzinput.h)
foreach(target IN LISTS CB_FUZZ_TARGETS)
    list(APPEND CB_FUZZ_SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_${target}.cpp)
endforeach()
set(CB_FUZZ_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR})
