// Latency distributions, shared by world files (noise.latency) and
// `aep emulate --latency`. Grammar (durations take ms, s or us; a bare
// number means milliseconds):
//   fixed:D              always D
//   uniform:A,B          uniform between A and B
//   normal:MEAN,SD       normal, clamped at zero
//   lognormal:MEDIAN,S   log-normal with the given median and log-sd S
// A draw is a pure function of the distribution and a 64-bit key.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/source/expected.hpp"

namespace aep::sim {

struct LatencyDist {
  enum class Kind { Fixed, Uniform, Normal, LogNormal };
  Kind kind = Kind::Fixed;
  double a_ms = 0;  // fixed value, lower bound, mean or median
  double b = 0;     // upper bound (ms), sd (ms) or log-sd (unitless)
};

Expected<LatencyDist> parse_latency(std::string_view spec);

// Parses "50ms", "1.5s", "200us" or "50" (ms) into milliseconds.
Expected<double> parse_duration_ms(std::string_view text);

double draw_latency_ms(const LatencyDist& dist, std::uint64_t key);

std::string latency_to_string(const LatencyDist& dist);

}  // namespace aep::sim
