// `aep render FILE#Prompt`: resolves a prompt, validates input values against
// its typed inputs, fills its templates and prints the provider-neutral
// Request as JSON (the input of `aep lower`), optionally with a source map
// from every message's text ranges back to .aep spans.
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/sema/program.hpp"

namespace aep::cli {
namespace {

using Json = nlohmann::ordered_json;

struct RenderOptions {
  std::string target;
  std::vector<std::string> inputs;
  std::string inputs_file;
  bool source_map = false;
  DiagOutputOptions output;
};

int run(const RenderOptions& options) {
  auto hash = options.target.rfind('#');
  if (hash == std::string::npos) {
    std::cerr << "aep render: error: name the prompt as FILE#Prompt\n";
    return kExitUsage;
  }
  std::string file = options.target.substr(0, hash), name = options.target.substr(hash + 1);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    std::cerr << "aep render: error: `" << file << "` is not a file\n";
    return kExitUsage;
  }
  Json values = Json::object();
  if (!options.inputs_file.empty()) {
    std::ifstream in(options.inputs_file, std::ios::binary);
    if (!in) {
      std::cerr << "aep render: error: cannot read `" << options.inputs_file << "`\n";
      return kExitUsage;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
      values = Json::parse(text.str());
    } catch (const Json::parse_error& e) {
      std::cerr << "aep render: error: `" << options.inputs_file << "` is not valid JSON: " << e.what() << '\n';
      return kExitDiagnostics;
    }
    if (!values.is_object()) {
      std::cerr << "aep render: error: `" << options.inputs_file << "` must hold a JSON object of input names to values\n";
      return kExitDiagnostics;
    }
  }
  auto project = load_project(file);
  if (!project) {
    std::cerr << "aep render: error: " << project.error().message << '\n';
    return kExitUsage;
  }
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program = sema::check_files(*project, {std::filesystem::path(file)}, sources, sink);
  if (options.output.json()) {
    if (sink.error_count() || sink.warning_count()) std::cerr << diagnostics_json({&sink}, sources, program.modules.size()).dump(2) << '\n';
  } else if (sink.error_count() || sink.warning_count()) {
    print_diagnostics_text(std::cerr, sink, sources, options.output.use_color(STDERR_FILENO));
    std::cerr << count_summary(sink.error_count(), sink.warning_count()) << '\n';
  }
  if (sink.has_errors()) return kExitDiagnostics;
  std::string module = program.modules.empty() ? "" : program.modules.front()->path;
  auto it = program.prompts.find(module + "." + name);
  if (it == program.prompts.end()) {
    std::string names;
    for (const auto& [q, p] : program.prompts) {
      if (p->module == module) names += (names.empty() ? "" : ", ") + p->name;
    }
    std::cerr << fmt::format("aep render: error: no prompt `{}` in `{}` (its prompts: {})\n", name, file, names.empty() ? "none" : names);
    return kExitUsage;
  }
  const ir::Prompt& prompt = *it->second;
  bool bad = false;
  for (const std::string& kv : options.inputs) {
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::cerr << "aep render: error: `--input " << kv << "` must be name=value\n";
      return kExitUsage;
    }
    std::string key = kv.substr(0, eq), error;
    Json v = ir::parse_input_value(prompt, key, kv.substr(eq + 1), error);
    if (!error.empty()) {
      std::cerr << "aep render: error: " << error << '\n';
      bad = true;
      continue;
    }
    values[key] = std::move(v);
  }
  if (bad) return kExitDiagnostics;
  ir::RenderResult result = ir::render_prompt(prompt, values);
  if (!result.ok()) {
    for (const auto& e : result.errors) std::cerr << "aep render: error: " << e << '\n';
    return kExitDiagnostics;
  }
  Json request = render::to_json(result.request, sources);
  if (!options.source_map) {
    std::cout << request.dump(2) << '\n';
    return kExitOk;
  }
  Json map = Json::array();
  for (const auto& e : result.source_map) {
    const SourceFile* f = sources.find(e.span.file);
    map.push_back({{"message", e.message}, {"begin", e.begin}, {"end", e.end},
                   {"file", f ? f->path() : ""}, {"line", e.span.line}, {"column", e.span.column},
                   {"source_begin", e.span.begin}, {"source_end", e.span.end}});
  }
  std::cout << Json{{"request", request}, {"source_map", map}}.dump(2) << '\n';
  return kExitOk;
}

AEP_COMMAND("render", 36, [](CLI::App& app) {
  auto options = std::make_shared<RenderOptions>();
  auto* sub = app.add_subcommand("render", "Fill a prompt with input values and print the provider-neutral request");
  sub->description(
      "Resolve FILE#Prompt, check the input values against its typed inputs (missing,\n"
      "unknown and mistyped values are errors naming the input and what was\n"
      "expected), fill its templates and print the provider-neutral request as JSON\n"
      "(what `aep lower` turns into a provider payload). Inputs come from --inputs\n"
      "(a JSON object) and --input name=value (raw text for string and enum inputs,\n"
      "JSON for the others; later ones win). --source-map wraps the output as\n"
      "{\"request\": ..., \"source_map\": [...]}, mapping byte ranges of each\n"
      "message's text back to .aep file, line and column.\n\n"
      "Exit status: 0 rendered, 1 the program or the inputs have errors, 2 bad\n"
      "command line, missing file or unknown prompt.\n\n"
      "Examples:\n"
      "  aep render examples/support/support/triage.aep#TriageTicket --input ticket='I was charged twice'\n"
      "  aep render prompts.aep#Summarize --inputs inputs.json --source-map");
  sub->add_option("target", options->target, "FILE#Prompt")->required();
  sub->add_option("--input", options->inputs, "An input value, name=value (repeatable)");
  sub->add_option("--inputs", options->inputs_file, "A JSON file holding an object of input values");
  sub->add_flag("--source-map", options->source_map, "Also print the map from output text to .aep spans");
  add_diag_output_options(sub, options->output);
  return [options] { return run(*options); };
});

}  // namespace
}  // namespace aep::cli
