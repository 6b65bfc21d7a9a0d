#!/usr/bin/python3
"""Reference values for tests/unit/eval/stats_test.cpp, computed once with SciPy.

Run: apt-get install -y python3-scipy && /usr/bin/python3 tests/unit/eval/scipy_reference.py
(SciPy 1.10.1 on Debian 12). The test suite itself does not need SciPy: the
values printed here are copied into the tests' comments and assertions.
Independent of the C++ code: it uses scipy.stats' binomial and normal
distributions and plain enumeration.
"""
import itertools
import math

import numpy as np
from scipy import stats

print("normal ppf", [stats.norm.ppf(p) for p in (0.975, 0.95, 0.8, 0.001, 1e-10)])
print("normal cdf", [stats.norm.cdf(x) for x in (-1.96, 0.5, 3.0)])
print("binom sf(60;100,0.5)", stats.binom.sf(59, 100, 0.5))
print("binom cdf(3;10,0.3)", stats.binom.cdf(3, 10, 0.3))
print("binom sf(9000;10000,0.9)", stats.binom.sf(8999, 10000, 0.9))

# McNemar exact = two-sided binomial test on discordant pairs.
for b, c in ((10, 2), (1, 7), (25, 15), (0, 0 + 5)):
    d = b + c
    p = stats.binomtest(min(b, c), d, 0.5).pvalue
    mid = min(1.0, 2 * stats.binom.cdf(min(b, c), d, 0.5) - stats.binom.pmf(min(b, c), d, 0.5))
    print(f"mcnemar b={b} c={c}: p={p!r} mid_p={mid!r}")

# Bootstrap of the mean (SciPy's own RNG: the C++ values match within Monte Carlo error).
data = np.array([0.62, 0.71, 0.55, 0.93, 0.48, 0.81, 0.77, 0.66, 0.59, 0.98,
                 0.35, 0.72, 0.68, 0.90, 0.51, 0.64, 0.79, 0.83, 0.42, 0.70])
for method in ("percentile", "BCa"):
    r = stats.bootstrap((data,), np.mean, n_resamples=100000, confidence_level=0.95,
                        method=method, random_state=np.random.default_rng(1))
    print(f"bootstrap {method}: {r.confidence_interval.low!r} {r.confidence_interval.high!r}")
skewed = np.array([0.0] * 14 + [1.0] * 2 + [0.2, 0.5, 3.0, 7.0])
for method in ("percentile", "BCa"):
    r = stats.bootstrap((skewed,), np.mean, n_resamples=100000, confidence_level=0.9,
                        method=method, random_state=np.random.default_rng(1))
    print(f"bootstrap skewed {method}: {r.confidence_interval.low!r} {r.confidence_interval.high!r}")

# Exact sign-flip permutation test.
d = [0.3, -0.1, 0.4, 0.2, 0.0, 0.5, -0.2, 0.1, 0.3, 0.25]
obs = sum(d)
count = sum(1 for s in itertools.product((1, -1), repeat=len(d))
            if abs(sum(x * y for x, y in zip(s, d))) >= abs(obs) - 1e-9)
print("sign flip two-sided p", count / 2 ** len(d))


def gate_power(n, p0, p1, alpha):
    # smallest k with P(X >= k | p0) <= alpha
    k = int(stats.binom.isf(alpha, n, p0)) + 1
    while k > 0 and stats.binom.sf(k - 2, n, p0) <= alpha:
        k -= 1
    while stats.binom.sf(k - 1, n, p0) > alpha:
        k += 1
    return stats.binom.sf(k - 1, n, p1), k


def sample_size(p0, p1, alpha, power, limit):
    pw = [0.0] + [gate_power(n, p0, p1, alpha)[0] for n in range(1, limit + 1)]
    first = next(n for n in range(1, limit + 1) if pw[n] >= power)
    stable = limit
    while stable > 1 and pw[stable - 1] >= power:
        stable -= 1
    return first, stable, pw[stable]


for p0, p1 in ((0.85, 0.9), (0.7, 0.8), (0.95, 0.99)):
    za, zb = stats.norm.ppf(0.95), stats.norm.ppf(0.8)
    nn = math.ceil(((za * math.sqrt(p0 * (1 - p0)) + zb * math.sqrt(p1 * (1 - p1))) / (p1 - p0)) ** 2)
    first, stable, pw = sample_size(p0, p1, 0.05, 0.8, 2 * nn + 50)
    print(f"gate p0={p0} p1={p1}: normal={nn} first={first} stable={stable} power={pw!r}",
          "k at stable:", gate_power(stable, p0, p1, 0.05)[1])
print("gate power n=100 p0=0.7 p1=0.8:", gate_power(100, 0.7, 0.8, 0.05))


def paired_power(n, psi, delta, alpha, two_sided=True):
    pi = (psi + delta) / (2 * psi)
    level = alpha / 2 if two_sided else alpha
    total = 0.0
    for dd in range(1, n + 1):
        # upper critical value under H0: smallest k with P(X >= k) <= level
        ks = [k for k in range(dd + 1) if stats.binom.sf(k - 1, dd, 0.5) <= level]
        if not ks:
            continue
        k = min(ks)
        pr = stats.binom.sf(k - 1, dd, pi)
        if two_sided:
            pr += stats.binom.cdf(dd - k, dd, pi)
        total += stats.binom.pmf(dd, n, psi) * pr
    return total


print("paired power n=200 psi=0.1 delta=0.05:", paired_power(200, 0.1, 0.05, 0.05))
print("paired power n=337 psi=0.1 delta=0.05:", paired_power(337, 0.1, 0.05, 0.05))
print("paired power n=336 psi=0.1 delta=0.05:", paired_power(336, 0.1, 0.05, 0.05))
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.8)
print("connor n psi=0.1 delta=0.05:", math.ceil(((za * math.sqrt(0.1) + zb * math.sqrt(0.1 - 0.0025)) / 0.05) ** 2))
