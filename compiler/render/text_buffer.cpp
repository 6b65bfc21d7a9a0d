// Buffers for render::Text views (text.hpp): one per render holds the text of
// every message that render produced. They are recycled per thread by size
// class because a rendered prompt is usually larger than what malloc serves
// from its fast per-thread caches (about 1 KiB), and allocating and freeing a
// 2 KiB block through malloc's general bins costs about as much as assembling
// the Request's parts. A buffer freed on another thread goes to that thread's
// lists; a thread keeps at most kKeep buffers per class, and frees them when
// it exits.
#include <array>
#include <cstddef>
#include <new>

#include "compiler/render/text.hpp"

namespace aep::render {
namespace {

constexpr std::size_t kMinShift = 9;   // 512 bytes
constexpr std::size_t kClasses = 8;    // up to 64 KiB
constexpr std::size_t kKeep = 4;

struct FreeLists {
  std::array<std::array<void*, kKeep>, kClasses> items{};
  std::array<std::size_t, kClasses> count{};
  ~FreeLists();
};

thread_local bool t_gone = false;  // trivially destructible: still readable after ~FreeLists
thread_local FreeLists t_free;

FreeLists::~FreeLists() {
  for (std::size_t c = 0; c < kClasses; ++c) {
    for (std::size_t i = 0; i < count[c]; ++i) ::operator delete(items[c][i]);
    count[c] = 0;
  }
  t_gone = true;
}

// The size class of `bytes` (kClasses when too large to recycle).
std::size_t size_class(std::size_t bytes) {
  std::size_t c = 0;
  while (c < kClasses && (std::size_t{1} << (kMinShift + c)) < bytes) ++c;
  return c;
}

// Under AddressSanitizer every buffer goes back to the heap, so that a view
// outliving its buffer is reported instead of reading a recycled one.
constexpr bool checked_run() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#else
  return false;
#endif
}

void* pool_allocate(std::size_t bytes) {
  std::size_t c = size_class(bytes);
  if (c == kClasses) return ::operator new(bytes);
  if (!t_gone && t_free.count[c] > 0) return t_free.items[c][--t_free.count[c]];
  return ::operator new(std::size_t{1} << (kMinShift + c));
}

void pool_deallocate(void* p, std::size_t bytes) {
  std::size_t c = size_class(bytes);
  if (c < kClasses && !t_gone && t_free.count[c] < kKeep && !checked_run()) {
    t_free.items[c][t_free.count[c]++] = p;
    return;
  }
  ::operator delete(p);
}

template <class T>
struct PoolAllocator {
  using value_type = T;
  PoolAllocator() = default;
  template <class U>
  PoolAllocator(const PoolAllocator<U>&) noexcept {}  // NOLINT: rebinding is implicit
  T* allocate(std::size_t n) { return static_cast<T*>(pool_allocate(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { pool_deallocate(p, n * sizeof(T)); }
  template <class U>
  friend bool operator==(const PoolAllocator&, const PoolAllocator<U>&) noexcept { return true; }
};

}  // namespace

std::shared_ptr<const char[]> text_buffer(std::size_t size) {
  if (size == 0) return nullptr;
  return std::allocate_shared_for_overwrite<char[]>(PoolAllocator<char>(), size);
}

}  // namespace aep::render
