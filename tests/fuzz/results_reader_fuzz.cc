// libFuzzer targets for the readers of regiosim's own files. The seed corpus holds real outputs
// (tests/fuzz/seeds/results_reader/: results, sweep, calibration and findings files of small runs).
//
// fuzz_results_reader: libFuzzer changes, inserts and cuts bytes anywhere in those files. Each
// input goes the whole way a reader goes: verify_file (the content digest, then every dataset's
// CRC), then the file's reader and everything the summary reads from it. It must succeed or throw
// ResultsFileError. Nearly every changed file is refused by the digest before HDF5 sees it, which
// is the point: HDF5 1.10.8 itself crashes and hangs on damaged metadata (tests/fuzz/upstream/).
//
// fuzz_results_values (REGIOSIM_FUZZ_VALUES): changes only the stored data of datasets of numbers
// (their contiguous data or their compressed chunks, never HDF5's metadata, nor strings, whose
// stored data are addresses into HDF5's heaps) and then rewrites the content digest, so that the
// readers' own checks on sizes and values are fuzzed rather than the digest: the reading path
// skips the CRCs (which would refuse the changed data) and reads everything.
#include "output/calibration_file.h"
#include "output/findings_file.h"
#include "output/results_file.h"
#include "output/sweep_file.h"

#include <hdf5.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace regiosim::output;

constexpr std::size_t kUserBlock = 512;  // output/file_digest.h

std::string temp_path(const char* what) {
  return "/tmp/regiosim-fuzz-" + std::string(what) + "-" + std::to_string(::getpid()) + ".h5";
}

bool write_file(const std::string& path, const std::uint8_t* data, std::size_t size) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  const bool ok = std::fwrite(data, 1, size, f) == size;
  return std::fclose(f) == 0 && ok;
}

// Everything `regiosim summary` reads from a file, through the public readers.
void read_everything(const std::string& path) {
  if (is_calibration_file(path)) {
    (void)read_calibration_file(path);
    return;
  }
  if (is_findings_file(path)) {
    (void)read_findings_file(path);
    return;
  }
  if (is_sweep_file(path)) {
    (void)read_sweep_file(path);
    return;
  }
  ResultsReader reader(path);
  (void)reader.provenance();
  (void)reader.uncertainty();
  for (const auto& name : reader.scenario_names()) {
    const auto info = reader.scenario(name);
    const auto kpis = reader.kpis(name);
    for (const char* group : {"timeseries", "curves"}) {
      for (const auto& series : reader.series_names(name, group)) {
        for (std::size_t r = 0; r < std::min<std::size_t>(kpis.replications, 2); ++r) {
          (void)reader.series(name, series, r, group);
        }
      }
    }
    for (const auto& table : reader.record_names(name)) (void)reader.records(name, table);
  }
}

#ifdef REGIOSIM_FUZZ_VALUES

// The header output/file_digest.cc writes for a file of these bytes.
void restamp(std::uint8_t* data, std::size_t size) {
  unsigned char value[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data + kUserBlock, size - kUserBlock, value, &length, EVP_sha256(), nullptr);
  static constexpr char hex[] = "0123456789abcdef";
  std::string text = "regiosim-file 1\nbytes " + std::to_string(size) + "\nsha256 ";
  for (unsigned int i = 0; i < length; ++i) {
    text += hex[value[i] >> 4];
    text += hex[value[i] & 15];
  }
  text += "\n";
  text.resize(kUserBlock, '\0');
  std::memcpy(data, text.data(), kUserBlock);
}

bool has_vlen(hid_t type) {
  const H5T_class_t cls = H5Tget_class(type);
  if (cls == H5T_VLEN || cls == H5T_REFERENCE) return true;
  if (cls == H5T_STRING) return H5Tis_variable_str(type) > 0;
  if (cls == H5T_COMPOUND) {
    for (int i = 0; i < H5Tget_nmembers(type); ++i) {
      const hid_t member = H5Tget_member_type(type, static_cast<unsigned>(i));
      const bool v = has_vlen(member);
      H5Tclose(member);
      if (v) return true;
    }
  }
  return false;
}

struct Range {
  std::size_t offset;
  std::size_t size;
};

// Where the stored data of the file's datasets of numbers lie (absolute offsets in the file).
std::vector<Range> raw_data_ranges(const std::string& path, std::size_t file_size) {
  std::vector<Range> ranges;
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  if (file < 0) return ranges;
  std::vector<std::string> names;
  H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_INC,
            [](hid_t, const char* name, const H5O_info_t* info, void* out) -> herr_t {
              if (info->type == H5O_TYPE_DATASET) static_cast<std::vector<std::string>*>(out)->push_back(name);
              return 0;
            },
            &names, H5O_INFO_BASIC);
  const auto add = [&](haddr_t address, hsize_t size) {
    if (address == HADDR_UNDEF || size == 0) return;
    const std::size_t at = static_cast<std::size_t>(address) + kUserBlock;  // addresses start after the user block
    if (at < file_size && size <= file_size - at) ranges.push_back({at, static_cast<std::size_t>(size)});
  };
  for (const auto& name : names) {
    const hid_t ds = H5Dopen2(file, name.c_str(), H5P_DEFAULT);
    if (ds < 0) continue;
    const hid_t type = H5Dget_type(ds);
    const hid_t dcpl = H5Dget_create_plist(ds);
    if (!has_vlen(type)) {
      const H5D_layout_t layout = H5Pget_layout(dcpl);
      if (layout == H5D_CONTIGUOUS) {
        add(H5Dget_offset(ds), H5Dget_storage_size(ds));
      } else if (layout == H5D_CHUNKED) {
        const hid_t space = H5Dget_space(ds);
        hsize_t chunks = 0;
        H5Dget_num_chunks(ds, space, &chunks);
        for (hsize_t c = 0; c < chunks; ++c) {
          haddr_t address = HADDR_UNDEF;
          hsize_t size = 0;
          if (H5Dget_chunk_info(ds, space, c, nullptr, nullptr, &address, &size) >= 0) add(address, size);
        }
        H5Sclose(space);
      }
    }
    H5Pclose(dcpl);
    H5Tclose(type);
    H5Dclose(ds);
  }
  H5Fclose(file);
  return ranges;
}

#endif

}  // namespace

#ifdef REGIOSIM_FUZZ_VALUES

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

// Changes bytes inside one dataset's stored data only; the length stays, the digest is rewritten.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  static const std::string path = temp_path("mutate");
  if (size <= kUserBlock || !write_file(path, data, size)) return size;
  std::vector<Range> ranges;
  {
    H5E_BEGIN_TRY { ranges = raw_data_ranges(path, size); }
    H5E_END_TRY;
  }
  if (ranges.empty()) return size;
  const Range& range = ranges[seed % ranges.size()];
  // A window of at most 64 bytes inside the range, mutated in place by libFuzzer's own mutations.
  const std::size_t window = std::min<std::size_t>(range.size, 64);
  const std::size_t start = range.offset + (seed / ranges.size()) % (range.size - window + 1);
  std::vector<std::uint8_t> piece(data + start, data + start + window);
  const std::size_t mutated = LLVMFuzzerMutate(piece.data(), window, window);
  std::memcpy(data + start, piece.data(), std::min(mutated, window));
  restamp(data, size);
  (void)max_size;
  return size;
}

// Crossing two files over would mix their metadata: keep the first.
extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* data1, std::size_t size1, const std::uint8_t*,
                                                 std::size_t, std::uint8_t* out, std::size_t max_out_size,
                                                 unsigned int) {
  const std::size_t n = std::min(size1, max_out_size);
  std::memcpy(out, data1, n);
  return n;
}

#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = temp_path("input");
  if (!write_file(path, data, size)) return 0;
  try {
#ifdef REGIOSIM_FUZZ_VALUES
    read_everything(path);  // the digest only (the readers check it); the CRCs would refuse the changes
#else
    verify_file(path);
    read_everything(path);
#endif
  } catch (const ResultsFileError&) {
  }
  return 0;
}
