// Private to output/: the content digest at the head of every file regiosim writes with HDF5.
//
// Every regiosim HDF5 file starts with a 512-byte HDF5 user block (HDF5 and h5py skip it when
// reading) that holds a short text header, padded with NUL bytes:
//
//   regiosim-file 1
//   bytes 48213
//   sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
//
// `bytes` is the length of the whole file, `sha256` the SHA-256 of every byte after the user
// block. The writer stamps it after HDF5 has closed the temporary file and before it is synced
// and renamed (NewHdf5File::commit). Every reader calls verify_digest() before HDF5 opens the
// file, so bytes changed or cut off after writing never reach HDF5's parser, which does not
// survive damaged metadata (HDF5 1.10.8 crashes or loops on some single-byte changes).
//
//   stamp_digest(ctx, temporary_path);   // writer, file closed by HDF5
//   verify_digest(ctx);                  // reader, before H5Fopen(ctx.file())
#pragma once

#include "output/hdf5_io.h"

#include <cstddef>
#include <filesystem>

namespace regiosim::output::detail {

// Size of the user block in bytes; the header must fit in it.
inline constexpr std::size_t kUserBlockSize = 512;

// A file creation property list that reserves the user block.
PlistHandle user_block_fcpl(const Context& ctx);

// Computes the digest of `file` (closed by HDF5, its user block reserved and still zero) and
// writes the header into its user block. Throws ResultsFileError (ctx names the target).
void stamp_digest(const Context& ctx, const std::filesystem::path& file);

// Checks the header of ctx.file() and the digest of its content, reading the file once in
// blocks. Throws ResultsFileError naming the file and the problem: no header (an older regiosim
// or not a regiosim file), a damaged header, a length other than the one written (truncated or
// extended), a digest that does not match (changed after writing). A file verified before in
// this process and not changed since (same device, inode, size, modification and change times,
// the change time at least two seconds before that verification) is not read again.
void verify_digest(const Context& ctx);

}  // namespace regiosim::output::detail
