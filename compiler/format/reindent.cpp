// Re-indentation of multi-line units (see reindent.hpp). Why it preserves a
// string's value: rule 3 of indentation stripping removes the longest run of
// leading whitespace common to every non-blank line, so adding the same n
// spaces in front of every line after the (dropped) opening line adds n to
// that common run and nothing else; removing n spaces that every such line
// has removes n from it. Whitespace-only lines are blank for the rule and
// come out empty either way.
#include "compiler/format/reindent.hpp"

#include <vector>

namespace aep::format {

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(text.substr(start));
      return lines;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
}

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

std::size_t leading_spaces(const std::string& line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

void trim_right(std::string& line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
}

}  // namespace

std::optional<std::string> shift_lines(const std::string& text, long delta, bool is_string) {
  if (text.find('\r') != std::string::npos) return std::nullopt;
  std::vector<std::string> lines = split_lines(text);
  if (lines.size() < 2) return text;
  if (is_string) {
    // The opening quotes must end their line (rule 1), else the first line's
    // content takes part in the common indentation and cannot move.
    std::size_t q = lines[0].rfind("\"\"\"");
    if (q == std::string::npos || !is_blank(lines[0].substr(q + 3))) return std::nullopt;
    trim_right(lines[0]);
  }
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (is_blank(lines[i]) && (is_string || i + 1 < lines.size())) continue;
    if (delta < 0 && leading_spaces(lines[i]) < static_cast<std::size_t>(-delta)) return std::nullopt;
  }
  std::string out = lines[0];
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string line = lines[i];
    if (is_blank(line) && i + 1 < lines.size()) {
      line.clear();
    } else if (delta > 0) {
      line.insert(0, static_cast<std::size_t>(delta), ' ');
    } else if (delta < 0) {
      line.erase(0, static_cast<std::size_t>(-delta));
    }
    out += '\n';
    out += line;
  }
  return out;
}

}  // namespace aep::format
