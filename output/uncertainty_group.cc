// The optional /uncertainty group of a results file: see output/uncertainty_record.h and
// docs/hdf5-schema.md.
#include "output/uncertainty_group.h"

#include "output/hdf5_tables.h"

namespace regiosim::output::detail {

void write_uncertainty_group(const Context& ctx, hid_t file, const UncertaintyRecord& u) {
  const std::string gp = "/uncertainty";
  GroupHandle g = create_group(ctx, file, "/", "uncertainty", true);
  write_string_attribute(ctx, g.get(), gp, "design", u.design);
  write_scalar_attribute(ctx, g.get(), gp, "seed", H5T_STD_U64LE, H5T_NATIVE_UINT64, &u.seed);
  write_scalar_attribute(ctx, g.get(), gp, "replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &u.replications);
  const std::int64_t draws = static_cast<std::int64_t>(u.draws());
  write_scalar_attribute(ctx, g.get(), gp, "draws", H5T_STD_I64LE, H5T_NATIVE_INT64, &draws);
  write_strings_attribute(ctx, g.get(), gp, "scenarios", u.scenarios);
  write_strings_attribute(ctx, g.get(), gp, "kpi_names", u.kpi_names);
  write_strings_attribute(ctx, g.get(), gp, "kpi_units", u.kpi_units);
  if (!u.held.empty()) write_strings_attribute(ctx, g.get(), gp, "held", u.held);
  std::vector<std::int64_t> posterior(u.factor_from_posterior.begin(), u.factor_from_posterior.end());
  write_table(ctx, g.get(), gp, "factors",
              {Column::strings("key", u.factor_keys), Column::strings("unit", u.factor_units),
               Column::strings("prior", u.factor_priors), Column::int32s("from_posterior", posterior)},
              u.factor_keys.size(), "the parameters varied over the draws, with their priors");
  write_table(ctx, g.get(), gp, "seeds", {Column::uint64s("seed", u.seeds)}, u.seeds.size(),
              "the seed of each replication, the same in every draw and scenario");
  const auto D = static_cast<hsize_t>(u.draws());
  write_matrix(ctx, g.get(), gp, "values", {D, static_cast<hsize_t>(u.factor_keys.size())}, u.values, true);
  write_matrix(ctx, g.get(), gp, "kpis",
               {D, static_cast<hsize_t>(u.scenarios.size()), static_cast<hsize_t>(u.replications),
                static_cast<hsize_t>(u.kpi_names.size())},
               u.kpis, true);
  if (!u.posterior_row.empty()) {
    write_table(ctx, g.get(), gp, "posterior_rows", {Column::int64s("row", u.posterior_row)}, u.posterior_row.size(),
                "the row of the posterior sample each draw took its calibrated parameters from");
  }
}

std::optional<UncertaintyRecord> read_uncertainty_group(const Context& ctx, hid_t file) {
  if (!has_link(file, "uncertainty")) return std::nullopt;
  const std::string gp = "/uncertainty";
  GroupHandle g = open_group(ctx, file, "/", "uncertainty");
  UncertaintyRecord u;
  u.design = read_string_attribute(ctx, g.get(), gp, "design");
  read_scalar_attribute(ctx, g.get(), gp, "seed", H5T_NATIVE_UINT64, &u.seed);
  u.replications = read_int64_attribute(ctx, g.get(), gp, "replications");
  const std::int64_t draws = read_int64_attribute(ctx, g.get(), gp, "draws");
  u.scenarios = read_strings_attribute(ctx, g.get(), gp, "scenarios");
  u.kpi_names = read_strings_attribute(ctx, g.get(), gp, "kpi_names");
  u.kpi_units = read_strings_attribute(ctx, g.get(), gp, "kpi_units");
  if (has_attribute(g.get(), "held")) u.held = read_strings_attribute(ctx, g.get(), gp, "held");
  {
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "factors");
    const std::string p = gp + "/factors";
    u.factor_keys = read_string_field(ctx, ds.get(), p, "key");
    u.factor_units = read_string_field(ctx, ds.get(), p, "unit");
    u.factor_priors = read_string_field(ctx, ds.get(), p, "prior");
    for (auto v : read_field<std::int32_t>(ctx, ds.get(), p, "from_posterior", H5T_NATIVE_INT32)) {
      u.factor_from_posterior.push_back(static_cast<std::int8_t>(v));
    }
  }
  {
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "seeds");
    u.seeds = read_field<std::uint64_t>(ctx, ds.get(), gp + "/seeds", "seed", H5T_NATIVE_UINT64);
  }
  if (has_link(g.get(), "posterior_rows")) {
    DatasetHandle ds = open_dataset(ctx, g.get(), gp, "posterior_rows");
    u.posterior_row = read_field<std::int64_t>(ctx, ds.get(), gp + "/posterior_rows", "row", H5T_NATIVE_INT64);
  }
  std::vector<hsize_t> dims;
  u.values = read_matrix(ctx, g.get(), gp, "values", dims);
  if (dims.size() != 2 || dims[0] != static_cast<hsize_t>(draws) || dims[1] != u.factor_keys.size()) {
    ctx.fail(gp + "/values", "shape does not match the draws and factors");
  }
  u.kpis = read_matrix(ctx, g.get(), gp, "kpis", dims);
  if (dims.size() != 4 || dims[0] != static_cast<hsize_t>(draws) || dims[1] != u.scenarios.size() ||
      dims[2] != static_cast<hsize_t>(u.replications) || dims[3] != u.kpi_names.size() ||
      u.kpi_units.size() != u.kpi_names.size() || u.seeds.size() != static_cast<std::size_t>(u.replications)) {
    ctx.fail(gp + "/kpis", "shape does not match the draws, scenarios, replications and KPIs");
  }
  return u;
}

}  // namespace regiosim::output::detail
