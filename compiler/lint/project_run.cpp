// One project's lint (see project_run.hpp and the pipeline in engine.hpp).
#include "compiler/lint/project_run.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include <sys/resource.h>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "compiler/lint/context.hpp"
#include "compiler/lint/heap_prefault.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/sema/suggest.hpp"
#include "compiler/syntax/parse.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::lint {
namespace fs = std::filesystem;

namespace {

// AEP_LINT_TIMING=1 prints where a run spends its time (stderr), per phase
// (wall and process CPU) and per rule (CPU of the threads that ran it): the
// benchmark's profile, without a profiler. CPU figures stay meaningful on a
// loaded machine, where wall time measures the other processes.
double cpu_ms(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
double thread_cpu_ms() { return cpu_ms(CLOCK_THREAD_CPUTIME_ID); }
// Minor page faults of the process: first touches of fresh heap memory, a
// large share of a cold run's system time.
long page_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

struct Timing {
  bool on = std::getenv("AEP_LINT_TIMING") != nullptr;
  std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
  double last_cpu = cpu_ms(CLOCK_PROCESS_CPUTIME_ID);
  long last_faults = page_faults();
  double last_thread = thread_cpu_ms();
  std::map<std::string, double> per_rule;
  void phase(std::string_view name) {
    if (!on) return;
    auto now = std::chrono::steady_clock::now();
    double cpu = cpu_ms(CLOCK_PROCESS_CPUTIME_ID);
    long faults = page_faults();
    double thread = thread_cpu_ms();
    // "this thread": the CPU of the thread that runs the phases, which is
    // the whole of a sequential phase (analyze) without helpers' CPU.
    std::fprintf(stderr, "aep lint timing: %-26.*s %8.1f ms wall %8.1f ms CPU %8.1f ms this thread %7ld page faults\n",
                 static_cast<int>(name.size()), name.data(),
                 std::chrono::duration<double, std::milli>(now - last).count(), cpu - last_cpu, thread - last_thread,
                 faults - last_faults);
    last = now;
    last_cpu = cpu;
    last_thread = thread;
    last_faults = faults;
  }
  // The thread CPU clock is a system call (no vDSO): read only when timing,
  // since a run checks tens of thousands of (module, rule) pairs.
  double rule_start() const { return on ? thread_cpu_ms() : 0.0; }
  void rule(std::string_view id, double started_cpu) {
    if (on) per_rule[std::string(id)] += thread_cpu_ms() - started_cpu;
  }
  void rules_report() {
    if (!on) return;
    std::vector<std::pair<double, std::string>> top;
    for (const auto& [id, ms] : per_rule) top.emplace_back(ms, id);
    std::sort(top.rbegin(), top.rend());
    // AEP_LINT_TIMING=all lists every rule, with the total of all of them.
    const char* env = std::getenv("AEP_LINT_TIMING");
    std::size_t shown = env != nullptr && std::string_view(env) == "all" ? top.size() : 12;
    double total = 0;
    for (std::size_t i = 0; i < top.size(); ++i) {
      total += top[i].first;
      if (i < shown) std::fprintf(stderr, "aep lint timing:   rule %-30s %8.1f ms CPU\n", top[i].second.c_str(), top[i].first);
    }
    std::fprintf(stderr, "aep lint timing:   all %zu rules %25.1f ms CPU\n", top.size(), total);
  }
};

// The display form sema gives files: relative to the working directory when
// inside it, else the canonical path.
std::string display_of(const fs::path& canonical) {
  std::error_code ec;
  fs::path rel = canonical.lexically_relative(fs::current_path(ec));
  if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
  return canonical.generic_string();
}

bool is_syntax_code(std::string_view code) {
  return code.starts_with("E01") || code.starts_with("E000");
}

class Collect final : public Emitter {
 public:
  explicit Collect(std::string_view rule) : rule_(rule) {}
  void emit(Finding f) override {
    f.rule = rule_;
    found.push_back(std::move(f));
  }
  std::vector<Finding> found;

 private:
  std::string_view rule_;
};

class Checks final : public SuppressionChecks {
 public:
  Checks(const LintConfig& config, const std::string& relative, bool whole, bool complete)
      : config_(config), relative_(relative), whole_(whole), complete_(complete) {}
  bool known(const std::string& id) const override {
    if (find_rule(id) != nullptr) return true;
    for (const auto& k : all_diag_kinds()) {
      if (k.code == id) return true;
    }
    return false;
  }
  bool active(const std::string& id) const override {
    if (!complete_) return false;
    const Rule* rule = find_rule(id);
    if (rule == nullptr) return true;  // a compiler warning code: always checked
    if (rule->info().scope == RuleInfo::Scope::Project && !whole_) return false;
    return config_.level_for(rule->info(), relative_) != Level::Off;
  }
  std::string suggest(const std::string& id) const override {
    std::vector<std::string> names;
    for (const Rule* r : all_rules()) names.emplace_back(r->info().id);
    auto s = sema::closest_name(id, names);
    return s ? *s : std::string();
  }

 private:
  const LintConfig& config_;
  const std::string& relative_;
  bool whole_;
  bool complete_;
};

// Loads the encoding LintContext::count_tokens() falls back to (and most
// models use); Encoding::get() keeps it for the process.
bool count_tokens_prefetch() { return static_cast<bool>(tokenizer::Encoding::get("o200k_base")); }

}  // namespace

// Whether the rules about to run will likely count tokens: a cost rule is on
// and the files to check hold enough text for one of them to count (they
// decide shorter texts from byte lengths alone; a short module with a long
// parent still counts, just without the head start).
std::size_t ProjectRun::text_bytes(const std::vector<FileState*>& misses) const {
  std::size_t bytes = 0;
  for (const FileState* f : misses) {
    if (auto it = texts_.find(fs::path(f->canonical)); it != texts_.end()) bytes += it->second.size();
  }
  if (whole_) {
    for (const auto& [path, text] : texts_) bytes += text.size();
  }
  return bytes;
}

bool ProjectRun::counts_tokens(const std::vector<FileState*>& misses, std::size_t bytes) const {
  static constexpr std::string_view kCounting[] = {"dynamic-before-cache-prefix", "over-budget", "oversized-few-shot",
                                                   "max-tokens-below-output"};
  if (bytes < 1024) return false;
  for (std::string_view id : kCounting) {
    const Rule* rule = find_rule(id);
    if (rule == nullptr) continue;
    for (const FileState* f : misses) {
      if (config_.level_for(rule->info(), f->relative) != Level::Off) return true;
    }
    if (misses.empty() && config_.level_for(rule->info(), "") != Level::Off) return true;
  }
  return false;
}

ProjectRun::ProjectRun(const Project& project, const LintOptions& options, std::string fingerprint, bool whole)
    : project_(project), options_(options), whole_(whole) {
  std::error_code ec;
  // Results hold display paths, which depend on the working directory.
  base_key_ = fingerprint + "\n" + fs::current_path(ec).string() + "\n";
}

fs::path ProjectRun::cache_file() const {
  if (!options_.cache_dir.empty()) {
    return options_.cache_dir / (sha256_hex(project_.root.string()).substr(0, 16) + ".bin");
  }
  return project_.root / ".aep-cache" / "lint.bin";
}

void ProjectRun::read_config(LintOutput& out) {
  FileId config_file = kNoFile;
  if (!project_.config_path.empty()) config_file = sources_.add(display_of(project_.config_path), project_.config_text);
  DiagnosticSink sink;
  config_ = parse_lint_config(project_.config_text, config_file, &sources_, sink);
  std::vector<std::string> errors;
  apply_command_line(config_, options_.select, options_.ignore, errors);
  for (std::string& e : errors) out.io_errors.push_back(std::move(e));
  std::vector<LintResult> results;
  std::vector<std::string> lines;
  for (const Diagnostic& d : sink.diagnostics()) {
    results.push_back(result_from_diagnostic(d, sources_));
    const SourceFile* f = sources_.find(d.primary.file);
    lines.emplace_back(f != nullptr && d.primary.line != 0 ? f->line_text(d.primary.line) : std::string_view());
  }
  fingerprint_results(results, lines);
  for (LintResult& r : results) out.results.push_back(std::move(r));
  base_key_ += config_.text_hash + "\n";
  for (const auto& s : options_.select) base_key_ += "+" + s;
  for (const auto& s : options_.ignore) base_key_ += "-" + s;
  base_key_ = sha256_hex(base_key_);
}

bool ProjectRun::read_files(LintOutput& out) {
  const std::uint64_t max_bytes = syntax::ParseOptions{}.max_file_bytes;
  bool any = false;
  for (FileState& f : files_) {
    std::error_code ec;
    auto size = fs::file_size(f.canonical, ec);
    if (ec) {
      out.io_errors.push_back(fmt::format("cannot read `{}`: {}", f.display, ec.message()));
      f.canonical.clear();
      continue;
    }
    if (size > max_bytes) {
      out.io_errors.push_back(fmt::format("`{}` is larger than {} MiB; not linted", f.display, max_bytes >> 20));
      f.canonical.clear();
      continue;
    }
    std::ifstream in(f.canonical, std::ios::binary);
    if (!in) {
      out.io_errors.push_back(fmt::format("cannot read `{}`", f.display));
      f.canonical.clear();
      continue;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = std::move(buffer).str();
    hashes_[f.canonical] = sha256_hex(text);
    texts_[fs::path(f.canonical)] = std::move(text);
    any = true;
  }
  std::erase_if(files_, [](const FileState& f) { return f.canonical.empty(); });
  return any;
}

std::string ProjectRun::own_hash(const std::string& canonical) {
  auto it = hashes_.find(canonical);
  if (it != hashes_.end()) return it->second;
  std::ifstream in(canonical, std::ios::binary);
  std::string hash = "missing";
  if (in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = std::move(buffer).str();
    hash = sha256_hex(text);
    texts_[fs::path(canonical)] = std::move(text);  // sema may need it: read once
  }
  hashes_[canonical] = hash;
  return hash;
}

// The key of a module: its bytes, the keys of the modules it imports
// (transitively) and the hashes of the files rules read for it. nullopt
// when the cache does not know the module's dependencies for these bytes.
std::optional<std::string> ProjectRun::deep_key(const std::string& canonical) {
  if (auto it = deep_memo_.find(canonical); it != deep_memo_.end()) return it->second;
  std::string own = own_hash(canonical);
  auto entry = cache_.modules.find(canonical);
  if (entry == cache_.modules.end() || entry->second.own_hash != own) {
    deep_memo_[canonical] = std::nullopt;
    return std::nullopt;
  }
  if (in_progress_.count(canonical)) return own;  // import cycle: the back edge counts by its bytes
  in_progress_.insert(canonical);
  std::string basis = base_key_ + own;
  std::optional<std::string> result;
  bool ok = true;
  for (const std::string& dep : entry->second.deps) {
    auto k = deep_key(dep);
    if (!k) {
      ok = false;
      break;
    }
    basis += "\n" + dep + " " + *k;
  }
  if (ok) {
    for (const std::string& data : entry->second.data_deps) basis += "\n" + data + " " + own_hash(data);
    result = sha256_hex(basis);
  }
  in_progress_.erase(canonical);
  deep_memo_[canonical] = result;
  return result;
}

std::string ProjectRun::project_key() {
  std::string basis = base_key_;
  for (const FileState& f : files_) {
    auto k = deep_key(f.canonical);
    basis += "\n" + f.canonical + " " + (k ? *k : "?" + own_hash(f.canonical));
  }
  return sha256_hex(basis);
}

void ProjectRun::lint(const std::vector<std::pair<std::string, fs::path>>& files, LintOutput& out) {
  Timing timing;
  read_config(out);
  std::set<std::string> seen;
  for (const auto& [display, canonical] : files) {
    if (!seen.insert(canonical.string()).second) continue;
    FileState f;
    f.display = display;
    f.canonical = canonical.string();
    f.relative = canonical.lexically_relative(project_.root).generic_string();
    files_.push_back(std::move(f));
  }
  // The tokenizer's rank table takes tens of milliseconds to load: when the
  // cost rules will count tokens, load it on another core before the rules
  // need it. Without the cache every file is checked, so the decision can be
  // made from the files' sizes now, and the load overlaps the reading and
  // hashing (one core) instead of the parse (both cores); with the cache it
  // waits for the lookup below.
  std::jthread tokenizer_prefetch;
  if (!options_.use_cache) {
    std::vector<FileState*> all;
    std::size_t bytes = 0;
    for (FileState& f : files_) {
      all.push_back(&f);
      std::error_code ec;
      auto size = fs::file_size(f.canonical, ec);
      if (!ec) bytes += static_cast<std::size_t>(size);
    }
    if (whole_) bytes *= 2;  // as text_bytes(): the checked files, then every file of the project
    if (counts_tokens(all, bytes)) tokenizer_prefetch = std::jthread([] { (void)count_tokens_prefetch(); });
  }
  if (!read_files(out)) return;
  timing.phase("read and hash files");
  if (options_.use_cache) cache_ = read_cache(cache_file());

  std::vector<FileState*> misses;
  for (FileState& f : files_) {
    auto key = deep_key(f.canonical);
    auto entry = cache_.modules.find(f.canonical);
    f.hit = key && entry != cache_.modules.end() && entry->second.linted && entry->second.key == *key;
    if (f.hit) {
      f.results = entry->second.results;
      f.suppressions = entry->second.suppressions;
      f.complete = entry->second.complete;
    } else {
      misses.push_back(&f);
    }
  }
  out.stats.files += files_.size();
  out.stats.cached += files_.size() - misses.size();
  bool project_hit = whole_ && misses.empty() && cache_.project_key == project_key();
  timing.phase("cache lookup");
  if (project_hit) project_results_ = cache_.project_results;

  bool need_load = !misses.empty() || (whole_ && !project_hit);
  // What the rules look at, in one allocation so it can be kept instead of
  // freed at the end (LintOptions::free_memory).
  struct Loaded {
    sema::Program program;
    std::vector<LintModule> modules;
    std::vector<std::unique_ptr<LintContext>> contexts;  // one per rule thread
  };
  auto loaded = std::make_unique<Loaded>();
  sema::Program& program = loaded->program;
  std::vector<LintModule>& modules = loaded->modules;
  std::vector<std::unique_ptr<LintContext>>& contexts = loaded->contexts;
  std::unique_ptr<LintContext> context;
  HeapPrefault prefault;  // started before analyze; joined (long done) on return
  if (need_load && !tokenizer_prefetch.joinable() && counts_tokens(misses, text_bytes(misses))) {
    tokenizer_prefetch = std::jthread([] { (void)count_tokens_prefetch(); });
  }
  if (need_load) {
    DiagnosticSink sink(1u << 24);
    sema::LoadOptions load;
    load.whole_project = whole_;
    load.texts = &texts_;
    load.jobs = options_.jobs;
    std::vector<fs::path> entries;
    if (whole_) {
      for (const FileState& f : files_) entries.emplace_back(f.canonical);
    } else {
      for (const FileState* f : misses) entries.emplace_back(f->canonical);
    }
    program = sema::load_program(project_, entries, sources_, sink, load);
    timing.phase("load and parse");
    std::set<FileId> syntax_bad;
    for (const Diagnostic& d : sink.diagnostics()) {
      if (is_syntax_code(d.code()) && d.severity == Severity::Error) syntax_bad.insert(d.primary.file);
    }
    // Sema over a partial AST would only restate the syntax errors.
    bool analysed = syntax_bad.empty();
    // Analyze runs on one thread and its time in a fresh process is half
    // page faults (heap_prefault.hpp): the idle core populates the heap it
    // is about to use. About 100 bytes of heap per byte of source when
    // analysed (1,000 modules of 1.5 KB with inheritance chains: ~115 MB for
    // analyze, the rest serves the rules on this thread); small projects
    // are not worth a thread.
    if (analysed && !options_.free_memory) {
      std::size_t source_bytes = 0;
      for (const auto& [path, text] : texts_) source_bytes += text.size();
      std::size_t bytes = std::min<std::size_t>(source_bytes * 96, std::size_t{192} << 20);
      if (bytes >= (std::size_t{16} << 20)) prefault.start(bytes);
    }
    if (analysed) sema::analyze(program, sink);
    timing.phase("analyze");
    out.stats.parsed += program.modules.size();

    std::map<std::string, std::vector<const ir::Prompt*>> prompts_of;
    for (const auto& [name, prompt] : program.prompts) prompts_of[prompt->module].push_back(prompt.get());
    std::map<std::string, FileState*> state_of;
    for (FileState& f : files_) state_of[f.canonical] = &f;
    std::map<FileId, std::size_t> module_of_file;
    for (const auto& m : program.modules) {
      if (m->is_std) continue;
      LintModule lm;
      lm.file = &sources_.file(m->file);
      lm.ast = m->ast.get();
      lm.syntax_errors = syntax_bad.count(m->file) > 0;
      lm.path = m->path;
      lm.sema = m.get();
      if (auto it = prompts_of.find(m->path); it != prompts_of.end()) lm.prompts = it->second;
      lm.linted = state_of.count(m->disk.string()) > 0;
      module_of_file[m->file] = modules.size();
      modules.push_back(std::move(lm));
    }
    {
      std::map<std::string, FileId> id_of_disk;
      for (const auto& m : program.modules) {
        if (!m->is_std) id_of_disk.emplace(m->disk.string(), m->file);
      }
      for (FileState& f : files_) {
        if (auto it = id_of_disk.find(f.canonical); it != id_of_disk.end()) f.id = it->second;
      }
    }
    std::map<FileId, FileState*> miss_of_file;
    for (FileState* f : misses) {
      if (f->id != kNoFile) miss_of_file[f->id] = f;
    }

    LintContext::Init init;
    init.sources = &sources_;
    init.project = &project_;
    init.modules = &modules;
    init.program = analysed ? &program : nullptr;
    init.targets = config_.targets;
    auto table = std::make_shared<targets::CapabilityTable>(targets::CapabilityTable::builtin());
    if (!project_.config_text.empty()) {
      try {
        toml::table doc = toml::parse(project_.config_text);
        DiagnosticSink ignored;  // aep.toml's model entries are checked by the commands that use them
        table->merge_toml(doc, ignored);
      } catch (const toml::parse_error&) {
      }
    }
    init.capabilities = table;
    LintContext::Init init_copy = init;
    context = std::make_unique<LintContext>(std::move(init));
    timing.phase("context");

    // Compiler diagnostics of the files being (re)checked.
    for (const Diagnostic& d : sink.diagnostics()) {
      const SourceFile* file = sources_.find(d.primary.file);
      if (file == nullptr) {
        out.io_errors.push_back(d.message);
        continue;
      }
      if (auto it = miss_of_file.find(d.primary.file); it != miss_of_file.end()) {
        it->second->results.push_back(result_from_diagnostic(d, sources_));
      }
    }
    // Module-scope rules (and project-scope ones), on both cores: each
    // thread has its own context (its render and lowering caches serve the
    // prompts of its modules) and writes only to the FileStates and project
    // items it was handed, so no locking is needed and the results do not
    // depend on the schedule.
    // Project-scope rules run on the same threads as the module rules.
    struct ProjectWork {
      const Rule* rule;
      std::vector<Finding> found;
      std::vector<std::string> errors;
    };
    std::vector<ProjectWork> project_work;
    if (whole_ && !project_hit) {
      for (const Rule* rule : all_rules()) {
        if (rule->info().scope == RuleInfo::Scope::Project) project_work.push_back({rule, {}, {}});
      }
    }
    unsigned jobs = options_.jobs != 0 ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(misses.size() + project_work.size())));
    contexts.push_back(std::move(context));
    for (unsigned t = 1; t < jobs; ++t) contexts.push_back(std::make_unique<LintContext>(init_copy));
    std::vector<std::vector<std::string>> errors(jobs);
    std::vector<Timing> timings(jobs);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> next_project{0};
    auto worker = [&](unsigned t) {
      LintContext& ctx = *contexts[t];
      // Per-thread state the rules keep across this thread's modules (text
      // inherited by many prompts is analysed once per run, not per prompt).
      RunScratchScope scratch(options_.free_memory);
      // Project rules first: each is one large item (it walks every
      // module), so the threads take them before the many small modules and
      // finish together. Module-scope views are not used by project rules.
      for (std::size_t k = next_project++; k < project_work.size(); k = next_project++) {
        ProjectWork& work = project_work[k];
        Collect collect(work.rule->info().id);
        double started = timings[t].rule_start();
        try {
          work.rule->check(ctx, collect);
        } catch (const std::exception& e) {
          work.errors.push_back(fmt::format("internal error in lint rule `{}`: {}", work.rule->info().id, e.what()));
        }
        timings[t].rule(work.rule->info().id, started);
        work.found = std::move(collect.found);
      }
      for (std::size_t i = next++; i < misses.size(); i = next++) {
        FileState* f = misses[i];
        auto mi = module_of_file.find(f->id);
        if (mi == module_of_file.end()) continue;
        const LintModule& lm = modules[mi->second];
        f->complete = analysed && !lm.syntax_errors;
        ctx.set_current(&lm);
        for (const Rule* rule : all_rules()) {
          if (rule->info().scope != RuleInfo::Scope::Module) continue;
          Level lv = config_.level_for(rule->info(), f->relative);
          if (lv == Level::Off) continue;
          Collect collect(rule->info().id);
          double started = timings[t].rule_start();
          try {
            rule->check(ctx, collect);
          } catch (const std::exception& e) {
            errors[t].push_back(fmt::format("internal error in lint rule `{}` on `{}`: {}", rule->info().id,
                                            f->display, e.what()));
          }
          timings[t].rule(rule->info().id, started);
          for (const Finding& finding : collect.found) {
            const SourceFile* file = sources_.find(finding.span.file);
            if (file == nullptr) file = lm.file;  // a rule that forgot the span: report at the module
            f->results.push_back(result_from_finding(finding, lv, *file, sources_));
          }
        }
        f->suppressions = find_suppressions(*lm.file, *lm.ast);
      }
    };
    {
      std::vector<std::jthread> threads;
      for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker, t);
      worker(0);
    }
    for (const auto& e : errors) out.io_errors.insert(out.io_errors.end(), e.begin(), e.end());
    for (const Timing& t : timings) {
      for (const auto& [id, ms] : t.per_rule) timing.per_rule[id] += ms;
    }
    timing.phase("module and project rules");
    // Project findings in rule order, whichever thread ran the rule. A
    // finding's level depends on its file's path under the root (overrides):
    // computed once per file, not once per finding.
    // The files being linted know theirs already (no path resolution).
    std::map<FileId, std::string> relative_of;
    for (const FileState& f : files_) {
      if (f.id != kNoFile) relative_of.emplace(f.id, f.relative);
    }
    for (ProjectWork& work : project_work) {
      for (std::string& e : work.errors) out.io_errors.push_back(std::move(e));
      for (const Finding& finding : work.found) {
        const SourceFile* file = sources_.find(finding.span.file);
        if (file == nullptr) continue;
        auto rel = relative_of.find(file->id());
        if (rel == relative_of.end()) {
          std::error_code ec;
          fs::path canonical = fs::weakly_canonical(fs::absolute(file->path(), ec), ec);
          rel = relative_of.emplace(file->id(), canonical.lexically_relative(project_.root).generic_string()).first;
        }
        Level lv = config_.level_for(work.rule->info(), rel->second);
        if (lv == Level::Off) continue;
        project_results_.push_back(result_from_finding(finding, lv, *file, sources_));
      }
    }

    timing.phase("project results");
    timing.rules_report();
    // Cache: record every loaded module's bytes and imports (so later runs
    // can key the modules that depend on them), then the results of the
    // modules checked now under their new keys.
    if (options_.use_cache) {
      for (const auto& m : program.modules) {
        if (m->is_std || m->disk.empty()) continue;
        std::string canonical = m->disk.string();
        // Sema read the bytes this run hashed (LoadOptions::texts); others are hashed now.
        auto known = hashes_.find(canonical);
        bool same_text = known != hashes_.end() && texts_.count(m->disk) > 0;
        std::string own = same_text ? known->second : sha256_hex(sources_.file(m->file).text());
        hashes_[canonical] = own;
        std::vector<std::string> deps;
        for (const auto& [target, import] : m->deps) {
          const auto& dep = program.modules[target];
          if (!dep->is_std && !dep->disk.empty()) deps.push_back(dep->disk.string());
        }
        std::sort(deps.begin(), deps.end());
        deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
        CachedModule& entry = cache_.modules[canonical];
        if (entry.own_hash != own || entry.deps != deps) {
          entry = CachedModule{};
          entry.own_hash = own;
          entry.deps = std::move(deps);
        }
        if (auto mi = module_of_file.find(m->file); mi != module_of_file.end()) {
          std::vector<std::string> reads;
          for (const auto& c : contexts) {
            auto r = c->files_read_for(modules[mi->second]);
            reads.insert(reads.end(), r.begin(), r.end());
          }
          std::sort(reads.begin(), reads.end());
          reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
          entry.data_deps = std::move(reads);
        }
      }
      deep_memo_.clear();
      for (FileState* f : misses) {
        auto entry = cache_.modules.find(f->canonical);
        if (entry == cache_.modules.end()) continue;
        auto key = deep_key(f->canonical);
        if (!key) continue;
        entry->second.key = *key;
        entry->second.linted = true;
        entry->second.complete = f->complete;
        entry->second.results = f->results;
        entry->second.suppressions = f->suppressions;
      }
      if (whole_) {
        cache_.project_key = project_key();
        cache_.project_results = project_results_;
      }
    }
  }

  for (LintResult& r : project_results_) project_results_of_[r.path].push_back(&r);
  for (FileState& f : files_) finish_file(f, out);
  timing.phase("suppressions and results");

  if (options_.use_cache && need_load) {
    auto written = write_cache(cache_file(), cache_);
    (void)written;  // a read-only checkout still lints; the next run is simply uncached
    timing.phase("write cache");
  }
  if (tokenizer_prefetch.joinable()) tokenizer_prefetch.join();
  if (!options_.free_memory) {
    // The process exits right after (the CLI): tearing down a 1,000-module
    // program and its render caches is tens of milliseconds of free() that
    // the operating system does at once. Deliberately not freed.
    (void)loaded.release();
  }
}

void ProjectRun::finish_file(FileState& f, LintOutput& out) {
  if (f.id == kNoFile) {
    // A cached file: its text (read for hashing) gives positions for the
    // suppression findings; its suppression spans get this run's file id.
    f.id = sources_.add(display_of(fs::path(f.canonical)), texts_[fs::path(f.canonical)]);
  }
  const SourceFile& file = sources_.file(f.id);
  for (Suppression& s : f.suppressions) {
    s.comment.file = f.id;
    for (auto& id : s.ids) {
      id.span.file = f.id;
      id.used = false;
    }
  }
  std::vector<LintResult> results = std::move(f.results);
  if (auto it = project_results_of_.find(file.path()); it != project_results_of_.end()) {
    for (const LintResult* r : it->second) results.push_back(*r);
  }
  apply_suppressions(f.suppressions, results);
  std::vector<Finding> findings;
  Checks checks(config_, f.relative, whole_, f.complete);
  suppression_findings(f.suppressions, file, checks, findings);
  for (const Finding& finding : findings) {
    const Rule* rule = find_rule(finding.rule);
    Level lv = rule != nullptr ? config_.level_for(rule->info(), f.relative) : Level::Warning;
    if (lv == Level::Off) continue;
    results.push_back(result_from_finding(finding, lv, file, sources_));
  }
  // Fingerprints from the text of each result's line, so they survive edits
  // elsewhere in the file (results of other files keep theirs).
  std::sort(results.begin(), results.end(), result_less);
  std::vector<std::string> lines;
  for (const LintResult& r : results) {
    lines.emplace_back(r.path == file.path() && r.position.line != 0 ? file.line_text(r.position.line) : std::string_view());
  }
  fingerprint_results(results, lines);
  for (LintResult& r : results) out.results.push_back(std::move(r));
}

}  // namespace aep::lint
