// The sim's entry point (SIM.md): answer one SimRequest from a World, as a
// task model or, for Aether's own meta-prompts, as a judge (and later as the
// optimizer's critique/edit/paraphrase/crossover/mutation model).
//
// Extension point: a MetaHandler recognises one kind of meta-prompt by its
// stable section headings and answers it. The judge is registered by
// default; the optimizer's handlers are added with add_meta_handler() and
// are consulted in order before the request is treated as a task.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "runtime/sim/prompt_view.hpp"
#include "runtime/sim/request.hpp"
#include "runtime/sim/token_count.hpp"
#include "runtime/sim/world.hpp"

namespace aep::sim {

struct SimReply {
  std::string kind;  // "task", "judge", or a meta handler's name
  std::string text;  // what the model says (JSON text when json is true)
  bool json = false;
  // Set when the answer is a call of the forced tool instead of text.
  std::optional<std::string> tool_name;
  nlohmann::ordered_json tool_arguments;
  std::string finish_reason = "stop";  // "stop" or "length"
  std::int64_t input_tokens = 0;
  std::int64_t output_tokens = 0;
  double latency_ms = 0;

  // What the sim decided, for tests, traces and `aep emulate --log`.
  std::string task_id;  // empty for an unknown input
  bool correct = false;
  double accuracy = 0;
  std::vector<std::string> missing_hints;  // hints of skills whose cues are absent
};

// How accurate the sim is on one request, and why.
struct Assessment {
  double accuracy = 0;
  double skill_factor = 1, length_factor = 1, contradiction_factor = 1, delimiter_factor = 1;
  std::int64_t prompt_tokens = 0;
  std::vector<const Skill*> applicable;
  std::vector<const Skill*> missing;  // applicable skills whose cues are absent
};

class Sim;

class MetaHandler {
 public:
  virtual ~MetaHandler() = default;
  virtual std::string name() const = 0;
  virtual bool matches(const SimRequest& request) const = 0;
  // Fills text/json/kind/correct; the Sim adds usage and latency.
  virtual SimReply answer(const Sim& sim, const SimRequest& request) const = 0;
};

class Sim {
 public:
  // `counter` may be null: o200k_base when its rank file is installed,
  // otherwise the built-in estimate (best_token_counter()).
  explicit Sim(World world, const TokenCounter* counter = nullptr);

  SimReply answer(const SimRequest& request) const;

  Assessment assess(const SimRequest& request, const PromptView& view) const;

  void add_meta_handler(std::unique_ptr<MetaHandler> handler);

  const World& world() const { return world_; }
  const TokenCounter& counter() const { return *counter_; }

 private:
  SimReply answer_task(const SimRequest& request) const;
  void finish(const SimRequest& request, std::uint64_t key, SimReply& reply) const;

  World world_;
  const TokenCounter* counter_;
  std::vector<std::unique_ptr<MetaHandler>> meta_;
};

// The judge handler; exposed so tests can build a Sim without defaults.
std::unique_ptr<MetaHandler> make_judge_handler();

// Text of a section under a Markdown heading whose title (case-insensitive,
// trailing colon ignored) is one of `titles`; empty optional if absent.
std::optional<std::string> find_section(const std::string& text,
                                        std::initializer_list<std::string_view> titles);

}  // namespace aep::sim
