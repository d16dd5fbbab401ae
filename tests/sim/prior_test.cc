// ParamPrior: quantile functions of every shape, their checks, and the parameter table's prior rules
// (support inside the hard range holding the default; require_priors names what is missing).
#include "sim/parameter_table.h"
#include "sim/prior.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <catch2/catch.hpp>

#include <cmath>

using namespace regiosim::sim;

TEST_CASE("uniform and triangular quantiles", "[prior]") {
  const ParamPrior u = ParamPrior::uniform(2.0, 6.0, "r");
  CHECK(u.quantile(0.0) == 2.0);
  CHECK(u.quantile(0.25) == Approx(3.0));
  CHECK(u.quantile(1.0) == 6.0);
  const ParamPrior t = ParamPrior::triangular(0.0, 0.25, 1.0, "r");
  // F(mode) = (mode - low) / (high - low) = 0.25.
  CHECK(t.quantile(0.25) == Approx(0.25));
  CHECK(t.quantile(0.0) == 0.0);
  CHECK(t.quantile(1.0) == 1.0);
  // F(x) = x^2 / 0.25 below the mode: F(0.1) = 0.04.
  CHECK(t.quantile(0.04) == Approx(0.1));
  // Above: 1 - F(x) = (1 - x)^2 / 0.75: F(0.5) = 1 - 0.25 / 0.75.
  CHECK(t.quantile(1.0 - 0.25 / 0.75) == Approx(0.5));
  // Monotone.
  double last = -1;
  for (int i = 0; i <= 100; ++i) {
    const double x = t.quantile(i / 100.0);
    CHECK(x >= last);
    last = x;
  }
}

TEST_CASE("beta and truncated lognormal quantiles", "[prior]") {
  const ParamPrior b = ParamPrior::beta_on(1.0, 3.0, 2.0, 5.0, "r");
  const boost::math::beta_distribution<double> ref(2.0, 5.0);
  for (double p : {0.05, 0.3, 0.5, 0.9}) CHECK(b.quantile(p) == Approx(1.0 + 2.0 * boost::math::quantile(ref, p)));
  // Untruncated in effect (bounds far out): the median is the median.
  const ParamPrior ln = ParamPrior::lognormal(2.0, 0.3, 1e-9, 1e9, "r");
  CHECK(ln.quantile(0.5) == Approx(2.0));
  const boost::math::lognormal_distribution<double> lref(std::log(2.0), 0.3);
  CHECK(ln.quantile(0.9) == Approx(boost::math::quantile(lref, 0.9)));
  // Truncated to [1.5, 3]: the bounds are the ends, and u spreads over the mass between them.
  const ParamPrior lt = ParamPrior::lognormal(2.0, 0.3, 1.5, 3.0, "r");
  CHECK(lt.quantile(0.0) == Approx(1.5));
  CHECK(lt.quantile(1.0) == Approx(3.0));
  const double lo = boost::math::cdf(lref, 1.5), hi = boost::math::cdf(lref, 3.0);
  CHECK(lt.quantile(0.5) == Approx(boost::math::quantile(lref, lo + 0.5 * (hi - lo))));
}

TEST_CASE("a prior's own problems and the fixed prior", "[prior]") {
  CHECK(ParamPrior::uniform(1.0, 1.0, "r").problem() != "");
  CHECK(ParamPrior::triangular(0.0, 2.0, 1.0, "r").problem() != "");
  CHECK(ParamPrior::beta_on(0.0, 1.0, 0.0, 1.0, "r").problem() != "");
  CHECK(ParamPrior::lognormal(-1.0, 0.3, 0.0, 1.0, "r").problem() != "");
  CHECK(ParamPrior::uniform(0.0, 1.0, "").problem() != "");
  CHECK(ParamPrior::uniform(0.0, 1.0, "r").problem() == "");
  const ParamPrior f = ParamPrior::fixed("policy lever");
  CHECK_FALSE(f.uncertain());
  CHECK_THROWS_AS(f.quantile(0.5), std::logic_error);
  CHECK(f.describe() == "fixed");
  CHECK(ParamPrior::triangular(0.0, 0.5, 1.0, "r").describe() == "triangular(0, 0.5, 1)");
}

namespace {
struct PriorParams {
  double share = 0;
  std::int64_t weeks = 0;
  bool flag = false;
};
ParamSpec share_spec() {
  return {.key = "a.share", .type = ParamType::real, .unit = "share", .default_value = 0.3, .min = 0.0, .max = 1.0,
          .meaning = "m", .source = "assumption: test"};
}
ParamSpec weeks_spec() {
  return {.key = "a.weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{4},
          .min = 0.0, .max = 52.0, .meaning = "m", .source = "s"};
}
}  // namespace

TEST_CASE("the table refuses priors outside the hard range or without the default", "[prior]") {
  ParameterTable<PriorParams> t;
  t.bind([](auto& p) -> auto& { return p.share; }, share_spec());
  t.bind([](auto& p) -> auto& { return p.weeks; }, weeks_spec());
  t.bind([](auto& p) -> auto& { return p.flag; },
         {.key = "a.flag", .type = ParamType::boolean, .unit = "-", .default_value = false, .meaning = "m", .source = "s"});
  // Missing priors are named; booleans need none.
  try {
    t.require_priors();
    FAIL("require_priors accepted a table without priors");
  } catch (const std::logic_error& e) {
    CHECK(std::string(e.what()) == "parameters without a prior: a.share, a.weeks");
  }
  CHECK_THROWS_AS(t.set_prior("a.share", ParamPrior::uniform(0.5, 1.5, "r")), std::logic_error);  // leaves [0, 1]
  CHECK_THROWS_AS(t.set_prior("a.share", ParamPrior::uniform(0.4, 0.6, "r")), std::logic_error);  // misses 0.3
  CHECK_THROWS_AS(t.set_prior("a.nothing", ParamPrior::uniform(0.1, 0.6, "r")), std::logic_error);
  CHECK_THROWS_AS(t.set_prior("a.flag", ParamPrior::uniform(0.0, 1.0, "r")), std::logic_error);
  t.set_prior("a.share", ParamPrior::uniform(0.1, 0.6, "r"));
  CHECK_THROWS_AS(t.require_priors(), std::logic_error);
  t.set_prior("a.weeks", ParamPrior::fixed("policy lever"));
  CHECK_NOTHROW(t.require_priors());
  CHECK(t.find("a.share")->spec.prior->high == 0.6);
  // A prior given with the declaration is checked the same way.
  ParameterTable<PriorParams> u;
  auto bad = share_spec();
  bad.prior = ParamPrior::uniform(0.35, 0.9, "r");
  CHECK_THROWS_AS(u.bind([](auto& p) -> auto& { return p.share; }, bad), std::logic_error);
}
