// Build store: opening, verifying, resolving and writing builds.
#include "compiler/build/store.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <unistd.h>

#include <fmt/format.h>

#include "compiler/build/chain_log.hpp"
#include "compiler/build/labels.hpp"
#include "compiler/build/sha256.hpp"

namespace aep::build {
namespace fs = std::filesystem;

std::string json_bytes(const Json& value) {
  return value.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Expected<std::string> read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{fmt::format("cannot read `{}`", path.string())};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{fmt::format("cannot read `{}`", path.string())};
  return text.str();
}

namespace {
Expected<bool> write_file(const fs::path& path, std::string_view bytes, bool sync);
}  // namespace

Expected<bool> write_synced(const fs::path& path, std::string_view bytes) { return write_file(path, bytes, true); }

namespace {
Expected<bool> write_file(const fs::path& path, std::string_view bytes, bool sync) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("cannot create `{}`: {}", path.string(), std::strerror(errno))};
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return Error{fmt::format("cannot write `{}`: {}", path.string(), std::strerror(err))};
    }
    done += static_cast<std::size_t>(n);
  }
  if (sync && ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    return Error{fmt::format("cannot flush `{}`: {}", path.string(), std::strerror(err))};
  }
  ::close(fd);
  return true;
}
}  // namespace

namespace {

void sync_dir(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Relative paths inside a build are written by the compiler, never taken
// from users, but a manifest is read back from disk: refuse anything that
// could leave the build folder.
bool safe_relative(const std::string& rel) {
  if (rel.empty() || rel.front() == '/' || rel.find('\\') != std::string::npos) return false;
  for (const auto& part : fs::path(rel)) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

}  // namespace

std::string prompt_folder_name(const std::string& qualified) {
  std::string out;
  bool changed = false;
  for (char c : qualified) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    out += ok ? c : '_';
    changed = changed || !ok;
  }
  if (out.empty() || out.front() == '.') {
    out = "_" + out;
    changed = true;
  }
  // Two names that differ only in replaced characters must not share a folder.
  if (changed) out += "-" + sha256_hex(qualified).substr(0, 8);
  return out;
}

std::string describe(const Problem& p) {
  if (!p.expected.empty() || !p.actual.empty()) {
    return fmt::format("{}: {} (expected sha256 {}, found {})", p.file, p.what, p.expected.empty() ? "-" : p.expected,
                       p.actual.empty() ? "-" : p.actual);
  }
  return fmt::format("{}: {}", p.file, p.what);
}

Expected<Store> open_store(const fs::path& root, bool create) {
  std::error_code ec;
  if (create) {
    fs::create_directories(root, ec);
    if (ec) return Error{fmt::format("cannot create the build store `{}`: {}", root.string(), ec.message())};
  } else if (!fs::is_directory(root, ec)) {
    return Error{fmt::format("no build store at `{}` (run `aep build` first, or pass --store)", root.string())};
  }
  return Store{fs::absolute(root).lexically_normal()};
}

std::vector<Problem> verify_build_dir(const fs::path& dir, const std::string& id) {
  std::vector<Problem> problems;
  auto text = read_whole(dir / "manifest.json");
  if (!text) {
    problems.push_back({"manifest.json", "missing or unreadable", "", ""});
    return problems;
  }
  std::string actual = sha256_hex(*text);
  if (actual != id) {
    problems.push_back({"manifest.json", "content changed (the build id is the hash of its manifest)", id, actual});
  }
  Json manifest = Json::parse(*text, nullptr, false);
  if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("files") || !manifest["files"].is_object()) {
    problems.push_back({"manifest.json", "not a build manifest (no \"files\" table)", "", ""});
    return problems;
  }
  std::set<std::string> listed;
  for (auto it = manifest["files"].begin(); it != manifest["files"].end(); ++it) {
    const std::string& rel = it.key();
    listed.insert(rel);
    if (!safe_relative(rel) || !it.value().is_string()) {
      problems.push_back({rel, "unsafe path or malformed entry in the manifest", "", ""});
      continue;
    }
    auto bytes = read_whole(dir / rel);
    if (!bytes) {
      problems.push_back({rel, "missing", it.value().get<std::string>(), ""});
      continue;
    }
    std::string got = sha256_hex(*bytes);
    if (got != it.value().get<std::string>()) problems.push_back({rel, "content changed", it.value().get<std::string>(), got});
  }
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory()) {
      if (it.depth() == 0 && it->path().filename() == "evals") it.disable_recursion_pending();
      continue;
    }
    std::string rel = it->path().lexically_relative(dir).generic_string();
    if (rel == "manifest.json" || rel == "record.json" || listed.count(rel)) continue;
    problems.push_back({rel, "not listed in the manifest (added by hand?)", "", ""});
  }
  // Attached eval results: each file is named by its hash and listed in the chained index.
  fs::path evals = dir / "evals";
  if (fs::is_directory(evals, ec)) {
    auto index = read_chain(evals / "index.log");
    std::set<std::string> indexed;
    if (!index) {
      problems.push_back({"evals/index.log", index.error().message, "", ""});
    } else {
      for (const Json& e : *index) {
        std::string sha = e.value("sha256", "");
        if (!is_sha256_hex(sha)) {
          problems.push_back({"evals/index.log", "an entry without a valid sha256", "", ""});
          continue;
        }
        indexed.insert(sha + ".json");
        auto bytes = read_whole(evals / (sha + ".json"));
        if (!bytes) {
          problems.push_back({"evals/" + sha + ".json", "missing", sha, ""});
          continue;
        }
        std::string got = sha256_hex(*bytes);
        if (got != sha) problems.push_back({"evals/" + sha + ".json", "content changed", sha, got});
      }
    }
    for (const auto& entry : fs::directory_iterator(evals, ec)) {
      std::string name = entry.path().filename().string();
      if (name == "index.log" || name == ".lock" || indexed.count(name)) continue;
      problems.push_back({"evals/" + name, "not in evals/index.log", "", ""});
    }
  }
  return problems;
}

std::vector<std::string> Build::prompts() const {
  std::vector<std::string> out;
  if (manifest.contains("prompts") && manifest["prompts"].is_object()) {
    for (auto it = manifest["prompts"].begin(); it != manifest["prompts"].end(); ++it) out.push_back(it.key());
  }
  return out;
}

std::vector<std::string> Build::targets() const {
  std::set<std::string> out;
  if (manifest.contains("prompts") && manifest["prompts"].is_object()) {
    for (const auto& p : manifest["prompts"]) {
      if (p.contains("targets") && p["targets"].is_object()) {
        for (auto it = p["targets"].begin(); it != p["targets"].end(); ++it) out.insert(it.key());
      }
    }
  }
  return {out.begin(), out.end()};
}

std::optional<std::string> Build::parent() const {
  if (record.contains("parent") && record["parent"].is_string()) return record["parent"].get<std::string>();
  return std::nullopt;
}

Expected<Build> open_build(const Store& store, const std::string& id) {
  fs::path dir = store.root / id;
  std::error_code ec;
  if (!is_sha256_hex(id) || !fs::is_directory(dir, ec)) return Error{fmt::format("no build `{}` in `{}`", id, store.root.string())};
  auto problems = verify_build_dir(dir, id);
  if (!problems.empty()) {
    std::string message = fmt::format("build {} in `{}` is damaged or was edited; refusing to use it:", id.substr(0, 12),
                                      dir.string());
    for (const auto& p : problems) message += "\n  " + describe(p);
    return Error{message};
  }
  Build build;
  build.id = id;
  build.dir = dir;
  auto text = read_whole(dir / "manifest.json");
  if (!text) return text.error();
  build.manifest = Json::parse(*text);
  if (auto record = read_whole(dir / "record.json")) {
    Json r = Json::parse(*record, nullptr, false);
    if (r.is_object()) build.record = std::move(r);
  }
  return build;
}

Expected<Build> open_build_manifest(const Store& store, const std::string& id) {
  fs::path dir = store.root / id;
  auto text = read_whole(dir / "manifest.json");
  if (!text) return Error{fmt::format("build {}: manifest.json is missing or unreadable", id.substr(0, 12))};
  std::string actual = sha256_hex(*text);
  if (actual != id) {
    return Error{fmt::format("build {}: manifest.json: content changed (expected sha256 {}, found {})", id.substr(0, 12), id, actual)};
  }
  Build build;
  build.id = id;
  build.dir = dir;
  build.manifest = Json::parse(*text, nullptr, false);
  if (build.manifest.is_discarded() || !build.manifest.is_object()) return Error{fmt::format("build {}: manifest.json is not JSON", id.substr(0, 12))};
  if (auto record = read_whole(dir / "record.json")) {
    Json r = Json::parse(*record, nullptr, false);
    if (r.is_object()) build.record = std::move(r);
  }
  return build;
}

std::vector<std::string> list_build_ids(const Store& store) {
  std::vector<std::pair<std::string, std::string>> found;  // (created, id)
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(store.root, ec)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_directory() || !is_sha256_hex(name)) continue;
    std::string created;
    if (auto record = read_whole(entry.path() / "record.json")) {
      Json r = Json::parse(*record, nullptr, false);
      if (r.is_object()) created = r.value("created", "");
    }
    found.emplace_back(created, name);
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& [created, id] : found) out.push_back(id);
  return out;
}

Expected<Build> resolve_build(const Store& store, const std::string& ref) {
  if (ref.empty()) return Error{"an empty build reference"};
  if (is_sha256_hex(ref)) return open_build(store, ref);
  // A label wins over a prefix only when the name is not hex; a name like
  // `cafe` is first looked up as a label, then as a prefix.
  auto labels = current_labels(store);
  if (!labels) return labels.error();
  if (auto it = labels->find(ref); it != labels->end()) return open_build(store, it->second);
  bool hex = std::all_of(ref.begin(), ref.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  if (!hex) {
    std::string known;
    for (const auto& [name, id] : *labels) known += (known.empty() ? "" : ", ") + name;
    return Error{fmt::format("`{}` is neither a build id nor a label (labels: {})", ref, known.empty() ? "none" : known)};
  }
  if (ref.size() < 4) return Error{fmt::format("build prefix `{}` is too short: give at least 4 hex digits", ref)};
  std::vector<std::string> matches;
  for (const auto& id : list_build_ids(store)) {
    if (id.compare(0, ref.size(), ref) == 0) matches.push_back(id);
  }
  if (matches.empty()) return Error{fmt::format("no build starts with `{}` in `{}`", ref, store.root.string())};
  if (matches.size() > 1) {
    std::string list;
    for (const auto& m : matches) list += " " + m.substr(0, 12);
    return Error{fmt::format("build prefix `{}` is ambiguous:{}", ref, list)};
  }
  return open_build(store, matches.front());
}

Expected<std::string> read_build_file(const Build& build, const std::string& relative) {
  if (!build.manifest.contains("files") || !build.manifest["files"].contains(relative)) {
    return Error{fmt::format("build {} has no file `{}`", build.short_id(), relative)};
  }
  auto bytes = read_whole(build.dir / relative);
  if (!bytes) return bytes.error();
  std::string expected = build.manifest["files"][relative].get<std::string>();
  std::string actual = sha256_hex(*bytes);
  if (actual != expected) {
    return Error{fmt::format("build {}: {}: content changed (expected sha256 {}, found {}); refusing to use it",
                             build.short_id(), relative, expected, actual)};
  }
  return bytes;
}

Expected<Json> read_build_json(const Build& build, const std::string& relative) {
  auto bytes = read_build_file(build, relative);
  if (!bytes) return bytes.error();
  Json value = Json::parse(*bytes, nullptr, false);
  if (value.is_discarded()) return Error{fmt::format("build {}: {} is not valid JSON", build.short_id(), relative)};
  return value;
}

// --- writing ------------------------------------------------------------------

Expected<BuildWriter> BuildWriter::start(const Store& store) {
  std::error_code ec;
  // Temporary folders of builds that were killed: nothing refers to them.
  for (const auto& entry : fs::directory_iterator(store.root, ec)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(".tmp-")) {
      // Only folders older than a minute: another `aep build` may be running.
      auto age = fs::file_time_type::clock::now() - fs::last_write_time(entry.path(), ec);
      if (!ec && age > std::chrono::minutes(1)) fs::remove_all(entry.path(), ec);
    }
  }
  std::random_device rd;
  BuildWriter writer;
  writer.store_ = store;
  writer.temp_ = store.root / fmt::format(".tmp-{}-{:08x}", ::getpid(), rd());
  fs::create_directories(writer.temp_, ec);
  if (ec) return Error{fmt::format("cannot create `{}`: {}", writer.temp_.string(), ec.message())};
  return writer;
}

BuildWriter::BuildWriter(BuildWriter&& o) noexcept
    : store_(std::move(o.store_)), temp_(std::move(o.temp_)), files_(std::move(o.files_)),
      pending_(std::move(o.pending_)), pending_bytes_(o.pending_bytes_), done_(o.done_) {
  o.done_ = true;
}

BuildWriter& BuildWriter::operator=(BuildWriter&& o) noexcept {
  store_ = std::move(o.store_);
  temp_ = std::move(o.temp_);
  files_ = std::move(o.files_);
  pending_ = std::move(o.pending_);
  pending_bytes_ = o.pending_bytes_;
  done_ = o.done_;
  o.done_ = true;
  return *this;
}

BuildWriter::~BuildWriter() {
  if (!done_ && !temp_.empty()) {
    std::error_code ec;
    fs::remove_all(temp_, ec);
  }
}

Expected<bool> BuildWriter::add_file(const std::string& relative, std::string_view bytes) {
  if (!safe_relative(relative)) return Error{fmt::format("refusing to write `{}` outside the build", relative)};
  if (files_.count(relative)) return Error{fmt::format("two artifacts of one build share the path `{}`", relative)};
  files_[relative] = sha256_hex(bytes);
  pending_[relative] = std::string(bytes);
  pending_bytes_ += bytes.size();
  if (pending_bytes_ > kPendingLimit) return spill();
  return true;
}

Expected<bool> BuildWriter::spill() {
  for (const auto& [relative, bytes] : pending_) {
    fs::path path = temp_ / relative;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return Error{fmt::format("cannot create `{}`: {}", path.parent_path().string(), ec.message())};
    // Not flushed one by one: see commit().
    auto ok = write_file(path, bytes, false);
    if (!ok) return ok.error();
  }
  pending_.clear();
  pending_bytes_ = 0;
  return true;
}

Expected<bool> BuildWriter::add_json(const std::string& relative, const Json& value) {
  return add_file(relative, json_bytes(value));
}

Expected<BuildWriter::Committed> BuildWriter::commit(Json manifest, Json record) {
  Json files = Json::object();
  for (const auto& [rel, sha] : files_) files[rel] = sha;
  manifest["files"] = std::move(files);
  std::string bytes = json_bytes(manifest);
  std::string id = sha256_hex(bytes);
  fs::path final_dir = store_.root / id;
  std::error_code ec;
  if (fs::exists(final_dir, ec)) {
    auto existing = open_build(store_, id);
    if (!existing) {
      return Error{existing.error().message + "\n  (remove that folder and build again to replace it)"};
    }
    done_ = false;  // the destructor removes the temporary copy
    fs::remove_all(temp_, ec);
    done_ = true;
    return Committed{std::move(*existing), true};
  }
  auto ok = spill();
  if (!ok) return ok.error();
  ok = write_synced(temp_ / "manifest.json", bytes);
  if (!ok) return ok.error();
  record["id"] = id;
  ok = write_synced(temp_ / "record.json", json_bytes(record));
  if (!ok) return ok.error();
  // No flush of the whole tree here: the rename is what makes the build
  // visible, so a killed process never leaves half a build; after a power
  // loss a file that did not reach the disk fails verification and the
  // build is refused, never used. (Flushing per file or per file system
  // made large builds I/O-bound: 13,000 fsyncs for a 1,000-prompt build.)
  if (::rename(temp_.c_str(), final_dir.c_str()) != 0) {
    return Error{fmt::format("cannot move the build into `{}`: {}", final_dir.string(), std::strerror(errno))};
  }
  done_ = true;
  sync_dir(store_.root);
  auto build = open_build(store_, id);
  if (!build) return build.error();
  return Committed{std::move(*build), false};
}

}  // namespace aep::build
