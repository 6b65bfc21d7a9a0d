// The root of the AST: one parsed `.aep` file. Besides its declarations it
// keeps every comment with its span (doc comments are also attached to the
// nodes they document) so that the formatter can keep them.
#pragma once

#include <optional>
#include <vector>

#include "compiler/ast/decls.hpp"

namespace aep::ast {

enum class CommentKind : std::uint8_t { Line, Block, Doc };
struct Comment {
  CommentKind kind;
  Span span;  // the text is the source bytes of the span
};

struct Module {
  FileId file = kNoFile;
  Doc doc;  // the `///` block above `module`
  std::optional<QualifiedName> name;  // `module a.b` (sema checks it against the path)
  Span header_span;
  std::vector<DeclPtr> decls;
  std::vector<Comment> comments;  // in source order
  Span span;                      // the whole file
};

}  // namespace aep::ast
