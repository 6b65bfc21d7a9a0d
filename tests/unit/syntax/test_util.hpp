// Helpers shared by the syntax tests: parse a string as a file and look at
// the result.
#pragma once

#include <memory>
#include <string>

#include "compiler/ast/dump.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/parse.hpp"

namespace aep::test {

struct Parsed {
  std::unique_ptr<SourceManager> sources = std::make_unique<SourceManager>();
  DiagnosticSink sink;
  std::unique_ptr<ast::Module> module;
  const SourceFile& file() const { return sources->file(module->file); }
  std::string messages() const {
    std::string out;
    for (const auto& d : sink.diagnostics()) out += std::string(d.code()) + " " + d.message + "\n";
    return out;
  }
};

inline Parsed parse_text(std::string text, const syntax::ParseOptions& options = {}) {
  Parsed p;
  FileId id = p.sources->add("test.aep", std::move(text));
  p.module = syntax::parse(p.sources->file(id), p.sink, options);
  return p;
}

template <class T>
const T& as(const auto& ptr) {
  return static_cast<const T&>(*ptr);
}

}  // namespace aep::test
