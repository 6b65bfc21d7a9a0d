// Expressions, strings and templates of the AST. Expressions appear in
// conditions (`if`), loops (`for`), interpolations (`{{ expr | filter }}`),
// defaults, config values, annotation arguments, test inputs and eval
// assertions. Strings are trees too: text parts and interpolations, so that
// sema can check every name a template uses without reparsing.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source/span.hpp"

namespace aep::ast {

// An identifier as written (backquotes of `quoted` names removed).
struct Name {
  std::string text;
  Span span;
};

// a.b.c: module paths, references to prompts, fragments, tools and types.
struct QualifiedName {
  std::vector<Name> parts;
  Span span;
  std::string joined() const;  // "a.b.c"
};

// A `///` doc comment block attached to the declaration that follows it.
struct Doc {
  std::string text;  // lines without the leading "///" and one space, joined by '\n'
  Span span;         // from the first `///` to the end of the last line
  bool empty() const { return text.empty() && !span.valid(); }
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// A call or annotation argument: positional (`5`) or named (`max_tokens: 200`).
struct Arg {
  std::optional<Name> name;
  ExprPtr value;
  Span span;
};

// `| name` or `| name(args)` after an interpolated expression.
struct Filter {
  Name name;
  bool has_parens = false;
  std::vector<Arg> args;
  Span span;
};

// `{{ expr | filter ... }}`.
struct Interpolation {
  ExprPtr expr;
  std::vector<Filter> filters;
  Span span;
};

enum class StringStyle : std::uint8_t {
  Quoted,     // "..."            escapes and interpolation, one line
  Triple,     // """..."""        escapes and interpolation, indentation stripped
  Raw,        // r"..."           no escapes, no interpolation, one line
  RawTriple,  // r"""..."""       no escapes, no interpolation, indentation stripped
  RawHash,    // r#"..."#         no escapes, no interpolation, may contain quotes
};

// One piece of a string: literal text (escapes decoded, indentation already
// stripped) or an interpolation.
struct StringPart {
  std::string text;                      // for text parts
  std::unique_ptr<Interpolation> interp;  // for interpolations (text is empty)
  Span span;                             // source of the part
  bool is_text() const { return interp == nullptr; }
};

struct StringLit {
  StringStyle style = StringStyle::Quoted;
  std::vector<StringPart> parts;
  Span span;
  bool has_interpolation() const;
  // The text when there is no interpolation (parts concatenated).
  std::string plain_text() const;
};

enum class ExprKind : std::uint8_t {
  Null, Bool, Int, Float, String, Name, Member, Index, Call, Unary, Compare, Logical, List, Object,
  Error,  // stands in for an expression the parser could not read
};

struct Expr {
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  ExprKind kind;
  Span span;
};

struct NullExpr : Expr { NullExpr() : Expr(ExprKind::Null) {} };
struct ErrorExpr : Expr { ErrorExpr() : Expr(ExprKind::Error) {} };
struct BoolExpr : Expr {
  BoolExpr() : Expr(ExprKind::Bool) {}
  bool value = false;
};
struct IntExpr : Expr {
  IntExpr() : Expr(ExprKind::Int) {}
  std::int64_t value = 0;
  std::string text;  // as written (may contain '_')
  bool negative = false;  // `-5` is one literal
};
struct FloatExpr : Expr {
  FloatExpr() : Expr(ExprKind::Float) {}
  double value = 0;
  std::string text;
};
struct StringExpr : Expr {
  StringExpr() : Expr(ExprKind::String) {}
  StringLit value;
};
struct NameExpr : Expr {
  NameExpr() : Expr(ExprKind::Name) {}
  Name name;
};
struct MemberExpr : Expr {  // object.member
  MemberExpr() : Expr(ExprKind::Member) {}
  ExprPtr object;
  Name member;
};
struct IndexExpr : Expr {  // object[index]
  IndexExpr() : Expr(ExprKind::Index) {}
  ExprPtr object;
  ExprPtr index;
};
struct CallExpr : Expr {  // callee(args)
  CallExpr() : Expr(ExprKind::Call) {}
  ExprPtr callee;
  std::vector<Arg> args;
};
enum class UnaryOp : std::uint8_t { Not, Negate };
struct UnaryExpr : Expr {
  UnaryExpr() : Expr(ExprKind::Unary) {}
  UnaryOp op = UnaryOp::Not;
  ExprPtr operand;
};
enum class CompareOp : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn };
struct CompareExpr : Expr {  // comparisons do not chain: `a < b < c` is an error
  CompareExpr() : Expr(ExprKind::Compare) {}
  CompareOp op = CompareOp::Eq;
  Span op_span;
  ExprPtr lhs;
  ExprPtr rhs;
};
enum class LogicalOp : std::uint8_t { And, Or };
struct LogicalExpr : Expr {  // n-ary: `a and b and c` is one node with three operands
  LogicalExpr() : Expr(ExprKind::Logical) {}
  LogicalOp op = LogicalOp::And;
  std::vector<ExprPtr> operands;
};
struct ListExpr : Expr {
  ListExpr() : Expr(ExprKind::List) {}
  std::vector<ExprPtr> items;
};
struct ObjectEntry {
  Name key;             // a string key is stored as its text, span of the string
  bool quoted_key = false;
  ExprPtr value;
  Span span;
};
struct ObjectExpr : Expr {
  ObjectExpr() : Expr(ExprKind::Object) {}
  std::vector<ObjectEntry> entries;
};

std::string_view to_string(CompareOp op);
std::string_view to_string(ExprKind kind);

}  // namespace aep::ast
