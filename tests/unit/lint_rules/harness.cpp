// The rule-test driver (harness.hpp).
#include "tests/unit/lint_rules/harness.hpp"

#include <fstream>
#include <random>

#include "compiler/sema/program.hpp"
#include "compiler/targets/target.hpp"

#include <toml++/toml.h>

namespace fs = std::filesystem;

namespace aep::lint::testing {

Project::Project(const Files& files, const std::string& toml_extra) {
  std::random_device rd;
  root = fs::temp_directory_path() / ("aep_lint_rules_" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(root);
  // Extra top-level keys (inline tables such as `lint = { targets = [...] }`) go first.
  std::ofstream(root / "aep.toml") << toml_extra << (toml_extra.empty() ? "" : "\n")
                                   << "[project]\nname = \"t\"\nroots = [\".\"]\n";
  for (const auto& [rel, text] : files) {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel, std::ios::binary) << text;
  }
}

Project::~Project() {
  std::error_code ec;
  fs::remove_all(root, ec);
}

namespace {

struct Collect final : Emitter {
  std::string_view rule;
  std::vector<Finding>* out;
  void emit(Finding f) override {
    f.rule = rule;
    out->push_back(std::move(f));
  }
};

}  // namespace

std::vector<Found> run(const std::string& id, const Files& files, const RunOptions& options) {
  Project tp(files, options.toml_extra);
  auto project = load_project(tp.root / "aep.toml");
  if (!project) throw std::runtime_error("project: " + project.error().message);
  SourceManager sources;
  DiagnosticSink sink;
  std::vector<fs::path> entries;
  for (const auto& [rel, text] : files) {
    if (rel.ends_with(".aep")) entries.push_back(tp.root / rel);
  }
  sema::LoadOptions load;
  load.whole_project = true;
  sema::Program program = sema::check_files(*project, entries, sources, sink, load);
  // A test input with a syntax error tests the parser's recovery, not the rule.
  bool syntax_errors = false;
  for (const Diagnostic& d : sink.diagnostics()) {
    if (!d.code().starts_with("E01") && !d.code().starts_with("E00")) continue;
    if (!options.allow_syntax_errors) throw std::runtime_error("syntax error in a test input: " + d.message);
    syntax_errors = true;
  }

  std::vector<LintModule> modules;
  for (const auto& m : program.modules) {
    LintModule lm;
    lm.file = &sources.file(m->file);
    lm.ast = m->ast.get();
    lm.path = m->path;
    lm.sema = syntax_errors ? nullptr : m.get();
    lm.syntax_errors = syntax_errors;
    lm.linted = !m->is_std;
    for (const auto& [name, p] : program.prompts) {
      if (p && p->module == m->path && !syntax_errors) lm.prompts.push_back(p.get());
    }
    modules.push_back(std::move(lm));
  }
  LintContext::Init init;
  init.sources = &sources;
  init.project = &*project;
  init.modules = &modules;
  init.program = syntax_errors ? nullptr : &program;
  // What the engine reads from aep.toml: `lint.targets` and `[models]`.
  std::vector<std::string> target_names = options.targets;
  auto capabilities = std::make_shared<targets::CapabilityTable>(targets::CapabilityTable::builtin());
  try {
    toml::table doc = toml::parse_file((tp.root / "aep.toml").string());
    if (const toml::array* list = doc["lint"]["targets"].as_array()) {
      for (const toml::node& n : *list) {
        if (auto s = n.value<std::string>()) target_names.push_back(*s);
      }
    }
    DiagnosticSink model_sink;
    if (const toml::table* models = doc["models"].as_table()) {
      toml::table wrapper;
      wrapper.insert("models", *models);
      capabilities->merge_toml(wrapper, model_sink);
    }
    if (model_sink.has_errors()) throw std::runtime_error("aep.toml models: " + model_sink.diagnostics().front().message);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(std::string("aep.toml: ") + e.what());
  }
  init.capabilities = capabilities;
  for (const std::string& t : target_names) {
    std::string name = t;
    std::optional<std::string> model;
    if (auto eq = name.find('='); eq != std::string::npos) {
      model = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    auto target = targets::parse_target(name);
    if (!target) throw std::runtime_error("unknown target " + name);
    init.targets.push_back({*target, model, std::nullopt});
  }
  LintContext ctx(std::move(init));

  std::vector<Finding> findings;
  std::optional<RunScratchScope> scratch;
  if (options.run_scratch) scratch.emplace();
  for (const Rule* rule : all_rules()) {
    if (!id.empty() && rule->info().id != id) continue;
    Collect out;
    out.rule = rule->info().id;
    out.out = &findings;
    if (rule->info().scope == RuleInfo::Scope::Project) {
      rule->check(ctx, out);
    } else {
      for (const LintModule& m : modules) {
        if (!m.linted) continue;
        ctx.set_current(&m);
        rule->check(ctx, out);
      }
    }
  }
  std::vector<Found> result;
  for (const Finding& f : findings) {
    Found r;
    r.rule = std::string(f.rule);
    const SourceFile* file = sources.find(f.span.file);
    if (file != nullptr) {
      r.file = fs::path(file->path()).lexically_relative(tp.root).generic_string();
      if (r.file.empty() || r.file.starts_with("..")) r.file = file->path();
      r.line = f.span.line;
      r.column = f.span.column;
      r.text = std::string(file->text().substr(f.span.begin, f.span.end - f.span.begin));
      if (f.fix && f.fix->span.file == f.span.file) {
        std::string t(file->text());
        r.fixed = t.substr(0, f.fix->span.begin) + f.fix->replacement + t.substr(f.fix->span.end);
      }
    }
    r.message = f.message;
    r.help = f.help;
    r.fix = f.fix;
    result.push_back(std::move(r));
  }
  return result;
}

std::vector<std::string> lines(const std::vector<Found>& found) {
  std::vector<std::string> out;
  for (const Found& f : found) out.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
  return out;
}

}  // namespace aep::lint::testing
