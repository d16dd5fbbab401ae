#include "sim/run_result_codec.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace regiosim::sim {

namespace {

static_assert(std::endian::native == std::endian::little, "the run codec assumes a little-endian machine");

constexpr std::string_view kMagic = "RRC2";  // 2: value declarations (undefined cells, signs)

class Writer {
 public:
  template <class T>
  void raw(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* p = reinterpret_cast<const char*>(&value);
    out_.append(p, sizeof(T));
  }
  void size(std::size_t n) { raw<std::uint64_t>(n); }
  void text(std::string_view s) {
    size(s.size());
    out_.append(s);
  }
  void texts(const std::vector<std::string>& v) {
    size(v.size());
    for (const auto& s : v) text(s);
  }
  template <class T>
  void array(const std::vector<T>& v) {
    size(v.size());
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string take() { return std::move(out_); }
  void magic() { out_.append(kMagic); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  template <class T>
  T raw() {
    need(sizeof(T));
    T value;
    std::memcpy(&value, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return value;
  }
  // A count of items of at least `item_bytes` each; refuses counts the remaining bytes cannot hold.
  std::size_t size(std::size_t item_bytes = 1) {
    const auto n = raw<std::uint64_t>();
    if (item_bytes > 0 && n > (in_.size() - pos_) / item_bytes) fail("a length exceeds the record");
    return static_cast<std::size_t>(n);
  }
  std::string text() {
    const std::size_t n = size();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> v(size(8));
    for (auto& s : v) s = text();
    return v;
  }
  template <class T>
  std::vector<T> array() {
    std::vector<T> v(size(sizeof(T)));
    if (!v.empty()) std::memcpy(v.data(), in_.data() + pos_, v.size() * sizeof(T));
    pos_ += v.size() * sizeof(T);
    return v;
  }
  void magic() {
    need(kMagic.size());
    if (in_.substr(0, kMagic.size()) != kMagic) fail("not a run record (bad magic)");
    pos_ += kMagic.size();
  }
  void finish() const {
    if (pos_ != in_.size()) fail("trailing bytes after the run record");
  }

 private:
  void need(std::size_t n) const {
    if (in_.size() - pos_ < n) fail("truncated run record");
  }
  [[noreturn]] static void fail(const std::string& what) { throw RunResultCodecError("decode_run_result: " + what); }

  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string encode_run_result(const RunResult& run) {
  Writer w;
  w.magic();
  w.text(run.scenario);
  w.raw<std::uint64_t>(run.replication);
  w.raw<std::uint64_t>(run.seed);
  w.raw<std::int32_t>(run.weeks_completed);
  w.size(run.series.size());
  for (const auto& s : run.series) {
    w.text(s.name);
    w.text(s.group);
    w.text(s.unit);
    w.text(s.description);
    w.texts(s.columns);
    w.raw<std::uint8_t>(s.integer ? 1 : 0);
    w.raw<std::uint8_t>(s.nonnegative ? 1 : 0);
    w.texts(s.undefined_when_zero);
    w.raw<std::uint64_t>(s.rows);
    w.array(s.values);
  }
  w.size(run.metrics.size());
  for (const auto& m : run.metrics) {
    w.text(m.name);
    w.text(m.unit);
    w.text(m.description);
    w.raw<double>(m.value);
    w.text(m.undefined_when);
    w.raw<std::uint8_t>(m.undefined ? 1 : 0);
    w.raw<std::uint8_t>(m.nonnegative ? 1 : 0);
  }
  w.size(run.records.size());
  for (const auto& r : run.records) {
    w.text(r.name);
    w.text(r.description);
    w.size(r.columns.size());
    for (const auto& c : r.columns) {
      w.text(c.name);
      w.text(c.description);
      w.texts(c.labels);
      w.array(c.values);
      w.raw<std::uint8_t>(c.nonnegative ? 1 : 0);
    }
  }
  w.texts(run.timings.names);
  w.array(run.timings.seconds);
  w.array(run.timings.serial_seconds);
  return w.take();
}

RunResult decode_run_result(std::string_view bytes) {
  Reader r(bytes);
  r.magic();
  RunResult run;
  run.scenario = r.text();
  run.replication = static_cast<std::size_t>(r.raw<std::uint64_t>());
  run.seed = r.raw<std::uint64_t>();
  run.weeks_completed = r.raw<std::int32_t>();
  run.series.resize(r.size(8));
  for (auto& s : run.series) {
    s.name = r.text();
    s.group = r.text();
    s.unit = r.text();
    s.description = r.text();
    s.columns = r.texts();
    s.integer = r.raw<std::uint8_t>() != 0;
    s.nonnegative = r.raw<std::uint8_t>() != 0;
    s.undefined_when_zero = r.texts();
    s.rows = static_cast<std::size_t>(r.raw<std::uint64_t>());
    s.values = r.array<double>();
    if (s.values.size() != s.rows * s.columns.size()) {
      throw RunResultCodecError("decode_run_result: series '" + s.name + "' has " + std::to_string(s.values.size()) +
                                " values for " + std::to_string(s.rows) + " rows of " +
                                std::to_string(s.columns.size()) + " columns");
    }
  }
  run.metrics.resize(r.size(8));
  for (auto& m : run.metrics) {
    m.name = r.text();
    m.unit = r.text();
    m.description = r.text();
    m.value = r.raw<double>();
    m.undefined_when = r.text();
    m.undefined = r.raw<std::uint8_t>() != 0;
    m.nonnegative = r.raw<std::uint8_t>() != 0;
  }
  run.records.resize(r.size(8));
  for (auto& t : run.records) {
    t.name = r.text();
    t.description = r.text();
    t.columns.resize(r.size(8));
    for (auto& c : t.columns) {
      c.name = r.text();
      c.description = r.text();
      c.labels = r.texts();
      c.values = r.array<std::int64_t>();
      c.nonnegative = r.raw<std::uint8_t>() != 0;
    }
  }
  run.timings.names = r.texts();
  run.timings.seconds = r.array<double>();
  run.timings.serial_seconds = r.array<double>();
  r.finish();
  return run;
}

}  // namespace regiosim::sim
