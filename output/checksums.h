// Private to output/: content checksums of every dataset in a file.
//
// Before a file is committed, stamp_checksums() reads every dataset back and stores a CRC-32 of its
// content in the attribute `checksum` ("crc32:1a2b3c4d"). The content is canonical: numbers as their
// stored little-endian bytes, strings as UTF-8 with a terminating NUL, compound tables field by
// field in member order, so the checksum does not depend on HDF5's layout or on pointers.
// verify_checksums() recomputes them and throws ResultsFileError naming the first damaged dataset.
// Call both with hdf5_mutex() held.
#pragma once

#include "output/hdf5_io.h"

#include <cstddef>
#include <filesystem>
#include <functional>

namespace regiosim::output::detail {

void stamp_checksums(const Context& ctx, hid_t file);

struct ChecksumCount {
  std::size_t verified = 0;   // datasets whose checksum matched
  std::size_t unchecked = 0;  // datasets without a checksum attribute (files written before checksums)
};
ChecksumCount verify_checksums(const Context& ctx, hid_t file);

// Writes a whole file at once: `contents` fills a temporary file next to `path` (NewHdf5File in
// output/hdf5_io.h), every dataset gets its checksum, and the temporary file is renamed to `path`;
// on any failure it is removed, so `path` is complete or untouched. `contents` must close every
// object it opens. The folder of `path` must exist.
void commit_file(const Context& ctx, const std::filesystem::path& path, const std::function<void(hid_t)>& contents);

}  // namespace regiosim::output::detail
