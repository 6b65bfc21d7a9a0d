
// Generated from AepLexer.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace aep::grammar {


class  AepLexer : public antlr4::Lexer {
public:
  enum {
    UNTERMINATED = 1, DOC_COMMENT = 2, LINE_COMMENT = 3, BLOCK_COMMENT = 4,
    WS = 5, K_MODULE = 6, K_IMPORT = 7, K_AS = 8, K_PROMPT = 9, K_FRAGMENT = 10,
    K_MIXIN = 11, K_ENUM = 12, K_EXTENDS = 13, K_WITH = 14, K_SECTION = 15,
    K_OVERRIDE = 16, K_APPEND = 17, K_PREPEND = 18, K_REMOVE = 19, K_SUPER = 20,
    K_USE = 21, K_IF = 22, K_ELSE = 23, K_FOR = 24, K_IN = 25, K_TRUE = 26,
    K_FALSE = 27, K_NULL = 28, K_AND = 29, K_OR = 30, K_NOT = 31, K_TYPE = 32,
    K_TOOL = 33, K_TOOLS = 34, K_TOOL_CHOICE = 35, K_TEST = 36, K_EVAL = 37,
    K_INPUT = 38, K_OUTPUT = 39, K_SYSTEM = 40, K_DEVELOPER = 41, K_USER = 42,
    K_ASSISTANT = 43, K_CONFIG = 44, K_TARGET = 45, K_BUDGET = 46, K_TOKENS = 47,
    K_RESERVE = 48, K_PRIORITY = 49, K_SHRINK = 50, K_MESSAGES = 51, K_EXAMPLE = 52,
    K_DATA = 53, K_ASSERT = 54, K_METRIC = 55, K_SLICE = 56, K_BY = 57,
    K_GATE = 58, K_VERSION = 59, K_OWNER = 60, K_DESCRIPTION = 61, K_ABSTRACT = 62,
    K_FINAL = 63, K_REQUIRED = 64, INTERP_OPEN = 65, LBRACE = 66, RBRACE = 67,
    LPAREN = 68, RPAREN = 69, LBRACK = 70, RBRACK = 71, COMMA = 72, COLON = 73,
    SEMI = 74, DOT = 75, ARROW = 76, EQ = 77, NE = 78, LE = 79, GE = 80,
    LT = 81, GT = 82, ASSIGN = 83, QUESTION = 84, MINUS = 85, PIPE = 86,
    ANNOTATION = 87, FLOAT = 88, INT = 89, RAW_TRIPLE = 90, RAW_HASH = 91,
    RAW_STRING = 92, TSTR_OPEN = 93, STR_OPEN = 94, ID = 95, QUOTED_ID = 96,
    BAD_CHAR = 97, STR_CLOSE = 98, STR_TEXT = 99, STR_ESCAPE = 100, TSTR_CLOSE = 101,
    INTERP_CLOSE = 102, T_WS = 103
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
