// Shared pieces of the runner integration tests: an emulator on a thread,
// the test project's prompts, and a scratch directory.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "compiler/diag/render.hpp"
#include "runtime/emulator/server.hpp"
#include "runtime/runner/prompt_load.hpp"
#include "runtime/runner/runner.hpp"
#include "runtime/sim/world.hpp"

namespace it {

struct Emu {
  explicit Emu(const std::string& faults = "", std::uint64_t seed = 5, std::chrono::milliseconds batch_delay = std::chrono::milliseconds(300)) {
    auto world = aep::sim::load_world("tests/unit/runner/data/sim/world.json");
    REQUIRE(world.ok());
    aep::emulator::EmulatorOptions o;
    o.sim = std::make_shared<aep::sim::Sim>(std::move(world).value());
    auto f = aep::emulator::parse_faults(faults);
    REQUIRE(f.ok());
    o.faults = *f;
    o.seed = seed;
    o.threads = 128;
    o.batch_delay = batch_delay;
    emu = std::make_unique<aep::emulator::Emulator>(std::move(o));
    port = *emu->bind();
    thread = std::thread([this] { emu->serve(); });
  }
  ~Emu() {
    emu->stop();
    thread.join();
  }
  std::string url() const { return fmt::format("http://127.0.0.1:{}", port); }
  std::unique_ptr<aep::emulator::Emulator> emu;
  std::thread thread;
  int port = 0;
};

struct TestProject {
  TestProject() {
    auto loaded = aep::runner::load_prompt("tests/unit/runner/data/classify.aep#Classify", sources, sink);
    REQUIRE(loaded.ok());
    std::ostringstream diags;
    aep::render_text(diags, sink, sources);
    INFO(diags.str());
    REQUIRE(loaded->prompt != nullptr);
    classify = std::move(loaded).value();
    auto plain = aep::runner::load_prompt("tests/unit/runner/data/classify.aep#PlainLabel", sources, sink);
    REQUIRE(plain.ok());
    REQUIRE(plain->prompt != nullptr);
    label = std::move(plain).value();
    static int counter = 0;
    dir = std::filesystem::temp_directory_path() / fmt::format("aep-runner-it-{}-{}", getpid(), counter++);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  ~TestProject() { std::filesystem::remove_all(dir); }

  aep::runner::CallInput input(const aep::ir::Prompt* p, const std::string& ticket) const {
    aep::runner::CallInput in;
    in.prompt = p;
    in.inputs = {{"ticket", ticket}};
    return in;
  }

  aep::SourceManager sources;
  aep::DiagnosticSink sink;
  aep::runner::LoadedPrompt classify, label;
  std::filesystem::path dir;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every file under `dir`, concatenated (to look for a secret in anything written).
inline std::string everything_under(const std::filesystem::path& dir) {
  std::string all;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file()) all += slurp(e.path());
  return all;
}

}  // namespace it
