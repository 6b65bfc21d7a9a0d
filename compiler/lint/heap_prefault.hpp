// Prefaulting the main heap for a one-shot lint run. A cold `aep lint` of a
// large project touches well over a hundred megabytes of fresh heap, most of
// it in sema::analyze, which runs on one thread while the other core idles;
// each first touch of a page is a page fault (several microseconds each in a
// virtual machine), which made analyze twice as slow in a fresh process as on
// a reused heap. HeapPrefault grows the main thread's heap once and has the
// kernel populate it (MADV_POPULATE_WRITE, no content written, so it is safe
// while malloc hands the memory out) on a background thread.
// Process-wide (it changes malloc's settings): only for processes that exit
// after the run, i.e. LintOptions::free_memory == false.
#pragma once

#include <cstddef>
#include <thread>

namespace aep::lint {

class HeapPrefault {
 public:
  // Reserves `bytes` at the top of the main heap and starts populating them;
  // does nothing where the platform cannot (then the run is just slower).
  void start(std::size_t bytes);
  void join();
  ~HeapPrefault() { join(); }

 private:
  std::jthread worker_;
};

}  // namespace aep::lint
