// `aep render FILE#Prompt`: resolves a prompt, validates input values against
// its typed inputs, fills its templates, applies its token budget and prints
// the provider-neutral Request as JSON (the input of `aep lower`), or with
// `--target T` the exact provider payload. Input problems are diagnostics
// printed like any other (a malformed --inputs file with its line and
// column); the budget report goes to stderr.
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "compiler/build/build_config.hpp"
#include "compiler/build/load.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/targets/capabilities.hpp"
#include "compiler/targets/target.hpp"

namespace aep::cli {
namespace {

using Json = nlohmann::ordered_json;

struct RenderArgs {
  std::string spec;  // FILE#Prompt
  std::vector<std::string> inputs;
  std::string inputs_file;
  bool source_map = false;
  std::string target;
  std::string model;
  std::string build;  // render from this build (id, prefix or label) instead of the sources
  bool compact = false;
  DiagOutputOptions output;
};

// Reads the --inputs file into `values`. Malformed JSON and a value that is
// not an object are diagnostics located in the file (it is registered in
// `sources` so the caret shows the byte); an unreadable file is an I/O error.
bool read_inputs_file(const std::string& path, SourceManager& sources, DiagnosticSink& sink, Json& values,
                      std::string& io_error) {
  auto id = sources.load(path);
  if (!id) {
    io_error = id.error().message;
    return false;
  }
  const SourceFile& file = sources.file(*id);
  const std::string text(file.text());
  try {
    values = Json::parse(text);
  } catch (const Json::parse_error& e) {
    auto at = static_cast<std::uint32_t>(std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size()));
    std::string why = e.what();
    if (auto colon = why.find(": syntax error"); colon != std::string::npos) why = why.substr(colon + 2);
    sink.report(make_diag(DiagKind::InputsNotJson, file.span(at, std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(text.size()))),
                          fmt::format("the input values file is not valid JSON: {}", why))
                    .help("the file must hold one JSON object mapping input names to values"));
    return true;
  }
  if (!values.is_object()) {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    auto at = static_cast<std::uint32_t>(first == std::string::npos ? 0 : first);
    std::string kind = values.is_array() ? "a list" : values.is_string() ? "a string" : values.is_null() ? "null" : "a scalar";
    sink.report(make_diag(DiagKind::InputsNotObject, file.span(at, std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(text.size()))),
                          fmt::format("the input values file holds {}, not a JSON object of input names to values", kind))
                    .help("write {\"input_name\": value, ...}"));
    values = Json::object();
  }
  return true;
}

}  // namespace

// Turns a loaded program's prompt and input values into a rendered Request:
// the one place `aep render` does it, so a later `--build` path can reuse it.
ir::RenderResult render_request(const ir::Prompt& prompt, const Json& values, const std::string& model) {
  ir::RenderOptions options;
  options.model = model;
  return ir::render_prompt(prompt, values, options);
}

namespace {

int run(const RenderArgs& args) {
  auto hash = args.spec.rfind('#');
  if (hash == std::string::npos) {
    std::cerr << "aep render: error: name the prompt as FILE#Prompt\n";
    return kExitUsage;
  }
  std::string file = args.spec.substr(0, hash), name = args.spec.substr(hash + 1);
  std::error_code ec;
  if (args.build.empty() && !std::filesystem::is_regular_file(file, ec)) {
    std::cerr << "aep render: error: `" << file << "` is not a file\n";
    return kExitUsage;
  }
  std::optional<targets::Target> target;
  SourceManager sources;
  DiagnosticSink sink;
  auto emit = [&] {
    if (args.output.json()) {
      if (!sink.diagnostics().empty()) std::cerr << diagnostics_json({&sink}, sources, 1).dump(2) << '\n';
    } else if (!sink.diagnostics().empty()) {
      print_diagnostics_text(std::cerr, sink, sources, args.output.use_color(STDERR_FILENO));
      std::cerr << count_summary(sink.error_count(), sink.warning_count()) << '\n';
    }
  };
  if (!args.target.empty()) {
    target = targets::parse_target(args.target);
    if (!target) {
      targets::report_unknown_target(args.target, {}, sink);
      emit();
      return kExitUsage;
    }
  }
  auto project = load_project(file);
  if (!project) {
    std::cerr << "aep render: error: " << project.error().message << '\n';
    return kExitUsage;
  }
  // From a build: its verified source snapshot is analysed instead of the
  // working tree, so the request is exactly what the build compiled.
  std::unique_ptr<build::BuildProgram> from_build;
  sema::Program sources_program;
  const sema::Program* program = &sources_program;
  const Project* config_project = &*project;
  std::string module;
  if (!args.build.empty()) {
    auto store_root = build::locate_store(file, "");
    auto store = store_root ? build::open_store(*store_root, false) : Expected<build::Store>(store_root.error());
    auto built = store ? build::resolve_build(*store, args.build) : Expected<build::Build>(store.error());
    if (!built) {
      std::cerr << "aep render: error: " << built.error().message << '\n';
      return kExitUsage;
    }
    auto loaded = build::load_build_program(*built, sources, sink);
    if (!loaded) {
      emit();
      std::cerr << "aep render: error: " << loaded.error().message << '\n';
      return kExitUsage;
    }
    from_build = std::move(*loaded);
    program = &from_build->program;
    config_project = &from_build->project;
    module = sema::module_path_of(*project, std::filesystem::weakly_canonical(file)).value_or("");
  } else {
    sources_program = sema::check_files(*project, {std::filesystem::path(file)}, sources, sink);
    module = sources_program.modules.empty() ? "" : sources_program.modules.front()->path;
  }
  if (sink.has_errors()) {
    emit();
    return kExitDiagnostics;
  }
  auto it = program->prompts.find(module + "." + name);
  if (it == program->prompts.end()) {
    emit();
    std::string names;
    for (const auto& [q, p] : program->prompts) {
      if (p->module == module) names += (names.empty() ? "" : ", ") + p->name;
    }
    std::cerr << fmt::format("aep render: error: no prompt `{}` in `{}` (its prompts: {})\n", name, file, names.empty() ? "none" : names);
    return kExitUsage;
  }
  const ir::Prompt& prompt = *it->second;

  Json values = Json::object();
  if (!args.inputs_file.empty()) {
    std::string io_error;
    if (!read_inputs_file(args.inputs_file, sources, sink, values, io_error)) {
      emit();
      std::cerr << "aep render: error: " << io_error << '\n';
      return kExitUsage;
    }
  }
  for (const std::string& kv : args.inputs) {
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) {
      emit();
      std::cerr << "aep render: error: `--input " << kv << "` must be name=value\n";
      return kExitUsage;
    }
    std::string key = kv.substr(0, eq), error;
    Json v = ir::parse_input_value(prompt, key, kv.substr(eq + 1), error);
    if (!error.empty()) {
      const ir::Input* in = prompt.find_input(key);
      sink.report(make_diag(DiagKind::InputValueNotJson, in ? in->origin.span : prompt.span,
                            fmt::format("`--input {}`: `{}` is not a JSON value", key, kv.substr(eq + 1)))
                      .primary_label(in ? fmt::format("input `{}` ({}) is declared here", key, sema::type_name(in->type))
                                        : std::string("in this prompt"))
                      .help("only string and enum inputs take raw text; quote JSON strings (`--input n='\"x\"'`)"));
      continue;
    }
    values[key] = std::move(v);
  }
  if (sink.has_errors()) {
    emit();
    return kExitDiagnostics;
  }

  ir::RenderResult result = render_request(prompt, values, args.model);
  for (Diagnostic& d : result.diagnostics) sink.report(std::move(d));
  if (result.budget && !args.output.json()) std::cerr << ir::budget_report_text(*result.budget);
  if (!result.ok()) {
    emit();
    return kExitDiagnostics;
  }

  Json body;
  if (target) {
    // The capability table and per-target models of aep.toml ([models],
    // [targets.X] model), read the way `aep build` reads them.
    build::BuildConfig config = build::read_build_config(*config_project, sources, sink);
    targets::LowerOptions options;
    options.model = args.model.empty() ? build::configured_model(config, result.request, *target)
                                       : std::optional<std::string>(args.model);
    targets::LoweringResult lowered = targets::lower(result.request, *target, config.capabilities, sink, options);
    emit();
    if (!lowered.ok || sink.has_errors()) return kExitDiagnostics;
    body = std::move(lowered.payload);
  } else {
    emit();
    body = render::to_json(result.request, sources);
  }

  auto print = [&](const Json& j) {
    std::cout << (args.compact ? j.dump(-1, ' ', false, Json::error_handler_t::replace)
                               : j.dump(2, ' ', false, Json::error_handler_t::replace))
              << '\n';
  };
  Json map;
  if (args.source_map) {
    map = Json::array();
    for (const auto& e : result.source_map) {
      const SourceFile* f = sources.find(e.span.file);
      map.push_back({{"message", e.message}, {"begin", e.begin}, {"end", e.end},
                     {"file", f ? f->path() : ""}, {"line", e.span.line}, {"column", e.span.column},
                     {"source_begin", e.span.begin}, {"source_end", e.span.end}});
    }
  }
  if (args.output.json()) {
    Json out = Json::object();
    out[target ? "payload" : "request"] = std::move(body);
    if (result.budget) out["budget"] = ir::budget_report_json(*result.budget);
    if (args.source_map) out["source_map"] = std::move(map);
    print(out);
  } else if (args.source_map) {
    print(Json{{target ? "payload" : "request", std::move(body)}, {"source_map", std::move(map)}});
  } else {
    print(body);
  }
  return kExitOk;
}

AEP_COMMAND("render", 36, [](CLI::App& app) {
  auto args = std::make_shared<RenderArgs>();
  auto* sub = app.add_subcommand("render", "Fill a prompt with input values and print the request (or a provider payload)");
  std::string targets_list;
  for (const std::string& t : targets::known_target_names()) targets_list += "\n    " + t;
  sub->description(
      "Resolve FILE#Prompt, check the input values against its typed inputs, fill its\n"
      "templates, apply its token budget and print the provider-neutral request as JSON\n"
      "(what `aep lower` turns into a provider payload). With --target T, lower it and\n"
      "print the exact payload for that provider instead (the model: --model, else the\n"
      "prompt's target block, else `[targets.T] model` in aep.toml, else the prompt's).\n"
      "With --build B (a build id, a unique prefix or a label such as production), the\n"
      "prompt is rendered from that build's verified source snapshot, exactly as built.\n\n"
      "Inputs come from --inputs (a JSON file holding one object) and --input name=value\n"
      "(raw text for string and enum inputs, JSON for the others; --input wins). A\n"
      "missing, unknown or mistyped input is a diagnostic pointing at the input's\n"
      "declaration and naming the path inside the value (`tickets[3].priority: expected\n"
      "int, found string \"high\"`); a malformed --inputs file is reported at its line\n"
      "and column.\n\n"
      "Budgets: a prompt with `budget N tokens` drops or truncates its optional sections\n"
      "and history (those with a `priority`) until it fits, counting with the model's\n"
      "tokenizer (o200k_base when the model has no public one); what was removed is\n"
      "reported on stderr, or as \"budget\" in the --format json output. A budget that\n"
      "cannot be met is error E0700.\n\n"
      "Output: the request (or payload) JSON on stdout; --compact prints it on one line.\n"
      "--source-map wraps it as {\"request\": ..., \"source_map\": [...]}, mapping byte\n"
      "ranges of each message's text back to .aep file, line and column. --format json\n"
      "always wraps: {\"request\"|\"payload\": ..., \"budget\": ..., \"source_map\": ...},\n"
      "with diagnostics as JSON on stderr.\n\n"
      "Targets:" + targets_list + "\n\n"
      "Exit status: 0 rendered, 1 the program, the inputs or the payload have errors,\n"
      "2 bad command line, unknown target or prompt, unreadable file.\n\n"
      "Examples:\n"
      "  aep render examples/support/support/triage.aep#TriageTicket --input ticket='I was charged twice'\n"
      "  aep render prompts.aep#Summarize --inputs inputs.json --source-map\n"
      "  aep render prompts.aep#Summarize --inputs inputs.json --target anthropic --model claude-sonnet-4-5\n"
      "  aep render examples/support/support/triage.aep#TriageTicket --build production --target anthropic --input ticket=hi");
  sub->add_option("prompt", args->spec, "FILE#Prompt")->required();
  sub->add_option("--input", args->inputs, "An input value, name=value (repeatable)");
  sub->add_option("--inputs", args->inputs_file, "A JSON file holding an object of input values");
  sub->add_flag("--source-map", args->source_map, "Also print the map from output text to .aep spans");
  sub->add_option("--target,-t", args->target, "Lower for this target and print its payload (see the list above)");
  sub->add_option("--model,-m", args->model, "Use this model instead of the prompt's (payload and budget tokenizer)");
  sub->add_option("--build,-b", args->build, "Render from this build (id, unique prefix or label) instead of the sources");
  sub->add_flag("--compact", args->compact, "Print the JSON on one line");
  add_diag_output_options(sub, args->output);
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
