// Wording of syntax diagnostics (see describe.hpp).
#include "compiler/syntax/describe.hpp"

#include <vector>

#include <fmt/format.h>

#include "AepParser.h"

namespace aep::syntax {

using P = grammar::AepParser;

namespace {

std::string shorten(std::string_view text, std::size_t max = 24) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return std::string(text.substr(0, cut)) + "...";
}

bool is_contextual_keyword(std::size_t t) { return t >= P::K_TYPE && t <= P::K_REQUIRED; }

bool is_name_token(std::size_t t) { return t == P::ID || t == P::QUOTED_ID || is_contextual_keyword(t); }

bool is_string_start(std::size_t t) {
  return t == P::STR_OPEN || t == P::TSTR_OPEN || t == P::RAW_STRING || t == P::RAW_TRIPLE || t == P::RAW_HASH;
}

std::string_view literal(std::size_t t) {
  switch (t) {
    case P::LBRACE: return "'{'";
    case P::RBRACE: return "'}'";
    case P::LPAREN: return "'('";
    case P::RPAREN: return "')'";
    case P::LBRACK: return "'['";
    case P::RBRACK: return "']'";
    case P::COMMA: return "','";
    case P::COLON: return "':'";
    case P::SEMI: return "';'";
    case P::DOT: return "'.'";
    case P::ARROW: return "'->'";
    case P::EQ: return "'=='";
    case P::NE: return "'!='";
    case P::LE: return "'<='";
    case P::GE: return "'>='";
    case P::LT: return "'<'";
    case P::GT: return "'>'";
    case P::ASSIGN: return "'='";
    case P::QUESTION: return "'?'";
    case P::MINUS: return "'-'";
    case P::PIPE: return "'|'";
    case P::INTERP_OPEN: return "'{{'";
    case P::INTERP_CLOSE: return "'}}'";
    case P::STR_CLOSE: return "'\"'";
    case P::TSTR_CLOSE: return "'\"\"\"'";
    default: return {};
  }
}


std::string name_of(antlr4::ParserRuleContext* ctx) {
  for (auto* child : ctx->children) {
    if (auto* rc = dynamic_cast<antlr4::ParserRuleContext*>(child)) {
      if (rc->getRuleIndex() == P::RuleName && rc->getStart() != nullptr &&
          rc->getStart()->getTokenIndex() != INVALID_INDEX) {
        return rc->getStart()->getText();
      }
    }
  }
  return {};
}

std::string named(std::string_view kind, antlr4::ParserRuleContext* ctx) {
  std::string n = name_of(ctx);
  if (n.empty()) return std::string(kind);
  return fmt::format("{} '{}'", kind, shorten(n));
}

// The construct a '{' / '(' / '[' child of `ctx` belongs to, in words.
std::string construct_words(antlr4::ParserRuleContext* ctx) {
  auto* parent = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
  switch (ctx->getRuleIndex()) {
    case P::RulePromptBody:
      if (parent && parent->getRuleIndex() == P::RuleMixinDecl) return named("mixin", parent);
      return parent ? named("prompt", parent) : "prompt";
    case P::RuleBlock: {
      if (!parent) return "block";
      switch (parent->getRuleIndex()) {
        case P::RuleMessageBlock: {
          auto* role = parent->getStart();
          return role ? fmt::format("{} message", role->getText()) : "message";
        }
        case P::RuleSectionDecl: return named("section", parent);
        case P::RuleFragmentDecl: return named("fragment", parent);
        case P::RuleIfBlock: return "if block";
        case P::RuleElseIf: return "else-if block";
        case P::RuleElseBlock: return "else block";
        case P::RuleForBlock: return "for block";
        default: return "block";
      }
    }
    case P::RuleRecordBody:
      if (parent && parent->getRuleIndex() == P::RuleTypeDecl) return named("type", parent);
      return "record";
    case P::RuleEnumDecl: return named("enum", ctx);
    case P::RuleConfigBlock: return "config block";
    case P::RuleTargetBlock: return named("target block", ctx);
    case P::RuleExampleDecl: return named("example", ctx);
    case P::RuleTestDecl: return named("test", ctx);
    case P::RuleEvalDecl: return named("eval", ctx);
    case P::RuleAssertSet: return named("assert_set", ctx);
    case P::RuleObjectLit: return "object";
    case P::RuleImportDecl: return "import list";
    case P::RuleToolDecl: return named("parameter list of tool", ctx);
    case P::RuleFragmentDecl: return named("parameter list of fragment", ctx);
    case P::RuleAnnotation: return "annotation arguments";
    case P::RuleUseItem: return "argument list";
    case P::RulePostfixOp: return "brackets";
    case P::RuleFilter: return "filter arguments";
    case P::RulePrimary: return "parentheses";
    case P::RuleListLit: return "list";
    case P::RuleToolsDecl: return "tools list";
    default: return "block";
  }
}

}  // namespace

std::string_view token_text(antlr4::Token* token, const SourceFile& file, const OffsetMap& offsets) {
  if (!token || token->getType() == antlr4::Token::EOF || token->getTokenIndex() == INVALID_INDEX) {
    return {};
  }
  std::uint32_t b = offsets.byte(token->getStartIndex());
  std::uint32_t e = offsets.byte(token->getStopIndex() + 1);
  if (e < b || e > file.text().size()) return {};
  return file.text().substr(b, e - b);
}

std::string describe_token(antlr4::Token* token, const SourceFile& file, const OffsetMap& offsets) {
  if (!token || token->getType() == antlr4::Token::EOF) return "end of file";
  std::size_t t = token->getType();
  std::string_view text = token_text(token, file, offsets);
  if (t == P::ID || t == P::QUOTED_ID) return fmt::format("name '{}'", shorten(text));
  if (t <= P::K_REQUIRED && t >= P::K_MODULE) return fmt::format("keyword '{}'", text);
  if (t == P::INT || t == P::FLOAT) return fmt::format("number {}", shorten(text));
  if (t == P::ANNOTATION) return fmt::format("annotation '{}'", shorten(text));
  if (is_string_start(t)) return "string";
  if (t == P::STR_TEXT || t == P::STR_ESCAPE) return "string text";
  if (t == P::UNTERMINATED) return "unterminated string";
  std::string_view lit = literal(t);
  if (!lit.empty()) return std::string(lit);
  return fmt::format("'{}'", shorten(text));
}

std::optional<std::string> describe_expected(const antlr4::misc::IntervalSet& expected,
                                              const antlr4::dfa::Vocabulary& vocabulary) {
  std::vector<std::size_t> types;
  for (ssize_t t : expected.toList()) {
    if (t >= 0 || t == -1) types.push_back(static_cast<std::size_t>(t));
  }
  bool has_name = expected.contains(static_cast<std::size_t>(P::ID));
  bool has_string = false;
  for (auto t : types) has_string = has_string || is_string_start(t);
  bool has_expr = has_name && expected.contains(static_cast<std::size_t>(P::INT)) && expected.contains(static_cast<std::size_t>(P::LBRACK));
  std::vector<std::string> words;
  if (has_expr) {
    words.push_back("an expression");
  } else {
    if (has_name) words.push_back("a name");
    if (has_string) words.push_back("a string");
  }
  for (auto t : types) {
    if (has_name && is_name_token(t)) continue;
    if (is_string_start(t)) continue;
    if (has_expr && (t == P::INT || t == P::FLOAT || t == P::K_TRUE || t == P::K_FALSE || t == P::K_NULL ||
                     t == P::LPAREN || t == P::LBRACK || t == P::LBRACE || t == P::MINUS || t == P::K_NOT)) {
      continue;
    }
    if (t == static_cast<std::size_t>(antlr4::Token::EOF)) {
      words.push_back("end of file");
      continue;
    }
    std::string_view lit = literal(t);
    if (!lit.empty()) {
      words.emplace_back(lit);
    } else if (t >= P::K_MODULE && t <= P::K_REQUIRED) {
      words.push_back(vocabulary.getLiteralName(t));  // already quoted: 'prompt'
    } else if (t == P::INT) {
      words.push_back("an integer");
    } else if (t == P::FLOAT) {
      words.push_back("a number");
    } else if (t == P::ANNOTATION) {
      words.push_back("an annotation");
    } else if (t == P::STR_TEXT || t == P::STR_ESCAPE || t == P::UNTERMINATED) {
      continue;
    } else {
      words.push_back(vocabulary.getDisplayName(t));
    }
  }
  if (words.empty() || words.size() > 5) return std::nullopt;
  std::string out = words[0];
  for (std::size_t i = 1; i < words.size(); ++i) {
    out += (i + 1 == words.size()) ? " or " : ", ";
    out += words[i];
  }
  return out;
}

std::optional<std::string> describe_rule_expectation(antlr4::ParserRuleContext* ctx) {
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent)) {
    switch (c->getRuleIndex()) {
      case P::RuleFile:
      case P::RuleTopItem:
        return "a declaration ('prompt', 'fragment', 'mixin', 'type', 'enum', 'tool', 'import', 'test' or "
               "'eval')";
      case P::RulePromptBody:
      case P::RulePromptMember:
        return "a prompt member ('input', 'output', 'system', 'user', 'assistant', 'config', 'tools', "
               "'budget', 'example' ...) or '}'";
      case P::RuleBlock:
      case P::RuleItem:
        return "text, a section, 'if', 'for', 'use', 'super' or '}'";
      case P::RuleTestDecl:
      case P::RuleTestItem:
        return "'input', 'assert', 'assert_set', 'config' or '}'";
      case P::RuleEvalDecl:
      case P::RuleEvalItem:
        return "'data', 'input', 'assert', 'assert_set', 'metric', 'slice', 'gate', 'config' or '}'";
      case P::RuleAssertSet:
      case P::RuleAssertSetItem:
        return "'assert', 'assert_set' or '}'";
      case P::RuleExampleDecl:
      case P::RuleExampleItem:
        return "'user', 'assistant', 'system', 'input', 'output' or '}'";
      case P::RuleTypeExpr:
        return "a type";
      case P::RuleExpr:
      case P::RuleUnaryExpr:
      case P::RuleBinaryOp:
      case P::RulePrimary:
        return "an expression";
      case P::RuleStringLit:
      case P::RuleStrPart:
        return "string text or a closing quote";
      case P::RuleSectionDecl:
        return "a section body '{' or the next item";
      default:
        break;
    }
  }
  return std::nullopt;
}

std::string name_noun(antlr4::ParserRuleContext* ctx) {
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent)) {
    switch (c->getRuleIndex()) {
      case P::RuleName:
      case P::RuleQualifiedName:
        continue;
      case P::RuleSectionDecl: return "a section name";
      case P::RulePromptDecl: return "a prompt name";
      case P::RuleModuleHeader: return "a module name";
      case P::RuleImportDecl:
      case P::RuleImportItem: return "a module or declaration name";
      case P::RuleEnumDecl: return "an enum name";
      case P::RuleEnumMember: return "an enum value";
      case P::RuleTypeDecl: return "a type name";
      case P::RuleField: return "a field name";
      case P::RuleTypeExpr: return "a type";
      case P::RuleToolDecl: return "a tool name";
      case P::RuleParams: return "a parameter name";
      case P::RuleFragmentDecl: return "a fragment name";
      case P::RuleMixinDecl: return "a mixin name";
      case P::RuleInputDecl: return "an input name";
      case P::RuleToolsDecl: return "a tool name";
      case P::RuleConfigEntry:
      case P::RuleConfigBlock: return "a setting name";
      case P::RuleTargetBlock: return "a target name";
      case P::RuleMessagesSplice: return "the name of a `messages` input";
      case P::RuleForBlock: return "a loop variable";
      case P::RuleUseItem: return "a fragment name";
      case P::RuleTestDecl: return "a test name";
      case P::RuleEvalDecl: return "an eval name";
      case P::RuleAssertSet: return "an assertion set name";
      case P::RuleFilter: return "a filter name";
      case P::RuleSectionBudget: return "'drop' or 'truncate'";
      default: return "a name";
    }
  }
  return "a name";
}

bool is_reserved_keyword(std::size_t t) { return t >= P::K_MODULE && t <= P::K_NOT; }

bool starts_declaration(std::size_t t) {
  switch (t) {
    case P::K_MODULE:
    case P::K_IMPORT:
    case P::K_PROMPT:
    case P::K_FRAGMENT:
    case P::K_MIXIN:
    case P::K_ENUM:
    case P::K_ABSTRACT:
      return true;
    default:
      return false;
  }
}

std::optional<OpenConstruct> find_open(antlr4::ParserRuleContext* ctx, std::size_t open_type,
                                       const SourceFile&, const OffsetMap&) {
  std::size_t close_type = open_type == P::LBRACE ? P::RBRACE : open_type == P::LPAREN ? P::RPAREN : P::RBRACK;
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent)) {
    antlr4::Token* open = nullptr;
    bool closed = false;
    for (auto* child : c->children) {
      auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
      if (!term || dynamic_cast<antlr4::tree::ErrorNode*>(child)) continue;
      std::size_t t = term->getSymbol()->getType();
      if (t == open_type) {
        open = term->getSymbol();
        closed = false;
      } else if (t == close_type && open) {
        closed = true;
      }
    }
    if (open && !closed) return OpenConstruct{construct_words(c), open, c};
  }
  return std::nullopt;
}

std::optional<OpenConstruct> find_misindented(antlr4::ParserRuleContext* ctx, const SourceFile& file,
                                              const OffsetMap& offsets) {
  std::optional<OpenConstruct> found;
  // Follow the last child down: the blocks closed just before the error.
  for (antlr4::ParserRuleContext* c = ctx; c != nullptr;) {
    antlr4::Token* open = nullptr;
    antlr4::Token* close = nullptr;
    antlr4::ParserRuleContext* last_rule = nullptr;
    for (auto* child : c->children) {
      if (auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(child)) {
        last_rule = rule;
      } else if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
                 term && !dynamic_cast<antlr4::tree::ErrorNode*>(child)) {
        if (term->getSymbol()->getType() == P::LBRACE) open = term->getSymbol();
        if (term->getSymbol()->getType() == P::RBRACE) close = term->getSymbol();
      }
    }
    if (c != ctx && open && close) {
      std::string_view line = file.line_text(open->getLine());
      std::size_t indent = line.find_first_not_of(" \t");
      if (indent == std::string_view::npos) indent = 0;
      std::uint32_t close_column = file.locate(offsets.byte(close->getStartIndex())).column;
      // Columns are 1-based; a '}' left of the opening line's first character.
      if (close_column < indent + 1 && !found) found = OpenConstruct{construct_words(c), open, c, close};
    }
    c = last_rule;
  }
  return found;
}

}  // namespace aep::syntax
