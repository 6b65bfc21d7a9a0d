// Reading and writing the lint cache file (format: see write_cache below).
#include "compiler/lint/cache.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <openssl/sha.h>
#include <unistd.h>

namespace aep::lint {
namespace {

constexpr std::string_view kMagic = "AEPLINT4";

class Writer {
 public:
  void u32(std::uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void pos(const Position& p) {
    for (std::uint32_t v : {p.begin, p.end, p.line, p.column, p.end_line, p.end_column, p.column16, p.end_column16}) u32(v);
  }
  void span(const Span& s) {
    for (std::uint32_t v : {s.begin, s.end, s.line, s.column}) u32(v);
  }
  void result(const LintResult& r) {
    str(r.rule);
    u32(static_cast<std::uint32_t>(r.level));
    str(r.path);
    pos(r.position);
    str(r.message);
    u32(r.help ? 1 : 0);
    if (r.help) str(*r.help);
    u32(static_cast<std::uint32_t>(r.notes.size()));
    for (const ResultNote& n : r.notes) {
      str(n.path);
      pos(n.position);
      str(n.message);
    }
    u32(r.fix ? 1 : 0);
    if (r.fix) {
      u32(r.fix->begin);
      u32(r.fix->end);
      str(r.fix->replacement);
      str(r.fix->description);
    }
  }
  void results(const std::vector<LintResult>& rs) {
    u32(static_cast<std::uint32_t>(rs.size()));
    for (const LintResult& r : rs) result(r);
  }
  void strings(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  std::uint32_t u32() {
    if (in_.size() - at_ < 4 || !ok_) return fail();
    std::uint32_t v;
    std::memcpy(&v, in_.data() + at_, 4);
    at_ += 4;
    return v;
  }
  std::string str() {
    std::uint32_t n = u32();
    if (!ok_ || in_.size() - at_ < n) {
      fail();
      return {};
    }
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  Position pos() {
    Position p;
    for (std::uint32_t* v : {&p.begin, &p.end, &p.line, &p.column, &p.end_line, &p.end_column, &p.column16, &p.end_column16}) *v = u32();
    return p;
  }
  Span span() {
    Span s;
    for (std::uint32_t* v : {&s.begin, &s.end, &s.line, &s.column}) *v = u32();
    return s;
  }
  LintResult result() {
    LintResult r;
    r.rule = str();
    std::uint32_t level = u32();
    if (level > static_cast<std::uint32_t>(Level::Error)) fail();
    r.level = static_cast<Level>(level);
    r.path = str();
    r.position = pos();
    r.message = str();
    if (u32() != 0) r.help = str();
    std::uint32_t notes = u32();
    for (std::uint32_t i = 0; i < notes && ok_; ++i) {
      ResultNote n;
      n.path = str();
      n.position = pos();
      n.message = str();
      r.notes.push_back(std::move(n));
    }
    if (u32() != 0) {
      ResultFix f;
      f.begin = u32();
      f.end = u32();
      f.replacement = str();
      f.description = str();
      r.fix = std::move(f);
    }
    return r;
  }
  std::vector<LintResult> results() {
    std::vector<LintResult> out;
    std::uint32_t n = u32();
    for (std::uint32_t i = 0; i < n && ok_; ++i) out.push_back(result());
    return out;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> out;
    std::uint32_t n = u32();
    for (std::uint32_t i = 0; i < n && ok_; ++i) out.push_back(str());
    return out;
  }
  bool at_end() const { return at_ == in_.size(); }

 private:
  std::uint32_t fail() {
    ok_ = false;
    at_ = in_.size();
    return 0;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// Writes a temporary file beside `file` and renames it over `file`, so a
// concurrent run reads the old cache or the new one, never half of one. No
// fsync: after a crash a cache may be lost (the reader rejects a torn file
// by its magic, counts and length, and starts over), and syncing 0.5 MB on
// every pre-commit run would cost more than the lint.
Expected<bool> replace_file(const std::filesystem::path& file, std::string_view bytes) {
  auto failed = [&](std::string_view what, int err) {
    return Error{"cannot write `" + file.string() + "`: " + std::string(what) + ": " + std::strerror(err)};
  };
  std::string pattern = (file.parent_path() / ("." + file.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return failed("cannot create a temporary file", errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      ::unlink(name.data());
      return failed("write", err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 || ::rename(name.data(), file.c_str()) != 0) {
    int err = errno;
    ::unlink(name.data());
    return failed("rename", err);
  }
  return true;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  static const char* hex = "0123456789abcdef";
  std::string out(2 * SHA256_DIGEST_LENGTH, '0');
  for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    out[2 * i] = hex[digest[i] >> 4];
    out[2 * i + 1] = hex[digest[i] & 0xF];
  }
  return out;
}

LintCacheData read_cache(const std::filesystem::path& file) {
  std::string bytes;
  {
    // One read of the known size (the cache of a 1,000-module project is ~0.6 MB).
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (f == nullptr) return {};
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (!ec) {
      bytes.resize(size);
      bytes.resize(std::fread(bytes.data(), 1, size, f));
    }
    std::fclose(f);
    if (ec) return {};
  }
  if (!std::string_view(bytes).starts_with(kMagic)) return {};
  Reader r(std::string_view(bytes).substr(kMagic.size()));
  LintCacheData data;
  data.project_key = r.str();
  data.project_results = r.results();
  std::uint32_t modules = r.u32();
  for (std::uint32_t i = 0; i < modules && r.ok(); ++i) {
    std::string path = r.str();
    CachedModule m;
    m.own_hash = r.str();
    m.deps = r.strings();
    m.data_deps = r.strings();
    m.key = r.str();
    m.linted = r.u32() != 0;
    m.complete = r.u32() != 0;
    m.results = r.results();
    std::uint32_t sups = r.u32();
    for (std::uint32_t s = 0; s < sups && r.ok(); ++s) {
      Suppression sup;
      std::uint32_t kind = r.u32();
      if (kind > 2) return {};
      sup.kind = static_cast<Suppression::Kind>(kind);
      sup.comment = r.span();
      sup.target_line = r.u32();
      sup.alone_on_line = r.u32() != 0;
      sup.malformed = r.u32() != 0;
      std::uint32_t ids = r.u32();
      for (std::uint32_t k = 0; k < ids && r.ok(); ++k) {
        Suppression::Id id;
        id.id = r.str();
        id.span = r.span();
        sup.ids.push_back(std::move(id));
      }
      m.suppressions.push_back(std::move(sup));
    }
    data.modules.emplace(std::move(path), std::move(m));
  }
  if (!r.ok() || !r.at_end()) return {};  // corrupt or truncated: start over
  return data;
}

Expected<bool> write_cache(const std::filesystem::path& file, const LintCacheData& data) {
  Writer w;
  w.str(data.project_key);
  w.results(data.project_results);
  w.u32(static_cast<std::uint32_t>(data.modules.size()));
  for (const auto& [path, m] : data.modules) {
    w.str(path);
    w.str(m.own_hash);
    w.strings(m.deps);
    w.strings(m.data_deps);
    w.str(m.key);
    w.u32(m.linted ? 1 : 0);
    w.u32(m.complete ? 1 : 0);
    w.results(m.results);
    w.u32(static_cast<std::uint32_t>(m.suppressions.size()));
    for (const Suppression& s : m.suppressions) {
      w.u32(static_cast<std::uint32_t>(s.kind));
      w.span(s.comment);
      w.u32(s.target_line);
      w.u32(s.alone_on_line ? 1 : 0);
      w.u32(s.malformed ? 1 : 0);
      w.u32(static_cast<std::uint32_t>(s.ids.size()));
      for (const auto& id : s.ids) {
        w.str(id.id);
        w.span(id.span);
      }
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return Error{"cannot create `" + file.parent_path().string() + "`: " + ec.message()};
  // A .gitignore inside keeps the cache out of commits without asking users.
  auto ignore = file.parent_path() / ".gitignore";
  if (!std::filesystem::exists(ignore, ec)) std::ofstream(ignore) << "*\n";
  return replace_file(file, std::string(kMagic) + w.take());
}

}  // namespace aep::lint
