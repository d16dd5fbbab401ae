// HDF5 results files, format_version 1 (docs/hdf5-schema.md).
//
// Determinism. Runs arrive in any order from several threads, yet identical inputs must give
// identical files. The writer therefore never writes in arrival order: it keeps a cursor over the
// canonical order (scenarios in the order added, replications 0..R-1 within each) and writes a run
// only when every run before it in that order has been written; runs that arrive early wait in
// memory. A scenario's group and datasets are created when its replication 0 is written (so KPI
// and series order come from replication 0), its record tables (events, spells), in name order,
// when its last replication is written, and the root attributes at commit(). Objects record no modification times. The HDF5
// call sequence, and so the file, thus depends only on the inputs.
#include "output/results_file.h"

#include "output/hdf5_handles.h"
#include "output/checksums.h"
#include "output/hdf5_io.h"
#include "output/uncertainty_group.h"
#include "sim/result_checks.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <system_error>
#include <utility>

namespace regiosim::output {

using namespace detail;

namespace {

static_assert(std::endian::native == std::endian::little,
              "the results writer packs event rows in memory as little-endian file data");

constexpr const char* kEngine = "regiosim";
constexpr const char* kNoneLabel = "none";
constexpr const char* kReplicationColumn = "replication";
constexpr hsize_t kEventChunkRows = 65536;
constexpr unsigned kGzipLevel = 4;

bool valid_link_name(const std::string& name) {
  return !name.empty() && name.find('/') == std::string::npos && name != ".";
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : ", ");
    out += items[i];
  }
  return out + "]";
}

// Datasets created by the writer are chunked with these dims; a fixed dimension must not be smaller
// than its chunk, so any dimension smaller than its chunk (only possible when it is 0) is unlimited.
std::vector<hsize_t> max_dims_for(const std::vector<hsize_t>& dims, const std::vector<hsize_t>& chunk) {
  std::vector<hsize_t> max_dims(dims);
  for (std::size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] < chunk[i]) {
      max_dims[i] = H5S_UNLIMITED;
    }
  }
  return max_dims;
}

PlistHandle compressed_chunked_plist(const Context& ctx, const std::string& path, const std::vector<hsize_t>& chunk) {
  PlistHandle dcpl = creation_plist(ctx, H5P_DATASET_CREATE);
  ctx.check_rc(H5Pset_chunk(dcpl.get(), static_cast<int>(chunk.size()), chunk.data()), path, "cannot create dataset");
  ctx.check_rc(H5Pset_shuffle(dcpl.get()), path, "cannot create dataset");
  ctx.check_rc(H5Pset_deflate(dcpl.get(), kGzipLevel), path, "cannot create dataset");
  return dcpl;
}

// Selects the block [start, start + count) of a dataset's file space.
DataspaceHandle select_block(const Context& ctx, hid_t dataset, const std::string& path,
                             const std::vector<hsize_t>& start, const std::vector<hsize_t>& count) {
  DataspaceHandle space(ctx.check_id(H5Dget_space(dataset), path, "cannot write dataset"));
  ctx.check_rc(H5Sselect_hyperslab(space.get(), H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr), path,
               "cannot select hyperslab");
  return space;
}

void write_block(const Context& ctx, hid_t dataset, const std::string& path, hid_t mem_type,
                 const std::vector<hsize_t>& start, const std::vector<hsize_t>& count, const void* data) {
  DataspaceHandle file_space = select_block(ctx, dataset, path, start, count);
  DataspaceHandle mem_space(
      ctx.check_id(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr), path, "cannot write dataset"));
  ctx.check_rc(H5Dwrite(dataset, mem_type, mem_space.get(), file_space.get(), H5P_DEFAULT, data), path,
               "cannot write dataset");
}

void read_block(const Context& ctx, hid_t dataset, const std::string& path, hid_t mem_type,
                const std::vector<hsize_t>& start, const std::vector<hsize_t>& count, void* data) {
  DataspaceHandle file_space(ctx.check_id(H5Dget_space(dataset), path, "cannot read dataset"));
  ctx.check_rc(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr),
               path, "cannot select hyperslab");
  DataspaceHandle mem_space(
      ctx.check_id(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr), path, "cannot read dataset"));
  ctx.check_rc(H5Dread(dataset, mem_type, mem_space.get(), file_space.get(), H5P_DEFAULT, data), path,
               "cannot read dataset");
}

// Event rows: uint32 replication, then per column int16 (labelled, an enum) or int64, packed.
struct EventLayout {
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> labels;
  std::vector<std::size_t> offsets;
  std::size_t row_size = sizeof(std::uint32_t);

  explicit EventLayout(const sim::RecordTable& table) {
    for (const auto& column : table.columns) {
      names.push_back(column.name);
      labels.push_back(column.labels);
      offsets.push_back(row_size);
      row_size += column.labels.empty() ? sizeof(std::int64_t) : sizeof(std::int16_t);
    }
  }
  bool same_columns(const EventLayout& other) const { return names == other.names && labels == other.labels; }
};

TypeHandle event_type(const Context& ctx, const std::string& path, const EventLayout& layout) {
  const char* what = "cannot create event type";
  TypeHandle type(ctx.check_id(H5Tcreate(H5T_COMPOUND, layout.row_size), path, what));
  ctx.check_rc(H5Tinsert(type.get(), kReplicationColumn, 0, H5T_STD_U32LE), path, what);
  for (std::size_t c = 0; c < layout.names.size(); ++c) {
    if (layout.labels[c].empty()) {
      ctx.check_rc(H5Tinsert(type.get(), layout.names[c].c_str(), layout.offsets[c], H5T_STD_I64LE), path, what);
      continue;
    }
    TypeHandle enum_type(ctx.check_id(H5Tenum_create(H5T_STD_I16LE), path, what));
    for (std::size_t i = 0; i < layout.labels[c].size(); ++i) {
      const auto value = static_cast<std::int16_t>(i);
      ctx.check_rc(H5Tenum_insert(enum_type.get(), layout.labels[c][i].c_str(), &value), path, what);
    }
    const std::int16_t none = -1;
    ctx.check_rc(H5Tenum_insert(enum_type.get(), kNoneLabel, &none), path, what);
    ctx.check_rc(H5Tinsert(type.get(), layout.names[c].c_str(), layout.offsets[c], enum_type.get()), path, what);
  }
  return type;
}

struct SeriesSpec {
  std::string group;
  std::string name;
  std::size_t rows = 0;
  std::vector<std::string> columns;
  bool integer = false;

  explicit SeriesSpec(const sim::SeriesTable& s)
      : group(s.group), name(s.name), rows(s.rows), columns(s.columns), integer(s.integer) {}
  bool operator==(const SeriesSpec&) const = default;
  std::string key() const { return group + "/" + name; }
};

// Names a scenario group already uses for its own datasets and cannot give to series groups or
// record tables.
bool reserved_name(const std::string& name) {
  return name == "kpi" || name == "seeds" || name == "parameters" || name == "resolved_scenario";
}

// A run waiting for its turn in the canonical order.
struct PendingRun {
  std::uint64_t seed = 0;
  std::vector<sim::Metric> metrics;
  std::vector<sim::SeriesTable> series;
};

struct EventMeta {
  std::size_t replication = 0;
  std::string description;
  std::vector<std::string> column_descriptions;
};

// One named record table of a scenario: its layout (fixed by the first run that has it), its
// descriptions (from the lowest replication that has it) and the packed rows per replication.
struct RecordState {
  std::optional<EventLayout> layout;
  std::optional<EventMeta> meta;
  std::vector<std::vector<unsigned char>> rows;
};

struct OpenSeries {
  SeriesSpec spec;
  std::string path;
  DatasetHandle dataset;
};

struct ScenarioState {
  ScenarioRecord record;
  std::size_t replications = 0;
  std::string path;

  // Arrivals.
  std::vector<bool> received;
  std::size_t received_count = 0;
  bool have_reference = false;  // the first run to arrive fixes the metric names and series shapes
  std::vector<std::string> metric_names_sorted;
  std::vector<SeriesSpec> series_sorted;
  std::map<std::string, RecordState> records;  // by table name
  std::map<std::size_t, PendingRun> pending;

  // Writing (canonical order).
  bool started = false;
  std::size_t next = 0;
  GroupHandle group;
  DatasetHandle seeds;
  DatasetHandle kpi;
  std::vector<std::string> kpi_columns;
  std::vector<OpenSeries> series;

  void close() noexcept {
    series.clear();
    kpi.reset();
    seeds.reset();
    group.reset();
  }
};

std::vector<std::string> sorted_metric_names(const sim::RunResult& run) {
  std::vector<std::string> names;
  names.reserve(run.metrics.size());
  for (const auto& m : run.metrics) {
    names.push_back(m.name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<SeriesSpec> sorted_series_specs(const sim::RunResult& run) {
  std::vector<SeriesSpec> specs;
  specs.reserve(run.series.size());
  for (const auto& s : run.series) {
    specs.emplace_back(s);
  }
  std::sort(specs.begin(), specs.end(), [](const SeriesSpec& a, const SeriesSpec& b) { return a.key() < b.key(); });
  return specs;
}

bool is_int32(double v) {
  return v >= static_cast<double>(std::numeric_limits<std::int32_t>::min()) &&
         v <= static_cast<double>(std::numeric_limits<std::int32_t>::max()) && std::trunc(v) == v;
}

}  // namespace

// ------------------------------------------------------------------------------------------------
// KpiTable

std::vector<double> KpiTable::column(const std::string& name) const {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) {
    throw ResultsFileError("no KPI column named '" + name + "'");
  }
  const auto c = static_cast<std::size_t>(it - names.begin());
  std::vector<double> out(replications);
  for (std::size_t r = 0; r < replications; ++r) {
    out[r] = at(r, c);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// ResultsWriter

struct ResultsWriter::Impl {
  std::filesystem::path target;
  FileProvenance provenance;
  Context ctx;
  std::unique_ptr<NewHdf5File> file;  // under a temporary name until commit()
  GroupHandle scenarios_group;
  std::vector<std::unique_ptr<ScenarioState>> scenarios;
  std::map<std::string, std::size_t> index;
  std::size_t cursor = 0;  // first scenario not completely written
  bool committed = false;
  bool failed = false;
  std::optional<UncertaintyRecord> uncertainty;

  Impl(std::filesystem::path path, FileProvenance prov)
      : target(std::move(path)), provenance(std::move(prov)), ctx(target.string()) {}

  ~Impl() {
    Hdf5Lock lock;
    discard();
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  // Closes every object of the file, then the file, and removes the temporary file. Nothing more
  // reaches the disk (NewHdf5File::stop_writing): after a failed write HDF5 would otherwise try
  // to write its dirty metadata again while closing.
  void discard() noexcept {
    if (file) file->stop_writing();
    for (auto& s : scenarios) {
      s->close();
    }
    scenarios_group.reset();
    if (file) file->discard();
  }

  // Called in a catch block: marks the writer failed, discards the file and rethrows; where a write
  // the system refused (a full disk) was the cause, the exception says that instead.
  [[noreturn]] void fail_and_discard() {
    failed = true;
    const int error = file ? file->write_error() : 0;
    discard();
    if (error != 0) ctx.fail("", "cannot write the file: " + system_error_text(error));
    throw;
  }

  void ensure_usable() const {
    if (committed) {
      ctx.fail("", "results file was already committed");
    }
    if (failed) {
      ctx.fail("", "an earlier write to the results file failed");
    }
  }

  void create() {
    file = std::make_unique<NewHdf5File>(ctx, target);
    scenarios_group = create_group(ctx, file->get(), "/", "scenarios");
  }

  // ---- validation (no state changes) ----

  void validate_run(const ScenarioState& s, const sim::RunResult& run) const {
    const std::string rep = "replication " + std::to_string(run.replication);
    // Values: no NaN except declared undefined ones, no infinity, no negative stock (the model
    // checks this before a result leaves it; the writer makes sure).
    if (const auto problems = sim::find_result_problems(run, 1); !problems.empty()) {
      ctx.fail(s.path, "refused a run with invalid values: " + problems.front());
    }
    // Metrics.
    const auto metric_names = sorted_metric_names(run);
    if (std::adjacent_find(metric_names.begin(), metric_names.end()) != metric_names.end()) {
      ctx.fail(s.path + "/kpi", rep + " has duplicate metric names " + join_list(metric_names));
    }
    if (s.have_reference && metric_names != s.metric_names_sorted) {
      ctx.fail(s.path + "/kpi", rep + " has metrics " + join_list(metric_names) + " but the first run has " +
                                    join_list(s.metric_names_sorted));
    }
    // Series.
    for (const auto& series : run.series) {
      const std::string path = s.path + "/" + series.group + "/" + series.name;
      if (!valid_link_name(series.group) || reserved_name(series.group)) {
        ctx.fail(path, rep + ": invalid series group name '" + series.group + "'");
      }
      if (!valid_link_name(series.name)) {
        ctx.fail(path, rep + ": invalid series name '" + series.name + "'");
      }
      if (series.values.size() != series.rows * series.columns.size()) {
        ctx.fail(path, rep + ": " + std::to_string(series.values.size()) + " values for " +
                           std::to_string(series.rows) + " rows x " + std::to_string(series.columns.size()) +
                           " columns");
      }
      if (series.integer) {
        for (double v : series.values) {
          if (!is_int32(v)) {
            ctx.fail(path, rep + ": integer series holds " + std::to_string(v) + ", not a whole int32 number");
          }
        }
      }
    }
    const auto specs = sorted_series_specs(run);
    for (std::size_t i = 1; i < specs.size(); ++i) {
      if (specs[i].key() == specs[i - 1].key()) {
        ctx.fail(s.path + "/" + specs[i].key(), rep + " has two series with this name");
      }
    }
    if (s.have_reference && specs != s.series_sorted) {
      std::vector<std::string> have;
      std::vector<std::string> want;
      for (const auto& x : specs) {
        have.push_back(x.key() + "(" + std::to_string(x.rows) + "x" + std::to_string(x.columns.size()) + ")");
      }
      for (const auto& x : s.series_sorted) {
        want.push_back(x.key() + "(" + std::to_string(x.rows) + "x" + std::to_string(x.columns.size()) + ")");
      }
      ctx.fail(s.path + "/timeseries", rep + " has series " + join_list(have) + " but the first run has " +
                                           join_list(want) + " (names, shapes, columns and integer flags must match)");
    }
    // Record tables.
    std::vector<std::string> table_names;
    for (const auto& table : run.records) {
      const std::string path = s.path + "/" + table.name;
      if (!valid_link_name(table.name) || reserved_name(table.name) ||
          std::any_of(run.series.begin(), run.series.end(), [&](const sim::SeriesTable& t) { return t.group == table.name; })) {
        ctx.fail(path, rep + ": invalid record table name '" + table.name + "'");
      }
      table_names.push_back(table.name);
      std::vector<std::string> names;
      for (const auto& column : table.columns) {
        if (column.name.empty() || column.name == kReplicationColumn) {
          ctx.fail(path, rep + ": invalid event column name '" + column.name + "'");
        }
        if (column.values.size() != table.rows()) {
          ctx.fail(path, rep + ": event column '" + column.name + "' has " + std::to_string(column.values.size()) +
                             " values, the first column " + std::to_string(table.rows()));
        }
        if (!column.labels.empty()) {
          if (column.labels.size() > static_cast<std::size_t>(std::numeric_limits<std::int16_t>::max())) {
            ctx.fail(path, rep + ": event column '" + column.name + "' has too many labels");
          }
          auto labels = column.labels;
          std::sort(labels.begin(), labels.end());
          if (std::adjacent_find(labels.begin(), labels.end()) != labels.end() ||
              std::binary_search(labels.begin(), labels.end(), std::string(kNoneLabel))) {
            ctx.fail(path, rep + ": event column '" + column.name + "' labels must be unique and not 'none'");
          }
          const auto n = static_cast<std::int64_t>(column.labels.size());
          for (std::int64_t v : column.values) {
            if (v < -1 || v >= n) {
              ctx.fail(path, rep + ": event column '" + column.name + "' holds " + std::to_string(v) +
                                 ", not a label index or -1");
            }
          }
        }
        names.push_back(column.name);
      }
      std::sort(names.begin(), names.end());
      if (std::adjacent_find(names.begin(), names.end()) != names.end()) {
        ctx.fail(path, rep + " has duplicate event column names");
      }
      const auto known = s.records.find(table.name);
      if (known != s.records.end() && known->second.layout && !known->second.layout->same_columns(EventLayout(table))) {
        ctx.fail(path, rep + ": columns or labels differ from those of the first run with this table");
      }
    }
    std::sort(table_names.begin(), table_names.end());
    if (std::adjacent_find(table_names.begin(), table_names.end()) != table_names.end()) {
      ctx.fail(s.path, rep + " has two record tables with the same name");
    }
  }

  std::vector<unsigned char> pack_events(const EventLayout& layout, const sim::RecordTable& table,
                                         std::uint32_t replication) const {
    const std::size_t rows = table.rows();
    std::vector<unsigned char> out(rows * layout.row_size);
    for (std::size_t r = 0; r < rows; ++r) {
      unsigned char* row = out.data() + r * layout.row_size;
      std::memcpy(row, &replication, sizeof replication);
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const std::int64_t v = table.columns[c].values[r];
        if (layout.labels[c].empty()) {
          std::memcpy(row + layout.offsets[c], &v, sizeof v);
        } else {
          const auto small = static_cast<std::int16_t>(v);
          std::memcpy(row + layout.offsets[c], &small, sizeof small);
        }
      }
    }
    return out;
  }

  // ---- writing in canonical order ----

  void flush() {
    while (cursor < scenarios.size()) {
      ScenarioState& s = *scenarios[cursor];
      if (!s.started) {
        if (s.replications > 0 && s.pending.find(0) == s.pending.end()) {
          return;
        }
        start_scenario(s);
      }
      while (s.next < s.replications) {
        auto it = s.pending.find(s.next);
        if (it == s.pending.end()) {
          return;
        }
        write_replication(s, s.next, it->second);
        s.pending.erase(it);
        ++s.next;
      }
      finish_scenario(s);
      ++cursor;
    }
  }

  void start_scenario(ScenarioState& s) {
    s.started = true;
    const auto& rec = s.record;
    s.group = create_group(ctx, scenarios_group.get(), "/scenarios", rec.name);
    const hid_t g = s.group.get();
    write_string_attribute(ctx, g, s.path, "name", rec.name);
    write_string_attribute(ctx, g, s.path, "role", rec.role);
    write_string_attribute(ctx, g, s.path, "description", rec.description);
    for (const auto& [key, text] : {std::pair<const char*, const std::string&>{"label", rec.label},
                                    {"label_nl", rec.label_nl}, {"label_en", rec.label_en}}) {
      if (!text.empty()) write_string_attribute(ctx, g, s.path, key, text);
    }
    write_string_attribute(ctx, g, s.path, "content_hash", rec.content_hash);
    const auto replications = static_cast<std::int64_t>(s.replications);
    write_scalar_attribute(ctx, g, s.path, "replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &replications);

    {
      DatasetHandle resolved = write_string_dataset(ctx, g, s.path, "resolved_scenario", rec.resolved_toml);
      write_string_attribute(ctx, resolved.get(), s.path + "/resolved_scenario", "unit", "-");
      write_string_attribute(ctx, resolved.get(), s.path + "/resolved_scenario", "description",
                             "The complete resolved scenario (TOML) every replication ran with");
    }
    write_parameters(s);

    // Seeds.
    const std::string seeds_path = s.path + "/seeds";
    {
      const std::vector<hsize_t> dims = {s.replications};
      const std::vector<hsize_t> chunk = {std::max<hsize_t>(s.replications, 1)};
      const auto max_dims = max_dims_for(dims, chunk);
      DataspaceHandle space(
          ctx.check_id(H5Screate_simple(1, dims.data(), max_dims.data()), seeds_path, "cannot create dataset"));
      PlistHandle dcpl = compressed_chunked_plist(ctx, seeds_path, chunk);
      s.seeds = DatasetHandle(ctx.check_id(
          H5Dcreate2(g, "seeds", H5T_STD_U64LE, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT), seeds_path,
          "cannot create dataset"));
      write_string_attribute(ctx, s.seeds.get(), seeds_path, "unit", "-");
      write_string_attribute(ctx, s.seeds.get(), seeds_path, "description",
                             "Seed of each replication, derived from sim.seed and the replication number; the same "
                             "in every scenario with the same sim.seed (common random numbers)");
    }

    // KPIs, in the order of replication 0.
    const PendingRun* first = s.replications > 0 ? &s.pending.at(0) : nullptr;
    std::vector<std::string> units;
    std::vector<std::string> descriptions;
    std::vector<std::string> undefined_when;
    if (first != nullptr) {
      for (const auto& m : first->metrics) {
        s.kpi_columns.push_back(m.name);
        units.push_back(m.unit);
        descriptions.push_back(m.description);
        undefined_when.push_back(m.undefined_when);
      }
    }
    const std::string kpi_path = s.path + "/kpi";
    {
      const std::vector<hsize_t> dims = {s.replications, s.kpi_columns.size()};
      const std::vector<hsize_t> chunk = {std::max<hsize_t>(s.replications, 1), std::max<hsize_t>(s.kpi_columns.size(), 1)};
      const auto max_dims = max_dims_for(dims, chunk);
      DataspaceHandle space(
          ctx.check_id(H5Screate_simple(2, dims.data(), max_dims.data()), kpi_path, "cannot create dataset"));
      PlistHandle dcpl = compressed_chunked_plist(ctx, kpi_path, chunk);
      s.kpi = DatasetHandle(ctx.check_id(
          H5Dcreate2(g, "kpi", H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT), kpi_path,
          "cannot create dataset"));
      write_strings_attribute(ctx, s.kpi.get(), kpi_path, "columns", s.kpi_columns);
      write_strings_attribute(ctx, s.kpi.get(), kpi_path, "units", units);
      write_strings_attribute(ctx, s.kpi.get(), kpi_path, "descriptions", descriptions);
      write_strings_attribute(ctx, s.kpi.get(), kpi_path, "undefined_when", undefined_when);
      write_string_attribute(ctx, s.kpi.get(), kpi_path, "unit", "see units");
      write_string_attribute(ctx, s.kpi.get(), kpi_path, "description",
                             "Scalar indicators: one row per replication, one column per indicator (see columns, "
                             "units, descriptions); NaN only where an indicator is undefined in that run, which "
                             "undefined_when declares (empty: always defined)");
    }

    // Series, by group ("timeseries" always exists), in the order of replication 0.
    std::vector<std::string> group_names = {"timeseries"};
    if (first != nullptr) {
      for (const auto& series : first->series) {
        if (std::find(group_names.begin(), group_names.end(), series.group) == group_names.end()) {
          group_names.push_back(series.group);
        }
      }
    }
    std::map<std::string, GroupHandle> groups;
    for (const auto& name : group_names) groups.emplace(name, create_group(ctx, g, s.path, name, true));
    if (first != nullptr) {
      for (const auto& series : first->series) {
        const GroupHandle& ts = groups.at(series.group);
        OpenSeries os{SeriesSpec(series), s.path + "/" + series.group + "/" + series.name, {}};
        const std::vector<hsize_t> dims = {s.replications, series.rows, series.columns.size()};
        const std::vector<hsize_t> chunk = {1, std::max<hsize_t>(series.rows, 1),
                                            std::max<hsize_t>(series.columns.size(), 1)};
        const auto max_dims = max_dims_for(dims, chunk);
        DataspaceHandle space(
            ctx.check_id(H5Screate_simple(3, dims.data(), max_dims.data()), os.path, "cannot create dataset"));
        PlistHandle dcpl = compressed_chunked_plist(ctx, os.path, chunk);
        const hid_t file_type = series.integer ? H5T_STD_I32LE : H5T_IEEE_F64LE;
        os.dataset = DatasetHandle(ctx.check_id(
            H5Dcreate2(ts.get(), series.name.c_str(), file_type, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
            os.path, "cannot create dataset"));
        write_string_attribute(ctx, os.dataset.get(), os.path, "unit", series.unit);
        write_string_attribute(ctx, os.dataset.get(), os.path, "description", series.description);
        write_strings_attribute(ctx, os.dataset.get(), os.path, "columns", series.columns);
        if (!series.undefined_when_zero.empty()) {
          write_strings_attribute(ctx, os.dataset.get(), os.path, "undefined_when_zero", series.undefined_when_zero);
        }
        s.series.push_back(std::move(os));
      }
    }
  }

  void write_parameters(const ScenarioState& s) {
    struct Row {
      const char* key;
      const char* value;
      const char* unit;
      const char* source;
    };
    const std::string path = s.path + "/parameters";
    const char* what = "cannot create dataset";
    TypeHandle str = vlen_string_type(ctx);
    TypeHandle type(ctx.check_id(H5Tcreate(H5T_COMPOUND, sizeof(Row)), path, what));
    ctx.check_rc(H5Tinsert(type.get(), "key", HOFFSET(Row, key), str.get()), path, what);
    ctx.check_rc(H5Tinsert(type.get(), "value", HOFFSET(Row, value), str.get()), path, what);
    ctx.check_rc(H5Tinsert(type.get(), "unit", HOFFSET(Row, unit), str.get()), path, what);
    ctx.check_rc(H5Tinsert(type.get(), "source", HOFFSET(Row, source), str.get()), path, what);
    const auto& params = s.record.parameters;
    const hsize_t dims[1] = {params.size()};
    DataspaceHandle space(ctx.check_id(H5Screate_simple(1, dims, nullptr), path, what));
    PlistHandle dcpl = creation_plist(ctx, H5P_DATASET_CREATE);
    DatasetHandle dataset(ctx.check_id(
        H5Dcreate2(s.group.get(), "parameters", type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT), path,
        what));
    if (!params.empty()) {
      std::vector<Row> rows;
      rows.reserve(params.size());
      for (const auto& p : params) {
        rows.push_back({p.key.c_str(), p.value.c_str(), p.unit.c_str(), p.source.c_str()});
      }
      ctx.check_rc(H5Dwrite(dataset.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, rows.data()), path,
                   "cannot write dataset");
    }
    write_string_attribute(ctx, dataset.get(), path, "unit", "-");
    write_string_attribute(ctx, dataset.get(), path, "description",
                           "Every parameter of the resolved scenario: key, value as TOML writes it, unit, source");
  }

  void write_replication(ScenarioState& s, std::size_t replication, const PendingRun& run) {
    const hsize_t r = replication;
    write_block(ctx, s.seeds.get(), s.path + "/seeds", H5T_NATIVE_UINT64, {r}, {1}, &run.seed);

    if (!s.kpi_columns.empty()) {
      std::vector<double> row(s.kpi_columns.size(), 0.0);
      for (std::size_t c = 0; c < s.kpi_columns.size(); ++c) {
        const auto it = std::find_if(run.metrics.begin(), run.metrics.end(),
                                     [&](const sim::Metric& m) { return m.name == s.kpi_columns[c]; });
        row[c] = it->value;  // present: validated against the first run
      }
      write_block(ctx, s.kpi.get(), s.path + "/kpi", H5T_NATIVE_DOUBLE, {r, 0}, {1, s.kpi_columns.size()}, row.data());
    }

    for (const auto& os : s.series) {
      const auto it = std::find_if(run.series.begin(), run.series.end(), [&](const sim::SeriesTable& t) {
        return t.group == os.spec.group && t.name == os.spec.name;
      });
      const auto& values = it->values;  // present with this shape: validated against the first run
      if (values.empty()) {
        continue;
      }
      const std::vector<hsize_t> start = {r, 0, 0};
      const std::vector<hsize_t> count = {1, os.spec.rows, os.spec.columns.size()};
      if (os.spec.integer) {
        std::vector<std::int32_t> ints(values.size());
        std::transform(values.begin(), values.end(), ints.begin(),
                       [](double v) { return static_cast<std::int32_t>(v); });  // whole: validated
        write_block(ctx, os.dataset.get(), os.path, H5T_NATIVE_INT32, start, count, ints.data());
      } else {
        write_block(ctx, os.dataset.get(), os.path, H5T_NATIVE_DOUBLE, start, count, values.data());
      }
    }
  }

  void finish_scenario(ScenarioState& s) {
    for (auto& [name, table] : s.records) {  // by name
      write_records(s, name, table);
    }
    s.records.clear();
    s.close();
  }

  void write_records(ScenarioState& s, const std::string& name, RecordState& table) {
    const EventLayout& layout = *table.layout;
    const std::string path = s.path + "/" + name;
    std::size_t total_bytes = 0;
    for (const auto& e : table.rows) {
      total_bytes += e.size();
    }
    const hsize_t rows = total_bytes / layout.row_size;
    const hsize_t chunk_rows = std::clamp<hsize_t>(rows, 1, kEventChunkRows);
    TypeHandle type = event_type(ctx, path, layout);
    const std::vector<hsize_t> dims = {rows};
    const auto max_dims = max_dims_for(dims, {chunk_rows});
    DataspaceHandle space(ctx.check_id(H5Screate_simple(1, dims.data(), max_dims.data()), path, "cannot create dataset"));
    PlistHandle dcpl = compressed_chunked_plist(ctx, path, {chunk_rows});
    DatasetHandle dataset(ctx.check_id(
        H5Dcreate2(s.group.get(), name.c_str(), type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT), path,
        "cannot create dataset"));
    const EventMeta& meta = *table.meta;
    write_string_attribute(ctx, dataset.get(), path, "unit", "-");
    write_string_attribute(ctx, dataset.get(), path, "description", meta.description);
    for (std::size_t c = 0; c < layout.names.size(); ++c) {
      write_string_attribute(ctx, dataset.get(), path, layout.names[c] + ".description", meta.column_descriptions[c]);
    }

    // Whole chunks at a time, in replication order.
    const std::size_t stage_bytes = static_cast<std::size_t>(chunk_rows) * layout.row_size;
    std::vector<unsigned char> stage;
    stage.reserve(std::min(stage_bytes, total_bytes));
    hsize_t offset = 0;
    auto write_stage = [&] {
      if (stage.empty()) {
        return;
      }
      const hsize_t n = stage.size() / layout.row_size;
      write_block(ctx, dataset.get(), path, type.get(), {offset}, {n}, stage.data());
      offset += n;
      stage.clear();
    };
    for (auto& packed : table.rows) {
      std::size_t pos = 0;
      while (pos < packed.size()) {
        const std::size_t take = std::min(packed.size() - pos, stage_bytes - stage.size());
        stage.insert(stage.end(), packed.begin() + static_cast<std::ptrdiff_t>(pos),
                     packed.begin() + static_cast<std::ptrdiff_t>(pos + take));
        pos += take;
        if (stage.size() == stage_bytes) {
          write_stage();
        }
      }
      std::vector<unsigned char>().swap(packed);
    }
    write_stage();
  }

  void write_root_attributes() { write_provenance_attributes(ctx, file->get(), provenance); }
};

ResultsWriter::ResultsWriter(std::filesystem::path path, FileProvenance provenance)
    : impl_(std::make_unique<Impl>(std::move(path), std::move(provenance))) {
  Hdf5Lock lock;
  impl_->create();
}

ResultsWriter::~ResultsWriter() = default;

const std::filesystem::path& ResultsWriter::temporary_path() const noexcept { return impl_->file->temporary(); }

void ResultsWriter::add_scenario(const ScenarioRecord& scenario, std::int64_t replications) {
  Hdf5Lock lock;
  Impl& w = *impl_;
  w.ensure_usable();
  const std::string path = "/scenarios/" + scenario.name;
  if (!valid_link_name(scenario.name)) {
    w.ctx.fail(path, "invalid scenario name '" + scenario.name + "'");
  }
  if (w.index.count(scenario.name) != 0) {
    w.ctx.fail(path, "scenario added twice");
  }
  if (replications < 0) {
    w.ctx.fail(path, "negative number of replications " + std::to_string(replications));
  }
  auto s = std::make_unique<ScenarioState>();
  s->record = scenario;
  s->replications = static_cast<std::size_t>(replications);
  s->path = path;
  s->received.assign(s->replications, false);
  w.index.emplace(scenario.name, w.scenarios.size());
  w.scenarios.push_back(std::move(s));
}

void ResultsWriter::write_run(const sim::RunResult& run) {
  Hdf5Lock lock;
  Impl& w = *impl_;
  w.ensure_usable();
  const auto found = w.index.find(run.scenario);
  if (found == w.index.end()) {
    w.ctx.fail("/scenarios/" + run.scenario, "run for a scenario that was not added");
  }
  ScenarioState& s = *w.scenarios[found->second];
  if (run.replication >= s.replications) {
    w.ctx.fail(s.path, "replication " + std::to_string(run.replication) + " is out of range (" +
                           std::to_string(s.replications) + " declared)");
  }
  if (run.replication > std::numeric_limits<std::uint32_t>::max()) {
    w.ctx.fail(s.path, "replication " + std::to_string(run.replication) + " does not fit the events table");
  }
  if (s.received[run.replication]) {
    w.ctx.fail(s.path, "replication " + std::to_string(run.replication) + " was written twice");
  }
  w.validate_run(s, run);

  // Everything below only records the run; validation is done.
  PendingRun pending{run.seed, run.metrics, run.series};
  if (!s.have_reference) {
    s.have_reference = true;
    s.metric_names_sorted = sorted_metric_names(run);
    s.series_sorted = sorted_series_specs(run);
  }
  for (const auto& records : run.records) {
    RecordState& table = s.records[records.name];
    if (!table.layout) {
      table.layout.emplace(records);
      table.rows.resize(s.replications);
    }
    if (!table.meta || run.replication < table.meta->replication) {
      EventMeta meta{run.replication, records.description, {}};
      for (const auto& column : records.columns) {
        meta.column_descriptions.push_back(column.description);
      }
      table.meta = std::move(meta);
    }
    table.rows[run.replication] = w.pack_events(*table.layout, records, static_cast<std::uint32_t>(run.replication));
  }
  s.pending.emplace(run.replication, std::move(pending));
  s.received[run.replication] = true;
  ++s.received_count;

  try {
    w.flush();
    w.file->check_written(w.ctx);  // a full disk stops the command at the run that found it
  } catch (...) {
    w.fail_and_discard();  // the file can no longer be completed: its space is freed now
  }
}

void ResultsWriter::set_uncertainty(UncertaintyRecord record) { impl_->uncertainty = std::move(record); }

void ResultsWriter::commit() {
  Hdf5Lock lock;
  Impl& w = *impl_;
  w.ensure_usable();
  for (const auto& s : w.scenarios) {
    if (s->received_count == s->replications) {
      continue;
    }
    std::vector<std::string> missing;
    for (std::size_t r = 0; r < s->replications && missing.size() < 10; ++r) {
      if (!s->received[r]) {
        missing.push_back(std::to_string(r));
      }
    }
    const std::size_t count = s->replications - s->received_count;
    w.ctx.fail(s->path, std::to_string(count) + " of " + std::to_string(s->replications) +
                            " replications were never written (replications " + join_list(missing) +
                            (count > missing.size() ? ", ..." : "") + ")");
  }
  try {
    w.flush();
    if (w.cursor != w.scenarios.size()) {
      w.ctx.fail("/scenarios", "internal error: not every scenario was written");
    }
    std::vector<std::string> order;
    for (const auto& s : w.scenarios) {
      order.push_back(s->record.name);
    }
    write_strings_attribute(w.ctx, w.scenarios_group.get(), "/scenarios", "order", order);
    if (w.uncertainty) write_uncertainty_group(w.ctx, w.file->get(), *w.uncertainty);
    w.write_root_attributes();
    stamp_checksums(w.ctx, w.file->get());
    for (auto& s : w.scenarios) {
      s->close();
    }
    w.scenarios_group.reset();
    w.file->commit(w.ctx);
    w.committed = true;
  } catch (...) {
    w.fail_and_discard();
  }
}

// ------------------------------------------------------------------------------------------------
// ResultsReader

namespace {

template <class T>
std::int64_t load_integer(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return static_cast<std::int64_t>(v);
}

std::int64_t decode_integer(const unsigned char* p, std::size_t size, bool is_signed) {
  switch (size) {
    case 1: return is_signed ? load_integer<std::int8_t>(p) : load_integer<std::uint8_t>(p);
    case 2: return is_signed ? load_integer<std::int16_t>(p) : load_integer<std::uint16_t>(p);
    case 4: return is_signed ? load_integer<std::int32_t>(p) : load_integer<std::uint32_t>(p);
    default: return load_integer<std::int64_t>(p);
  }
}

}  // namespace

struct ResultsReader::Impl {
  Context ctx;
  FileHandle file;
  int version = 0;

  explicit Impl(const std::filesystem::path& path) : ctx(path.string()) {}
  ~Impl() {
    Hdf5Lock lock;
    file.reset();
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  void open() {
    file = open_verified_file(ctx);
    const hid_t root = file.get();
    std::string engine;
    if (has_attribute(root, "engine")) {
      try {
        engine = read_string_attribute(ctx, root, "/", "engine");
      } catch (const ResultsFileError&) {
        engine.clear();
      }
    }
    if (engine != kEngine) {
      ctx.fail("", "not a regiosim results file");
    }
    if (!has_attribute(root, "format_version")) {
      ctx.fail("", "not a regiosim results file (no format_version attribute)");
    }
    const std::int64_t v = read_int64_attribute(ctx, root, "/", "format_version");
    if (v != kFormatVersion) {
      ctx.fail("", "format_version " + std::to_string(v) + " is not supported by this build (reads " +
                       std::to_string(kFormatVersion) + ")");
    }
    version = static_cast<int>(v);
  }

  GroupHandle scenario_group(const std::string& name) const {
    GroupHandle scenarios = open_group(ctx, file.get(), "/", "scenarios");
    return open_group(ctx, scenarios.get(), "/scenarios", name);
  }
};

ResultsReader::ResultsReader(const std::filesystem::path& path) : impl_(std::make_unique<Impl>(path)) {
  Hdf5Lock lock;
  impl_->open();
}

ResultsReader::~ResultsReader() = default;

FileProvenance ResultsReader::provenance() const {
  Hdf5Lock lock;
  return read_provenance_attributes(impl_->ctx, impl_->file.get());
}

int ResultsReader::format_version() const { return impl_->version; }

std::optional<UncertaintyRecord> ResultsReader::uncertainty() const {
  Hdf5Lock lock;
  return read_uncertainty_group(impl_->ctx, impl_->file.get());
}

std::vector<std::string> ResultsReader::scenario_names() const {
  Hdf5Lock lock;
  GroupHandle scenarios = open_group(impl_->ctx, impl_->file.get(), "/", "scenarios");
  return read_strings_attribute(impl_->ctx, scenarios.get(), "/scenarios", "order");
}

ScenarioInfo ResultsReader::scenario(const std::string& name) const {
  Hdf5Lock lock;
  const Context& ctx = impl_->ctx;
  GroupHandle group = impl_->scenario_group(name);
  const hid_t g = group.get();
  const std::string path = "/scenarios/" + name;
  ScenarioInfo info;
  info.record.name = read_string_attribute(ctx, g, path, "name");
  info.record.role = read_string_attribute(ctx, g, path, "role");
  info.record.description = read_string_attribute(ctx, g, path, "description");
  for (auto [key, text] : {std::pair<const char*, std::string*>{"label", &info.record.label},
                           {"label_nl", &info.record.label_nl}, {"label_en", &info.record.label_en}}) {
    if (has_attribute(g, key)) *text = read_string_attribute(ctx, g, path, key);
  }
  info.record.content_hash = read_string_attribute(ctx, g, path, "content_hash");
  info.replications = read_int64_attribute(ctx, g, path, "replications");
  {
    DatasetHandle resolved = open_dataset(ctx, g, path, "resolved_scenario");
    info.record.resolved_toml = read_string_dataset(ctx, resolved.get(), path + "/resolved_scenario");
  }
  {
    const std::string ppath = path + "/parameters";
    DatasetHandle params = open_dataset(ctx, g, path, "parameters");
    struct Row {
      char* key;
      char* value;
      char* unit;
      char* source;
    };
    const char* what = "cannot read dataset";
    TypeHandle str = vlen_string_type(ctx);
    TypeHandle type(ctx.check_id(H5Tcreate(H5T_COMPOUND, sizeof(Row)), ppath, what));
    ctx.check_rc(H5Tinsert(type.get(), "key", HOFFSET(Row, key), str.get()), ppath, what);
    ctx.check_rc(H5Tinsert(type.get(), "value", HOFFSET(Row, value), str.get()), ppath, what);
    ctx.check_rc(H5Tinsert(type.get(), "unit", HOFFSET(Row, unit), str.get()), ppath, what);
    ctx.check_rc(H5Tinsert(type.get(), "source", HOFFSET(Row, source), str.get()), ppath, what);
    const auto dims = dataset_dims(ctx, params.get(), ppath);
    if (dims.size() != 1) {
      ctx.fail(ppath, "is not one-dimensional");
    }
    if (dims[0] > 0) {
      std::vector<Row> rows(dims[0], Row{nullptr, nullptr, nullptr, nullptr});
      ctx.check_rc(H5Dread(params.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, rows.data()), ppath, what);
      DataspaceHandle space(ctx.check_id(H5Dget_space(params.get()), ppath, what));
      auto text = [](const char* s) { return std::string(s == nullptr ? "" : s); };
      try {
        for (const auto& row : rows) {
          info.record.parameters.push_back({text(row.key), text(row.value), text(row.unit), text(row.source)});
        }
      } catch (...) {
        H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, rows.data());
        throw;
      }
      ctx.check_rc(H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, rows.data()), ppath, what);
    }
  }
  {
    const std::string spath = path + "/seeds";
    DatasetHandle seeds = open_dataset(ctx, g, path, "seeds");
    const auto dims = dataset_dims(ctx, seeds.get(), spath);
    if (dims.size() != 1) {
      ctx.fail(spath, "is not one-dimensional");
    }
    info.seeds.resize(dims[0]);
    if (!info.seeds.empty()) {
      ctx.check_rc(H5Dread(seeds.get(), H5T_NATIVE_UINT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, info.seeds.data()), spath,
                   "cannot read dataset");
    }
    // One seed per replication: readers size their tables by `replications`.
    if (info.replications < 0 || static_cast<std::uint64_t>(info.replications) != info.seeds.size()) {
      ctx.fail(path, "replications " + std::to_string(info.replications) + " does not match its " +
                         std::to_string(info.seeds.size()) + " seeds");
    }
  }
  return info;
}

KpiTable ResultsReader::kpis(const std::string& scenario) const {
  Hdf5Lock lock;
  const Context& ctx = impl_->ctx;
  GroupHandle group = impl_->scenario_group(scenario);
  const std::string path = "/scenarios/" + scenario + "/kpi";
  DatasetHandle kpi = open_dataset(ctx, group.get(), "/scenarios/" + scenario, "kpi");
  const auto dims = dataset_dims(ctx, kpi.get(), path);
  if (dims.size() != 2) {
    ctx.fail(path, "is not two-dimensional");
  }
  KpiTable table;
  table.names = read_strings_attribute(ctx, kpi.get(), path, "columns");
  table.units = read_strings_attribute(ctx, kpi.get(), path, "units");
  table.descriptions = read_strings_attribute(ctx, kpi.get(), path, "descriptions");
  if (table.names.size() != dims[1] || table.units.size() != dims[1] || table.descriptions.size() != dims[1]) {
    ctx.fail(path, "columns, units and descriptions do not match the dataset's width");
  }
  table.replications = dims[0];
  table.values.resize(dims[0] * dims[1]);
  if (!table.values.empty()) {
    ctx.check_rc(H5Dread(kpi.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, table.values.data()), path,
                 "cannot read dataset");
  }
  return table;
}

std::vector<std::string> ResultsReader::series_names(const std::string& scenario, const std::string& group_name) const {
  Hdf5Lock lock;
  const Context& ctx = impl_->ctx;
  GroupHandle group = impl_->scenario_group(scenario);
  if (!has_link(group.get(), group_name)) {
    return {};
  }
  const std::string path = "/scenarios/" + scenario + "/" + group_name;
  GroupHandle ts = open_group(ctx, group.get(), "/scenarios/" + scenario, group_name);
  return link_names(ctx, ts.get(), path);
}

sim::SeriesTable ResultsReader::series(const std::string& scenario, const std::string& series,
                                       std::size_t replication, const std::string& group_name) const {
  Hdf5Lock lock;
  const Context& ctx = impl_->ctx;
  GroupHandle group = impl_->scenario_group(scenario);
  const std::string ts_path = "/scenarios/" + scenario + "/" + group_name;
  GroupHandle ts = open_group(ctx, group.get(), "/scenarios/" + scenario, group_name);
  const std::string path = ts_path + "/" + series;
  DatasetHandle dataset = open_dataset(ctx, ts.get(), ts_path, series);
  const auto dims = dataset_dims(ctx, dataset.get(), path);
  if (dims.size() != 3) {
    ctx.fail(path, "is not three-dimensional");
  }
  if (replication >= dims[0]) {
    ctx.fail(path, "replication " + std::to_string(replication) + " is out of range (" + std::to_string(dims[0]) +
                       " replications)");
  }
  sim::SeriesTable table;
  table.name = series;
  table.group = group_name;
  table.unit = read_string_attribute(ctx, dataset.get(), path, "unit");
  table.description = read_string_attribute(ctx, dataset.get(), path, "description");
  table.columns = read_strings_attribute(ctx, dataset.get(), path, "columns");
  if (table.columns.size() != dims[2]) {
    ctx.fail(path, "columns attribute does not match the dataset's width");
  }
  {
    TypeHandle type(ctx.check_id(H5Dget_type(dataset.get()), path, "cannot read dataset"));
    table.integer = H5Tget_class(type.get()) == H5T_INTEGER;
  }
  table.rows = dims[1];
  table.values.resize(dims[1] * dims[2]);
  if (!table.values.empty()) {
    read_block(ctx, dataset.get(), path, H5T_NATIVE_DOUBLE, {replication, 0, 0}, {1, dims[1], dims[2]},
               table.values.data());
  }
  return table;
}

std::optional<sim::RecordTable> ResultsReader::events(const std::string& scenario) const {
  return records(scenario, "events");
}

std::vector<std::string> ResultsReader::record_names(const std::string& scenario) const {
  Hdf5Lock lock;
  const Context& ctx = impl_->ctx;
  GroupHandle group = impl_->scenario_group(scenario);
  const std::string path = "/scenarios/" + scenario;
  // Record tables are the scenario's compound datasets whose first field is "replication".
  std::vector<std::string> out;
  for (const auto& name : link_names(ctx, group.get(), path)) {
    H5O_info_t info;
    if (H5Oget_info_by_name(group.get(), name.c_str(), &info, H5P_DEFAULT) < 0 || info.type != H5O_TYPE_DATASET) continue;
    DatasetHandle dataset = open_dataset(ctx, group.get(), path, name);
    TypeHandle type(ctx.check_id(H5Dget_type(dataset.get()), path + "/" + name, "cannot read dataset"));
    if (H5Tget_class(type.get()) != H5T_COMPOUND || H5Tget_nmembers(type.get()) < 1) continue;
    char* first = H5Tget_member_name(type.get(), 0);
    const bool is_record = first != nullptr && std::string(first) == kReplicationColumn;
    H5free_memory(first);
    if (is_record) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<sim::RecordTable> ResultsReader::records(const std::string& scenario, const std::string& name) const {
  Hdf5Lock lock;
  const Context& ctx = impl_->ctx;
  GroupHandle group = impl_->scenario_group(scenario);
  if (!has_link(group.get(), name)) {
    return std::nullopt;
  }
  const std::string path = "/scenarios/" + scenario + "/" + name;
  const char* what = "cannot read dataset";
  DatasetHandle dataset = open_dataset(ctx, group.get(), "/scenarios/" + scenario, name);
  const auto dims = dataset_dims(ctx, dataset.get(), path);
  if (dims.size() != 1) {
    ctx.fail(path, "is not one-dimensional");
  }
  TypeHandle file_type(ctx.check_id(H5Dget_type(dataset.get()), path, what));
  if (H5Tget_class(file_type.get()) != H5T_COMPOUND) {
    ctx.fail(path, "is not a compound dataset");
  }
  TypeHandle mem_type(ctx.check_id(H5Tget_native_type(file_type.get(), H5T_DIR_ASCEND), path, what));
  const int members = H5Tget_nmembers(mem_type.get());
  ctx.check_rc(members < 0 ? -1 : 0, path, what);

  sim::RecordTable table;
  table.name = name;
  table.description = read_string_attribute(ctx, dataset.get(), path, "description");

  struct Field {
    std::size_t offset = 0;
    std::size_t size = 0;
    bool is_signed = true;
  };
  std::vector<Field> fields;
  for (int i = 0; i < members; ++i) {
    const auto index = static_cast<unsigned>(i);
    char* raw_name = H5Tget_member_name(mem_type.get(), index);
    ctx.check_rc(raw_name == nullptr ? -1 : 0, path, what);
    std::string member_name(raw_name);
    H5free_memory(raw_name);
    TypeHandle member(ctx.check_id(H5Tget_member_type(mem_type.get(), index), path, what));
    const H5T_class_t cls = H5Tget_class(member.get());
    sim::RecordColumn column;
    column.name = member_name;
    Field field;
    field.offset = H5Tget_member_offset(mem_type.get(), index);
    if (cls == H5T_INTEGER) {
      field.size = H5Tget_size(member.get());
      field.is_signed = H5Tget_sign(member.get()) == H5T_SGN_2;
    } else if (cls == H5T_ENUM) {
      TypeHandle base(ctx.check_id(H5Tget_super(member.get()), path, what));
      field.size = H5Tget_size(base.get());
      field.is_signed = H5Tget_sign(base.get()) == H5T_SGN_2;
      const int n = H5Tget_nmembers(member.get());
      ctx.check_rc(n < 0 ? -1 : 0, path, what);
      std::map<std::int64_t, std::string> by_value;
      std::vector<unsigned char> value(field.size);
      for (int j = 0; j < n; ++j) {
        const auto jj = static_cast<unsigned>(j);
        char* label = H5Tget_member_name(member.get(), jj);
        ctx.check_rc(label == nullptr ? -1 : 0, path, what);
        std::string label_text(label);
        H5free_memory(label);
        ctx.check_rc(H5Tget_member_value(member.get(), jj, value.data()), path, what);
        const std::int64_t v = decode_integer(value.data(), field.size, field.is_signed);
        if (v >= 0) {
          by_value.emplace(v, std::move(label_text));
        }
      }
      for (const auto& [v, label_text] : by_value) {
        if (v != static_cast<std::int64_t>(column.labels.size())) {
          ctx.fail(path, "enum of column '" + member_name + "' does not number its labels 0..n-1");
        }
        column.labels.push_back(label_text);
      }
    } else {
      ctx.fail(path, "column '" + member_name + "' is neither an integer nor an enum");
    }
    if (field.size != 1 && field.size != 2 && field.size != 4 && field.size != 8) {
      ctx.fail(path, "column '" + member_name + "' has an unsupported integer size");
    }
    if (i == 0) {
      if (member_name != kReplicationColumn) {
        ctx.fail(path, "first column is not 'replication'");
      }
      column.description = "Replication the row belongs to (0-based)";
    } else {
      const std::string attr = member_name + ".description";
      column.description = has_attribute(dataset.get(), attr) ? read_string_attribute(ctx, dataset.get(), path, attr)
                                                                : std::string();
    }
    column.values.resize(dims[0]);
    table.columns.push_back(std::move(column));
    fields.push_back(field);
  }
  if (dims[0] > 0) {
    const std::size_t row_size = H5Tget_size(mem_type.get());
    std::vector<unsigned char> buffer(dims[0] * row_size);
    ctx.check_rc(H5Dread(dataset.get(), mem_type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), path, what);
    for (std::size_t r = 0; r < dims[0]; ++r) {
      const unsigned char* row = buffer.data() + r * row_size;
      for (std::size_t c = 0; c < fields.size(); ++c) {
        table.columns[c].values[r] = decode_integer(row + fields[c].offset, fields[c].size, fields[c].is_signed);
      }
    }
  }
  return table;
}

IntegrityCheck verify_file(const std::filesystem::path& path) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file = open_verified_file(ctx);
  const auto count = verify_checksums(ctx, file.get());
  return {count.verified, count.unchecked};
}

}  // namespace regiosim::output
