// Lexer of the .aep language (spec: docs/language.md).
//
// A separate lexer grammar because strings need lexer modes: the text of a
// string is lexed in a string mode (plain text, escapes, `{{`), and the inside
// of an interpolation `{{ ... }}` in a template mode that lexes expressions
// with the same token types as the default mode. Raw strings have no modes:
// they are single tokens. Whitespace is skipped; comments go to a channel of
// their own so that the formatter and doc comments can find them.
//
// Unterminated strings, comments and interpolations, and stray characters,
// become tokens that compiler/syntax/lexer.cpp turns into diagnostics.
// A line end inside a string or an interpolation is a LINE_END token:
// lexer.cpp closes a one-line string there and skips it inside triple quotes.
lexer grammar AepLexer;

channels { COMMENTS }

tokens { UNTERMINATED, LINE_END }

// ---- comments and whitespace -------------------------------------------
DOC_COMMENT   : ('///' ~[/\r\n] ~[\r\n]* | '///') -> channel(COMMENTS);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS);
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(COMMENTS);
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> skip;

// ---- reserved keywords (never names) -------------------------------------
K_MODULE   : 'module';
K_IMPORT   : 'import';
K_AS       : 'as';
K_PROMPT   : 'prompt';
K_FRAGMENT : 'fragment';
K_MIXIN    : 'mixin';
K_ENUM     : 'enum';
K_EXTENDS  : 'extends';
K_WITH     : 'with';
K_SECTION  : 'section';
K_OVERRIDE : 'override';
K_APPEND   : 'append';
K_PREPEND  : 'prepend';
K_REMOVE   : 'remove';
K_SUPER    : 'super';
K_USE      : 'use';
K_IF       : 'if';
K_ELSE     : 'else';
K_FOR      : 'for';
K_IN       : 'in';
K_TRUE     : 'true';
K_FALSE    : 'false';
K_NULL     : 'null';
K_AND      : 'and';
K_OR       : 'or';
K_NOT      : 'not';

// ---- contextual keywords (also usable as names) ------------------------
K_TYPE        : 'type';
K_TOOL        : 'tool';
K_TOOLS       : 'tools';
K_TOOL_CHOICE : 'tool_choice';
K_TEST        : 'test';
K_EVAL        : 'eval';
K_INPUT       : 'input';
K_OUTPUT      : 'output';
K_SYSTEM      : 'system';
K_DEVELOPER   : 'developer';
K_USER        : 'user';
K_ASSISTANT   : 'assistant';
K_CONFIG      : 'config';
K_TARGET      : 'target';
K_BUDGET      : 'budget';
K_TOKENS      : 'tokens';
K_RESERVE     : 'reserve';
K_PRIORITY    : 'priority';
K_SHRINK      : 'shrink';
K_MESSAGES    : 'messages';
K_EXAMPLE     : 'example';
K_DATA        : 'data';
K_ASSERT      : 'assert';
K_ASSERT_SET  : 'assert_set';
K_METRIC      : 'metric';
K_SLICE       : 'slice';
K_BY          : 'by';
K_GATE        : 'gate';
K_VERSION     : 'version';
K_OWNER       : 'owner';
K_DESCRIPTION : 'description';
K_ABSTRACT    : 'abstract';
K_FINAL       : 'final';
K_REQUIRED    : 'required';

// ---- punctuation ---------------------------------------------------------
INTERP_OPEN : '{{' -> pushMode(TEMPLATE);   // a stray `{{` outside a string
LBRACE   : '{';
RBRACE   : '}';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
COMMA    : ',';
COLON    : ':';
SEMI     : ';';
DOT      : '.';
ARROW    : '->';
EQ       : '==';
NE       : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
ASSIGN   : '=';
QUESTION : '?';
MINUS    : '-';
PIPE     : '|';
ANNOTATION : '@' NAME_CHARS;

// ---- literals --------------------------------------------------------------
FLOAT : DIGITS '.' DIGITS EXPONENT? | DIGITS EXPONENT;
INT   : DIGITS;
RAW_TRIPLE : 'r"""' .*? ('"""' | EOF);
RAW_HASH   : 'r#"' .*? ('"#' | EOF);
RAW_STRING : 'r"' ~["\r\n]* '"'?;
TSTR_OPEN  : '"""' -> pushMode(TRIPLE);
STR_OPEN   : '"' -> pushMode(STRING);
ID         : NAME_CHARS;
QUOTED_ID  : '`' NAME_CHARS '`'?;

// Anything else is one bad character; lexer.cpp reports it and keeps it
// away from the parser.
BAD_CHAR : . -> channel(HIDDEN);

fragment NAME_CHARS : [A-Za-z_] [A-Za-z0-9_]*;
fragment DIGITS     : [0-9] ('_'? [0-9])*;
fragment EXPONENT   : [eE] [+-]? [0-9]+;

// ---- "..." strings: one line -------------------------------------------
mode STRING;
STR_CLOSE   : '"' -> popMode;
STR_TEXT    : ~["\\{\r\n]+ | '{';
STR_ESCAPE  : '\\' ('u{' [0-9A-Fa-f]* '}'? | ~[\r\n])?;
STR_INTERP  : '{{' -> type(INTERP_OPEN), pushMode(TEMPLATE);
STR_NEWLINE : ('\r\n' | [\r\n]) -> type(LINE_END);

// ---- """...""" strings: many lines, indentation stripped ---------------
mode TRIPLE;
TSTR_CLOSE   : '"""' -> popMode;
TSTR_TEXT    : (~["\\{]+ | '{' | '"') -> type(STR_TEXT);
TSTR_ESCAPE  : '\\' ('u{' [0-9A-Fa-f]* '}'? | .)? -> type(STR_ESCAPE);
TSTR_INTERP  : '{{' -> type(INTERP_OPEN), pushMode(TEMPLATE);

// ---- inside {{ ... }}: expressions, then `| filter(args)` ---------------
mode TEMPLATE;
INTERP_CLOSE : '}}' -> popMode;
T_WS       : [ \t\f]+ -> skip;
T_NEWLINE  : ('\r\n' | [\r\n]) -> type(LINE_END);
T_TRUE     : 'true' -> type(K_TRUE);
T_FALSE    : 'false' -> type(K_FALSE);
T_NULL     : 'null' -> type(K_NULL);
T_AND      : 'and' -> type(K_AND);
T_OR       : 'or' -> type(K_OR);
T_NOT      : 'not' -> type(K_NOT);
T_IN       : 'in' -> type(K_IN);
T_LPAREN   : '(' -> type(LPAREN);
T_RPAREN   : ')' -> type(RPAREN);
T_LBRACK   : '[' -> type(LBRACK);
T_RBRACK   : ']' -> type(RBRACK);
T_COMMA    : ',' -> type(COMMA);
T_COLON    : ':' -> type(COLON);
T_DOT      : '.' -> type(DOT);
T_EQ       : '==' -> type(EQ);
T_NE       : '!=' -> type(NE);
T_LE       : '<=' -> type(LE);
T_GE       : '>=' -> type(GE);
T_LT       : '<' -> type(LT);
T_GT       : '>' -> type(GT);
T_MINUS    : '-' -> type(MINUS);
T_PIPE     : '|' -> type(PIPE);
T_FLOAT    : (DIGITS '.' DIGITS EXPONENT? | DIGITS EXPONENT) -> type(FLOAT);
T_INT      : DIGITS -> type(INT);
T_RAW      : 'r"' ~["\r\n]* '"'? -> type(RAW_STRING);
T_STR_OPEN : '"' -> type(STR_OPEN), pushMode(STRING);
T_ID       : NAME_CHARS -> type(ID);
T_QUOTED_ID : '`' NAME_CHARS '`'? -> type(QUOTED_ID);
T_BAD_CHAR : . -> type(BAD_CHAR), channel(HIDDEN);
