// Timeline rows kept in memory and written as TSV at the end; see timeline.hpp.
#include "runtime/http/timeline.hpp"

#include <cstdio>
#include <cstdlib>

namespace aep::http {

namespace {
// Microseconds of the monotonic clock (CLOCK_MONOTONIC, shared by every
// process on the machine, so rows line up with the emulator's timeline).
long long us(TimePoint t) {
  if (t == TimePoint{}) return -1;
  return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}
}  // namespace

Timeline::Timeline() {
  if (const char* p = std::getenv("AEP_HTTP_TIMELINE"); p != nullptr && *p != '\0') {
    path_ = p;
    rows_.reserve(4096);
  }
}

std::size_t Timeline::add(const TimelineRow& row) {
  rows_.push_back(row);
  return rows_.size() - 1;
}

void Timeline::delivered(std::size_t index, TimePoint at) {
  if (index < rows_.size()) rows_[index].delivered = at;
}

Timeline::~Timeline() {
  if (path_.empty()) return;
  std::FILE* f = std::fopen(path_.c_str(), "w");
  if (f == nullptr) {
    std::fprintf(stderr, "aep: http: cannot write the timeline to %s\n", path_.c_str());
    return;
  }
  // Times in microseconds of the monotonic clock; -1: did not happen.
  std::fputs("id\tsubmitted\tqueued\tstarted\tdone\tdelivered\tconnect\tpretransfer\tfirst_byte\ttotal\tconnects\n", f);
  for (const TimelineRow& r : rows_) {
    std::fprintf(f, "%llu\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\t%ld\n",
                 static_cast<unsigned long long>(r.id), us(r.submitted), us(r.queued), us(r.started),
                 us(r.done), us(r.delivered), r.connect_us, r.pretransfer_us,
                 r.first_byte_us, r.total_us, r.connects);
  }
  std::fclose(f);
}

}  // namespace aep::http
