// VacancyStore: ids keep counting while the vacancies older than the oldest open one are forgotten.
#include "models/vacancy_store.h"

#include <catch2/catch.hpp>

using namespace regiosim::models;

namespace {

Vacancy posted(const VacancyStore& store, std::uint32_t employer) {
  Vacancy v;
  v.id = static_cast<std::uint32_t>(store.size());
  v.employer = employer;
  return v;
}

}  // namespace

TEST_CASE("The vacancy store keeps ids and forgets closed vacancies once they are half of those kept",
          "[vacancies]") {
  VacancyStore store;
  store.reserve(16);
  const Vacancy* block = store.data();
  for (std::uint32_t k = 0; k < 10; ++k) store.push_back(posted(store, 100 + k));
  CHECK(store.size() == 10);
  CHECK(store[7].employer == 107);

  store.forget_before(4);  // 4 of 10 closed: fewer than half, all kept
  CHECK(store.first_kept() == 0);
  CHECK(store.kept().size() == 10);
  CHECK(store[0].employer == 100);

  store.forget_before(5);  // 5 of 10: forgotten
  CHECK(store.first_kept() == 5);
  CHECK(store.kept().size() == 5);
  CHECK(store.size() == 10);  // the next id does not change
  for (std::uint32_t id = 5; id < 10; ++id) CHECK(store[id].employer == 100 + id);

  store.push_back(posted(store, 110));
  CHECK(store.back().id == 10);
  CHECK(store[10].employer == 110);
  store[8].filled = 3;
  CHECK(store.kept()[3].filled == 3);

  store.forget_before(store.size());  // nothing open
  CHECK(store.kept().empty());
  CHECK(store.first_kept() == 11);
  store.push_back(posted(store, 111));
  CHECK(store[11].employer == 111);
  CHECK(store.data() == block);  // the buffer is kept: no reallocation below the reserve
}
