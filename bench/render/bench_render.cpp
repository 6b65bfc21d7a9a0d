// The aep side of the render benchmark (bench/render/run.sh drives it):
//   bench_render warm|warm-reuse|warm-nosm|warm-reuse-nosm N POOL FILE#Prompt
//       load + analyze the prompt's program once, compile its RenderPlan
//       once, then render it N times (warm-reuse: into one reused result;
//       -nosm: with RenderOptions::source_map off, as the runner and eval
//       render, and as dotprompt, which has no source map, always does),
//       cycling through the input objects of POOL (a JSON array prepared
//       beforehand, so building inputs is not what is measured); prints one
//       JSON line: load/analyze time, renders/s of wall and of CPU time.
//   bench_render project DIR
//       load + analyze every module under the project at DIR (what `aep
//       check` of a project does with semantics), then render every concrete
//       prompt with made-up inputs of the right types; prints one JSON line
//       with the phase times, counts and peak RSS.
// Times are wall (steady_clock) and process CPU (getrusage), because the
// machine the figures are taken on is shared.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "bench/render/sample_inputs.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/project.hpp"

namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

struct Stamp {
  Clock::time_point wall = Clock::now();
  double cpu = cpu_now();
  static double cpu_now() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  }
  double wall_since() const { return std::chrono::duration<double>(Clock::now() - wall).count(); }
  double cpu_since() const { return cpu_now() - cpu; }
};

long peak_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

int usage() {
  std::cerr << "usage: bench_render warm|warm-reuse|warm-nosm|warm-reuse-nosm N POOL.json FILE#Prompt\n"
               "       bench_render project DIR\n";
  return 2;
}

// Loads and analyzes; prints the diagnostics and returns false on errors.
bool load(const aep::Project& project, const std::vector<std::filesystem::path>& entries, bool whole,
          aep::SourceManager& sources, aep::sema::Program& out, std::size_t& errors) {
  aep::DiagnosticSink sink;
  aep::sema::LoadOptions options;
  options.whole_project = whole;
  out = aep::sema::check_files(project, entries, sources, sink, options);
  errors = sink.error_count();
  for (const auto& d : sink.diagnostics()) {
    if (d.severity != aep::Severity::Error) continue;
    const aep::SourceFile* f = sources.find(d.primary.file);
    std::cerr << (f ? f->path() : std::string("?")) << ':' << d.primary.line << ": " << d.message << '\n';
  }
  return !sink.has_errors();
}

int warm(long n, const std::string& pool_path, const std::string& target, bool reuse, bool source_map) {
  std::ifstream in(pool_path, std::ios::binary);
  if (!in) {
    std::cerr << "bench_render: cannot read " << pool_path << '\n';
    return 2;
  }
  std::stringstream text;
  text << in.rdbuf();
  Json pool = Json::parse(text.str(), nullptr, false);
  if (!pool.is_array() || pool.empty()) {
    std::cerr << "bench_render: " << pool_path << " must hold a non-empty JSON array of input objects\n";
    return 2;
  }
  auto hash = target.rfind('#');
  if (hash == std::string::npos) return usage();
  std::filesystem::path file = target.substr(0, hash);
  std::string name = target.substr(hash + 1);

  Stamp load_start;
  auto project = aep::load_project(file);
  if (!project) {
    std::cerr << "bench_render: " << project.error().message << '\n';
    return 2;
  }
  aep::SourceManager sources;
  aep::sema::Program program;
  std::size_t errors = 0;
  if (!load(*project, {file}, false, sources, program, errors)) {
    std::cerr << "bench_render: " << target << " has " << errors << " errors (run `aep check`)\n";
    return 1;
  }
  double load_wall = load_start.wall_since();
  const aep::ir::Prompt* prompt = nullptr;
  for (const auto& [qualified, p] : program.prompts) {
    if (p->name == name && p->module == program.modules.front()->path) prompt = p.get();
  }
  if (!prompt) {
    std::cerr << "bench_render: no prompt " << name << " in " << file << '\n';
    return 2;
  }
  // Every pool entry must render: a failed render would be cheaper and flatter the figures.
  std::size_t chars = 0;
  aep::ir::RenderPlan plan = aep::ir::compile_render_plan(*prompt);
  for (const Json& inputs : pool) {
    auto r = plan.render(inputs);
    if (!r.ok()) {
      std::cerr << "bench_render: render failed: " << r.errors.front() << '\n';
      return 1;
    }
    // The plan and the one-shot path must agree, or the figure measures something else.
    auto once = aep::ir::render_prompt(*prompt, inputs);
    if (once.request.messages.size() != r.request.messages.size()) {
      std::cerr << "bench_render: plan and render_prompt disagree\n";
      return 1;
    }
  }
  // mode "warm": a fresh RenderResult each time (what a caller that keeps
  // results gets, and what dotprompt's render() does); "warm-reuse": one
  // RenderResult reused through render_into(), so its strings and vectors
  // keep their capacity.
  aep::ir::RenderResult reused;
  aep::ir::RenderOptions options;
  options.source_map = source_map;
  Stamp start;
  for (long i = 0; i < n; ++i) {
    const Json& inputs = pool[static_cast<std::size_t>(i) % pool.size()];
    if (reuse) {
      plan.render_into(inputs, reused, options);
      for (const auto& m : reused.request.messages) {
        for (const auto& part : m.parts) chars += part.text.size();
      }
    } else {
      auto r = plan.render(inputs, options);
      for (const auto& m : r.request.messages) {
        for (const auto& part : m.parts) chars += part.text.size();
      }
    }
  }
  double wall = start.wall_since(), cpu = start.cpu_since();
  Json out{{"renders", n}, {"load_analyze_ms", load_wall * 1e3}, {"wall_s", wall}, {"cpu_s", cpu},
           {"per_s", static_cast<double>(n) / wall}, {"per_cpu_s", cpu > 0 ? static_cast<double>(n) / cpu : 0.0},
           {"avg_chars", static_cast<double>(chars) / static_cast<double>(n)}, {"peak_rss_kib", peak_rss_kib()}};
  std::cout << out.dump() << '\n';
  return 0;
}

int project_run(const std::string& dir) {
  Stamp start;
  auto project = aep::load_project(dir);
  if (!project) {
    std::cerr << "bench_render: " << project.error().message << '\n';
    return 2;
  }
  aep::SourceManager sources;
  aep::sema::Program program;
  std::size_t errors = 0;
  bool ok = load(*project, {}, true, sources, program, errors);
  double load_wall = start.wall_since(), load_cpu = start.cpu_since();
  // A project with errors is still timed (the errors are printed above and
  // counted in the output): its other prompts render as usual.
  if (!ok) std::cerr << "bench_render: the project has " << errors << " errors; rendering the prompts that resolved\n";
  Stamp render_start;
  std::size_t rendered = 0, abstract = 0, failed = 0, chars = 0;
  double compile_s = 0;
  for (const auto& [qualified, p] : program.prompts) {
    if (p->is_abstract) {
      ++abstract;
      continue;
    }
    Json inputs = aep::bench::sample_inputs(*p);
    Stamp compile_start;
    aep::ir::RenderPlan plan = aep::ir::compile_render_plan(*p);
    compile_s += compile_start.wall_since();
    auto r = plan.render(inputs);
    if (!r.ok()) {
      ++failed;
      std::cerr << "bench_render: " << qualified << ": " << r.errors.front() << '\n';
      continue;
    }
    ++rendered;
    for (const auto& m : r.request.messages) {
      for (const auto& part : m.parts) chars += part.text.size();
    }
  }
  Json out{{"modules", program.modules.size()}, {"prompts", program.prompts.size()}, {"abstract", abstract},
           {"errors", errors}, {"rendered", rendered}, {"render_failed", failed}, {"rendered_chars", chars},
           {"load_analyze_ms", load_wall * 1e3}, {"load_analyze_cpu_ms", load_cpu * 1e3},
           {"render_all_ms", render_start.wall_since() * 1e3}, {"render_all_cpu_ms", render_start.cpu_since() * 1e3},
           {"compile_plans_ms", compile_s * 1e3},
           {"peak_rss_kib", peak_rss_kib()}};
  std::cout << out.dump() << '\n';
  return failed == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 4 && (args[0] == "warm" || args[0] == "warm-reuse" || args[0] == "warm-nosm" ||
                           args[0] == "warm-reuse-nosm")) {
    long n = std::atol(args[1].c_str());
    if (n <= 0) return usage();
    bool reuse = args[0].rfind("warm-reuse", 0) == 0;
    bool source_map = args[0].find("-nosm") == std::string::npos;
    return warm(n, args[2], args[3], reuse, source_map);
  }
  if (args.size() == 2 && args[0] == "project") return project_run(args[1]);
  return usage();
}
