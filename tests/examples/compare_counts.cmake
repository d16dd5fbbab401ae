# Fails unless the reference model's weekly counts of seed 1 equal the published file
# (examples/reference_model/counts-seed1.csv, for comparison with other frameworks).
execute_process(COMMAND ${MODEL} --seeds 1 --counts ${OUT} RESULT_VARIABLE rc OUTPUT_QUIET)
file(READ ${EXPECTED} expected)
file(READ ${OUT} out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "${EXPECTED} differs from what the model computes; if the change is intended, regenerate it with: "
                      "reference_model --seeds 1 --counts ${EXPECTED}")
endif()
