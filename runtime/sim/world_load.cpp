// Reading a world file into a World, with an error that names the JSON
// pointer of the first bad value (so a user can find it in a large file).
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "runtime/sim/hash.hpp"
#include "runtime/sim/world.hpp"

namespace aep::sim {

namespace {

using json = nlohmann::ordered_json;

// Thrown only inside this file and turned into an Error by parse_world.
struct WorldError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw WorldError(fmt::format("{}: {}", where.empty() ? "/" : where, what));
}

const json* member(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

void check_keys(const json& obj, const std::string& where, std::initializer_list<const char*> keys) {
  if (!obj.is_object()) fail(where, "expected an object");
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (const char* k : keys) known = known || it.key() == k;
    if (!known) {
      std::string list;
      for (const char* k : keys) list += fmt::format("{}`{}`", list.empty() ? "" : ", ", k);
      fail(where + "/" + it.key(), fmt::format("unknown key `{}` (expected one of {})", it.key(), list));
    }
  }
}

std::string get_string(const json& v, const std::string& where) {
  if (!v.is_string()) fail(where, "expected a string");
  return v.get<std::string>();
}

double get_number(const json& v, const std::string& where, double lo, double hi) {
  if (!v.is_number()) fail(where, "expected a number");
  double d = v.get<double>();
  if (d < lo || d > hi) fail(where, fmt::format("{} is outside [{}, {}]", d, lo, hi));
  return d;
}

std::vector<std::string> get_strings(const json& v, const std::string& where) {
  if (!v.is_array()) fail(where, "expected an array of strings");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size(); ++i) out.push_back(get_string(v[i], fmt::format("{}/{}", where, i)));
  return out;
}

Cue phrase_cue(const std::string& text, const std::string& where) {
  Cue cue;
  cue.source = text;
  cue.phrase = normalize_text(text);
  if (cue.phrase.empty()) fail(where, "a cue phrase is empty");
  return cue;
}

Cue pattern_cue(const std::string& text, const std::string& where) {
  Cue cue;
  cue.source = text;
  try {
    cue.pattern = std::make_shared<const std::regex>(
        text, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
  } catch (const std::regex_error& e) {
    fail(where, fmt::format("`{}` is not a valid regular expression ({})", text, e.what()));
  }
  return cue;
}

// "cues" are phrases, "patterns" regexes; both land in one list.
std::vector<Cue> read_cues(const json& obj, const std::string& where, const char* phrases_key,
                           const char* patterns_key) {
  std::vector<Cue> cues;
  if (const json* p = member(obj, phrases_key)) {
    auto list = get_strings(*p, where + "/" + phrases_key);
    for (std::size_t i = 0; i < list.size(); ++i)
      cues.push_back(phrase_cue(list[i], fmt::format("{}/{}/{}", where, phrases_key, i)));
  }
  if (const json* p = member(obj, patterns_key)) {
    auto list = get_strings(*p, where + "/" + patterns_key);
    for (std::size_t i = 0; i < list.size(); ++i)
      cues.push_back(pattern_cue(list[i], fmt::format("{}/{}/{}", where, patterns_key, i)));
  }
  return cues;
}

Task read_task(const json& v, const std::string& where, std::size_t index) {
  check_keys(v, where, {"id", "input", "answer", "slices", "distractors"});
  Task t;
  t.id = member(v, "id") ? get_string(v["id"], where + "/id") : fmt::format("task-{}", index + 1);
  if (!member(v, "input")) fail(where, "a task needs `input` (the item's user content)");
  t.input = get_string(v["input"], where + "/input");
  t.input_normalized = normalize_text(t.input);
  if (t.input_normalized.empty()) fail(where + "/input", "the input is empty");
  if (!member(v, "answer")) fail(where, "a task needs `answer`");
  t.answer = v["answer"];
  if (t.answer.is_null()) fail(where + "/answer", "the answer is null");
  if (const json* s = member(v, "slices")) t.slices = get_strings(*s, where + "/slices");
  if (const json* d = member(v, "distractors")) {
    if (!d->is_array()) fail(where + "/distractors", "expected an array of wrong answers");
    for (const auto& x : *d) t.distractors.push_back(x);
  }
  return t;
}

Skill read_skill(const json& v, const std::string& where, std::size_t index) {
  check_keys(v, where, {"id", "slices", "cues", "patterns", "accuracy_with_cue",
                        "accuracy_without_cue", "hint"});
  Skill s;
  s.id = member(v, "id") ? get_string(v["id"], where + "/id") : fmt::format("skill-{}", index + 1);
  if (const json* p = member(v, "slices")) s.slices = get_strings(*p, where + "/slices");
  s.cues = read_cues(v, where, "cues", "patterns");
  if (s.cues.empty()) fail(where, "a skill needs at least one entry in `cues` or `patterns`");
  if (!member(v, "accuracy_with_cue") || !member(v, "accuracy_without_cue")) {
    fail(where, "a skill needs `accuracy_with_cue` and `accuracy_without_cue`");
  }
  s.accuracy_with_cue = get_number(v["accuracy_with_cue"], where + "/accuracy_with_cue", 0, 1);
  s.accuracy_without_cue = get_number(v["accuracy_without_cue"], where + "/accuracy_without_cue", 0, 1);
  if (const json* h = member(v, "hint")) s.hint = get_string(*h, where + "/hint");
  return s;
}

void read_format(const json& v, FormatRules& f) {
  const std::string where = "/format";
  check_keys(v, where, {"json_field", "json_cues", "json_patterns", "bare_cues", "bare_patterns",
                        "prose_templates"});
  if (const json* p = member(v, "json_field")) f.json_field = get_string(*p, where + "/json_field");
  if (member(v, "json_cues") || member(v, "json_patterns"))
    f.json_cues = read_cues(v, where, "json_cues", "json_patterns");
  if (member(v, "bare_cues") || member(v, "bare_patterns"))
    f.bare_cues = read_cues(v, where, "bare_cues", "bare_patterns");
  if (const json* p = member(v, "prose_templates")) {
    f.prose_templates = get_strings(*p, where + "/prose_templates");
    for (std::size_t i = 0; i < f.prose_templates.size(); ++i) {
      if (f.prose_templates[i].find("{answer}") == std::string::npos)
        fail(fmt::format("{}/prose_templates/{}", where, i), "a prose template needs `{answer}`");
    }
  }
}

void read_penalties(const json& v, Penalties& p) {
  const std::string where = "/penalties";
  check_keys(v, where, {"length", "contradictions", "delimiters"});
  if (const json* l = member(v, "length")) {
    check_keys(*l, where + "/length", {"max_tokens", "per_100_tokens", "floor"});
    if (!member(*l, "max_tokens")) fail(where + "/length", "the length penalty needs `max_tokens`");
    p.length_max_tokens = static_cast<std::int64_t>(get_number((*l)["max_tokens"], where + "/length/max_tokens", 1, 1e9));
    if (const json* x = member(*l, "per_100_tokens")) p.length_per_100_tokens = get_number(*x, where + "/length/per_100_tokens", 0, 1);
    if (const json* x = member(*l, "floor")) p.length_floor = get_number(*x, where + "/length/floor", 0, 1);
  }
  if (const json* c = member(v, "contradictions")) {
    if (!c->is_array()) fail(where + "/contradictions", "expected an array");
    for (std::size_t i = 0; i < c->size(); ++i) {
      std::string w = fmt::format("{}/contradictions/{}", where, i);
      check_keys((*c)[i], w, {"cues", "patterns", "factor"});
      Contradiction k;
      k.cues = read_cues((*c)[i], w, "cues", "patterns");
      if (k.cues.size() < 2) fail(w, "a contradiction needs at least two cues");
      if (const json* f = member((*c)[i], "factor")) k.factor = get_number(*f, w + "/factor", 0, 1);
      p.contradictions.push_back(std::move(k));
    }
  }
  if (const json* d = member(v, "delimiters")) {
    check_keys(*d, where + "/delimiters", {"factor", "pairs"});
    p.missing_delimiter_factor = member(*d, "factor") ? get_number((*d)["factor"], where + "/delimiters/factor", 0, 1) : 0.85;
    if (const json* pairs = member(*d, "pairs")) {
      if (!pairs->is_array()) fail(where + "/delimiters/pairs", "expected an array of [open, close] pairs");
      for (std::size_t i = 0; i < pairs->size(); ++i) {
        std::string w = fmt::format("{}/delimiters/pairs/{}", where, i);
        auto two = get_strings((*pairs)[i], w);
        if (two.size() != 2 || two[0].empty() || two[1].empty()) fail(w, "expected [open, close]");
        p.delimiter_pairs.emplace_back(two[0], two[1]);
      }
    }
  }
}

void read_noise(const json& v, Noise& n) {
  const std::string where = "/noise";
  check_keys(v, where, {"base_error_rate", "temperature_sensitivity", "latency",
                        "ms_per_output_token", "reroll_on_prompt_change"});
  if (const json* x = member(v, "base_error_rate")) n.base_error_rate = get_number(*x, where + "/base_error_rate", 0, 1);
  if (const json* x = member(v, "temperature_sensitivity")) n.temperature_sensitivity = get_number(*x, where + "/temperature_sensitivity", 0, 1);
  if (const json* x = member(v, "ms_per_output_token")) n.ms_per_output_token = get_number(*x, where + "/ms_per_output_token", 0, 1e4);
  if (const json* x = member(v, "latency")) {
    auto dist = parse_latency(get_string(*x, where + "/latency"));
    if (!dist) fail(where + "/latency", dist.error().message);
    n.latency = *dist;
  }
  if (const json* x = member(v, "reroll_on_prompt_change")) {
    if (!x->is_boolean()) fail(where + "/reroll_on_prompt_change", "expected true or false");
    n.reroll_on_prompt_change = x->get<bool>();
  }
}

void add_default_format(FormatRules& f) {
  if (f.json_cues.empty()) {
    f.json_cues.push_back(pattern_cue(R"(\bjson\b)", "/format"));
  }
  if (f.bare_cues.empty()) {
    for (const char* p : {R"(\bonly (the|one|a single) (label|word|category|class|answer)\b)",
                          R"(\b(respond|reply|answer) with (only|just|exactly one|one word|a single word)\b)",
                          R"(\bno (other text|explanation|prose)\b)"}) {
      f.bare_cues.push_back(pattern_cue(p, "/format"));
    }
  }
  if (f.prose_templates.empty()) {
    f.prose_templates = {"After reading the message carefully, I believe the answer is {answer}.",
                         "Sure! The answer is {answer}, based on what the message says.",
                         "Looking at this, I would say {answer}. Let me know if you need more detail."};
  }
}

World parse_or_throw(const json& doc) {
  check_keys(doc, "", {"aep_world", "name", "seed", "labels", "tasks", "skills", "format",
                       "penalties", "noise", "judge"});
  World w;
  if (const json* v = member(doc, "aep_world")) {
    if (!v->is_number_integer() || v->get<int>() != 1) fail("/aep_world", "this version of aep reads world format 1");
  }
  if (const json* v = member(doc, "name")) w.name = get_string(*v, "/name");
  if (const json* v = member(doc, "seed")) {
    if (!v->is_number_integer() && !v->is_number_unsigned()) fail("/seed", "expected an integer");
    w.seed = v->is_number_unsigned() ? v->get<std::uint64_t>() : static_cast<std::uint64_t>(v->get<std::int64_t>());
  }
  if (const json* v = member(doc, "labels")) w.labels = get_strings(*v, "/labels");
  if (const json* v = member(doc, "tasks")) {
    if (!v->is_array()) fail("/tasks", "expected an array");
    for (std::size_t i = 0; i < v->size(); ++i) {
      std::string where = fmt::format("/tasks/{}", i);
      Task t = read_task((*v)[i], where, i);
      if (!w.task_by_id.emplace(t.id, w.tasks.size()).second) fail(where + "/id", fmt::format("duplicate task id `{}`", t.id));
      w.task_by_input_hash.emplace(hash_text(t.input_normalized), w.tasks.size());
      w.tasks.push_back(std::move(t));
    }
  }
  if (const json* v = member(doc, "skills")) {
    if (!v->is_array()) fail("/skills", "expected an array");
    for (std::size_t i = 0; i < v->size(); ++i) w.skills.push_back(read_skill((*v)[i], fmt::format("/skills/{}", i), i));
  }
  if (const json* v = member(doc, "format")) read_format(*v, w.format);
  add_default_format(w.format);
  if (const json* v = member(doc, "penalties")) read_penalties(*v, w.penalties);
  if (const json* v = member(doc, "noise")) read_noise(*v, w.noise);
  if (const json* v = member(doc, "judge")) {
    check_keys(*v, "/judge", {"agreement"});
    if (const json* a = member(*v, "agreement")) w.judge.agreement = get_number(*a, "/judge/agreement", 0, 1);
  }
  return w;
}

}  // namespace

Expected<World> parse_world(const json& doc) {
  try {
    return parse_or_throw(doc);
  } catch (const WorldError& e) {
    return Error{e.what()};
  }
}

Expected<World> load_world(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{fmt::format("{}: cannot read the world file", path)};
  std::stringstream buffer;
  buffer << in.rdbuf();
  json doc = json::parse(buffer.str(), nullptr, false);
  if (doc.is_discarded()) {
    // Re-parse with exceptions on to get the byte position of the error.
    try {
      json again = json::parse(buffer.str());
      (void)again;
    } catch (const json::parse_error& e) {
      return Error{fmt::format("{}: not valid JSON at byte {}: {}", path, e.byte, e.what())};
    }
    return Error{fmt::format("{}: not valid JSON", path)};
  }
  auto world = parse_world(doc);
  if (!world) return Error{fmt::format("{}: {}", path, world.error().message)};
  return world;
}

World default_world() {
  auto w = parse_world(nlohmann::ordered_json::object());
  return std::move(w).value();
}

}  // namespace aep::sim
