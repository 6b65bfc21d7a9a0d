// LintContext's on-demand views: rendering with placeholder inputs, lowering
// per configured target, token counts. Each is computed once per prompt (and
// target) and kept for the run, since several rules ask for the same thing.
#include "compiler/lint/context.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "compiler/build/build_config.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::lint {
namespace {

// A value of `type` that passes render's input validation, so a prompt whose
// inputs have no defaults still renders: strings show the input's name in
// angle brackets, numbers are 0, collections empty, enums their first value.
nlohmann::ordered_json placeholder(const sema::TypeRef& type, const std::string& name, int depth = 0) {
  if (!type || depth > 16) return nullptr;
  switch (type->tag) {
    case sema::TypeTag::String: return "<" + name + ">";
    case sema::TypeTag::Int: return 0;
    case sema::TypeTag::Float: return 0.0;
    case sema::TypeTag::Bool: return false;
    case sema::TypeTag::Json: return nlohmann::ordered_json::object();
    case sema::TypeTag::Messages:
    case sema::TypeTag::List: return nlohmann::ordered_json::array();
    case sema::TypeTag::Map: return nlohmann::ordered_json::object();
    case sema::TypeTag::Enum:
      return type->values.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(type->values.front().name);
    case sema::TypeTag::Record: {
      nlohmann::ordered_json out = nlohmann::ordered_json::object();
      for (const auto& f : type->fields) out[f.name] = placeholder(f.type, name + "." + f.name, depth + 1);
      return out;
    }
    case sema::TypeTag::Null: return nullptr;
  }
  return nullptr;
}

}  // namespace

LintContext::LintContext(Init init)
    : sources_(init.sources),
      project_(init.project),
      modules_(init.modules),
      program_(init.program),
      targets_(std::move(init.targets)),
      capabilities_(std::move(init.capabilities)) {
  if (!modules_->empty()) current_ = &modules_->front();
  for (const LintModule& m : *modules_) {
    for (const auto& decl : m.ast->decls) {
      if (decl->kind == ast::DeclKind::Test || decl->kind == ast::DeclKind::Eval) {
        tests_.push_back(static_cast<const ast::TestDecl*>(decl.get()));
      }
    }
  }
  if (!capabilities_) capabilities_ = std::make_shared<targets::CapabilityTable>(targets::CapabilityTable::builtin());
}

LintContext::~LintContext() = default;

void LintContext::set_current(const LintModule* module) {
  current_ = module;
  std::lock_guard lock(mutex_);
  memo_.clear();  // first: views may point into the caches below
  lowered_.clear();
  rendered_.clear();
}

const LintModule* LintContext::find_module(std::string_view path) const {
  for (const LintModule& m : *modules_) {
    if (m.path == path) return &m;
  }
  return nullptr;
}

std::string_view LintContext::text(Span span) const {
  const SourceFile* file = sources_->find(span.file);
  if (file == nullptr) return {};
  std::string_view all = file->text();
  if (span.begin > span.end || span.end > all.size()) return {};
  return all.substr(span.begin, span.end - span.begin);
}

const ir::RenderResult* LintContext::rendered(const ir::Prompt& prompt) const {
  std::lock_guard lock(mutex_);
  auto it = rendered_.find(&prompt);
  if (it == rendered_.end()) {
    std::unique_ptr<ir::RenderResult> result;
    if (!prompt.is_abstract) {
      nlohmann::ordered_json inputs = nlohmann::ordered_json::object();
      // Sized once: an ordered_json object grows by copying its entries.
      inputs.get_ref<nlohmann::ordered_json::object_t&>().reserve(prompt.inputs.size());
      for (const ir::Input& in : prompt.inputs) {
        if (in.default_value == nullptr) inputs[in.name] = placeholder(in.type, in.name);
      }
      try {
        // No rule reads the source map (findings point at IR spans), and
        // building it is a fifth of a render; the text is the same without it.
        ir::RenderOptions options;
        options.source_map = false;
        // What ir::render_prompt does, rendering straight into the result
        // kept here instead of moving it out of a temporary.
        auto r = std::make_unique<ir::RenderResult>();
        ir::compile_render_plan(prompt).render_into(inputs, *r, options);
        if (r->ok()) result = std::move(r);
      } catch (const std::exception&) {
        // A renderer bug must not take the linter down; the rules that need a
        // rendering simply have none for this prompt.
      }
    }
    it = rendered_.emplace(&prompt, std::move(result)).first;
  }
  return it->second.get();
}

const LoweredPayload* LintContext::lowered(const ir::Prompt& prompt, const ConfiguredTarget& target) const {
  const ir::RenderResult* r = rendered(prompt);
  if (r == nullptr) return nullptr;
  std::lock_guard lock(mutex_);
  auto key = std::make_pair(&prompt, target.target.name + "\n" + target.model.value_or(""));
  auto it = lowered_.find(key);
  if (it == lowered_.end()) {
    auto out = std::make_unique<LoweredPayload>();
    DiagnosticSink sink;
    targets::LowerOptions options;
    options.model = target.model;
    if (!options.model && target.default_model) {
      // The model `aep build` would use: the prompt's target block wins over [targets.X] model.
      build::BuildConfig defaults;
      defaults.target_defaults[target.target.name].model = target.default_model;
      options.model = build::configured_model(defaults, r->request, target.target);
    }
    try {
      out->result = targets::lower(r->request, target.target, *capabilities_, sink, options);
    } catch (const std::exception&) {
      out->result.ok = false;
    }
    out->diagnostics = sink.diagnostics();
    it = lowered_.emplace(std::move(key), std::move(out)).first;
  }
  return it->second.get();
}

Expected<std::string> LintContext::read_file(std::string_view path, const LintModule& from) const {
  namespace fs = std::filesystem;
  auto resolved = project_->resolve_inside(fs::path(std::string(path)), project_->root);
  {
    std::lock_guard lock(mutex_);
    // Recorded even when missing: creating the file must re-check the module.
    std::string key = resolved ? resolved->string() : (project_->root / std::string(path)).lexically_normal().string();
    file_reads_[&from].push_back(std::move(key));
  }
  if (!resolved) return resolved.error();
  std::ifstream in(*resolved, std::ios::binary);
  if (!in) return Error{"cannot read `" + std::string(path) + "`"};
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

std::vector<std::string> LintContext::files_read_for(const LintModule& module) const {
  std::lock_guard lock(mutex_);
  auto it = file_reads_.find(&module);
  if (it == file_reads_.end()) return {};
  std::vector<std::string> out = it->second;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::size_t> LintContext::count_tokens(std::string_view text, std::string_view model) const {
  auto encoding = model.empty() ? tokenizer::Encoding::get("o200k_base") : tokenizer::Encoding::for_model(model);
  if (!encoding && !model.empty()) encoding = tokenizer::Encoding::get("o200k_base");
  if (!encoding) return std::nullopt;
  auto n = (*encoding)->count(text, tokenizer::SpecialPolicy::ordinary());
  if (!n) return std::nullopt;
  return *n;
}

}  // namespace aep::lint
