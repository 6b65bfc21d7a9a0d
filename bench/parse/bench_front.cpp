// The compiler front end over a whole project, in process: load + parse
// (sema::load_program with whole_project, what `aep lint` and `aep check` do)
// and analyze (sema::analyze), each timed in wall and process CPU time, with
// 1 and 2 (or --jobs) parser threads. The process start, the file walk and
// the linter's rules are not in these figures; bench/lint/run.sh times the
// whole command. `--dump FILE` writes every resolved prompt's IR dump and
// every diagnostic, so a change to the front end can be checked to leave its
// results byte-identical (diff two dumps).
//   bench_front PROJECT_DIR [--runs N] [--jobs J] [--dump FILE]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "compiler/diag/render.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/project.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double process_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Sample {
  double wall = 0, cpu = 0;
};

struct Measure {
  Clock::time_point wall = Clock::now();
  double cpu = process_cpu_seconds();
  Sample stop() const {
    return {std::chrono::duration<double>(Clock::now() - wall).count() * 1e3, (process_cpu_seconds() - cpu) * 1e3};
  }
};

struct Run {
  Sample load, analyze;
  std::size_t modules = 0, prompts = 0, errors = 0, diagnostics = 0;
};

Run run_once(const aep::Project& project, unsigned jobs, std::ofstream* dump) {
  Run r;
  aep::SourceManager sources;
  aep::DiagnosticSink sink(1u << 24);
  aep::sema::LoadOptions options;
  options.whole_project = true;
  options.jobs = jobs;
  Measure m;
  aep::sema::Program program = aep::sema::load_program(project, {}, sources, sink, options);
  r.load = m.stop();
  Measure a;
  aep::sema::analyze(program, sink);
  r.analyze = a.stop();
  r.modules = program.modules.size();
  r.prompts = program.prompts.size();
  r.errors = sink.error_count();
  r.diagnostics = sink.diagnostics().size();
  if (dump != nullptr) {
    for (const auto& [name, prompt] : program.prompts) *dump << aep::ir::dump_ir(*prompt) << '\n';
    sink.sort();
    aep::render_text(*dump, sink, sources);
  }
  return r;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::cerr << "usage: bench_front PROJECT_DIR [--runs N] [--jobs J] [--dump FILE]\n";
    return 2;
  }
  std::string dir = argv[1];
  int runs = 7;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string dump_path;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--jobs")) jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[i + 1])));
    else if (!std::strcmp(argv[i], "--dump")) dump_path = argv[i + 1];
    else {
      std::cerr << "usage: bench_front PROJECT_DIR [--runs N] [--jobs J] [--dump FILE]\n";
      return 2;
    }
  }
  auto project = aep::load_project(dir);
  if (!project) {
    std::cerr << "bench_front: " << project.error().message << '\n';
    return 2;
  }
  if (!dump_path.empty()) {
    std::ofstream dump(dump_path, std::ios::binary);
    Run r = run_once(*project, jobs, &dump);
    std::cout << fmt::format("wrote {} prompts and {} diagnostics to {}\n", r.prompts, r.diagnostics, dump_path);
    return 0;
  }
  std::vector<unsigned> job_counts{1};
  if (jobs > 1) job_counts.push_back(jobs);
  std::cout << fmt::format("{:<26} {:>12} {:>12} {:>12} {:>12}\n", "median of " + std::to_string(runs) + " (ms)",
                           "load wall", "load CPU", "analyze wall", "analyze CPU");
  for (unsigned j : job_counts) {
    std::vector<double> lw, lc, aw, ac;
    Run last;
    for (int i = 0; i < runs; ++i) {
      last = run_once(*project, j, nullptr);
      lw.push_back(last.load.wall);
      lc.push_back(last.load.cpu);
      aw.push_back(last.analyze.wall);
      ac.push_back(last.analyze.cpu);
    }
    std::cout << fmt::format("{:<26} {:>12.1f} {:>12.1f} {:>12.1f} {:>12.1f}\n",
                             fmt::format("{} job{}", j, j == 1 ? "" : "s"), median(lw), median(lc), median(aw),
                             median(ac));
    if (j == job_counts.back()) {
      std::cout << fmt::format("{} modules, {} prompts, {} diagnostics ({} errors)\n", last.modules, last.prompts,
                               last.diagnostics, last.errors);
    }
  }
  return 0;
}
