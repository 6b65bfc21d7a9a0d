
// Generated from AepParser.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace aep::grammar {


class  AepParser : public antlr4::Parser {
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
    RuleFile = 0, RuleModuleHeader = 1, RuleTopItem = 2, RuleMetadataEntry = 3,
    RuleImportDecl = 4, RuleImportItem = 5, RuleEnumDecl = 6, RuleEnumMember = 7,
    RuleTypeDecl = 8, RuleRecordBody = 9, RuleField = 10, RuleTypeExpr = 11,
    RuleToolDecl = 12, RuleParams = 13, RuleFragmentDecl = 14, RuleMixinDecl = 15,
    RulePromptDecl = 16, RulePromptModifier = 17, RulePromptBody = 18, RulePromptMember = 19,
    RuleInputDecl = 20, RuleOutputDecl = 21, RuleToolsDecl = 22, RuleToolChoiceDecl = 23,
    RuleConfigBlock = 24, RuleTargetBlock = 25, RuleConfigEntry = 26, RuleBudgetDecl = 27,
    RuleMessageBlock = 28, RuleMessagesSplice = 29, RuleExampleDecl = 30,
    RuleExampleItem = 31, RuleBlock = 32, RuleItem = 33, RuleSectionDecl = 34,
    RuleSectionModifier = 35, RuleSectionBudget = 36, RuleIfBlock = 37,
    RuleElseIf = 38, RuleElseBlock = 39, RuleForBlock = 40, RuleUseItem = 41,
    RuleSuperItem = 42, RuleTestDecl = 43, RuleTestItem = 44, RuleAssertStmt = 45,
    RuleAssertSet = 46, RuleAssertSetItem = 47, RuleEvalDecl = 48, RuleEvalItem = 49,
    RuleAnnotation = 50, RuleArgs = 51, RuleArg = 52, RuleExpr = 53, RuleBinaryOp = 54,
    RuleUnaryExpr = 55, RulePostfixOp = 56, RulePrimary = 57, RuleListLit = 58,
    RuleObjectLit = 59, RuleObjectEntry = 60, RuleStringLit = 61, RuleStrPart = 62,
    RuleInterpolation = 63, RuleFilter = 64, RuleQualifiedName = 65, RuleName = 66
  };

  AepParser(antlr4::TokenStream *input);
  ~AepParser();

  virtual std::string getGrammarFileName() const override;
  virtual const antlr4::atn::ATN& getATN() const override { return _atn; };
  virtual const std::vector<std::string>& getTokenNames() const override { return _tokenNames; }; // deprecated: use vocabulary instead.
  virtual const std::vector<std::string>& getRuleNames() const override;
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;


  class FileContext;
  class ModuleHeaderContext;
  class TopItemContext;
  class MetadataEntryContext;
  class ImportDeclContext;
  class ImportItemContext;
  class EnumDeclContext;
  class EnumMemberContext;
  class TypeDeclContext;
  class RecordBodyContext;
  class FieldContext;
  class TypeExprContext;
  class ToolDeclContext;
  class ParamsContext;
  class FragmentDeclContext;
  class MixinDeclContext;
  class PromptDeclContext;
  class PromptModifierContext;
  class PromptBodyContext;
  class PromptMemberContext;
  class InputDeclContext;
  class OutputDeclContext;
  class ToolsDeclContext;
  class ToolChoiceDeclContext;
  class ConfigBlockContext;
  class TargetBlockContext;
  class ConfigEntryContext;
  class BudgetDeclContext;
  class MessageBlockContext;
  class MessagesSpliceContext;
  class ExampleDeclContext;
  class ExampleItemContext;
  class BlockContext;
  class ItemContext;
  class SectionDeclContext;
  class SectionModifierContext;
  class SectionBudgetContext;
  class IfBlockContext;
  class ElseIfContext;
  class ElseBlockContext;
  class ForBlockContext;
  class UseItemContext;
  class SuperItemContext;
  class TestDeclContext;
  class TestItemContext;
  class AssertStmtContext;
  class AssertSetContext;
  class AssertSetItemContext;
  class EvalDeclContext;
  class EvalItemContext;
  class AnnotationContext;
  class ArgsContext;
  class ArgContext;
  class ExprContext;
  class BinaryOpContext;
  class UnaryExprContext;
  class PostfixOpContext;
  class PrimaryContext;
  class ListLitContext;
  class ObjectLitContext;
  class ObjectEntryContext;
  class StringLitContext;
  class StrPartContext;
  class InterpolationContext;
  class FilterContext;
  class QualifiedNameContext;
  class NameContext;

  class  FileContext : public antlr4::ParserRuleContext {
  public:
    FileContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *EOF();
    ModuleHeaderContext *moduleHeader();
    std::vector<TopItemContext *> topItem();
    TopItemContext* topItem(size_t i);


  };

  FileContext* file();

  class  ModuleHeaderContext : public antlr4::ParserRuleContext {
  public:
    ModuleHeaderContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_MODULE();
    QualifiedNameContext *qualifiedName();


  };

  ModuleHeaderContext* moduleHeader();

  class  TopItemContext : public antlr4::ParserRuleContext {
  public:
    TopItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    MetadataEntryContext *metadataEntry();
    ImportDeclContext *importDecl();
    EnumDeclContext *enumDecl();
    TypeDeclContext *typeDecl();
    ToolDeclContext *toolDecl();
    FragmentDeclContext *fragmentDecl();
    MixinDeclContext *mixinDecl();
    PromptDeclContext *promptDecl();
    TestDeclContext *testDecl();
    EvalDeclContext *evalDecl();


  };

  TopItemContext* topItem();

  class  MetadataEntryContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *key = nullptr;;
    MetadataEntryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    StringLitContext *stringLit();
    antlr4::tree::TerminalNode *K_VERSION();
    antlr4::tree::TerminalNode *K_OWNER();
    antlr4::tree::TerminalNode *K_DESCRIPTION();


  };

  MetadataEntryContext* metadataEntry();

  class  ImportDeclContext : public antlr4::ParserRuleContext {
  public:
    ImportDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_IMPORT();
    QualifiedNameContext *qualifiedName();
    antlr4::tree::TerminalNode *DOT();
    antlr4::tree::TerminalNode *LBRACE();
    std::vector<ImportItemContext *> importItem();
    ImportItemContext* importItem(size_t i);
    antlr4::tree::TerminalNode *RBRACE();
    antlr4::tree::TerminalNode *K_AS();
    NameContext *name();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ImportDeclContext* importDecl();

  class  ImportItemContext : public antlr4::ParserRuleContext {
  public:
    ImportItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *K_AS();


  };

  ImportItemContext* importItem();

  class  EnumDeclContext : public antlr4::ParserRuleContext {
  public:
    EnumDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_ENUM();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<EnumMemberContext *> enumMember();
    EnumMemberContext* enumMember(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  EnumDeclContext* enumDecl();

  class  EnumMemberContext : public antlr4::ParserRuleContext {
  public:
    EnumMemberContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  EnumMemberContext* enumMember();

  class  TypeDeclContext : public antlr4::ParserRuleContext {
  public:
    TypeDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_TYPE();
    RecordBodyContext *recordBody();
    antlr4::tree::TerminalNode *ASSIGN();
    TypeExprContext *typeExpr();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  TypeDeclContext* typeDecl();

  class  RecordBodyContext : public antlr4::ParserRuleContext {
  public:
    RecordBodyContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<FieldContext *> field();
    FieldContext* field(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  RecordBodyContext* recordBody();

  class  FieldContext : public antlr4::ParserRuleContext {
  public:
    FieldContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *COLON();
    TypeExprContext *typeExpr();
    antlr4::tree::TerminalNode *ASSIGN();
    ExprContext *expr();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  FieldContext* field();

  class  TypeExprContext : public antlr4::ParserRuleContext {
  public:
    TypeExprContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    QualifiedNameContext *qualifiedName();
    antlr4::tree::TerminalNode *LT();
    std::vector<TypeExprContext *> typeExpr();
    TypeExprContext* typeExpr(size_t i);
    antlr4::tree::TerminalNode *GT();
    antlr4::tree::TerminalNode *QUESTION();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  TypeExprContext* typeExpr();

  class  ToolDeclContext : public antlr4::ParserRuleContext {
  public:
    ToolDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_TOOL();
    NameContext *name();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    ParamsContext *params();
    antlr4::tree::TerminalNode *ARROW();
    TypeExprContext *typeExpr();
    StringLitContext *stringLit();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  ToolDeclContext* toolDecl();

  class  ParamsContext : public antlr4::ParserRuleContext {
  public:
    ParamsContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<FieldContext *> field();
    FieldContext* field(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ParamsContext* params();

  class  FragmentDeclContext : public antlr4::ParserRuleContext {
  public:
    FragmentDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_FRAGMENT();
    BlockContext *block();
    NameContext *name();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    ParamsContext *params();


  };

  FragmentDeclContext* fragmentDecl();

  class  MixinDeclContext : public antlr4::ParserRuleContext {
  public:
    MixinDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_MIXIN();
    PromptBodyContext *promptBody();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  MixinDeclContext* mixinDecl();

  class  PromptDeclContext : public antlr4::ParserRuleContext {
  public:
    PromptDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_PROMPT();
    PromptBodyContext *promptBody();
    std::vector<PromptModifierContext *> promptModifier();
    PromptModifierContext* promptModifier(size_t i);
    NameContext *name();
    antlr4::tree::TerminalNode *K_EXTENDS();
    std::vector<QualifiedNameContext *> qualifiedName();
    QualifiedNameContext* qualifiedName(size_t i);
    antlr4::tree::TerminalNode *K_WITH();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  PromptDeclContext* promptDecl();

  class  PromptModifierContext : public antlr4::ParserRuleContext {
  public:
    PromptModifierContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_ABSTRACT();
    antlr4::tree::TerminalNode *K_FINAL();


  };

  PromptModifierContext* promptModifier();

  class  PromptBodyContext : public antlr4::ParserRuleContext {
  public:
    PromptBodyContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<PromptMemberContext *> promptMember();
    PromptMemberContext* promptMember(size_t i);


  };

  PromptBodyContext* promptBody();

  class  PromptMemberContext : public antlr4::ParserRuleContext {
  public:
    PromptMemberContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    MetadataEntryContext *metadataEntry();
    InputDeclContext *inputDecl();
    OutputDeclContext *outputDecl();
    ToolsDeclContext *toolsDecl();
    ToolChoiceDeclContext *toolChoiceDecl();
    ToolDeclContext *toolDecl();
    ConfigBlockContext *configBlock();
    TargetBlockContext *targetBlock();
    BudgetDeclContext *budgetDecl();
    MessageBlockContext *messageBlock();
    MessagesSpliceContext *messagesSplice();
    ExampleDeclContext *exampleDecl();


  };

  PromptMemberContext* promptMember();

  class  InputDeclContext : public antlr4::ParserRuleContext {
  public:
    InputDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_INPUT();
    NameContext *name();
    antlr4::tree::TerminalNode *COLON();
    TypeExprContext *typeExpr();
    antlr4::tree::TerminalNode *ASSIGN();
    ExprContext *expr();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  InputDeclContext* inputDecl();

  class  OutputDeclContext : public antlr4::ParserRuleContext {
  public:
    OutputDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_OUTPUT();
    TypeExprContext *typeExpr();
    RecordBodyContext *recordBody();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  OutputDeclContext* outputDecl();

  class  ToolsDeclContext : public antlr4::ParserRuleContext {
  public:
    ToolsDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_TOOLS();
    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    antlr4::tree::TerminalNode *K_REMOVE();
    std::vector<QualifiedNameContext *> qualifiedName();
    QualifiedNameContext* qualifiedName(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ToolsDeclContext* toolsDecl();

  class  ToolChoiceDeclContext : public antlr4::ParserRuleContext {
  public:
    ToolChoiceDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_TOOL_CHOICE();
    NameContext *name();


  };

  ToolChoiceDeclContext* toolChoiceDecl();

  class  ConfigBlockContext : public antlr4::ParserRuleContext {
  public:
    ConfigBlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_CONFIG();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<ConfigEntryContext *> configEntry();
    ConfigEntryContext* configEntry(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ConfigBlockContext* configBlock();

  class  TargetBlockContext : public antlr4::ParserRuleContext {
  public:
    TargetBlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_TARGET();
    NameContext *name();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<ConfigEntryContext *> configEntry();
    ConfigEntryContext* configEntry(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  TargetBlockContext* targetBlock();

  class  ConfigEntryContext : public antlr4::ParserRuleContext {
  public:
    ConfigEntryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *COLON();
    ExprContext *expr();


  };

  ConfigEntryContext* configEntry();

  class  BudgetDeclContext : public antlr4::ParserRuleContext {
  public:
    BudgetDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_BUDGET();
    std::vector<antlr4::tree::TerminalNode *> INT();
    antlr4::tree::TerminalNode* INT(size_t i);
    std::vector<antlr4::tree::TerminalNode *> K_TOKENS();
    antlr4::tree::TerminalNode* K_TOKENS(size_t i);
    antlr4::tree::TerminalNode *K_RESERVE();
    antlr4::tree::TerminalNode *K_FOR();
    antlr4::tree::TerminalNode *K_OUTPUT();


  };

  BudgetDeclContext* budgetDecl();

  class  MessageBlockContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *role = nullptr;;
    MessageBlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    BlockContext *block();
    antlr4::tree::TerminalNode *K_SYSTEM();
    antlr4::tree::TerminalNode *K_DEVELOPER();
    antlr4::tree::TerminalNode *K_USER();
    antlr4::tree::TerminalNode *K_ASSISTANT();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  MessageBlockContext* messageBlock();

  class  MessagesSpliceContext : public antlr4::ParserRuleContext {
  public:
    MessagesSpliceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_MESSAGES();
    NameContext *name();
    std::vector<SectionBudgetContext *> sectionBudget();
    SectionBudgetContext* sectionBudget(size_t i);
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);


  };

  MessagesSpliceContext* messagesSplice();

  class  ExampleDeclContext : public antlr4::ParserRuleContext {
  public:
    ExampleDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_EXAMPLE();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<ExampleItemContext *> exampleItem();
    ExampleItemContext* exampleItem(size_t i);


  };

  ExampleDeclContext* exampleDecl();

  class  ExampleItemContext : public antlr4::ParserRuleContext {
  public:
    ExampleItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    MessageBlockContext *messageBlock();
    antlr4::tree::TerminalNode *K_INPUT();
    ObjectLitContext *objectLit();
    antlr4::tree::TerminalNode *K_OUTPUT();
    ExprContext *expr();


  };

  ExampleItemContext* exampleItem();

  class  BlockContext : public antlr4::ParserRuleContext {
  public:
    BlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<ItemContext *> item();
    ItemContext* item(size_t i);


  };

  BlockContext* block();

  class  ItemContext : public antlr4::ParserRuleContext {
  public:
    ItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    StringLitContext *stringLit();
    InterpolationContext *interpolation();
    SectionDeclContext *sectionDecl();
    IfBlockContext *ifBlock();
    ForBlockContext *forBlock();
    UseItemContext *useItem();
    SuperItemContext *superItem();


  };

  ItemContext* item();

  class  SectionDeclContext : public antlr4::ParserRuleContext {
  public:
    SectionDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_SECTION();
    NameContext *name();
    std::vector<SectionBudgetContext *> sectionBudget();
    SectionBudgetContext* sectionBudget(size_t i);
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    BlockContext *block();
    std::vector<SectionModifierContext *> sectionModifier();
    SectionModifierContext* sectionModifier(size_t i);


  };

  SectionDeclContext* sectionDecl();

  class  SectionModifierContext : public antlr4::ParserRuleContext {
  public:
    SectionModifierContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_OVERRIDE();
    antlr4::tree::TerminalNode *K_APPEND();
    antlr4::tree::TerminalNode *K_PREPEND();
    antlr4::tree::TerminalNode *K_REMOVE();
    antlr4::tree::TerminalNode *K_REQUIRED();
    antlr4::tree::TerminalNode *K_FINAL();


  };

  SectionModifierContext* sectionModifier();

  class  SectionBudgetContext : public antlr4::ParserRuleContext {
  public:
    SectionBudgetContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_PRIORITY();
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *K_SHRINK();
    NameContext *name();


  };

  SectionBudgetContext* sectionBudget();

  class  IfBlockContext : public antlr4::ParserRuleContext {
  public:
    IfBlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_IF();
    ExprContext *expr();
    BlockContext *block();
    std::vector<ElseIfContext *> elseIf();
    ElseIfContext* elseIf(size_t i);
    ElseBlockContext *elseBlock();


  };

  IfBlockContext* ifBlock();

  class  ElseIfContext : public antlr4::ParserRuleContext {
  public:
    ElseIfContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_ELSE();
    antlr4::tree::TerminalNode *K_IF();
    ExprContext *expr();
    BlockContext *block();


  };

  ElseIfContext* elseIf();

  class  ElseBlockContext : public antlr4::ParserRuleContext {
  public:
    ElseBlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_ELSE();
    BlockContext *block();


  };

  ElseBlockContext* elseBlock();

  class  ForBlockContext : public antlr4::ParserRuleContext {
  public:
    ForBlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_FOR();
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *K_IN();
    ExprContext *expr();
    BlockContext *block();
    antlr4::tree::TerminalNode *COMMA();


  };

  ForBlockContext* forBlock();

  class  UseItemContext : public antlr4::ParserRuleContext {
  public:
    UseItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_USE();
    QualifiedNameContext *qualifiedName();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    ArgsContext *args();


  };

  UseItemContext* useItem();

  class  SuperItemContext : public antlr4::ParserRuleContext {
  public:
    SuperItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_SUPER();


  };

  SuperItemContext* superItem();

  class  TestDeclContext : public antlr4::ParserRuleContext {
  public:
    TestDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_TEST();
    antlr4::tree::TerminalNode *K_FOR();
    QualifiedNameContext *qualifiedName();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<TestItemContext *> testItem();
    TestItemContext* testItem(size_t i);


  };

  TestDeclContext* testDecl();

  class  TestItemContext : public antlr4::ParserRuleContext {
  public:
    TestItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_INPUT();
    ObjectLitContext *objectLit();
    AssertStmtContext *assertStmt();
    AssertSetContext *assertSet();
    ConfigBlockContext *configBlock();
    MetadataEntryContext *metadataEntry();


  };

  TestItemContext* testItem();

  class  AssertStmtContext : public antlr4::ParserRuleContext {
  public:
    AssertStmtContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_ASSERT();
    ExprContext *expr();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    antlr4::tree::TerminalNode *COMMA();
    StringLitContext *stringLit();


  };

  AssertStmtContext* assertStmt();

  class  AssertSetContext : public antlr4::ParserRuleContext {
  public:
    AssertSetContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_ASSERT_SET();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<AssertSetItemContext *> assertSetItem();
    AssertSetItemContext* assertSetItem(size_t i);


  };

  AssertSetContext* assertSet();

  class  AssertSetItemContext : public antlr4::ParserRuleContext {
  public:
    AssertSetItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    AssertStmtContext *assertStmt();
    AssertSetContext *assertSet();


  };

  AssertSetItemContext* assertSetItem();

  class  EvalDeclContext : public antlr4::ParserRuleContext {
  public:
    EvalDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_EVAL();
    antlr4::tree::TerminalNode *K_FOR();
    QualifiedNameContext *qualifiedName();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<EvalItemContext *> evalItem();
    EvalItemContext* evalItem(size_t i);


  };

  EvalDeclContext* evalDecl();

  class  EvalItemContext : public antlr4::ParserRuleContext {
  public:
    EvalItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_DATA();
    StringLitContext *stringLit();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    antlr4::tree::TerminalNode *K_INPUT();
    ObjectLitContext *objectLit();
    AssertStmtContext *assertStmt();
    AssertSetContext *assertSet();
    antlr4::tree::TerminalNode *K_METRIC();
    NameContext *name();
    antlr4::tree::TerminalNode *ASSIGN();
    ExprContext *expr();
    antlr4::tree::TerminalNode *K_SLICE();
    antlr4::tree::TerminalNode *K_BY();
    antlr4::tree::TerminalNode *K_GATE();
    ConfigBlockContext *configBlock();
    MetadataEntryContext *metadataEntry();


  };

  EvalItemContext* evalItem();

  class  AnnotationContext : public antlr4::ParserRuleContext {
  public:
    AnnotationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *ANNOTATION();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    ArgsContext *args();


  };

  AnnotationContext* annotation();

  class  ArgsContext : public antlr4::ParserRuleContext {
  public:
    ArgsContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<ArgContext *> arg();
    ArgContext* arg(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ArgsContext* args();

  class  ArgContext : public antlr4::ParserRuleContext {
  public:
    ArgContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    ExprContext *expr();
    NameContext *name();
    antlr4::tree::TerminalNode *COLON();


  };

  ArgContext* arg();

  class  ExprContext : public antlr4::ParserRuleContext {
  public:
    ExprContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<UnaryExprContext *> unaryExpr();
    UnaryExprContext* unaryExpr(size_t i);
    std::vector<BinaryOpContext *> binaryOp();
    BinaryOpContext* binaryOp(size_t i);


  };

  ExprContext* expr();

  class  BinaryOpContext : public antlr4::ParserRuleContext {
  public:
    BinaryOpContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *K_OR();
    antlr4::tree::TerminalNode *K_AND();
    antlr4::tree::TerminalNode *EQ();
    antlr4::tree::TerminalNode *NE();
    antlr4::tree::TerminalNode *LT();
    antlr4::tree::TerminalNode *LE();
    antlr4::tree::TerminalNode *GT();
    antlr4::tree::TerminalNode *GE();
    antlr4::tree::TerminalNode *K_IN();
    antlr4::tree::TerminalNode *K_NOT();


  };

  BinaryOpContext* binaryOp();

  class  UnaryExprContext : public antlr4::ParserRuleContext {
  public:
    UnaryExprContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    PrimaryContext *primary();
    std::vector<PostfixOpContext *> postfixOp();
    PostfixOpContext* postfixOp(size_t i);
    std::vector<antlr4::tree::TerminalNode *> K_NOT();
    antlr4::tree::TerminalNode* K_NOT(size_t i);
    std::vector<antlr4::tree::TerminalNode *> MINUS();
    antlr4::tree::TerminalNode* MINUS(size_t i);


  };

  UnaryExprContext* unaryExpr();

  class  PostfixOpContext : public antlr4::ParserRuleContext {
  public:
    PostfixOpContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DOT();
    NameContext *name();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    ArgsContext *args();
    antlr4::tree::TerminalNode *LBRACK();
    ExprContext *expr();
    antlr4::tree::TerminalNode *RBRACK();


  };

  PostfixOpContext* postfixOp();

  class  PrimaryContext : public antlr4::ParserRuleContext {
  public:
    PrimaryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *FLOAT();
    antlr4::tree::TerminalNode *K_TRUE();
    antlr4::tree::TerminalNode *K_FALSE();
    antlr4::tree::TerminalNode *K_NULL();
    StringLitContext *stringLit();
    NameContext *name();
    antlr4::tree::TerminalNode *LPAREN();
    ExprContext *expr();
    antlr4::tree::TerminalNode *RPAREN();
    ListLitContext *listLit();
    ObjectLitContext *objectLit();


  };

  PrimaryContext* primary();

  class  ListLitContext : public antlr4::ParserRuleContext {
  public:
    ListLitContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ListLitContext* listLit();

  class  ObjectLitContext : public antlr4::ParserRuleContext {
  public:
    ObjectLitContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<ObjectEntryContext *> objectEntry();
    ObjectEntryContext* objectEntry(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);


  };

  ObjectLitContext* objectLit();

  class  ObjectEntryContext : public antlr4::ParserRuleContext {
  public:
    ObjectEntryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *COLON();
    ExprContext *expr();
    NameContext *name();
    StringLitContext *stringLit();


  };

  ObjectEntryContext* objectEntry();

  class  StringLitContext : public antlr4::ParserRuleContext {
  public:
    StringLitContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STR_OPEN();
    antlr4::tree::TerminalNode *STR_CLOSE();
    antlr4::tree::TerminalNode *UNTERMINATED();
    std::vector<StrPartContext *> strPart();
    StrPartContext* strPart(size_t i);
    antlr4::tree::TerminalNode *TSTR_OPEN();
    antlr4::tree::TerminalNode *TSTR_CLOSE();
    antlr4::tree::TerminalNode *RAW_STRING();
    antlr4::tree::TerminalNode *RAW_TRIPLE();
    antlr4::tree::TerminalNode *RAW_HASH();


  };

  StringLitContext* stringLit();

  class  StrPartContext : public antlr4::ParserRuleContext {
  public:
    StrPartContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STR_TEXT();
    antlr4::tree::TerminalNode *STR_ESCAPE();
    InterpolationContext *interpolation();


  };

  StrPartContext* strPart();

  class  InterpolationContext : public antlr4::ParserRuleContext {
  public:
    InterpolationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *INTERP_OPEN();
    ExprContext *expr();
    antlr4::tree::TerminalNode *INTERP_CLOSE();
    antlr4::tree::TerminalNode *UNTERMINATED();
    std::vector<FilterContext *> filter();
    FilterContext* filter(size_t i);


  };

  InterpolationContext* interpolation();

  class  FilterContext : public antlr4::ParserRuleContext {
  public:
    FilterContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *PIPE();
    NameContext *name();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    ArgsContext *args();


  };

  FilterContext* filter();

  class  QualifiedNameContext : public antlr4::ParserRuleContext {
  public:
    QualifiedNameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    std::vector<antlr4::tree::TerminalNode *> DOT();
    antlr4::tree::TerminalNode* DOT(size_t i);


  };

  QualifiedNameContext* qualifiedName();

  class  NameContext : public antlr4::ParserRuleContext {
  public:
    NameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *ID();
    antlr4::tree::TerminalNode *QUOTED_ID();
    antlr4::tree::TerminalNode *K_TYPE();
    antlr4::tree::TerminalNode *K_TOOL();
    antlr4::tree::TerminalNode *K_TOOLS();
    antlr4::tree::TerminalNode *K_TOOL_CHOICE();
    antlr4::tree::TerminalNode *K_TEST();
    antlr4::tree::TerminalNode *K_EVAL();
    antlr4::tree::TerminalNode *K_INPUT();
    antlr4::tree::TerminalNode *K_OUTPUT();
    antlr4::tree::TerminalNode *K_SYSTEM();
    antlr4::tree::TerminalNode *K_DEVELOPER();
    antlr4::tree::TerminalNode *K_USER();
    antlr4::tree::TerminalNode *K_ASSISTANT();
    antlr4::tree::TerminalNode *K_CONFIG();
    antlr4::tree::TerminalNode *K_TARGET();
    antlr4::tree::TerminalNode *K_BUDGET();
    antlr4::tree::TerminalNode *K_TOKENS();
    antlr4::tree::TerminalNode *K_RESERVE();
    antlr4::tree::TerminalNode *K_PRIORITY();
    antlr4::tree::TerminalNode *K_SHRINK();
    antlr4::tree::TerminalNode *K_MESSAGES();
    antlr4::tree::TerminalNode *K_EXAMPLE();
    antlr4::tree::TerminalNode *K_DATA();
    antlr4::tree::TerminalNode *K_ASSERT();
    antlr4::tree::TerminalNode *K_ASSERT_SET();
    antlr4::tree::TerminalNode *K_METRIC();
    antlr4::tree::TerminalNode *K_SLICE();
    antlr4::tree::TerminalNode *K_BY();
    antlr4::tree::TerminalNode *K_GATE();
    antlr4::tree::TerminalNode *K_VERSION();
    antlr4::tree::TerminalNode *K_OWNER();
    antlr4::tree::TerminalNode *K_DESCRIPTION();
    antlr4::tree::TerminalNode *K_ABSTRACT();
    antlr4::tree::TerminalNode *K_FINAL();
    antlr4::tree::TerminalNode *K_REQUIRED();


  };

  NameContext* name();


private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace aep::grammar
