// The lint rule interface: what a rule declares about itself (RuleInfo), what
// it reports (Finding, with an optional machine-applicable Fix) and how it is
// registered. Rules live one per file (or per small family) under
// compiler/lint/rules/ and register themselves with AEP_LINT_RULE, like the
// CLI's subcommands, so adding a rule touches one file. The engine
// (engine.hpp) decides what runs, filters by configuration and suppressions,
// and renders; a rule only looks at a LintContext and emits findings.
//
// Contract for rules: never crash on partial input (the AST of a file with
// syntax errors is partial, sema may not have run), never read files outside
// the project's roots (go through Project::resolve_inside), be deterministic
// (same input -> same findings in the same order), and mask secret-like text
// in messages (mask_secret()).
//
// Scope and the cache: a Module-scope rule may depend only on its module and
// what that module imports (transitively: parents, fragments, mixins, types),
// the project's aep.toml, and files read through LintContext::read_file();
// the on-disk cache re-checks a module exactly when one of those changes. A
// rule that needs to know who *uses* a declaration, or looks across unrelated
// modules (a prompt with no test anywhere, one model for every task), is
// Project scope.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/source/span.hpp"

namespace aep::lint {

enum class Category : std::uint8_t { Correctness, Portability, Security, Cost, Clarity, Evaluation };
enum class Level : std::uint8_t { Off, Note, Warning, Error };

std::string_view category_name(Category c);  // "correctness", ...
std::string_view level_name(Level l);        // "off", "note", "warning", "error"
std::optional<Category> parse_category(std::string_view text);
std::optional<Level> parse_level(std::string_view text);  // also accepts "warn", "info", "allow"/"ignore" (= off)

// A safe, machine-applicable edit: replace the bytes of `span` (in span.file)
// by `replacement`. `aep lint --fix` applies it; it must keep the file valid.
struct Fix {
  Span span;
  std::string replacement;
  std::string description;  // "remove the unused import"
};

struct Finding {
  std::string_view rule;           // filled by the engine from the emitting rule
  Span span;                       // primary location (must be a span of a real file)
  std::string message;             // lowercase, no trailing period, code in backticks
  std::optional<std::string> help;
  std::vector<std::pair<Span, std::string>> notes;  // secondary labelled spans
  std::optional<Fix> fix;
};

struct RuleInfo {
  enum class Scope : std::uint8_t { Module, Project };
  std::string_view id;            // kebab-case, stable: "unused-input"
  Category category;
  Level default_level;
  std::string_view summary;       // one line
  std::string_view rationale;     // one paragraph
  std::string_view bad_example;   // .aep text that fires
  std::string_view good_example;  // .aep text that does not
  bool fixable = false;
  Scope scope = Scope::Module;
};

class LintContext;  // compiler/lint/context.hpp

class Emitter {
 public:
  virtual void emit(Finding f) = 0;
  virtual ~Emitter() = default;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  // Module scope: once per linted module; Project scope: once per project
  // (only when the whole project is linted, see docs/lint.md).
  virtual void check(const LintContext& ctx, Emitter& out) const = 0;
};

// Every registered rule, sorted by id (ids are unique; a duplicate id aborts
// at start-up, since it is a programming error caught by any test run).
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id);

// "sk-proj-abcdefghijklmnopqrstuvwxyz1234" -> "sk-…1234": keeps a short
// recognisable prefix (up to the first '-' or 3 bytes) and the last 4 bytes.
std::string mask_secret(std::string_view secret);

// State a thread keeps for one whole run of the rules, across modules
// (LintContext::memo() views are dropped at each module). Rules keep here
// what they derive from text that many modules share: a parent's section
// text reaches every descendant's resolved prompt, so per-piece work done
// once per run instead of once per descendant stops being quadratic in the
// depth of an inheritance chain. The engine opens a RunScratchScope on each
// rule thread for the run; the scratch must not outlive the run (it holds
// views into the run's program). Outside a scope current() is null and
// rules fall back to per-module state.
class RunScratch {
 public:
  // The slot `tag` (the address of a static of the caller), default-built on first use.
  template <class T>
  T& slot(const void* tag) {
    for (auto& [t, p] : slots_) {
      if (t == tag) return *static_cast<T*>(p.get());
    }
    slots_.emplace_back(tag, std::make_shared<T>());
    return *static_cast<T*>(slots_.back().second.get());
  }

 private:
  std::vector<std::pair<const void*, std::shared_ptr<void>>> slots_;  // a handful of slots: a list is fastest
};

class RunScratchScope {
 public:
  // `free_at_end` false: the scratch is left to the OS when the scope ends
  // (a one-shot process, like LintOptions::free_memory == false), since
  // freeing tens of thousands of small objects one by one costs CPU for nothing.
  explicit RunScratchScope(bool free_at_end = true) : previous_(current_), free_at_end_(free_at_end) { current_ = &scratch_; }
  ~RunScratchScope() {
    current_ = previous_;
    if (!free_at_end_) static_cast<void>(std::make_unique<RunScratch>(std::move(scratch_)).release());
  }
  RunScratchScope(const RunScratchScope&) = delete;
  RunScratchScope& operator=(const RunScratchScope&) = delete;
  // This thread's scratch, or null outside a scope.
  static RunScratch* current() { return current_; }

 private:
  RunScratch scratch_;
  RunScratch* previous_;
  bool free_at_end_;
  static inline thread_local RunScratch* current_ = nullptr;
};

namespace detail {
void register_rule(std::unique_ptr<Rule> rule);
template <class R>
struct RuleRegistrar {
  RuleRegistrar() { register_rule(std::make_unique<R>()); }
};
}  // namespace detail

}  // namespace aep::lint

#define AEP_LINT_CONCAT_INNER(a, b) a##b
#define AEP_LINT_CONCAT(a, b) AEP_LINT_CONCAT_INNER(a, b)
// At namespace scope in a rule's .cpp file: AEP_LINT_RULE(UnusedInput);
#define AEP_LINT_RULE(RuleClass) \
  static ::aep::lint::detail::RuleRegistrar<RuleClass> AEP_LINT_CONCAT(aep_lint_rule_, __LINE__)
