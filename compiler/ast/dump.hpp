// dump_ast: the AST as stable, indented text, one node a line, each with its
// kind, key fields and `@line:col [begin,end)` (byte range). It is the format
// of the golden files under tests/golden/syntax/ and of `aep parse
// --dump-ast`, so it only changes on purpose.
#pragma once

#include <string>

#include "compiler/ast/module.hpp"

namespace aep::ast {

std::string dump_ast(const Module& module);

// Quotes text the way the dump does (JSON-style escapes, UTF-8 kept).
std::string quote_for_dump(std::string_view text);

}  // namespace aep::ast

namespace aep {
// Also reachable as aep::dump_ast.
using ast::dump_ast;
}  // namespace aep
