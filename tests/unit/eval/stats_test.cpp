// Statistics against reference values computed once with SciPy 1.10.1
// (tests/unit/eval/scipy_reference.py; `apt-get install -y python3-scipy`,
// then `/usr/bin/python3 tests/unit/eval/scipy_reference.py`). The printed
// values are quoted next to each check; the suite does not need SciPy.
#include <catch2/catch.hpp>

#include <vector>

#include "eval/stats_bootstrap.hpp"
#include "eval/stats_distributions.hpp"
#include "eval/stats_flaky.hpp"
#include "eval/stats_multiple.hpp"
#include "eval/stats_paired.hpp"

using namespace aep::eval::stats;

TEST_CASE("normal and binomial distributions match scipy.stats") {
  // norm.ppf(0.975, 0.95, 0.8, 0.001, 1e-10)
  CHECK(normal_quantile(0.975) == Approx(1.959963984540054).epsilon(1e-12));
  CHECK(normal_quantile(0.95) == Approx(1.6448536269514722).epsilon(1e-12));
  CHECK(normal_quantile(0.8) == Approx(0.8416212335729143).epsilon(1e-12));
  CHECK(normal_quantile(0.001) == Approx(-3.090232306167813).epsilon(1e-12));
  CHECK(normal_quantile(1e-10) == Approx(-6.361340902404056).epsilon(1e-10));
  CHECK(normal_cdf(-1.96) == Approx(0.024997895148220435).epsilon(1e-12));
  CHECK(normal_cdf(3.0) == Approx(0.9986501019683699).epsilon(1e-12));
  CHECK(binomial_sf(60, 100, 0.5) == Approx(0.02844396682049044).epsilon(1e-10));   // binom.sf(59, 100, .5)
  CHECK(binomial_cdf(3, 10, 0.3) == Approx(0.6496107184000002).epsilon(1e-12));
  CHECK(binomial_sf(9000, 10000, 0.9) == Approx(0.508421039265325).epsilon(1e-9));  // large n stays accurate
}

TEST_CASE("exact McNemar test matches the binomial test on discordant pairs") {
  // binomtest(min(b,c), b+c, 0.5).pvalue and the mid-p
  McNemarResult r = mcnemar_from_counts(10, 2);
  CHECK(r.p_value == Approx(0.03857421875).epsilon(1e-12));
  CHECK(r.mid_p == Approx(0.0224609375).epsilon(1e-10));
  // Fagerland, Lydersen & Laake (2013), BMC Med Res Methodol 13:91, airway example:
  // 1 and 7 discordant pairs, exact conditional p = 0.070, mid-p = 0.039.
  McNemarResult f = mcnemar_from_counts(1, 7);
  CHECK(f.p_value == Approx(0.0703125).epsilon(1e-12));
  CHECK(f.mid_p == Approx(0.0390625).epsilon(1e-10));
  CHECK(mcnemar_from_counts(25, 15).p_value == Approx(0.1538599441628321).epsilon(1e-10));
  CHECK(mcnemar_from_counts(0, 5).p_value == Approx(0.0625));
  CHECK(mcnemar_from_counts(0, 0, 10, 3).p_value == 1.0);  // no discordant pairs: no evidence

  std::vector<bool> base = {true, true, true, false, false, true, true, true};
  std::vector<bool> cand = {true, false, false, false, true, true, false, true};
  bool* b = nullptr;
  (void)b;
  std::vector<char> bb(base.begin(), base.end()), cc(cand.begin(), cand.end());
  auto res = mcnemar_exact(std::span<const bool>(reinterpret_cast<const bool*>(bb.data()), bb.size()),
                           std::span<const bool>(reinterpret_cast<const bool*>(cc.data()), cc.size()));
  REQUIRE(res);
  CHECK(res->pass_to_fail == 3);
  CHECK(res->fail_to_pass == 1);
  CHECK(res->both_pass == 3);
  CHECK(res->both_fail == 1);
  CHECK(res->baseline_rate == Approx(0.75));
  CHECK(res->candidate_rate == Approx(0.5));
  bool one[] = {true};
  bool two[] = {true, false};
  CHECK_FALSE(mcnemar_exact(one, two));
}

TEST_CASE("bootstrap mean intervals agree with scipy.stats.bootstrap within Monte Carlo error") {
  std::vector<double> data = {0.62, 0.71, 0.55, 0.93, 0.48, 0.81, 0.77, 0.66, 0.59, 0.98,
                              0.35, 0.72, 0.68, 0.90, 0.51, 0.64, 0.79, 0.83, 0.42, 0.70};
  BootstrapOptions o;
  o.resamples = 100000;
  o.seed = 7;
  o.method = CiMethod::Percentile;
  auto p = bootstrap_mean(data, o);
  REQUIRE(p);
  CHECK(p->mean == Approx(0.682));  // 13.64 / 20
  // scipy percentile: 0.6095 0.7535
  CHECK(p->ci.lower == Approx(0.6095).margin(0.004));
  CHECK(p->ci.upper == Approx(0.7535).margin(0.004));
  o.method = CiMethod::BCa;
  auto bca = bootstrap_mean(data, o);
  REQUIRE(bca);
  // scipy BCa: 0.608 0.752
  CHECK(bca->ci.lower == Approx(0.608).margin(0.004));
  CHECK(bca->ci.upper == Approx(0.752).margin(0.004));
  CHECK(bca->std_error > 0.03);
  CHECK(bca->std_error < 0.045);

  // A skewed sample is where BCa and percentile differ; scipy at 90%:
  // percentile 0.125 1.3, BCa 0.225 1.675.
  std::vector<double> skewed(14, 0.0);
  for (double v : {1.0, 1.0, 0.2, 0.5, 3.0, 7.0}) skewed.push_back(v);
  BootstrapOptions s{100000, 0.9, 3, CiMethod::Percentile};
  auto sp = bootstrap_mean(skewed, s);
  REQUIRE(sp);
  CHECK(sp->ci.lower == Approx(0.125).margin(0.03));
  CHECK(sp->ci.upper == Approx(1.3).margin(0.05));
  s.method = CiMethod::BCa;
  auto sb = bootstrap_mean(skewed, s);
  REQUIRE(sb);
  CHECK(sb->ci.lower == Approx(0.225).margin(0.04));
  CHECK(sb->ci.upper == Approx(1.675).margin(0.08));
}

TEST_CASE("bootstrap is reproducible by seed and handles degenerate input") {
  std::vector<double> v = {0.31, 0.92, 0.57, 0.44, 0.08, 0.76, 0.63, 0.29, 0.85, 0.5};
  auto a = bootstrap_mean(v, {2000, 0.95, 11, CiMethod::BCa});
  auto b = bootstrap_mean(v, {2000, 0.95, 11, CiMethod::BCa});
  auto c = bootstrap_mean(v, {2000, 0.95, 12, CiMethod::BCa});
  REQUIRE(a);
  REQUIRE(c);
  CHECK(a->ci.lower == b->ci.lower);
  CHECK(a->ci.upper == b->ci.upper);
  CHECK(a->seed == 11);
  CHECK(a->resamples == 2000);
  CHECK((a->ci.lower != c->ci.lower || a->ci.upper != c->ci.upper));
  std::vector<double> same(30, 1.0);
  auto s = bootstrap_mean(same);
  REQUIRE(s);
  CHECK(s->ci.lower == 1.0);
  CHECK(s->ci.upper == 1.0);
  CHECK_FALSE(bootstrap_mean(std::vector<double>{}));
  CHECK_FALSE(bootstrap_mean(v, {10, 0.95, 0, CiMethod::BCa}));
  CHECK_FALSE(bootstrap_mean(v, {1000, 1.0, 0, CiMethod::BCa}));
  CHECK_FALSE(bootstrap_mean(std::vector<double>{1.0, std::nan("")}));
}

TEST_CASE("sign-flip permutation test is exact for small samples") {
  // Exhaustive enumeration of 2^10 sign patterns in Python: 0.05078125
  std::vector<double> d = {0.3, -0.1, 0.4, 0.2, 0.0, 0.5, -0.2, 0.1, 0.3, 0.25};
  bool exact = false;
  CHECK(sign_flip_p_value(d, true, 1000, 0, &exact) == Approx(0.05078125));
  CHECK(exact);
  std::vector<double> base(10, 0.0), cand(d);
  auto r = paired_bootstrap(base, cand, {5000, 0.95, 1, CiMethod::BCa});
  REQUIRE(r);
  CHECK(r->mean_difference == Approx(0.175));
  CHECK(r->p_value == Approx(0.05078125));
  CHECK(r->ci.lower > 0.0);  // the interval sits above zero here
  CHECK(r->ci.upper < 0.35);
  CHECK_FALSE(paired_bootstrap(base, std::vector<double>{1.0}));
}

TEST_CASE("paired bootstrap tells a real drop from noise on larger samples") {
  // 200 items: the candidate loses 0.1 on every fifth item and nothing elsewhere.
  std::vector<double> base, cand, noise;
  for (int i = 0; i < 200; ++i) {
    double b = 0.5 + 0.4 * ((i * 37) % 11) / 10.0;
    base.push_back(b);
    cand.push_back(i % 5 == 0 ? b - 0.1 : b);
    noise.push_back(b + ((i % 2) ? 0.05 : -0.05));
  }
  auto drop = paired_bootstrap(base, cand, {5000, 0.95, 3, CiMethod::BCa});
  REQUIRE(drop);
  CHECK(drop->mean_difference == Approx(-0.02));
  CHECK(drop->p_value < 0.001);
  CHECK(drop->ci.upper < 0.0);
  CHECK_FALSE(drop->exact_permutation);
  auto flat = paired_bootstrap(base, noise, {5000, 0.95, 3, CiMethod::BCa});
  REQUIRE(flat);
  CHECK(flat->p_value > 0.5);
  CHECK(flat->ci.lower < 0.0);
  CHECK(flat->ci.upper > 0.0);
}

TEST_CASE("non-inferiority uses the one-sided lower bound against the margin") {
  std::vector<double> base, small_drop, big_drop;
  for (int i = 0; i < 300; ++i) {
    bool pass = (i * 7) % 10 < 8;  // 80% pass
    base.push_back(pass ? 1 : 0);
    small_drop.push_back((pass && i % 50 != 0) ? 1 : 0);  // loses 6 items: -0.02
    big_drop.push_back((pass && i % 8 != 0) ? 1 : 0);     // loses about 10%
  }
  auto ok = non_inferiority(base, small_drop, 0.05, 0.05, 5000, 1);
  REQUIRE(ok);
  CHECK(ok->mean_difference == Approx(-6.0 / 300.0));
  CHECK(ok->lower_bound > -0.05);
  CHECK(ok->non_inferior);
  CHECK(ok->p_value < 0.05);
  auto bad = non_inferiority(base, big_drop, 0.05, 0.05, 5000, 1);
  REQUIRE(bad);
  CHECK_FALSE(bad->non_inferior);
  CHECK(bad->lower_bound < -0.05);
  CHECK(bad->p_value > 0.05);
  CHECK_FALSE(non_inferiority(base, small_drop, -0.1));
  CHECK_FALSE(non_inferiority(base, small_drop, 0.05, 0.7));
}

TEST_CASE("Holm's step-down adjustment") {
  // m = 4: sorted 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 -> max(0.06, 0.04) = 0.06
  HolmResult r = holm({0.01, 0.04, 0.03, 0.005}, 0.05);
  CHECK(r.adjusted[0] == Approx(0.03));
  CHECK(r.adjusted[1] == Approx(0.06));
  CHECK(r.adjusted[2] == Approx(0.06));
  CHECK(r.adjusted[3] == Approx(0.02));
  CHECK(r.reject == std::vector<bool>{true, false, false, true});
  CHECK(holm({0.9, 0.8}).adjusted == std::vector<double>{1.0, 1.0});
  CHECK(holm({}).adjusted.empty());
}

TEST_CASE("flaky items are those whose repeats disagree") {
  std::vector<std::string> ids = {"a", "b", "c", "d"};
  std::vector<std::vector<bool>> runs = {{true, true, true}, {true, false, true}, {false, false, false}, {true}};
  FlakyReport r = find_flaky(ids, runs);
  CHECK(r.items == 3);  // `d` has one run and cannot be judged
  REQUIRE(r.flaky.size() == 1);
  CHECK(r.flaky[0].id == "b");
  CHECK(r.flaky[0].passes == 2);
  CHECK(r.flaky[0].pass_rate == Approx(2.0 / 3.0));
  CHECK(r.flaky_rate == Approx(1.0 / 3.0));
  // b: 2 passes, 1 fail of 3 -> P(two runs disagree) = 2*2*1/(3*2) = 2/3, averaged over 3 items.
  CHECK(r.disagreement == Approx(2.0 / 9.0));
}

TEST_CASE("the portable RNG draws uniformly and reproducibly") {
  Rng a(5), b(5);
  std::vector<int> counts(7, 0);
  for (int i = 0; i < 70000; ++i) {
    auto x = a.below(7);
    CHECK(x == b.below(7));
    if (x >= 7) FAIL("out of range");
    ++counts[x];
  }
  for (int c : counts) CHECK(std::abs(c - 10000) < 500);
}
