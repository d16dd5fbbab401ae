#include "app/records.h"

#include "models/parameters.h"

#include <cstring>

namespace regiosim::app {

output::ScenarioRecord scenario_record(const scenarios::Scenario& s) {
  output::ScenarioRecord r;
  r.name = s.name;
  r.role = s.role;
  r.description = s.description;
  r.label = s.label;
  r.label_nl = s.label_nl;
  r.label_en = s.label_en;
  r.resolved_toml = s.resolved_toml;
  r.content_hash = s.content_hash;
  for (const auto& e : models::parameter_table().entries()) {
    r.parameters.push_back({e.spec.key, sim::format_value(e.get(s.params)), e.spec.unit, e.spec.source});
  }
  return r;
}

std::string jobs_to_bytes(const std::vector<std::uint64_t>& jobs) {
  std::string bytes(jobs.size() * sizeof(std::uint64_t), '\0');
  if (!jobs.empty()) std::memcpy(bytes.data(), jobs.data(), bytes.size());
  return bytes;
}

std::vector<std::uint64_t> bytes_to_jobs(const std::string& bytes) {
  std::vector<std::uint64_t> jobs(bytes.size() / sizeof(std::uint64_t));
  if (!jobs.empty()) std::memcpy(jobs.data(), bytes.data(), jobs.size() * sizeof(std::uint64_t));
  return jobs;
}

}  // namespace regiosim::app
