// The build pipeline. Output bytes depend only on the sources, aep.toml and
// the compiler: prompts are visited in name order, paths are relative to the
// project root, and nothing time- or machine-dependent enters the manifest
// (the creation time and the parent go to record.json, outside the hash).
#include "compiler/build/compile.hpp"

#include <map>

#include <fmt/format.h>

#include "compiler/build/build_config.hpp"
#include "compiler/build/labels.hpp"
#include "compiler/build/sha256.hpp"
#include "compiler/build/summary.hpp"
#include "compiler/build/template.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/targets/target.hpp"

namespace aep::build {
namespace fs = std::filesystem;

namespace {

// A diagnostic as a build stores it: file paths relative to the project root.
Json diag_json(const Diagnostic& d, const SourceManager& sources, const std::map<FileId, std::string>& rel) {
  auto where = [&](const Span& s) {
    Json j = Json::object();
    auto it = rel.find(s.file);
    const SourceFile* f = sources.find(s.file);
    j["file"] = it != rel.end() ? it->second : (f ? f->path() : "");
    j["line"] = s.line;
    j["column"] = s.column;
    return j;
  };
  Json j = {{"code", std::string(d.code())}, {"severity", std::string(severity_name(d.severity))}, {"message", d.message}};
  j["at"] = d.primary.valid() ? where(d.primary) : Json(nullptr);
  if (!d.notes.empty()) j["notes"] = d.notes;
  if (d.help) j["help"] = *d.help;
  return j;
}

}  // namespace

std::optional<std::string> default_parent(const Store& store) {
  if (auto labels = current_labels(store)) {
    if (auto it = labels->find("production"); it != labels->end()) return it->second;
  }
  auto ids = list_build_ids(store);
  if (ids.empty()) return std::nullopt;
  return ids.back();
}

Expected<BuildSummary> build_project(const Project& project, SourceManager& sources, DiagnosticSink& sink,
                                     const BuildOptions& options) {
  BuildSummary summary;
  BuildConfig config = read_build_config(project, sources, sink);
  if (sink.has_errors()) return summary;

  sema::LoadOptions load;
  load.whole_project = true;
  sema::Program program = sema::check_files(project, {}, sources, sink, load);
  summary.modules = program.modules.size();
  if (sink.has_errors()) return summary;  // a broken program has no trustworthy prompts

  auto store = open_store(store_folder(project, config, options.out), true);
  if (!store) return store.error();
  summary.store = *store;
  auto writer = BuildWriter::start(*store);
  if (!writer) return writer.error();

  // Snapshot: aep.toml and every project module, byte for byte as parsed.
  std::map<FileId, std::string> rel;
  Json sources_json = Json::object();
  Json stdlib_json = Json::object();
  std::string config_text = project.config_text;
  if (project.config_path.empty()) {
    // Without this file, loading the snapshot would climb to an enclosing
    // aep.toml (the store usually lies inside the project).
    config_text = fmt::format("# written by aep build: the project had no aep.toml\n[project]\nname = \"{}\"\n", project.name);
  }
  if (auto ok = writer->add_file("sources/aep.toml", config_text); !ok) return ok.error();
  sources_json["aep.toml"] = sha256_hex(config_text);
  std::vector<std::pair<std::string, const sema::Module*>> modules;
  for (const auto& m : program.modules) {
    if (m->is_std) {
      stdlib_json[m->path] = sha256_hex(sources.file(m->file).text());
      continue;
    }
    std::string r = m->disk.lexically_relative(project.root).generic_string();
    rel[m->file] = r;
    modules.emplace_back(r, m.get());
  }
  std::sort(modules.begin(), modules.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [r, m] : modules) {
    std::string_view text = sources.file(m->file).text();
    if (auto ok = writer->add_file("sources/" + r, text); !ok) return ok.error();
    sources_json[r] = sha256_hex(text);
  }

  std::vector<const ir::Prompt*> prompts;
  for (const auto& [name, p] : program.prompts) {
    if (!p->is_abstract) prompts.push_back(p.get());
  }
  Json prompts_json = Json::object();
  std::set<std::string> all_targets;
  std::size_t done = 0;
  for (const ir::Prompt* p : prompts) {
    std::string dir = "prompts/" + prompt_folder_name(p->qualified);
    Json entry = {{"dir", dir}, {"module", p->module}};
    if (auto ok = writer->add_file(dir + "/ir.txt", ir::dump_ir(*p)); !ok) return ok.error();
    if (auto ok = writer->add_json(dir + "/prompt.json", prompt_summary(*p)); !ok) return ok.error();
    PromptTemplate tmpl = make_template(*p);
    if (auto ok = writer->add_json(dir + "/inputs.json", tmpl.inputs_json()); !ok) return ok.error();
    entry["exact"] = tmpl.exact;
    Json targets_json = Json::object();
    if (!tmpl.rendered.ok()) {
      auto d = make_diag(DiagKind::BuildTemplateFailed, p->span,
                         fmt::format("prompt `{}` cannot be rendered into a payload template", p->qualified));
      for (const auto& e : tmpl.rendered.errors) d.note(e);
      d.help("fix what the notes name: a config value of the wrong type, or an input value the template cannot stand in for");
      sink.report(d);
      entry["error"] = "template";
      ++summary.failed_payloads;
    } else {
      const render::Request& request = tmpl.rendered.request;
      std::vector<std::string> names = config.targets;
      if (names.empty()) {
        // No configured targets: the one the prompt's model implies.
        const targets::ModelInfo* info =
            request.config.model ? config.capabilities.find(request.config.model->value) : nullptr;
        auto inferred = info ? default_target_for_provider(info->provider) : std::nullopt;
        if (!inferred) {
          Span at = request.config.model ? request.config.model->span : p->span;
          auto d = make_diag(DiagKind::BuildNoTarget, at,
                             request.config.model
                                 ? fmt::format("prompt `{}`: no target configured, and model `{}` names no known provider",
                                               p->qualified, request.config.model->value)
                                 : fmt::format("prompt `{}`: no target configured and no model set", p->qualified));
          d.help("list the targets in aep.toml: [build] targets = [\"openai-chat\", \"anthropic\"]");
          sink.report(d);
          entry["error"] = "no target";
          ++summary.failed_payloads;
        } else {
          names.push_back(*inferred);
        }
      }
      for (const std::string& name : names) {
        auto target = targets::parse_target(name);
        if (!target) continue;  // refused while reading aep.toml
        targets::LowerOptions lower_options;
        lower_options.model = configured_model(config, request, *target);
        DiagnosticSink local;
        targets::LoweringResult result = targets::lower(request, *target, config.capabilities, local, lower_options);
        Json diags = Json::array();
        for (const Diagnostic& d : local.diagnostics()) {
          diags.push_back(diag_json(d, sources, rel));
          sink.report(d);
        }
        if (auto ok = writer->add_json(dir + "/" + name + ".diagnostics.json", diags); !ok) return ok.error();
        Json t = {{"model", result.model}, {"ok", result.ok}, {"errors", local.error_count()},
                  {"warnings", local.warning_count()}};
        if (result.ok) {
          Json slots = Json::array();
          for (const auto& s : render::find_slots(result.payload)) slots.push_back({{"name", s.name}, {"pointer", s.json_pointer}});
          Json file = {{"prompt", p->qualified}, {"target", name}, {"model", result.model}, {"method", result.method},
                       {"path", result.path}, {"exact", tmpl.exact}, {"slots", slots}, {"payload", result.payload}};
          if (auto ok = writer->add_json(dir + "/" + name + ".json", file); !ok) return ok.error();
          ++summary.payloads;
        } else {
          ++summary.failed_payloads;
        }
        targets_json[name] = std::move(t);
        all_targets.insert(name);
      }
    }
    entry["targets"] = std::move(targets_json);
    prompts_json[p->qualified] = std::move(entry);
    ++summary.prompts;
    if (options.progress) options.progress(++done, prompts.size(), p->qualified);
  }

  if (sink.has_errors() && !options.keep_going) return summary;

  Json target_models = Json::object();
  for (const auto& [name, d] : config.target_defaults) {
    if (d.model) target_models[name] = *d.model;
  }
  Json manifest = Json::object();
  manifest["format"] = kBuildFormat;
  manifest["compiler"] = options.compiler_version;
  manifest["project"] = {{"name", project.name}, {"version", project.version}};
  manifest["targets"] = config.targets.empty() ? Json("per prompt model") : Json(config.targets);
  manifest["target_models"] = std::move(target_models);
  manifest["complete"] = !sink.has_errors();
  manifest["sources"] = std::move(sources_json);
  manifest["stdlib"] = std::move(stdlib_json);
  manifest["prompts"] = std::move(prompts_json);

  summary.parent = default_parent(*store);
  Json record = {{"parent", summary.parent ? Json(*summary.parent) : Json(nullptr)},
                 {"created", options.when.empty() ? utc_now() : options.when},
                 {"user", current_user()},
                 {"compiler", options.compiler_version}};
  auto committed = writer->commit(std::move(manifest), std::move(record));
  if (!committed) return committed.error();
  summary.existed = committed->existed;
  if (summary.existed) summary.parent = committed->build.parent();
  summary.build = std::move(committed->build);
  return summary;
}

}  // namespace aep::build
