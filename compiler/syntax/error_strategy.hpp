// Syntax errors in the user's language. Replaces ANTLR's default messages
// ("mismatched input 'x' expecting {...}") with ones that name what was
// expected and where the enclosing construct began, e.g.
//   expected '}' to close prompt 'Triage' opened at 3:1
//   expected a section name after 'override'
//   'prompt' is a keyword and cannot be used as a name
// Recovery is ANTLR's (single-token insertion/deletion, then resynchronising
// on the follow sets), which keeps independent errors in separate prompts
// independent; a second error on the same token is not reported again.
#pragma once

#include <cstddef>

#include "antlr4-runtime.h"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/lexer.hpp"
#include "compiler/syntax/text_input.hpp"

namespace aep::syntax {

class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  ErrorStrategy(const SourceFile& file, const OffsetMap& offsets, DiagnosticSink& sink,
                const std::vector<LexicalShadow>& shadows)
      : file_(file), offsets_(offsets), sink_(sink), shadows_(sorted(shadows)) {
    for (const auto& s : shadows_) {
      if (s.to_eof && s.from_cp < first_eof_shadow_) first_eof_shadow_ = s.from_cp;
    }
  }

  // Statement-level recovery: in a list of items (declarations, members,
  // section content, fields) an unexpected token is reported once and the
  // parser skips to the next token that can start an item, stepping over
  // whole bracketed groups, instead of abandoning the enclosing block.
  void sync(antlr4::Parser* parser) override;
  // A reserved keyword where a name is required is reported and then used as
  // the name, so the rest of the declaration parses normally.
  antlr4::Token* recoverInline(antlr4::Parser* parser) override;
  // Never "recover" by deleting a closing bracket: that unbalances the rest
  // of the file. A missing opener is rarer than a missing closer.
  antlr4::Token* singleTokenDeletion(antlr4::Parser* parser) override;

  std::size_t reported() const { return reported_; }

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  enum class Situation { Unexpected, Missing, Extra };
  void report(antlr4::Parser* parser, antlr4::Token* offending, const antlr4::misc::IntervalSet& expected,
              Situation situation);
  Span token_span(antlr4::Token* token) const;
  bool shadowed(antlr4::Token* token) const;
  bool belongs_outside(antlr4::Parser* parser, std::size_t token_type);

  const SourceFile& file_;
  const OffsetMap& offsets_;
  DiagnosticSink& sink_;
  static std::vector<LexicalShadow> sorted(std::vector<LexicalShadow> shadows);
  // Is there a shadow starting in (after, upto]? Binary search: shadows_ is sorted.
  bool shadow_between(std::size_t after, std::size_t upto) const;
  std::vector<LexicalShadow> shadows_;  // sorted by from_cp
  std::size_t first_eof_shadow_ = static_cast<std::size_t>(-1);
  std::size_t reported_ = 0;
  std::size_t last_error_token_ = static_cast<std::size_t>(-1);
  std::size_t last_keyword_token_ = static_cast<std::size_t>(-1);
};

}  // namespace aep::syntax
