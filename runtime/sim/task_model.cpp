// The sim as a task model: accuracy from skills and penalties, a
// deterministic draw, then the true answer or a plausible wrong one.
#include <algorithm>
#include <cmath>

#include "runtime/sim/format.hpp"
#include "runtime/sim/hash.hpp"
#include "runtime/sim/sim.hpp"

namespace aep::sim {

namespace {

bool skill_applies(const Skill& skill, const Task& task) {
  if (skill.slices.empty()) return true;
  for (const auto& s : skill.slices) {
    if (s == "*") return true;
    if (std::find(task.slices.begin(), task.slices.end(), s) != task.slices.end()) return true;
  }
  return false;
}

nlohmann::ordered_json wrong_answer(const World& world, const Task& task, std::uint64_t key) {
  std::vector<nlohmann::ordered_json> options = task.distractors;
  if (options.empty()) {
    for (const auto& l : world.labels)
      if (nlohmann::ordered_json(l) != task.answer) options.emplace_back(l);
  }
  if (!options.empty()) return options[hash_mix({key, 0x77}) % options.size()];
  if (task.answer.is_object()) {
    // Change one field: a plausible near miss for an extraction task.
    nlohmann::ordered_json wrong = task.answer;
    for (auto it = wrong.begin(); it != wrong.end(); ++it) {
      if (it->is_string()) { *it = "unknown"; return wrong; }
      if (it->is_number()) { *it = it->get<double>() + 1; return wrong; }
      if (it->is_boolean()) { *it = !it->get<bool>(); return wrong; }
    }
    return nlohmann::ordered_json::object();
  }
  return "unknown";
}

}  // namespace

Assessment Sim::assess(const SimRequest& request, const PromptView& view) const {
  Assessment a;
  a.prompt_tokens = counter_->count(request.system);
  for (const auto& m : request.messages) a.prompt_tokens += counter_->count(m.text);
  if (view.task == nullptr) return a;
  const World& w = world_;
  for (const Skill& skill : w.skills) {
    if (!skill_applies(skill, *view.task)) continue;
    a.applicable.push_back(&skill);
    if (any_cue(skill.cues, view.instructions)) {
      a.skill_factor *= skill.accuracy_with_cue;
    } else {
      a.skill_factor *= skill.accuracy_without_cue;
      a.missing.push_back(&skill);
    }
  }
  if (w.penalties.length_max_tokens && a.prompt_tokens > *w.penalties.length_max_tokens) {
    double over = static_cast<double>(a.prompt_tokens - *w.penalties.length_max_tokens);
    a.length_factor = std::max(w.penalties.length_floor, 1.0 - w.penalties.length_per_100_tokens * over / 100.0);
  }
  for (const auto& c : w.penalties.contradictions) {
    bool all = std::all_of(c.cues.begin(), c.cues.end(),
                           [&](const Cue& cue) { return cue_present(cue, view.instructions); });
    if (all) a.contradiction_factor *= c.factor;
  }
  if (w.penalties.missing_delimiter_factor && !view.input_delimited) {
    a.delimiter_factor = *w.penalties.missing_delimiter_factor;
  }
  double acc = (1.0 - w.noise.base_error_rate) * a.skill_factor * a.length_factor *
               a.contradiction_factor * a.delimiter_factor;
  acc -= w.noise.temperature_sensitivity * std::max(0.0, request.temperature);
  a.accuracy = std::clamp(acc, 0.0, 1.0);
  return a;
}

SimReply Sim::answer_task(const SimRequest& request) const {
  const World& w = world_;
  PromptView view = read_prompt(w, request);
  SimReply reply;
  reply.kind = "task";
  // At temperature 0 a model gives the same answer to every sample.
  std::uint64_t sample = request.temperature > 0 ? static_cast<std::uint64_t>(request.sample_index) : 0;
  std::uint64_t prompt = w.noise.reroll_on_prompt_change ? view.prompt_hash : 0;
  nlohmann::ordered_json answer;
  std::uint64_t key;
  if (view.task != nullptr) {
    Assessment a = assess(request, view);
    key = hash_mix({w.seed, prompt, hash_text(view.task->id), sample});
    reply.task_id = view.task->id;
    reply.accuracy = a.accuracy;
    reply.correct = unit_from_hash(key) < a.accuracy;
    for (const Skill* s : a.missing) reply.missing_hints.push_back(s->hint);
    answer = reply.correct ? view.task->answer : wrong_answer(w, *view.task, key);
  } else {
    // Unknown input: a deterministic guess among the world's labels.
    key = hash_mix({w.seed, hash_text(view.normalized), sample});
    if (!w.labels.empty()) {
      answer = w.labels[hash_mix({key, 0x55}) % w.labels.size()];
    } else {
      answer = "unknown";
    }
  }
  AnswerShape shape = choose_shape(w, request, view);
  if (request.forced_tool) {
    const SimTool* tool = nullptr;
    for (const auto& t : request.tools)
      if (t.name == *request.forced_tool) tool = &t;
    reply.tool_name = *request.forced_tool;
    reply.tool_arguments = fill_schema(tool ? tool->parameters : nlohmann::ordered_json(), answer,
                                       w.format.json_field, key);
    reply.text = reply.tool_arguments.dump();
    reply.json = true;
  } else {
    reply.text = render_answer(w, request, shape, answer, key);
    reply.json = shape == AnswerShape::Json;
  }
  finish(request, key, reply);
  return reply;
}

}  // namespace aep::sim
