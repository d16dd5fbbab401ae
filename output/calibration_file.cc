#include "output/calibration_file.h"

#include "output/checksums.h"
#include "output/hdf5_tables.h"

#include <algorithm>

namespace regiosim::output {

using namespace detail;

namespace {

constexpr const char* kKind = "calibration";
constexpr const char* kGroup = "/calibration";

template <class Row, class F>
std::vector<double> doubles(const std::vector<Row>& rows, F field) {
  std::vector<double> out;
  for (const auto& r : rows) out.push_back(field(r));
  return out;
}

template <class Row, class F>
std::vector<std::string> strings(const std::vector<Row>& rows, F field) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(field(r));
  return out;
}

// Column c of a row-major matrix with `width` columns.
std::vector<double> column(const std::vector<double>& m, std::size_t width, std::size_t c) {
  std::vector<double> out;
  for (std::size_t i = c; i < m.size(); i += width) out.push_back(m[i]);
  return out;
}

void write_contents(const Context& ctx, hid_t root, const FileProvenance& prov, const CalibrationRecord& c) {
  write_provenance_attributes(ctx, root, prov);
  write_string_attribute(ctx, root, "/", "file_kind", kKind);

  GroupHandle g = create_group(ctx, root, "/", "calibration", true);
  const std::string gp = kGroup;
  const hid_t gid = g.get();
  write_string_attribute(ctx, gid, gp, "name", c.name);
  write_string_attribute(ctx, gid, gp, "description", c.description);
  write_string_attribute(ctx, gid, gp, "method", c.method);
  write_string_attribute(ctx, gid, gp, "definition_source", c.definition_source);
  write_string_attribute(ctx, gid, gp, "base_scenario_source", c.base_scenario_source);
  write_string_attribute(ctx, gid, gp, "calibrated_scenario_file", c.calibrated_scenario_file);
  write_string_attribute(ctx, gid, gp, "stop_reason", c.stop_reason);
  write_scalar_attribute(ctx, gid, gp, "replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &c.replications);
  write_scalar_attribute(ctx, gid, gp, "holdout_replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &c.holdout_replications);
  write_scalar_attribute(ctx, gid, gp, "evaluations", H5T_STD_I64LE, H5T_NATIVE_INT64, &c.evaluations);
  write_scalar_attribute(ctx, gid, gp, "model_runs", H5T_STD_I64LE, H5T_NATIVE_INT64, &c.model_runs);
  write_scalar_attribute(ctx, gid, gp, "seed", H5T_STD_U64LE, H5T_NATIVE_UINT64, &c.seed);
  write_string_dataset(ctx, gid, gp, "definition", c.definition_toml);
  write_string_dataset(ctx, gid, gp, "base_scenario", c.base_scenario);
  write_string_dataset(ctx, gid, gp, "calibrated_scenario", c.calibrated_scenario);

  const auto& P = c.parameters;
  const auto& T = c.targets;
  write_table(ctx, gid, gp, "parameters",
              {Column::strings("key", strings(P, [](const auto& p) { return p.key; })),
               Column::strings("type", strings(P, [](const auto& p) { return p.type; })),
               Column::strings("unit", strings(P, [](const auto& p) { return p.unit; })),
               Column::strings("source", strings(P, [](const auto& p) { return p.source; })),
               Column::strings("prior", strings(P, [](const auto& p) { return p.prior; })),
               Column::doubles("min", doubles(P, [](const auto& p) { return p.min; })),
               Column::doubles("max", doubles(P, [](const auto& p) { return p.max; })),
               Column::doubles("estimate", doubles(P, [](const auto& p) { return p.estimate; })),
               Column::strings("value", strings(P, [](const auto& p) { return p.value; }))},
              P.size(), "the free parameters: prior, box and calibrated value (ABC: posterior mean; optimisers: best point)");
  write_table(ctx, gid, gp, "identifiability",
              {Column::strings("key", strings(P, [](const auto& p) { return p.key; })),
               Column::doubles("prior_sd", doubles(P, [](const auto& p) { return p.prior_sd; })),
               Column::doubles("posterior_sd", doubles(P, [](const auto& p) { return p.posterior_sd; })),
               Column::doubles("sd_ratio", doubles(P, [](const auto& p) { return p.sd_ratio; })),
               Column::doubles("prior_low", doubles(P, [](const auto& p) { return p.prior_low; })),
               Column::doubles("prior_high", doubles(P, [](const auto& p) { return p.prior_high; })),
               Column::doubles("posterior_low", doubles(P, [](const auto& p) { return p.posterior_low; })),
               Column::doubles("posterior_high", doubles(P, [](const auto& p) { return p.posterior_high; })),
               Column::doubles("interval_ratio", doubles(P, [](const auto& p) { return p.interval_ratio; })),
               Column::doubles("profile_minus", doubles(P, [](const auto& p) { return p.profile_minus; })),
               Column::doubles("profile_plus", doubles(P, [](const auto& p) { return p.profile_plus; }))},
              P.size(),
              "how strongly the targets pin each parameter down: posterior sd / prior sd and the 90% posterior interval "
              "against the prior's (abc-smc), or the distance change at -5% and +5% of the range (optimisers); NaN where "
              "not applicable");
  {
    std::vector<std::int64_t> within;
    for (const auto& t : T) within.push_back(t.within_tolerance ? 1 : 0);
    write_table(ctx, gid, gp, "targets",
                {Column::strings("kpi", strings(T, [](const auto& t) { return t.kpi; })),
                 Column::strings("unit", strings(T, [](const auto& t) { return t.unit; })),
                 Column::doubles("target", doubles(T, [](const auto& t) { return t.target; })),
                 Column::doubles("tolerance", doubles(T, [](const auto& t) { return t.tolerance; })),
                 Column::doubles("weight", doubles(T, [](const auto& t) { return t.weight; })),
                 Column::doubles("fit_mean", doubles(T, [](const auto& t) { return t.fit_mean; })),
                 Column::doubles("holdout_mean", doubles(T, [](const auto& t) { return t.holdout_mean; })),
                 Column::doubles("holdout_low", doubles(T, [](const auto& t) { return t.holdout_low; })),
                 Column::doubles("holdout_high", doubles(T, [](const auto& t) { return t.holdout_high; })),
                 Column::int32s("within_tolerance", within)},
                T.size(),
                "the fit per target at the estimate: mean over the fitting seeds, mean and 95% t-interval over the held-out "
                "seeds, and whether the held-out mean is within the tolerance (1) or not (0)");
  }
  {
    const std::size_t rows = c.sample_rows();
    std::vector<Column> cols;
    std::vector<std::int64_t> index(rows);
    for (std::size_t i = 0; i < rows; ++i) index[i] = static_cast<std::int64_t>(i);
    cols.push_back(Column::int64s(c.is_abc() ? "particle" : "evaluation", index));
    for (std::size_t p = 0; p < P.size(); ++p) cols.push_back(Column::doubles(P[p].key, column(c.sample, P.size(), p)));
    if (c.is_abc()) cols.push_back(Column::doubles("weight", c.sample_weight));
    cols.push_back(Column::doubles("distance", c.sample_distance));
    for (std::size_t t = 0; t < T.size(); ++t) cols.push_back(Column::doubles(T[t].kpi, column(c.sample_statistics, T.size(), t)));
    if (c.is_abc()) {
      write_table(ctx, gid, gp, "posterior", cols, rows,
                  "the ABC-SMC posterior sample (the final population): parameter values, normalised importance weight, "
                  "distance and the simulated mean of each target's KPI");
    } else {
      write_table(ctx, gid, gp, "trace", cols, rows,
                  "every evaluation of the optimiser in order: parameter values (integers rounded as simulated), distance "
                  "and the simulated mean of each target's KPI on the fitting seeds");
    }
  }
  if (c.is_abc()) {
    const auto& G = c.generations;
    std::vector<std::int64_t> gen, proposals, accepted;
    std::vector<double> rate;
    for (const auto& x : G) {
      gen.push_back(x.generation), proposals.push_back(x.proposals), accepted.push_back(x.accepted);
      rate.push_back(x.proposals > 0 ? static_cast<double>(x.accepted) / static_cast<double>(x.proposals) : 0.0);
    }
    write_table(ctx, gid, gp, "generations",
                {Column::int64s("generation", gen), Column::doubles("epsilon", doubles(G, [](const auto& x) { return x.epsilon; })),
                 Column::int64s("proposals", proposals), Column::int64s("accepted", accepted),
                 Column::doubles("acceptance_rate", rate), Column::doubles("ess", doubles(G, [](const auto& x) { return x.ess; }))},
                G.size(),
                "the ABC-SMC generations: tolerance epsilon (inf for the prior sample, generation 0), proposals simulated, "
                "particles accepted, acceptance rate and effective sample size of the weights");
  }
  {
    const auto& R = c.check_runs;
    std::vector<std::int64_t> rep;
    std::vector<std::uint64_t> seed;
    for (const auto& r : R) rep.push_back(r.replication), seed.push_back(r.seed);
    std::vector<Column> cols = {Column::strings("set", strings(R, [](const auto& r) { return r.set; })),
                                Column::int64s("replication", rep), Column::uint64s("seed", seed)};
    for (std::size_t t = 0; t < T.size(); ++t) cols.push_back(Column::doubles(T[t].kpi, column(c.check_values, T.size(), t)));
    write_table(ctx, gid, gp, "check_runs", cols, R.size(),
                "the runs at the estimate: set \"fit\" (the fitting seeds) and \"holdout\" (fresh seeds, not used in fitting), "
                "with each target's KPI");
  }
}

}  // namespace

void write_calibration_file(const std::filesystem::path& path, const FileProvenance& provenance, const CalibrationRecord& c) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  const std::size_t P = c.parameters.size();
  const std::size_t T = c.targets.size();
  const std::size_t rows = c.sample_rows();
  if (c.sample.size() != rows * P || c.sample_statistics.size() != rows * T ||
      (c.is_abc() ? c.sample_weight.size() != rows : !c.sample_weight.empty()) ||
      c.check_values.size() != c.check_runs.size() * T) {
    ctx.fail(kGroup, "inconsistent calibration record (table sizes do not match)");
  }
  commit_file(ctx, path, [&](hid_t file) { write_contents(ctx, file, provenance, c); });
}

bool is_calibration_file(const std::filesystem::path& path) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file;
  return open_regiosim_file(ctx, file) == kKind;
}

CalibrationRecord read_calibration_file(const std::filesystem::path& path, FileProvenance* provenance) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file;
  if (const auto kind = open_regiosim_file(ctx, file); kind != kKind) {
    ctx.fail("", "not a calibration file (its file_kind is \"" + kind + "\")");
  }
  const hid_t root = file.get();
  CalibrationRecord c;
  if (provenance != nullptr) *provenance = read_provenance_attributes(ctx, root);
  GroupHandle g = open_group(ctx, root, "/", "calibration");
  const std::string gp = kGroup;
  const hid_t gid = g.get();
  c.name = read_string_attribute(ctx, gid, gp, "name");
  c.description = read_string_attribute(ctx, gid, gp, "description");
  c.method = read_string_attribute(ctx, gid, gp, "method");
  c.definition_source = read_string_attribute(ctx, gid, gp, "definition_source");
  c.base_scenario_source = read_string_attribute(ctx, gid, gp, "base_scenario_source");
  c.calibrated_scenario_file = read_string_attribute(ctx, gid, gp, "calibrated_scenario_file");
  c.stop_reason = read_string_attribute(ctx, gid, gp, "stop_reason");
  c.replications = read_int64_attribute(ctx, gid, gp, "replications");
  c.holdout_replications = read_int64_attribute(ctx, gid, gp, "holdout_replications");
  c.evaluations = read_int64_attribute(ctx, gid, gp, "evaluations");
  c.model_runs = read_int64_attribute(ctx, gid, gp, "model_runs");
  read_scalar_attribute(ctx, gid, gp, "seed", H5T_NATIVE_UINT64, &c.seed);
  const auto text = [&](const char* name) {
    DatasetHandle d = open_dataset(ctx, gid, gp, name);
    return read_string_dataset(ctx, d.get(), gp + "/" + name);
  };
  c.definition_toml = text("definition");
  c.base_scenario = text("base_scenario");
  c.calibrated_scenario = text("calibrated_scenario");
  const auto f64 = [&](hid_t ds, const std::string& p, const std::string& field) {
    return read_field<double>(ctx, ds, p, field, H5T_NATIVE_DOUBLE);
  };
  {
    const std::string p = gp + "/parameters";
    DatasetHandle ds = open_dataset(ctx, gid, gp, "parameters");
    const auto key = read_string_field(ctx, ds.get(), p, "key");
    const auto type = read_string_field(ctx, ds.get(), p, "type");
    const auto unit = read_string_field(ctx, ds.get(), p, "unit");
    const auto source = read_string_field(ctx, ds.get(), p, "source");
    const auto prior = read_string_field(ctx, ds.get(), p, "prior");
    const auto value = read_string_field(ctx, ds.get(), p, "value");
    const auto min = f64(ds.get(), p, "min"), max = f64(ds.get(), p, "max"), estimate = f64(ds.get(), p, "estimate");
    const std::string ip = gp + "/identifiability";
    DatasetHandle id = open_dataset(ctx, gid, gp, "identifiability");
    std::vector<std::vector<double>> v;
    for (const char* f : {"prior_sd", "posterior_sd", "sd_ratio", "prior_low", "prior_high", "posterior_low", "posterior_high",
                          "interval_ratio", "profile_minus", "profile_plus"}) {
      v.push_back(f64(id.get(), ip, f));
      if (v.back().size() != key.size()) ctx.fail(ip, "has a different number of rows than parameters");
    }
    for (std::size_t i = 0; i < key.size(); ++i) {
      c.parameters.push_back({key[i], type[i], unit[i], source[i], prior[i], min[i], max[i], estimate[i], value[i], v[0][i], v[1][i],
                              v[2][i], v[3][i], v[4][i], v[5][i], v[6][i], v[7][i], v[8][i], v[9][i]});
    }
  }
  {
    const std::string p = gp + "/targets";
    DatasetHandle ds = open_dataset(ctx, gid, gp, "targets");
    const auto kpi = read_string_field(ctx, ds.get(), p, "kpi");
    const auto unit = read_string_field(ctx, ds.get(), p, "unit");
    std::vector<std::vector<double>> v;
    for (const char* f : {"target", "tolerance", "weight", "fit_mean", "holdout_mean", "holdout_low", "holdout_high"}) {
      v.push_back(f64(ds.get(), p, f));
    }
    const auto within = read_field<std::int32_t>(ctx, ds.get(), p, "within_tolerance", H5T_NATIVE_INT32);
    for (std::size_t i = 0; i < kpi.size(); ++i) {
      c.targets.push_back({kpi[i], unit[i], v[0][i], v[1][i], v[2][i], v[3][i], v[4][i], v[5][i], v[6][i], within[i] != 0});
    }
  }
  const std::size_t P = c.parameters.size();
  const std::size_t T = c.targets.size();
  {
    const char* name = c.is_abc() ? "posterior" : "trace";
    const std::string p = gp + "/" + name;
    DatasetHandle ds = open_dataset(ctx, gid, gp, name);
    const std::size_t rows = table_rows(ctx, ds.get(), p);
    c.sample.assign(rows * P, 0.0);
    c.sample_statistics.assign(rows * T, 0.0);
    for (std::size_t j = 0; j < P; ++j) {
      const auto x = f64(ds.get(), p, c.parameters[j].key);
      for (std::size_t i = 0; i < rows; ++i) c.sample[i * P + j] = x[i];
    }
    for (std::size_t t = 0; t < T; ++t) {
      const auto x = f64(ds.get(), p, c.targets[t].kpi);
      for (std::size_t i = 0; i < rows; ++i) c.sample_statistics[i * T + t] = x[i];
    }
    c.sample_distance = f64(ds.get(), p, "distance");
    if (c.is_abc()) c.sample_weight = f64(ds.get(), p, "weight");
  }
  if (c.is_abc()) {
    const std::string p = gp + "/generations";
    DatasetHandle ds = open_dataset(ctx, gid, gp, "generations");
    const auto gen = read_field<std::int64_t>(ctx, ds.get(), p, "generation", H5T_NATIVE_INT64);
    const auto proposals = read_field<std::int64_t>(ctx, ds.get(), p, "proposals", H5T_NATIVE_INT64);
    const auto accepted = read_field<std::int64_t>(ctx, ds.get(), p, "accepted", H5T_NATIVE_INT64);
    const auto epsilon = f64(ds.get(), p, "epsilon"), ess = f64(ds.get(), p, "ess");
    for (std::size_t i = 0; i < gen.size(); ++i) c.generations.push_back({gen[i], epsilon[i], proposals[i], accepted[i], ess[i]});
  }
  {
    const std::string p = gp + "/check_runs";
    DatasetHandle ds = open_dataset(ctx, gid, gp, "check_runs");
    const auto set = read_string_field(ctx, ds.get(), p, "set");
    const auto rep = read_field<std::int64_t>(ctx, ds.get(), p, "replication", H5T_NATIVE_INT64);
    const auto seed = read_field<std::uint64_t>(ctx, ds.get(), p, "seed", H5T_NATIVE_UINT64);
    for (std::size_t i = 0; i < set.size(); ++i) c.check_runs.push_back({set[i], rep[i], seed[i]});
    c.check_values.assign(set.size() * T, 0.0);
    for (std::size_t t = 0; t < T; ++t) {
      const auto x = f64(ds.get(), p, c.targets[t].kpi);
      for (std::size_t i = 0; i < x.size(); ++i) c.check_values[i * T + t] = x[i];
    }
  }
  return c;
}

}  // namespace regiosim::output
