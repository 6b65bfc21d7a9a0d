// Syntax error messages and recovery (see error_strategy.hpp).
#include "compiler/syntax/error_strategy.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "AepParser.h"
#include "compiler/syntax/describe.hpp"

namespace aep::syntax {

using P = grammar::AepParser;

namespace {

// The default-channel token before `token`, or null at the start of the file.
antlr4::Token* previous_token(antlr4::Parser* parser, antlr4::Token* token) {
  auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(parser->getTokenStream());
  if (!stream || !token) return nullptr;
  std::size_t index = token->getTokenIndex();
  if (index == INVALID_INDEX) index = stream->index();
  while (index > 0) {
    --index;
    antlr4::Token* t = stream->get(index);
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) return t;
  }
  return nullptr;
}

}  // namespace

Span ErrorStrategy::token_span(antlr4::Token* token) const {
  auto size = static_cast<std::uint32_t>(file_.text().size());
  if (!token || token->getType() == antlr4::Token::EOF || token->getTokenIndex() == INVALID_INDEX) {
    return file_.span(size, size);
  }
  return file_.span(offsets_.byte(token->getStartIndex()), offsets_.byte(token->getStopIndex() + 1));
}

std::vector<LexicalShadow> ErrorStrategy::sorted(std::vector<LexicalShadow> shadows) {
  std::sort(shadows.begin(), shadows.end(),
            [](const LexicalShadow& a, const LexicalShadow& b) { return a.from_cp < b.from_cp; });
  return shadows;
}

// Binary searches keep recovery linear even with many lexical errors.
bool ErrorStrategy::shadowed(antlr4::Token* token) const {
  bool eof = token->getType() == antlr4::Token::EOF;
  std::size_t at = eof ? static_cast<std::size_t>(-1) : token->getStartIndex();
  bool any_eof_shadow = first_eof_shadow_ != static_cast<std::size_t>(-1);
  if (any_eof_shadow && first_eof_shadow_ <= at) return true;  // everything after it is covered
  if (eof) return false;
  auto after = std::upper_bound(shadows_.begin(), shadows_.end(), at,
                                [](std::size_t value, const LexicalShadow& s) { return value < s.from_cp; });
  if (after == shadows_.begin()) return false;
  const LexicalShadow& last = *(after - 1);
  return !last.to_eof && last.line == token->getLine();
}

bool ErrorStrategy::shadow_between(std::size_t after, std::size_t upto) const {
  auto it = std::upper_bound(shadows_.begin(), shadows_.end(), after,
                             [](std::size_t value, const LexicalShadow& s) { return value < s.from_cp; });
  return it != shadows_.end() && it->from_cp <= upto;
}

namespace {

// Rules whose body is a list of items, with the tokens that end the list.
bool is_item_list(std::size_t rule) {
  switch (rule) {
    case P::RuleFile:
    case P::RuleBlock:
    case P::RulePromptBody:
    case P::RuleRecordBody:
    case P::RuleEnumDecl:
    case P::RuleConfigBlock:
    case P::RuleTargetBlock:
    case P::RuleTestDecl:
    case P::RuleEvalDecl:
    case P::RuleExampleDecl:
      return true;
    default:
      return false;
  }
}

bool is_open(std::size_t t) { return t == P::LBRACE || t == P::LPAREN || t == P::LBRACK || t == P::INTERP_OPEN; }
bool is_close(std::size_t t) { return t == P::RBRACE || t == P::RPAREN || t == P::RBRACK || t == P::INTERP_CLOSE; }

}  // namespace

void ErrorStrategy::sync(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  auto* ctx = parser->getContext();
  antlr4::TokenStream* tokens = parser->getTokenStream();
  std::size_t la = tokens->LA(1);
  if (ctx && is_reserved_keyword(la)) {
    // `section if {`, `prompt prompt {`: a reserved word where an (optional)
    // name may stand, followed by what may follow the name. Report it once
    // and read the word as the name, so the declaration parses normally.
    const antlr4::atn::ATN& atn = parser->getATN();
    antlr4::misc::IntervalSet here = atn.nextTokens(atn.states[parser->getState()]);
    if (!here.contains(la) && here.contains(static_cast<std::size_t>(P::ID)) && here.contains(tokens->LA(2))) {
      antlr4::Token* word = parser->getCurrentToken();
      report(parser, word, here, Situation::Unexpected);
      if (auto* writable = dynamic_cast<antlr4::WritableToken*>(word)) writable->setType(P::ID);
      return;
    }
  }
  if (la == P::LBRACE && ctx) {
    // `append {`, `prompt {`: a body where the name should be. Say so and
    // leave the '{' in place, so that matching the name conjures it and the
    // body parses as the body.
    const antlr4::atn::ATN& atn = parser->getATN();
    antlr4::misc::IntervalSet here = atn.nextTokens(atn.states[parser->getState()]);
    if (!here.contains(la) && here.contains(static_cast<std::size_t>(P::ID))) {
      report(parser, parser->getCurrentToken(), here, Situation::Missing);
      beginErrorCondition(parser);
      return;
    }
  }
  if (!ctx || !is_item_list(ctx->getRuleIndex()) || la == antlr4::Token::EOF) {
    DefaultErrorStrategy::sync(parser);
    return;
  }
  const antlr4::atn::ATN& atn = parser->getATN();
  antlr4::atn::ATNState* state = atn.states[parser->getState()];
  antlr4::misc::IntervalSet next = atn.nextTokens(state);
  if (next.contains(la) || next.contains(antlr4::Token::EPSILON)) return;
  // A keyword of an enclosing construct inside a block means the block was
  // not closed: let the default path report the missing '}' and unwind.
  if (ctx->getRuleIndex() != P::RuleFile && belongs_outside(parser, la)) {
    DefaultErrorStrategy::sync(parser);
    return;
  }
  bool top = ctx->getRuleIndex() == P::RuleFile;
  report(parser, parser->getCurrentToken(), next, Situation::Unexpected);
  beginErrorCondition(parser);
  std::size_t depth = 0;
  while (true) {
    std::size_t t = tokens->LA(1);
    if (t == antlr4::Token::EOF) break;
    if (depth == 0 && next.contains(t) && !is_close(t)) break;
    if (depth == 0 && is_close(t) && !top) break;  // the list's own end, or its parent's
    if (depth == 0 && !top && belongs_outside(parser, t)) break;
    if (is_open(t)) ++depth;
    else if (is_close(t) && depth > 0) --depth;
    parser->consume();
  }
}

antlr4::Token* ErrorStrategy::singleTokenDeletion(antlr4::Parser* parser) {
  if (is_close(parser->getTokenStream()->LA(1))) return nullptr;
  return DefaultErrorStrategy::singleTokenDeletion(parser);
}

// A keyword that the enclosing constructs expect (`user` inside a section,
// `prompt` inside a prompt) means the current block was not closed.
bool ErrorStrategy::belongs_outside(antlr4::Parser* parser, std::size_t type) {
  if (type == static_cast<std::size_t>(antlr4::Token::EOF) || starts_declaration(type)) return true;
  if (!(type >= P::K_MODULE && type <= P::K_REQUIRED)) return false;
  return getErrorRecoverySet(parser).contains(type);
}

antlr4::Token* ErrorStrategy::recoverInline(antlr4::Parser* parser) {
  antlr4::Token* current = parser->getCurrentToken();
  if (is_reserved_keyword(current->getType()) && getExpectedTokens(parser).contains(static_cast<std::size_t>(P::ID))) {
    if (!inErrorRecoveryMode(parser)) {
      report(parser, current, getExpectedTokens(parser), Situation::Unexpected);
    }
    endErrorCondition(parser);
    parser->consume();  // taken as the name
    return current;
  }
  return DefaultErrorStrategy::recoverInline(parser);
}

void ErrorStrategy::reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens(), Situation::Unexpected);
}

void ErrorStrategy::reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens(), Situation::Unexpected);
}

void ErrorStrategy::reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens(), Situation::Unexpected);
}

void ErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser, parser->getCurrentToken(), getExpectedTokens(parser), Situation::Extra);
}

void ErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser, parser->getCurrentToken(), getExpectedTokens(parser), Situation::Missing);
}

void ErrorStrategy::report(antlr4::Parser* parser, antlr4::Token* offending,
                           const antlr4::misc::IntervalSet& expected, Situation situation) {
  if (!offending) offending = parser->getCurrentToken();
  std::size_t index = offending->getTokenIndex();
  if (index == last_error_token_) return;  // one message per token: no cascades
  last_error_token_ = index;
  std::size_t type = offending->getType();
  if (type == P::UNTERMINATED || shadowed(offending)) return;  // the lexer has already said what is wrong

  auto* ctx = parser->getContext();
  Span at = token_span(offending);
  std::string found = describe_token(offending, file_, offsets_);
  antlr4::Token* prev = previous_token(parser, offending);
  std::string_view prev_text = token_text(prev, file_, offsets_);
  std::string after = prev && !prev_text.empty() && prev_text.size() <= 24 && prev_text.find('\n') == std::string_view::npos
                          ? fmt::format(" after '{}'", prev_text)
                          : std::string();
  // Right after a keyword reported as a misused name, the parser may read the
  // keyword as itself; what follows is a consequence, not a new mistake.
  if (prev && prev->getTokenIndex() == last_keyword_token_) return;
  ++reported_;

  // A reserved word where a name belongs.
  if (expected.contains(static_cast<std::size_t>(P::ID)) && is_reserved_keyword(type)) {
    last_keyword_token_ = index;
    std::string_view word = token_text(offending, file_, offsets_);
    sink_.report(make_diag(DiagKind::KeywordAsName, at,
                           fmt::format("'{}' is a keyword and cannot be used as a name", word))
                     .primary_label(fmt::format("expected {} here", name_noun(ctx)))
                     .help(fmt::format("rename it, or quote it with backquotes as `{}` to use the word as a name", word)));
    return;
  }

  // A block, list or argument list that ends without its closer.
  bool ends_early = belongs_outside(parser, type);
  for (auto [open, close, close_text] : {std::tuple{P::LBRACE, P::RBRACE, "}"},
                                         std::tuple{P::LPAREN, P::RPAREN, ")"},
                                         std::tuple{P::LBRACK, P::RBRACK, "]"}}) {
    if (!expected.contains(static_cast<std::size_t>(close)) || !(ends_early || (type == P::RBRACE && close != P::RBRACE))) continue;
    if (auto construct = find_open(ctx, open, file_, offsets_)) {
      // A lexical error inside the construct (an unterminated string that
      // swallowed a brace, say) explains the missing closer: say nothing more.
      std::size_t upto = type == antlr4::Token::EOF ? static_cast<std::size_t>(-1) : offending->getStartIndex();
      if (shadow_between(construct->open->getStartIndex(), upto)) return;
      std::string note;
      if (close == P::RBRACE) {
        // Blame the block whose '}' went missing, judged by indentation,
        // rather than the outer one that ran out of braces.
        if (auto inner = find_misindented(construct->ctx, file_, offsets_)) {
          Span moved = token_span(inner->close);
          note = fmt::format("the '}}' at {}:{} closes {} but is indented like the block around it", moved.line,
                             moved.column, inner->what);
          construct = inner;
        }
      }
      Span open_span = token_span(construct->open);
      auto diag = make_diag(DiagKind::UnclosedDelimiter, at,
                            fmt::format("expected '{}' to close {} opened at {}:{}", close_text, construct->what,
                                        open_span.line, open_span.column));
      diag.primary_label(fmt::format("found {}", found)).label(open_span, fmt::format("{} opened here", construct->what));
      if (!note.empty()) diag.note(note);
      sink_.report(diag);
      return;
    }
  }

  // A name is required: say what kind of name and after what. (Where any
  // expression may stand, the expected set also holds numbers and lists.)
  bool wants_expression = expected.contains(static_cast<std::size_t>(P::INT)) &&
                          expected.contains(static_cast<std::size_t>(P::LBRACK));
  if (wants_expression && situation != Situation::Extra) {
    sink_.report(make_diag(DiagKind::MissingToken, at, fmt::format("expected an expression{}", after))
                     .primary_label(fmt::format("found {}", found)));
    return;
  }
  if (expected.contains(static_cast<std::size_t>(P::ID)) && situation != Situation::Extra) {
    sink_.report(make_diag(DiagKind::MissingToken, at, fmt::format("expected {}{}", name_noun(ctx), after))
                     .primary_label(fmt::format("found {}", found)));
    return;
  }

  std::optional<std::string> wanted = describe_expected(expected, parser->getVocabulary());
  if (!wanted) wanted = describe_rule_expectation(ctx);

  if (situation == Situation::Missing && wanted) {
    sink_.report(make_diag(DiagKind::MissingToken, at, fmt::format("expected {}{}", *wanted, after))
                     .primary_label(fmt::format("found {}", found)));
    return;
  }
  auto diag = make_diag(DiagKind::UnexpectedToken, at, fmt::format("unexpected {}", found));
  if (wanted) diag.primary_label(fmt::format("expected {}", *wanted));
  if (prev && prev->getType() == P::RAW_STRING && prev->getStopIndex() + 1 == offending->getStartIndex()) {
    diag.help("a raw string r\"...\" ends at its first '\"'; for text with quotes write r#\"...\"#");
  } else if (type == P::ASSIGN) {
    diag.help("to compare, write '=='");
  } else if (situation == Situation::Extra) {
    diag.help("remove it");
  }
  sink_.report(diag);
}

}  // namespace aep::syntax
