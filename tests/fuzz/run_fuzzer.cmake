# Runs one fuzz target: first every kept regression input (must not crash), then libFuzzer for
# SECONDS from a corpus seeded with the project's own files. A crash leaves its input in the
# build directory (crash-*) and fails the test; copy it to tests/fuzz/regressions/<target>/.
file(MAKE_DIRECTORY ${CORPUS})
if(FUZZ_TARGET MATCHES "^results_")
  file(GLOB_RECURSE seeds ${SEEDS}/*.h5)
else()
  file(GLOB_RECURSE seeds ${SOURCE}/scenarios/*.toml ${SOURCE}/tests/*.toml)
endif()
foreach(seed ${seeds})
  get_filename_component(name ${seed} NAME)
  string(MD5 hash "${seed}")
  file(COPY_FILE ${seed} ${CORPUS}/seed-${hash}-${name} ONLY_IF_DIFFERENT)
endforeach()
set(max_len 65536)
set(mode "")
if(FUZZ_TARGET MATCHES "^results_")
  # Our own files (seeds of a few hundred KB). The content digest keeps damaged bytes away from HDF5,
  # which loops or crashes on some (tests/fuzz/upstream/): a hang is a failure like a crash.
  set(max_len 1048576)
endif()
if(FUZZ_TARGET STREQUAL "results_reader")
  # Bytes changed anywhere: the content digest must refuse them. Without comparison tracing the
  # fuzzer cannot copy the expected digest out of the comparison into the file (it did, and then
  # reached HDF5 1.10.8's known H5HG_read bug); files with a valid digest over changed content are
  # the results_values target's work.
  set(mode -use_cmp=0 -use_value_profile=0)
endif()
file(GLOB regressions ${REGRESSIONS}/*)
if(regressions)
  set(ENV{LSAN_OPTIONS} "suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp:print_suppressions=0")
  execute_process(COMMAND ${FUZZER} ${regressions} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "a kept regression input crashes ${FUZZ_TARGET} again")
  endif()
endif()
set(ENV{LSAN_OPTIONS} "suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp:print_suppressions=0")
execute_process(COMMAND ${FUZZER} ${mode} -max_total_time=${SECONDS} -max_len=${max_len} -timeout=20 -rss_limit_mb=4096
                        -print_final_stats=1 ${CORPUS}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzzing ${FUZZ_TARGET} found a crash (see crash-* in the build directory)")
endif()
