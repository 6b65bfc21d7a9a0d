// HeapPrefault (compiler/lint/heap_prefault.hpp): memory malloc hands out
// while the heap is being populated keeps what is written to it, and after
// the populate fresh heap allocations no longer fault page by page.
#include <catch2/catch.hpp>

#include <sys/mman.h>
#include <sys/resource.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "compiler/lint/heap_prefault.hpp"

namespace {

long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

// Whether this kernel populates on request (MADV_POPULATE_WRITE, Linux 5.14).
bool kernel_populates() {
#ifdef MADV_POPULATE_WRITE
  void* p = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  bool ok = madvise(p, 4096, MADV_POPULATE_WRITE) == 0;
  munmap(p, 4096);
  return ok;
#else
  return false;
#endif
}

}  // namespace

TEST_CASE("heap prefault keeps what the program writes and removes the faults of fresh heap") {
  aep::lint::HeapPrefault prefault;
  prefault.start(std::size_t{64} << 20);
  // Allocations while the populate runs: their bytes survive it.
  std::vector<unsigned char*> blocks;
  for (int i = 0; i < 2000; ++i) {
    auto* b = static_cast<unsigned char*>(std::malloc(4000));
    REQUIRE(b != nullptr);
    std::memset(b, i & 0xff, 4000);
    blocks.push_back(b);
  }
  prefault.join();
  for (int i = 0; i < 2000; ++i) {
    for (int k = 0; k < 4000; k += 997) REQUIRE(blocks[static_cast<std::size_t>(i)][k] == (i & 0xff));
  }
  if (kernel_populates()) {
    // 16 MB more of small blocks: about 4,000 pages that would each fault
    // on first touch without the populate.
    long before = minor_faults();
    for (int i = 0; i < 4000; ++i) {
      auto* b = static_cast<unsigned char*>(std::malloc(4000));
      std::memset(b, 1, 4000);
      blocks.push_back(b);
    }
    CHECK(minor_faults() - before < 400);
  }
  for (auto* b : blocks) std::free(b);
}
