// Sample sizes for gates against reference values from scipy_reference.py
// (SciPy 1.10.1; exact searches written independently with scipy.stats.binom):
//   gate p0=0.85 p1=0.9:  normal=283 first=281 stable=304 power=0.8357477520970218 k=269
//   gate p0=0.7  p1=0.8:  normal=119 first=119 stable=130 power=0.8384095968424915 k=100
//   gate p0=0.95 p1=0.99: normal=123 first=124 stable=124 power=0.8715535097463496 k=122
//   gate power n=100 p0=0.7 p1=0.8: 0.7389327523309062 (k = 78)
//   paired psi=0.1 delta=0.05: power(200)=0.5432963571965511 power(336)=0.7993473954129158
//                              power(337)=0.8007388604765692; Connor n = 312
#include <catch2/catch.hpp>

#include "eval/stats_power.hpp"

using namespace aep::eval::stats;

TEST_CASE("one-sample gate: exact binomial sample size") {
  auto r = gate_sample_size({0.85, 0.9, true, 0.05, 0.8});
  REQUIRE(r);
  CHECK(r->exact);
  CHECK(r->n_normal == 283);
  CHECK(r->n_first == 281);
  CHECK(r->n == 304);
  CHECK(r->critical == 269);
  CHECK(r->achieved_power == Approx(0.8357477520970218).epsilon(1e-9));
  auto r2 = gate_sample_size({0.7, 0.8, true, 0.05, 0.8});
  REQUIRE(r2);
  CHECK(r2->n_normal == 119);
  CHECK(r2->n_first == 119);
  CHECK(r2->n == 130);
  CHECK(r2->critical == 100);
  auto r3 = gate_sample_size({0.95, 0.99, true, 0.05, 0.8});
  REQUIRE(r3);
  CHECK(r3->n_normal == 123);
  CHECK(r3->n == 124);
  CHECK(r3->critical == 122);
  CHECK(r3->achieved_power == Approx(0.8715535097463496).epsilon(1e-9));
  std::size_t k = 0;
  CHECK(gate_power(100, {0.7, 0.8, true, 0.05, 0.8}, &k) == Approx(0.7389327523309062).epsilon(1e-9));
  CHECK(k == 78);
}

TEST_CASE("an at-most gate is the mirror image of an at-least gate") {
  auto up = gate_sample_size({0.85, 0.9, true, 0.05, 0.8});
  auto down = gate_sample_size({0.15, 0.1, false, 0.05, 0.8});  // error rate <= 0.15, expected 0.1
  REQUIRE(up);
  REQUIRE(down);
  CHECK(down->n == up->n);
  CHECK(down->critical == up->n - up->critical);  // at most 35 errors of 304
}

TEST_CASE("paired regression gate: exact unconditional McNemar power") {
  PairedPowerInput in{0.1, 0.05, 0.05, 0.8, true};
  CHECK(paired_power(200, in) == Approx(0.5432963571965511).epsilon(1e-9));
  CHECK(paired_power(336, in) == Approx(0.7993473954129158).epsilon(1e-9));
  CHECK(paired_power(337, in) == Approx(0.8007388604765692).epsilon(1e-9));
  auto r = paired_sample_size(in);
  REQUIRE(r);
  CHECK(r->exact);
  CHECK(r->n_normal == 312);
  CHECK(r->n == 337);
  auto one = paired_sample_size({0.1, 0.05, 0.05, 0.8, false});
  REQUIRE(one);
  CHECK(one->n < r->n);  // a one-sided test needs fewer items
}

TEST_CASE("impossible power inputs are refused with a reason") {
  CHECK_FALSE(gate_sample_size({0.85, 0.8, true, 0.05, 0.8}));   // expected below the gate
  CHECK_FALSE(gate_sample_size({1.2, 0.9, true, 0.05, 0.8}));
  CHECK_FALSE(gate_sample_size({0.85, 1.0, true, 0.05, 0.8}));
  CHECK_FALSE(gate_sample_size({0.5, 0.6, true, 0.0, 0.8}));
  CHECK_FALSE(gate_sample_size({0.5, 0.6, true, 0.05, 1.0}));
  CHECK_FALSE(gate_sample_size({0.5, 0.6, true, 0.3, 0.2}));
  auto drop = paired_sample_size({0.1, 0.2, 0.05, 0.8, true});
  REQUIRE_FALSE(drop);
  CHECK(drop.error().message.find("discordance is 0.1") != std::string::npos);
  CHECK_FALSE(paired_sample_size({0.0, 0.0, 0.05, 0.8, true}));
  CHECK_FALSE(paired_sample_size({0.1, -0.05, 0.05, 0.8, true}));
}

TEST_CASE("tiny effects fall back to the normal approximation, marked as such") {
  auto r = gate_sample_size({0.9, 0.905, true, 0.05, 0.8});
  REQUIRE(r);
  CHECK_FALSE(r->exact);
  CHECK(r->n == r->n_normal);
  CHECK(r->n > kExactPowerLimit);
  CHECK(r->method.find("normal approximation") != std::string::npos);
}
