// Emulator timeline rows; see timeline.hpp.
#include "runtime/emulator/timeline.hpp"

#include <cstdio>
#include <cstdlib>

namespace aep::emulator {

namespace {
long long us(SteadyTime t) {
  if (t == SteadyTime{}) return -1;
  return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}
}  // namespace

Timeline::Timeline() {
  if (const char* p = std::getenv("AEP_EMULATOR_TIMELINE"); p != nullptr && *p != '\0') {
    path_ = p;
    rows_.reserve(4096);
  }
}

void Timeline::add(TimelineRow row) {
  std::lock_guard lock(mutex_);
  rows_.push_back(std::move(row));
}

void Timeline::write() {
  std::lock_guard lock(mutex_);
  if (path_.empty() || written_) return;
  written_ = true;
  std::FILE* f = std::fopen(path_.c_str(), "w");
  if (f == nullptr) {
    std::fprintf(stderr, "aep emulate: cannot write the timeline to %s\n", path_.c_str());
    return;
  }
  std::fputs("received\tsleep_start\tsleep_end\thandled\tstatus\tsample\n", f);
  for (const TimelineRow& r : rows_) {
    std::fprintf(f, "%lld\t%lld\t%lld\t%lld\t%d\t%s\n", us(r.received), us(r.sleep_start), us(r.sleep_end),
                 us(r.handled), r.status, r.sample.c_str());
  }
  std::fclose(f);
}

}  // namespace aep::emulator
