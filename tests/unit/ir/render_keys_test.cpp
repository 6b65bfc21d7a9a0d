// same_key (render_plan.hpp) compares keys with word loads by length class
// (0-3, 4-7, 8-16, longer through memcmp): equal keys of every length match,
// and a difference at any position of any length is seen.
#include <catch2/catch.hpp>

#include <string>

#include "compiler/ir/render_plan.hpp"

using aep::ir::plan::same_key;

TEST_CASE("same_key agrees with string equality at every length and position") {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string a;
    for (std::size_t i = 0; i < n; ++i) a.push_back(static_cast<char>('a' + (i * 7) % 26));
    std::string b = a;
    CHECK(same_key(a, b));
    for (std::size_t i = 0; i < n; ++i) {
      std::string c = a;
      c[i] = static_cast<char>(c[i] ^ 0x20);
      INFO("length " << n << ", difference at " << i);
      CHECK_FALSE(same_key(a, c));
      CHECK_FALSE(same_key(c, a));
    }
    CHECK_FALSE(same_key(a, a + "x"));
    CHECK_FALSE(same_key(a + "x", a));
  }
}
