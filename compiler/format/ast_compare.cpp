// dump_without_spans (see format.hpp): the formatter's proof of meaning
// preservation compares these, so they must keep every field but positions.
#include <string>

#include "compiler/ast/dump.hpp"
#include "compiler/format/format.hpp"

namespace aep::format {

std::string dump_without_spans(const ast::Module& module) {
  std::string dump = ast::dump_ast(module);
  std::string out;
  out.reserve(dump.size());
  std::size_t line_start = 0;
  while (line_start < dump.size()) {
    std::size_t nl = dump.find('\n', line_start);
    std::size_t line_end = nl == std::string::npos ? dump.size() : nl;
    std::string_view line(dump.data() + line_start, line_end - line_start);
    // Every node line ends with " @line:col [begin,end)"; quoted text before
    // it cannot contain " @" followed by that shape at the very end.
    std::size_t at = line.rfind(" @");
    if (at != std::string_view::npos && !line.empty() && line.back() == ')' &&
        line.find('[', at) != std::string_view::npos) {
      line = line.substr(0, at);
    }
    out += line;
    out += '\n';
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace aep::format
