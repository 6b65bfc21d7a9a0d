// Machine output: aep's own JSON and SARIF 2.1.0 (OASIS standard; the
// fields used are those GitHub code scanning and VS Code's SARIF viewer
// read). Columns are UTF-16 code units, declared with columnKind, since that
// is SARIF's default and what both consumers expect.
#include <map>

#include <fmt/format.h>

#include "compiler/lint/output.hpp"

namespace aep::lint {
namespace {

using Json = nlohmann::ordered_json;

std::string_view level_word(Level l) { return l == Level::Error ? "error" : l == Level::Warning ? "warning" : "note"; }

Json position_json(const Position& p) {
  return Json{{"line", p.line}, {"column", p.column}, {"end_line", p.end_line}, {"end_column", p.end_column},
              {"offset", p.begin}, {"length", p.end - p.begin}};
}

// RFC 3986: keep unreserved characters and '/', percent-encode the rest.
std::string uri_encode(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '_' || c == '.' || c == '~' || c == '/';
    if (keep) out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

Json artifact(const std::string& path) {
  if (!path.empty() && path.front() == '/') return Json{{"uri", "file://" + uri_encode(path)}};
  return Json{{"uri", uri_encode(path)}, {"uriBaseId", "%SRCROOT%"}};
}

Json region(const Position& p) {
  Json r{{"startLine", p.line}, {"startColumn", p.column16}};
  if (p.end_line != 0) {
    r["endLine"] = p.end_line;
    r["endColumn"] = p.end_column16;
  }
  r["byteOffset"] = p.begin;
  r["byteLength"] = p.end - p.begin;
  return r;
}

std::string ensure_nl(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

Json rule_descriptor(const RuleInfo& info) {
  std::string help = std::string(info.rationale);
  std::string markdown = fmt::format("{}\n\nFires:\n\n```aep\n{}```\n\nDoes not fire:\n\n```aep\n{}```\n",
                                     info.rationale, ensure_nl(info.bad_example), ensure_nl(info.good_example));
  Json d{{"id", info.id},
         {"name", info.id},
         {"shortDescription", {{"text", info.summary}}},
         {"fullDescription", {{"text", info.rationale}}},
         {"help", {{"text", help}, {"markdown", markdown}}},
         {"defaultConfiguration",
          {{"enabled", info.default_level != Level::Off},
           {"level", info.default_level == Level::Off ? "warning" : std::string(level_word(info.default_level))}}},
         {"properties",
          {{"category", category_name(info.category)},
           {"tags", Json::array({category_name(info.category)})},
           {"fixable", info.fixable},
           {"scope", info.scope == RuleInfo::Scope::Module ? "module" : "project"}}}};
  return d;
}

}  // namespace

std::string file_uri(const std::string& absolute_dir) {
  std::string s = "file://" + uri_encode(absolute_dir);
  if (s.back() != '/') s += '/';
  return s;
}

nlohmann::ordered_json to_json(const std::vector<LintResult>& results) {
  Json list = Json::array();
  std::size_t errors = 0, warnings = 0, notes = 0;
  for (const LintResult& r : results) {
    errors += r.level == Level::Error;
    warnings += r.level == Level::Warning;
    notes += r.level == Level::Note;
    Json j{{"rule", r.rule}, {"severity", level_word(r.level)}, {"path", r.path}};
    j["position"] = position_json(r.position);
    j["message"] = r.message;
    if (r.help) j["help"] = *r.help;
    if (!r.notes.empty()) {
      Json notes_json = Json::array();
      for (const ResultNote& n : r.notes) {
        Json nj{{"message", n.message}};
        if (!n.path.empty()) {
          nj["path"] = n.path;
          nj["position"] = position_json(n.position);
        }
        notes_json.push_back(std::move(nj));
      }
      j["notes"] = std::move(notes_json);
    }
    if (r.fix) {
      j["fix"] = Json{{"description", r.fix->description},
                      {"offset", r.fix->begin},
                      {"length", r.fix->end - r.fix->begin},
                      {"replacement", r.fix->replacement}};
    }
    j["fingerprint"] = r.fingerprint;
    list.push_back(std::move(j));
  }
  return Json{{"version", 1}, {"results", std::move(list)}, {"errors", errors}, {"warnings", warnings}, {"notes", notes}};
}

nlohmann::ordered_json to_sarif(const std::vector<LintResult>& results, const std::string& base_uri) {
  // Descriptors for the rules that occur (as ESLint's and Clippy's SARIF
  // writers do): a report stays small and does not change when an unrelated
  // rule is added. `aep lint --list-rules --format json` lists them all.
  Json rules = Json::array();
  std::map<std::string, std::size_t> index;
  for (const LintResult& r : results) {
    if (index.count(r.rule)) continue;
    if (const Rule* rule = find_rule(r.rule)) {
      index[r.rule] = rules.size();
      rules.push_back(rule_descriptor(rule->info()));
    }
  }
  // Compiler diagnostics that occur get a descriptor from the kind registry.
  for (const LintResult& r : results) {
    if (index.count(r.rule)) continue;
    for (const DiagKindInfo& k : all_diag_kinds()) {
      if (k.code != r.rule) continue;
      index[r.rule] = rules.size();
      rules.push_back(Json{{"id", k.code},
                           {"name", k.name},
                           {"shortDescription", {{"text", k.summary}}},
                           {"fullDescription", {{"text", k.summary}}},
                           {"help", {{"text", fmt::format("see docs/diagnostics.md, code {}", k.code)}}},
                           {"defaultConfiguration", {{"level", level_word(level_of(k.severity))}}},
                           {"properties", {{"category", "compiler"}, {"tags", Json::array({"compiler"})}}}});
    }
  }
  Json out_results = Json::array();
  for (const LintResult& r : results) {
    Json res{{"ruleId", r.rule}};
    if (auto it = index.find(r.rule); it != index.end()) res["ruleIndex"] = it->second;
    res["level"] = level_word(r.level);
    std::string text = r.message;
    if (r.help) text += "\nhelp: " + *r.help;
    res["message"] = Json{{"text", text}};
    if (!r.path.empty()) {
      res["locations"] = Json::array({Json{{"physicalLocation", {{"artifactLocation", artifact(r.path)}, {"region", region(r.position)}}}}});
    }
    Json related = Json::array();
    int id = 1;
    for (const ResultNote& n : r.notes) {
      if (n.path.empty() || n.position.line == 0) continue;
      related.push_back(Json{{"id", id++},
                             {"physicalLocation", {{"artifactLocation", artifact(n.path)}, {"region", region(n.position)}}},
                             {"message", {{"text", n.message}}}});
    }
    if (!related.empty()) res["relatedLocations"] = std::move(related);
    res["partialFingerprints"] = Json{{"primaryLocationLineHash", r.fingerprint}};
    if (r.fix && !r.path.empty()) {
      res["fixes"] = Json::array({Json{
          {"description", {{"text", r.fix->description}}},
          {"artifactChanges",
           Json::array({Json{{"artifactLocation", artifact(r.path)},
                             {"replacements",
                              Json::array({Json{{"deletedRegion", {{"byteOffset", r.fix->begin}, {"byteLength", r.fix->end - r.fix->begin}}},
                                                {"insertedContent", {{"text", r.fix->replacement}}}}})}}})}}});
    }
    out_results.push_back(std::move(res));
  }
  Json run{{"tool",
            {{"driver",
              {{"name", "aep"},
               {"fullName", "Aether prompt compiler (aep lint)"},
               {"informationUri", "https://github.com/aether-prompts/aep/blob/main/docs/lint.md"},
               {"version", "0.1.0"},
               {"semanticVersion", "0.1.0"},
               {"rules", std::move(rules)}}}}},
           {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", base_uri}}}}},
           {"columnKind", "utf16CodeUnits"},
           {"results", std::move(out_results)}};
  return Json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
}

nlohmann::ordered_json rules_json() {
  Json list = Json::array();
  for (const Rule* rule : all_rules()) {
    const RuleInfo& i = rule->info();
    list.push_back(Json{{"id", i.id},
                        {"category", category_name(i.category)},
                        {"default_level", level_name(i.default_level)},
                        {"scope", i.scope == RuleInfo::Scope::Module ? "module" : "project"},
                        {"fixable", i.fixable},
                        {"summary", i.summary},
                        {"rationale", i.rationale},
                        {"bad_example", i.bad_example},
                        {"good_example", i.good_example}});
  }
  return list;
}

}  // namespace aep::lint
