
// Generated from AepLexer.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace aep::grammar {


class  AepLexer : public antlr4::Lexer {
public:
  enum {
    UNTERMINATED = 1, LINE_END = 2, DOC_COMMENT = 3, LINE_COMMENT = 4, BLOCK_COMMENT = 5,
    WS = 6, K_MODULE = 7, K_IMPORT = 8, K_AS = 9, K_PROMPT = 10, K_FRAGMENT = 11,
    K_MIXIN = 12, K_ENUM = 13, K_EXTENDS = 14, K_WITH = 15, K_SECTION = 16,
    K_OVERRIDE = 17, K_APPEND = 18, K_PREPEND = 19, K_REMOVE = 20, K_SUPER = 21,
    K_USE = 22, K_IF = 23, K_ELSE = 24, K_FOR = 25, K_IN = 26, K_TRUE = 27,
    K_FALSE = 28, K_NULL = 29, K_AND = 30, K_OR = 31, K_NOT = 32, K_TYPE = 33,
    K_TOOL = 34, K_TOOLS = 35, K_TOOL_CHOICE = 36, K_TEST = 37, K_EVAL = 38,
    K_INPUT = 39, K_OUTPUT = 40, K_SYSTEM = 41, K_DEVELOPER = 42, K_USER = 43,
    K_ASSISTANT = 44, K_CONFIG = 45, K_TARGET = 46, K_BUDGET = 47, K_TOKENS = 48,
    K_RESERVE = 49, K_PRIORITY = 50, K_SHRINK = 51, K_MESSAGES = 52, K_EXAMPLE = 53,
    K_DATA = 54, K_ASSERT = 55, K_ASSERT_SET = 56, K_METRIC = 57, K_SLICE = 58,
    K_BY = 59, K_GATE = 60, K_VERSION = 61, K_OWNER = 62, K_DESCRIPTION = 63,
    K_ABSTRACT = 64, K_FINAL = 65, K_REQUIRED = 66, INTERP_OPEN = 67, LBRACE = 68,
    RBRACE = 69, LPAREN = 70, RPAREN = 71, LBRACK = 72, RBRACK = 73, COMMA = 74,
    COLON = 75, SEMI = 76, DOT = 77, ARROW = 78, EQ = 79, NE = 80, LE = 81,
    GE = 82, LT = 83, GT = 84, ASSIGN = 85, QUESTION = 86, MINUS = 87, PIPE = 88,
    ANNOTATION = 89, FLOAT = 90, INT = 91, RAW_TRIPLE = 92, RAW_HASH = 93,
    RAW_STRING = 94, TSTR_OPEN = 95, STR_OPEN = 96, ID = 97, QUOTED_ID = 98,
    BAD_CHAR = 99, STR_CLOSE = 100, STR_TEXT = 101, STR_ESCAPE = 102, TSTR_CLOSE = 103,
    INTERP_CLOSE = 104, T_WS = 105
  };

  enum {
    COMMENTS = 2
  };

  enum {
    STRING = 1, TRIPLE = 2, TEMPLATE = 3
  };

  AepLexer(antlr4::CharStream *input);
  ~AepLexer();

  virtual std::string getGrammarFileName() const override;
  virtual const std::vector<std::string>& getRuleNames() const override;

  virtual const std::vector<std::string>& getChannelNames() const override;
  virtual const std::vector<std::string>& getModeNames() const override;
  virtual const std::vector<std::string>& getTokenNames() const override; // deprecated, use vocabulary instead
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;

  virtual const std::vector<uint16_t> getSerializedATN() const override;
  virtual const antlr4::atn::ATN& getATN() const override;

private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;
  static std::vector<std::string> _channelNames;
  static std::vector<std::string> _modeNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  // Individual action functions triggered by action() above.

  // Individual semantic predicate functions triggered by sempred() above.

  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace aep::grammar
