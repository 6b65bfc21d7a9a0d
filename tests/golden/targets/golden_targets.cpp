// Golden runner for target payloads: lowers <case>.request.json for one
// target and compares the payload with <case>.<target>.json and the
// diagnostics with <case>.<target>.diag (absent file = none expected; a case
// with errors must have no payload file, since such a payload is never sent).
// With AEP_REFRESH_GOLDEN=1 it writes the expected files instead; review the
// diff of every refreshed file against the provider's documentation.
//
//   golden_targets <case-dir> <case> <target>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "compiler/diag/sink.hpp"
#include "compiler/render/request.hpp"
#include "compiler/targets/capabilities.hpp"
#include "compiler/targets/target.hpp"

namespace fs = std::filesystem;
using namespace aep;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A compact, stable rendering: location, code, message, notes and help;
// without source snippets so fixtures need no .aep files.
std::string render_diags(const DiagnosticSink& sink, const SourceManager& sources) {
  std::string out;
  for (const Diagnostic& d : sink.diagnostics()) {
    const SourceFile* f = sources.find(d.primary.file);
    std::string where = f != nullptr && d.primary.valid()
                            ? fmt::format("{}:{}:{}", f->path(), d.primary.line, d.primary.column)
                            : std::string("<no location>");
    out += fmt::format("{}: {}[{}]: {}\n", where, severity_name(d.severity), d.code(), d.message);
    for (const std::string& n : d.notes) out += fmt::format("  = note: {}\n", n);
    if (d.help) out += fmt::format("  = help: {}\n", *d.help);
  }
  return out;
}

int compare_or_write(const fs::path& file, const std::optional<std::string>& actual, bool refresh) {
  bool exists = fs::exists(file);
  if (refresh) {
    if (actual) {
      std::ofstream(file, std::ios::binary) << *actual;
    } else if (exists) {
      fs::remove(file);
    }
    return 0;
  }
  if (!actual && !exists) return 0;
  if (!actual) {
    std::cerr << "expected " << file << " but the run produced nothing for it\n";
    return 1;
  }
  if (!exists) {
    std::cerr << "the run produced output but " << file << " does not exist:\n" << *actual;
    return 1;
  }
  std::string expected = read(file);
  if (expected != *actual) {
    std::cerr << "mismatch in " << file << "\n--- expected\n" << expected << "--- actual\n" << *actual;
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: golden_targets <case-dir> <case> <target>\n";
    return 2;
  }
  fs::path dir = argv[1];
  std::string name = argv[2];
  std::string target_name = argv[3];
  const char* refresh_env = std::getenv("AEP_REFRESH_GOLDEN");
  bool refresh = refresh_env != nullptr && std::string(refresh_env) == "1";

  auto json = render::Json::parse(read(dir / (name + ".request.json")), nullptr, false);
  if (json.is_discarded()) {
    std::cerr << name << ".request.json is not valid JSON\n";
    return 1;
  }
  SourceManager sources;
  auto request = render::request_from_json(json, sources, dir.string());
  if (!request) {
    std::cerr << name << ".request.json: " << request.error().message << "\n";
    return 1;
  }
  DiagnosticSink sink;
  std::optional<render::Json> payload;
  if (auto target = targets::parse_target(target_name)) {
    targets::CapabilityTable table = targets::CapabilityTable::builtin();
    // A case may extend the table as aep.toml would: <case>.models.json.
    fs::path extra = dir / (name + ".models.json");
    if (fs::exists(extra)) table.merge_json(render::Json::parse(read(extra)), sink);
    auto result = targets::lower(*request, *target, table, sink);
    if (result.ok && !sink.has_errors()) payload = result.payload;
  } else {
    targets::report_unknown_target(target_name, request->span, sink);
  }

  std::string base = name + "." + target_name;
  for (char& c : base) if (c == ':') c = '_';
  std::optional<std::string> payload_text;
  if (payload) payload_text = payload->dump(2, ' ', false, render::Json::error_handler_t::replace) + "\n";
  std::string diag_text = render_diags(sink, sources);
  int rc = compare_or_write(dir / (base + ".json"), payload_text, refresh);
  rc |= compare_or_write(dir / (base + ".diag"), diag_text.empty() ? std::nullopt : std::optional(diag_text), refresh);
  return rc;
}
