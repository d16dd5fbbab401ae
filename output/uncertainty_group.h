// Private to output/: the optional /uncertainty group of a results file (uncertainty_group.cc).
// Call with hdf5_mutex() held.
#pragma once

#include "output/hdf5_io.h"
#include "output/uncertainty_record.h"

#include <optional>

namespace regiosim::output::detail {

void write_uncertainty_group(const Context& ctx, hid_t file, const UncertaintyRecord& record);
// Nothing when the file has no /uncertainty group.
std::optional<UncertaintyRecord> read_uncertainty_group(const Context& ctx, hid_t file);

}  // namespace regiosim::output::detail
