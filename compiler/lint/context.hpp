// LintContext: everything a rule may look at, built by the engine once per
// run. Module-scope rules get the module they check (module()); project-scope
// rules iterate modules(). Expensive views (a prompt rendered with
// placeholder inputs, its payload lowered for a configured target, token
// counts) are computed on first use and cached while the context checks one
// module, so ten rules asking for the same payload cost one lowering.
//
// Partial input is normal here: a file with syntax errors has a partial AST
// (module().ast may lack declarations, names may be empty), and when sema did
// not run or reported errors for the project, program() is null and
// module().prompts is empty. Rules must check what they use.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ast/module.hpp"
#include "compiler/diag/diagnostic.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/lint/rule.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/project.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/targets/capabilities.hpp"
#include "compiler/targets/target.hpp"

namespace aep::lint {

// One module of the project as the linter sees it.
struct LintModule {
  const SourceFile* file = nullptr;       // never null
  const ast::Module* ast = nullptr;       // never null; partial when syntax_errors
  bool syntax_errors = false;
  std::string path;                       // module path ("support.triage")
  const sema::Module* sema = nullptr;     // null when sema did not run
  std::vector<const ir::Prompt*> prompts; // resolved prompts declared here (empty without sema)
  bool linted = true;                     // false for modules loaded only as dependencies
};

// A target named in aep.toml (`[lint] targets = [...]`, else `[build] targets`).
struct ConfiguredTarget {
  targets::Target target;
  std::optional<std::string> model;  // `[lint] targets = ["anthropic=claude-..."]`: checked against this model
  // `[targets.X] model` in aep.toml: the model `aep build` uses for this
  // target unless the prompt's own target block sets one (build::configured_model).
  std::optional<std::string> default_model;
};

// A prompt lowered for one target: the payload and the capability and
// dialect diagnostics (E06xx/W06xx) lowering reported.
struct LoweredPayload {
  targets::LoweringResult result;
  std::vector<Diagnostic> diagnostics;
};

class LintContext {
 public:
  // Module scope: the module being checked. Calling it from a project-scope
  // rule is a programming error (it returns the first module).
  const LintModule& module() const { return *current_; }
  // Every module of the run (the linted ones and their dependencies), in
  // load order. Project-scope rules iterate these (skip `!linted` ones when
  // reporting).
  const std::vector<LintModule>& modules() const { return *modules_; }
  const LintModule* find_module(std::string_view path) const;

  const SourceManager& sources() const { return *sources_; }
  const Project& project() const { return *project_; }
  // The analysed program, or null when sema did not run (some loaded file
  // has syntax errors). Sema may have reported errors: prompts that failed
  // to resolve are then missing from LintModule::prompts.
  const sema::Program* program() const { return program_; }
  // Every `test` and `eval` declaration of the linted modules and their
  // dependencies (from the ASTs, so available without sema).
  const std::vector<const ast::TestDecl*>& tests() const { return tests_; }

  const std::vector<ConfiguredTarget>& targets() const { return targets_; }
  // Built-in model table merged with aep.toml's [models].
  const targets::CapabilityTable& capabilities() const { return *capabilities_; }

  // The text a span covers (empty for spans of another run's files).
  std::string_view text(Span span) const;

  // `prompt` rendered with placeholder inputs: each input takes its default,
  // else a placeholder of its type (strings "{{name}}"-like text, numbers 0,
  // lists empty). Null when rendering failed (abstract prompts, bad config).
  const ir::RenderResult* rendered(const ir::Prompt& prompt) const;
  // rendered(prompt) lowered for `target`; null when rendering failed.
  const LoweredPayload* lowered(const ir::Prompt& prompt, const ConfiguredTarget& target) const;
  // Reads a project file a module refers to (an eval's data file), resolved
  // against the project root and refused outside the project's roots. The
  // engine records the read so the on-disk cache re-checks `from` when the
  // file changes: rules must read files only through here.
  Expected<std::string> read_file(std::string_view path, const LintModule& from) const;
  // Tokens in `text` for `model` (its encoding; o200k_base when the model is
  // unknown or empty). nullopt when no tokenizer data is installed.
  std::optional<std::size_t> count_tokens(std::string_view text, std::string_view model = {}) const;

  // A view of `object` (a prompt, an eval's data line) that several rules
  // derive the same way (a prompt's instruction sentences, its input uses,
  // an eval's parsed data): built in place by `make(T&)`
  // (so views into its own buffers stay valid) on first use and
  // shared for the rest of the run, so the rules that need it pay once.
  // `tag` tells the views apart: the address of a static of the caller.
  template <class T, class Make>
  const T& memo(const void* object, const void* tag, Make&& make) const {
    {
      std::lock_guard lock(mutex_);
      if (auto it = memo_.find({object, tag}); it != memo_.end()) return *static_cast<const T*>(it->second.get());
    }
    // Built outside the lock (views are independent); a racing thread's copy loses.
    auto view = std::make_shared<T>();
    make(*view);
    std::shared_ptr<void> built = std::move(view);
    std::lock_guard lock(mutex_);
    auto [it, inserted] = memo_.emplace(std::make_pair(object, tag), std::move(built));
    return *static_cast<const T*>(it->second.get());
  }

  // Engine side ----------------------------------------------------------
  struct Init {
    const SourceManager* sources = nullptr;
    const Project* project = nullptr;
    const std::vector<LintModule>* modules = nullptr;
    const sema::Program* program = nullptr;
    std::vector<ConfiguredTarget> targets;
    std::shared_ptr<const targets::CapabilityTable> capabilities;
  };
  explicit LintContext(Init init);
  ~LintContext();
  LintContext(const LintContext&) = delete;
  LintContext& operator=(const LintContext&) = delete;
  // Focuses this context on one module. The render and lowering caches and
  // the memo() views of the previous module are dropped: rules ask for the
  // prompts of the module they check, and a run of 1,000 prompts that kept
  // every rendering and payload grew the heap into fresh pages (~5,000 page
  // faults) where freed ones are reused now.
  void set_current(const LintModule* module);

 private:
  const SourceManager* sources_;
  const Project* project_;
  const std::vector<LintModule>* modules_;
  const LintModule* current_ = nullptr;
  const sema::Program* program_;
  std::vector<const ast::TestDecl*> tests_;
  std::vector<ConfiguredTarget> targets_;
  std::shared_ptr<const targets::CapabilityTable> capabilities_;
  // On-demand caches (rules run on one thread per context; the mutex makes
  // sharing a context across threads safe should the engine do so).
  mutable std::mutex mutex_;
  mutable std::map<const ir::Prompt*, std::unique_ptr<ir::RenderResult>> rendered_;
  mutable std::map<std::pair<const ir::Prompt*, std::string>, std::unique_ptr<LoweredPayload>> lowered_;
  mutable std::map<const LintModule*, std::vector<std::string>> file_reads_;
  mutable std::map<std::pair<const void*, const void*>, std::shared_ptr<void>> memo_;

 public:
  // Canonical paths of the files read for `module` through read_file().
  std::vector<std::string> files_read_for(const LintModule& module) const;
};

}  // namespace aep::lint
