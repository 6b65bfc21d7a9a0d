// The sim as a judge. A judge request is recognised by two stable section
// headings in its text (any heading level, case-insensitive):
//   "# Reference" (or "Reference answer", "Expected", "Expected answer")
//   "# Candidate" (or "Candidate answer", "Answer to grade")
// The truth is whether the candidate carries the reference (the same JSON
// value, or the reference label as a whole word and no other world label);
// the verdict agrees with the truth at the world's judge agreement rate.
#include <algorithm>

#include "runtime/sim/format.hpp"
#include "runtime/sim/hash.hpp"
#include "runtime/sim/sim.hpp"

namespace aep::sim {

namespace {

std::optional<std::string> reference_section(const std::string& text) {
  return find_section(text, {"reference", "reference answer", "expected", "expected answer"});
}
std::optional<std::string> candidate_section(const std::string& text) {
  return find_section(text, {"candidate", "candidate answer", "answer to grade"});
}

std::string request_text(const SimRequest& r) {
  std::string t = r.system;
  for (const auto& m : r.messages) {
    t += "\n";
    t += m.text;
  }
  return t;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool contains_word(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
    bool left = pos == 0 || !is_word_char(hay[pos - 1]);
    std::size_t end = pos + needle.size();
    bool right = end >= hay.size() || !is_word_char(hay[end]);
    if (left && right) return true;
  }
  return false;
}

// Whether `candidate` carries `reference`, by the rules in the file comment.
bool matches_reference(const World& world, const std::string& candidate, const std::string& reference) {
  auto cj = nlohmann::ordered_json::parse(candidate, nullptr, false);
  auto rj = nlohmann::ordered_json::parse(reference, nullptr, false);
  if (!cj.is_discarded() && !rj.is_discarded() && (cj.is_structured() || rj.is_structured())) {
    if (cj == rj) return true;
    if (cj.is_object() && !rj.is_structured() && cj.contains(world.format.json_field))
      return cj[world.format.json_field] == rj;
    return false;
  }
  if (!cj.is_discarded() && cj.is_object() && cj.contains(world.format.json_field)) {
    return normalize_text(answer_text(cj[world.format.json_field])) == normalize_text(reference);
  }
  std::string c = normalize_text(candidate);
  std::string r = normalize_text(reference);
  if (c == r) return true;
  if (!contains_word(c, r)) return false;
  for (const auto& label : world.labels) {
    std::string l = normalize_text(label);
    if (l != r && r.find(l) == std::string::npos && contains_word(c, l)) return false;
  }
  return true;
}

class JudgeHandler final : public MetaHandler {
 public:
  std::string name() const override { return "judge"; }

  bool matches(const SimRequest& request) const override {
    std::string text = request_text(request);
    return reference_section(text) && candidate_section(text);
  }

  SimReply answer(const Sim& sim, const SimRequest& request) const override {
    const World& w = sim.world();
    std::string text = request_text(request);
    std::string reference = reference_section(text).value_or("");
    std::string candidate = candidate_section(text).value_or("");
    bool truth = matches_reference(w, candidate, reference);
    std::uint64_t sample = request.temperature > 0 ? static_cast<std::uint64_t>(request.sample_index) : 0;
    std::uint64_t key = hash_mix({w.seed, hash_text(normalize_text(candidate)),
                                  hash_text(normalize_text(reference)), sample, 0x1d6e});
    bool agree = unit_from_hash(key) < w.judge.agreement;
    bool pass = agree ? truth : !truth;

    SimReply reply;
    reply.correct = agree;
    reply.accuracy = w.judge.agreement;
    std::string reason = pass ? "the answer matches the reference" : "the answer does not match the reference";
    PromptView view;
    view.instructions = normalize_text(text);
    AnswerShape shape = choose_shape(w, request, view);
    if (shape == AnswerShape::Json) {
      nlohmann::ordered_json verdict = {{"verdict", pass ? "pass" : "fail"}, {"pass", pass},
                                {"score", pass ? 1 : 0}, {"reason", reason}};
      if (request.json_output && !request.schema.is_null()) verdict = fill_schema(request.schema, verdict, "verdict", key);
      reply.text = verdict.dump();
      reply.json = true;
    } else if (shape == AnswerShape::Bare) {
      reply.text = pass ? "PASS" : "FAIL";
    } else {
      reply.text = std::string("Verdict: ") + (pass ? "PASS" : "FAIL") + ". In my judgement " + reason + ".";
    }
    return reply;
  }
};

}  // namespace

std::unique_ptr<MetaHandler> make_judge_handler() { return std::make_unique<JudgeHandler>(); }

}  // namespace aep::sim
