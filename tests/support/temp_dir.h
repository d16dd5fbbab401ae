// A temporary directory for one test case, removed with everything in it when the test ends.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace regiosim::testing {

class TempDir {
 public:
  // prefix names the directory (regiosim-<prefix>-<random>) so that a left-over one says whose it is.
  explicit TempDir(const std::string& prefix = "test") {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("regiosim-" + prefix + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes text (bytes as given) to name, relative to the directory, creating its parents.
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace regiosim::testing
