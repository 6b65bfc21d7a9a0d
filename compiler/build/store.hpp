// The build store: a folder of immutable, content-addressed builds plus the
// label history. Layout (docs/builds.md has the full description):
//
//   <store>/<id>/manifest.json   hashed: id = sha256(bytes of manifest.json)
//   <store>/<id>/record.json     not hashed: parent, creation time, user
//   <store>/<id>/sources/...     snapshot of aep.toml and every module
//   <store>/<id>/prompts/<q>/... prompt.json, ir.txt, <target>.json, <target>.diagnostics.json
//   <store>/<id>/evals/          attached results (evals.hpp), outside the content hash
//   <store>/labels.log           label moves, append-only, hash-chained (labels.hpp)
//
// Every read goes through verification: a build whose manifest does not hash
// to its id, or whose files do not match the manifest, is refused with the
// file and the expected and actual hashes.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::build {

using Json = nlohmann::ordered_json;

inline constexpr const char* kBuildFormat = "aep-build/1";

struct Store {
  std::filesystem::path root;
};

// Opens (creating it when `create`) the store folder.
Expected<Store> open_store(const std::filesystem::path& root, bool create);

struct Build {
  std::string id;                 // 64 hex digits
  std::filesystem::path dir;
  Json manifest;                  // the parsed, verified manifest.json
  Json record = Json::object();   // record.json (parent, created, user): informational

  std::string short_id() const { return id.substr(0, 12); }
  // Prompt names in the manifest, sorted.
  std::vector<std::string> prompts() const;
  std::vector<std::string> targets() const;
  std::optional<std::string> parent() const;
};

struct Problem {
  std::string file;      // relative to the build folder
  std::string what;      // "content changed", "missing", "not listed in the manifest", ...
  std::string expected;  // hash, when the problem is a mismatch
  std::string actual;
};
std::string describe(const Problem& problem);

// Every problem of a build folder: manifest hash vs folder name, every listed
// file's hash, missing and unlisted files, the evals index chain.
std::vector<Problem> verify_build_dir(const std::filesystem::path& dir, const std::string& id);

// Reads and verifies a build by full id. A damaged build is an Error listing
// what is wrong (never a partly trusted Build).
Expected<Build> open_build(const Store& store, const std::string& id);

// Reads a build's manifest and record, checking only that the manifest
// hashes to the id: enough to list builds without hashing every file.
// Anything that reads an artifact uses open_build or read_build_file.
Expected<Build> open_build_manifest(const Store& store, const std::string& id);

// Resolves a reference: a full id, a unique id prefix (>= 4 digits) or a
// label name; then opens and verifies it.
Expected<Build> resolve_build(const Store& store, const std::string& ref);

// The ids of every build folder, sorted by creation time (record.json) then id.
std::vector<std::string> list_build_ids(const Store& store);

// A file of a verified build, read and checked against the manifest again
// (the folder may have changed since it was opened).
Expected<std::string> read_build_file(const Build& build, const std::string& relative);
Expected<Json> read_build_json(const Build& build, const std::string& relative);

// Writes a new build: files are hashed as they come (and held in memory, or
// written to a temporary folder of the store past 256 MB), and commit()
// writes the manifest, names the build by its hash and renames the folder
// into place, so a killed build leaves no build behind
// (only a `.tmp-*` folder that the next build removes). If a build with the
// same id exists already and verifies, the new copy is discarded and the
// existing one is returned: an unchanged project reproduces the same build.
class BuildWriter {
 public:
  static Expected<BuildWriter> start(const Store& store);
  BuildWriter(BuildWriter&&) noexcept;
  BuildWriter& operator=(BuildWriter&&) noexcept;
  ~BuildWriter();  // removes the temporary folder unless committed

  Expected<bool> add_file(const std::string& relative, std::string_view bytes);
  Expected<bool> add_json(const std::string& relative, const Json& value);

  struct Committed {
    Build build;
    bool existed = false;  // an identical build was already in the store
  };
  // `manifest` gets "files" (every added file and its hash) before hashing;
  // `record` is written beside it, outside the hash.
  Expected<Committed> commit(Json manifest, Json record);

 private:
  BuildWriter() = default;
  Expected<bool> spill();  // writes the pending files to the temporary folder

  Store store_;
  std::filesystem::path temp_;
  std::map<std::string, std::string> files_;  // relative path -> sha256
  // Files are kept in memory up to kPendingLimit bytes and written only once
  // the id is known to be new, so rebuilding an unchanged project writes
  // nothing; past the limit they go to the temporary folder as they come.
  static constexpr std::size_t kPendingLimit = std::size_t{256} << 20;
  std::map<std::string, std::string> pending_;  // relative path -> bytes
  std::size_t pending_bytes_ = 0;
  bool done_ = false;
};

// Serialises JSON the way a build stores it: two-space indent, UTF-8 kept,
// invalid UTF-8 replaced, a final newline. Deterministic for equal values.
std::string json_bytes(const Json& value);

// Writes `bytes` to `path` and flushes it to disk.
Expected<bool> write_synced(const std::filesystem::path& path, std::string_view bytes);
Expected<std::string> read_whole(const std::filesystem::path& path);

// A file- and directory-safe name for a prompt's folder.
std::string prompt_folder_name(const std::string& qualified);

}  // namespace aep::build
