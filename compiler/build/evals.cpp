// Attaching eval results beside a build's hashed content.
#include "compiler/build/evals.hpp"

#include <fmt/format.h>

#include "compiler/build/chain_log.hpp"
#include "compiler/build/labels.hpp"
#include "compiler/build/sha256.hpp"

namespace aep::build {
namespace fs = std::filesystem;

Expected<AttachedEval> attach_eval(const Store& store, const Build& build, const std::string& name, const Json& result,
                                   const std::string& when) {
  auto lock = FileLock::acquire(store.root / ".lock");
  if (!lock) return lock.error();
  // Re-verify under the lock: results must not be attached to a damaged build.
  auto problems = verify_build_dir(build.dir, build.id);
  if (!problems.empty()) return Error{fmt::format("build {} is damaged: {}", build.short_id(), describe(problems.front()))};
  fs::path dir = build.dir / "evals";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Error{fmt::format("cannot create `{}`: {}", dir.string(), ec.message())};
  std::string bytes = json_bytes(result);
  std::string sha = sha256_hex(bytes);
  fs::path file = dir / (sha + ".json");
  if (!fs::exists(file, ec)) {
    fs::path temp = dir / (".tmp-" + sha);
    auto ok = write_synced(temp, bytes);
    if (!ok) return ok.error();
    fs::rename(temp, file, ec);
    if (ec) return Error{fmt::format("cannot move `{}` into place: {}", file.string(), ec.message())};
  }
  Json entry = {{"sha256", sha}, {"name", name}, {"added", when.empty() ? utc_now() : when}};
  auto written = append_chain(dir / "index.log", entry);
  if (!written) return written.error();
  return AttachedEval{sha, name, (*written)["added"].get<std::string>(), *written};
}

Expected<std::vector<AttachedEval>> list_evals(const Build& build) {
  auto log = read_chain(build.dir / "evals" / "index.log");
  if (!log) return log.error();
  std::vector<AttachedEval> out;
  for (const Json& e : *log) out.push_back({e.value("sha256", ""), e.value("name", ""), e.value("added", ""), e});
  return out;
}

Expected<Json> read_eval(const Build& build, const std::string& sha256) {
  if (!is_sha256_hex(sha256)) return Error{fmt::format("`{}` is not a sha256", sha256)};
  auto bytes = read_whole(build.dir / "evals" / (sha256 + ".json"));
  if (!bytes) return bytes.error();
  std::string actual = sha256_hex(*bytes);
  if (actual != sha256) {
    return Error{fmt::format("build {}: evals/{}.json: content changed (expected sha256 {}, found {})", build.short_id(),
                             sha256, sha256, actual)};
  }
  Json value = Json::parse(*bytes, nullptr, false);
  if (value.is_discarded()) return Error{fmt::format("build {}: evals/{}.json is not JSON", build.short_id(), sha256)};
  return value;
}

}  // namespace aep::build
