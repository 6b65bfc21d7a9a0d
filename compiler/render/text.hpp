// render::Text: the immutable text of a Request part. It is a view
// (pointer and length) plus a shared owner that keeps the viewed bytes alive,
// so a renderer can hand out many parts that point into one buffer: the
// static text of a prompt lives in one buffer held by its RenderPlan and is
// shared by every Request rendered from it (no copy at all), and the dynamic
// text of one render lives in one buffer per render (one allocation instead
// of one string per part).
//
// Safety does not depend on where a part goes: every Text holds its own
// reference to its owner, so copying or moving a part, a Message or a whole
// Request anywhere (runtime history, eval, the optimizer) keeps its bytes
// valid. Every way of building a Text from other text copies that text into
// storage of its own (`part.text = some_string` owns a copy); only
// Text::shared() makes a view, and it takes the owner with it.
//
// Reading works like std::string_view (implicit conversion, size(), data(),
// comparisons, iteration, `fmt`); editing means building a new Text
// (`part.text = part.text.str() + "..."`).
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace aep::render {

class Text {
 public:
  using size_type = std::size_t;
  using const_iterator = std::string_view::const_iterator;
  static constexpr size_type npos = std::string_view::npos;

  Text() noexcept = default;
  Text(const Text&) = default;
  Text& operator=(const Text&) = default;
  // A moved-from Text is empty (not a view without an owner).
  Text(Text&& other) noexcept
      : owner_(std::move(other.owner_)), data_(std::exchange(other.data_, "")), size_(std::exchange(other.size_, 0)) {}
  Text& operator=(Text&& other) noexcept {
    if (this != &other) {
      owner_ = std::move(other.owner_);
      data_ = std::exchange(other.data_, "");
      size_ = std::exchange(other.size_, 0);
    }
    return *this;
  }
  // Owning copies (one allocation holding the bytes; the empty text none).
  Text(std::string text) { adopt(std::move(text)); }                   // NOLINT: implicit on purpose
  Text(std::string_view text) { if (!text.empty()) adopt(std::string(text)); }  // NOLINT
  Text(const char* text) : Text(std::string_view(text)) {}               // NOLINT

  // A view of `size` bytes at `data`, kept alive by `owner` (which must own
  // storage that holds them and never changes them).
  static Text shared(std::shared_ptr<const void> owner, const char* data, size_type size) {
    Text t;
    if (size == 0) return t;
    t.owner_ = std::move(owner);
    t.data_ = data;
    t.size_ = size;
    return t;
  }
  // A view of part of this text, sharing its owner.
  Text slice(size_type pos, size_type count = npos) const {
    std::string_view v = view().substr(pos, count);
    return shared(owner_, v.data(), v.size());
  }

  std::string_view view() const noexcept { return {data_, size_}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit on purpose
  std::string str() const { return std::string(data_, size_); }

  const char* data() const noexcept { return data_; }
  size_type size() const noexcept { return size_; }
  size_type length() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const_iterator begin() const noexcept { return view().begin(); }
  const_iterator end() const noexcept { return view().end(); }
  char operator[](size_type i) const noexcept { return data_[i]; }
  char front() const noexcept { return data_[0]; }
  char back() const noexcept { return data_[size_ - 1]; }
  void clear() noexcept { *this = Text(); }

  std::string_view substr(size_type pos, size_type count = npos) const { return view().substr(pos, count); }
  size_type find(std::string_view s, size_type pos = 0) const noexcept { return view().find(s, pos); }
  size_type find(char c, size_type pos = 0) const noexcept { return view().find(c, pos); }
  size_type rfind(std::string_view s, size_type pos = npos) const noexcept { return view().rfind(s, pos); }
  size_type rfind(char c, size_type pos = npos) const noexcept { return view().rfind(c, pos); }
  bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
  bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
  int compare(std::string_view s) const noexcept { return view().compare(s); }
  int compare(size_type pos, size_type count, std::string_view s) const { return view().compare(pos, count, s); }

  friend bool operator==(const Text& a, const Text& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const Text& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const Text& a, const std::string& b) noexcept { return a.view() == std::string_view(b); }
  friend bool operator==(const Text& a, const char* b) noexcept { return a.view() == std::string_view(b); }
  friend auto operator<=>(const Text& a, const Text& b) noexcept { return a.view() <=> b.view(); }
  friend std::ostream& operator<<(std::ostream& os, const Text& t) { return os << t.view(); }
  friend std::string operator+(std::string a, const Text& b) { return std::move(a.append(b.view())); }
  friend std::string operator+(const Text& a, std::string_view b) { return a.str().append(b); }

 private:
  void adopt(std::string text) {
    if (text.empty()) return;
    auto owner = std::make_shared<const std::string>(std::move(text));
    data_ = owner->data();
    size_ = owner->size();
    owner_ = std::move(owner);
  }

  std::shared_ptr<const void> owner_;
  const char* data_ = "";
  size_type size_ = 0;
};

// Storage of `size` bytes for Text::shared views (null for 0): the caller
// fills it before sharing it and never changes it afterwards. Buffers are
// recycled per thread (text_buffer.cpp), so a render that builds one per
// call pays for no general-purpose allocation.
std::shared_ptr<const char[]> text_buffer(std::size_t size);

// Appends (std::string += Text works through the string_view conversion;
// this spells it for code that builds strings with append()).
inline std::string& append(std::string& out, const Text& t) { return out.append(t.data(), t.size()); }

}  // namespace aep::render

template <>
struct fmt::formatter<aep::render::Text> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const aep::render::Text& t, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(t.view(), ctx);
  }
};
