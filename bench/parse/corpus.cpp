// Corpus generation for the parse benchmark (see corpus.hpp). Declared names
// get a numeric suffix per copy so the text varies like a real code base
// rather than repeating byte for byte.
#include "corpus.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace aep::bench {
namespace fs = std::filesystem;
namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string rename_declarations(const std::string& text, std::size_t copy) {
  static const std::regex decl(
      R"(\b(prompt|fragment|mixin|enum|type|tool|test|eval|section) ([A-Za-z_][A-Za-z0-9_]*))");
  return std::regex_replace(text, decl, "$1 $2_" + std::to_string(copy));
}

// Drops `module` and `import` lines so bodies can be concatenated into one module.
std::string body_only(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.rfind("module ", 0) == 0 || line.rfind("import ", 0) == 0) continue;
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

Corpus make_corpus(const fs::path& dir, std::size_t total_bytes, std::size_t one_file_bytes) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".aep") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error("no .aep files under " + dir.string());
  std::vector<std::string> sources;
  for (const fs::path& f : files) sources.push_back(read(f));

  Corpus corpus;
  std::size_t bytes = 0;
  for (std::size_t copy = 0; bytes < total_bytes; ++copy) {
    for (const std::string& s : sources) {
      corpus.modules.push_back(rename_declarations(s, copy));
      bytes += corpus.modules.back().size();
    }
  }
  corpus.one_file = "module bench.big\n";
  for (std::size_t copy = 0; corpus.one_file.size() < one_file_bytes; ++copy) {
    for (const std::string& s : sources) corpus.one_file += rename_declarations(body_only(s), copy);
  }
  return corpus;
}

}  // namespace aep::bench
