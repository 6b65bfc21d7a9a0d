// Build diffs over the stored prompt summaries and payload templates.
#include "compiler/build/diff.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "compiler/build/json_diff.hpp"
#include "compiler/format/unified_diff.hpp"

namespace aep::build {
namespace {

Json key_set_diff(const Json& a, const Json& b) {
  Json out = {{"added", Json::array()}, {"removed", Json::array()}, {"changed", Json::array()}};
  for (auto it = a.begin(); it != a.end(); ++it) {
    if (!b.contains(it.key())) out["removed"].push_back(it.key());
    else if (b[it.key()] != it.value()) out["changed"].push_back(it.key());
  }
  for (auto it = b.begin(); it != b.end(); ++it) {
    if (!a.contains(it.key())) out["added"].push_back(it.key());
  }
  return out;
}

// Items of a list keyed by `key` (duplicates get #2, #3 ...).
std::map<std::string, Json> by_key(const Json& list, const char* key) {
  std::map<std::string, Json> out;
  if (!list.is_array()) return out;
  for (const auto& item : list) {
    std::string k = item.value(key, "");
    std::string unique = k;
    for (int n = 2; out.count(unique); ++n) unique = k + "#" + std::to_string(n);
    out[unique] = item;
  }
  return out;
}

std::vector<std::string> ordered_keys(const Json& a_list, const Json& b_list, const char* key) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Json* list : {&a_list, &b_list}) {
    if (!list->is_array()) continue;
    std::map<std::string, int> count;
    for (const auto& item : *list) {
      std::string k = item.value(key, "");
      int n = ++count[k];
      std::string unique = n == 1 ? k : k + "#" + std::to_string(n);
      if (seen.insert(unique).second) out.push_back(unique);
    }
  }
  return out;
}

Json text_changes(const Json& a_list, const Json& b_list, const char* key, const std::string& prompt, const char* kind) {
  Json out = Json::array();
  auto a = by_key(a_list, key), b = by_key(b_list, key);
  for (const std::string& name : ordered_keys(a_list, b_list, key)) {
    auto ia = a.find(name), ib = b.find(name);
    std::string old_text = ia != a.end() ? ia->second.value("text", "") : "";
    std::string new_text = ib != b.end() ? ib->second.value("text", "") : "";
    if (ia != a.end() && ib != b.end() && ia->second == ib->second) continue;
    std::string change = ia == a.end() ? "added" : ib == b.end() ? "removed" : "changed";
    Json j = {{"name", name}, {"change", change}};
    // Attributes other than the text (priority, origin, annotations) as pointer changes.
    if (change == "changed") {
      Json ja = ia->second, jb = ib->second;
      ja.erase("text");
      jb.erase("text");
      auto attrs = json_diff(ja, jb);
      if (!attrs.empty()) j["attributes"] = to_json(attrs);
    }
    auto with_newline = [](std::string s) { return s.empty() || s.back() == '\n' ? s : s + "\n"; };
    std::string label = fmt::format("{}#{}:{}", prompt, kind, name);
    j["diff"] = format::unified_diff(with_newline(old_text), with_newline(new_text), "a/" + label, "b/" + label);
    out.push_back(std::move(j));
  }
  return out;
}

Json flat_config(const Json& summary) {
  Json out = Json::object();
  if (summary.contains("config")) {
    for (auto it = summary["config"].begin(); it != summary["config"].end(); ++it) out[it.key()] = it.value();
  }
  if (summary.contains("targets")) {
    for (auto t = summary["targets"].begin(); t != summary["targets"].end(); ++t) {
      for (auto it = t.value().begin(); it != t.value().end(); ++it) out["targets." + t.key() + "." + it.key()] = it.value();
    }
  }
  return out;
}

Json keyed_value_changes(const Json& a, const Json& b, const char* field) {
  Json out = Json::array();
  for (auto it = a.begin(); it != a.end(); ++it) {
    if (!b.contains(it.key())) out.push_back({{field, it.key()}, {"op", "remove"}, {"old", it.value()}});
    else if (b[it.key()] != it.value()) out.push_back({{field, it.key()}, {"op", "replace"}, {"old", it.value()}, {"new", b[it.key()]}});
  }
  for (auto it = b.begin(); it != b.end(); ++it) {
    if (!a.contains(it.key())) out.push_back({{field, it.key()}, {"op", "add"}, {"new", it.value()}});
  }
  return out;
}

Json list_to_map(const Json& list, const char* key) {
  Json out = Json::object();
  for (auto& [k, v] : by_key(list, key)) out[k] = v;
  return out;
}

Expected<Json> diff_prompt(const Build& a, const Build& b, const std::string& q) {
  const Json& ea = a.manifest["prompts"][q];
  const Json& eb = b.manifest["prompts"][q];
  std::string da = ea.value("dir", ""), db = eb.value("dir", "");
  auto sa = read_build_json(a, da + "/prompt.json");
  if (!sa) return sa.error();
  auto sb = read_build_json(b, db + "/prompt.json");
  if (!sb) return sb.error();
  Json out = {{"prompt", q}};
  bool any = false;
  auto put = [&](const char* key, Json value) {
    if (value.empty()) return;
    out[key] = std::move(value);
    any = true;
  };
  put("sections", text_changes((*sa)["sections"], (*sb)["sections"], "name", q, "section"));
  // Messages are positional; key them by index and role.
  auto indexed = [](const Json& list) {
    Json out = Json::array();
    for (std::size_t i = 0; i < list.size(); ++i) {
      Json m = list[i];
      m["name"] = fmt::format("{} ({})", i, m.value("role", "?"));
      out.push_back(std::move(m));
    }
    return out;
  };
  put("messages", text_changes(indexed((*sa)["messages"]), indexed((*sb)["messages"]), "name", q, "message"));
  put("config", keyed_value_changes(flat_config(*sa), flat_config(*sb), "key"));
  put("inputs", keyed_value_changes(list_to_map((*sa)["inputs"], "name"), list_to_map((*sb)["inputs"], "name"), "name"));
  Json tools = Json::array();
  {
    Json ta = list_to_map((*sa)["tools"], "name"), tb = list_to_map((*sb)["tools"], "name");
    for (auto it = ta.begin(); it != ta.end(); ++it) {
      if (!tb.contains(it.key())) tools.push_back({{"name", it.key()}, {"change", "removed"}});
      else if (tb[it.key()] != it.value()) tools.push_back({{"name", it.key()}, {"change", "changed"}, {"changes", to_json(json_diff(it.value(), tb[it.key()]))}});
    }
    for (auto it = tb.begin(); it != tb.end(); ++it) {
      if (!ta.contains(it.key())) tools.push_back({{"name", it.key()}, {"change", "added"}});
    }
  }
  put("tools", std::move(tools));
  put("output", to_json(json_diff((*sa)["output"], (*sb)["output"])));
  Json other_a = *sa, other_b = *sb;
  for (const char* k : {"sections", "messages", "config", "targets", "inputs", "tools", "output"}) {
    other_a.erase(k);
    other_b.erase(k);
  }
  put("other", to_json(json_diff(other_a, other_b)));

  Json payloads = Json::object();
  std::set<std::string> targets;
  for (const Json* e : {&ea, &eb}) {
    if (e->contains("targets")) {
      for (auto it = (*e)["targets"].begin(); it != (*e)["targets"].end(); ++it) targets.insert(it.key());
    }
  }
  for (const std::string& t : targets) {
    bool in_a = ea.contains("targets") && ea["targets"].contains(t);
    bool in_b = eb.contains("targets") && eb["targets"].contains(t);
    if (!in_a || !in_b) {
      payloads[t] = {{"change", in_a ? "removed" : "added"}};
      continue;
    }
    bool ok_a = ea["targets"][t].value("ok", false), ok_b = eb["targets"][t].value("ok", false);
    if (!ok_a || !ok_b) {
      if (ok_a != ok_b) payloads[t] = {{"change", ok_b ? "fixed" : "failed"}};
      continue;
    }
    auto pa = read_build_json(a, da + "/" + t + ".json");
    if (!pa) return pa.error();
    auto pb = read_build_json(b, db + "/" + t + ".json");
    if (!pb) return pb.error();
    Json j = Json::object();
    if ((*pa)["model"] != (*pb)["model"]) j["model"] = {{"old", (*pa)["model"]}, {"new", (*pb)["model"]}};
    if ((*pa)["path"] != (*pb)["path"]) j["path"] = {{"old", (*pa)["path"]}, {"new", (*pb)["path"]}};
    auto changes = json_diff((*pa)["payload"], (*pb)["payload"]);
    if (changes.empty() && j.empty()) continue;
    j["change"] = "changed";
    j["changes"] = to_json(changes);
    payloads[t] = std::move(j);
  }
  put("payloads", std::move(payloads));
  if (!any) return Json(nullptr);
  return out;
}

// For a changed string, the part that differs with a little context on each
// side, so a one-word edit in a 2,000-character system prompt is readable.
std::pair<std::string, std::string> string_excerpts(const std::string& a, const std::string& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) ++suffix;
  // Keep cuts on UTF-8 boundaries.
  auto back_to_boundary = [](const std::string& s, std::size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  std::size_t from = back_to_boundary(a, prefix > 30 ? prefix - 30 : 0);
  auto cut = [&](const std::string& s) {
    std::size_t mid_end = s.size() - suffix;
    std::size_t to = back_to_boundary(s, std::min(s.size(), mid_end + 30));
    if (to < mid_end) to = mid_end;
    std::string middle = s.substr(prefix, mid_end - prefix);
    if (middle.size() > 160) middle = middle.substr(0, back_to_boundary(middle, 157)) + "...";
    std::string text = (from > 0 ? "..." : "") + s.substr(from, prefix - from) + "[" + middle + "]" + s.substr(mid_end, to - mid_end) +
                       (to < s.size() ? "..." : "");
    return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
  };
  return {cut(a), cut(b)};
}

std::string short_value(const Json& v) {
  std::string s = v.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (s.size() > 100) s = s.substr(0, 97) + "...";
  return s;
}

using FileMap = std::map<std::string, std::string>;

FileMap file_map(const Build& b) {
  FileMap out;
  if (b.manifest.contains("files")) {
    for (auto it = b.manifest["files"].begin(); it != b.manifest["files"].end(); ++it) out[it.key()] = it.value().get<std::string>();
  }
  return out;
}

bool same_artifacts(const FileMap& fa, const FileMap& fb, const std::string& da, const std::string& db) {
  if (da != db || da.empty()) return false;
  std::string prefix = da + "/";
  auto collect = [&](const FileMap& files) {
    FileMap out;
    for (auto it = files.lower_bound(prefix); it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
      if (it->first != prefix + "ir.txt") out.insert(*it);
    }
    return out;
  };
  return collect(fa) == collect(fb);
}

}  // namespace

Expected<Json> diff_builds(const Build& a, const Build& b) {
  Json out = {{"from", a.id}, {"to", b.id}};
  out["sources"] = key_set_diff(a.manifest.value("sources", Json::object()), b.manifest.value("sources", Json::object()));
  Json pa = a.manifest.value("prompts", Json::object()), pb = b.manifest.value("prompts", Json::object());
  Json prompts = {{"added", Json::array()}, {"removed", Json::array()}, {"changed", Json::array()}};
  FileMap files_a = file_map(a), files_b = file_map(b);
  for (auto it = pa.begin(); it != pa.end(); ++it) {
    if (!pb.contains(it.key())) prompts["removed"].push_back(it.key());
  }
  for (auto it = pb.begin(); it != pb.end(); ++it) {
    if (!pa.contains(it.key())) {
      prompts["added"].push_back(it.key());
      continue;
    }
    // Equal artifact hashes mean an equal prompt: skip reading it (a large
    // build differs in a handful of prompts). ir.txt is left out: it carries
    // line numbers, which move without any change in meaning.
    if (same_artifacts(files_a, files_b, pa[it.key()].value("dir", ""), it.value().value("dir", ""))) continue;
    auto d = diff_prompt(a, b, it.key());
    if (!d) return d.error();
    if (!d->is_null()) prompts["changed"].push_back(std::move(*d));
  }
  out["prompts"] = std::move(prompts);
  return out;
}

std::string diff_text(const Json& diff, bool color) {
  std::string out;
  auto paint = [&](const std::string& line, const char* code) {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, line) : line;
  };
  out += fmt::format("diff {} -> {}\n", diff["from"].get<std::string>().substr(0, 12), diff["to"].get<std::string>().substr(0, 12));
  const Json& s = diff["sources"];
  for (const char* kind : {"added", "removed", "changed"}) {
    for (const auto& f : s[kind]) out += fmt::format("source {}: {}\n", kind, f.get<std::string>());
  }
  const Json& p = diff["prompts"];
  for (const auto& q : p["added"]) out += paint(fmt::format("prompt added: {}", q.get<std::string>()), "32") + "\n";
  for (const auto& q : p["removed"]) out += paint(fmt::format("prompt removed: {}", q.get<std::string>()), "31") + "\n";
  for (const auto& c : p["changed"]) {
    out += "\n" + paint(fmt::format("prompt {}", c["prompt"].get<std::string>()), "1") + "\n";
    for (const char* kind : {"sections", "messages"}) {
      if (!c.contains(kind)) continue;
      for (const auto& t : c[kind]) {
        out += fmt::format("  {} {}: {}\n", kind == std::string("sections") ? "section" : "message", t["name"].get<std::string>(),
                           t["change"].get<std::string>());
        if (t.contains("attributes")) {
          for (const auto& a : t["attributes"]) {
            out += fmt::format("    {}: {} -> {}\n", a["pointer"].get<std::string>(), a.contains("old") ? short_value(a["old"]) : "(none)",
                               a.contains("new") ? short_value(a["new"]) : "(none)");
          }
        }
        std::string d = t.value("diff", "");
        std::size_t start = 0;
        while (start < d.size()) {
          std::size_t end = d.find('\n', start);
          if (end == std::string::npos) end = d.size();
          std::string line = d.substr(start, end - start);
          const char* code = line.starts_with("+++") || line.starts_with("---") ? "1"
                             : line.starts_with('+') ? "32" : line.starts_with('-') ? "31" : line.starts_with("@@") ? "36" : nullptr;
          out += "    " + (code ? paint(line, code) : line) + "\n";
          start = end + 1;
        }
      }
    }
    for (const char* kind : {"config", "inputs"}) {
      if (!c.contains(kind)) continue;
      const char* field = kind == std::string("config") ? "key" : "name";
      for (const auto& k : c[kind]) {
        std::string op = k["op"].get<std::string>();
        std::string name = k[field].get<std::string>();
        std::string label = kind == std::string("config") ? "config" : "input";
        // Config values are expression text already: print them as written.
        auto shown = [&](const Json& v) { return v.is_string() && label == "config" ? v.get<std::string>() : short_value(v); };
        if (op == "add") out += fmt::format("  {} {}: added {}\n", label, name, shown(k["new"]));
        else if (op == "remove") out += fmt::format("  {} {}: removed (was {})\n", label, name, shown(k["old"]));
        else out += fmt::format("  {} {}: {} -> {}\n", label, name, shown(k["old"]), shown(k["new"]));
      }
    }
    auto changes = [&](const Json& list, const std::string& indent) {
      for (const auto& ch : list) {
        std::string ptr = ch["pointer"].get<std::string>();
        std::string op = ch["op"].get<std::string>();
        if (op == "add") out += indent + paint(fmt::format("{}: added {}", ptr.empty() ? "/" : ptr, short_value(ch["new"])), "32") + "\n";
        else if (op == "remove") out += indent + paint(fmt::format("{}: removed (was {})", ptr.empty() ? "/" : ptr, short_value(ch["old"])), "31") + "\n";
        else if (ch["old"].is_string() && ch["new"].is_string()) {
          auto [o, n] = string_excerpts(ch["old"].get<std::string>(), ch["new"].get<std::string>());
          out += indent + fmt::format("{}:\n{}  - {}\n{}  + {}", ptr.empty() ? "/" : ptr, indent, paint(o, "31"), indent, paint(n, "32")) + "\n";
        } else {
          out += indent + fmt::format("{}: {} -> {}", ptr.empty() ? "/" : ptr, short_value(ch["old"]), short_value(ch["new"])) + "\n";
        }
      }
    };
    if (c.contains("tools")) {
      for (const auto& t : c["tools"]) {
        out += fmt::format("  tool {}: {}\n", t["name"].get<std::string>(), t["change"].get<std::string>());
        if (t.contains("changes")) changes(t["changes"], "    ");
      }
    }
    if (c.contains("output")) {
      out += "  output schema:\n";
      changes(c["output"], "    ");
    }
    if (c.contains("other")) {
      out += "  other:\n";
      changes(c["other"], "    ");
    }
    if (c.contains("payloads")) {
      for (auto it = c["payloads"].begin(); it != c["payloads"].end(); ++it) {
        const Json& t = it.value();
        out += fmt::format("  payload {}: {}\n", it.key(), t["change"].get<std::string>());
        if (t.contains("model")) out += fmt::format("    model: {} -> {}\n", short_value(t["model"]["old"]), short_value(t["model"]["new"]));
        if (t.contains("path")) out += fmt::format("    path: {} -> {}\n", short_value(t["path"]["old"]), short_value(t["path"]["new"]));
        if (t.contains("changes")) changes(t["changes"], "    ");
      }
    }
  }
  if (p["added"].empty() && p["removed"].empty() && p["changed"].empty()) out += "no prompt changed\n";
  return out;
}

}  // namespace aep::build
