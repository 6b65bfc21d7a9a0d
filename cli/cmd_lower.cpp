// `aep lower`: prints the exact provider payload for a neutral Request JSON
// (the form compiler/render/request.hpp defines). Useful now for testing the
// backends and kept later as a debugging command next to `aep render`.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/render/request.hpp"
#include "compiler/targets/capabilities.hpp"
#include "compiler/targets/target.hpp"

namespace aep::cli {
namespace {

// Parses `text`; on failure prints `path:line:column: invalid JSON: why` and
// returns a discarded value, so the user can go straight to the broken byte.
render::Json parse_json_or_report(const std::string& text, const std::string& path) {
  try {
    return render::Json::parse(text);
  } catch (const render::Json::parse_error& e) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    std::string why = e.what();
    // Drop nlohmann's "[json.exception...] parse error at line L, column C: "
    // prefix: the location is already in front, in the usual file:line:col form.
    if (auto at = why.find(": syntax error"); at != std::string::npos) why = why.substr(at + 2);
    std::cerr << fmt::format("aep lower: {}:{}:{}: invalid JSON: {}\n", path, line, column, why);
    return render::Json(render::Json::value_t::discarded);
  }
}

// Collects the "file" of every span object in the request JSON.
void span_files(const render::Json& j, std::vector<std::string>& out) {
  if (j.is_object()) {
    auto f = j.find("file");
    if (f != j.end() && f->is_string() && j.contains("line")) out.push_back(f->get<std::string>());
    for (const auto& [key, value] : j.items()) span_files(value, out);
  } else if (j.is_array()) {
    for (const auto& value : j) span_files(value, out);
  }
}

// Where the .aep files named by the spans are, so diagnostics can show their
// lines: `aep render` writes paths relative to the folder it ran in, which is
// usually the current folder, while a hand-written request names them
// relative to itself. The request's folder wins when it holds the files.
std::string span_base_dir(const render::Json& json, const std::string& request_file) {
  std::string beside = std::filesystem::path(request_file).parent_path().string();
  if (beside.empty()) beside = ".";
  std::vector<std::string> files;
  span_files(json, files);
  auto holds_all = [&](const std::string& base) {
    std::error_code ec;
    for (const auto& f : files) {
      if (!std::filesystem::is_regular_file(std::filesystem::path(base) / f, ec)) return false;
    }
    return true;
  };
  if (files.empty() || holds_all(beside)) return beside;
  if (holds_all(".")) return ".";
  return beside;
}

struct LowerArgs {
  std::string target;
  std::string model;
  std::string request_file;
  std::string models_file;  // aep.toml (or JSON) with [models."name"] entries
  bool with_path = false;
  std::string diagnostics = "text";
};

int run(const LowerArgs& args) {
  SourceManager sources;
  DiagnosticSink sink;
  auto emit_diags = [&] {
    if (args.diagnostics == "json") {
      std::cerr << to_json(sink, sources).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      render_text(std::cerr, sink, sources, {want_color(2)});
    }
  };

  std::ifstream in(args.request_file, std::ios::binary);
  if (!in) {
    std::cerr << fmt::format("aep lower: cannot read `{}`\n", args.request_file);
    return kExitUsage;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto json = parse_json_or_report(text.str(), args.request_file);
  if (json.is_discarded()) {
    return kExitUsage;
  }
  auto request = render::request_from_json(json, sources, span_base_dir(json, args.request_file));
  if (!request) {
    std::cerr << fmt::format("aep lower: {}: {}\n", args.request_file, request.error().message);
    return kExitUsage;
  }

  auto target = targets::parse_target(args.target);
  if (!target) {
    targets::report_unknown_target(args.target, {}, sink);
    emit_diags();
    return kExitUsage;
  }

  targets::CapabilityTable table = targets::CapabilityTable::builtin();
  if (!args.models_file.empty()) {
    std::ifstream mf(args.models_file, std::ios::binary);
    if (!mf) {
      std::cerr << fmt::format("aep lower: cannot read `{}`\n", args.models_file);
      return kExitUsage;
    }
    std::ostringstream mtext;
    mtext << mf.rdbuf();
    FileId file = sources.add(args.models_file, mtext.str());
    if (args.models_file.size() > 5 && args.models_file.substr(args.models_file.size() - 5) == ".json") {
      auto mj = parse_json_or_report(mtext.str(), args.models_file);
      if (mj.is_discarded()) {
        return kExitUsage;
      }
      table.merge_json(mj, sink, sources.file(file).span(0, 0));
    } else {
      // toml++ is built with exceptions here: a syntax error is a parse_error.
      toml::table doc;
      try {
        doc = toml::parse(mtext.str(), args.models_file);
      } catch (const toml::parse_error& err) {
        std::cerr << fmt::format("aep lower: {}:{}:{}: {}\n", args.models_file, err.source().begin.line,
                                 err.source().begin.column, err.description());
        return kExitUsage;
      }
      table.merge_toml(doc, sink, file, &sources);
    }
    if (sink.has_errors()) {
      emit_diags();
      return kExitDiagnostics;
    }
  }

  targets::LowerOptions options;
  if (!args.model.empty()) options.model = args.model;
  targets::LoweringResult result = targets::lower(*request, *target, table, sink, options);
  if (!sink.diagnostics().empty()) emit_diags();
  if (!result.ok) return kExitDiagnostics;
  if (args.with_path) {
    render::Json wrapped = {{"method", result.method}, {"path", result.path}, {"body", result.payload}};
    std::cout << wrapped.dump(2, ' ', false, render::Json::error_handler_t::replace) << "\n";
  } else {
    std::cout << result.payload.dump(2, ' ', false, render::Json::error_handler_t::replace) << "\n";
  }
  return kExitOk;
}

AEP_COMMAND("lower", 60, [](CLI::App& app) {
  std::string targets_list;
  for (const std::string& t : targets::known_target_names()) targets_list += "\n    " + t;
  auto* sub = app.add_subcommand(
      "lower",
      "Print the exact provider payload for a neutral Request JSON\n\n"
      "Lowers REQUEST.json (the provider-neutral Request: messages, examples, tools, output\n"
      "schema, config; see docs/targets.md) for one target, checks the model's capabilities\n"
      "and prints the request body on stdout. Diagnostics go to stderr.\n"
      "Targets:" + targets_list + "\n"
      "Exit codes: 0 payload printed, 1 errors in the request for this target, 2 usage or I/O.");
  auto args = std::make_shared<LowerArgs>();
  sub->add_option("--target,-t", args->target, "target name (see the list above)")->required();
  sub->add_option("--model,-m", args->model, "model to use instead of the request's");
  sub->add_option("--models", args->models_file,
                  "aep.toml (or JSON) whose [models.\"name\"] tables extend the capability table");
  sub->add_flag("--with-path", args->with_path, "print {method, path, body} instead of the body alone");
  sub->add_option("--diagnostics", args->diagnostics, "diagnostics format on stderr: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  sub->add_option("REQUEST", args->request_file, "the neutral Request JSON file")->required();
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
