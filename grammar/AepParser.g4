// Parser of the .aep language (spec: docs/language.md; tokens: AepLexer.g4).
//
// Kept SLL-friendly: every decision is settled by one or two tokens of
// lookahead, with no left recursion, so compiler/syntax/parse.cpp can run SLL
// prediction first and fall back to full LL only on a syntax error. Chains
// (else-if, `and`/`or`, member access, `not`) are loops, not recursion, so
// only real bracket nesting deepens the parser's stack, and parse.cpp bounds
// that before this parser runs. Rules are named after the AST nodes that
// compiler/syntax/transform_*.cpp builds from them. The names of
// declarations and sections are optional here only so that a missing name
// (`prompt {`, `override {`) is reported by the transformer as exactly that,
// with the body still parsed.
parser grammar AepParser;

options { tokenVocab = AepLexer; }

// ---- module ----------------------------------------------------------------
file        : moduleHeader? topItem* EOF ;
moduleHeader: K_MODULE qualifiedName ;
topItem
  : metadataEntry
  | importDecl
  | enumDecl
  | typeDecl
  | toolDecl
  | fragmentDecl
  | mixinDecl
  | promptDecl
  | testDecl
  | evalDecl
  ;
metadataEntry : key=(K_VERSION | K_OWNER | K_DESCRIPTION) stringLit ;
importDecl    : K_IMPORT qualifiedName (DOT LBRACE importItem (COMMA importItem)* COMMA? RBRACE | K_AS name)? ;
importItem    : name (K_AS name)? ;

// ---- types -----------------------------------------------------------------
enumDecl   : K_ENUM name? annotation* LBRACE (enumMember COMMA?)* RBRACE ;
enumMember : name annotation* ;
typeDecl   : K_TYPE name? annotation* (recordBody | ASSIGN typeExpr) ;
recordBody : LBRACE (field COMMA?)* RBRACE ;
field      : name COLON typeExpr (ASSIGN expr)? annotation* ;
typeExpr   : qualifiedName (LT typeExpr (COMMA typeExpr)* GT)? QUESTION? ;

// ---- tools, fragments, mixins ------------------------------------------------
toolDecl     : K_TOOL name LPAREN params? RPAREN (ARROW typeExpr)? stringLit? annotation* ;
params       : field (COMMA field)* COMMA? ;
fragmentDecl : K_FRAGMENT name? (LPAREN params? RPAREN)? annotation* block ;
mixinDecl    : K_MIXIN name? annotation* promptBody ;

// ---- prompts -----------------------------------------------------------------
promptDecl     : promptModifier* K_PROMPT name?
                 (K_EXTENDS qualifiedName (COMMA qualifiedName)*)?
                 (K_WITH qualifiedName (COMMA qualifiedName)*)?
                 annotation* promptBody ;
promptModifier : K_ABSTRACT | K_FINAL ;
promptBody     : LBRACE promptMember* RBRACE ;
promptMember
  : metadataEntry
  | inputDecl
  | outputDecl
  | toolsDecl
  | toolChoiceDecl
  | toolDecl
  | configBlock
  | targetBlock
  | budgetDecl
  | messageBlock
  | messagesSplice
  | exampleDecl
  ;
inputDecl      : K_INPUT name COLON typeExpr (ASSIGN expr)? annotation* ;
outputDecl     : K_OUTPUT (typeExpr | recordBody) annotation* ;
toolsDecl      : K_TOOLS K_REMOVE? LBRACK (qualifiedName COMMA?)* RBRACK ;
toolChoiceDecl : K_TOOL_CHOICE name ;
configBlock    : K_CONFIG LBRACE (configEntry COMMA?)* RBRACE ;
targetBlock    : K_TARGET name LBRACE (configEntry COMMA?)* RBRACE ;
configEntry    : name COLON expr ;
budgetDecl     : K_BUDGET INT K_TOKENS (K_RESERVE INT K_TOKENS? K_FOR K_OUTPUT)? ;
messageBlock   : role=(K_SYSTEM | K_DEVELOPER | K_USER | K_ASSISTANT) annotation* block ;
messagesSplice : K_MESSAGES name sectionBudget* annotation* ;
exampleDecl    : K_EXAMPLE name? annotation* LBRACE exampleItem* RBRACE ;
exampleItem    : messageBlock | K_INPUT objectLit | K_OUTPUT expr ;

// ---- message and section content ------------------------------------------------
block       : LBRACE item* RBRACE ;
item
  : stringLit
  | interpolation
  | sectionDecl
  | ifBlock
  | forBlock
  | useItem
  | superItem
  ;
sectionDecl     : (sectionModifier+ K_SECTION? | K_SECTION) name? sectionBudget* annotation* block? ;
sectionModifier : K_OVERRIDE | K_APPEND | K_PREPEND | K_REMOVE | K_REQUIRED | K_FINAL ;
sectionBudget   : K_PRIORITY INT | K_SHRINK name ;
ifBlock         : K_IF expr block elseIf* elseBlock? ;
elseIf          : K_ELSE K_IF expr block ;
elseBlock       : K_ELSE block ;
forBlock        : K_FOR name (COMMA name)? K_IN expr block ;
useItem         : K_USE qualifiedName (LPAREN args? RPAREN)? ;
superItem       : K_SUPER ;

// ---- tests and evals ---------------------------------------------------------
testDecl   : K_TEST name? K_FOR qualifiedName annotation* LBRACE testItem* RBRACE ;
testItem   : K_INPUT objectLit | assertStmt | assertSet | configBlock | metadataEntry ;
// `assert expr @weight(2), "message"`: annotations sit between the condition
// and its message (an annotation cannot continue an expression, so one token
// settles where the condition ends).
assertStmt : K_ASSERT expr annotation* (COMMA stringLit)? ;
// `assert_set tone @threshold(0.66) @weight(2) { assert ... }`: one assertion
// of the suite made of its members (nested sets allowed).
assertSet  : K_ASSERT_SET name? annotation* LBRACE assertSetItem* RBRACE ;
assertSetItem : assertStmt | assertSet ;
evalDecl   : K_EVAL name? K_FOR qualifiedName annotation* LBRACE evalItem* RBRACE ;
evalItem
  : K_DATA stringLit annotation*
  | K_INPUT objectLit
  | assertStmt
  | assertSet
  | K_METRIC name ASSIGN expr
  | K_SLICE K_BY expr
  | K_GATE expr
  | configBlock
  | metadataEntry
  ;

// ---- annotations ---------------------------------------------------------------
annotation : ANNOTATION (LPAREN args? RPAREN)? ;
args       : arg (COMMA arg)* COMMA? ;
arg        : (name COLON)? expr ;

// ---- expressions (no arithmetic: prompts compare and select, they do not compute)
// Operators and operands come as a flat list; the transformer applies the
// precedence (or < and < comparison) without recursion. Few rule levels per
// operand keep the parser fast.
expr       : unaryExpr (binaryOp unaryExpr)* ;
binaryOp   : K_OR | K_AND | EQ | NE | LT | LE | GT | GE | K_IN | K_NOT K_IN ;
unaryExpr  : (K_NOT | MINUS)* primary postfixOp* ;
postfixOp  : DOT name | LPAREN args? RPAREN | LBRACK expr RBRACK ;
primary
  : INT | FLOAT | K_TRUE | K_FALSE | K_NULL
  | stringLit
  | name
  | LPAREN expr RPAREN
  | listLit
  | objectLit
  ;
listLit    : LBRACK (expr (COMMA expr)* COMMA?)? RBRACK ;
objectLit  : LBRACE (objectEntry COMMA?)* RBRACE ;
objectEntry: (name | stringLit) COLON expr ;

// ---- strings and templates --------------------------------------------------------
stringLit
  : STR_OPEN strPart* (STR_CLOSE | UNTERMINATED)
  | TSTR_OPEN strPart* (TSTR_CLOSE | UNTERMINATED)
  | RAW_STRING
  | RAW_TRIPLE
  | RAW_HASH
  ;
strPart       : STR_TEXT | STR_ESCAPE | interpolation ;
interpolation : INTERP_OPEN expr filter* (INTERP_CLOSE | UNTERMINATED) ;
filter        : PIPE name (LPAREN args? RPAREN)? ;

// ---- names -----------------------------------------------------------------------
qualifiedName : name (DOT name)* ;
// Contextual keywords are names everywhere a name is expected.
name
  : ID | QUOTED_ID
  | K_TYPE | K_TOOL | K_TOOLS | K_TOOL_CHOICE | K_TEST | K_EVAL | K_INPUT | K_OUTPUT
  | K_SYSTEM | K_DEVELOPER | K_USER | K_ASSISTANT | K_CONFIG | K_TARGET | K_BUDGET
  | K_TOKENS | K_RESERVE | K_PRIORITY | K_SHRINK | K_MESSAGES | K_EXAMPLE | K_DATA
  | K_ASSERT | K_ASSERT_SET | K_METRIC | K_SLICE | K_BY | K_GATE | K_VERSION | K_OWNER | K_DESCRIPTION
  | K_ABSTRACT | K_FINAL | K_REQUIRED
  ;
