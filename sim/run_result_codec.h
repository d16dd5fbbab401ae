// A compact, exact binary form of a RunResult, used to move finished runs between MPI ranks and
// to keep them in a sweep's checkpoint journal. Doubles are copied bit for bit, so a decoded run
// is identical to the one encoded; every length is checked while decoding.
//
//   std::string bytes = sim::encode_run_result(result);
//   sim::RunResult back = sim::decode_run_result(bytes);   // throws RunResultCodecError if malformed
//
// The format is little-endian and versioned by its first four bytes ("RRC2"); it is private to one
// build of regiosim (a journal is only ever resumed by the program that wrote it, checked by the
// caller), so it is not documented as a file format.
#pragma once

#include "sim/run_result.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace regiosim::sim {

class RunResultCodecError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string encode_run_result(const RunResult& run);
RunResult decode_run_result(std::string_view bytes);

}  // namespace regiosim::sim
