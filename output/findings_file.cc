#include "output/findings_file.h"

#include "output/checksums.h"
#include "output/hdf5_io.h"
#include "output/hdf5_tables.h"

namespace regiosim::output {

using namespace detail;

void write_findings_file(const std::filesystem::path& path, const FileProvenance& provenance, const FindingsRecord& record) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  commit_file(ctx, path, [&](hid_t file) {
    write_provenance_attributes(ctx, file, provenance);
    write_string_attribute(ctx, file, "/", "file_kind", "findings");
    GroupHandle g = create_group(ctx, file, "/", "findings", true);
    const std::string gp = "/findings";
    write_string_attribute(ctx, g.get(), gp, "region", record.region);
    write_string_attribute(ctx, g.get(), gp, "region_source", record.region_source);
    write_scalar_attribute(ctx, g.get(), gp, "replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &record.replications);
    write_scalar_attribute(ctx, g.get(), gp, "draws", H5T_STD_I64LE, H5T_NATIVE_INT64, &record.draws);
    write_string_dataset(ctx, g.get(), gp, "region_scenario", record.region_toml);
    const auto column = [&](auto member) {
      std::vector<std::decay_t<decltype(record.rows.front().*member)>> out;
      for (const auto& r : record.rows) out.push_back(r.*member);
      return out;
    };
    std::vector<std::int64_t> passed;
    for (const auto& r : record.rows) passed.push_back(r.passed ? 1 : 0);
    const std::vector<Column> columns = {
        Column::strings("id", column(&FindingRow::id)),
        Column::strings("statement", column(&FindingRow::statement)),
        Column::strings("source", column(&FindingRow::source)),
        Column::strings("kind", column(&FindingRow::kind)),
        Column::strings("baseline", column(&FindingRow::baseline)),
        Column::strings("variant", column(&FindingRow::variant)),
        Column::strings("kpi", column(&FindingRow::kpi)),
        Column::strings("minus_kpi", column(&FindingRow::minus_kpi)),
        Column::strings("unit", column(&FindingRow::unit)),
        Column::strings("expectation", column(&FindingRow::expectation)),
        Column::int32s("expected_sign", column(&FindingRow::expected_sign)),
        Column::doubles("mean", column(&FindingRow::mean)),
        Column::doubles("low", column(&FindingRow::low)),
        Column::doubles("high", column(&FindingRow::high)),
        Column::int64s("n", column(&FindingRow::n)),
        Column::int64s("holds_in", column(&FindingRow::holds_in)),
        Column::int32s("passed", passed),
    };
    write_table(ctx, g.get(), gp, "table", columns, record.rows.size(),
                "one row per claim: the paired difference variant - baseline of the KPI (minus the difference of "
                "minus_kpi when given, in the KPI's unit) under the priors: mean = median over the n draws of the draw's mean over "
                "replications, [low, high] where 95% of the draws lie, holds_in = draws with the claimed sign, "
                "passed = holds_in >= 90% of n");
  });
}

bool is_findings_file(const std::filesystem::path& path) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file;
  return open_regiosim_file(ctx, file) == "findings";
}

FindingsRecord read_findings_file(const std::filesystem::path& path, FileProvenance* provenance) {
  Hdf5Lock lock;
  const Context ctx(path.string());
  FileHandle file;
  if (const auto kind = open_regiosim_file(ctx, file); kind != "findings") {
    ctx.fail("", "not a findings file (its file_kind is \"" + kind + "\")");
  }
  const hid_t root = file.get();
  if (provenance != nullptr) *provenance = read_provenance_attributes(ctx, root);
  GroupHandle g = open_group(ctx, root, "/", "findings");
  const std::string gp = "/findings";
  FindingsRecord r;
  r.region = read_string_attribute(ctx, g.get(), gp, "region");
  r.region_source = read_string_attribute(ctx, g.get(), gp, "region_source");
  r.replications = read_int64_attribute(ctx, g.get(), gp, "replications");
  r.draws = read_int64_attribute(ctx, g.get(), gp, "draws");
  {
    DatasetHandle d = open_dataset(ctx, g.get(), gp, "region_scenario");
    r.region_toml = read_string_dataset(ctx, d.get(), gp + "/region_scenario");
  }
  DatasetHandle ds = open_dataset(ctx, g.get(), gp, "table");
  const std::string tp = gp + "/table";
  const auto text = [&](const char* field) { return read_string_field(ctx, ds.get(), tp, field); };
  const auto id = text("id"), statement = text("statement"), source = text("source"), kind = text("kind"),
             baseline = text("baseline"), variant = text("variant"), kpi = text("kpi"), minus = text("minus_kpi"),
             expectation = text("expectation");
  const auto sign = read_field<std::int64_t>(ctx, ds.get(), tp, "expected_sign", H5T_NATIVE_INT64);
  const auto mean = read_field<double>(ctx, ds.get(), tp, "mean", H5T_NATIVE_DOUBLE);
  const auto low = read_field<double>(ctx, ds.get(), tp, "low", H5T_NATIVE_DOUBLE);
  const auto high = read_field<double>(ctx, ds.get(), tp, "high", H5T_NATIVE_DOUBLE);
  const auto n = read_field<std::int64_t>(ctx, ds.get(), tp, "n", H5T_NATIVE_INT64);
  const auto holds_in = read_field<std::int64_t>(ctx, ds.get(), tp, "holds_in", H5T_NATIVE_INT64);
  const auto passed = read_field<std::int64_t>(ctx, ds.get(), tp, "passed", H5T_NATIVE_INT64);
  for (std::size_t i = 0; i < id.size(); ++i) {
    // The unit column is for readers that format the effect; this reader does not need it (and so
    // still reads files written before it was added).
    r.rows.push_back({id[i], statement[i], source[i], kind[i], baseline[i], variant[i], kpi[i], minus[i], "",
                      expectation[i], sign[i], mean[i], low[i], high[i], n[i], holds_in[i], passed[i] != 0});
  }
  return r;
}

}  // namespace regiosim::output
