// Checking the message of an expected exception.
#pragma once

#include <stdexcept>
#include <string>

namespace regiosim::testing {

// what() of the std::invalid_argument thrown by f, or a marker when none was thrown.
template <class F>
std::string invalid_argument_message(F&& f) {
  try {
    f();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "<no std::invalid_argument thrown>";
}

}  // namespace regiosim::testing
