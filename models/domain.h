// The vocabulary of the model: sectors, seeker tiles (Werklandschap), life domains (ZRM),
// benefit types, education levels and employer size classes, with the labels used in scenario
// files and output. Dutch domain terms are kept where they are the users' words.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::models {

// Sectors with low-skilled work. TNO report (seed 003) §4.3 names cleaning, catering, green
// maintenance, production, logistics/warehouse and (taxi) drivers; the design brief adds care,
// retail and other.
enum class Sector : std::uint8_t { cleaning, catering, green_maintenance, production, logistics, transport, care, retail, other };
inline constexpr std::size_t kSectorCount = 9;
inline constexpr std::array<std::string_view, kSectorCount> kSectorKeys = {
    "cleaning", "catering", "green_maintenance", "production", "logistics", "transport", "care", "retail", "other"};

// Seeker tiles of the Werklandschap (seed 000). Not a flowchart: a seeker may be in several at
// once and may repeat them.
enum class Tile : std::uint8_t {
  melding, diagnostiek, maatschappelijk_fit, orientatie, werk_fit, opleiden, bemiddeling, plaatsing, nazorg
};
inline constexpr std::size_t kTileCount = 9;
inline constexpr std::array<std::string_view, kTileCount> kTileKeys = {
    "melding", "diagnostiek", "maatschappelijk_fit", "orientatie", "werk_fit", "opleiden", "bemiddeling", "plaatsing", "nazorg"};
inline constexpr std::array<std::string_view, kTileCount> kTileNames = {
    "Melding", "Diagnostiek", "Maatschappelijk fit", "Oriëntatie", "Werk fit", "Opleiden", "Bemiddeling", "Plaatsing", "Nazorg"};

// A set of tiles (seeker or employer tiles) as a bit mask.
template <class E>
class EnumSet {
 public:
  constexpr EnumSet() = default;
  constexpr bool has(E t) const noexcept { return (bits_ >> static_cast<unsigned>(t)) & 1U; }
  constexpr void add(E t) noexcept { bits_ = static_cast<std::uint16_t>(bits_ | (1U << static_cast<unsigned>(t))); }
  constexpr void remove(E t) noexcept { bits_ = static_cast<std::uint16_t>(bits_ & ~(1U << static_cast<unsigned>(t))); }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr int size() const noexcept { return __builtin_popcount(bits_); }
  constexpr std::uint16_t bits() const noexcept { return bits_; }
  // The members not in `other`.
  constexpr EnumSet without(EnumSet other) const noexcept {
    EnumSet out;
    out.bits_ = static_cast<std::uint16_t>(bits_ & ~other.bits_);
    return out;
  }
  // Calls f(member) for each member in ascending order (the order of a loop over all values that
  // asks has()), visiting only the members. The members are read once, before the first call: f may
  // change the set without changing which members are visited.
  template <class F>
  constexpr void for_each(F&& f) const {
    for (unsigned b = bits_; b != 0; b &= b - 1) f(static_cast<E>(std::countr_zero(b)));
  }
  friend constexpr bool operator==(EnumSet, EnumSet) = default;

 private:
  std::uint16_t bits_ = 0;
};
using TileSet = EnumSet<Tile>;

// Employer tiles of the Werklandschap (seed 000, Werklandschap - Werkgevers). Like the seeker tiles
// they are a menu, not a flowchart: an employer may be in several at once and may repeat them.
enum class EmployerTile : std::uint8_t {
  voorzorg, werkgever_contact, orientatie, opleiden, kandidaat_fit, opstellen_werkprofiel, werving_en_selectie,
  bemiddeling, plaatsing, nazorg
};
inline constexpr std::size_t kEmployerTileCount = 10;
inline constexpr std::array<std::string_view, kEmployerTileCount> kEmployerTileKeys = {
    "voorzorg", "werkgever_contact", "orientatie", "opleiden", "kandidaat_fit", "opstellen_werkprofiel",
    "werving_en_selectie", "bemiddeling", "plaatsing", "nazorg"};
inline constexpr std::array<std::string_view, kEmployerTileCount> kEmployerTileNames = {
    "Voorzorg", "Werkgever contact", "Oriëntatie", "Opleiden", "Kandidaat fit", "Opstellen werkprofiel",
    "Werving en selectie", "Bemiddeling", "Plaatsing", "Nazorg"};
using EmployerTileSet = EnumSet<EmployerTile>;

// How far an employer has come in the municipality's network: not known (or contact broken off),
// first contact made, options explored (Oriëntatie), ready for candidates (Kandidaat fit).
enum class EmployerStage : std::uint8_t { unknown, contacted, oriented, ready };
inline constexpr std::size_t kEmployerStageCount = 4;
inline constexpr std::array<std::string_view, kEmployerStageCount> kEmployerStageKeys = {
    "unknown", "contacted", "oriented", "ready"};

// The employer approach (seed 003 §2.3 and §5): `demand` starts from the vacancy (fast fill, the
// candidate competes), `supply` from the candidate (a place is sought for a given person),
// `integral` serves both (double demand orientation: werkprofiel, job carving, the seeker's wishes).
// As a policy, `per_person` gives each seeker one of the three by a rule on the rung
// (models/employer_approach.h); a seeker's approach is never per_person.
enum class EmployerApproach : std::uint8_t { integral, demand, supply, per_person };
inline constexpr std::array<std::string_view, 4> kEmployerApproachKeys = {"integral", "demand", "supply", "per_person"};

// Who is served first when a budget cannot pay for every request of a week (seed 004 point 11: the
// municipality must make this choice explicit): the longest waiting, the lowest participatieladder
// rung, or the request with the highest expected return (believed readiness for work per euro).
enum class BudgetPriority : std::uint8_t { first_come, lowest_rung, highest_return };
inline constexpr std::array<std::string_view, 3> kBudgetPriorityKeys = {"first_come", "lowest_rung", "highest_return"};

// Why an employer takes people from the target group (seed 003 §2.1, §4.3 and §5).
enum class EmployerMotive : std::uint8_t { idealism, economic };
inline constexpr std::array<std::string_view, 2> kEmployerMotiveKeys = {"idealism", "economic"};

// Life domains of the Zelfredzaamheidsmatrix (ZRM) the model tracks (seed 000, Maatschappelijk
// fit); scores run from 1 (acute problem) to 5 (fully self-reliant).
enum class LifeDomain : std::uint8_t { finances, childcare, health, housing, language, digital };
inline constexpr std::size_t kLifeDomainCount = 6;
inline constexpr std::array<std::string_view, kLifeDomainCount> kLifeDomainKeys = {
    "finances", "childcare", "health", "housing", "language", "digital"};

enum class BenefitType : std::uint8_t { bijstand, nug, ww, anw };
inline constexpr std::size_t kBenefitTypeCount = 4;
inline constexpr std::array<std::string_view, kBenefitTypeCount> kBenefitTypeKeys = {"bijstand", "nug", "ww", "anw"};

enum class Education : std::uint8_t { primary, lower_secondary, upper_secondary, tertiary };
inline constexpr std::size_t kEducationCount = 4;
inline constexpr std::array<std::string_view, kEducationCount> kEducationKeys = {
    "primary", "lower_secondary", "upper_secondary", "tertiary"};

enum class SizeClass : std::uint8_t { small, medium, large };
inline constexpr std::size_t kSizeClassCount = 3;
inline constexpr std::array<std::string_view, kSizeClassCount> kSizeClassKeys = {"small", "medium", "large"};

inline constexpr std::size_t kRungCount = 6;  // participatieladder, rungs 1..6
inline constexpr std::size_t kAgeBandCount = 5;
inline constexpr std::array<std::string_view, kAgeBandCount> kAgeBandKeys = {"18-26", "27-34", "35-44", "45-54", "55-66"};
// The ZRM (zelfredzaamheidsmatrix) scale of the life domains: 1 acute problem ... 5 fully
// self-reliant (seed 000 §Maatschappelijk fit). Scores enter readiness and match quality as
// (score - lowest) / range, 0 to 1; a believed score counts as a whole score when it rounds to it.
inline constexpr float kZrmLowest = 1.0F;
inline constexpr float kZrmRange = 4.0F;
inline constexpr float kZrmRounding = 0.5F;

// Affinity with a sector is drawn uniformly on [0, 1]: its mean, the value assumed while the wish is
// unknown, adds nothing to match quality.
inline constexpr float kAffinityNeutral = 0.5F;

inline constexpr std::array<double, kAgeBandCount + 1> kAgeBandEdges = {18, 27, 35, 45, 55, 67};
// The band of an age in years (ages outside the edges go to the first or last band).
constexpr std::uint8_t age_band_of(double age) noexcept {
  std::size_t band = 0;
  while (band + 1 < kAgeBandCount && age >= kAgeBandEdges[band + 1]) ++band;
  return static_cast<std::uint8_t>(band);
}

template <std::size_t N>
std::vector<std::string> labels(const std::array<std::string_view, N>& keys) {
  return std::vector<std::string>(keys.begin(), keys.end());
}

}  // namespace regiosim::models
