// Parsing and applying the `[lint]` table (see config.hpp for the format).
// Every problem is a diagnostic at its key in aep.toml; parsing goes on.
#include "compiler/lint/config.hpp"

#include <fmt/format.h>
#include <openssl/sha.h>

#include <toml++/toml.h>

#include "compiler/sema/suggest.hpp"

namespace aep::lint {
namespace {

std::string sha256_hex(std::string_view text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  std::string out;
  for (unsigned char c : digest) out += fmt::format("{:02x}", c);
  return out;
}

class Parser {
 public:
  Parser(FileId file, const SourceManager* sources, DiagnosticSink& sink, const toml::table& root)
      : file_(file), sources_(sources), sink_(sink), root_(root) {}

  Span span_of(const toml::node& node) const {
    if (file_ == kNoFile || sources_ == nullptr) return {};
    const SourceFile& f = sources_->file(file_);
    const auto& at = node.source().begin;
    if (at.line == 0 || at.line > f.line_count()) return {};
    std::uint32_t offset = f.line_start(static_cast<std::uint32_t>(at.line));
    std::string_view line = f.line_text(static_cast<std::uint32_t>(at.line));
    // toml++ counts columns in code points: walk them to a byte offset.
    std::uint32_t col = 1, i = 0;
    while (i < line.size() && col < at.column) {
      ++i;
      while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
      ++col;
    }
    std::uint32_t begin = offset + i;
    std::uint32_t end = begin;
    const auto& stop = node.source().end;
    if (stop.line == at.line && stop.column > at.column) end = begin + static_cast<std::uint32_t>(stop.column - at.column);
    if (end > offset + line.size()) end = offset + static_cast<std::uint32_t>(line.size());
    if (end == begin && begin < offset + line.size()) end = begin + 1;
    return f.span(begin, end);
  }

  void invalid(const toml::node& node, std::string message) {
    sink_.report(make_diag(DiagKind::LintConfigInvalid, span_of(node), std::move(message)));
  }

  // A rule id, a category or "all"; unknown ones get a did-you-mean.
  void add_name(RuleSet& set, const toml::node& node, std::string_view where) {
    auto value = node.value<std::string>();
    if (!value) {
      invalid(node, fmt::format("`{}` must be a list of rule ids or categories (strings)", where));
      return;
    }
    if (*value == "all") {
      set.all = true;
    } else if (auto c = parse_category(*value)) {
      set.categories.push_back(*c);
    } else if (find_rule(*value) != nullptr) {
      set.ids.push_back(*value);
    } else {
      unknown_rule(node, *value, where);
    }
  }

  void unknown_rule(const toml::node& node, const std::string& name, std::string_view where) {
    std::vector<std::string> names{"all"};
    for (const Rule* r : all_rules()) names.emplace_back(r->info().id);
    for (Category c : {Category::Correctness, Category::Portability, Category::Security, Category::Cost,
                       Category::Clarity, Category::Evaluation}) {
      names.emplace_back(category_name(c));
    }
    auto d = make_diag(DiagKind::LintUnknownRule, span_of(node),
                       fmt::format("unknown rule or category `{}` in `{}`", name, where))
                 .primary_label("no rule has this id");
    if (auto s = sema::closest_name(name, names)) d.help(fmt::format("did you mean `{}`?", *s));
    else d.note("`aep lint --list-rules` lists every rule id");
    sink_.report(d);
  }

  void read_set(const toml::node* node, std::optional<RuleSet>& out, std::string_view where) {
    if (node == nullptr) return;
    out.emplace();
    read_set_into(*node, *out, where);
  }

  void read_set_into(const toml::node& node, RuleSet& out, std::string_view where) {
    if (const toml::array* list = node.as_array()) {
      for (const toml::node& item : *list) add_name(out, item, where);
    } else if (node.is_string()) {
      add_name(out, node, where);  // a single string is accepted as a list of one
    } else {
      invalid(node, fmt::format("`{}` must be a list of rule ids or categories", where));
    }
  }

  void read_severity(const toml::node* node, LintLayer& layer, std::string_view where) {
    if (node == nullptr) return;
    const toml::table* table = node->as_table();
    if (table == nullptr) {
      invalid(*node, fmt::format("`{}` must be a table of rule id = level", where));
      return;
    }
    for (const auto& [key, value] : *table) {
      std::string id(key.str());
      auto text = value.value<std::string>();
      auto level = text ? parse_level(*text) : std::nullopt;
      if (!level) {
        invalid(value, fmt::format("the level of `{}` must be one of `off`, `note`, `warning`, `error`", id));
        continue;
      }
      if (find_rule(id) == nullptr && !parse_category(id)) {
        unknown_rule(value, id, where);
        continue;
      }
      layer.severity[id] = *level;
    }
  }

  void check_keys(const toml::table& table, std::initializer_list<std::string_view> known, std::string_view where) {
    for (const auto& [key, value] : table) {
      bool ok = false;
      for (std::string_view k : known) ok = ok || key.str() == k;
      if (ok) continue;
      std::vector<std::string> names(known.begin(), known.end());
      auto d = make_diag(DiagKind::LintUnknownKey, span_of(value),
                         fmt::format("unknown key `{}` in `{}`", key.str(), where));
      if (auto s = sema::closest_name(key.str(), names)) d.help(fmt::format("did you mean `{}`?", *s));
      else d.note("known keys: " + sema::list_names(names));
      sink_.report(d);
    }
  }

  LintLayer read_layer(const toml::table& table, std::string_view where) {
    LintLayer layer;
    read_set(table.get("select"), layer.select, fmt::format("{}.select", where));
    if (const toml::node* n = table.get("extend-select")) read_set_into(*n, layer.extend_select, fmt::format("{}.extend-select", where));
    if (const toml::node* n = table.get("ignore")) read_set_into(*n, layer.ignore, fmt::format("{}.ignore", where));
    read_severity(table.get("severity"), layer, fmt::format("{}.severity", where));
    return layer;
  }

  void read_targets(const toml::node* node, LintConfig& config) {
    if (node == nullptr) return;
    const toml::array* list = node->as_array();
    if (list == nullptr) {
      invalid(*node, "`lint.targets` must be a list of target names");
      return;
    }
    for (const toml::node& item : *list) {
      auto name = item.value<std::string>();
      if (!name) {
        invalid(item, "`lint.targets` must be a list of target names (strings)");
        continue;
      }
      // "anthropic" or "anthropic=claude-sonnet-4-5": a target and the model to check against.
      std::string target_name = *name;
      std::optional<std::string> model;
      if (auto eq = target_name.find('='); eq != std::string::npos) {
        model = target_name.substr(eq + 1);
        target_name = target_name.substr(0, eq);
      }
      auto target = targets::parse_target(target_name);
      if (!target) {
        targets::report_unknown_target(target_name, span_of(item), sink_);
        continue;
      }
      std::optional<std::string> default_model;
      for (const std::string& key : {target->name, target->family}) {
        if (default_model) break;
        if (auto m = toml::node_view<const toml::node>(root_)["targets"][key]["model"].value<std::string>()) default_model = *m;
      }
      config.targets.push_back({*target, model, default_model});
    }
  }

 private:
  FileId file_;
  const SourceManager* sources_;
  DiagnosticSink& sink_;
  const toml::table& root_;  // the whole aep.toml, for [targets.X] model
};

}  // namespace

bool RuleSet::contains(const RuleInfo& info) const {
  if (all) return true;
  for (Category c : categories) {
    if (c == info.category) return true;
  }
  for (const std::string& id : ids) {
    if (id == info.id) return true;
  }
  return false;
}

Level LintConfig::level_for(const RuleInfo& rule, std::string_view relative_path) const {
  // Layers apply in order (base, then each matching override, then the
  // command line): `select` replaces the selection, `extend-select` adds,
  // `ignore` removes, and a severity sets the level (a rule id beats its
  // category; a level other than off also selects the rule unless the same
  // layer ignores it). A selected rule whose default is off reports as a
  // warning.
  bool selected = rule.default_level != Level::Off;
  Level level = rule.default_level;
  auto step = [&](const LintLayer& layer) {
    if (layer.select) selected = layer.select->contains(rule);
    if (layer.extend_select.contains(rule)) selected = true;
    std::optional<Level> severity;
    if (auto it = layer.severity.find(category_name(rule.category)); it != layer.severity.end()) severity = it->second;
    if (auto it = layer.severity.find(rule.id); it != layer.severity.end()) severity = it->second;
    if (severity) {
      if (*severity == Level::Off) selected = false;
      else {
        level = *severity;
        selected = true;
      }
    }
    if (layer.ignore.contains(rule)) selected = false;
  };
  step(base);
  for (const Override& o : overrides) {
    for (const std::string& g : o.globs) {
      if (glob_match(g, relative_path)) {
        step(o.layer);
        break;
      }
    }
  }
  if (!selected) return Level::Off;
  return level == Level::Off ? Level::Warning : level;
}

LintConfig parse_lint_config(std::string_view config_text, FileId config_file, const SourceManager* sources,
                             DiagnosticSink& sink) {
  LintConfig config;
  config.text_hash = sha256_hex(config_text);
  if (config_text.empty()) return config;
  toml::table doc;
  try {
    doc = toml::parse(config_text);
  } catch (const toml::parse_error&) {
    return config;  // load_project reported it already
  }
  Parser parser(config_file, sources, sink, doc);
  const toml::node* lint_node = doc.get("lint");
  if (lint_node == nullptr) {
    if (const toml::node* t = doc["build"]["targets"].node()) {
      // `[build] targets` (what aep build compiles for) is the fallback list for portability rules.
      parser.read_targets(t, config);
    }
    return config;
  }
  const toml::table* lint = lint_node->as_table();
  if (lint == nullptr) {
    parser.invalid(*lint_node, "`lint` must be a table");
    return config;
  }
  parser.check_keys(*lint, {"select", "extend-select", "ignore", "severity", "overrides", "targets"}, "lint");
  config.base = parser.read_layer(*lint, "lint");
  if (const toml::node* t = lint->get("targets")) {
    parser.read_targets(t, config);
  } else if (const toml::node* pt = doc["build"]["targets"].node()) {
    parser.read_targets(pt, config);
  }
  if (const toml::node* o = lint->get("overrides")) {
    const toml::array* list = o->as_array();
    if (list == nullptr) {
      parser.invalid(*o, "`lint.overrides` must be an array of tables (`[[lint.overrides]]`)");
      return config;
    }
    for (const toml::node& item : *list) {
      const toml::table* t = item.as_table();
      if (t == nullptr) {
        parser.invalid(item, "each `[[lint.overrides]]` entry must be a table");
        continue;
      }
      parser.check_keys(*t, {"paths", "select", "extend-select", "ignore", "severity"}, "lint.overrides");
      Override ov;
      const toml::node* paths = t->get("paths");
      if (paths == nullptr || !paths->is_array()) {
        parser.invalid(paths ? *paths : item, "`[[lint.overrides]]` needs `paths = [\"glob\", ...]`");
        continue;
      }
      for (const toml::node& p : *paths->as_array()) {
        if (auto g = p.value<std::string>()) ov.globs.push_back(*g);
        else parser.invalid(p, "`paths` must be a list of glob strings");
      }
      ov.layer = parser.read_layer(*t, "lint.overrides");
      config.overrides.push_back(std::move(ov));
    }
  }
  return config;
}

void apply_command_line(LintConfig& config, const std::vector<std::string>& select,
                        const std::vector<std::string>& ignore, std::vector<std::string>& errors) {
  auto read = [&](const std::vector<std::string>& names, RuleSet& set, std::string_view flag) {
    for (const std::string& name : names) {
      if (name == "all") set.all = true;
      else if (auto c = parse_category(name)) set.categories.push_back(*c);
      else if (find_rule(name) != nullptr) set.ids.push_back(name);
      else {
        std::vector<std::string> known;
        for (const Rule* r : all_rules()) known.emplace_back(r->info().id);
        auto s = sema::closest_name(name, known);
        errors.push_back(fmt::format("unknown rule or category `{}` in {}{}", name, flag,
                                     s ? fmt::format(" (did you mean `{}`?)", *s) : std::string()));
      }
    }
  };
  // The command line is one more layer on top of aep.toml, overrides included.
  Override top;
  top.globs.push_back("**");
  if (!select.empty()) {
    top.layer.select.emplace();
    read(select, *top.layer.select, "--select");
  }
  read(ignore, top.layer.ignore, "--ignore");
  if (!select.empty() || !ignore.empty()) config.overrides.push_back(std::move(top));
}

bool glob_match(std::string_view glob, std::string_view path) {
  // Classic backtracking matcher; `**` also matches across '/'.
  if (glob.empty()) return path.empty();
  if (glob.starts_with("**")) {
    std::string_view rest = glob.substr(2);
    if (rest.starts_with('/')) {
      // "**/x" matches "x" and "a/b/x".
      if (glob_match(rest.substr(1), path)) return true;
    }
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(rest, path.substr(i))) return true;
    }
    return false;
  }
  if (glob.front() == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(glob.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (glob.front() == '?') return path.front() != '/' && glob_match(glob.substr(1), path.substr(1));
  return glob.front() == path.front() && glob_match(glob.substr(1), path.substr(1));
}

}  // namespace aep::lint
