// `aep explain FILE#Prompt`: how a prompt was put together. Prints its C3
// linearization, its mixins, and for every section, input, tool and config key
// where it came from (module, prompt, file and line), in text or JSON. With
// --dump-ir it prints the resolved IR instead (the golden-test form), for one
// prompt or every prompt of the file.
#include <iostream>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"

namespace aep::cli {
namespace {

struct ExplainOptions {
  std::string target;  // FILE or FILE#Prompt
  bool dump_ir = false;
  DiagOutputOptions output;
};

std::string where(const SourceManager& sources, const Span& span) {
  const SourceFile* f = sources.find(span.file);
  return f ? fmt::format("{}:{}", f->path(), span.line) : std::string("?");
}

void collect_sections(const ir::Segments& segs, const std::string& role,
                      std::vector<std::pair<std::string, const ir::Section*>>& out) {
  for (const auto& s : segs) {
    if (s.kind == ir::SegmentKind::Section) out.emplace_back(role, s.section.get());
    collect_sections(s.body, role, out);
    for (const auto& b : s.branches) collect_sections(b.body, role, out);
  }
}

nlohmann::ordered_json origin_json(const SourceManager& sources, const ir::Origin& o) {
  return {{"module", o.module}, {"decl", o.decl}, {"at", where(sources, o.span)}};
}

int explain(const ir::Prompt& p, const SourceManager& sources, bool json) {
  std::vector<std::pair<std::string, const ir::Section*>> sections;
  for (const auto& m : p.messages) {
    if (m.kind == ir::MessageKind::Block) collect_sections(m.body, std::string(ast::to_string(m.role)), sections);
  }
  if (json) {
    nlohmann::ordered_json j;
    j["prompt"] = p.qualified;
    j["at"] = where(sources, p.span);
    j["abstract"] = p.is_abstract;
    j["linearization"] = p.linearization;
    j["mixins"] = p.mixins;
    auto& js = j["sections"] = nlohmann::ordered_json::array();
    for (const auto& [role, s] : sections) {
      nlohmann::ordered_json e{{"message", role}, {"name", s->name}, {"from", origin_json(sources, s->origin)}};
      e["history"] = nlohmann::ordered_json::array();
      for (const auto& c : s->contributors) e["history"].push_back(origin_json(sources, c));
      e["final"] = s->is_final;
      e["required"] = s->is_required;
      js.push_back(std::move(e));
    }
    auto& jc = j["config"] = nlohmann::ordered_json::object();
    for (const auto& [k, v] : p.config) jc[k] = {{"value", ir::expression_text(v.value)}, {"from", origin_json(sources, v.origin)}};
    auto& jt = j["targets"] = nlohmann::ordered_json::object();
    for (const auto& [t, map] : p.targets) {
      for (const auto& [k, v] : map) jt[t][k] = {{"value", ir::expression_text(v.value)}, {"from", origin_json(sources, v.origin)}};
    }
    auto& ji = j["inputs"] = nlohmann::ordered_json::object();
    for (const auto& in : p.inputs) {
      ji[in.name] = {{"type", sema::type_name(in.type)}, {"from", origin_json(sources, in.origin)}};
    }
    auto& jtools = j["tools"] = nlohmann::ordered_json::object();
    for (const auto& t : p.tools) jtools[t.name] = origin_json(sources, t.origin);
    if (p.output) j["output"] = {{"type", sema::type_name(p.output->type)}, {"from", origin_json(sources, p.output->origin)}};
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  auto from = [&](const ir::Origin& o) { return fmt::format("{}.{} ({})", o.module, o.decl, where(sources, o.span)); };
  std::cout << (p.is_abstract ? "abstract prompt " : "prompt ") << p.qualified << "  " << where(sources, p.span) << '\n';
  std::cout << "linearization:\n";
  for (std::size_t i = 0; i < p.linearization.size(); ++i) std::cout << fmt::format("  {}. {}\n", i + 1, p.linearization[i]);
  if (!p.mixins.empty()) {
    std::cout << "mixins:\n";
    for (const auto& m : p.mixins) std::cout << "  " << m << '\n';
  }
  std::cout << "sections:\n";
  for (const auto& [role, s] : sections) {
    std::cout << fmt::format("  {}.{}{}{}  from {}\n", role, s->name, s->is_final ? " (final)" : "",
                             s->is_required ? " (required, unfilled)" : "", from(s->origin));
    for (auto it = s->contributors.rbegin(); it != s->contributors.rend(); ++it) std::cout << "      over " << from(*it) << '\n';
  }
  if (!p.inputs.empty()) std::cout << "inputs:\n";
  for (const auto& in : p.inputs) std::cout << fmt::format("  {}: {}  from {}\n", in.name, sema::type_name(in.type), from(in.origin));
  if (p.output) std::cout << fmt::format("output:\n  {}  from {}\n", sema::type_name(p.output->type), from(p.output->origin));
  if (!p.tools.empty()) std::cout << "tools:\n";
  for (const auto& t : p.tools) std::cout << fmt::format("  {}  from {}\n", t.name, from(t.origin));
  if (!p.config.empty()) std::cout << "config:\n";
  for (const auto& [k, v] : p.config) {
    std::cout << fmt::format("  {} = {}  from {}\n", k, ir::expression_text(v.value), from(v.origin));
  }
  for (const auto& [t, map] : p.targets) {
    std::cout << "target " << t << ":\n";
    for (const auto& [k, v] : map) {
      std::cout << fmt::format("  {} = {}  from {}\n", k, ir::expression_text(v.value), from(v.origin));
    }
  }
  for (const auto& s : p.shadowings) {
    std::cout << fmt::format("note: section `{}` of {} is hidden by {}\n", s.section, from(s.hidden), from(s.kept));
  }
  return kExitOk;
}

int run(const ExplainOptions& options) {
  std::string file = options.target, prompt;
  if (auto hash = file.rfind('#'); hash != std::string::npos) {
    prompt = file.substr(hash + 1);
    file = file.substr(0, hash);
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    std::cerr << "aep explain: error: `" << file << "` is not a file\n";
    return kExitUsage;
  }
  auto project = load_project(file);
  if (!project) {
    std::cerr << "aep explain: error: " << project.error().message << '\n';
    return kExitUsage;
  }
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program = sema::check_files(*project, {std::filesystem::path(file)}, sources, sink);
  if (options.output.json()) {
    std::cerr << diagnostics_json({&sink}, sources, program.modules.size()).dump(2) << '\n';
  } else {
    print_diagnostics_text(std::cerr, sink, sources, options.output.use_color(STDERR_FILENO));
    if (sink.error_count() > 0 || sink.warning_count() > 0) {
      std::cerr << count_summary(sink.error_count(), sink.warning_count()) << '\n';
    }
  }
  // The entry file is the first module loaded.
  std::string module = program.modules.empty() ? "" : program.modules.front()->path;
  std::vector<const ir::Prompt*> chosen;
  for (const auto& [name, p] : program.prompts) {
    if (p->module != module) continue;
    if (prompt.empty() || p->name == prompt) chosen.push_back(p.get());
  }
  // Order by position in the file, not by name.
  std::sort(chosen.begin(), chosen.end(), [](const ir::Prompt* a, const ir::Prompt* b) { return a->span.begin < b->span.begin; });
  if (!prompt.empty() && chosen.empty()) {
    std::cerr << fmt::format("aep explain: error: no prompt `{}` in `{}`{}\n", prompt, file,
                             sink.has_errors() ? " (or it has errors that stop its resolution)" : "");
    return sink.has_errors() ? kExitDiagnostics : kExitUsage;
  }
  if (prompt.empty() && !options.dump_ir) {
    if (chosen.empty()) {
      std::cerr << "aep explain: the file declares no prompt\n";
    } else {
      std::cerr << "aep explain: name a prompt: ";
      for (std::size_t i = 0; i < chosen.size(); ++i) std::cerr << (i ? ", " : "") << file << '#' << chosen[i]->name;
      std::cerr << '\n';
    }
    return sink.has_errors() ? kExitDiagnostics : kExitUsage;
  }
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (options.dump_ir) {
      if (i) std::cout << '\n';
      std::cout << ir::dump_ir(*chosen[i]);
    } else {
      explain(*chosen[i], sources, options.output.json());
    }
  }
  return sink.has_errors() ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("explain", 35, [](CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  auto* sub = app.add_subcommand("explain", "Show how a prompt is assembled: linearization and where each part came from");
  sub->description(
      "Resolve a prompt (imports, inheritance, mixins, fragments) and show its C3\n"
      "linearization, its mixins, and for every section, input, tool and config key\n"
      "the module, prompt, file and line it came from. --format json prints the same\n"
      "as one JSON object. --dump-ir prints the resolved IR (the golden-test form)\n"
      "of the named prompt, or of every prompt in FILE when no prompt is named.\n"
      "Diagnostics go to standard error.\n\n"
      "Exit status: 0 no errors, 1 the program has errors, 2 bad command line, a\n"
      "missing file or an unknown prompt.\n\n"
      "Examples:\n"
      "  aep explain examples/support/support/triage.aep#TriageTicket\n"
      "  aep explain --format json examples/support/support/escalation.aep#EnterpriseTriage\n"
      "  aep explain --dump-ir examples/support/support/reply.aep");
  sub->add_option("target", options->target, "FILE#Prompt (or FILE with --dump-ir)")->required();
  sub->add_flag("--dump-ir", options->dump_ir, "Print the resolved IR instead of the explanation");
  add_diag_output_options(sub, options->output);
  return [options] { return run(*options); };
});

}  // namespace
}  // namespace aep::cli
