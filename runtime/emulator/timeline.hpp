// The emulator's side of a call's timeline: when each request reached its
// handler, when the latency sleep began and ended, and when the handler gave
// the response back to the server to write. Off unless AEP_EMULATOR_TIMELINE
// names a file; rows are kept in memory and written as TSV by write(), in
// microseconds of the monotonic clock, the clock the HTTP client's timeline
// (AEP_HTTP_TIMELINE) uses, so the two line up. Debugging only: no bodies,
// no headers.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace aep::emulator {

using SteadyTime = std::chrono::steady_clock::time_point;

struct TimelineRow {
  SteadyTime received{}, sleep_start{}, sleep_end{}, handled{};
  int status = 0;
  std::string sample;  // x-aep-sample-index / item id, to match client rows by hand
};

class Timeline {
 public:
  Timeline();
  bool enabled() const { return !path_.empty(); }
  void add(TimelineRow row);
  // Writes every row so far (once; later calls do nothing).
  void write();

 private:
  std::string path_;
  std::mutex mutex_;
  std::vector<TimelineRow> rows_;
  bool written_ = false;
};

}  // namespace aep::emulator
