// A per-attempt timeline of the client's event loop, for finding where a
// call's time goes between "the previous call on this slot finished" and
// "this one is on the wire". Off unless AEP_HTTP_TIMELINE names a file; then
// the client keeps one row per finished attempt in memory (no I/O on the loop
// thread) and writes them as TSV when it is destroyed. Debugging only: the
// rows hold times and ids, never URLs, headers or bodies.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/http/clock.hpp"

namespace aep::http {

struct TimelineRow {
  std::uint64_t id = 0;
  TimePoint submitted{};   // submit() was called
  TimePoint queued{};      // the loop took the request in
  TimePoint started{};     // handed to libcurl (curl_multi_add_handle)
  TimePoint done{};        // libcurl reported it finished (curl_multi_info_read)
  TimePoint delivered{};   // its callback returned
  // libcurl's own figures for the attempt, from its start (microseconds).
  long long connect_us = 0, pretransfer_us = 0, first_byte_us = 0, total_us = 0;
  long connects = 0;       // new connections this attempt opened
};

class Timeline {
 public:
  // Reads AEP_HTTP_TIMELINE; disabled when it is unset or empty.
  Timeline();
  ~Timeline();
  Timeline(const Timeline&) = delete;
  Timeline& operator=(const Timeline&) = delete;

  bool enabled() const { return !path_.empty(); }
  // Appends a row and returns its index (for delivered()).
  std::size_t add(const TimelineRow& row);
  void delivered(std::size_t index, TimePoint at);

 private:
  std::string path_;
  std::vector<TimelineRow> rows_;
};

}  // namespace aep::http
