# Fails unless `regiosim params --markdown` prints exactly the content of EXPECTED.
execute_process(COMMAND ${REGIOSIM} params --markdown RESULT_VARIABLE rc OUTPUT_VARIABLE out)
file(READ ${EXPECTED} expected)
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "${EXPECTED} is out of date; regenerate it with: regiosim params --markdown > docs/parameters.md")
endif()
