// Finding and applying `// aep: ignore[...]` comments (see suppress.hpp).
#include "compiler/lint/suppress.hpp"

#include <fmt/format.h>

namespace aep::lint {
namespace {

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Parses one comment; nullopt when it is not a suppression at all.
std::optional<Suppression> parse_comment(const SourceFile& file, const ast::Comment& comment) {
  std::string_view all = file.text();
  if (comment.span.end > all.size() || comment.span.begin >= comment.span.end) return std::nullopt;
  std::string_view text = all.substr(comment.span.begin, comment.span.end - comment.span.begin);
  std::size_t body = 2;  // after `//` or `/*`
  if (text.size() < 2) return std::nullopt;
  std::size_t i = body;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (text.substr(i, 4) != "aep:") return std::nullopt;
  i += 4;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  Suppression s;
  s.comment = comment.span;
  std::string_view rest = text.substr(i);
  if (rest.starts_with("ignore-next-line")) {
    s.kind = Suppression::Kind::NextLine;
    i += 16;
  } else if (rest.starts_with("ignore-file")) {
    s.kind = Suppression::Kind::File;
    i += 11;
  } else if (rest.starts_with("ignore")) {
    s.kind = Suppression::Kind::Line;
    i += 6;
  } else {
    return std::nullopt;  // `// aep: something else` is for other tools
  }
  LineColumn at = file.locate(comment.span.begin);
  s.target_line = s.kind == Suppression::Kind::NextLine ? at.line + 1 : at.line;
  std::string_view line = file.line_text(at.line);
  std::uint32_t line_start = file.line_start(at.line);
  s.alone_on_line = line.substr(0, comment.span.begin - line_start).find_first_not_of(" \t") == std::string_view::npos;
  if (i >= text.size() || text[i] != '[') {
    s.malformed = true;
    return s;
  }
  ++i;
  while (i < text.size() && text[i] != ']') {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && is_id_char(text[i])) ++i;
    if (i > start) {
      auto begin = static_cast<std::uint32_t>(comment.span.begin + start);
      s.ids.push_back({std::string(text.substr(start, i - start)), file.span(begin, begin + static_cast<std::uint32_t>(i - start))});
    } else if (i < text.size() && text[i] != ']') {
      ++i;  // a stray character: skip it rather than loop
    }
  }
  if (i >= text.size() || s.ids.empty()) s.malformed = true;
  return s;
}

bool suppressible(const LintResult& r) {
  // Errors of the compiler itself (syntax, sema) cannot be hidden: the file
  // would not compile anyway.
  return !(r.rule.size() == 5 && r.rule[0] == 'E' && r.level == Level::Error);
}

}  // namespace

std::vector<Suppression> find_suppressions(const SourceFile& file, const ast::Module& module) {
  std::vector<Suppression> out;
  for (const ast::Comment& c : module.comments) {
    if (c.kind == ast::CommentKind::Doc) continue;
    if (auto s = parse_comment(file, c)) out.push_back(std::move(*s));
  }
  return out;
}

void apply_suppressions(std::vector<Suppression>& suppressions, std::vector<LintResult>& results) {
  if (suppressions.empty()) return;
  std::erase_if(results, [&](const LintResult& r) {
    if (!suppressible(r)) return false;
    bool hidden = false;
    for (Suppression& s : suppressions) {
      if (s.kind != Suppression::Kind::File && s.target_line != r.position.line) continue;
      for (Suppression::Id& id : s.ids) {
        if (id.id == r.rule) {
          id.used = true;
          hidden = true;
        }
      }
    }
    return hidden;
  });
}

namespace {

// The edit that removes one id: the whole comment when it is the only id
// (with the blanks before it, or its whole line when it stands alone), else
// the id and one neighbouring comma.
Fix removal(const Suppression& s, std::size_t index, const SourceFile& file) {
  std::string_view text = file.text();
  Fix fix;
  if (s.ids.size() == 1) {
    std::uint32_t begin = s.comment.begin, end = s.comment.end;
    LineColumn at = file.locate(begin);
    std::uint32_t line_start = file.line_start(at.line);
    if (s.alone_on_line) {
      begin = line_start;
      std::uint32_t line_end = line_start + static_cast<std::uint32_t>(file.line_text(at.line).size());
      end = line_end;
      if (end < text.size() && text[end] == '\r') ++end;
      if (end < text.size() && text[end] == '\n') ++end;
    } else {
      while (begin > line_start && (text[begin - 1] == ' ' || text[begin - 1] == '\t')) --begin;
    }
    fix.span = file.span(begin, end);
    fix.description = "remove the unused suppression";
    return fix;
  }
  std::uint32_t begin = s.ids[index].span.begin, end = s.ids[index].span.end;
  if (index + 1 < s.ids.size()) {
    end = s.ids[index + 1].span.begin;  // "a, b" -> "b"
  } else {
    begin = s.ids[index - 1].span.end;  // "a, b" -> "a"
  }
  fix.span = file.span(begin, end);
  fix.description = fmt::format("remove `{}` from the suppression", s.ids[index].id);
  return fix;
}

}  // namespace

void suppression_findings(const std::vector<Suppression>& suppressions, const SourceFile& file,
                          const SuppressionChecks& checks, std::vector<Finding>& out) {
  for (const Suppression& s : suppressions) {
    if (s.malformed) {
      Finding f;
      f.rule = "unknown-rule";
      f.span = s.comment;
      f.message = "this suppression names no rule";
      f.help = "write `// aep: ignore[rule-id]`, `ignore-next-line[rule-id]` or `ignore-file[rule-id]`";
      out.push_back(std::move(f));
      continue;
    }
    std::size_t unused_known = 0;
    for (const auto& id : s.ids) unused_known += (!id.used && checks.known(id.id) && checks.active(id.id)) ? 1 : 0;
    for (std::size_t i = 0; i < s.ids.size(); ++i) {
      const auto& id = s.ids[i];
      if (!checks.known(id.id)) {
        Finding f;
        f.rule = "unknown-rule";
        f.span = id.span;
        f.message = fmt::format("unknown rule `{}` in a suppression", id.id);
        std::string s2 = checks.suggest(id.id);
        f.help = s2.empty() ? "`aep lint --list-rules` lists every rule id" : fmt::format("did you mean `{}`?", s2);
        out.push_back(std::move(f));
        continue;
      }
      if (id.used || !checks.active(id.id)) continue;
      Finding f;
      f.rule = "unused-suppression";
      f.span = id.span;
      f.message = fmt::format("`{}` is suppressed here but reports nothing", id.id);
      // Removing every id of one comment at once would need one edit per id
      // on overlapping text; remove the whole comment when all are unused.
      if (unused_known == s.ids.size()) {
        Suppression whole = s;
        whole.ids.resize(1);
        if (i == 0) f.fix = removal(whole, 0, file);
      } else {
        f.fix = removal(s, i, file);
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace aep::lint
