// MessageText: the text of one message while the executor renders it
// (RenderedMessage::text), written straight into the storage that the
// Request's parts then view, so a render never copies its text a second time
// into a per-render buffer.
//
// Storage comes from render::text_buffer (recycled per thread) and is kept
// from one render to the next of the same scratch message: its size is the
// hint for the next render. It is reused only while nothing else holds it;
// once a Request part views it (owner()), clear() leaves it to the parts and
// takes fresh storage of the same size on the next append, so bytes a part
// views never change. Copying a MessageText copies its bytes (a copy never
// shares storage it could later write to).
//
// Appends are the executor's inner loop (about thirty short literal and
// value appends per render): the common case is one capacity test and an
// inline copy of at most 16 bytes, without the call into memcpy, the length
// limit test and the terminating NUL that std::string's append pays for.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "compiler/render/text.hpp"

namespace aep::ir::plan {

class MessageText {
 public:
  MessageText() = default;
  MessageText(const MessageText& other) { append(other.data(), other.size()); }
  MessageText& operator=(const MessageText& other) {
    if (this != &other) {
      clear();
      append(other.data(), other.size());
    }
    return *this;
  }
  MessageText(MessageText&& other) noexcept
      : owner_(std::move(other.owner_)), data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)), cap_(std::exchange(other.cap_, 0)) {}
  MessageText& operator=(MessageText&& other) noexcept {
    if (this != &other) {
      owner_ = std::move(other.owner_);
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      cap_ = std::exchange(other.cap_, 0);
    }
    return *this;
  }
  MessageText& operator=(std::string_view text) {
    clear();
    append(text.data(), text.size());
    return *this;
  }

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const char* data() const noexcept { return size_ ? data_ : ""; }
  char operator[](std::size_t i) const noexcept { return data_[i]; }
  std::string_view view() const noexcept { return {data(), size_}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit on purpose
  std::string str() const { return std::string(view()); }

  // The storage's owner, for render::Text::shared views of data(): from
  // then on these bytes never change (see clear()).
  const std::shared_ptr<const char[]>& owner() const noexcept { return owner_; }

  // Empties the text. Storage still viewed by a part is given up to it; the
  // next append takes fresh storage of the same capacity.
  void clear() noexcept {
    size_ = 0;
    if (owner_ && owner_.use_count() > 1) {
      owner_.reset();
      data_ = nullptr;  // cap_ stays: the size of the next storage
    } else if (owner_) {
      // We are the only owner: the last reader released it (an acq_rel
      // decrement), and this fence orders its reads before our writes.
      std::atomic_thread_fence(std::memory_order_acquire);
    }
  }

  void append(const char* s, std::size_t n) {
    if (!data_ || cap_ - size_ < n) {
      append_slow(s, n);
      return;
    }
    copy_bytes(data_ + size_, s, n);
    size_ += n;
  }
  MessageText& operator+=(std::string_view s) {
    append(s.data(), s.size());
    return *this;
  }
  MessageText& operator+=(const render::Text& s) { return *this += s.view(); }
  MessageText& operator+=(const std::string& s) { return *this += std::string_view(s); }

  // Inserts at `pos` (block separators: one or two bytes near the end).
  void insert(std::size_t pos, std::string_view s) {
    std::size_t tail = size_ - pos;
    append(s.data(), s.size());  // room (the bytes are overwritten below)
    std::memmove(data_ + pos + s.size(), data_ + pos, tail);
    std::memcpy(data_ + pos, s.data(), s.size());
  }
  // Shortens the text to `n` bytes (n <= size()).
  void resize(std::size_t n) noexcept {
    if (n < size_) size_ = n;
  }

 private:
  // At most 16 bytes inline, with overlapping word moves; longer ones with memcpy.
  static void copy_bytes(char* d, const char* s, std::size_t n) noexcept {
    if (n >= 8) {
      if (n > 16) {
        std::memcpy(d, s, n);
        return;
      }
      std::uint64_t a, b;
      std::memcpy(&a, s, 8);
      std::memcpy(&b, s + n - 8, 8);
      std::memcpy(d, &a, 8);
      std::memcpy(d + n - 8, &b, 8);
    } else if (n >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, s, 4);
      std::memcpy(&b, s + n - 4, 4);
      std::memcpy(d, &a, 4);
      std::memcpy(d + n - 4, &b, 4);
    } else if (n > 0) {
      d[0] = s[0];
      d[n / 2] = s[n / 2];
      d[n - 1] = s[n - 1];
    }
  }

  // No storage yet, or not enough room: new storage (at least the previous
  // capacity, doubled when full), the text so far copied over. `s` may point
  // into the old storage: it is released only after the copy.
  [[gnu::noinline]] void append_slow(const char* s, std::size_t n) {
    std::size_t need = size_ + n;
    if (need == 0) return;
    std::size_t cap = cap_ < 512 ? 512 : cap_;
    if (data_ && need > cap_) cap = cap_ * 2;
    while (cap < need) cap *= 2;
    std::shared_ptr<const char[]> fresh = render::text_buffer(cap);
    char* d = const_cast<char*>(fresh.get());  // NOLINT: ours until shared
    if (size_) std::memcpy(d, data_, size_);
    if (n) std::memcpy(d + size_, s, n);
    owner_ = std::move(fresh);
    data_ = d;
    cap_ = cap;
    size_ = need;
  }

  std::shared_ptr<const char[]> owner_;
  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t cap_ = 0;  // of data_, or of the next storage when data_ is null
};

}  // namespace aep::ir::plan
