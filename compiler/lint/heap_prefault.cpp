// See heap_prefault.hpp: why a cold lint prefaults its heap, and when.
#include "compiler/lint/heap_prefault.hpp"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#endif

namespace aep::lint {

void HeapPrefault::start(std::size_t bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
  if (worker_.joinable() || bytes == 0) return;
  // Large blocks come from the heap rather than from fresh mmaps (which
  // would fault again), freed memory stays in the heap, and the next growth
  // of the heap reserves `bytes` more than it needs. The main thread's
  // allocations come from this heap (other threads have their own arenas).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest allowed value
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, static_cast<int>(bytes));
  // Force that growth now: a block larger than any free space the heap has
  // (the top pad is added to it), given straight back.
  auto* before = static_cast<char*>(sbrk(0));
  // volatile: a compiler may otherwise drop a malloc whose block is unused.
  void* volatile block = std::malloc(16 << 20);
  std::free(block);
  auto* after = static_cast<char*>(sbrk(0));
  mallopt(M_TOP_PAD, 128 << 10);  // glibc's default: later growths stay small
  if (before == reinterpret_cast<char*>(-1) || after <= before) return;
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  auto begin = (reinterpret_cast<std::uintptr_t>(before) + page - 1) & ~(page - 1);
  auto end = reinterpret_cast<std::uintptr_t>(after) & ~(page - 1);
  if (end <= begin) return;
  worker_ = std::jthread([begin, end] {
#if defined(MADV_HUGEPAGE)
    // Huge pages where the system allows them (THP "madvise" mode is the
    // default): one fault per 2 MiB instead of 512, and a faster unmap at exit.
    (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
    // A failure (an old kernel: EINVAL) only means the faults happen later.
    (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
  });
#else
  (void)bytes;
#endif
}

void HeapPrefault::join() {
  if (worker_.joinable()) worker_.join();
}

}  // namespace aep::lint
