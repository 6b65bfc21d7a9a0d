// Words for syntax diagnostics: how a token, a set of expected tokens and an
// enclosing construct are named in messages ("name 'foo'", "a string",
// "prompt 'Triage'"). Kept apart from the error strategy so the wording lives
// in one place.
#pragma once

#include <optional>
#include <string>

#include "antlr4-runtime.h"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/text_input.hpp"

namespace aep::syntax {

// The source text of a token (a view into the file; empty for EOF/conjured).
std::string_view token_text(antlr4::Token* token, const SourceFile& file, const OffsetMap& offsets);

// "end of file", "name 'foo'", "keyword 'prompt'", "string \"abc\"", "number 42", "'}'".
std::string describe_token(antlr4::Token* token, const SourceFile& file, const OffsetMap& offsets);

// "'}'", "a name", "a string or '{'" ...; nullopt when the set is too large to list.
std::optional<std::string> describe_expected(const antlr4::misc::IntervalSet& expected,
                                              const antlr4::dfa::Vocabulary& vocabulary);

// What a rule expects in words, for when the expected set is too large to list.
std::optional<std::string> describe_rule_expectation(antlr4::ParserRuleContext* ctx);

// The noun for a name expected in this context ("a section name", "a prompt name").
std::string name_noun(antlr4::ParserRuleContext* ctx);

bool is_reserved_keyword(std::size_t token_type);
// Tokens that can only start a top-level declaration (so seeing one inside a
// block means the block was not closed).
bool starts_declaration(std::size_t token_type);

struct OpenConstruct {
  std::string what;      // "prompt 'Triage'", "section 'rules'", "argument list"
  antlr4::Token* open;   // the opening '{', '(' or '['
  antlr4::ParserRuleContext* ctx = nullptr;  // the rule holding `open`
  antlr4::Token* close = nullptr;             // for find_misindented: the '}' that closed it
};

// Inside `ctx` (an unclosed block), the last block that was closed by a '}'
// less indented than the line that opened it: that '}' most likely belonged
// to an outer block, so this block is the one missing its '}'.
std::optional<OpenConstruct> find_misindented(antlr4::ParserRuleContext* ctx, const SourceFile& file,
                                              const OffsetMap& offsets);
// The innermost construct around `ctx` with an unclosed `open_type` token.
std::optional<OpenConstruct> find_open(antlr4::ParserRuleContext* ctx, std::size_t open_type,
                                       const SourceFile& file, const OffsetMap& offsets);

}  // namespace aep::syntax
