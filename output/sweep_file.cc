#include "output/sweep_file.h"

#include "output/checksums.h"
#include "output/hdf5_tables.h"

#include <algorithm>
#include <limits>

namespace regiosim::output {

using namespace detail;

namespace {

constexpr const char* kKind = "sweep";

void write_contents(const Context& ctx, hid_t file, const FileProvenance& prov, const SweepRecord& s) {
  const hid_t root = file;
  write_provenance_attributes(ctx, root, prov);
  write_string_attribute(ctx, root, "/", "file_kind", kKind);
  write_scalar_attribute(ctx, root, "/", "mpi_world_size", H5T_STD_I32LE, H5T_NATIVE_INT32, &s.mpi_world_size);
  write_strings_attribute(ctx, root, "/", "hosts", s.hosts);

  GroupHandle g = create_group(ctx, root, "/", "sweep", true);
  const std::string gp = "/sweep";
  write_string_attribute(ctx, g.get(), gp, "name", s.name);
  write_string_attribute(ctx, g.get(), gp, "description", s.description);
  write_string_attribute(ctx, g.get(), gp, "design", s.design);
  write_string_attribute(ctx, g.get(), gp, "definition_source", s.definition_source);
  write_string_attribute(ctx, g.get(), gp, "identity", s.identity);
  write_scalar_attribute(ctx, g.get(), gp, "replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &s.replications);
  const std::int64_t points = static_cast<std::int64_t>(s.point_count());
  write_scalar_attribute(ctx, g.get(), gp, "points", H5T_STD_I64LE, H5T_NATIVE_INT64, &points);
  write_strings_attribute(ctx, g.get(), gp, "kpis_analysed", s.kpis_analysed);
  write_string_dataset(ctx, g.get(), gp, "definition", s.definition_toml);
  write_string_dataset(ctx, g.get(), gp, "base_scenario", s.base_scenario);

  const std::size_t F = s.factors.size();
  const std::size_t P = s.point_count();
  {
    std::vector<std::string> key, type, unit, source, range;
    for (const auto& f : s.factors) {
      key.push_back(f.key), type.push_back(f.type), unit.push_back(f.unit), source.push_back(f.source), range.push_back(f.range);
    }
    write_table(ctx, g.get(), gp, "factors",
                {Column::strings("key", key), Column::strings("type", type), Column::strings("unit", unit),
                 Column::strings("source", source), Column::strings("range", range)},
                F, "the factors varied by the sweep, in design order");
  }
  {
    std::vector<Column> cols;
    std::vector<std::int64_t> index(P);
    for (std::size_t p = 0; p < P; ++p) index[p] = static_cast<std::int64_t>(p);
    cols.push_back(Column::int64s("point", index));
    cols.push_back(Column::strings("content_hash", s.point_hashes));
    for (std::size_t f = 0; f < F; ++f) {
      std::vector<std::string> text(P);
      std::vector<double> numeric(P), unit(P);
      for (std::size_t p = 0; p < P; ++p) {
        text[p] = s.point_values[p * F + f];
        numeric[p] = s.point_numeric[p * F + f];
        unit[p] = s.point_unit[p * F + f];
      }
      cols.push_back(Column::strings(s.factors[f].key, text));
      cols.push_back(Column::doubles(s.factors[f].key + ":numeric", numeric));
      cols.push_back(Column::doubles(s.factors[f].key + ":unit", unit));
    }
    write_table(ctx, g.get(), gp, "points", cols, P,
                "every design point: factor values as TOML text, as numbers (booleans 0/1, choices their index) and as "
                "design coordinates in [0, 1] (NaN for a grid); a point's scenario is base_scenario with these values");
  }
  {
    const std::size_t R = s.runs.size();
    std::vector<std::int64_t> point(R), rep(R), weeks(R);
    std::vector<std::uint64_t> seed(R);
    for (std::size_t r = 0; r < R; ++r) {
      point[r] = s.runs[r].point, rep[r] = s.runs[r].replication, seed[r] = s.runs[r].seed, weeks[r] = s.runs[r].weeks_completed;
    }
    std::vector<Column> cols = {Column::int64s("point", point), Column::int64s("replication", rep),
                                Column::uint64s("seed", seed), Column::int32s("weeks_completed", weeks)};
    for (std::size_t f = 0; f < F; ++f) {
      std::vector<double> v(R);
      for (std::size_t r = 0; r < R; ++r) v[r] = s.point_numeric[static_cast<std::size_t>(point[r]) * F + f];
      cols.push_back(Column::doubles(s.factors[f].key, v));
    }
    for (std::size_t k = 0; k < s.kpi_names.size(); ++k) {
      std::vector<double> v(R);
      for (std::size_t r = 0; r < R; ++r) v[r] = s.kpi(r, k);
      cols.push_back(Column::doubles(s.kpi_names[k], v));
    }
    write_table(ctx, g.get(), gp, "runs", cols, R,
                "one row per run (point, replication): the factor values as numbers and every KPI");
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "runs");
    write_strings_attribute(ctx, ds.get(), gp + "/runs", "kpi_units", s.kpi_units);
    if (!s.kpi_undefined_when.empty()) {
      write_strings_attribute(ctx, ds.get(), gp + "/runs", "kpi_undefined_when", s.kpi_undefined_when);
    }
  }
  {
    const std::size_t N = s.sensitivity.size();
    std::vector<std::string> method(N), kpi(N), factor(N);
    std::vector<std::vector<double>> v(9, std::vector<double>(N));
    for (std::size_t i = 0; i < N; ++i) {
      const auto& x = s.sensitivity[i];
      method[i] = x.method, kpi[i] = x.kpi, factor[i] = x.factor;
      const double vals[9] = {x.first, x.first_low, x.first_high, x.total, x.total_low, x.total_high, x.mu, x.mu_star, x.sigma};
      for (std::size_t c = 0; c < 9; ++c) v[c][i] = vals[c];
    }
    const char* names[9] = {"first", "first_low", "first_high", "total", "total_low", "total_high", "mu", "mu_star", "sigma"};
    std::vector<Column> cols = {Column::strings("method", method), Column::strings("kpi", kpi), Column::strings("factor", factor)};
    for (std::size_t c = 0; c < 9; ++c) cols.push_back(Column::doubles(names[c], v[c]));
    write_table(ctx, g.get(), gp, "sensitivity", cols, N,
                "sensitivity of each analysed KPI to each factor: Sobol first-order and total indices with 95% bootstrap "
                "intervals (saltelli design) or Morris mu, mu* and sigma per unit of the factor's range (morris design)");
  }
  if (!s.series.empty()) {
    GroupHandle ts = create_group(ctx, g.get(), gp, "timeseries", true);
    const std::string tp = gp + "/timeseries";
    for (const auto& series : s.series) {
      write_matrix(ctx, ts.get(), tp, series.name,
                   {static_cast<hsize_t>(s.runs.size()), static_cast<hsize_t>(series.rows), static_cast<hsize_t>(series.columns.size())},
                   series.values, true);
      DatasetHandle ds = open_dataset(ctx, ts.get(), tp, series.name);
      const std::string p = join_path(tp, series.name);
      write_string_attribute(ctx, ds.get(), p, "unit", series.unit);
      write_string_attribute(ctx, ds.get(), p, "description", series.description);
      write_strings_attribute(ctx, ds.get(), p, "columns", series.columns);
    }
  }
}

}  // namespace

void write_sweep_file(const std::filesystem::path& path, const FileProvenance& provenance, const SweepRecord& sweep) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  const std::size_t F = sweep.factors.size();
  const std::size_t P = sweep.point_count();
  if (sweep.point_values.size() != P * F || sweep.point_numeric.size() != P * F || sweep.point_unit.size() != P * F ||
      sweep.kpis.size() != sweep.runs.size() * sweep.kpi_names.size() || sweep.kpi_units.size() != sweep.kpi_names.size() ||
      (!sweep.kpi_undefined_when.empty() && sweep.kpi_undefined_when.size() != sweep.kpi_names.size())) {
    ctx.fail("/sweep", "inconsistent sweep record (table sizes do not match)");
  }
  commit_file(ctx, path, [&](hid_t file) { write_contents(ctx, file, provenance, sweep); });
}

bool is_sweep_file(const std::filesystem::path& path) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file;
  return open_regiosim_file(ctx, file) == kKind;
}

SweepRecord read_sweep_file(const std::filesystem::path& path, FileProvenance* provenance) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file;
  if (open_regiosim_file(ctx, file) != kKind) ctx.fail("", "not a sweep file (it holds the results of `regiosim run`)");
  const hid_t root = file.get();
  SweepRecord s;
  if (provenance != nullptr) *provenance = read_provenance_attributes(ctx, root);
  read_scalar_attribute(ctx, root, "/", "mpi_world_size", H5T_NATIVE_INT32, &s.mpi_world_size);
  s.hosts = read_strings_attribute(ctx, root, "/", "hosts");
  GroupHandle g = open_group(ctx, root, "/", "sweep");
  const std::string gp = "/sweep";
  s.name = read_string_attribute(ctx, g.get(), gp, "name");
  s.description = read_string_attribute(ctx, g.get(), gp, "description");
  s.design = read_string_attribute(ctx, g.get(), gp, "design");
  s.definition_source = read_string_attribute(ctx, g.get(), gp, "definition_source");
  s.identity = read_string_attribute(ctx, g.get(), gp, "identity");
  s.replications = read_int64_attribute(ctx, g.get(), gp, "replications");
  s.kpis_analysed = read_strings_attribute(ctx, g.get(), gp, "kpis_analysed");
  {
    DatasetHandle d = open_dataset(ctx, g.get(), gp, "definition");
    s.definition_toml = read_string_dataset(ctx, d.get(), gp + "/definition");
    DatasetHandle b = open_dataset(ctx, g.get(), gp, "base_scenario");
    s.base_scenario = read_string_dataset(ctx, b.get(), gp + "/base_scenario");
  }
  {
    const std::string p = gp + "/factors";
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "factors");
    const auto key = read_string_field(ctx, ds.get(), p, "key");
    const auto type = read_string_field(ctx, ds.get(), p, "type");
    const auto unit = read_string_field(ctx, ds.get(), p, "unit");
    const auto source = read_string_field(ctx, ds.get(), p, "source");
    const auto range = read_string_field(ctx, ds.get(), p, "range");
    for (std::size_t f = 0; f < key.size(); ++f) s.factors.push_back({key[f], type[f], unit[f], source[f], range[f]});
  }
  const std::size_t F = s.factors.size();
  {
    const std::string p = gp + "/points";
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "points");
    s.point_hashes = read_string_field(ctx, ds.get(), p, "content_hash");
    const std::size_t P = s.point_hashes.size();
    s.point_values.resize(P * F);
    s.point_numeric.resize(P * F);
    s.point_unit.resize(P * F);
    for (std::size_t f = 0; f < F; ++f) {
      const auto text = read_string_field(ctx, ds.get(), p, s.factors[f].key);
      const auto numeric = read_field<double>(ctx, ds.get(), p, s.factors[f].key + ":numeric", H5T_NATIVE_DOUBLE);
      const auto unit = read_field<double>(ctx, ds.get(), p, s.factors[f].key + ":unit", H5T_NATIVE_DOUBLE);
      for (std::size_t q = 0; q < P; ++q) {
        s.point_values[q * F + f] = text[q];
        s.point_numeric[q * F + f] = numeric[q];
        s.point_unit[q * F + f] = unit[q];
      }
    }
  }
  {
    const std::string p = gp + "/runs";
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "runs");
    const auto point = read_field<std::int64_t>(ctx, ds.get(), p, "point", H5T_NATIVE_INT64);
    const auto rep = read_field<std::int64_t>(ctx, ds.get(), p, "replication", H5T_NATIVE_INT64);
    const auto seed = read_field<std::uint64_t>(ctx, ds.get(), p, "seed", H5T_NATIVE_UINT64);
    const auto weeks = read_field<std::int32_t>(ctx, ds.get(), p, "weeks_completed", H5T_NATIVE_INT32);
    for (std::size_t r = 0; r < point.size(); ++r) s.runs.push_back({point[r], rep[r], seed[r], weeks[r]});
    // Readers index points and replications by these: they must lie within the file's own counts.
    if (s.replications < 1 || static_cast<std::uint64_t>(s.replications) > std::max<std::size_t>(point.size(), 1)) {
      ctx.fail(gp, "replications " + std::to_string(s.replications) + " does not fit the " +
                       std::to_string(point.size()) + " runs of the file");
    }
    const std::size_t P = s.point_hashes.size();
    for (std::size_t r = 0; r < point.size(); ++r) {
      if (point[r] < 0 || static_cast<std::uint64_t>(point[r]) >= P || rep[r] < 0 || rep[r] >= s.replications) {
        ctx.fail(p, "run " + std::to_string(r) + " names point " + std::to_string(point[r]) + " and replication " +
                        std::to_string(rep[r]) + ", outside the file's " + std::to_string(P) + " points and " +
                        std::to_string(s.replications) + " replications");
      }
    }
    s.kpi_units = read_strings_attribute(ctx, ds.get(), p, "kpi_units");
    if (has_attribute(ds.get(), "kpi_undefined_when")) {
      s.kpi_undefined_when = read_strings_attribute(ctx, ds.get(), p, "kpi_undefined_when");
    }
    const auto names = field_names(ctx, ds.get(), p);
    const std::size_t first_kpi = 4 + F;
    if (names.size() != first_kpi + s.kpi_units.size()) ctx.fail(p, "columns do not match kpi_units");
    s.kpi_names.assign(names.begin() + static_cast<std::ptrdiff_t>(first_kpi), names.end());
    s.kpis.resize(point.size() * s.kpi_names.size());
    for (std::size_t k = 0; k < s.kpi_names.size(); ++k) {
      const auto v = read_field<double>(ctx, ds.get(), p, s.kpi_names[k], H5T_NATIVE_DOUBLE);
      for (std::size_t r = 0; r < v.size(); ++r) s.kpis[r * s.kpi_names.size() + k] = v[r];
    }
  }
  {
    const std::string p = gp + "/sensitivity";
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "sensitivity");
    const auto method = read_string_field(ctx, ds.get(), p, "method");
    const auto kpi = read_string_field(ctx, ds.get(), p, "kpi");
    const auto factor = read_string_field(ctx, ds.get(), p, "factor");
    const char* names[9] = {"first", "first_low", "first_high", "total", "total_low", "total_high", "mu", "mu_star", "sigma"};
    std::vector<std::vector<double>> v;
    for (const char* n : names) v.push_back(read_field<double>(ctx, ds.get(), p, n, H5T_NATIVE_DOUBLE));
    for (std::size_t i = 0; i < method.size(); ++i) {
      s.sensitivity.push_back({method[i], kpi[i], factor[i], v[0][i], v[1][i], v[2][i], v[3][i], v[4][i], v[5][i], v[6][i], v[7][i], v[8][i]});
    }
  }
  if (has_link(g.get(), "timeseries")) {
    const std::string tp = gp + "/timeseries";
    GroupHandle ts = open_group(ctx, g.get(), gp, "timeseries");
    for (const auto& name : link_names(ctx, ts.get(), tp)) {
      SweepSeries series;
      series.name = name;
      std::vector<hsize_t> dims;
      series.values = read_matrix(ctx, ts.get(), tp, name, dims);
      if (dims.size() != 3) ctx.fail(join_path(tp, name), "expected [runs, rows, columns]");
      series.rows = static_cast<std::size_t>(dims[1]);
      DatasetHandle ds = open_dataset(ctx, ts.get(), tp, name);
      const std::string p = join_path(tp, name);
      series.unit = read_string_attribute(ctx, ds.get(), p, "unit");
      series.description = read_string_attribute(ctx, ds.get(), p, "description");
      series.columns = read_strings_attribute(ctx, ds.get(), p, "columns");
      s.series.push_back(std::move(series));
    }
  }
  return s;
}

}  // namespace regiosim::output
