
// Generated from AepParser.g4 by ANTLR 4.7.2



#include "AepParser.h"


using namespace antlrcpp;
using namespace aep::grammar;
using namespace antlr4;

AepParser::AepParser(TokenStream *input) : Parser(input) {
  _interpreter = new atn::ParserATNSimulator(this, _atn, _decisionToDFA, _sharedContextCache);
}

AepParser::~AepParser() {
  delete _interpreter;
}

std::string AepParser::getGrammarFileName() const {
  return "AepParser.g4";
}

const std::vector<std::string>& AepParser::getRuleNames() const {
  return _ruleNames;
}

dfa::Vocabulary& AepParser::getVocabulary() const {
  return _vocabulary;
}


//----------------- FileContext ------------------------------------------------------------------

AepParser::FileContext::FileContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::FileContext::EOF() {
  return getToken(AepParser::EOF, 0);
}

AepParser::ModuleHeaderContext* AepParser::FileContext::moduleHeader() {
  return getRuleContext<AepParser::ModuleHeaderContext>(0);
}

std::vector<AepParser::TopItemContext *> AepParser::FileContext::topItem() {
  return getRuleContexts<AepParser::TopItemContext>();
}

AepParser::TopItemContext* AepParser::FileContext::topItem(size_t i) {
  return getRuleContext<AepParser::TopItemContext>(i);
}


size_t AepParser::FileContext::getRuleIndex() const {
  return AepParser::RuleFile;
}


AepParser::FileContext* AepParser::file() {
  FileContext *_localctx = _tracker.createInstance<FileContext>(_ctx, getState());
  enterRule(_localctx, 0, AepParser::RuleFile);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(135);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_MODULE) {
      setState(134);
      moduleHeader();
    }
    setState(140);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (((((_la - 8) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 8)) & ((1ULL << (AepParser::K_IMPORT - 8))
      | (1ULL << (AepParser::K_PROMPT - 8))
      | (1ULL << (AepParser::K_FRAGMENT - 8))
      | (1ULL << (AepParser::K_MIXIN - 8))
      | (1ULL << (AepParser::K_ENUM - 8))
      | (1ULL << (AepParser::K_TYPE - 8))
      | (1ULL << (AepParser::K_TOOL - 8))
      | (1ULL << (AepParser::K_TEST - 8))
      | (1ULL << (AepParser::K_EVAL - 8))
      | (1ULL << (AepParser::K_VERSION - 8))
      | (1ULL << (AepParser::K_OWNER - 8))
      | (1ULL << (AepParser::K_DESCRIPTION - 8))
      | (1ULL << (AepParser::K_ABSTRACT - 8))
      | (1ULL << (AepParser::K_FINAL - 8)))) != 0)) {
      setState(137);
      topItem();
      setState(142);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(143);
    match(AepParser::EOF);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ModuleHeaderContext ------------------------------------------------------------------

AepParser::ModuleHeaderContext::ModuleHeaderContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ModuleHeaderContext::K_MODULE() {
  return getToken(AepParser::K_MODULE, 0);
}

AepParser::QualifiedNameContext* AepParser::ModuleHeaderContext::qualifiedName() {
  return getRuleContext<AepParser::QualifiedNameContext>(0);
}


size_t AepParser::ModuleHeaderContext::getRuleIndex() const {
  return AepParser::RuleModuleHeader;
}


AepParser::ModuleHeaderContext* AepParser::moduleHeader() {
  ModuleHeaderContext *_localctx = _tracker.createInstance<ModuleHeaderContext>(_ctx, getState());
  enterRule(_localctx, 2, AepParser::RuleModuleHeader);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(145);
    match(AepParser::K_MODULE);
    setState(146);
    qualifiedName();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TopItemContext ------------------------------------------------------------------

AepParser::TopItemContext::TopItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::MetadataEntryContext* AepParser::TopItemContext::metadataEntry() {
  return getRuleContext<AepParser::MetadataEntryContext>(0);
}

AepParser::ImportDeclContext* AepParser::TopItemContext::importDecl() {
  return getRuleContext<AepParser::ImportDeclContext>(0);
}

AepParser::EnumDeclContext* AepParser::TopItemContext::enumDecl() {
  return getRuleContext<AepParser::EnumDeclContext>(0);
}

AepParser::TypeDeclContext* AepParser::TopItemContext::typeDecl() {
  return getRuleContext<AepParser::TypeDeclContext>(0);
}

AepParser::ToolDeclContext* AepParser::TopItemContext::toolDecl() {
  return getRuleContext<AepParser::ToolDeclContext>(0);
}

AepParser::FragmentDeclContext* AepParser::TopItemContext::fragmentDecl() {
  return getRuleContext<AepParser::FragmentDeclContext>(0);
}

AepParser::MixinDeclContext* AepParser::TopItemContext::mixinDecl() {
  return getRuleContext<AepParser::MixinDeclContext>(0);
}

AepParser::PromptDeclContext* AepParser::TopItemContext::promptDecl() {
  return getRuleContext<AepParser::PromptDeclContext>(0);
}

AepParser::TestDeclContext* AepParser::TopItemContext::testDecl() {
  return getRuleContext<AepParser::TestDeclContext>(0);
}

AepParser::EvalDeclContext* AepParser::TopItemContext::evalDecl() {
  return getRuleContext<AepParser::EvalDeclContext>(0);
}


size_t AepParser::TopItemContext::getRuleIndex() const {
  return AepParser::RuleTopItem;
}


AepParser::TopItemContext* AepParser::topItem() {
  TopItemContext *_localctx = _tracker.createInstance<TopItemContext>(_ctx, getState());
  enterRule(_localctx, 4, AepParser::RuleTopItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(158);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION: {
        enterOuterAlt(_localctx, 1);
        setState(148);
        metadataEntry();
        break;
      }

      case AepParser::K_IMPORT: {
        enterOuterAlt(_localctx, 2);
        setState(149);
        importDecl();
        break;
      }

      case AepParser::K_ENUM: {
        enterOuterAlt(_localctx, 3);
        setState(150);
        enumDecl();
        break;
      }

      case AepParser::K_TYPE: {
        enterOuterAlt(_localctx, 4);
        setState(151);
        typeDecl();
        break;
      }

      case AepParser::K_TOOL: {
        enterOuterAlt(_localctx, 5);
        setState(152);
        toolDecl();
        break;
      }

      case AepParser::K_FRAGMENT: {
        enterOuterAlt(_localctx, 6);
        setState(153);
        fragmentDecl();
        break;
      }

      case AepParser::K_MIXIN: {
        enterOuterAlt(_localctx, 7);
        setState(154);
        mixinDecl();
        break;
      }

      case AepParser::K_PROMPT:
      case AepParser::K_ABSTRACT:
      case AepParser::K_FINAL: {
        enterOuterAlt(_localctx, 8);
        setState(155);
        promptDecl();
        break;
      }

      case AepParser::K_TEST: {
        enterOuterAlt(_localctx, 9);
        setState(156);
        testDecl();
        break;
      }

      case AepParser::K_EVAL: {
        enterOuterAlt(_localctx, 10);
        setState(157);
        evalDecl();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MetadataEntryContext ------------------------------------------------------------------

AepParser::MetadataEntryContext::MetadataEntryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::StringLitContext* AepParser::MetadataEntryContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}

tree::TerminalNode* AepParser::MetadataEntryContext::K_VERSION() {
  return getToken(AepParser::K_VERSION, 0);
}

tree::TerminalNode* AepParser::MetadataEntryContext::K_OWNER() {
  return getToken(AepParser::K_OWNER, 0);
}

tree::TerminalNode* AepParser::MetadataEntryContext::K_DESCRIPTION() {
  return getToken(AepParser::K_DESCRIPTION, 0);
}


size_t AepParser::MetadataEntryContext::getRuleIndex() const {
  return AepParser::RuleMetadataEntry;
}


AepParser::MetadataEntryContext* AepParser::metadataEntry() {
  MetadataEntryContext *_localctx = _tracker.createInstance<MetadataEntryContext>(_ctx, getState());
  enterRule(_localctx, 6, AepParser::RuleMetadataEntry);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(160);
    dynamic_cast<MetadataEntryContext *>(_localctx)->key = _input->LT(1);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0))) {
      dynamic_cast<MetadataEntryContext *>(_localctx)->key = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(161);
    stringLit();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ImportDeclContext ------------------------------------------------------------------

AepParser::ImportDeclContext::ImportDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ImportDeclContext::K_IMPORT() {
  return getToken(AepParser::K_IMPORT, 0);
}

AepParser::QualifiedNameContext* AepParser::ImportDeclContext::qualifiedName() {
  return getRuleContext<AepParser::QualifiedNameContext>(0);
}

tree::TerminalNode* AepParser::ImportDeclContext::DOT() {
  return getToken(AepParser::DOT, 0);
}

tree::TerminalNode* AepParser::ImportDeclContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

std::vector<AepParser::ImportItemContext *> AepParser::ImportDeclContext::importItem() {
  return getRuleContexts<AepParser::ImportItemContext>();
}

AepParser::ImportItemContext* AepParser::ImportDeclContext::importItem(size_t i) {
  return getRuleContext<AepParser::ImportItemContext>(i);
}

tree::TerminalNode* AepParser::ImportDeclContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

tree::TerminalNode* AepParser::ImportDeclContext::K_AS() {
  return getToken(AepParser::K_AS, 0);
}

AepParser::NameContext* AepParser::ImportDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<tree::TerminalNode *> AepParser::ImportDeclContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ImportDeclContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ImportDeclContext::getRuleIndex() const {
  return AepParser::RuleImportDecl;
}


AepParser::ImportDeclContext* AepParser::importDecl() {
  ImportDeclContext *_localctx = _tracker.createInstance<ImportDeclContext>(_ctx, getState());
  enterRule(_localctx, 8, AepParser::RuleImportDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(163);
    match(AepParser::K_IMPORT);
    setState(164);
    qualifiedName();
    setState(182);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::DOT: {
        setState(165);
        match(AepParser::DOT);
        setState(166);
        match(AepParser::LBRACE);
        setState(167);
        importItem();
        setState(172);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 3, _ctx);
        while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
          if (alt == 1) {
            setState(168);
            match(AepParser::COMMA);
            setState(169);
            importItem();
          }
          setState(174);
          _errHandler->sync(this);
          alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 3, _ctx);
        }
        setState(176);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == AepParser::COMMA) {
          setState(175);
          match(AepParser::COMMA);
        }
        setState(178);
        match(AepParser::RBRACE);
        break;
      }

      case AepParser::K_AS: {
        setState(180);
        match(AepParser::K_AS);
        setState(181);
        name();
        break;
      }

      case AepParser::EOF:
      case AepParser::K_IMPORT:
      case AepParser::K_PROMPT:
      case AepParser::K_FRAGMENT:
      case AepParser::K_MIXIN:
      case AepParser::K_ENUM:
      case AepParser::K_TYPE:
      case AepParser::K_TOOL:
      case AepParser::K_TEST:
      case AepParser::K_EVAL:
      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION:
      case AepParser::K_ABSTRACT:
      case AepParser::K_FINAL: {
        break;
      }

    default:
      break;
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ImportItemContext ------------------------------------------------------------------

AepParser::ImportItemContext::ImportItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<AepParser::NameContext *> AepParser::ImportItemContext::name() {
  return getRuleContexts<AepParser::NameContext>();
}

AepParser::NameContext* AepParser::ImportItemContext::name(size_t i) {
  return getRuleContext<AepParser::NameContext>(i);
}

tree::TerminalNode* AepParser::ImportItemContext::K_AS() {
  return getToken(AepParser::K_AS, 0);
}


size_t AepParser::ImportItemContext::getRuleIndex() const {
  return AepParser::RuleImportItem;
}


AepParser::ImportItemContext* AepParser::importItem() {
  ImportItemContext *_localctx = _tracker.createInstance<ImportItemContext>(_ctx, getState());
  enterRule(_localctx, 10, AepParser::RuleImportItem);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(184);
    name();
    setState(187);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_AS) {
      setState(185);
      match(AepParser::K_AS);
      setState(186);
      name();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EnumDeclContext ------------------------------------------------------------------

AepParser::EnumDeclContext::EnumDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::EnumDeclContext::K_ENUM() {
  return getToken(AepParser::K_ENUM, 0);
}

tree::TerminalNode* AepParser::EnumDeclContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::EnumDeclContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

AepParser::NameContext* AepParser::EnumDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::EnumDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::EnumDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

std::vector<AepParser::EnumMemberContext *> AepParser::EnumDeclContext::enumMember() {
  return getRuleContexts<AepParser::EnumMemberContext>();
}

AepParser::EnumMemberContext* AepParser::EnumDeclContext::enumMember(size_t i) {
  return getRuleContext<AepParser::EnumMemberContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::EnumDeclContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::EnumDeclContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::EnumDeclContext::getRuleIndex() const {
  return AepParser::RuleEnumDecl;
}


AepParser::EnumDeclContext* AepParser::enumDecl() {
  EnumDeclContext *_localctx = _tracker.createInstance<EnumDeclContext>(_ctx, getState());
  enterRule(_localctx, 12, AepParser::RuleEnumDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(189);
    match(AepParser::K_ENUM);
    setState(191);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(190);
      name();
    }
    setState(196);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(193);
      annotation();
      setState(198);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(199);
    match(AepParser::LBRACE);
    setState(206);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(200);
      enumMember();
      setState(202);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(201);
        match(AepParser::COMMA);
      }
      setState(208);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(209);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EnumMemberContext ------------------------------------------------------------------

AepParser::EnumMemberContext::EnumMemberContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::NameContext* AepParser::EnumMemberContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::EnumMemberContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::EnumMemberContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::EnumMemberContext::getRuleIndex() const {
  return AepParser::RuleEnumMember;
}


AepParser::EnumMemberContext* AepParser::enumMember() {
  EnumMemberContext *_localctx = _tracker.createInstance<EnumMemberContext>(_ctx, getState());
  enterRule(_localctx, 14, AepParser::RuleEnumMember);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(211);
    name();
    setState(215);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(212);
      annotation();
      setState(217);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TypeDeclContext ------------------------------------------------------------------

AepParser::TypeDeclContext::TypeDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::TypeDeclContext::K_TYPE() {
  return getToken(AepParser::K_TYPE, 0);
}

AepParser::RecordBodyContext* AepParser::TypeDeclContext::recordBody() {
  return getRuleContext<AepParser::RecordBodyContext>(0);
}

tree::TerminalNode* AepParser::TypeDeclContext::ASSIGN() {
  return getToken(AepParser::ASSIGN, 0);
}

AepParser::TypeExprContext* AepParser::TypeDeclContext::typeExpr() {
  return getRuleContext<AepParser::TypeExprContext>(0);
}

AepParser::NameContext* AepParser::TypeDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::TypeDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::TypeDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::TypeDeclContext::getRuleIndex() const {
  return AepParser::RuleTypeDecl;
}


AepParser::TypeDeclContext* AepParser::typeDecl() {
  TypeDeclContext *_localctx = _tracker.createInstance<TypeDeclContext>(_ctx, getState());
  enterRule(_localctx, 16, AepParser::RuleTypeDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(218);
    match(AepParser::K_TYPE);
    setState(220);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(219);
      name();
    }
    setState(225);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(222);
      annotation();
      setState(227);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(231);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::LBRACE: {
        setState(228);
        recordBody();
        break;
      }

      case AepParser::ASSIGN: {
        setState(229);
        match(AepParser::ASSIGN);
        setState(230);
        typeExpr();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- RecordBodyContext ------------------------------------------------------------------

AepParser::RecordBodyContext::RecordBodyContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::RecordBodyContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::RecordBodyContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

std::vector<AepParser::FieldContext *> AepParser::RecordBodyContext::field() {
  return getRuleContexts<AepParser::FieldContext>();
}

AepParser::FieldContext* AepParser::RecordBodyContext::field(size_t i) {
  return getRuleContext<AepParser::FieldContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::RecordBodyContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::RecordBodyContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::RecordBodyContext::getRuleIndex() const {
  return AepParser::RuleRecordBody;
}


AepParser::RecordBodyContext* AepParser::recordBody() {
  RecordBodyContext *_localctx = _tracker.createInstance<RecordBodyContext>(_ctx, getState());
  enterRule(_localctx, 18, AepParser::RuleRecordBody);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(233);
    match(AepParser::LBRACE);
    setState(240);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(234);
      field();
      setState(236);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(235);
        match(AepParser::COMMA);
      }
      setState(242);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(243);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FieldContext ------------------------------------------------------------------

AepParser::FieldContext::FieldContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::NameContext* AepParser::FieldContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::FieldContext::COLON() {
  return getToken(AepParser::COLON, 0);
}

AepParser::TypeExprContext* AepParser::FieldContext::typeExpr() {
  return getRuleContext<AepParser::TypeExprContext>(0);
}

tree::TerminalNode* AepParser::FieldContext::ASSIGN() {
  return getToken(AepParser::ASSIGN, 0);
}

AepParser::ExprContext* AepParser::FieldContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::FieldContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::FieldContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::FieldContext::getRuleIndex() const {
  return AepParser::RuleField;
}


AepParser::FieldContext* AepParser::field() {
  FieldContext *_localctx = _tracker.createInstance<FieldContext>(_ctx, getState());
  enterRule(_localctx, 20, AepParser::RuleField);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(245);
    name();
    setState(246);
    match(AepParser::COLON);
    setState(247);
    typeExpr();
    setState(250);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::ASSIGN) {
      setState(248);
      match(AepParser::ASSIGN);
      setState(249);
      expr();
    }
    setState(255);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(252);
      annotation();
      setState(257);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TypeExprContext ------------------------------------------------------------------

AepParser::TypeExprContext::TypeExprContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::QualifiedNameContext* AepParser::TypeExprContext::qualifiedName() {
  return getRuleContext<AepParser::QualifiedNameContext>(0);
}

tree::TerminalNode* AepParser::TypeExprContext::LT() {
  return getToken(AepParser::LT, 0);
}

std::vector<AepParser::TypeExprContext *> AepParser::TypeExprContext::typeExpr() {
  return getRuleContexts<AepParser::TypeExprContext>();
}

AepParser::TypeExprContext* AepParser::TypeExprContext::typeExpr(size_t i) {
  return getRuleContext<AepParser::TypeExprContext>(i);
}

tree::TerminalNode* AepParser::TypeExprContext::GT() {
  return getToken(AepParser::GT, 0);
}

tree::TerminalNode* AepParser::TypeExprContext::QUESTION() {
  return getToken(AepParser::QUESTION, 0);
}

std::vector<tree::TerminalNode *> AepParser::TypeExprContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::TypeExprContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::TypeExprContext::getRuleIndex() const {
  return AepParser::RuleTypeExpr;
}


AepParser::TypeExprContext* AepParser::typeExpr() {
  TypeExprContext *_localctx = _tracker.createInstance<TypeExprContext>(_ctx, getState());
  enterRule(_localctx, 22, AepParser::RuleTypeExpr);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(258);
    qualifiedName();
    setState(270);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::LT) {
      setState(259);
      match(AepParser::LT);
      setState(260);
      typeExpr();
      setState(265);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == AepParser::COMMA) {
        setState(261);
        match(AepParser::COMMA);
        setState(262);
        typeExpr();
        setState(267);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(268);
      match(AepParser::GT);
    }
    setState(273);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::QUESTION) {
      setState(272);
      match(AepParser::QUESTION);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ToolDeclContext ------------------------------------------------------------------

AepParser::ToolDeclContext::ToolDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ToolDeclContext::K_TOOL() {
  return getToken(AepParser::K_TOOL, 0);
}

AepParser::NameContext* AepParser::ToolDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::ToolDeclContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

tree::TerminalNode* AepParser::ToolDeclContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

AepParser::ParamsContext* AepParser::ToolDeclContext::params() {
  return getRuleContext<AepParser::ParamsContext>(0);
}

tree::TerminalNode* AepParser::ToolDeclContext::ARROW() {
  return getToken(AepParser::ARROW, 0);
}

AepParser::TypeExprContext* AepParser::ToolDeclContext::typeExpr() {
  return getRuleContext<AepParser::TypeExprContext>(0);
}

AepParser::StringLitContext* AepParser::ToolDeclContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::ToolDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::ToolDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::ToolDeclContext::getRuleIndex() const {
  return AepParser::RuleToolDecl;
}


AepParser::ToolDeclContext* AepParser::toolDecl() {
  ToolDeclContext *_localctx = _tracker.createInstance<ToolDeclContext>(_ctx, getState());
  enterRule(_localctx, 24, AepParser::RuleToolDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(275);
    match(AepParser::K_TOOL);
    setState(276);
    name();
    setState(277);
    match(AepParser::LPAREN);
    setState(279);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(278);
      params();
    }
    setState(281);
    match(AepParser::RPAREN);
    setState(284);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::ARROW) {
      setState(282);
      match(AepParser::ARROW);
      setState(283);
      typeExpr();
    }
    setState(287);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (((((_la - 92) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 92)) & ((1ULL << (AepParser::RAW_TRIPLE - 92))
      | (1ULL << (AepParser::RAW_HASH - 92))
      | (1ULL << (AepParser::RAW_STRING - 92))
      | (1ULL << (AepParser::TSTR_OPEN - 92))
      | (1ULL << (AepParser::STR_OPEN - 92)))) != 0)) {
      setState(286);
      stringLit();
    }
    setState(292);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(289);
      annotation();
      setState(294);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ParamsContext ------------------------------------------------------------------

AepParser::ParamsContext::ParamsContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<AepParser::FieldContext *> AepParser::ParamsContext::field() {
  return getRuleContexts<AepParser::FieldContext>();
}

AepParser::FieldContext* AepParser::ParamsContext::field(size_t i) {
  return getRuleContext<AepParser::FieldContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::ParamsContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ParamsContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ParamsContext::getRuleIndex() const {
  return AepParser::RuleParams;
}


AepParser::ParamsContext* AepParser::params() {
  ParamsContext *_localctx = _tracker.createInstance<ParamsContext>(_ctx, getState());
  enterRule(_localctx, 26, AepParser::RuleParams);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(295);
    field();
    setState(300);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 26, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(296);
        match(AepParser::COMMA);
        setState(297);
        field();
      }
      setState(302);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 26, _ctx);
    }
    setState(304);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::COMMA) {
      setState(303);
      match(AepParser::COMMA);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FragmentDeclContext ------------------------------------------------------------------

AepParser::FragmentDeclContext::FragmentDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::FragmentDeclContext::K_FRAGMENT() {
  return getToken(AepParser::K_FRAGMENT, 0);
}

AepParser::BlockContext* AepParser::FragmentDeclContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}

AepParser::NameContext* AepParser::FragmentDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::FragmentDeclContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

tree::TerminalNode* AepParser::FragmentDeclContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

std::vector<AepParser::AnnotationContext *> AepParser::FragmentDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::FragmentDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

AepParser::ParamsContext* AepParser::FragmentDeclContext::params() {
  return getRuleContext<AepParser::ParamsContext>(0);
}


size_t AepParser::FragmentDeclContext::getRuleIndex() const {
  return AepParser::RuleFragmentDecl;
}


AepParser::FragmentDeclContext* AepParser::fragmentDecl() {
  FragmentDeclContext *_localctx = _tracker.createInstance<FragmentDeclContext>(_ctx, getState());
  enterRule(_localctx, 28, AepParser::RuleFragmentDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(306);
    match(AepParser::K_FRAGMENT);
    setState(308);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(307);
      name();
    }
    setState(315);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::LPAREN) {
      setState(310);
      match(AepParser::LPAREN);
      setState(312);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
        | (1ULL << AepParser::K_TOOL)
        | (1ULL << AepParser::K_TOOLS)
        | (1ULL << AepParser::K_TOOL_CHOICE)
        | (1ULL << AepParser::K_TEST)
        | (1ULL << AepParser::K_EVAL)
        | (1ULL << AepParser::K_INPUT)
        | (1ULL << AepParser::K_OUTPUT)
        | (1ULL << AepParser::K_SYSTEM)
        | (1ULL << AepParser::K_DEVELOPER)
        | (1ULL << AepParser::K_USER)
        | (1ULL << AepParser::K_ASSISTANT)
        | (1ULL << AepParser::K_CONFIG)
        | (1ULL << AepParser::K_TARGET)
        | (1ULL << AepParser::K_BUDGET)
        | (1ULL << AepParser::K_TOKENS)
        | (1ULL << AepParser::K_RESERVE)
        | (1ULL << AepParser::K_PRIORITY)
        | (1ULL << AepParser::K_SHRINK)
        | (1ULL << AepParser::K_MESSAGES)
        | (1ULL << AepParser::K_EXAMPLE)
        | (1ULL << AepParser::K_DATA)
        | (1ULL << AepParser::K_ASSERT)
        | (1ULL << AepParser::K_ASSERT_SET)
        | (1ULL << AepParser::K_METRIC)
        | (1ULL << AepParser::K_SLICE)
        | (1ULL << AepParser::K_BY)
        | (1ULL << AepParser::K_GATE)
        | (1ULL << AepParser::K_VERSION)
        | (1ULL << AepParser::K_OWNER)
        | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
        | (1ULL << (AepParser::K_FINAL - 64))
        | (1ULL << (AepParser::K_REQUIRED - 64))
        | (1ULL << (AepParser::ID - 64))
        | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
        setState(311);
        params();
      }
      setState(314);
      match(AepParser::RPAREN);
    }
    setState(320);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(317);
      annotation();
      setState(322);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(323);
    block();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MixinDeclContext ------------------------------------------------------------------

AepParser::MixinDeclContext::MixinDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::MixinDeclContext::K_MIXIN() {
  return getToken(AepParser::K_MIXIN, 0);
}

AepParser::PromptBodyContext* AepParser::MixinDeclContext::promptBody() {
  return getRuleContext<AepParser::PromptBodyContext>(0);
}

AepParser::NameContext* AepParser::MixinDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::MixinDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::MixinDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::MixinDeclContext::getRuleIndex() const {
  return AepParser::RuleMixinDecl;
}


AepParser::MixinDeclContext* AepParser::mixinDecl() {
  MixinDeclContext *_localctx = _tracker.createInstance<MixinDeclContext>(_ctx, getState());
  enterRule(_localctx, 30, AepParser::RuleMixinDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(325);
    match(AepParser::K_MIXIN);
    setState(327);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(326);
      name();
    }
    setState(332);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(329);
      annotation();
      setState(334);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(335);
    promptBody();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PromptDeclContext ------------------------------------------------------------------

AepParser::PromptDeclContext::PromptDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::PromptDeclContext::K_PROMPT() {
  return getToken(AepParser::K_PROMPT, 0);
}

AepParser::PromptBodyContext* AepParser::PromptDeclContext::promptBody() {
  return getRuleContext<AepParser::PromptBodyContext>(0);
}

std::vector<AepParser::PromptModifierContext *> AepParser::PromptDeclContext::promptModifier() {
  return getRuleContexts<AepParser::PromptModifierContext>();
}

AepParser::PromptModifierContext* AepParser::PromptDeclContext::promptModifier(size_t i) {
  return getRuleContext<AepParser::PromptModifierContext>(i);
}

AepParser::NameContext* AepParser::PromptDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::PromptDeclContext::K_EXTENDS() {
  return getToken(AepParser::K_EXTENDS, 0);
}

std::vector<AepParser::QualifiedNameContext *> AepParser::PromptDeclContext::qualifiedName() {
  return getRuleContexts<AepParser::QualifiedNameContext>();
}

AepParser::QualifiedNameContext* AepParser::PromptDeclContext::qualifiedName(size_t i) {
  return getRuleContext<AepParser::QualifiedNameContext>(i);
}

tree::TerminalNode* AepParser::PromptDeclContext::K_WITH() {
  return getToken(AepParser::K_WITH, 0);
}

std::vector<AepParser::AnnotationContext *> AepParser::PromptDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::PromptDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::PromptDeclContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::PromptDeclContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::PromptDeclContext::getRuleIndex() const {
  return AepParser::RulePromptDecl;
}


AepParser::PromptDeclContext* AepParser::promptDecl() {
  PromptDeclContext *_localctx = _tracker.createInstance<PromptDeclContext>(_ctx, getState());
  enterRule(_localctx, 32, AepParser::RulePromptDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(340);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::K_ABSTRACT

    || _la == AepParser::K_FINAL) {
      setState(337);
      promptModifier();
      setState(342);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(343);
    match(AepParser::K_PROMPT);
    setState(345);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(344);
      name();
    }
    setState(356);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_EXTENDS) {
      setState(347);
      match(AepParser::K_EXTENDS);
      setState(348);
      qualifiedName();
      setState(353);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == AepParser::COMMA) {
        setState(349);
        match(AepParser::COMMA);
        setState(350);
        qualifiedName();
        setState(355);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
    }
    setState(367);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_WITH) {
      setState(358);
      match(AepParser::K_WITH);
      setState(359);
      qualifiedName();
      setState(364);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == AepParser::COMMA) {
        setState(360);
        match(AepParser::COMMA);
        setState(361);
        qualifiedName();
        setState(366);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
    }
    setState(372);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(369);
      annotation();
      setState(374);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(375);
    promptBody();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PromptModifierContext ------------------------------------------------------------------

AepParser::PromptModifierContext::PromptModifierContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::PromptModifierContext::K_ABSTRACT() {
  return getToken(AepParser::K_ABSTRACT, 0);
}

tree::TerminalNode* AepParser::PromptModifierContext::K_FINAL() {
  return getToken(AepParser::K_FINAL, 0);
}


size_t AepParser::PromptModifierContext::getRuleIndex() const {
  return AepParser::RulePromptModifier;
}


AepParser::PromptModifierContext* AepParser::promptModifier() {
  PromptModifierContext *_localctx = _tracker.createInstance<PromptModifierContext>(_ctx, getState());
  enterRule(_localctx, 34, AepParser::RulePromptModifier);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(377);
    _la = _input->LA(1);
    if (!(_la == AepParser::K_ABSTRACT

    || _la == AepParser::K_FINAL)) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PromptBodyContext ------------------------------------------------------------------

AepParser::PromptBodyContext::PromptBodyContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::PromptBodyContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::PromptBodyContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

std::vector<AepParser::PromptMemberContext *> AepParser::PromptBodyContext::promptMember() {
  return getRuleContexts<AepParser::PromptMemberContext>();
}

AepParser::PromptMemberContext* AepParser::PromptBodyContext::promptMember(size_t i) {
  return getRuleContext<AepParser::PromptMemberContext>(i);
}


size_t AepParser::PromptBodyContext::getRuleIndex() const {
  return AepParser::RulePromptBody;
}


AepParser::PromptBodyContext* AepParser::promptBody() {
  PromptBodyContext *_localctx = _tracker.createInstance<PromptBodyContext>(_ctx, getState());
  enterRule(_localctx, 36, AepParser::RulePromptBody);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(379);
    match(AepParser::LBRACE);
    setState(383);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0)) {
      setState(380);
      promptMember();
      setState(385);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(386);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PromptMemberContext ------------------------------------------------------------------

AepParser::PromptMemberContext::PromptMemberContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::MetadataEntryContext* AepParser::PromptMemberContext::metadataEntry() {
  return getRuleContext<AepParser::MetadataEntryContext>(0);
}

AepParser::InputDeclContext* AepParser::PromptMemberContext::inputDecl() {
  return getRuleContext<AepParser::InputDeclContext>(0);
}

AepParser::OutputDeclContext* AepParser::PromptMemberContext::outputDecl() {
  return getRuleContext<AepParser::OutputDeclContext>(0);
}

AepParser::ToolsDeclContext* AepParser::PromptMemberContext::toolsDecl() {
  return getRuleContext<AepParser::ToolsDeclContext>(0);
}

AepParser::ToolChoiceDeclContext* AepParser::PromptMemberContext::toolChoiceDecl() {
  return getRuleContext<AepParser::ToolChoiceDeclContext>(0);
}

AepParser::ToolDeclContext* AepParser::PromptMemberContext::toolDecl() {
  return getRuleContext<AepParser::ToolDeclContext>(0);
}

AepParser::ConfigBlockContext* AepParser::PromptMemberContext::configBlock() {
  return getRuleContext<AepParser::ConfigBlockContext>(0);
}

AepParser::TargetBlockContext* AepParser::PromptMemberContext::targetBlock() {
  return getRuleContext<AepParser::TargetBlockContext>(0);
}

AepParser::BudgetDeclContext* AepParser::PromptMemberContext::budgetDecl() {
  return getRuleContext<AepParser::BudgetDeclContext>(0);
}

AepParser::MessageBlockContext* AepParser::PromptMemberContext::messageBlock() {
  return getRuleContext<AepParser::MessageBlockContext>(0);
}

AepParser::MessagesSpliceContext* AepParser::PromptMemberContext::messagesSplice() {
  return getRuleContext<AepParser::MessagesSpliceContext>(0);
}

AepParser::ExampleDeclContext* AepParser::PromptMemberContext::exampleDecl() {
  return getRuleContext<AepParser::ExampleDeclContext>(0);
}


size_t AepParser::PromptMemberContext::getRuleIndex() const {
  return AepParser::RulePromptMember;
}


AepParser::PromptMemberContext* AepParser::promptMember() {
  PromptMemberContext *_localctx = _tracker.createInstance<PromptMemberContext>(_ctx, getState());
  enterRule(_localctx, 38, AepParser::RulePromptMember);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(400);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION: {
        enterOuterAlt(_localctx, 1);
        setState(388);
        metadataEntry();
        break;
      }

      case AepParser::K_INPUT: {
        enterOuterAlt(_localctx, 2);
        setState(389);
        inputDecl();
        break;
      }

      case AepParser::K_OUTPUT: {
        enterOuterAlt(_localctx, 3);
        setState(390);
        outputDecl();
        break;
      }

      case AepParser::K_TOOLS: {
        enterOuterAlt(_localctx, 4);
        setState(391);
        toolsDecl();
        break;
      }

      case AepParser::K_TOOL_CHOICE: {
        enterOuterAlt(_localctx, 5);
        setState(392);
        toolChoiceDecl();
        break;
      }

      case AepParser::K_TOOL: {
        enterOuterAlt(_localctx, 6);
        setState(393);
        toolDecl();
        break;
      }

      case AepParser::K_CONFIG: {
        enterOuterAlt(_localctx, 7);
        setState(394);
        configBlock();
        break;
      }

      case AepParser::K_TARGET: {
        enterOuterAlt(_localctx, 8);
        setState(395);
        targetBlock();
        break;
      }

      case AepParser::K_BUDGET: {
        enterOuterAlt(_localctx, 9);
        setState(396);
        budgetDecl();
        break;
      }

      case AepParser::K_SYSTEM:
      case AepParser::K_DEVELOPER:
      case AepParser::K_USER:
      case AepParser::K_ASSISTANT: {
        enterOuterAlt(_localctx, 10);
        setState(397);
        messageBlock();
        break;
      }

      case AepParser::K_MESSAGES: {
        enterOuterAlt(_localctx, 11);
        setState(398);
        messagesSplice();
        break;
      }

      case AepParser::K_EXAMPLE: {
        enterOuterAlt(_localctx, 12);
        setState(399);
        exampleDecl();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- InputDeclContext ------------------------------------------------------------------

AepParser::InputDeclContext::InputDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::InputDeclContext::K_INPUT() {
  return getToken(AepParser::K_INPUT, 0);
}

AepParser::NameContext* AepParser::InputDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::InputDeclContext::COLON() {
  return getToken(AepParser::COLON, 0);
}

AepParser::TypeExprContext* AepParser::InputDeclContext::typeExpr() {
  return getRuleContext<AepParser::TypeExprContext>(0);
}

tree::TerminalNode* AepParser::InputDeclContext::ASSIGN() {
  return getToken(AepParser::ASSIGN, 0);
}

AepParser::ExprContext* AepParser::InputDeclContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::InputDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::InputDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::InputDeclContext::getRuleIndex() const {
  return AepParser::RuleInputDecl;
}


AepParser::InputDeclContext* AepParser::inputDecl() {
  InputDeclContext *_localctx = _tracker.createInstance<InputDeclContext>(_ctx, getState());
  enterRule(_localctx, 40, AepParser::RuleInputDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(402);
    match(AepParser::K_INPUT);
    setState(403);
    name();
    setState(404);
    match(AepParser::COLON);
    setState(405);
    typeExpr();
    setState(408);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::ASSIGN) {
      setState(406);
      match(AepParser::ASSIGN);
      setState(407);
      expr();
    }
    setState(413);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(410);
      annotation();
      setState(415);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- OutputDeclContext ------------------------------------------------------------------

AepParser::OutputDeclContext::OutputDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::OutputDeclContext::K_OUTPUT() {
  return getToken(AepParser::K_OUTPUT, 0);
}

AepParser::TypeExprContext* AepParser::OutputDeclContext::typeExpr() {
  return getRuleContext<AepParser::TypeExprContext>(0);
}

AepParser::RecordBodyContext* AepParser::OutputDeclContext::recordBody() {
  return getRuleContext<AepParser::RecordBodyContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::OutputDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::OutputDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::OutputDeclContext::getRuleIndex() const {
  return AepParser::RuleOutputDecl;
}


AepParser::OutputDeclContext* AepParser::outputDecl() {
  OutputDeclContext *_localctx = _tracker.createInstance<OutputDeclContext>(_ctx, getState());
  enterRule(_localctx, 42, AepParser::RuleOutputDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(416);
    match(AepParser::K_OUTPUT);
    setState(419);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_TYPE:
      case AepParser::K_TOOL:
      case AepParser::K_TOOLS:
      case AepParser::K_TOOL_CHOICE:
      case AepParser::K_TEST:
      case AepParser::K_EVAL:
      case AepParser::K_INPUT:
      case AepParser::K_OUTPUT:
      case AepParser::K_SYSTEM:
      case AepParser::K_DEVELOPER:
      case AepParser::K_USER:
      case AepParser::K_ASSISTANT:
      case AepParser::K_CONFIG:
      case AepParser::K_TARGET:
      case AepParser::K_BUDGET:
      case AepParser::K_TOKENS:
      case AepParser::K_RESERVE:
      case AepParser::K_PRIORITY:
      case AepParser::K_SHRINK:
      case AepParser::K_MESSAGES:
      case AepParser::K_EXAMPLE:
      case AepParser::K_DATA:
      case AepParser::K_ASSERT:
      case AepParser::K_ASSERT_SET:
      case AepParser::K_METRIC:
      case AepParser::K_SLICE:
      case AepParser::K_BY:
      case AepParser::K_GATE:
      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION:
      case AepParser::K_ABSTRACT:
      case AepParser::K_FINAL:
      case AepParser::K_REQUIRED:
      case AepParser::ID:
      case AepParser::QUOTED_ID: {
        setState(417);
        typeExpr();
        break;
      }

      case AepParser::LBRACE: {
        setState(418);
        recordBody();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    setState(424);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(421);
      annotation();
      setState(426);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ToolsDeclContext ------------------------------------------------------------------

AepParser::ToolsDeclContext::ToolsDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ToolsDeclContext::K_TOOLS() {
  return getToken(AepParser::K_TOOLS, 0);
}

tree::TerminalNode* AepParser::ToolsDeclContext::LBRACK() {
  return getToken(AepParser::LBRACK, 0);
}

tree::TerminalNode* AepParser::ToolsDeclContext::RBRACK() {
  return getToken(AepParser::RBRACK, 0);
}

tree::TerminalNode* AepParser::ToolsDeclContext::K_REMOVE() {
  return getToken(AepParser::K_REMOVE, 0);
}

std::vector<AepParser::QualifiedNameContext *> AepParser::ToolsDeclContext::qualifiedName() {
  return getRuleContexts<AepParser::QualifiedNameContext>();
}

AepParser::QualifiedNameContext* AepParser::ToolsDeclContext::qualifiedName(size_t i) {
  return getRuleContext<AepParser::QualifiedNameContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::ToolsDeclContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ToolsDeclContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ToolsDeclContext::getRuleIndex() const {
  return AepParser::RuleToolsDecl;
}


AepParser::ToolsDeclContext* AepParser::toolsDecl() {
  ToolsDeclContext *_localctx = _tracker.createInstance<ToolsDeclContext>(_ctx, getState());
  enterRule(_localctx, 44, AepParser::RuleToolsDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(427);
    match(AepParser::K_TOOLS);
    setState(429);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_REMOVE) {
      setState(428);
      match(AepParser::K_REMOVE);
    }
    setState(431);
    match(AepParser::LBRACK);
    setState(438);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(432);
      qualifiedName();
      setState(434);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(433);
        match(AepParser::COMMA);
      }
      setState(440);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(441);
    match(AepParser::RBRACK);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ToolChoiceDeclContext ------------------------------------------------------------------

AepParser::ToolChoiceDeclContext::ToolChoiceDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ToolChoiceDeclContext::K_TOOL_CHOICE() {
  return getToken(AepParser::K_TOOL_CHOICE, 0);
}

AepParser::NameContext* AepParser::ToolChoiceDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}


size_t AepParser::ToolChoiceDeclContext::getRuleIndex() const {
  return AepParser::RuleToolChoiceDecl;
}


AepParser::ToolChoiceDeclContext* AepParser::toolChoiceDecl() {
  ToolChoiceDeclContext *_localctx = _tracker.createInstance<ToolChoiceDeclContext>(_ctx, getState());
  enterRule(_localctx, 46, AepParser::RuleToolChoiceDecl);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(443);
    match(AepParser::K_TOOL_CHOICE);
    setState(444);
    name();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ConfigBlockContext ------------------------------------------------------------------

AepParser::ConfigBlockContext::ConfigBlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ConfigBlockContext::K_CONFIG() {
  return getToken(AepParser::K_CONFIG, 0);
}

tree::TerminalNode* AepParser::ConfigBlockContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::ConfigBlockContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

std::vector<AepParser::ConfigEntryContext *> AepParser::ConfigBlockContext::configEntry() {
  return getRuleContexts<AepParser::ConfigEntryContext>();
}

AepParser::ConfigEntryContext* AepParser::ConfigBlockContext::configEntry(size_t i) {
  return getRuleContext<AepParser::ConfigEntryContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::ConfigBlockContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ConfigBlockContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ConfigBlockContext::getRuleIndex() const {
  return AepParser::RuleConfigBlock;
}


AepParser::ConfigBlockContext* AepParser::configBlock() {
  ConfigBlockContext *_localctx = _tracker.createInstance<ConfigBlockContext>(_ctx, getState());
  enterRule(_localctx, 48, AepParser::RuleConfigBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(446);
    match(AepParser::K_CONFIG);
    setState(447);
    match(AepParser::LBRACE);
    setState(454);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(448);
      configEntry();
      setState(450);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(449);
        match(AepParser::COMMA);
      }
      setState(456);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(457);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TargetBlockContext ------------------------------------------------------------------

AepParser::TargetBlockContext::TargetBlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::TargetBlockContext::K_TARGET() {
  return getToken(AepParser::K_TARGET, 0);
}

AepParser::NameContext* AepParser::TargetBlockContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::TargetBlockContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::TargetBlockContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

std::vector<AepParser::ConfigEntryContext *> AepParser::TargetBlockContext::configEntry() {
  return getRuleContexts<AepParser::ConfigEntryContext>();
}

AepParser::ConfigEntryContext* AepParser::TargetBlockContext::configEntry(size_t i) {
  return getRuleContext<AepParser::ConfigEntryContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::TargetBlockContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::TargetBlockContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::TargetBlockContext::getRuleIndex() const {
  return AepParser::RuleTargetBlock;
}


AepParser::TargetBlockContext* AepParser::targetBlock() {
  TargetBlockContext *_localctx = _tracker.createInstance<TargetBlockContext>(_ctx, getState());
  enterRule(_localctx, 50, AepParser::RuleTargetBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(459);
    match(AepParser::K_TARGET);
    setState(460);
    name();
    setState(461);
    match(AepParser::LBRACE);
    setState(468);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(462);
      configEntry();
      setState(464);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(463);
        match(AepParser::COMMA);
      }
      setState(470);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(471);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ConfigEntryContext ------------------------------------------------------------------

AepParser::ConfigEntryContext::ConfigEntryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::NameContext* AepParser::ConfigEntryContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::ConfigEntryContext::COLON() {
  return getToken(AepParser::COLON, 0);
}

AepParser::ExprContext* AepParser::ConfigEntryContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}


size_t AepParser::ConfigEntryContext::getRuleIndex() const {
  return AepParser::RuleConfigEntry;
}


AepParser::ConfigEntryContext* AepParser::configEntry() {
  ConfigEntryContext *_localctx = _tracker.createInstance<ConfigEntryContext>(_ctx, getState());
  enterRule(_localctx, 52, AepParser::RuleConfigEntry);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(473);
    name();
    setState(474);
    match(AepParser::COLON);
    setState(475);
    expr();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- BudgetDeclContext ------------------------------------------------------------------

AepParser::BudgetDeclContext::BudgetDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::BudgetDeclContext::K_BUDGET() {
  return getToken(AepParser::K_BUDGET, 0);
}

std::vector<tree::TerminalNode *> AepParser::BudgetDeclContext::INT() {
  return getTokens(AepParser::INT);
}

tree::TerminalNode* AepParser::BudgetDeclContext::INT(size_t i) {
  return getToken(AepParser::INT, i);
}

std::vector<tree::TerminalNode *> AepParser::BudgetDeclContext::K_TOKENS() {
  return getTokens(AepParser::K_TOKENS);
}

tree::TerminalNode* AepParser::BudgetDeclContext::K_TOKENS(size_t i) {
  return getToken(AepParser::K_TOKENS, i);
}

tree::TerminalNode* AepParser::BudgetDeclContext::K_RESERVE() {
  return getToken(AepParser::K_RESERVE, 0);
}

tree::TerminalNode* AepParser::BudgetDeclContext::K_FOR() {
  return getToken(AepParser::K_FOR, 0);
}

tree::TerminalNode* AepParser::BudgetDeclContext::K_OUTPUT() {
  return getToken(AepParser::K_OUTPUT, 0);
}


size_t AepParser::BudgetDeclContext::getRuleIndex() const {
  return AepParser::RuleBudgetDecl;
}


AepParser::BudgetDeclContext* AepParser::budgetDecl() {
  BudgetDeclContext *_localctx = _tracker.createInstance<BudgetDeclContext>(_ctx, getState());
  enterRule(_localctx, 54, AepParser::RuleBudgetDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(477);
    match(AepParser::K_BUDGET);
    setState(478);
    match(AepParser::INT);
    setState(479);
    match(AepParser::K_TOKENS);
    setState(487);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_RESERVE) {
      setState(480);
      match(AepParser::K_RESERVE);
      setState(481);
      match(AepParser::INT);
      setState(483);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::K_TOKENS) {
        setState(482);
        match(AepParser::K_TOKENS);
      }
      setState(485);
      match(AepParser::K_FOR);
      setState(486);
      match(AepParser::K_OUTPUT);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MessageBlockContext ------------------------------------------------------------------

AepParser::MessageBlockContext::MessageBlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::BlockContext* AepParser::MessageBlockContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}

tree::TerminalNode* AepParser::MessageBlockContext::K_SYSTEM() {
  return getToken(AepParser::K_SYSTEM, 0);
}

tree::TerminalNode* AepParser::MessageBlockContext::K_DEVELOPER() {
  return getToken(AepParser::K_DEVELOPER, 0);
}

tree::TerminalNode* AepParser::MessageBlockContext::K_USER() {
  return getToken(AepParser::K_USER, 0);
}

tree::TerminalNode* AepParser::MessageBlockContext::K_ASSISTANT() {
  return getToken(AepParser::K_ASSISTANT, 0);
}

std::vector<AepParser::AnnotationContext *> AepParser::MessageBlockContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::MessageBlockContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::MessageBlockContext::getRuleIndex() const {
  return AepParser::RuleMessageBlock;
}


AepParser::MessageBlockContext* AepParser::messageBlock() {
  MessageBlockContext *_localctx = _tracker.createInstance<MessageBlockContext>(_ctx, getState());
  enterRule(_localctx, 56, AepParser::RuleMessageBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(489);
    dynamic_cast<MessageBlockContext *>(_localctx)->role = _input->LT(1);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT))) != 0))) {
      dynamic_cast<MessageBlockContext *>(_localctx)->role = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(493);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(490);
      annotation();
      setState(495);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(496);
    block();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MessagesSpliceContext ------------------------------------------------------------------

AepParser::MessagesSpliceContext::MessagesSpliceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::MessagesSpliceContext::K_MESSAGES() {
  return getToken(AepParser::K_MESSAGES, 0);
}

AepParser::NameContext* AepParser::MessagesSpliceContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::SectionBudgetContext *> AepParser::MessagesSpliceContext::sectionBudget() {
  return getRuleContexts<AepParser::SectionBudgetContext>();
}

AepParser::SectionBudgetContext* AepParser::MessagesSpliceContext::sectionBudget(size_t i) {
  return getRuleContext<AepParser::SectionBudgetContext>(i);
}

std::vector<AepParser::AnnotationContext *> AepParser::MessagesSpliceContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::MessagesSpliceContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}


size_t AepParser::MessagesSpliceContext::getRuleIndex() const {
  return AepParser::RuleMessagesSplice;
}


AepParser::MessagesSpliceContext* AepParser::messagesSplice() {
  MessagesSpliceContext *_localctx = _tracker.createInstance<MessagesSpliceContext>(_ctx, getState());
  enterRule(_localctx, 58, AepParser::RuleMessagesSplice);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(498);
    match(AepParser::K_MESSAGES);
    setState(499);
    name();
    setState(503);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::K_PRIORITY

    || _la == AepParser::K_SHRINK) {
      setState(500);
      sectionBudget();
      setState(505);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(509);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(506);
      annotation();
      setState(511);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExampleDeclContext ------------------------------------------------------------------

AepParser::ExampleDeclContext::ExampleDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ExampleDeclContext::K_EXAMPLE() {
  return getToken(AepParser::K_EXAMPLE, 0);
}

tree::TerminalNode* AepParser::ExampleDeclContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::ExampleDeclContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

AepParser::NameContext* AepParser::ExampleDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::ExampleDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::ExampleDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

std::vector<AepParser::ExampleItemContext *> AepParser::ExampleDeclContext::exampleItem() {
  return getRuleContexts<AepParser::ExampleItemContext>();
}

AepParser::ExampleItemContext* AepParser::ExampleDeclContext::exampleItem(size_t i) {
  return getRuleContext<AepParser::ExampleItemContext>(i);
}


size_t AepParser::ExampleDeclContext::getRuleIndex() const {
  return AepParser::RuleExampleDecl;
}


AepParser::ExampleDeclContext* AepParser::exampleDecl() {
  ExampleDeclContext *_localctx = _tracker.createInstance<ExampleDeclContext>(_ctx, getState());
  enterRule(_localctx, 60, AepParser::RuleExampleDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(512);
    match(AepParser::K_EXAMPLE);
    setState(514);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(513);
      name();
    }
    setState(519);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(516);
      annotation();
      setState(521);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(522);
    match(AepParser::LBRACE);
    setState(526);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT))) != 0)) {
      setState(523);
      exampleItem();
      setState(528);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(529);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExampleItemContext ------------------------------------------------------------------

AepParser::ExampleItemContext::ExampleItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::MessageBlockContext* AepParser::ExampleItemContext::messageBlock() {
  return getRuleContext<AepParser::MessageBlockContext>(0);
}

tree::TerminalNode* AepParser::ExampleItemContext::K_INPUT() {
  return getToken(AepParser::K_INPUT, 0);
}

AepParser::ObjectLitContext* AepParser::ExampleItemContext::objectLit() {
  return getRuleContext<AepParser::ObjectLitContext>(0);
}

tree::TerminalNode* AepParser::ExampleItemContext::K_OUTPUT() {
  return getToken(AepParser::K_OUTPUT, 0);
}

AepParser::ExprContext* AepParser::ExampleItemContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}


size_t AepParser::ExampleItemContext::getRuleIndex() const {
  return AepParser::RuleExampleItem;
}


AepParser::ExampleItemContext* AepParser::exampleItem() {
  ExampleItemContext *_localctx = _tracker.createInstance<ExampleItemContext>(_ctx, getState());
  enterRule(_localctx, 62, AepParser::RuleExampleItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(536);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_SYSTEM:
      case AepParser::K_DEVELOPER:
      case AepParser::K_USER:
      case AepParser::K_ASSISTANT: {
        enterOuterAlt(_localctx, 1);
        setState(531);
        messageBlock();
        break;
      }

      case AepParser::K_INPUT: {
        enterOuterAlt(_localctx, 2);
        setState(532);
        match(AepParser::K_INPUT);
        setState(533);
        objectLit();
        break;
      }

      case AepParser::K_OUTPUT: {
        enterOuterAlt(_localctx, 3);
        setState(534);
        match(AepParser::K_OUTPUT);
        setState(535);
        expr();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- BlockContext ------------------------------------------------------------------

AepParser::BlockContext::BlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::BlockContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::BlockContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

std::vector<AepParser::ItemContext *> AepParser::BlockContext::item() {
  return getRuleContexts<AepParser::ItemContext>();
}

AepParser::ItemContext* AepParser::BlockContext::item(size_t i) {
  return getRuleContext<AepParser::ItemContext>(i);
}


size_t AepParser::BlockContext::getRuleIndex() const {
  return AepParser::RuleBlock;
}


AepParser::BlockContext* AepParser::block() {
  BlockContext *_localctx = _tracker.createInstance<BlockContext>(_ctx, getState());
  enterRule(_localctx, 64, AepParser::RuleBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(538);
    match(AepParser::LBRACE);
    setState(542);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_SECTION)
      | (1ULL << AepParser::K_OVERRIDE)
      | (1ULL << AepParser::K_APPEND)
      | (1ULL << AepParser::K_PREPEND)
      | (1ULL << AepParser::K_REMOVE)
      | (1ULL << AepParser::K_SUPER)
      | (1ULL << AepParser::K_USE)
      | (1ULL << AepParser::K_IF)
      | (1ULL << AepParser::K_FOR))) != 0) || ((((_la - 65) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 65)) & ((1ULL << (AepParser::K_FINAL - 65))
      | (1ULL << (AepParser::K_REQUIRED - 65))
      | (1ULL << (AepParser::INTERP_OPEN - 65))
      | (1ULL << (AepParser::RAW_TRIPLE - 65))
      | (1ULL << (AepParser::RAW_HASH - 65))
      | (1ULL << (AepParser::RAW_STRING - 65))
      | (1ULL << (AepParser::TSTR_OPEN - 65))
      | (1ULL << (AepParser::STR_OPEN - 65)))) != 0)) {
      setState(539);
      item();
      setState(544);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(545);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ItemContext ------------------------------------------------------------------

AepParser::ItemContext::ItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::StringLitContext* AepParser::ItemContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}

AepParser::InterpolationContext* AepParser::ItemContext::interpolation() {
  return getRuleContext<AepParser::InterpolationContext>(0);
}

AepParser::SectionDeclContext* AepParser::ItemContext::sectionDecl() {
  return getRuleContext<AepParser::SectionDeclContext>(0);
}

AepParser::IfBlockContext* AepParser::ItemContext::ifBlock() {
  return getRuleContext<AepParser::IfBlockContext>(0);
}

AepParser::ForBlockContext* AepParser::ItemContext::forBlock() {
  return getRuleContext<AepParser::ForBlockContext>(0);
}

AepParser::UseItemContext* AepParser::ItemContext::useItem() {
  return getRuleContext<AepParser::UseItemContext>(0);
}

AepParser::SuperItemContext* AepParser::ItemContext::superItem() {
  return getRuleContext<AepParser::SuperItemContext>(0);
}


size_t AepParser::ItemContext::getRuleIndex() const {
  return AepParser::RuleItem;
}


AepParser::ItemContext* AepParser::item() {
  ItemContext *_localctx = _tracker.createInstance<ItemContext>(_ctx, getState());
  enterRule(_localctx, 66, AepParser::RuleItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(554);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::RAW_TRIPLE:
      case AepParser::RAW_HASH:
      case AepParser::RAW_STRING:
      case AepParser::TSTR_OPEN:
      case AepParser::STR_OPEN: {
        enterOuterAlt(_localctx, 1);
        setState(547);
        stringLit();
        break;
      }

      case AepParser::INTERP_OPEN: {
        enterOuterAlt(_localctx, 2);
        setState(548);
        interpolation();
        break;
      }

      case AepParser::K_SECTION:
      case AepParser::K_OVERRIDE:
      case AepParser::K_APPEND:
      case AepParser::K_PREPEND:
      case AepParser::K_REMOVE:
      case AepParser::K_FINAL:
      case AepParser::K_REQUIRED: {
        enterOuterAlt(_localctx, 3);
        setState(549);
        sectionDecl();
        break;
      }

      case AepParser::K_IF: {
        enterOuterAlt(_localctx, 4);
        setState(550);
        ifBlock();
        break;
      }

      case AepParser::K_FOR: {
        enterOuterAlt(_localctx, 5);
        setState(551);
        forBlock();
        break;
      }

      case AepParser::K_USE: {
        enterOuterAlt(_localctx, 6);
        setState(552);
        useItem();
        break;
      }

      case AepParser::K_SUPER: {
        enterOuterAlt(_localctx, 7);
        setState(553);
        superItem();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- SectionDeclContext ------------------------------------------------------------------

AepParser::SectionDeclContext::SectionDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::SectionDeclContext::K_SECTION() {
  return getToken(AepParser::K_SECTION, 0);
}

AepParser::NameContext* AepParser::SectionDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::SectionBudgetContext *> AepParser::SectionDeclContext::sectionBudget() {
  return getRuleContexts<AepParser::SectionBudgetContext>();
}

AepParser::SectionBudgetContext* AepParser::SectionDeclContext::sectionBudget(size_t i) {
  return getRuleContext<AepParser::SectionBudgetContext>(i);
}

std::vector<AepParser::AnnotationContext *> AepParser::SectionDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::SectionDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

AepParser::BlockContext* AepParser::SectionDeclContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}

std::vector<AepParser::SectionModifierContext *> AepParser::SectionDeclContext::sectionModifier() {
  return getRuleContexts<AepParser::SectionModifierContext>();
}

AepParser::SectionModifierContext* AepParser::SectionDeclContext::sectionModifier(size_t i) {
  return getRuleContext<AepParser::SectionModifierContext>(i);
}


size_t AepParser::SectionDeclContext::getRuleIndex() const {
  return AepParser::RuleSectionDecl;
}


AepParser::SectionDeclContext* AepParser::sectionDecl() {
  SectionDeclContext *_localctx = _tracker.createInstance<SectionDeclContext>(_ctx, getState());
  enterRule(_localctx, 68, AepParser::RuleSectionDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(565);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_OVERRIDE:
      case AepParser::K_APPEND:
      case AepParser::K_PREPEND:
      case AepParser::K_REMOVE:
      case AepParser::K_FINAL:
      case AepParser::K_REQUIRED: {
        setState(557);
        _errHandler->sync(this);
        alt = 1;
        do {
          switch (alt) {
            case 1: {
                  setState(556);
                  sectionModifier();
                  break;
                }

          default:
            throw NoViableAltException(this);
          }
          setState(559);
          _errHandler->sync(this);
          alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 65, _ctx);
        } while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER);
        setState(562);
        _errHandler->sync(this);

        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 66, _ctx)) {
        case 1: {
          setState(561);
          match(AepParser::K_SECTION);
          break;
        }

        }
        break;
      }

      case AepParser::K_SECTION: {
        setState(564);
        match(AepParser::K_SECTION);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    setState(568);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 68, _ctx)) {
    case 1: {
      setState(567);
      name();
      break;
    }

    }
    setState(573);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::K_PRIORITY

    || _la == AepParser::K_SHRINK) {
      setState(570);
      sectionBudget();
      setState(575);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(579);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(576);
      annotation();
      setState(581);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(583);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::LBRACE) {
      setState(582);
      block();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- SectionModifierContext ------------------------------------------------------------------

AepParser::SectionModifierContext::SectionModifierContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::SectionModifierContext::K_OVERRIDE() {
  return getToken(AepParser::K_OVERRIDE, 0);
}

tree::TerminalNode* AepParser::SectionModifierContext::K_APPEND() {
  return getToken(AepParser::K_APPEND, 0);
}

tree::TerminalNode* AepParser::SectionModifierContext::K_PREPEND() {
  return getToken(AepParser::K_PREPEND, 0);
}

tree::TerminalNode* AepParser::SectionModifierContext::K_REMOVE() {
  return getToken(AepParser::K_REMOVE, 0);
}

tree::TerminalNode* AepParser::SectionModifierContext::K_REQUIRED() {
  return getToken(AepParser::K_REQUIRED, 0);
}

tree::TerminalNode* AepParser::SectionModifierContext::K_FINAL() {
  return getToken(AepParser::K_FINAL, 0);
}


size_t AepParser::SectionModifierContext::getRuleIndex() const {
  return AepParser::RuleSectionModifier;
}


AepParser::SectionModifierContext* AepParser::sectionModifier() {
  SectionModifierContext *_localctx = _tracker.createInstance<SectionModifierContext>(_ctx, getState());
  enterRule(_localctx, 70, AepParser::RuleSectionModifier);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(585);
    _la = _input->LA(1);
    if (!(((((_la - 17) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 17)) & ((1ULL << (AepParser::K_OVERRIDE - 17))
      | (1ULL << (AepParser::K_APPEND - 17))
      | (1ULL << (AepParser::K_PREPEND - 17))
      | (1ULL << (AepParser::K_REMOVE - 17))
      | (1ULL << (AepParser::K_FINAL - 17))
      | (1ULL << (AepParser::K_REQUIRED - 17)))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- SectionBudgetContext ------------------------------------------------------------------

AepParser::SectionBudgetContext::SectionBudgetContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::SectionBudgetContext::K_PRIORITY() {
  return getToken(AepParser::K_PRIORITY, 0);
}

tree::TerminalNode* AepParser::SectionBudgetContext::INT() {
  return getToken(AepParser::INT, 0);
}

tree::TerminalNode* AepParser::SectionBudgetContext::K_SHRINK() {
  return getToken(AepParser::K_SHRINK, 0);
}

AepParser::NameContext* AepParser::SectionBudgetContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}


size_t AepParser::SectionBudgetContext::getRuleIndex() const {
  return AepParser::RuleSectionBudget;
}


AepParser::SectionBudgetContext* AepParser::sectionBudget() {
  SectionBudgetContext *_localctx = _tracker.createInstance<SectionBudgetContext>(_ctx, getState());
  enterRule(_localctx, 72, AepParser::RuleSectionBudget);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(591);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_PRIORITY: {
        enterOuterAlt(_localctx, 1);
        setState(587);
        match(AepParser::K_PRIORITY);
        setState(588);
        match(AepParser::INT);
        break;
      }

      case AepParser::K_SHRINK: {
        enterOuterAlt(_localctx, 2);
        setState(589);
        match(AepParser::K_SHRINK);
        setState(590);
        name();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- IfBlockContext ------------------------------------------------------------------

AepParser::IfBlockContext::IfBlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::IfBlockContext::K_IF() {
  return getToken(AepParser::K_IF, 0);
}

AepParser::ExprContext* AepParser::IfBlockContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

AepParser::BlockContext* AepParser::IfBlockContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}

std::vector<AepParser::ElseIfContext *> AepParser::IfBlockContext::elseIf() {
  return getRuleContexts<AepParser::ElseIfContext>();
}

AepParser::ElseIfContext* AepParser::IfBlockContext::elseIf(size_t i) {
  return getRuleContext<AepParser::ElseIfContext>(i);
}

AepParser::ElseBlockContext* AepParser::IfBlockContext::elseBlock() {
  return getRuleContext<AepParser::ElseBlockContext>(0);
}


size_t AepParser::IfBlockContext::getRuleIndex() const {
  return AepParser::RuleIfBlock;
}


AepParser::IfBlockContext* AepParser::ifBlock() {
  IfBlockContext *_localctx = _tracker.createInstance<IfBlockContext>(_ctx, getState());
  enterRule(_localctx, 74, AepParser::RuleIfBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(593);
    match(AepParser::K_IF);
    setState(594);
    expr();
    setState(595);
    block();
    setState(599);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 73, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(596);
        elseIf();
      }
      setState(601);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 73, _ctx);
    }
    setState(603);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::K_ELSE) {
      setState(602);
      elseBlock();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ElseIfContext ------------------------------------------------------------------

AepParser::ElseIfContext::ElseIfContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ElseIfContext::K_ELSE() {
  return getToken(AepParser::K_ELSE, 0);
}

tree::TerminalNode* AepParser::ElseIfContext::K_IF() {
  return getToken(AepParser::K_IF, 0);
}

AepParser::ExprContext* AepParser::ElseIfContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

AepParser::BlockContext* AepParser::ElseIfContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}


size_t AepParser::ElseIfContext::getRuleIndex() const {
  return AepParser::RuleElseIf;
}


AepParser::ElseIfContext* AepParser::elseIf() {
  ElseIfContext *_localctx = _tracker.createInstance<ElseIfContext>(_ctx, getState());
  enterRule(_localctx, 76, AepParser::RuleElseIf);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(605);
    match(AepParser::K_ELSE);
    setState(606);
    match(AepParser::K_IF);
    setState(607);
    expr();
    setState(608);
    block();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ElseBlockContext ------------------------------------------------------------------

AepParser::ElseBlockContext::ElseBlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ElseBlockContext::K_ELSE() {
  return getToken(AepParser::K_ELSE, 0);
}

AepParser::BlockContext* AepParser::ElseBlockContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}


size_t AepParser::ElseBlockContext::getRuleIndex() const {
  return AepParser::RuleElseBlock;
}


AepParser::ElseBlockContext* AepParser::elseBlock() {
  ElseBlockContext *_localctx = _tracker.createInstance<ElseBlockContext>(_ctx, getState());
  enterRule(_localctx, 78, AepParser::RuleElseBlock);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(610);
    match(AepParser::K_ELSE);
    setState(611);
    block();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ForBlockContext ------------------------------------------------------------------

AepParser::ForBlockContext::ForBlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ForBlockContext::K_FOR() {
  return getToken(AepParser::K_FOR, 0);
}

std::vector<AepParser::NameContext *> AepParser::ForBlockContext::name() {
  return getRuleContexts<AepParser::NameContext>();
}

AepParser::NameContext* AepParser::ForBlockContext::name(size_t i) {
  return getRuleContext<AepParser::NameContext>(i);
}

tree::TerminalNode* AepParser::ForBlockContext::K_IN() {
  return getToken(AepParser::K_IN, 0);
}

AepParser::ExprContext* AepParser::ForBlockContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

AepParser::BlockContext* AepParser::ForBlockContext::block() {
  return getRuleContext<AepParser::BlockContext>(0);
}

tree::TerminalNode* AepParser::ForBlockContext::COMMA() {
  return getToken(AepParser::COMMA, 0);
}


size_t AepParser::ForBlockContext::getRuleIndex() const {
  return AepParser::RuleForBlock;
}


AepParser::ForBlockContext* AepParser::forBlock() {
  ForBlockContext *_localctx = _tracker.createInstance<ForBlockContext>(_ctx, getState());
  enterRule(_localctx, 80, AepParser::RuleForBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(613);
    match(AepParser::K_FOR);
    setState(614);
    name();
    setState(617);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::COMMA) {
      setState(615);
      match(AepParser::COMMA);
      setState(616);
      name();
    }
    setState(619);
    match(AepParser::K_IN);
    setState(620);
    expr();
    setState(621);
    block();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- UseItemContext ------------------------------------------------------------------

AepParser::UseItemContext::UseItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::UseItemContext::K_USE() {
  return getToken(AepParser::K_USE, 0);
}

AepParser::QualifiedNameContext* AepParser::UseItemContext::qualifiedName() {
  return getRuleContext<AepParser::QualifiedNameContext>(0);
}

tree::TerminalNode* AepParser::UseItemContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

tree::TerminalNode* AepParser::UseItemContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

AepParser::ArgsContext* AepParser::UseItemContext::args() {
  return getRuleContext<AepParser::ArgsContext>(0);
}


size_t AepParser::UseItemContext::getRuleIndex() const {
  return AepParser::RuleUseItem;
}


AepParser::UseItemContext* AepParser::useItem() {
  UseItemContext *_localctx = _tracker.createInstance<UseItemContext>(_ctx, getState());
  enterRule(_localctx, 82, AepParser::RuleUseItem);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(623);
    match(AepParser::K_USE);
    setState(624);
    qualifiedName();
    setState(630);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::LPAREN) {
      setState(625);
      match(AepParser::LPAREN);
      setState(627);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << AepParser::K_TRUE)
        | (1ULL << AepParser::K_FALSE)
        | (1ULL << AepParser::K_NULL)
        | (1ULL << AepParser::K_NOT)
        | (1ULL << AepParser::K_TYPE)
        | (1ULL << AepParser::K_TOOL)
        | (1ULL << AepParser::K_TOOLS)
        | (1ULL << AepParser::K_TOOL_CHOICE)
        | (1ULL << AepParser::K_TEST)
        | (1ULL << AepParser::K_EVAL)
        | (1ULL << AepParser::K_INPUT)
        | (1ULL << AepParser::K_OUTPUT)
        | (1ULL << AepParser::K_SYSTEM)
        | (1ULL << AepParser::K_DEVELOPER)
        | (1ULL << AepParser::K_USER)
        | (1ULL << AepParser::K_ASSISTANT)
        | (1ULL << AepParser::K_CONFIG)
        | (1ULL << AepParser::K_TARGET)
        | (1ULL << AepParser::K_BUDGET)
        | (1ULL << AepParser::K_TOKENS)
        | (1ULL << AepParser::K_RESERVE)
        | (1ULL << AepParser::K_PRIORITY)
        | (1ULL << AepParser::K_SHRINK)
        | (1ULL << AepParser::K_MESSAGES)
        | (1ULL << AepParser::K_EXAMPLE)
        | (1ULL << AepParser::K_DATA)
        | (1ULL << AepParser::K_ASSERT)
        | (1ULL << AepParser::K_ASSERT_SET)
        | (1ULL << AepParser::K_METRIC)
        | (1ULL << AepParser::K_SLICE)
        | (1ULL << AepParser::K_BY)
        | (1ULL << AepParser::K_GATE)
        | (1ULL << AepParser::K_VERSION)
        | (1ULL << AepParser::K_OWNER)
        | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
        | (1ULL << (AepParser::K_FINAL - 64))
        | (1ULL << (AepParser::K_REQUIRED - 64))
        | (1ULL << (AepParser::LBRACE - 64))
        | (1ULL << (AepParser::LPAREN - 64))
        | (1ULL << (AepParser::LBRACK - 64))
        | (1ULL << (AepParser::MINUS - 64))
        | (1ULL << (AepParser::FLOAT - 64))
        | (1ULL << (AepParser::INT - 64))
        | (1ULL << (AepParser::RAW_TRIPLE - 64))
        | (1ULL << (AepParser::RAW_HASH - 64))
        | (1ULL << (AepParser::RAW_STRING - 64))
        | (1ULL << (AepParser::TSTR_OPEN - 64))
        | (1ULL << (AepParser::STR_OPEN - 64))
        | (1ULL << (AepParser::ID - 64))
        | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
        setState(626);
        args();
      }
      setState(629);
      match(AepParser::RPAREN);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- SuperItemContext ------------------------------------------------------------------

AepParser::SuperItemContext::SuperItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::SuperItemContext::K_SUPER() {
  return getToken(AepParser::K_SUPER, 0);
}


size_t AepParser::SuperItemContext::getRuleIndex() const {
  return AepParser::RuleSuperItem;
}


AepParser::SuperItemContext* AepParser::superItem() {
  SuperItemContext *_localctx = _tracker.createInstance<SuperItemContext>(_ctx, getState());
  enterRule(_localctx, 84, AepParser::RuleSuperItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(632);
    match(AepParser::K_SUPER);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TestDeclContext ------------------------------------------------------------------

AepParser::TestDeclContext::TestDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::TestDeclContext::K_TEST() {
  return getToken(AepParser::K_TEST, 0);
}

tree::TerminalNode* AepParser::TestDeclContext::K_FOR() {
  return getToken(AepParser::K_FOR, 0);
}

AepParser::QualifiedNameContext* AepParser::TestDeclContext::qualifiedName() {
  return getRuleContext<AepParser::QualifiedNameContext>(0);
}

tree::TerminalNode* AepParser::TestDeclContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::TestDeclContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

AepParser::NameContext* AepParser::TestDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::TestDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::TestDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

std::vector<AepParser::TestItemContext *> AepParser::TestDeclContext::testItem() {
  return getRuleContexts<AepParser::TestItemContext>();
}

AepParser::TestItemContext* AepParser::TestDeclContext::testItem(size_t i) {
  return getRuleContext<AepParser::TestItemContext>(i);
}


size_t AepParser::TestDeclContext::getRuleIndex() const {
  return AepParser::RuleTestDecl;
}


AepParser::TestDeclContext* AepParser::testDecl() {
  TestDeclContext *_localctx = _tracker.createInstance<TestDeclContext>(_ctx, getState());
  enterRule(_localctx, 86, AepParser::RuleTestDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(634);
    match(AepParser::K_TEST);
    setState(636);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(635);
      name();
    }
    setState(638);
    match(AepParser::K_FOR);
    setState(639);
    qualifiedName();
    setState(643);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(640);
      annotation();
      setState(645);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(646);
    match(AepParser::LBRACE);
    setState(650);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0)) {
      setState(647);
      testItem();
      setState(652);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(653);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TestItemContext ------------------------------------------------------------------

AepParser::TestItemContext::TestItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::TestItemContext::K_INPUT() {
  return getToken(AepParser::K_INPUT, 0);
}

AepParser::ObjectLitContext* AepParser::TestItemContext::objectLit() {
  return getRuleContext<AepParser::ObjectLitContext>(0);
}

AepParser::AssertStmtContext* AepParser::TestItemContext::assertStmt() {
  return getRuleContext<AepParser::AssertStmtContext>(0);
}

AepParser::AssertSetContext* AepParser::TestItemContext::assertSet() {
  return getRuleContext<AepParser::AssertSetContext>(0);
}

AepParser::ConfigBlockContext* AepParser::TestItemContext::configBlock() {
  return getRuleContext<AepParser::ConfigBlockContext>(0);
}

AepParser::MetadataEntryContext* AepParser::TestItemContext::metadataEntry() {
  return getRuleContext<AepParser::MetadataEntryContext>(0);
}


size_t AepParser::TestItemContext::getRuleIndex() const {
  return AepParser::RuleTestItem;
}


AepParser::TestItemContext* AepParser::testItem() {
  TestItemContext *_localctx = _tracker.createInstance<TestItemContext>(_ctx, getState());
  enterRule(_localctx, 88, AepParser::RuleTestItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(661);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_INPUT: {
        enterOuterAlt(_localctx, 1);
        setState(655);
        match(AepParser::K_INPUT);
        setState(656);
        objectLit();
        break;
      }

      case AepParser::K_ASSERT: {
        enterOuterAlt(_localctx, 2);
        setState(657);
        assertStmt();
        break;
      }

      case AepParser::K_ASSERT_SET: {
        enterOuterAlt(_localctx, 3);
        setState(658);
        assertSet();
        break;
      }

      case AepParser::K_CONFIG: {
        enterOuterAlt(_localctx, 4);
        setState(659);
        configBlock();
        break;
      }

      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION: {
        enterOuterAlt(_localctx, 5);
        setState(660);
        metadataEntry();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AssertStmtContext ------------------------------------------------------------------

AepParser::AssertStmtContext::AssertStmtContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::AssertStmtContext::K_ASSERT() {
  return getToken(AepParser::K_ASSERT, 0);
}

AepParser::ExprContext* AepParser::AssertStmtContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::AssertStmtContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::AssertStmtContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

tree::TerminalNode* AepParser::AssertStmtContext::COMMA() {
  return getToken(AepParser::COMMA, 0);
}

AepParser::StringLitContext* AepParser::AssertStmtContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}


size_t AepParser::AssertStmtContext::getRuleIndex() const {
  return AepParser::RuleAssertStmt;
}


AepParser::AssertStmtContext* AepParser::assertStmt() {
  AssertStmtContext *_localctx = _tracker.createInstance<AssertStmtContext>(_ctx, getState());
  enterRule(_localctx, 90, AepParser::RuleAssertStmt);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(663);
    match(AepParser::K_ASSERT);
    setState(664);
    expr();
    setState(668);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(665);
      annotation();
      setState(670);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(673);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::COMMA) {
      setState(671);
      match(AepParser::COMMA);
      setState(672);
      stringLit();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AssertSetContext ------------------------------------------------------------------

AepParser::AssertSetContext::AssertSetContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::AssertSetContext::K_ASSERT_SET() {
  return getToken(AepParser::K_ASSERT_SET, 0);
}

tree::TerminalNode* AepParser::AssertSetContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::AssertSetContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

AepParser::NameContext* AepParser::AssertSetContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::AssertSetContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::AssertSetContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

std::vector<AepParser::AssertSetItemContext *> AepParser::AssertSetContext::assertSetItem() {
  return getRuleContexts<AepParser::AssertSetItemContext>();
}

AepParser::AssertSetItemContext* AepParser::AssertSetContext::assertSetItem(size_t i) {
  return getRuleContext<AepParser::AssertSetItemContext>(i);
}


size_t AepParser::AssertSetContext::getRuleIndex() const {
  return AepParser::RuleAssertSet;
}


AepParser::AssertSetContext* AepParser::assertSet() {
  AssertSetContext *_localctx = _tracker.createInstance<AssertSetContext>(_ctx, getState());
  enterRule(_localctx, 92, AepParser::RuleAssertSet);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(675);
    match(AepParser::K_ASSERT_SET);
    setState(677);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(676);
      name();
    }
    setState(682);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(679);
      annotation();
      setState(684);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(685);
    match(AepParser::LBRACE);
    setState(689);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::K_ASSERT

    || _la == AepParser::K_ASSERT_SET) {
      setState(686);
      assertSetItem();
      setState(691);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(692);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AssertSetItemContext ------------------------------------------------------------------

AepParser::AssertSetItemContext::AssertSetItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::AssertStmtContext* AepParser::AssertSetItemContext::assertStmt() {
  return getRuleContext<AepParser::AssertStmtContext>(0);
}

AepParser::AssertSetContext* AepParser::AssertSetItemContext::assertSet() {
  return getRuleContext<AepParser::AssertSetContext>(0);
}


size_t AepParser::AssertSetItemContext::getRuleIndex() const {
  return AepParser::RuleAssertSetItem;
}


AepParser::AssertSetItemContext* AepParser::assertSetItem() {
  AssertSetItemContext *_localctx = _tracker.createInstance<AssertSetItemContext>(_ctx, getState());
  enterRule(_localctx, 94, AepParser::RuleAssertSetItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(696);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_ASSERT: {
        enterOuterAlt(_localctx, 1);
        setState(694);
        assertStmt();
        break;
      }

      case AepParser::K_ASSERT_SET: {
        enterOuterAlt(_localctx, 2);
        setState(695);
        assertSet();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EvalDeclContext ------------------------------------------------------------------

AepParser::EvalDeclContext::EvalDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::EvalDeclContext::K_EVAL() {
  return getToken(AepParser::K_EVAL, 0);
}

tree::TerminalNode* AepParser::EvalDeclContext::K_FOR() {
  return getToken(AepParser::K_FOR, 0);
}

AepParser::QualifiedNameContext* AepParser::EvalDeclContext::qualifiedName() {
  return getRuleContext<AepParser::QualifiedNameContext>(0);
}

tree::TerminalNode* AepParser::EvalDeclContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::EvalDeclContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

AepParser::NameContext* AepParser::EvalDeclContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::EvalDeclContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::EvalDeclContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

std::vector<AepParser::EvalItemContext *> AepParser::EvalDeclContext::evalItem() {
  return getRuleContexts<AepParser::EvalItemContext>();
}

AepParser::EvalItemContext* AepParser::EvalDeclContext::evalItem(size_t i) {
  return getRuleContext<AepParser::EvalItemContext>(i);
}


size_t AepParser::EvalDeclContext::getRuleIndex() const {
  return AepParser::RuleEvalDecl;
}


AepParser::EvalDeclContext* AepParser::evalDecl() {
  EvalDeclContext *_localctx = _tracker.createInstance<EvalDeclContext>(_ctx, getState());
  enterRule(_localctx, 96, AepParser::RuleEvalDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(698);
    match(AepParser::K_EVAL);
    setState(700);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(699);
      name();
    }
    setState(702);
    match(AepParser::K_FOR);
    setState(703);
    qualifiedName();
    setState(707);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::ANNOTATION) {
      setState(704);
      annotation();
      setState(709);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(710);
    match(AepParser::LBRACE);
    setState(714);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0)) {
      setState(711);
      evalItem();
      setState(716);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(717);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EvalItemContext ------------------------------------------------------------------

AepParser::EvalItemContext::EvalItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::EvalItemContext::K_DATA() {
  return getToken(AepParser::K_DATA, 0);
}

AepParser::StringLitContext* AepParser::EvalItemContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}

std::vector<AepParser::AnnotationContext *> AepParser::EvalItemContext::annotation() {
  return getRuleContexts<AepParser::AnnotationContext>();
}

AepParser::AnnotationContext* AepParser::EvalItemContext::annotation(size_t i) {
  return getRuleContext<AepParser::AnnotationContext>(i);
}

tree::TerminalNode* AepParser::EvalItemContext::K_INPUT() {
  return getToken(AepParser::K_INPUT, 0);
}

AepParser::ObjectLitContext* AepParser::EvalItemContext::objectLit() {
  return getRuleContext<AepParser::ObjectLitContext>(0);
}

AepParser::AssertStmtContext* AepParser::EvalItemContext::assertStmt() {
  return getRuleContext<AepParser::AssertStmtContext>(0);
}

AepParser::AssertSetContext* AepParser::EvalItemContext::assertSet() {
  return getRuleContext<AepParser::AssertSetContext>(0);
}

tree::TerminalNode* AepParser::EvalItemContext::K_METRIC() {
  return getToken(AepParser::K_METRIC, 0);
}

AepParser::NameContext* AepParser::EvalItemContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::EvalItemContext::ASSIGN() {
  return getToken(AepParser::ASSIGN, 0);
}

AepParser::ExprContext* AepParser::EvalItemContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

tree::TerminalNode* AepParser::EvalItemContext::K_SLICE() {
  return getToken(AepParser::K_SLICE, 0);
}

tree::TerminalNode* AepParser::EvalItemContext::K_BY() {
  return getToken(AepParser::K_BY, 0);
}

tree::TerminalNode* AepParser::EvalItemContext::K_GATE() {
  return getToken(AepParser::K_GATE, 0);
}

AepParser::ConfigBlockContext* AepParser::EvalItemContext::configBlock() {
  return getRuleContext<AepParser::ConfigBlockContext>(0);
}

AepParser::MetadataEntryContext* AepParser::EvalItemContext::metadataEntry() {
  return getRuleContext<AepParser::MetadataEntryContext>(0);
}


size_t AepParser::EvalItemContext::getRuleIndex() const {
  return AepParser::RuleEvalItem;
}


AepParser::EvalItemContext* AepParser::evalItem() {
  EvalItemContext *_localctx = _tracker.createInstance<EvalItemContext>(_ctx, getState());
  enterRule(_localctx, 98, AepParser::RuleEvalItem);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(743);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_DATA: {
        enterOuterAlt(_localctx, 1);
        setState(719);
        match(AepParser::K_DATA);
        setState(720);
        stringLit();
        setState(724);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == AepParser::ANNOTATION) {
          setState(721);
          annotation();
          setState(726);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        break;
      }

      case AepParser::K_INPUT: {
        enterOuterAlt(_localctx, 2);
        setState(727);
        match(AepParser::K_INPUT);
        setState(728);
        objectLit();
        break;
      }

      case AepParser::K_ASSERT: {
        enterOuterAlt(_localctx, 3);
        setState(729);
        assertStmt();
        break;
      }

      case AepParser::K_ASSERT_SET: {
        enterOuterAlt(_localctx, 4);
        setState(730);
        assertSet();
        break;
      }

      case AepParser::K_METRIC: {
        enterOuterAlt(_localctx, 5);
        setState(731);
        match(AepParser::K_METRIC);
        setState(732);
        name();
        setState(733);
        match(AepParser::ASSIGN);
        setState(734);
        expr();
        break;
      }

      case AepParser::K_SLICE: {
        enterOuterAlt(_localctx, 6);
        setState(736);
        match(AepParser::K_SLICE);
        setState(737);
        match(AepParser::K_BY);
        setState(738);
        expr();
        break;
      }

      case AepParser::K_GATE: {
        enterOuterAlt(_localctx, 7);
        setState(739);
        match(AepParser::K_GATE);
        setState(740);
        expr();
        break;
      }

      case AepParser::K_CONFIG: {
        enterOuterAlt(_localctx, 8);
        setState(741);
        configBlock();
        break;
      }

      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION: {
        enterOuterAlt(_localctx, 9);
        setState(742);
        metadataEntry();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AnnotationContext ------------------------------------------------------------------

AepParser::AnnotationContext::AnnotationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::AnnotationContext::ANNOTATION() {
  return getToken(AepParser::ANNOTATION, 0);
}

tree::TerminalNode* AepParser::AnnotationContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

tree::TerminalNode* AepParser::AnnotationContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

AepParser::ArgsContext* AepParser::AnnotationContext::args() {
  return getRuleContext<AepParser::ArgsContext>(0);
}


size_t AepParser::AnnotationContext::getRuleIndex() const {
  return AepParser::RuleAnnotation;
}


AepParser::AnnotationContext* AepParser::annotation() {
  AnnotationContext *_localctx = _tracker.createInstance<AnnotationContext>(_ctx, getState());
  enterRule(_localctx, 100, AepParser::RuleAnnotation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(745);
    match(AepParser::ANNOTATION);
    setState(751);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::LPAREN) {
      setState(746);
      match(AepParser::LPAREN);
      setState(748);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << AepParser::K_TRUE)
        | (1ULL << AepParser::K_FALSE)
        | (1ULL << AepParser::K_NULL)
        | (1ULL << AepParser::K_NOT)
        | (1ULL << AepParser::K_TYPE)
        | (1ULL << AepParser::K_TOOL)
        | (1ULL << AepParser::K_TOOLS)
        | (1ULL << AepParser::K_TOOL_CHOICE)
        | (1ULL << AepParser::K_TEST)
        | (1ULL << AepParser::K_EVAL)
        | (1ULL << AepParser::K_INPUT)
        | (1ULL << AepParser::K_OUTPUT)
        | (1ULL << AepParser::K_SYSTEM)
        | (1ULL << AepParser::K_DEVELOPER)
        | (1ULL << AepParser::K_USER)
        | (1ULL << AepParser::K_ASSISTANT)
        | (1ULL << AepParser::K_CONFIG)
        | (1ULL << AepParser::K_TARGET)
        | (1ULL << AepParser::K_BUDGET)
        | (1ULL << AepParser::K_TOKENS)
        | (1ULL << AepParser::K_RESERVE)
        | (1ULL << AepParser::K_PRIORITY)
        | (1ULL << AepParser::K_SHRINK)
        | (1ULL << AepParser::K_MESSAGES)
        | (1ULL << AepParser::K_EXAMPLE)
        | (1ULL << AepParser::K_DATA)
        | (1ULL << AepParser::K_ASSERT)
        | (1ULL << AepParser::K_ASSERT_SET)
        | (1ULL << AepParser::K_METRIC)
        | (1ULL << AepParser::K_SLICE)
        | (1ULL << AepParser::K_BY)
        | (1ULL << AepParser::K_GATE)
        | (1ULL << AepParser::K_VERSION)
        | (1ULL << AepParser::K_OWNER)
        | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
        | (1ULL << (AepParser::K_FINAL - 64))
        | (1ULL << (AepParser::K_REQUIRED - 64))
        | (1ULL << (AepParser::LBRACE - 64))
        | (1ULL << (AepParser::LPAREN - 64))
        | (1ULL << (AepParser::LBRACK - 64))
        | (1ULL << (AepParser::MINUS - 64))
        | (1ULL << (AepParser::FLOAT - 64))
        | (1ULL << (AepParser::INT - 64))
        | (1ULL << (AepParser::RAW_TRIPLE - 64))
        | (1ULL << (AepParser::RAW_HASH - 64))
        | (1ULL << (AepParser::RAW_STRING - 64))
        | (1ULL << (AepParser::TSTR_OPEN - 64))
        | (1ULL << (AepParser::STR_OPEN - 64))
        | (1ULL << (AepParser::ID - 64))
        | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
        setState(747);
        args();
      }
      setState(750);
      match(AepParser::RPAREN);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ArgsContext ------------------------------------------------------------------

AepParser::ArgsContext::ArgsContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<AepParser::ArgContext *> AepParser::ArgsContext::arg() {
  return getRuleContexts<AepParser::ArgContext>();
}

AepParser::ArgContext* AepParser::ArgsContext::arg(size_t i) {
  return getRuleContext<AepParser::ArgContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::ArgsContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ArgsContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ArgsContext::getRuleIndex() const {
  return AepParser::RuleArgs;
}


AepParser::ArgsContext* AepParser::args() {
  ArgsContext *_localctx = _tracker.createInstance<ArgsContext>(_ctx, getState());
  enterRule(_localctx, 102, AepParser::RuleArgs);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(753);
    arg();
    setState(758);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 95, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(754);
        match(AepParser::COMMA);
        setState(755);
        arg();
      }
      setState(760);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 95, _ctx);
    }
    setState(762);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::COMMA) {
      setState(761);
      match(AepParser::COMMA);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ArgContext ------------------------------------------------------------------

AepParser::ArgContext::ArgContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::ExprContext* AepParser::ArgContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

AepParser::NameContext* AepParser::ArgContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::ArgContext::COLON() {
  return getToken(AepParser::COLON, 0);
}


size_t AepParser::ArgContext::getRuleIndex() const {
  return AepParser::RuleArg;
}


AepParser::ArgContext* AepParser::arg() {
  ArgContext *_localctx = _tracker.createInstance<ArgContext>(_ctx, getState());
  enterRule(_localctx, 104, AepParser::RuleArg);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(767);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 97, _ctx)) {
    case 1: {
      setState(764);
      name();
      setState(765);
      match(AepParser::COLON);
      break;
    }

    }
    setState(769);
    expr();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExprContext ------------------------------------------------------------------

AepParser::ExprContext::ExprContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<AepParser::UnaryExprContext *> AepParser::ExprContext::unaryExpr() {
  return getRuleContexts<AepParser::UnaryExprContext>();
}

AepParser::UnaryExprContext* AepParser::ExprContext::unaryExpr(size_t i) {
  return getRuleContext<AepParser::UnaryExprContext>(i);
}

std::vector<AepParser::BinaryOpContext *> AepParser::ExprContext::binaryOp() {
  return getRuleContexts<AepParser::BinaryOpContext>();
}

AepParser::BinaryOpContext* AepParser::ExprContext::binaryOp(size_t i) {
  return getRuleContext<AepParser::BinaryOpContext>(i);
}


size_t AepParser::ExprContext::getRuleIndex() const {
  return AepParser::RuleExpr;
}


AepParser::ExprContext* AepParser::expr() {
  ExprContext *_localctx = _tracker.createInstance<ExprContext>(_ctx, getState());
  enterRule(_localctx, 106, AepParser::RuleExpr);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(771);
    unaryExpr();
    setState(777);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (((((_la - 26) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 26)) & ((1ULL << (AepParser::K_IN - 26))
      | (1ULL << (AepParser::K_AND - 26))
      | (1ULL << (AepParser::K_OR - 26))
      | (1ULL << (AepParser::K_NOT - 26))
      | (1ULL << (AepParser::EQ - 26))
      | (1ULL << (AepParser::NE - 26))
      | (1ULL << (AepParser::LE - 26))
      | (1ULL << (AepParser::GE - 26))
      | (1ULL << (AepParser::LT - 26))
      | (1ULL << (AepParser::GT - 26)))) != 0)) {
      setState(772);
      binaryOp();
      setState(773);
      unaryExpr();
      setState(779);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- BinaryOpContext ------------------------------------------------------------------

AepParser::BinaryOpContext::BinaryOpContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::BinaryOpContext::K_OR() {
  return getToken(AepParser::K_OR, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::K_AND() {
  return getToken(AepParser::K_AND, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::EQ() {
  return getToken(AepParser::EQ, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::NE() {
  return getToken(AepParser::NE, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::LT() {
  return getToken(AepParser::LT, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::LE() {
  return getToken(AepParser::LE, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::GT() {
  return getToken(AepParser::GT, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::GE() {
  return getToken(AepParser::GE, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::K_IN() {
  return getToken(AepParser::K_IN, 0);
}

tree::TerminalNode* AepParser::BinaryOpContext::K_NOT() {
  return getToken(AepParser::K_NOT, 0);
}


size_t AepParser::BinaryOpContext::getRuleIndex() const {
  return AepParser::RuleBinaryOp;
}


AepParser::BinaryOpContext* AepParser::binaryOp() {
  BinaryOpContext *_localctx = _tracker.createInstance<BinaryOpContext>(_ctx, getState());
  enterRule(_localctx, 108, AepParser::RuleBinaryOp);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(791);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_OR: {
        enterOuterAlt(_localctx, 1);
        setState(780);
        match(AepParser::K_OR);
        break;
      }

      case AepParser::K_AND: {
        enterOuterAlt(_localctx, 2);
        setState(781);
        match(AepParser::K_AND);
        break;
      }

      case AepParser::EQ: {
        enterOuterAlt(_localctx, 3);
        setState(782);
        match(AepParser::EQ);
        break;
      }

      case AepParser::NE: {
        enterOuterAlt(_localctx, 4);
        setState(783);
        match(AepParser::NE);
        break;
      }

      case AepParser::LT: {
        enterOuterAlt(_localctx, 5);
        setState(784);
        match(AepParser::LT);
        break;
      }

      case AepParser::LE: {
        enterOuterAlt(_localctx, 6);
        setState(785);
        match(AepParser::LE);
        break;
      }

      case AepParser::GT: {
        enterOuterAlt(_localctx, 7);
        setState(786);
        match(AepParser::GT);
        break;
      }

      case AepParser::GE: {
        enterOuterAlt(_localctx, 8);
        setState(787);
        match(AepParser::GE);
        break;
      }

      case AepParser::K_IN: {
        enterOuterAlt(_localctx, 9);
        setState(788);
        match(AepParser::K_IN);
        break;
      }

      case AepParser::K_NOT: {
        enterOuterAlt(_localctx, 10);
        setState(789);
        match(AepParser::K_NOT);
        setState(790);
        match(AepParser::K_IN);
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- UnaryExprContext ------------------------------------------------------------------

AepParser::UnaryExprContext::UnaryExprContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

AepParser::PrimaryContext* AepParser::UnaryExprContext::primary() {
  return getRuleContext<AepParser::PrimaryContext>(0);
}

std::vector<AepParser::PostfixOpContext *> AepParser::UnaryExprContext::postfixOp() {
  return getRuleContexts<AepParser::PostfixOpContext>();
}

AepParser::PostfixOpContext* AepParser::UnaryExprContext::postfixOp(size_t i) {
  return getRuleContext<AepParser::PostfixOpContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::UnaryExprContext::K_NOT() {
  return getTokens(AepParser::K_NOT);
}

tree::TerminalNode* AepParser::UnaryExprContext::K_NOT(size_t i) {
  return getToken(AepParser::K_NOT, i);
}

std::vector<tree::TerminalNode *> AepParser::UnaryExprContext::MINUS() {
  return getTokens(AepParser::MINUS);
}

tree::TerminalNode* AepParser::UnaryExprContext::MINUS(size_t i) {
  return getToken(AepParser::MINUS, i);
}


size_t AepParser::UnaryExprContext::getRuleIndex() const {
  return AepParser::RuleUnaryExpr;
}


AepParser::UnaryExprContext* AepParser::unaryExpr() {
  UnaryExprContext *_localctx = _tracker.createInstance<UnaryExprContext>(_ctx, getState());
  enterRule(_localctx, 110, AepParser::RuleUnaryExpr);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(796);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::K_NOT

    || _la == AepParser::MINUS) {
      setState(793);
      _la = _input->LA(1);
      if (!(_la == AepParser::K_NOT

      || _la == AepParser::MINUS)) {
      _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(798);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(799);
    primary();
    setState(803);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (((((_la - 70) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 70)) & ((1ULL << (AepParser::LPAREN - 70))
      | (1ULL << (AepParser::LBRACK - 70))
      | (1ULL << (AepParser::DOT - 70)))) != 0)) {
      setState(800);
      postfixOp();
      setState(805);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PostfixOpContext ------------------------------------------------------------------

AepParser::PostfixOpContext::PostfixOpContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::PostfixOpContext::DOT() {
  return getToken(AepParser::DOT, 0);
}

AepParser::NameContext* AepParser::PostfixOpContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::PostfixOpContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

tree::TerminalNode* AepParser::PostfixOpContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

AepParser::ArgsContext* AepParser::PostfixOpContext::args() {
  return getRuleContext<AepParser::ArgsContext>(0);
}

tree::TerminalNode* AepParser::PostfixOpContext::LBRACK() {
  return getToken(AepParser::LBRACK, 0);
}

AepParser::ExprContext* AepParser::PostfixOpContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

tree::TerminalNode* AepParser::PostfixOpContext::RBRACK() {
  return getToken(AepParser::RBRACK, 0);
}


size_t AepParser::PostfixOpContext::getRuleIndex() const {
  return AepParser::RulePostfixOp;
}


AepParser::PostfixOpContext* AepParser::postfixOp() {
  PostfixOpContext *_localctx = _tracker.createInstance<PostfixOpContext>(_ctx, getState());
  enterRule(_localctx, 112, AepParser::RulePostfixOp);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(817);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::DOT: {
        enterOuterAlt(_localctx, 1);
        setState(806);
        match(AepParser::DOT);
        setState(807);
        name();
        break;
      }

      case AepParser::LPAREN: {
        enterOuterAlt(_localctx, 2);
        setState(808);
        match(AepParser::LPAREN);
        setState(810);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if ((((_la & ~ 0x3fULL) == 0) &&
          ((1ULL << _la) & ((1ULL << AepParser::K_TRUE)
          | (1ULL << AepParser::K_FALSE)
          | (1ULL << AepParser::K_NULL)
          | (1ULL << AepParser::K_NOT)
          | (1ULL << AepParser::K_TYPE)
          | (1ULL << AepParser::K_TOOL)
          | (1ULL << AepParser::K_TOOLS)
          | (1ULL << AepParser::K_TOOL_CHOICE)
          | (1ULL << AepParser::K_TEST)
          | (1ULL << AepParser::K_EVAL)
          | (1ULL << AepParser::K_INPUT)
          | (1ULL << AepParser::K_OUTPUT)
          | (1ULL << AepParser::K_SYSTEM)
          | (1ULL << AepParser::K_DEVELOPER)
          | (1ULL << AepParser::K_USER)
          | (1ULL << AepParser::K_ASSISTANT)
          | (1ULL << AepParser::K_CONFIG)
          | (1ULL << AepParser::K_TARGET)
          | (1ULL << AepParser::K_BUDGET)
          | (1ULL << AepParser::K_TOKENS)
          | (1ULL << AepParser::K_RESERVE)
          | (1ULL << AepParser::K_PRIORITY)
          | (1ULL << AepParser::K_SHRINK)
          | (1ULL << AepParser::K_MESSAGES)
          | (1ULL << AepParser::K_EXAMPLE)
          | (1ULL << AepParser::K_DATA)
          | (1ULL << AepParser::K_ASSERT)
          | (1ULL << AepParser::K_ASSERT_SET)
          | (1ULL << AepParser::K_METRIC)
          | (1ULL << AepParser::K_SLICE)
          | (1ULL << AepParser::K_BY)
          | (1ULL << AepParser::K_GATE)
          | (1ULL << AepParser::K_VERSION)
          | (1ULL << AepParser::K_OWNER)
          | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
          ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
          | (1ULL << (AepParser::K_FINAL - 64))
          | (1ULL << (AepParser::K_REQUIRED - 64))
          | (1ULL << (AepParser::LBRACE - 64))
          | (1ULL << (AepParser::LPAREN - 64))
          | (1ULL << (AepParser::LBRACK - 64))
          | (1ULL << (AepParser::MINUS - 64))
          | (1ULL << (AepParser::FLOAT - 64))
          | (1ULL << (AepParser::INT - 64))
          | (1ULL << (AepParser::RAW_TRIPLE - 64))
          | (1ULL << (AepParser::RAW_HASH - 64))
          | (1ULL << (AepParser::RAW_STRING - 64))
          | (1ULL << (AepParser::TSTR_OPEN - 64))
          | (1ULL << (AepParser::STR_OPEN - 64))
          | (1ULL << (AepParser::ID - 64))
          | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
          setState(809);
          args();
        }
        setState(812);
        match(AepParser::RPAREN);
        break;
      }

      case AepParser::LBRACK: {
        enterOuterAlt(_localctx, 3);
        setState(813);
        match(AepParser::LBRACK);
        setState(814);
        expr();
        setState(815);
        match(AepParser::RBRACK);
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PrimaryContext ------------------------------------------------------------------

AepParser::PrimaryContext::PrimaryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::PrimaryContext::INT() {
  return getToken(AepParser::INT, 0);
}

tree::TerminalNode* AepParser::PrimaryContext::FLOAT() {
  return getToken(AepParser::FLOAT, 0);
}

tree::TerminalNode* AepParser::PrimaryContext::K_TRUE() {
  return getToken(AepParser::K_TRUE, 0);
}

tree::TerminalNode* AepParser::PrimaryContext::K_FALSE() {
  return getToken(AepParser::K_FALSE, 0);
}

tree::TerminalNode* AepParser::PrimaryContext::K_NULL() {
  return getToken(AepParser::K_NULL, 0);
}

AepParser::StringLitContext* AepParser::PrimaryContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}

AepParser::NameContext* AepParser::PrimaryContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::PrimaryContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

AepParser::ExprContext* AepParser::PrimaryContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

tree::TerminalNode* AepParser::PrimaryContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

AepParser::ListLitContext* AepParser::PrimaryContext::listLit() {
  return getRuleContext<AepParser::ListLitContext>(0);
}

AepParser::ObjectLitContext* AepParser::PrimaryContext::objectLit() {
  return getRuleContext<AepParser::ObjectLitContext>(0);
}


size_t AepParser::PrimaryContext::getRuleIndex() const {
  return AepParser::RulePrimary;
}


AepParser::PrimaryContext* AepParser::primary() {
  PrimaryContext *_localctx = _tracker.createInstance<PrimaryContext>(_ctx, getState());
  enterRule(_localctx, 114, AepParser::RulePrimary);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(832);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::INT: {
        enterOuterAlt(_localctx, 1);
        setState(819);
        match(AepParser::INT);
        break;
      }

      case AepParser::FLOAT: {
        enterOuterAlt(_localctx, 2);
        setState(820);
        match(AepParser::FLOAT);
        break;
      }

      case AepParser::K_TRUE: {
        enterOuterAlt(_localctx, 3);
        setState(821);
        match(AepParser::K_TRUE);
        break;
      }

      case AepParser::K_FALSE: {
        enterOuterAlt(_localctx, 4);
        setState(822);
        match(AepParser::K_FALSE);
        break;
      }

      case AepParser::K_NULL: {
        enterOuterAlt(_localctx, 5);
        setState(823);
        match(AepParser::K_NULL);
        break;
      }

      case AepParser::RAW_TRIPLE:
      case AepParser::RAW_HASH:
      case AepParser::RAW_STRING:
      case AepParser::TSTR_OPEN:
      case AepParser::STR_OPEN: {
        enterOuterAlt(_localctx, 6);
        setState(824);
        stringLit();
        break;
      }

      case AepParser::K_TYPE:
      case AepParser::K_TOOL:
      case AepParser::K_TOOLS:
      case AepParser::K_TOOL_CHOICE:
      case AepParser::K_TEST:
      case AepParser::K_EVAL:
      case AepParser::K_INPUT:
      case AepParser::K_OUTPUT:
      case AepParser::K_SYSTEM:
      case AepParser::K_DEVELOPER:
      case AepParser::K_USER:
      case AepParser::K_ASSISTANT:
      case AepParser::K_CONFIG:
      case AepParser::K_TARGET:
      case AepParser::K_BUDGET:
      case AepParser::K_TOKENS:
      case AepParser::K_RESERVE:
      case AepParser::K_PRIORITY:
      case AepParser::K_SHRINK:
      case AepParser::K_MESSAGES:
      case AepParser::K_EXAMPLE:
      case AepParser::K_DATA:
      case AepParser::K_ASSERT:
      case AepParser::K_ASSERT_SET:
      case AepParser::K_METRIC:
      case AepParser::K_SLICE:
      case AepParser::K_BY:
      case AepParser::K_GATE:
      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION:
      case AepParser::K_ABSTRACT:
      case AepParser::K_FINAL:
      case AepParser::K_REQUIRED:
      case AepParser::ID:
      case AepParser::QUOTED_ID: {
        enterOuterAlt(_localctx, 7);
        setState(825);
        name();
        break;
      }

      case AepParser::LPAREN: {
        enterOuterAlt(_localctx, 8);
        setState(826);
        match(AepParser::LPAREN);
        setState(827);
        expr();
        setState(828);
        match(AepParser::RPAREN);
        break;
      }

      case AepParser::LBRACK: {
        enterOuterAlt(_localctx, 9);
        setState(830);
        listLit();
        break;
      }

      case AepParser::LBRACE: {
        enterOuterAlt(_localctx, 10);
        setState(831);
        objectLit();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ListLitContext ------------------------------------------------------------------

AepParser::ListLitContext::ListLitContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ListLitContext::LBRACK() {
  return getToken(AepParser::LBRACK, 0);
}

tree::TerminalNode* AepParser::ListLitContext::RBRACK() {
  return getToken(AepParser::RBRACK, 0);
}

std::vector<AepParser::ExprContext *> AepParser::ListLitContext::expr() {
  return getRuleContexts<AepParser::ExprContext>();
}

AepParser::ExprContext* AepParser::ListLitContext::expr(size_t i) {
  return getRuleContext<AepParser::ExprContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::ListLitContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ListLitContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ListLitContext::getRuleIndex() const {
  return AepParser::RuleListLit;
}


AepParser::ListLitContext* AepParser::listLit() {
  ListLitContext *_localctx = _tracker.createInstance<ListLitContext>(_ctx, getState());
  enterRule(_localctx, 116, AepParser::RuleListLit);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(834);
    match(AepParser::LBRACK);
    setState(846);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TRUE)
      | (1ULL << AepParser::K_FALSE)
      | (1ULL << AepParser::K_NULL)
      | (1ULL << AepParser::K_NOT)
      | (1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::LBRACE - 64))
      | (1ULL << (AepParser::LPAREN - 64))
      | (1ULL << (AepParser::LBRACK - 64))
      | (1ULL << (AepParser::MINUS - 64))
      | (1ULL << (AepParser::FLOAT - 64))
      | (1ULL << (AepParser::INT - 64))
      | (1ULL << (AepParser::RAW_TRIPLE - 64))
      | (1ULL << (AepParser::RAW_HASH - 64))
      | (1ULL << (AepParser::RAW_STRING - 64))
      | (1ULL << (AepParser::TSTR_OPEN - 64))
      | (1ULL << (AepParser::STR_OPEN - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(835);
      expr();
      setState(840);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 105, _ctx);
      while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
        if (alt == 1) {
          setState(836);
          match(AepParser::COMMA);
          setState(837);
          expr();
        }
        setState(842);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 105, _ctx);
      }
      setState(844);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(843);
        match(AepParser::COMMA);
      }
    }
    setState(848);
    match(AepParser::RBRACK);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ObjectLitContext ------------------------------------------------------------------

AepParser::ObjectLitContext::ObjectLitContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ObjectLitContext::LBRACE() {
  return getToken(AepParser::LBRACE, 0);
}

tree::TerminalNode* AepParser::ObjectLitContext::RBRACE() {
  return getToken(AepParser::RBRACE, 0);
}

std::vector<AepParser::ObjectEntryContext *> AepParser::ObjectLitContext::objectEntry() {
  return getRuleContexts<AepParser::ObjectEntryContext>();
}

AepParser::ObjectEntryContext* AepParser::ObjectLitContext::objectEntry(size_t i) {
  return getRuleContext<AepParser::ObjectEntryContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::ObjectLitContext::COMMA() {
  return getTokens(AepParser::COMMA);
}

tree::TerminalNode* AepParser::ObjectLitContext::COMMA(size_t i) {
  return getToken(AepParser::COMMA, i);
}


size_t AepParser::ObjectLitContext::getRuleIndex() const {
  return AepParser::RuleObjectLit;
}


AepParser::ObjectLitContext* AepParser::objectLit() {
  ObjectLitContext *_localctx = _tracker.createInstance<ObjectLitContext>(_ctx, getState());
  enterRule(_localctx, 118, AepParser::RuleObjectLit);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(850);
    match(AepParser::LBRACE);
    setState(857);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::RAW_TRIPLE - 64))
      | (1ULL << (AepParser::RAW_HASH - 64))
      | (1ULL << (AepParser::RAW_STRING - 64))
      | (1ULL << (AepParser::TSTR_OPEN - 64))
      | (1ULL << (AepParser::STR_OPEN - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
      setState(851);
      objectEntry();
      setState(853);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == AepParser::COMMA) {
        setState(852);
        match(AepParser::COMMA);
      }
      setState(859);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(860);
    match(AepParser::RBRACE);

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ObjectEntryContext ------------------------------------------------------------------

AepParser::ObjectEntryContext::ObjectEntryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::ObjectEntryContext::COLON() {
  return getToken(AepParser::COLON, 0);
}

AepParser::ExprContext* AepParser::ObjectEntryContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

AepParser::NameContext* AepParser::ObjectEntryContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

AepParser::StringLitContext* AepParser::ObjectEntryContext::stringLit() {
  return getRuleContext<AepParser::StringLitContext>(0);
}


size_t AepParser::ObjectEntryContext::getRuleIndex() const {
  return AepParser::RuleObjectEntry;
}


AepParser::ObjectEntryContext* AepParser::objectEntry() {
  ObjectEntryContext *_localctx = _tracker.createInstance<ObjectEntryContext>(_ctx, getState());
  enterRule(_localctx, 120, AepParser::RuleObjectEntry);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(864);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::K_TYPE:
      case AepParser::K_TOOL:
      case AepParser::K_TOOLS:
      case AepParser::K_TOOL_CHOICE:
      case AepParser::K_TEST:
      case AepParser::K_EVAL:
      case AepParser::K_INPUT:
      case AepParser::K_OUTPUT:
      case AepParser::K_SYSTEM:
      case AepParser::K_DEVELOPER:
      case AepParser::K_USER:
      case AepParser::K_ASSISTANT:
      case AepParser::K_CONFIG:
      case AepParser::K_TARGET:
      case AepParser::K_BUDGET:
      case AepParser::K_TOKENS:
      case AepParser::K_RESERVE:
      case AepParser::K_PRIORITY:
      case AepParser::K_SHRINK:
      case AepParser::K_MESSAGES:
      case AepParser::K_EXAMPLE:
      case AepParser::K_DATA:
      case AepParser::K_ASSERT:
      case AepParser::K_ASSERT_SET:
      case AepParser::K_METRIC:
      case AepParser::K_SLICE:
      case AepParser::K_BY:
      case AepParser::K_GATE:
      case AepParser::K_VERSION:
      case AepParser::K_OWNER:
      case AepParser::K_DESCRIPTION:
      case AepParser::K_ABSTRACT:
      case AepParser::K_FINAL:
      case AepParser::K_REQUIRED:
      case AepParser::ID:
      case AepParser::QUOTED_ID: {
        setState(862);
        name();
        break;
      }

      case AepParser::RAW_TRIPLE:
      case AepParser::RAW_HASH:
      case AepParser::RAW_STRING:
      case AepParser::TSTR_OPEN:
      case AepParser::STR_OPEN: {
        setState(863);
        stringLit();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    setState(866);
    match(AepParser::COLON);
    setState(867);
    expr();

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- StringLitContext ------------------------------------------------------------------

AepParser::StringLitContext::StringLitContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::StringLitContext::STR_OPEN() {
  return getToken(AepParser::STR_OPEN, 0);
}

tree::TerminalNode* AepParser::StringLitContext::STR_CLOSE() {
  return getToken(AepParser::STR_CLOSE, 0);
}

tree::TerminalNode* AepParser::StringLitContext::UNTERMINATED() {
  return getToken(AepParser::UNTERMINATED, 0);
}

std::vector<AepParser::StrPartContext *> AepParser::StringLitContext::strPart() {
  return getRuleContexts<AepParser::StrPartContext>();
}

AepParser::StrPartContext* AepParser::StringLitContext::strPart(size_t i) {
  return getRuleContext<AepParser::StrPartContext>(i);
}

tree::TerminalNode* AepParser::StringLitContext::TSTR_OPEN() {
  return getToken(AepParser::TSTR_OPEN, 0);
}

tree::TerminalNode* AepParser::StringLitContext::TSTR_CLOSE() {
  return getToken(AepParser::TSTR_CLOSE, 0);
}

tree::TerminalNode* AepParser::StringLitContext::RAW_STRING() {
  return getToken(AepParser::RAW_STRING, 0);
}

tree::TerminalNode* AepParser::StringLitContext::RAW_TRIPLE() {
  return getToken(AepParser::RAW_TRIPLE, 0);
}

tree::TerminalNode* AepParser::StringLitContext::RAW_HASH() {
  return getToken(AepParser::RAW_HASH, 0);
}


size_t AepParser::StringLitContext::getRuleIndex() const {
  return AepParser::RuleStringLit;
}


AepParser::StringLitContext* AepParser::stringLit() {
  StringLitContext *_localctx = _tracker.createInstance<StringLitContext>(_ctx, getState());
  enterRule(_localctx, 122, AepParser::RuleStringLit);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(888);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::STR_OPEN: {
        enterOuterAlt(_localctx, 1);
        setState(869);
        match(AepParser::STR_OPEN);
        setState(873);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (((((_la - 67) & ~ 0x3fULL) == 0) &&
          ((1ULL << (_la - 67)) & ((1ULL << (AepParser::INTERP_OPEN - 67))
          | (1ULL << (AepParser::STR_TEXT - 67))
          | (1ULL << (AepParser::STR_ESCAPE - 67)))) != 0)) {
          setState(870);
          strPart();
          setState(875);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(876);
        _la = _input->LA(1);
        if (!(_la == AepParser::UNTERMINATED || _la == AepParser::STR_CLOSE)) {
        _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
        break;
      }

      case AepParser::TSTR_OPEN: {
        enterOuterAlt(_localctx, 2);
        setState(877);
        match(AepParser::TSTR_OPEN);
        setState(881);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (((((_la - 67) & ~ 0x3fULL) == 0) &&
          ((1ULL << (_la - 67)) & ((1ULL << (AepParser::INTERP_OPEN - 67))
          | (1ULL << (AepParser::STR_TEXT - 67))
          | (1ULL << (AepParser::STR_ESCAPE - 67)))) != 0)) {
          setState(878);
          strPart();
          setState(883);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(884);
        _la = _input->LA(1);
        if (!(_la == AepParser::UNTERMINATED || _la == AepParser::TSTR_CLOSE)) {
        _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
        break;
      }

      case AepParser::RAW_STRING: {
        enterOuterAlt(_localctx, 3);
        setState(885);
        match(AepParser::RAW_STRING);
        break;
      }

      case AepParser::RAW_TRIPLE: {
        enterOuterAlt(_localctx, 4);
        setState(886);
        match(AepParser::RAW_TRIPLE);
        break;
      }

      case AepParser::RAW_HASH: {
        enterOuterAlt(_localctx, 5);
        setState(887);
        match(AepParser::RAW_HASH);
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- StrPartContext ------------------------------------------------------------------

AepParser::StrPartContext::StrPartContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::StrPartContext::STR_TEXT() {
  return getToken(AepParser::STR_TEXT, 0);
}

tree::TerminalNode* AepParser::StrPartContext::STR_ESCAPE() {
  return getToken(AepParser::STR_ESCAPE, 0);
}

AepParser::InterpolationContext* AepParser::StrPartContext::interpolation() {
  return getRuleContext<AepParser::InterpolationContext>(0);
}


size_t AepParser::StrPartContext::getRuleIndex() const {
  return AepParser::RuleStrPart;
}


AepParser::StrPartContext* AepParser::strPart() {
  StrPartContext *_localctx = _tracker.createInstance<StrPartContext>(_ctx, getState());
  enterRule(_localctx, 124, AepParser::RuleStrPart);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(893);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case AepParser::STR_TEXT: {
        enterOuterAlt(_localctx, 1);
        setState(890);
        match(AepParser::STR_TEXT);
        break;
      }

      case AepParser::STR_ESCAPE: {
        enterOuterAlt(_localctx, 2);
        setState(891);
        match(AepParser::STR_ESCAPE);
        break;
      }

      case AepParser::INTERP_OPEN: {
        enterOuterAlt(_localctx, 3);
        setState(892);
        interpolation();
        break;
      }

    default:
      throw NoViableAltException(this);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- InterpolationContext ------------------------------------------------------------------

AepParser::InterpolationContext::InterpolationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::InterpolationContext::INTERP_OPEN() {
  return getToken(AepParser::INTERP_OPEN, 0);
}

AepParser::ExprContext* AepParser::InterpolationContext::expr() {
  return getRuleContext<AepParser::ExprContext>(0);
}

tree::TerminalNode* AepParser::InterpolationContext::INTERP_CLOSE() {
  return getToken(AepParser::INTERP_CLOSE, 0);
}

tree::TerminalNode* AepParser::InterpolationContext::UNTERMINATED() {
  return getToken(AepParser::UNTERMINATED, 0);
}

std::vector<AepParser::FilterContext *> AepParser::InterpolationContext::filter() {
  return getRuleContexts<AepParser::FilterContext>();
}

AepParser::FilterContext* AepParser::InterpolationContext::filter(size_t i) {
  return getRuleContext<AepParser::FilterContext>(i);
}


size_t AepParser::InterpolationContext::getRuleIndex() const {
  return AepParser::RuleInterpolation;
}


AepParser::InterpolationContext* AepParser::interpolation() {
  InterpolationContext *_localctx = _tracker.createInstance<InterpolationContext>(_ctx, getState());
  enterRule(_localctx, 126, AepParser::RuleInterpolation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(895);
    match(AepParser::INTERP_OPEN);
    setState(896);
    expr();
    setState(900);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == AepParser::PIPE) {
      setState(897);
      filter();
      setState(902);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(903);
    _la = _input->LA(1);
    if (!(_la == AepParser::UNTERMINATED || _la == AepParser::INTERP_CLOSE)) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FilterContext ------------------------------------------------------------------

AepParser::FilterContext::FilterContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::FilterContext::PIPE() {
  return getToken(AepParser::PIPE, 0);
}

AepParser::NameContext* AepParser::FilterContext::name() {
  return getRuleContext<AepParser::NameContext>(0);
}

tree::TerminalNode* AepParser::FilterContext::LPAREN() {
  return getToken(AepParser::LPAREN, 0);
}

tree::TerminalNode* AepParser::FilterContext::RPAREN() {
  return getToken(AepParser::RPAREN, 0);
}

AepParser::ArgsContext* AepParser::FilterContext::args() {
  return getRuleContext<AepParser::ArgsContext>(0);
}


size_t AepParser::FilterContext::getRuleIndex() const {
  return AepParser::RuleFilter;
}


AepParser::FilterContext* AepParser::filter() {
  FilterContext *_localctx = _tracker.createInstance<FilterContext>(_ctx, getState());
  enterRule(_localctx, 128, AepParser::RuleFilter);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(905);
    match(AepParser::PIPE);
    setState(906);
    name();
    setState(912);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == AepParser::LPAREN) {
      setState(907);
      match(AepParser::LPAREN);
      setState(909);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << AepParser::K_TRUE)
        | (1ULL << AepParser::K_FALSE)
        | (1ULL << AepParser::K_NULL)
        | (1ULL << AepParser::K_NOT)
        | (1ULL << AepParser::K_TYPE)
        | (1ULL << AepParser::K_TOOL)
        | (1ULL << AepParser::K_TOOLS)
        | (1ULL << AepParser::K_TOOL_CHOICE)
        | (1ULL << AepParser::K_TEST)
        | (1ULL << AepParser::K_EVAL)
        | (1ULL << AepParser::K_INPUT)
        | (1ULL << AepParser::K_OUTPUT)
        | (1ULL << AepParser::K_SYSTEM)
        | (1ULL << AepParser::K_DEVELOPER)
        | (1ULL << AepParser::K_USER)
        | (1ULL << AepParser::K_ASSISTANT)
        | (1ULL << AepParser::K_CONFIG)
        | (1ULL << AepParser::K_TARGET)
        | (1ULL << AepParser::K_BUDGET)
        | (1ULL << AepParser::K_TOKENS)
        | (1ULL << AepParser::K_RESERVE)
        | (1ULL << AepParser::K_PRIORITY)
        | (1ULL << AepParser::K_SHRINK)
        | (1ULL << AepParser::K_MESSAGES)
        | (1ULL << AepParser::K_EXAMPLE)
        | (1ULL << AepParser::K_DATA)
        | (1ULL << AepParser::K_ASSERT)
        | (1ULL << AepParser::K_ASSERT_SET)
        | (1ULL << AepParser::K_METRIC)
        | (1ULL << AepParser::K_SLICE)
        | (1ULL << AepParser::K_BY)
        | (1ULL << AepParser::K_GATE)
        | (1ULL << AepParser::K_VERSION)
        | (1ULL << AepParser::K_OWNER)
        | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
        | (1ULL << (AepParser::K_FINAL - 64))
        | (1ULL << (AepParser::K_REQUIRED - 64))
        | (1ULL << (AepParser::LBRACE - 64))
        | (1ULL << (AepParser::LPAREN - 64))
        | (1ULL << (AepParser::LBRACK - 64))
        | (1ULL << (AepParser::MINUS - 64))
        | (1ULL << (AepParser::FLOAT - 64))
        | (1ULL << (AepParser::INT - 64))
        | (1ULL << (AepParser::RAW_TRIPLE - 64))
        | (1ULL << (AepParser::RAW_HASH - 64))
        | (1ULL << (AepParser::RAW_STRING - 64))
        | (1ULL << (AepParser::TSTR_OPEN - 64))
        | (1ULL << (AepParser::STR_OPEN - 64))
        | (1ULL << (AepParser::ID - 64))
        | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0)) {
        setState(908);
        args();
      }
      setState(911);
      match(AepParser::RPAREN);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- QualifiedNameContext ------------------------------------------------------------------

AepParser::QualifiedNameContext::QualifiedNameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<AepParser::NameContext *> AepParser::QualifiedNameContext::name() {
  return getRuleContexts<AepParser::NameContext>();
}

AepParser::NameContext* AepParser::QualifiedNameContext::name(size_t i) {
  return getRuleContext<AepParser::NameContext>(i);
}

std::vector<tree::TerminalNode *> AepParser::QualifiedNameContext::DOT() {
  return getTokens(AepParser::DOT);
}

tree::TerminalNode* AepParser::QualifiedNameContext::DOT(size_t i) {
  return getToken(AepParser::DOT, i);
}


size_t AepParser::QualifiedNameContext::getRuleIndex() const {
  return AepParser::RuleQualifiedName;
}


AepParser::QualifiedNameContext* AepParser::qualifiedName() {
  QualifiedNameContext *_localctx = _tracker.createInstance<QualifiedNameContext>(_ctx, getState());
  enterRule(_localctx, 130, AepParser::RuleQualifiedName);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(914);
    name();
    setState(919);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 118, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(915);
        match(AepParser::DOT);
        setState(916);
        name();
      }
      setState(921);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 118, _ctx);
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- NameContext ------------------------------------------------------------------

AepParser::NameContext::NameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* AepParser::NameContext::ID() {
  return getToken(AepParser::ID, 0);
}

tree::TerminalNode* AepParser::NameContext::QUOTED_ID() {
  return getToken(AepParser::QUOTED_ID, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TYPE() {
  return getToken(AepParser::K_TYPE, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TOOL() {
  return getToken(AepParser::K_TOOL, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TOOLS() {
  return getToken(AepParser::K_TOOLS, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TOOL_CHOICE() {
  return getToken(AepParser::K_TOOL_CHOICE, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TEST() {
  return getToken(AepParser::K_TEST, 0);
}

tree::TerminalNode* AepParser::NameContext::K_EVAL() {
  return getToken(AepParser::K_EVAL, 0);
}

tree::TerminalNode* AepParser::NameContext::K_INPUT() {
  return getToken(AepParser::K_INPUT, 0);
}

tree::TerminalNode* AepParser::NameContext::K_OUTPUT() {
  return getToken(AepParser::K_OUTPUT, 0);
}

tree::TerminalNode* AepParser::NameContext::K_SYSTEM() {
  return getToken(AepParser::K_SYSTEM, 0);
}

tree::TerminalNode* AepParser::NameContext::K_DEVELOPER() {
  return getToken(AepParser::K_DEVELOPER, 0);
}

tree::TerminalNode* AepParser::NameContext::K_USER() {
  return getToken(AepParser::K_USER, 0);
}

tree::TerminalNode* AepParser::NameContext::K_ASSISTANT() {
  return getToken(AepParser::K_ASSISTANT, 0);
}

tree::TerminalNode* AepParser::NameContext::K_CONFIG() {
  return getToken(AepParser::K_CONFIG, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TARGET() {
  return getToken(AepParser::K_TARGET, 0);
}

tree::TerminalNode* AepParser::NameContext::K_BUDGET() {
  return getToken(AepParser::K_BUDGET, 0);
}

tree::TerminalNode* AepParser::NameContext::K_TOKENS() {
  return getToken(AepParser::K_TOKENS, 0);
}

tree::TerminalNode* AepParser::NameContext::K_RESERVE() {
  return getToken(AepParser::K_RESERVE, 0);
}

tree::TerminalNode* AepParser::NameContext::K_PRIORITY() {
  return getToken(AepParser::K_PRIORITY, 0);
}

tree::TerminalNode* AepParser::NameContext::K_SHRINK() {
  return getToken(AepParser::K_SHRINK, 0);
}

tree::TerminalNode* AepParser::NameContext::K_MESSAGES() {
  return getToken(AepParser::K_MESSAGES, 0);
}

tree::TerminalNode* AepParser::NameContext::K_EXAMPLE() {
  return getToken(AepParser::K_EXAMPLE, 0);
}

tree::TerminalNode* AepParser::NameContext::K_DATA() {
  return getToken(AepParser::K_DATA, 0);
}

tree::TerminalNode* AepParser::NameContext::K_ASSERT() {
  return getToken(AepParser::K_ASSERT, 0);
}

tree::TerminalNode* AepParser::NameContext::K_ASSERT_SET() {
  return getToken(AepParser::K_ASSERT_SET, 0);
}

tree::TerminalNode* AepParser::NameContext::K_METRIC() {
  return getToken(AepParser::K_METRIC, 0);
}

tree::TerminalNode* AepParser::NameContext::K_SLICE() {
  return getToken(AepParser::K_SLICE, 0);
}

tree::TerminalNode* AepParser::NameContext::K_BY() {
  return getToken(AepParser::K_BY, 0);
}

tree::TerminalNode* AepParser::NameContext::K_GATE() {
  return getToken(AepParser::K_GATE, 0);
}

tree::TerminalNode* AepParser::NameContext::K_VERSION() {
  return getToken(AepParser::K_VERSION, 0);
}

tree::TerminalNode* AepParser::NameContext::K_OWNER() {
  return getToken(AepParser::K_OWNER, 0);
}

tree::TerminalNode* AepParser::NameContext::K_DESCRIPTION() {
  return getToken(AepParser::K_DESCRIPTION, 0);
}

tree::TerminalNode* AepParser::NameContext::K_ABSTRACT() {
  return getToken(AepParser::K_ABSTRACT, 0);
}

tree::TerminalNode* AepParser::NameContext::K_FINAL() {
  return getToken(AepParser::K_FINAL, 0);
}

tree::TerminalNode* AepParser::NameContext::K_REQUIRED() {
  return getToken(AepParser::K_REQUIRED, 0);
}


size_t AepParser::NameContext::getRuleIndex() const {
  return AepParser::RuleName;
}


AepParser::NameContext* AepParser::name() {
  NameContext *_localctx = _tracker.createInstance<NameContext>(_ctx, getState());
  enterRule(_localctx, 132, AepParser::RuleName);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(922);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << AepParser::K_TYPE)
      | (1ULL << AepParser::K_TOOL)
      | (1ULL << AepParser::K_TOOLS)
      | (1ULL << AepParser::K_TOOL_CHOICE)
      | (1ULL << AepParser::K_TEST)
      | (1ULL << AepParser::K_EVAL)
      | (1ULL << AepParser::K_INPUT)
      | (1ULL << AepParser::K_OUTPUT)
      | (1ULL << AepParser::K_SYSTEM)
      | (1ULL << AepParser::K_DEVELOPER)
      | (1ULL << AepParser::K_USER)
      | (1ULL << AepParser::K_ASSISTANT)
      | (1ULL << AepParser::K_CONFIG)
      | (1ULL << AepParser::K_TARGET)
      | (1ULL << AepParser::K_BUDGET)
      | (1ULL << AepParser::K_TOKENS)
      | (1ULL << AepParser::K_RESERVE)
      | (1ULL << AepParser::K_PRIORITY)
      | (1ULL << AepParser::K_SHRINK)
      | (1ULL << AepParser::K_MESSAGES)
      | (1ULL << AepParser::K_EXAMPLE)
      | (1ULL << AepParser::K_DATA)
      | (1ULL << AepParser::K_ASSERT)
      | (1ULL << AepParser::K_ASSERT_SET)
      | (1ULL << AepParser::K_METRIC)
      | (1ULL << AepParser::K_SLICE)
      | (1ULL << AepParser::K_BY)
      | (1ULL << AepParser::K_GATE)
      | (1ULL << AepParser::K_VERSION)
      | (1ULL << AepParser::K_OWNER)
      | (1ULL << AepParser::K_DESCRIPTION))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (AepParser::K_ABSTRACT - 64))
      | (1ULL << (AepParser::K_FINAL - 64))
      | (1ULL << (AepParser::K_REQUIRED - 64))
      | (1ULL << (AepParser::ID - 64))
      | (1ULL << (AepParser::QUOTED_ID - 64)))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }

  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

// Static vars and initialization.
std::vector<dfa::DFA> AepParser::_decisionToDFA;
atn::PredictionContextCache AepParser::_sharedContextCache;

// We own the ATN which in turn owns the ATN states.
atn::ATN AepParser::_atn;
std::vector<uint16_t> AepParser::_serializedATN;

std::vector<std::string> AepParser::_ruleNames = {
  "file", "moduleHeader", "topItem", "metadataEntry", "importDecl", "importItem",
  "enumDecl", "enumMember", "typeDecl", "recordBody", "field", "typeExpr",
  "toolDecl", "params", "fragmentDecl", "mixinDecl", "promptDecl", "promptModifier",
  "promptBody", "promptMember", "inputDecl", "outputDecl", "toolsDecl",
  "toolChoiceDecl", "configBlock", "targetBlock", "configEntry", "budgetDecl",
  "messageBlock", "messagesSplice", "exampleDecl", "exampleItem", "block",
  "item", "sectionDecl", "sectionModifier", "sectionBudget", "ifBlock",
  "elseIf", "elseBlock", "forBlock", "useItem", "superItem", "testDecl",
  "testItem", "assertStmt", "assertSet", "assertSetItem", "evalDecl", "evalItem",
  "annotation", "args", "arg", "expr", "binaryOp", "unaryExpr", "postfixOp",
  "primary", "listLit", "objectLit", "objectEntry", "stringLit", "strPart",
  "interpolation", "filter", "qualifiedName", "name"
};

std::vector<std::string> AepParser::_literalNames = {
  "", "", "", "", "", "", "", "'module'", "'import'", "'as'", "'prompt'",
  "'fragment'", "'mixin'", "'enum'", "'extends'", "'with'", "'section'",
  "'override'", "'append'", "'prepend'", "'remove'", "'super'", "'use'",
  "'if'", "'else'", "'for'", "", "", "", "", "", "", "", "'type'", "'tool'",
  "'tools'", "'tool_choice'", "'test'", "'eval'", "'input'", "'output'",
  "'system'", "'developer'", "'user'", "'assistant'", "'config'", "'target'",
  "'budget'", "'tokens'", "'reserve'", "'priority'", "'shrink'", "'messages'",
  "'example'", "'data'", "'assert'", "'assert_set'", "'metric'", "'slice'",
  "'by'", "'gate'", "'version'", "'owner'", "'description'", "'abstract'",
  "'final'", "'required'", "'{{'", "'{'", "'}'", "", "", "", "", "", "",
  "';'", "", "'->'", "", "", "", "", "", "", "'='", "'?'", "", "", "", "",
  "", "", "", "", "", "", "", "", "", "", "", "", "", "'}}'"
};

std::vector<std::string> AepParser::_symbolicNames = {
  "", "UNTERMINATED", "LINE_END", "DOC_COMMENT", "LINE_COMMENT", "BLOCK_COMMENT",
  "WS", "K_MODULE", "K_IMPORT", "K_AS", "K_PROMPT", "K_FRAGMENT", "K_MIXIN",
  "K_ENUM", "K_EXTENDS", "K_WITH", "K_SECTION", "K_OVERRIDE", "K_APPEND",
  "K_PREPEND", "K_REMOVE", "K_SUPER", "K_USE", "K_IF", "K_ELSE", "K_FOR",
  "K_IN", "K_TRUE", "K_FALSE", "K_NULL", "K_AND", "K_OR", "K_NOT", "K_TYPE",
  "K_TOOL", "K_TOOLS", "K_TOOL_CHOICE", "K_TEST", "K_EVAL", "K_INPUT", "K_OUTPUT",
  "K_SYSTEM", "K_DEVELOPER", "K_USER", "K_ASSISTANT", "K_CONFIG", "K_TARGET",
  "K_BUDGET", "K_TOKENS", "K_RESERVE", "K_PRIORITY", "K_SHRINK", "K_MESSAGES",
  "K_EXAMPLE", "K_DATA", "K_ASSERT", "K_ASSERT_SET", "K_METRIC", "K_SLICE",
  "K_BY", "K_GATE", "K_VERSION", "K_OWNER", "K_DESCRIPTION", "K_ABSTRACT",
  "K_FINAL", "K_REQUIRED", "INTERP_OPEN", "LBRACE", "RBRACE", "LPAREN",
  "RPAREN", "LBRACK", "RBRACK", "COMMA", "COLON", "SEMI", "DOT", "ARROW",
  "EQ", "NE", "LE", "GE", "LT", "GT", "ASSIGN", "QUESTION", "MINUS", "PIPE",
  "ANNOTATION", "FLOAT", "INT", "RAW_TRIPLE", "RAW_HASH", "RAW_STRING",
  "TSTR_OPEN", "STR_OPEN", "ID", "QUOTED_ID", "BAD_CHAR", "STR_CLOSE", "STR_TEXT",
  "STR_ESCAPE", "TSTR_CLOSE", "INTERP_CLOSE", "T_WS"
};

dfa::Vocabulary AepParser::_vocabulary(_literalNames, _symbolicNames);

std::vector<std::string> AepParser::_tokenNames;

AepParser::Initializer::Initializer() {
	for (size_t i = 0; i < _symbolicNames.size(); ++i) {
		std::string name = _vocabulary.getLiteralName(i);
		if (name.empty()) {
			name = _vocabulary.getSymbolicName(i);
		}

		if (name.empty()) {
			_tokenNames.push_back("<INVALID>");
		} else {
      _tokenNames.push_back(name);
    }
	}

  _serializedATN = {
    0x3, 0x608b, 0xa72a, 0x8133, 0xb9ed, 0x417c, 0x3be7, 0x7786, 0x5964,
    0x3, 0x6b, 0x39f, 0x4, 0x2, 0x9, 0x2, 0x4, 0x3, 0x9, 0x3, 0x4, 0x4,
    0x9, 0x4, 0x4, 0x5, 0x9, 0x5, 0x4, 0x6, 0x9, 0x6, 0x4, 0x7, 0x9, 0x7,
    0x4, 0x8, 0x9, 0x8, 0x4, 0x9, 0x9, 0x9, 0x4, 0xa, 0x9, 0xa, 0x4, 0xb,
    0x9, 0xb, 0x4, 0xc, 0x9, 0xc, 0x4, 0xd, 0x9, 0xd, 0x4, 0xe, 0x9, 0xe,
    0x4, 0xf, 0x9, 0xf, 0x4, 0x10, 0x9, 0x10, 0x4, 0x11, 0x9, 0x11, 0x4,
    0x12, 0x9, 0x12, 0x4, 0x13, 0x9, 0x13, 0x4, 0x14, 0x9, 0x14, 0x4, 0x15,
    0x9, 0x15, 0x4, 0x16, 0x9, 0x16, 0x4, 0x17, 0x9, 0x17, 0x4, 0x18, 0x9,
    0x18, 0x4, 0x19, 0x9, 0x19, 0x4, 0x1a, 0x9, 0x1a, 0x4, 0x1b, 0x9, 0x1b,
    0x4, 0x1c, 0x9, 0x1c, 0x4, 0x1d, 0x9, 0x1d, 0x4, 0x1e, 0x9, 0x1e, 0x4,
    0x1f, 0x9, 0x1f, 0x4, 0x20, 0x9, 0x20, 0x4, 0x21, 0x9, 0x21, 0x4, 0x22,
    0x9, 0x22, 0x4, 0x23, 0x9, 0x23, 0x4, 0x24, 0x9, 0x24, 0x4, 0x25, 0x9,
    0x25, 0x4, 0x26, 0x9, 0x26, 0x4, 0x27, 0x9, 0x27, 0x4, 0x28, 0x9, 0x28,
    0x4, 0x29, 0x9, 0x29, 0x4, 0x2a, 0x9, 0x2a, 0x4, 0x2b, 0x9, 0x2b, 0x4,
    0x2c, 0x9, 0x2c, 0x4, 0x2d, 0x9, 0x2d, 0x4, 0x2e, 0x9, 0x2e, 0x4, 0x2f,
    0x9, 0x2f, 0x4, 0x30, 0x9, 0x30, 0x4, 0x31, 0x9, 0x31, 0x4, 0x32, 0x9,
    0x32, 0x4, 0x33, 0x9, 0x33, 0x4, 0x34, 0x9, 0x34, 0x4, 0x35, 0x9, 0x35,
    0x4, 0x36, 0x9, 0x36, 0x4, 0x37, 0x9, 0x37, 0x4, 0x38, 0x9, 0x38, 0x4,
    0x39, 0x9, 0x39, 0x4, 0x3a, 0x9, 0x3a, 0x4, 0x3b, 0x9, 0x3b, 0x4, 0x3c,
    0x9, 0x3c, 0x4, 0x3d, 0x9, 0x3d, 0x4, 0x3e, 0x9, 0x3e, 0x4, 0x3f, 0x9,
    0x3f, 0x4, 0x40, 0x9, 0x40, 0x4, 0x41, 0x9, 0x41, 0x4, 0x42, 0x9, 0x42,
    0x4, 0x43, 0x9, 0x43, 0x4, 0x44, 0x9, 0x44, 0x3, 0x2, 0x5, 0x2, 0x8a,
    0xa, 0x2, 0x3, 0x2, 0x7, 0x2, 0x8d, 0xa, 0x2, 0xc, 0x2, 0xe, 0x2, 0x90,
    0xb, 0x2, 0x3, 0x2, 0x3, 0x2, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x4,
    0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4,
    0x3, 0x4, 0x3, 0x4, 0x5, 0x4, 0xa1, 0xa, 0x4, 0x3, 0x5, 0x3, 0x5, 0x3,
    0x5, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3,
    0x6, 0x7, 0x6, 0xad, 0xa, 0x6, 0xc, 0x6, 0xe, 0x6, 0xb0, 0xb, 0x6, 0x3,
    0x6, 0x5, 0x6, 0xb3, 0xa, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6,
    0x5, 0x6, 0xb9, 0xa, 0x6, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 0x7, 0xbe,
    0xa, 0x7, 0x3, 0x8, 0x3, 0x8, 0x5, 0x8, 0xc2, 0xa, 0x8, 0x3, 0x8, 0x7,
    0x8, 0xc5, 0xa, 0x8, 0xc, 0x8, 0xe, 0x8, 0xc8, 0xb, 0x8, 0x3, 0x8, 0x3,
    0x8, 0x3, 0x8, 0x5, 0x8, 0xcd, 0xa, 0x8, 0x7, 0x8, 0xcf, 0xa, 0x8, 0xc,
    0x8, 0xe, 0x8, 0xd2, 0xb, 0x8, 0x3, 0x8, 0x3, 0x8, 0x3, 0x9, 0x3, 0x9,
    0x7, 0x9, 0xd8, 0xa, 0x9, 0xc, 0x9, 0xe, 0x9, 0xdb, 0xb, 0x9, 0x3, 0xa,
    0x3, 0xa, 0x5, 0xa, 0xdf, 0xa, 0xa, 0x3, 0xa, 0x7, 0xa, 0xe2, 0xa, 0xa,
    0xc, 0xa, 0xe, 0xa, 0xe5, 0xb, 0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5,
    0xa, 0xea, 0xa, 0xa, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x5, 0xb, 0xef, 0xa,
    0xb, 0x7, 0xb, 0xf1, 0xa, 0xb, 0xc, 0xb, 0xe, 0xb, 0xf4, 0xb, 0xb, 0x3,
    0xb, 0x3, 0xb, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x5,
    0xc, 0xfd, 0xa, 0xc, 0x3, 0xc, 0x7, 0xc, 0x100, 0xa, 0xc, 0xc, 0xc,
    0xe, 0xc, 0x103, 0xb, 0xc, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3,
    0xd, 0x7, 0xd, 0x10a, 0xa, 0xd, 0xc, 0xd, 0xe, 0xd, 0x10d, 0xb, 0xd,
    0x3, 0xd, 0x3, 0xd, 0x5, 0xd, 0x111, 0xa, 0xd, 0x3, 0xd, 0x5, 0xd, 0x114,
    0xa, 0xd, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x5, 0xe, 0x11a, 0xa,
    0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x5, 0xe, 0x11f, 0xa, 0xe, 0x3, 0xe,
    0x5, 0xe, 0x122, 0xa, 0xe, 0x3, 0xe, 0x7, 0xe, 0x125, 0xa, 0xe, 0xc,
    0xe, 0xe, 0xe, 0x128, 0xb, 0xe, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x7, 0xf,
    0x12d, 0xa, 0xf, 0xc, 0xf, 0xe, 0xf, 0x130, 0xb, 0xf, 0x3, 0xf, 0x5,
    0xf, 0x133, 0xa, 0xf, 0x3, 0x10, 0x3, 0x10, 0x5, 0x10, 0x137, 0xa, 0x10,
    0x3, 0x10, 0x3, 0x10, 0x5, 0x10, 0x13b, 0xa, 0x10, 0x3, 0x10, 0x5, 0x10,
    0x13e, 0xa, 0x10, 0x3, 0x10, 0x7, 0x10, 0x141, 0xa, 0x10, 0xc, 0x10,
    0xe, 0x10, 0x144, 0xb, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x11, 0x3, 0x11,
    0x5, 0x11, 0x14a, 0xa, 0x11, 0x3, 0x11, 0x7, 0x11, 0x14d, 0xa, 0x11,
    0xc, 0x11, 0xe, 0x11, 0x150, 0xb, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x12,
    0x7, 0x12, 0x155, 0xa, 0x12, 0xc, 0x12, 0xe, 0x12, 0x158, 0xb, 0x12,
    0x3, 0x12, 0x3, 0x12, 0x5, 0x12, 0x15c, 0xa, 0x12, 0x3, 0x12, 0x3, 0x12,
    0x3, 0x12, 0x3, 0x12, 0x7, 0x12, 0x162, 0xa, 0x12, 0xc, 0x12, 0xe, 0x12,
    0x165, 0xb, 0x12, 0x5, 0x12, 0x167, 0xa, 0x12, 0x3, 0x12, 0x3, 0x12,
    0x3, 0x12, 0x3, 0x12, 0x7, 0x12, 0x16d, 0xa, 0x12, 0xc, 0x12, 0xe, 0x12,
    0x170, 0xb, 0x12, 0x5, 0x12, 0x172, 0xa, 0x12, 0x3, 0x12, 0x7, 0x12,
    0x175, 0xa, 0x12, 0xc, 0x12, 0xe, 0x12, 0x178, 0xb, 0x12, 0x3, 0x12,
    0x3, 0x12, 0x3, 0x13, 0x3, 0x13, 0x3, 0x14, 0x3, 0x14, 0x7, 0x14, 0x180,
    0xa, 0x14, 0xc, 0x14, 0xe, 0x14, 0x183, 0xb, 0x14, 0x3, 0x14, 0x3, 0x14,
    0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3,
    0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x5, 0x15,
    0x193, 0xa, 0x15, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16,
    0x3, 0x16, 0x5, 0x16, 0x19b, 0xa, 0x16, 0x3, 0x16, 0x7, 0x16, 0x19e,
    0xa, 0x16, 0xc, 0x16, 0xe, 0x16, 0x1a1, 0xb, 0x16, 0x3, 0x17, 0x3, 0x17,
    0x3, 0x17, 0x5, 0x17, 0x1a6, 0xa, 0x17, 0x3, 0x17, 0x7, 0x17, 0x1a9,
    0xa, 0x17, 0xc, 0x17, 0xe, 0x17, 0x1ac, 0xb, 0x17, 0x3, 0x18, 0x3, 0x18,
    0x5, 0x18, 0x1b0, 0xa, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x5, 0x18,
    0x1b5, 0xa, 0x18, 0x7, 0x18, 0x1b7, 0xa, 0x18, 0xc, 0x18, 0xe, 0x18,
    0x1ba, 0xb, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19,
    0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x5, 0x1a, 0x1c5, 0xa, 0x1a,
    0x7, 0x1a, 0x1c7, 0xa, 0x1a, 0xc, 0x1a, 0xe, 0x1a, 0x1ca, 0xb, 0x1a,
    0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1b, 0x3, 0x1b, 0x3, 0x1b, 0x3, 0x1b, 0x3,
    0x1b, 0x5, 0x1b, 0x1d3, 0xa, 0x1b, 0x7, 0x1b, 0x1d5, 0xa, 0x1b, 0xc,
    0x1b, 0xe, 0x1b, 0x1d8, 0xb, 0x1b, 0x3, 0x1b, 0x3, 0x1b, 0x3, 0x1c,
    0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3,
    0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x1e6, 0xa, 0x1d, 0x3, 0x1d,
    0x3, 0x1d, 0x5, 0x1d, 0x1ea, 0xa, 0x1d, 0x3, 0x1e, 0x3, 0x1e, 0x7, 0x1e,
    0x1ee, 0xa, 0x1e, 0xc, 0x1e, 0xe, 0x1e, 0x1f1, 0xb, 0x1e, 0x3, 0x1e,
    0x3, 0x1e, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x7, 0x1f, 0x1f8, 0xa, 0x1f,
    0xc, 0x1f, 0xe, 0x1f, 0x1fb, 0xb, 0x1f, 0x3, 0x1f, 0x7, 0x1f, 0x1fe,
    0xa, 0x1f, 0xc, 0x1f, 0xe, 0x1f, 0x201, 0xb, 0x1f, 0x3, 0x20, 0x3, 0x20,
    0x5, 0x20, 0x205, 0xa, 0x20, 0x3, 0x20, 0x7, 0x20, 0x208, 0xa, 0x20,
    0xc, 0x20, 0xe, 0x20, 0x20b, 0xb, 0x20, 0x3, 0x20, 0x3, 0x20, 0x7, 0x20,
    0x20f, 0xa, 0x20, 0xc, 0x20, 0xe, 0x20, 0x212, 0xb, 0x20, 0x3, 0x20,
    0x3, 0x20, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x5,
    0x21, 0x21b, 0xa, 0x21, 0x3, 0x22, 0x3, 0x22, 0x7, 0x22, 0x21f, 0xa,
    0x22, 0xc, 0x22, 0xe, 0x22, 0x222, 0xb, 0x22, 0x3, 0x22, 0x3, 0x22,
    0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3,
    0x23, 0x5, 0x23, 0x22d, 0xa, 0x23, 0x3, 0x24, 0x6, 0x24, 0x230, 0xa,
    0x24, 0xd, 0x24, 0xe, 0x24, 0x231, 0x3, 0x24, 0x5, 0x24, 0x235, 0xa,
    0x24, 0x3, 0x24, 0x5, 0x24, 0x238, 0xa, 0x24, 0x3, 0x24, 0x5, 0x24,
    0x23b, 0xa, 0x24, 0x3, 0x24, 0x7, 0x24, 0x23e, 0xa, 0x24, 0xc, 0x24,
    0xe, 0x24, 0x241, 0xb, 0x24, 0x3, 0x24, 0x7, 0x24, 0x244, 0xa, 0x24,
    0xc, 0x24, 0xe, 0x24, 0x247, 0xb, 0x24, 0x3, 0x24, 0x5, 0x24, 0x24a,
    0xa, 0x24, 0x3, 0x25, 0x3, 0x25, 0x3, 0x26, 0x3, 0x26, 0x3, 0x26, 0x3,
    0x26, 0x5, 0x26, 0x252, 0xa, 0x26, 0x3, 0x27, 0x3, 0x27, 0x3, 0x27,
    0x3, 0x27, 0x7, 0x27, 0x258, 0xa, 0x27, 0xc, 0x27, 0xe, 0x27, 0x25b,
    0xb, 0x27, 0x3, 0x27, 0x5, 0x27, 0x25e, 0xa, 0x27, 0x3, 0x28, 0x3, 0x28,
    0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 0x29, 0x3, 0x29, 0x3, 0x29, 0x3,
    0x2a, 0x3, 0x2a, 0x3, 0x2a, 0x3, 0x2a, 0x5, 0x2a, 0x26c, 0xa, 0x2a,
    0x3, 0x2a, 0x3, 0x2a, 0x3, 0x2a, 0x3, 0x2a, 0x3, 0x2b, 0x3, 0x2b, 0x3,
    0x2b, 0x3, 0x2b, 0x5, 0x2b, 0x276, 0xa, 0x2b, 0x3, 0x2b, 0x5, 0x2b,
    0x279, 0xa, 0x2b, 0x3, 0x2c, 0x3, 0x2c, 0x3, 0x2d, 0x3, 0x2d, 0x5, 0x2d,
    0x27f, 0xa, 0x2d, 0x3, 0x2d, 0x3, 0x2d, 0x3, 0x2d, 0x7, 0x2d, 0x284,
    0xa, 0x2d, 0xc, 0x2d, 0xe, 0x2d, 0x287, 0xb, 0x2d, 0x3, 0x2d, 0x3, 0x2d,
    0x7, 0x2d, 0x28b, 0xa, 0x2d, 0xc, 0x2d, 0xe, 0x2d, 0x28e, 0xb, 0x2d,
    0x3, 0x2d, 0x3, 0x2d, 0x3, 0x2e, 0x3, 0x2e, 0x3, 0x2e, 0x3, 0x2e, 0x3,
    0x2e, 0x3, 0x2e, 0x5, 0x2e, 0x298, 0xa, 0x2e, 0x3, 0x2f, 0x3, 0x2f,
    0x3, 0x2f, 0x7, 0x2f, 0x29d, 0xa, 0x2f, 0xc, 0x2f, 0xe, 0x2f, 0x2a0,
    0xb, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x5, 0x2f, 0x2a4, 0xa, 0x2f, 0x3, 0x30,
    0x3, 0x30, 0x5, 0x30, 0x2a8, 0xa, 0x30, 0x3, 0x30, 0x7, 0x30, 0x2ab,
    0xa, 0x30, 0xc, 0x30, 0xe, 0x30, 0x2ae, 0xb, 0x30, 0x3, 0x30, 0x3, 0x30,
    0x7, 0x30, 0x2b2, 0xa, 0x30, 0xc, 0x30, 0xe, 0x30, 0x2b5, 0xb, 0x30,
    0x3, 0x30, 0x3, 0x30, 0x3, 0x31, 0x3, 0x31, 0x5, 0x31, 0x2bb, 0xa, 0x31,
    0x3, 0x32, 0x3, 0x32, 0x5, 0x32, 0x2bf, 0xa, 0x32, 0x3, 0x32, 0x3, 0x32,
    0x3, 0x32, 0x7, 0x32, 0x2c4, 0xa, 0x32, 0xc, 0x32, 0xe, 0x32, 0x2c7,
    0xb, 0x32, 0x3, 0x32, 0x3, 0x32, 0x7, 0x32, 0x2cb, 0xa, 0x32, 0xc, 0x32,
    0xe, 0x32, 0x2ce, 0xb, 0x32, 0x3, 0x32, 0x3, 0x32, 0x3, 0x33, 0x3, 0x33,
    0x3, 0x33, 0x7, 0x33, 0x2d5, 0xa, 0x33, 0xc, 0x33, 0xe, 0x33, 0x2d8,
    0xb, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3,
    0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33,
    0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x5, 0x33, 0x2ea, 0xa, 0x33,
    0x3, 0x34, 0x3, 0x34, 0x3, 0x34, 0x5, 0x34, 0x2ef, 0xa, 0x34, 0x3, 0x34,
    0x5, 0x34, 0x2f2, 0xa, 0x34, 0x3, 0x35, 0x3, 0x35, 0x3, 0x35, 0x7, 0x35,
    0x2f7, 0xa, 0x35, 0xc, 0x35, 0xe, 0x35, 0x2fa, 0xb, 0x35, 0x3, 0x35,
    0x5, 0x35, 0x2fd, 0xa, 0x35, 0x3, 0x36, 0x3, 0x36, 0x3, 0x36, 0x5, 0x36,
    0x302, 0xa, 0x36, 0x3, 0x36, 0x3, 0x36, 0x3, 0x37, 0x3, 0x37, 0x3, 0x37,
    0x3, 0x37, 0x7, 0x37, 0x30a, 0xa, 0x37, 0xc, 0x37, 0xe, 0x37, 0x30d,
    0xb, 0x37, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3,
    0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x5, 0x38,
    0x31a, 0xa, 0x38, 0x3, 0x39, 0x7, 0x39, 0x31d, 0xa, 0x39, 0xc, 0x39,
    0xe, 0x39, 0x320, 0xb, 0x39, 0x3, 0x39, 0x3, 0x39, 0x7, 0x39, 0x324,
    0xa, 0x39, 0xc, 0x39, 0xe, 0x39, 0x327, 0xb, 0x39, 0x3, 0x3a, 0x3, 0x3a,
    0x3, 0x3a, 0x3, 0x3a, 0x5, 0x3a, 0x32d, 0xa, 0x3a, 0x3, 0x3a, 0x3, 0x3a,
    0x3, 0x3a, 0x3, 0x3a, 0x3, 0x3a, 0x5, 0x3a, 0x334, 0xa, 0x3a, 0x3, 0x3b,
    0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3,
    0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x5, 0x3b,
    0x343, 0xa, 0x3b, 0x3, 0x3c, 0x3, 0x3c, 0x3, 0x3c, 0x3, 0x3c, 0x7, 0x3c,
    0x349, 0xa, 0x3c, 0xc, 0x3c, 0xe, 0x3c, 0x34c, 0xb, 0x3c, 0x3, 0x3c,
    0x5, 0x3c, 0x34f, 0xa, 0x3c, 0x5, 0x3c, 0x351, 0xa, 0x3c, 0x3, 0x3c,
    0x3, 0x3c, 0x3, 0x3d, 0x3, 0x3d, 0x3, 0x3d, 0x5, 0x3d, 0x358, 0xa, 0x3d,
    0x7, 0x3d, 0x35a, 0xa, 0x3d, 0xc, 0x3d, 0xe, 0x3d, 0x35d, 0xb, 0x3d,
    0x3, 0x3d, 0x3, 0x3d, 0x3, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 0x363, 0xa, 0x3e,
    0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3f, 0x3, 0x3f, 0x7, 0x3f, 0x36a,
    0xa, 0x3f, 0xc, 0x3f, 0xe, 0x3f, 0x36d, 0xb, 0x3f, 0x3, 0x3f, 0x3, 0x3f,
    0x3, 0x3f, 0x7, 0x3f, 0x372, 0xa, 0x3f, 0xc, 0x3f, 0xe, 0x3f, 0x375,
    0xb, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 0x5, 0x3f, 0x37b,
    0xa, 0x3f, 0x3, 0x40, 0x3, 0x40, 0x3, 0x40, 0x5, 0x40, 0x380, 0xa, 0x40,
    0x3, 0x41, 0x3, 0x41, 0x3, 0x41, 0x7, 0x41, 0x385, 0xa, 0x41, 0xc, 0x41,
    0xe, 0x41, 0x388, 0xb, 0x41, 0x3, 0x41, 0x3, 0x41, 0x3, 0x42, 0x3, 0x42,
    0x3, 0x42, 0x3, 0x42, 0x5, 0x42, 0x390, 0xa, 0x42, 0x3, 0x42, 0x5, 0x42,
    0x393, 0xa, 0x42, 0x3, 0x43, 0x3, 0x43, 0x3, 0x43, 0x7, 0x43, 0x398,
    0xa, 0x43, 0xc, 0x43, 0xe, 0x43, 0x39b, 0xb, 0x43, 0x3, 0x44, 0x3, 0x44,
    0x3, 0x44, 0x2, 0x2, 0x45, 0x2, 0x4, 0x6, 0x8, 0xa, 0xc, 0xe, 0x10,
    0x12, 0x14, 0x16, 0x18, 0x1a, 0x1c, 0x1e, 0x20, 0x22, 0x24, 0x26, 0x28,
    0x2a, 0x2c, 0x2e, 0x30, 0x32, 0x34, 0x36, 0x38, 0x3a, 0x3c, 0x3e, 0x40,
    0x42, 0x44, 0x46, 0x48, 0x4a, 0x4c, 0x4e, 0x50, 0x52, 0x54, 0x56, 0x58,
    0x5a, 0x5c, 0x5e, 0x60, 0x62, 0x64, 0x66, 0x68, 0x6a, 0x6c, 0x6e, 0x70,
    0x72, 0x74, 0x76, 0x78, 0x7a, 0x7c, 0x7e, 0x80, 0x82, 0x84, 0x86, 0x2,
    0xb, 0x3, 0x2, 0x3f, 0x41, 0x3, 0x2, 0x42, 0x43, 0x3, 0x2, 0x2b, 0x2e,
    0x4, 0x2, 0x13, 0x16, 0x43, 0x44, 0x4, 0x2, 0x22, 0x22, 0x59, 0x59,
    0x4, 0x2, 0x3, 0x3, 0x66, 0x66, 0x4, 0x2, 0x3, 0x3, 0x69, 0x69, 0x4,
    0x2, 0x3, 0x3, 0x6a, 0x6a, 0x4, 0x2, 0x23, 0x44, 0x63, 0x64, 0x2, 0x40a,
    0x2, 0x89, 0x3, 0x2, 0x2, 0x2, 0x4, 0x93, 0x3, 0x2, 0x2, 0x2, 0x6, 0xa0,
    0x3, 0x2, 0x2, 0x2, 0x8, 0xa2, 0x3, 0x2, 0x2, 0x2, 0xa, 0xa5, 0x3, 0x2,
    0x2, 0x2, 0xc, 0xba, 0x3, 0x2, 0x2, 0x2, 0xe, 0xbf, 0x3, 0x2, 0x2, 0x2,
    0x10, 0xd5, 0x3, 0x2, 0x2, 0x2, 0x12, 0xdc, 0x3, 0x2, 0x2, 0x2, 0x14,
    0xeb, 0x3, 0x2, 0x2, 0x2, 0x16, 0xf7, 0x3, 0x2, 0x2, 0x2, 0x18, 0x104,
    0x3, 0x2, 0x2, 0x2, 0x1a, 0x115, 0x3, 0x2, 0x2, 0x2, 0x1c, 0x129, 0x3,
    0x2, 0x2, 0x2, 0x1e, 0x134, 0x3, 0x2, 0x2, 0x2, 0x20, 0x147, 0x3, 0x2,
    0x2, 0x2, 0x22, 0x156, 0x3, 0x2, 0x2, 0x2, 0x24, 0x17b, 0x3, 0x2, 0x2,
    0x2, 0x26, 0x17d, 0x3, 0x2, 0x2, 0x2, 0x28, 0x192, 0x3, 0x2, 0x2, 0x2,
    0x2a, 0x194, 0x3, 0x2, 0x2, 0x2, 0x2c, 0x1a2, 0x3, 0x2, 0x2, 0x2, 0x2e,
    0x1ad, 0x3, 0x2, 0x2, 0x2, 0x30, 0x1bd, 0x3, 0x2, 0x2, 0x2, 0x32, 0x1c0,
    0x3, 0x2, 0x2, 0x2, 0x34, 0x1cd, 0x3, 0x2, 0x2, 0x2, 0x36, 0x1db, 0x3,
    0x2, 0x2, 0x2, 0x38, 0x1df, 0x3, 0x2, 0x2, 0x2, 0x3a, 0x1eb, 0x3, 0x2,
    0x2, 0x2, 0x3c, 0x1f4, 0x3, 0x2, 0x2, 0x2, 0x3e, 0x202, 0x3, 0x2, 0x2,
    0x2, 0x40, 0x21a, 0x3, 0x2, 0x2, 0x2, 0x42, 0x21c, 0x3, 0x2, 0x2, 0x2,
    0x44, 0x22c, 0x3, 0x2, 0x2, 0x2, 0x46, 0x237, 0x3, 0x2, 0x2, 0x2, 0x48,
    0x24b, 0x3, 0x2, 0x2, 0x2, 0x4a, 0x251, 0x3, 0x2, 0x2, 0x2, 0x4c, 0x253,
    0x3, 0x2, 0x2, 0x2, 0x4e, 0x25f, 0x3, 0x2, 0x2, 0x2, 0x50, 0x264, 0x3,
    0x2, 0x2, 0x2, 0x52, 0x267, 0x3, 0x2, 0x2, 0x2, 0x54, 0x271, 0x3, 0x2,
    0x2, 0x2, 0x56, 0x27a, 0x3, 0x2, 0x2, 0x2, 0x58, 0x27c, 0x3, 0x2, 0x2,
    0x2, 0x5a, 0x297, 0x3, 0x2, 0x2, 0x2, 0x5c, 0x299, 0x3, 0x2, 0x2, 0x2,
    0x5e, 0x2a5, 0x3, 0x2, 0x2, 0x2, 0x60, 0x2ba, 0x3, 0x2, 0x2, 0x2, 0x62,
    0x2bc, 0x3, 0x2, 0x2, 0x2, 0x64, 0x2e9, 0x3, 0x2, 0x2, 0x2, 0x66, 0x2eb,
    0x3, 0x2, 0x2, 0x2, 0x68, 0x2f3, 0x3, 0x2, 0x2, 0x2, 0x6a, 0x301, 0x3,
    0x2, 0x2, 0x2, 0x6c, 0x305, 0x3, 0x2, 0x2, 0x2, 0x6e, 0x319, 0x3, 0x2,
    0x2, 0x2, 0x70, 0x31e, 0x3, 0x2, 0x2, 0x2, 0x72, 0x333, 0x3, 0x2, 0x2,
    0x2, 0x74, 0x342, 0x3, 0x2, 0x2, 0x2, 0x76, 0x344, 0x3, 0x2, 0x2, 0x2,
    0x78, 0x354, 0x3, 0x2, 0x2, 0x2, 0x7a, 0x362, 0x3, 0x2, 0x2, 0x2, 0x7c,
    0x37a, 0x3, 0x2, 0x2, 0x2, 0x7e, 0x37f, 0x3, 0x2, 0x2, 0x2, 0x80, 0x381,
    0x3, 0x2, 0x2, 0x2, 0x82, 0x38b, 0x3, 0x2, 0x2, 0x2, 0x84, 0x394, 0x3,
    0x2, 0x2, 0x2, 0x86, 0x39c, 0x3, 0x2, 0x2, 0x2, 0x88, 0x8a, 0x5, 0x4,
    0x3, 0x2, 0x89, 0x88, 0x3, 0x2, 0x2, 0x2, 0x89, 0x8a, 0x3, 0x2, 0x2,
    0x2, 0x8a, 0x8e, 0x3, 0x2, 0x2, 0x2, 0x8b, 0x8d, 0x5, 0x6, 0x4, 0x2,
    0x8c, 0x8b, 0x3, 0x2, 0x2, 0x2, 0x8d, 0x90, 0x3, 0x2, 0x2, 0x2, 0x8e,
    0x8c, 0x3, 0x2, 0x2, 0x2, 0x8e, 0x8f, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x91,
    0x3, 0x2, 0x2, 0x2, 0x90, 0x8e, 0x3, 0x2, 0x2, 0x2, 0x91, 0x92, 0x7,
    0x2, 0x2, 0x3, 0x92, 0x3, 0x3, 0x2, 0x2, 0x2, 0x93, 0x94, 0x7, 0x9,
    0x2, 0x2, 0x94, 0x95, 0x5, 0x84, 0x43, 0x2, 0x95, 0x5, 0x3, 0x2, 0x2,
    0x2, 0x96, 0xa1, 0x5, 0x8, 0x5, 0x2, 0x97, 0xa1, 0x5, 0xa, 0x6, 0x2,
    0x98, 0xa1, 0x5, 0xe, 0x8, 0x2, 0x99, 0xa1, 0x5, 0x12, 0xa, 0x2, 0x9a,
    0xa1, 0x5, 0x1a, 0xe, 0x2, 0x9b, 0xa1, 0x5, 0x1e, 0x10, 0x2, 0x9c, 0xa1,
    0x5, 0x20, 0x11, 0x2, 0x9d, 0xa1, 0x5, 0x22, 0x12, 0x2, 0x9e, 0xa1,
    0x5, 0x58, 0x2d, 0x2, 0x9f, 0xa1, 0x5, 0x62, 0x32, 0x2, 0xa0, 0x96,
    0x3, 0x2, 0x2, 0x2, 0xa0, 0x97, 0x3, 0x2, 0x2, 0x2, 0xa0, 0x98, 0x3,
    0x2, 0x2, 0x2, 0xa0, 0x99, 0x3, 0x2, 0x2, 0x2, 0xa0, 0x9a, 0x3, 0x2,
    0x2, 0x2, 0xa0, 0x9b, 0x3, 0x2, 0x2, 0x2, 0xa0, 0x9c, 0x3, 0x2, 0x2,
    0x2, 0xa0, 0x9d, 0x3, 0x2, 0x2, 0x2, 0xa0, 0x9e, 0x3, 0x2, 0x2, 0x2,
    0xa0, 0x9f, 0x3, 0x2, 0x2, 0x2, 0xa1, 0x7, 0x3, 0x2, 0x2, 0x2, 0xa2,
    0xa3, 0x9, 0x2, 0x2, 0x2, 0xa3, 0xa4, 0x5, 0x7c, 0x3f, 0x2, 0xa4, 0x9,
    0x3, 0x2, 0x2, 0x2, 0xa5, 0xa6, 0x7, 0xa, 0x2, 0x2, 0xa6, 0xb8, 0x5,
    0x84, 0x43, 0x2, 0xa7, 0xa8, 0x7, 0x4f, 0x2, 0x2, 0xa8, 0xa9, 0x7, 0x46,
    0x2, 0x2, 0xa9, 0xae, 0x5, 0xc, 0x7, 0x2, 0xaa, 0xab, 0x7, 0x4c, 0x2,
    0x2, 0xab, 0xad, 0x5, 0xc, 0x7, 0x2, 0xac, 0xaa, 0x3, 0x2, 0x2, 0x2,
    0xad, 0xb0, 0x3, 0x2, 0x2, 0x2, 0xae, 0xac, 0x3, 0x2, 0x2, 0x2, 0xae,
    0xaf, 0x3, 0x2, 0x2, 0x2, 0xaf, 0xb2, 0x3, 0x2, 0x2, 0x2, 0xb0, 0xae,
    0x3, 0x2, 0x2, 0x2, 0xb1, 0xb3, 0x7, 0x4c, 0x2, 0x2, 0xb2, 0xb1, 0x3,
    0x2, 0x2, 0x2, 0xb2, 0xb3, 0x3, 0x2, 0x2, 0x2, 0xb3, 0xb4, 0x3, 0x2,
    0x2, 0x2, 0xb4, 0xb5, 0x7, 0x47, 0x2, 0x2, 0xb5, 0xb9, 0x3, 0x2, 0x2,
    0x2, 0xb6, 0xb7, 0x7, 0xb, 0x2, 0x2, 0xb7, 0xb9, 0x5, 0x86, 0x44, 0x2,
    0xb8, 0xa7, 0x3, 0x2, 0x2, 0x2, 0xb8, 0xb6, 0x3, 0x2, 0x2, 0x2, 0xb8,
    0xb9, 0x3, 0x2, 0x2, 0x2, 0xb9, 0xb, 0x3, 0x2, 0x2, 0x2, 0xba, 0xbd,
    0x5, 0x86, 0x44, 0x2, 0xbb, 0xbc, 0x7, 0xb, 0x2, 0x2, 0xbc, 0xbe, 0x5,
    0x86, 0x44, 0x2, 0xbd, 0xbb, 0x3, 0x2, 0x2, 0x2, 0xbd, 0xbe, 0x3, 0x2,
    0x2, 0x2, 0xbe, 0xd, 0x3, 0x2, 0x2, 0x2, 0xbf, 0xc1, 0x7, 0xf, 0x2,
    0x2, 0xc0, 0xc2, 0x5, 0x86, 0x44, 0x2, 0xc1, 0xc0, 0x3, 0x2, 0x2, 0x2,
    0xc1, 0xc2, 0x3, 0x2, 0x2, 0x2, 0xc2, 0xc6, 0x3, 0x2, 0x2, 0x2, 0xc3,
    0xc5, 0x5, 0x66, 0x34, 0x2, 0xc4, 0xc3, 0x3, 0x2, 0x2, 0x2, 0xc5, 0xc8,
    0x3, 0x2, 0x2, 0x2, 0xc6, 0xc4, 0x3, 0x2, 0x2, 0x2, 0xc6, 0xc7, 0x3,
    0x2, 0x2, 0x2, 0xc7, 0xc9, 0x3, 0x2, 0x2, 0x2, 0xc8, 0xc6, 0x3, 0x2,
    0x2, 0x2, 0xc9, 0xd0, 0x7, 0x46, 0x2, 0x2, 0xca, 0xcc, 0x5, 0x10, 0x9,
    0x2, 0xcb, 0xcd, 0x7, 0x4c, 0x2, 0x2, 0xcc, 0xcb, 0x3, 0x2, 0x2, 0x2,
    0xcc, 0xcd, 0x3, 0x2, 0x2, 0x2, 0xcd, 0xcf, 0x3, 0x2, 0x2, 0x2, 0xce,
    0xca, 0x3, 0x2, 0x2, 0x2, 0xcf, 0xd2, 0x3, 0x2, 0x2, 0x2, 0xd0, 0xce,
    0x3, 0x2, 0x2, 0x2, 0xd0, 0xd1, 0x3, 0x2, 0x2, 0x2, 0xd1, 0xd3, 0x3,
    0x2, 0x2, 0x2, 0xd2, 0xd0, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xd4, 0x7, 0x47,
    0x2, 0x2, 0xd4, 0xf, 0x3, 0x2, 0x2, 0x2, 0xd5, 0xd9, 0x5, 0x86, 0x44,
    0x2, 0xd6, 0xd8, 0x5, 0x66, 0x34, 0x2, 0xd7, 0xd6, 0x3, 0x2, 0x2, 0x2,
    0xd8, 0xdb, 0x3, 0x2, 0x2, 0x2, 0xd9, 0xd7, 0x3, 0x2, 0x2, 0x2, 0xd9,
    0xda, 0x3, 0x2, 0x2, 0x2, 0xda, 0x11, 0x3, 0x2, 0x2, 0x2, 0xdb, 0xd9,
    0x3, 0x2, 0x2, 0x2, 0xdc, 0xde, 0x7, 0x23, 0x2, 0x2, 0xdd, 0xdf, 0x5,
    0x86, 0x44, 0x2, 0xde, 0xdd, 0x3, 0x2, 0x2, 0x2, 0xde, 0xdf, 0x3, 0x2,
    0x2, 0x2, 0xdf, 0xe3, 0x3, 0x2, 0x2, 0x2, 0xe0, 0xe2, 0x5, 0x66, 0x34,
    0x2, 0xe1, 0xe0, 0x3, 0x2, 0x2, 0x2, 0xe2, 0xe5, 0x3, 0x2, 0x2, 0x2,
    0xe3, 0xe1, 0x3, 0x2, 0x2, 0x2, 0xe3, 0xe4, 0x3, 0x2, 0x2, 0x2, 0xe4,
    0xe9, 0x3, 0x2, 0x2, 0x2, 0xe5, 0xe3, 0x3, 0x2, 0x2, 0x2, 0xe6, 0xea,
    0x5, 0x14, 0xb, 0x2, 0xe7, 0xe8, 0x7, 0x57, 0x2, 0x2, 0xe8, 0xea, 0x5,
    0x18, 0xd, 0x2, 0xe9, 0xe6, 0x3, 0x2, 0x2, 0x2, 0xe9, 0xe7, 0x3, 0x2,
    0x2, 0x2, 0xea, 0x13, 0x3, 0x2, 0x2, 0x2, 0xeb, 0xf2, 0x7, 0x46, 0x2,
    0x2, 0xec, 0xee, 0x5, 0x16, 0xc, 0x2, 0xed, 0xef, 0x7, 0x4c, 0x2, 0x2,
    0xee, 0xed, 0x3, 0x2, 0x2, 0x2, 0xee, 0xef, 0x3, 0x2, 0x2, 0x2, 0xef,
    0xf1, 0x3, 0x2, 0x2, 0x2, 0xf0, 0xec, 0x3, 0x2, 0x2, 0x2, 0xf1, 0xf4,
    0x3, 0x2, 0x2, 0x2, 0xf2, 0xf0, 0x3, 0x2, 0x2, 0x2, 0xf2, 0xf3, 0x3,
    0x2, 0x2, 0x2, 0xf3, 0xf5, 0x3, 0x2, 0x2, 0x2, 0xf4, 0xf2, 0x3, 0x2,
    0x2, 0x2, 0xf5, 0xf6, 0x7, 0x47, 0x2, 0x2, 0xf6, 0x15, 0x3, 0x2, 0x2,
    0x2, 0xf7, 0xf8, 0x5, 0x86, 0x44, 0x2, 0xf8, 0xf9, 0x7, 0x4d, 0x2, 0x2,
    0xf9, 0xfc, 0x5, 0x18, 0xd, 0x2, 0xfa, 0xfb, 0x7, 0x57, 0x2, 0x2, 0xfb,
    0xfd, 0x5, 0x6c, 0x37, 0x2, 0xfc, 0xfa, 0x3, 0x2, 0x2, 0x2, 0xfc, 0xfd,
    0x3, 0x2, 0x2, 0x2, 0xfd, 0x101, 0x3, 0x2, 0x2, 0x2, 0xfe, 0x100, 0x5,
    0x66, 0x34, 0x2, 0xff, 0xfe, 0x3, 0x2, 0x2, 0x2, 0x100, 0x103, 0x3,
    0x2, 0x2, 0x2, 0x101, 0xff, 0x3, 0x2, 0x2, 0x2, 0x101, 0x102, 0x3, 0x2,
    0x2, 0x2, 0x102, 0x17, 0x3, 0x2, 0x2, 0x2, 0x103, 0x101, 0x3, 0x2, 0x2,
    0x2, 0x104, 0x110, 0x5, 0x84, 0x43, 0x2, 0x105, 0x106, 0x7, 0x55, 0x2,
    0x2, 0x106, 0x10b, 0x5, 0x18, 0xd, 0x2, 0x107, 0x108, 0x7, 0x4c, 0x2,
    0x2, 0x108, 0x10a, 0x5, 0x18, 0xd, 0x2, 0x109, 0x107, 0x3, 0x2, 0x2,
    0x2, 0x10a, 0x10d, 0x3, 0x2, 0x2, 0x2, 0x10b, 0x109, 0x3, 0x2, 0x2,
    0x2, 0x10b, 0x10c, 0x3, 0x2, 0x2, 0x2, 0x10c, 0x10e, 0x3, 0x2, 0x2,
    0x2, 0x10d, 0x10b, 0x3, 0x2, 0x2, 0x2, 0x10e, 0x10f, 0x7, 0x56, 0x2,
    0x2, 0x10f, 0x111, 0x3, 0x2, 0x2, 0x2, 0x110, 0x105, 0x3, 0x2, 0x2,
    0x2, 0x110, 0x111, 0x3, 0x2, 0x2, 0x2, 0x111, 0x113, 0x3, 0x2, 0x2,
    0x2, 0x112, 0x114, 0x7, 0x58, 0x2, 0x2, 0x113, 0x112, 0x3, 0x2, 0x2,
    0x2, 0x113, 0x114, 0x3, 0x2, 0x2, 0x2, 0x114, 0x19, 0x3, 0x2, 0x2, 0x2,
    0x115, 0x116, 0x7, 0x24, 0x2, 0x2, 0x116, 0x117, 0x5, 0x86, 0x44, 0x2,
    0x117, 0x119, 0x7, 0x48, 0x2, 0x2, 0x118, 0x11a, 0x5, 0x1c, 0xf, 0x2,
    0x119, 0x118, 0x3, 0x2, 0x2, 0x2, 0x119, 0x11a, 0x3, 0x2, 0x2, 0x2,
    0x11a, 0x11b, 0x3, 0x2, 0x2, 0x2, 0x11b, 0x11e, 0x7, 0x49, 0x2, 0x2,
    0x11c, 0x11d, 0x7, 0x50, 0x2, 0x2, 0x11d, 0x11f, 0x5, 0x18, 0xd, 0x2,
    0x11e, 0x11c, 0x3, 0x2, 0x2, 0x2, 0x11e, 0x11f, 0x3, 0x2, 0x2, 0x2,
    0x11f, 0x121, 0x3, 0x2, 0x2, 0x2, 0x120, 0x122, 0x5, 0x7c, 0x3f, 0x2,
    0x121, 0x120, 0x3, 0x2, 0x2, 0x2, 0x121, 0x122, 0x3, 0x2, 0x2, 0x2,
    0x122, 0x126, 0x3, 0x2, 0x2, 0x2, 0x123, 0x125, 0x5, 0x66, 0x34, 0x2,
    0x124, 0x123, 0x3, 0x2, 0x2, 0x2, 0x125, 0x128, 0x3, 0x2, 0x2, 0x2,
    0x126, 0x124, 0x3, 0x2, 0x2, 0x2, 0x126, 0x127, 0x3, 0x2, 0x2, 0x2,
    0x127, 0x1b, 0x3, 0x2, 0x2, 0x2, 0x128, 0x126, 0x3, 0x2, 0x2, 0x2, 0x129,
    0x12e, 0x5, 0x16, 0xc, 0x2, 0x12a, 0x12b, 0x7, 0x4c, 0x2, 0x2, 0x12b,
    0x12d, 0x5, 0x16, 0xc, 0x2, 0x12c, 0x12a, 0x3, 0x2, 0x2, 0x2, 0x12d,
    0x130, 0x3, 0x2, 0x2, 0x2, 0x12e, 0x12c, 0x3, 0x2, 0x2, 0x2, 0x12e,
    0x12f, 0x3, 0x2, 0x2, 0x2, 0x12f, 0x132, 0x3, 0x2, 0x2, 0x2, 0x130,
    0x12e, 0x3, 0x2, 0x2, 0x2, 0x131, 0x133, 0x7, 0x4c, 0x2, 0x2, 0x132,
    0x131, 0x3, 0x2, 0x2, 0x2, 0x132, 0x133, 0x3, 0x2, 0x2, 0x2, 0x133,
    0x1d, 0x3, 0x2, 0x2, 0x2, 0x134, 0x136, 0x7, 0xd, 0x2, 0x2, 0x135, 0x137,
    0x5, 0x86, 0x44, 0x2, 0x136, 0x135, 0x3, 0x2, 0x2, 0x2, 0x136, 0x137,
    0x3, 0x2, 0x2, 0x2, 0x137, 0x13d, 0x3, 0x2, 0x2, 0x2, 0x138, 0x13a,
    0x7, 0x48, 0x2, 0x2, 0x139, 0x13b, 0x5, 0x1c, 0xf, 0x2, 0x13a, 0x139,
    0x3, 0x2, 0x2, 0x2, 0x13a, 0x13b, 0x3, 0x2, 0x2, 0x2, 0x13b, 0x13c,
    0x3, 0x2, 0x2, 0x2, 0x13c, 0x13e, 0x7, 0x49, 0x2, 0x2, 0x13d, 0x138,
    0x3, 0x2, 0x2, 0x2, 0x13d, 0x13e, 0x3, 0x2, 0x2, 0x2, 0x13e, 0x142,
    0x3, 0x2, 0x2, 0x2, 0x13f, 0x141, 0x5, 0x66, 0x34, 0x2, 0x140, 0x13f,
    0x3, 0x2, 0x2, 0x2, 0x141, 0x144, 0x3, 0x2, 0x2, 0x2, 0x142, 0x140,
    0x3, 0x2, 0x2, 0x2, 0x142, 0x143, 0x3, 0x2, 0x2, 0x2, 0x143, 0x145,
    0x3, 0x2, 0x2, 0x2, 0x144, 0x142, 0x3, 0x2, 0x2, 0x2, 0x145, 0x146,
    0x5, 0x42, 0x22, 0x2, 0x146, 0x1f, 0x3, 0x2, 0x2, 0x2, 0x147, 0x149,
    0x7, 0xe, 0x2, 0x2, 0x148, 0x14a, 0x5, 0x86, 0x44, 0x2, 0x149, 0x148,
    0x3, 0x2, 0x2, 0x2, 0x149, 0x14a, 0x3, 0x2, 0x2, 0x2, 0x14a, 0x14e,
    0x3, 0x2, 0x2, 0x2, 0x14b, 0x14d, 0x5, 0x66, 0x34, 0x2, 0x14c, 0x14b,
    0x3, 0x2, 0x2, 0x2, 0x14d, 0x150, 0x3, 0x2, 0x2, 0x2, 0x14e, 0x14c,
    0x3, 0x2, 0x2, 0x2, 0x14e, 0x14f, 0x3, 0x2, 0x2, 0x2, 0x14f, 0x151,
    0x3, 0x2, 0x2, 0x2, 0x150, 0x14e, 0x3, 0x2, 0x2, 0x2, 0x151, 0x152,
    0x5, 0x26, 0x14, 0x2, 0x152, 0x21, 0x3, 0x2, 0x2, 0x2, 0x153, 0x155,
    0x5, 0x24, 0x13, 0x2, 0x154, 0x153, 0x3, 0x2, 0x2, 0x2, 0x155, 0x158,
    0x3, 0x2, 0x2, 0x2, 0x156, 0x154, 0x3, 0x2, 0x2, 0x2, 0x156, 0x157,
    0x3, 0x2, 0x2, 0x2, 0x157, 0x159, 0x3, 0x2, 0x2, 0x2, 0x158, 0x156,
    0x3, 0x2, 0x2, 0x2, 0x159, 0x15b, 0x7, 0xc, 0x2, 0x2, 0x15a, 0x15c,
    0x5, 0x86, 0x44, 0x2, 0x15b, 0x15a, 0x3, 0x2, 0x2, 0x2, 0x15b, 0x15c,
    0x3, 0x2, 0x2, 0x2, 0x15c, 0x166, 0x3, 0x2, 0x2, 0x2, 0x15d, 0x15e,
    0x7, 0x10, 0x2, 0x2, 0x15e, 0x163, 0x5, 0x84, 0x43, 0x2, 0x15f, 0x160,
    0x7, 0x4c, 0x2, 0x2, 0x160, 0x162, 0x5, 0x84, 0x43, 0x2, 0x161, 0x15f,
    0x3, 0x2, 0x2, 0x2, 0x162, 0x165, 0x3, 0x2, 0x2, 0x2, 0x163, 0x161,
    0x3, 0x2, 0x2, 0x2, 0x163, 0x164, 0x3, 0x2, 0x2, 0x2, 0x164, 0x167,
    0x3, 0x2, 0x2, 0x2, 0x165, 0x163, 0x3, 0x2, 0x2, 0x2, 0x166, 0x15d,
    0x3, 0x2, 0x2, 0x2, 0x166, 0x167, 0x3, 0x2, 0x2, 0x2, 0x167, 0x171,
    0x3, 0x2, 0x2, 0x2, 0x168, 0x169, 0x7, 0x11, 0x2, 0x2, 0x169, 0x16e,
    0x5, 0x84, 0x43, 0x2, 0x16a, 0x16b, 0x7, 0x4c, 0x2, 0x2, 0x16b, 0x16d,
    0x5, 0x84, 0x43, 0x2, 0x16c, 0x16a, 0x3, 0x2, 0x2, 0x2, 0x16d, 0x170,
    0x3, 0x2, 0x2, 0x2, 0x16e, 0x16c, 0x3, 0x2, 0x2, 0x2, 0x16e, 0x16f,
    0x3, 0x2, 0x2, 0x2, 0x16f, 0x172, 0x3, 0x2, 0x2, 0x2, 0x170, 0x16e,
    0x3, 0x2, 0x2, 0x2, 0x171, 0x168, 0x3, 0x2, 0x2, 0x2, 0x171, 0x172,
    0x3, 0x2, 0x2, 0x2, 0x172, 0x176, 0x3, 0x2, 0x2, 0x2, 0x173, 0x175,
    0x5, 0x66, 0x34, 0x2, 0x174, 0x173, 0x3, 0x2, 0x2, 0x2, 0x175, 0x178,
    0x3, 0x2, 0x2, 0x2, 0x176, 0x174, 0x3, 0x2, 0x2, 0x2, 0x176, 0x177,
    0x3, 0x2, 0x2, 0x2, 0x177, 0x179, 0x3, 0x2, 0x2, 0x2, 0x178, 0x176,
    0x3, 0x2, 0x2, 0x2, 0x179, 0x17a, 0x5, 0x26, 0x14, 0x2, 0x17a, 0x23,
    0x3, 0x2, 0x2, 0x2, 0x17b, 0x17c, 0x9, 0x3, 0x2, 0x2, 0x17c, 0x25, 0x3,
    0x2, 0x2, 0x2, 0x17d, 0x181, 0x7, 0x46, 0x2, 0x2, 0x17e, 0x180, 0x5,
    0x28, 0x15, 0x2, 0x17f, 0x17e, 0x3, 0x2, 0x2, 0x2, 0x180, 0x183, 0x3,
    0x2, 0x2, 0x2, 0x181, 0x17f, 0x3, 0x2, 0x2, 0x2, 0x181, 0x182, 0x3,
    0x2, 0x2, 0x2, 0x182, 0x184, 0x3, 0x2, 0x2, 0x2, 0x183, 0x181, 0x3,
    0x2, 0x2, 0x2, 0x184, 0x185, 0x7, 0x47, 0x2, 0x2, 0x185, 0x27, 0x3,
    0x2, 0x2, 0x2, 0x186, 0x193, 0x5, 0x8, 0x5, 0x2, 0x187, 0x193, 0x5,
    0x2a, 0x16, 0x2, 0x188, 0x193, 0x5, 0x2c, 0x17, 0x2, 0x189, 0x193, 0x5,
    0x2e, 0x18, 0x2, 0x18a, 0x193, 0x5, 0x30, 0x19, 0x2, 0x18b, 0x193, 0x5,
    0x1a, 0xe, 0x2, 0x18c, 0x193, 0x5, 0x32, 0x1a, 0x2, 0x18d, 0x193, 0x5,
    0x34, 0x1b, 0x2, 0x18e, 0x193, 0x5, 0x38, 0x1d, 0x2, 0x18f, 0x193, 0x5,
    0x3a, 0x1e, 0x2, 0x190, 0x193, 0x5, 0x3c, 0x1f, 0x2, 0x191, 0x193, 0x5,
    0x3e, 0x20, 0x2, 0x192, 0x186, 0x3, 0x2, 0x2, 0x2, 0x192, 0x187, 0x3,
    0x2, 0x2, 0x2, 0x192, 0x188, 0x3, 0x2, 0x2, 0x2, 0x192, 0x189, 0x3,
    0x2, 0x2, 0x2, 0x192, 0x18a, 0x3, 0x2, 0x2, 0x2, 0x192, 0x18b, 0x3,
    0x2, 0x2, 0x2, 0x192, 0x18c, 0x3, 0x2, 0x2, 0x2, 0x192, 0x18d, 0x3,
    0x2, 0x2, 0x2, 0x192, 0x18e, 0x3, 0x2, 0x2, 0x2, 0x192, 0x18f, 0x3,
    0x2, 0x2, 0x2, 0x192, 0x190, 0x3, 0x2, 0x2, 0x2, 0x192, 0x191, 0x3,
    0x2, 0x2, 0x2, 0x193, 0x29, 0x3, 0x2, 0x2, 0x2, 0x194, 0x195, 0x7, 0x29,
    0x2, 0x2, 0x195, 0x196, 0x5, 0x86, 0x44, 0x2, 0x196, 0x197, 0x7, 0x4d,
    0x2, 0x2, 0x197, 0x19a, 0x5, 0x18, 0xd, 0x2, 0x198, 0x199, 0x7, 0x57,
    0x2, 0x2, 0x199, 0x19b, 0x5, 0x6c, 0x37, 0x2, 0x19a, 0x198, 0x3, 0x2,
    0x2, 0x2, 0x19a, 0x19b, 0x3, 0x2, 0x2, 0x2, 0x19b, 0x19f, 0x3, 0x2,
    0x2, 0x2, 0x19c, 0x19e, 0x5, 0x66, 0x34, 0x2, 0x19d, 0x19c, 0x3, 0x2,
    0x2, 0x2, 0x19e, 0x1a1, 0x3, 0x2, 0x2, 0x2, 0x19f, 0x19d, 0x3, 0x2,
    0x2, 0x2, 0x19f, 0x1a0, 0x3, 0x2, 0x2, 0x2, 0x1a0, 0x2b, 0x3, 0x2, 0x2,
    0x2, 0x1a1, 0x19f, 0x3, 0x2, 0x2, 0x2, 0x1a2, 0x1a5, 0x7, 0x2a, 0x2,
    0x2, 0x1a3, 0x1a6, 0x5, 0x18, 0xd, 0x2, 0x1a4, 0x1a6, 0x5, 0x14, 0xb,
    0x2, 0x1a5, 0x1a3, 0x3, 0x2, 0x2, 0x2, 0x1a5, 0x1a4, 0x3, 0x2, 0x2,
    0x2, 0x1a6, 0x1aa, 0x3, 0x2, 0x2, 0x2, 0x1a7, 0x1a9, 0x5, 0x66, 0x34,
    0x2, 0x1a8, 0x1a7, 0x3, 0x2, 0x2, 0x2, 0x1a9, 0x1ac, 0x3, 0x2, 0x2,
    0x2, 0x1aa, 0x1a8, 0x3, 0x2, 0x2, 0x2, 0x1aa, 0x1ab, 0x3, 0x2, 0x2,
    0x2, 0x1ab, 0x2d, 0x3, 0x2, 0x2, 0x2, 0x1ac, 0x1aa, 0x3, 0x2, 0x2, 0x2,
    0x1ad, 0x1af, 0x7, 0x25, 0x2, 0x2, 0x1ae, 0x1b0, 0x7, 0x16, 0x2, 0x2,
    0x1af, 0x1ae, 0x3, 0x2, 0x2, 0x2, 0x1af, 0x1b0, 0x3, 0x2, 0x2, 0x2,
    0x1b0, 0x1b1, 0x3, 0x2, 0x2, 0x2, 0x1b1, 0x1b8, 0x7, 0x4a, 0x2, 0x2,
    0x1b2, 0x1b4, 0x5, 0x84, 0x43, 0x2, 0x1b3, 0x1b5, 0x7, 0x4c, 0x2, 0x2,
    0x1b4, 0x1b3, 0x3, 0x2, 0x2, 0x2, 0x1b4, 0x1b5, 0x3, 0x2, 0x2, 0x2,
    0x1b5, 0x1b7, 0x3, 0x2, 0x2, 0x2, 0x1b6, 0x1b2, 0x3, 0x2, 0x2, 0x2,
    0x1b7, 0x1ba, 0x3, 0x2, 0x2, 0x2, 0x1b8, 0x1b6, 0x3, 0x2, 0x2, 0x2,
    0x1b8, 0x1b9, 0x3, 0x2, 0x2, 0x2, 0x1b9, 0x1bb, 0x3, 0x2, 0x2, 0x2,
    0x1ba, 0x1b8, 0x3, 0x2, 0x2, 0x2, 0x1bb, 0x1bc, 0x7, 0x4b, 0x2, 0x2,
    0x1bc, 0x2f, 0x3, 0x2, 0x2, 0x2, 0x1bd, 0x1be, 0x7, 0x26, 0x2, 0x2,
    0x1be, 0x1bf, 0x5, 0x86, 0x44, 0x2, 0x1bf, 0x31, 0x3, 0x2, 0x2, 0x2,
    0x1c0, 0x1c1, 0x7, 0x2f, 0x2, 0x2, 0x1c1, 0x1c8, 0x7, 0x46, 0x2, 0x2,
    0x1c2, 0x1c4, 0x5, 0x36, 0x1c, 0x2, 0x1c3, 0x1c5, 0x7, 0x4c, 0x2, 0x2,
    0x1c4, 0x1c3, 0x3, 0x2, 0x2, 0x2, 0x1c4, 0x1c5, 0x3, 0x2, 0x2, 0x2,
    0x1c5, 0x1c7, 0x3, 0x2, 0x2, 0x2, 0x1c6, 0x1c2, 0x3, 0x2, 0x2, 0x2,
    0x1c7, 0x1ca, 0x3, 0x2, 0x2, 0x2, 0x1c8, 0x1c6, 0x3, 0x2, 0x2, 0x2,
    0x1c8, 0x1c9, 0x3, 0x2, 0x2, 0x2, 0x1c9, 0x1cb, 0x3, 0x2, 0x2, 0x2,
    0x1ca, 0x1c8, 0x3, 0x2, 0x2, 0x2, 0x1cb, 0x1cc, 0x7, 0x47, 0x2, 0x2,
    0x1cc, 0x33, 0x3, 0x2, 0x2, 0x2, 0x1cd, 0x1ce, 0x7, 0x30, 0x2, 0x2,
    0x1ce, 0x1cf, 0x5, 0x86, 0x44, 0x2, 0x1cf, 0x1d6, 0x7, 0x46, 0x2, 0x2,
    0x1d0, 0x1d2, 0x5, 0x36, 0x1c, 0x2, 0x1d1, 0x1d3, 0x7, 0x4c, 0x2, 0x2,
    0x1d2, 0x1d1, 0x3, 0x2, 0x2, 0x2, 0x1d2, 0x1d3, 0x3, 0x2, 0x2, 0x2,
    0x1d3, 0x1d5, 0x3, 0x2, 0x2, 0x2, 0x1d4, 0x1d0, 0x3, 0x2, 0x2, 0x2,
    0x1d5, 0x1d8, 0x3, 0x2, 0x2, 0x2, 0x1d6, 0x1d4, 0x3, 0x2, 0x2, 0x2,
    0x1d6, 0x1d7, 0x3, 0x2, 0x2, 0x2, 0x1d7, 0x1d9, 0x3, 0x2, 0x2, 0x2,
    0x1d8, 0x1d6, 0x3, 0x2, 0x2, 0x2, 0x1d9, 0x1da, 0x7, 0x47, 0x2, 0x2,
    0x1da, 0x35, 0x3, 0x2, 0x2, 0x2, 0x1db, 0x1dc, 0x5, 0x86, 0x44, 0x2,
    0x1dc, 0x1dd, 0x7, 0x4d, 0x2, 0x2, 0x1dd, 0x1de, 0x5, 0x6c, 0x37, 0x2,
    0x1de, 0x37, 0x3, 0x2, 0x2, 0x2, 0x1df, 0x1e0, 0x7, 0x31, 0x2, 0x2,
    0x1e0, 0x1e1, 0x7, 0x5d, 0x2, 0x2, 0x1e1, 0x1e9, 0x7, 0x32, 0x2, 0x2,
    0x1e2, 0x1e3, 0x7, 0x33, 0x2, 0x2, 0x1e3, 0x1e5, 0x7, 0x5d, 0x2, 0x2,
    0x1e4, 0x1e6, 0x7, 0x32, 0x2, 0x2, 0x1e5, 0x1e4, 0x3, 0x2, 0x2, 0x2,
    0x1e5, 0x1e6, 0x3, 0x2, 0x2, 0x2, 0x1e6, 0x1e7, 0x3, 0x2, 0x2, 0x2,
    0x1e7, 0x1e8, 0x7, 0x1b, 0x2, 0x2, 0x1e8, 0x1ea, 0x7, 0x2a, 0x2, 0x2,
    0x1e9, 0x1e2, 0x3, 0x2, 0x2, 0x2, 0x1e9, 0x1ea, 0x3, 0x2, 0x2, 0x2,
    0x1ea, 0x39, 0x3, 0x2, 0x2, 0x2, 0x1eb, 0x1ef, 0x9, 0x4, 0x2, 0x2, 0x1ec,
    0x1ee, 0x5, 0x66, 0x34, 0x2, 0x1ed, 0x1ec, 0x3, 0x2, 0x2, 0x2, 0x1ee,
    0x1f1, 0x3, 0x2, 0x2, 0x2, 0x1ef, 0x1ed, 0x3, 0x2, 0x2, 0x2, 0x1ef,
    0x1f0, 0x3, 0x2, 0x2, 0x2, 0x1f0, 0x1f2, 0x3, 0x2, 0x2, 0x2, 0x1f1,
    0x1ef, 0x3, 0x2, 0x2, 0x2, 0x1f2, 0x1f3, 0x5, 0x42, 0x22, 0x2, 0x1f3,
    0x3b, 0x3, 0x2, 0x2, 0x2, 0x1f4, 0x1f5, 0x7, 0x36, 0x2, 0x2, 0x1f5,
    0x1f9, 0x5, 0x86, 0x44, 0x2, 0x1f6, 0x1f8, 0x5, 0x4a, 0x26, 0x2, 0x1f7,
    0x1f6, 0x3, 0x2, 0x2, 0x2, 0x1f8, 0x1fb, 0x3, 0x2, 0x2, 0x2, 0x1f9,
    0x1f7, 0x3, 0x2, 0x2, 0x2, 0x1f9, 0x1fa, 0x3, 0x2, 0x2, 0x2, 0x1fa,
    0x1ff, 0x3, 0x2, 0x2, 0x2, 0x1fb, 0x1f9, 0x3, 0x2, 0x2, 0x2, 0x1fc,
    0x1fe, 0x5, 0x66, 0x34, 0x2, 0x1fd, 0x1fc, 0x3, 0x2, 0x2, 0x2, 0x1fe,
    0x201, 0x3, 0x2, 0x2, 0x2, 0x1ff, 0x1fd, 0x3, 0x2, 0x2, 0x2, 0x1ff,
    0x200, 0x3, 0x2, 0x2, 0x2, 0x200, 0x3d, 0x3, 0x2, 0x2, 0x2, 0x201, 0x1ff,
    0x3, 0x2, 0x2, 0x2, 0x202, 0x204, 0x7, 0x37, 0x2, 0x2, 0x203, 0x205,
    0x5, 0x86, 0x44, 0x2, 0x204, 0x203, 0x3, 0x2, 0x2, 0x2, 0x204, 0x205,
    0x3, 0x2, 0x2, 0x2, 0x205, 0x209, 0x3, 0x2, 0x2, 0x2, 0x206, 0x208,
    0x5, 0x66, 0x34, 0x2, 0x207, 0x206, 0x3, 0x2, 0x2, 0x2, 0x208, 0x20b,
    0x3, 0x2, 0x2, 0x2, 0x209, 0x207, 0x3, 0x2, 0x2, 0x2, 0x209, 0x20a,
    0x3, 0x2, 0x2, 0x2, 0x20a, 0x20c, 0x3, 0x2, 0x2, 0x2, 0x20b, 0x209,
    0x3, 0x2, 0x2, 0x2, 0x20c, 0x210, 0x7, 0x46, 0x2, 0x2, 0x20d, 0x20f,
    0x5, 0x40, 0x21, 0x2, 0x20e, 0x20d, 0x3, 0x2, 0x2, 0x2, 0x20f, 0x212,
    0x3, 0x2, 0x2, 0x2, 0x210, 0x20e, 0x3, 0x2, 0x2, 0x2, 0x210, 0x211,
    0x3, 0x2, 0x2, 0x2, 0x211, 0x213, 0x3, 0x2, 0x2, 0x2, 0x212, 0x210,
    0x3, 0x2, 0x2, 0x2, 0x213, 0x214, 0x7, 0x47, 0x2, 0x2, 0x214, 0x3f,
    0x3, 0x2, 0x2, 0x2, 0x215, 0x21b, 0x5, 0x3a, 0x1e, 0x2, 0x216, 0x217,
    0x7, 0x29, 0x2, 0x2, 0x217, 0x21b, 0x5, 0x78, 0x3d, 0x2, 0x218, 0x219,
    0x7, 0x2a, 0x2, 0x2, 0x219, 0x21b, 0x5, 0x6c, 0x37, 0x2, 0x21a, 0x215,
    0x3, 0x2, 0x2, 0x2, 0x21a, 0x216, 0x3, 0x2, 0x2, 0x2, 0x21a, 0x218,
    0x3, 0x2, 0x2, 0x2, 0x21b, 0x41, 0x3, 0x2, 0x2, 0x2, 0x21c, 0x220, 0x7,
    0x46, 0x2, 0x2, 0x21d, 0x21f, 0x5, 0x44, 0x23, 0x2, 0x21e, 0x21d, 0x3,
    0x2, 0x2, 0x2, 0x21f, 0x222, 0x3, 0x2, 0x2, 0x2, 0x220, 0x21e, 0x3,
    0x2, 0x2, 0x2, 0x220, 0x221, 0x3, 0x2, 0x2, 0x2, 0x221, 0x223, 0x3,
    0x2, 0x2, 0x2, 0x222, 0x220, 0x3, 0x2, 0x2, 0x2, 0x223, 0x224, 0x7,
    0x47, 0x2, 0x2, 0x224, 0x43, 0x3, 0x2, 0x2, 0x2, 0x225, 0x22d, 0x5,
    0x7c, 0x3f, 0x2, 0x226, 0x22d, 0x5, 0x80, 0x41, 0x2, 0x227, 0x22d, 0x5,
    0x46, 0x24, 0x2, 0x228, 0x22d, 0x5, 0x4c, 0x27, 0x2, 0x229, 0x22d, 0x5,
    0x52, 0x2a, 0x2, 0x22a, 0x22d, 0x5, 0x54, 0x2b, 0x2, 0x22b, 0x22d, 0x5,
    0x56, 0x2c, 0x2, 0x22c, 0x225, 0x3, 0x2, 0x2, 0x2, 0x22c, 0x226, 0x3,
    0x2, 0x2, 0x2, 0x22c, 0x227, 0x3, 0x2, 0x2, 0x2, 0x22c, 0x228, 0x3,
    0x2, 0x2, 0x2, 0x22c, 0x229, 0x3, 0x2, 0x2, 0x2, 0x22c, 0x22a, 0x3,
    0x2, 0x2, 0x2, 0x22c, 0x22b, 0x3, 0x2, 0x2, 0x2, 0x22d, 0x45, 0x3, 0x2,
    0x2, 0x2, 0x22e, 0x230, 0x5, 0x48, 0x25, 0x2, 0x22f, 0x22e, 0x3, 0x2,
    0x2, 0x2, 0x230, 0x231, 0x3, 0x2, 0x2, 0x2, 0x231, 0x22f, 0x3, 0x2,
    0x2, 0x2, 0x231, 0x232, 0x3, 0x2, 0x2, 0x2, 0x232, 0x234, 0x3, 0x2,
    0x2, 0x2, 0x233, 0x235, 0x7, 0x12, 0x2, 0x2, 0x234, 0x233, 0x3, 0x2,
    0x2, 0x2, 0x234, 0x235, 0x3, 0x2, 0x2, 0x2, 0x235, 0x238, 0x3, 0x2,
    0x2, 0x2, 0x236, 0x238, 0x7, 0x12, 0x2, 0x2, 0x237, 0x22f, 0x3, 0x2,
    0x2, 0x2, 0x237, 0x236, 0x3, 0x2, 0x2, 0x2, 0x238, 0x23a, 0x3, 0x2,
    0x2, 0x2, 0x239, 0x23b, 0x5, 0x86, 0x44, 0x2, 0x23a, 0x239, 0x3, 0x2,
    0x2, 0x2, 0x23a, 0x23b, 0x3, 0x2, 0x2, 0x2, 0x23b, 0x23f, 0x3, 0x2,
    0x2, 0x2, 0x23c, 0x23e, 0x5, 0x4a, 0x26, 0x2, 0x23d, 0x23c, 0x3, 0x2,
    0x2, 0x2, 0x23e, 0x241, 0x3, 0x2, 0x2, 0x2, 0x23f, 0x23d, 0x3, 0x2,
    0x2, 0x2, 0x23f, 0x240, 0x3, 0x2, 0x2, 0x2, 0x240, 0x245, 0x3, 0x2,
    0x2, 0x2, 0x241, 0x23f, 0x3, 0x2, 0x2, 0x2, 0x242, 0x244, 0x5, 0x66,
    0x34, 0x2, 0x243, 0x242, 0x3, 0x2, 0x2, 0x2, 0x244, 0x247, 0x3, 0x2,
    0x2, 0x2, 0x245, 0x243, 0x3, 0x2, 0x2, 0x2, 0x245, 0x246, 0x3, 0x2,
    0x2, 0x2, 0x246, 0x249, 0x3, 0x2, 0x2, 0x2, 0x247, 0x245, 0x3, 0x2,
    0x2, 0x2, 0x248, 0x24a, 0x5, 0x42, 0x22, 0x2, 0x249, 0x248, 0x3, 0x2,
    0x2, 0x2, 0x249, 0x24a, 0x3, 0x2, 0x2, 0x2, 0x24a, 0x47, 0x3, 0x2, 0x2,
    0x2, 0x24b, 0x24c, 0x9, 0x5, 0x2, 0x2, 0x24c, 0x49, 0x3, 0x2, 0x2, 0x2,
    0x24d, 0x24e, 0x7, 0x34, 0x2, 0x2, 0x24e, 0x252, 0x7, 0x5d, 0x2, 0x2,
    0x24f, 0x250, 0x7, 0x35, 0x2, 0x2, 0x250, 0x252, 0x5, 0x86, 0x44, 0x2,
    0x251, 0x24d, 0x3, 0x2, 0x2, 0x2, 0x251, 0x24f, 0x3, 0x2, 0x2, 0x2,
    0x252, 0x4b, 0x3, 0x2, 0x2, 0x2, 0x253, 0x254, 0x7, 0x19, 0x2, 0x2,
    0x254, 0x255, 0x5, 0x6c, 0x37, 0x2, 0x255, 0x259, 0x5, 0x42, 0x22, 0x2,
    0x256, 0x258, 0x5, 0x4e, 0x28, 0x2, 0x257, 0x256, 0x3, 0x2, 0x2, 0x2,
    0x258, 0x25b, 0x3, 0x2, 0x2, 0x2, 0x259, 0x257, 0x3, 0x2, 0x2, 0x2,
    0x259, 0x25a, 0x3, 0x2, 0x2, 0x2, 0x25a, 0x25d, 0x3, 0x2, 0x2, 0x2,
    0x25b, 0x259, 0x3, 0x2, 0x2, 0x2, 0x25c, 0x25e, 0x5, 0x50, 0x29, 0x2,
    0x25d, 0x25c, 0x3, 0x2, 0x2, 0x2, 0x25d, 0x25e, 0x3, 0x2, 0x2, 0x2,
    0x25e, 0x4d, 0x3, 0x2, 0x2, 0x2, 0x25f, 0x260, 0x7, 0x1a, 0x2, 0x2,
    0x260, 0x261, 0x7, 0x19, 0x2, 0x2, 0x261, 0x262, 0x5, 0x6c, 0x37, 0x2,
    0x262, 0x263, 0x5, 0x42, 0x22, 0x2, 0x263, 0x4f, 0x3, 0x2, 0x2, 0x2,
    0x264, 0x265, 0x7, 0x1a, 0x2, 0x2, 0x265, 0x266, 0x5, 0x42, 0x22, 0x2,
    0x266, 0x51, 0x3, 0x2, 0x2, 0x2, 0x267, 0x268, 0x7, 0x1b, 0x2, 0x2,
    0x268, 0x26b, 0x5, 0x86, 0x44, 0x2, 0x269, 0x26a, 0x7, 0x4c, 0x2, 0x2,
    0x26a, 0x26c, 0x5, 0x86, 0x44, 0x2, 0x26b, 0x269, 0x3, 0x2, 0x2, 0x2,
    0x26b, 0x26c, 0x3, 0x2, 0x2, 0x2, 0x26c, 0x26d, 0x3, 0x2, 0x2, 0x2,
    0x26d, 0x26e, 0x7, 0x1c, 0x2, 0x2, 0x26e, 0x26f, 0x5, 0x6c, 0x37, 0x2,
    0x26f, 0x270, 0x5, 0x42, 0x22, 0x2, 0x270, 0x53, 0x3, 0x2, 0x2, 0x2,
    0x271, 0x272, 0x7, 0x18, 0x2, 0x2, 0x272, 0x278, 0x5, 0x84, 0x43, 0x2,
    0x273, 0x275, 0x7, 0x48, 0x2, 0x2, 0x274, 0x276, 0x5, 0x68, 0x35, 0x2,
    0x275, 0x274, 0x3, 0x2, 0x2, 0x2, 0x275, 0x276, 0x3, 0x2, 0x2, 0x2,
    0x276, 0x277, 0x3, 0x2, 0x2, 0x2, 0x277, 0x279, 0x7, 0x49, 0x2, 0x2,
    0x278, 0x273, 0x3, 0x2, 0x2, 0x2, 0x278, 0x279, 0x3, 0x2, 0x2, 0x2,
    0x279, 0x55, 0x3, 0x2, 0x2, 0x2, 0x27a, 0x27b, 0x7, 0x17, 0x2, 0x2,
    0x27b, 0x57, 0x3, 0x2, 0x2, 0x2, 0x27c, 0x27e, 0x7, 0x27, 0x2, 0x2,
    0x27d, 0x27f, 0x5, 0x86, 0x44, 0x2, 0x27e, 0x27d, 0x3, 0x2, 0x2, 0x2,
    0x27e, 0x27f, 0x3, 0x2, 0x2, 0x2, 0x27f, 0x280, 0x3, 0x2, 0x2, 0x2,
    0x280, 0x281, 0x7, 0x1b, 0x2, 0x2, 0x281, 0x285, 0x5, 0x84, 0x43, 0x2,
    0x282, 0x284, 0x5, 0x66, 0x34, 0x2, 0x283, 0x282, 0x3, 0x2, 0x2, 0x2,
    0x284, 0x287, 0x3, 0x2, 0x2, 0x2, 0x285, 0x283, 0x3, 0x2, 0x2, 0x2,
    0x285, 0x286, 0x3, 0x2, 0x2, 0x2, 0x286, 0x288, 0x3, 0x2, 0x2, 0x2,
    0x287, 0x285, 0x3, 0x2, 0x2, 0x2, 0x288, 0x28c, 0x7, 0x46, 0x2, 0x2,
    0x289, 0x28b, 0x5, 0x5a, 0x2e, 0x2, 0x28a, 0x289, 0x3, 0x2, 0x2, 0x2,
    0x28b, 0x28e, 0x3, 0x2, 0x2, 0x2, 0x28c, 0x28a, 0x3, 0x2, 0x2, 0x2,
    0x28c, 0x28d, 0x3, 0x2, 0x2, 0x2, 0x28d, 0x28f, 0x3, 0x2, 0x2, 0x2,
    0x28e, 0x28c, 0x3, 0x2, 0x2, 0x2, 0x28f, 0x290, 0x7, 0x47, 0x2, 0x2,
    0x290, 0x59, 0x3, 0x2, 0x2, 0x2, 0x291, 0x292, 0x7, 0x29, 0x2, 0x2,
    0x292, 0x298, 0x5, 0x78, 0x3d, 0x2, 0x293, 0x298, 0x5, 0x5c, 0x2f, 0x2,
    0x294, 0x298, 0x5, 0x5e, 0x30, 0x2, 0x295, 0x298, 0x5, 0x32, 0x1a, 0x2,
    0x296, 0x298, 0x5, 0x8, 0x5, 0x2, 0x297, 0x291, 0x3, 0x2, 0x2, 0x2,
    0x297, 0x293, 0x3, 0x2, 0x2, 0x2, 0x297, 0x294, 0x3, 0x2, 0x2, 0x2,
    0x297, 0x295, 0x3, 0x2, 0x2, 0x2, 0x297, 0x296, 0x3, 0x2, 0x2, 0x2,
    0x298, 0x5b, 0x3, 0x2, 0x2, 0x2, 0x299, 0x29a, 0x7, 0x39, 0x2, 0x2,
    0x29a, 0x29e, 0x5, 0x6c, 0x37, 0x2, 0x29b, 0x29d, 0x5, 0x66, 0x34, 0x2,
    0x29c, 0x29b, 0x3, 0x2, 0x2, 0x2, 0x29d, 0x2a0, 0x3, 0x2, 0x2, 0x2,
    0x29e, 0x29c, 0x3, 0x2, 0x2, 0x2, 0x29e, 0x29f, 0x3, 0x2, 0x2, 0x2,
    0x29f, 0x2a3, 0x3, 0x2, 0x2, 0x2, 0x2a0, 0x29e, 0x3, 0x2, 0x2, 0x2,
    0x2a1, 0x2a2, 0x7, 0x4c, 0x2, 0x2, 0x2a2, 0x2a4, 0x5, 0x7c, 0x3f, 0x2,
    0x2a3, 0x2a1, 0x3, 0x2, 0x2, 0x2, 0x2a3, 0x2a4, 0x3, 0x2, 0x2, 0x2,
    0x2a4, 0x5d, 0x3, 0x2, 0x2, 0x2, 0x2a5, 0x2a7, 0x7, 0x3a, 0x2, 0x2,
    0x2a6, 0x2a8, 0x5, 0x86, 0x44, 0x2, 0x2a7, 0x2a6, 0x3, 0x2, 0x2, 0x2,
    0x2a7, 0x2a8, 0x3, 0x2, 0x2, 0x2, 0x2a8, 0x2ac, 0x3, 0x2, 0x2, 0x2,
    0x2a9, 0x2ab, 0x5, 0x66, 0x34, 0x2, 0x2aa, 0x2a9, 0x3, 0x2, 0x2, 0x2,
    0x2ab, 0x2ae, 0x3, 0x2, 0x2, 0x2, 0x2ac, 0x2aa, 0x3, 0x2, 0x2, 0x2,
    0x2ac, 0x2ad, 0x3, 0x2, 0x2, 0x2, 0x2ad, 0x2af, 0x3, 0x2, 0x2, 0x2,
    0x2ae, 0x2ac, 0x3, 0x2, 0x2, 0x2, 0x2af, 0x2b3, 0x7, 0x46, 0x2, 0x2,
    0x2b0, 0x2b2, 0x5, 0x60, 0x31, 0x2, 0x2b1, 0x2b0, 0x3, 0x2, 0x2, 0x2,
    0x2b2, 0x2b5, 0x3, 0x2, 0x2, 0x2, 0x2b3, 0x2b1, 0x3, 0x2, 0x2, 0x2,
    0x2b3, 0x2b4, 0x3, 0x2, 0x2, 0x2, 0x2b4, 0x2b6, 0x3, 0x2, 0x2, 0x2,
    0x2b5, 0x2b3, 0x3, 0x2, 0x2, 0x2, 0x2b6, 0x2b7, 0x7, 0x47, 0x2, 0x2,
    0x2b7, 0x5f, 0x3, 0x2, 0x2, 0x2, 0x2b8, 0x2bb, 0x5, 0x5c, 0x2f, 0x2,
    0x2b9, 0x2bb, 0x5, 0x5e, 0x30, 0x2, 0x2ba, 0x2b8, 0x3, 0x2, 0x2, 0x2,
    0x2ba, 0x2b9, 0x3, 0x2, 0x2, 0x2, 0x2bb, 0x61, 0x3, 0x2, 0x2, 0x2, 0x2bc,
    0x2be, 0x7, 0x28, 0x2, 0x2, 0x2bd, 0x2bf, 0x5, 0x86, 0x44, 0x2, 0x2be,
    0x2bd, 0x3, 0x2, 0x2, 0x2, 0x2be, 0x2bf, 0x3, 0x2, 0x2, 0x2, 0x2bf,
    0x2c0, 0x3, 0x2, 0x2, 0x2, 0x2c0, 0x2c1, 0x7, 0x1b, 0x2, 0x2, 0x2c1,
    0x2c5, 0x5, 0x84, 0x43, 0x2, 0x2c2, 0x2c4, 0x5, 0x66, 0x34, 0x2, 0x2c3,
    0x2c2, 0x3, 0x2, 0x2, 0x2, 0x2c4, 0x2c7, 0x3, 0x2, 0x2, 0x2, 0x2c5,
    0x2c3, 0x3, 0x2, 0x2, 0x2, 0x2c5, 0x2c6, 0x3, 0x2, 0x2, 0x2, 0x2c6,
    0x2c8, 0x3, 0x2, 0x2, 0x2, 0x2c7, 0x2c5, 0x3, 0x2, 0x2, 0x2, 0x2c8,
    0x2cc, 0x7, 0x46, 0x2, 0x2, 0x2c9, 0x2cb, 0x5, 0x64, 0x33, 0x2, 0x2ca,
    0x2c9, 0x3, 0x2, 0x2, 0x2, 0x2cb, 0x2ce, 0x3, 0x2, 0x2, 0x2, 0x2cc,
    0x2ca, 0x3, 0x2, 0x2, 0x2, 0x2cc, 0x2cd, 0x3, 0x2, 0x2, 0x2, 0x2cd,
    0x2cf, 0x3, 0x2, 0x2, 0x2, 0x2ce, 0x2cc, 0x3, 0x2, 0x2, 0x2, 0x2cf,
    0x2d0, 0x7, 0x47, 0x2, 0x2, 0x2d0, 0x63, 0x3, 0x2, 0x2, 0x2, 0x2d1,
    0x2d2, 0x7, 0x38, 0x2, 0x2, 0x2d2, 0x2d6, 0x5, 0x7c, 0x3f, 0x2, 0x2d3,
    0x2d5, 0x5, 0x66, 0x34, 0x2, 0x2d4, 0x2d3, 0x3, 0x2, 0x2, 0x2, 0x2d5,
    0x2d8, 0x3, 0x2, 0x2, 0x2, 0x2d6, 0x2d4, 0x3, 0x2, 0x2, 0x2, 0x2d6,
    0x2d7, 0x3, 0x2, 0x2, 0x2, 0x2d7, 0x2ea, 0x3, 0x2, 0x2, 0x2, 0x2d8,
    0x2d6, 0x3, 0x2, 0x2, 0x2, 0x2d9, 0x2da, 0x7, 0x29, 0x2, 0x2, 0x2da,
    0x2ea, 0x5, 0x78, 0x3d, 0x2, 0x2db, 0x2ea, 0x5, 0x5c, 0x2f, 0x2, 0x2dc,
    0x2ea, 0x5, 0x5e, 0x30, 0x2, 0x2dd, 0x2de, 0x7, 0x3b, 0x2, 0x2, 0x2de,
    0x2df, 0x5, 0x86, 0x44, 0x2, 0x2df, 0x2e0, 0x7, 0x57, 0x2, 0x2, 0x2e0,
    0x2e1, 0x5, 0x6c, 0x37, 0x2, 0x2e1, 0x2ea, 0x3, 0x2, 0x2, 0x2, 0x2e2,
    0x2e3, 0x7, 0x3c, 0x2, 0x2, 0x2e3, 0x2e4, 0x7, 0x3d, 0x2, 0x2, 0x2e4,
    0x2ea, 0x5, 0x6c, 0x37, 0x2, 0x2e5, 0x2e6, 0x7, 0x3e, 0x2, 0x2, 0x2e6,
    0x2ea, 0x5, 0x6c, 0x37, 0x2, 0x2e7, 0x2ea, 0x5, 0x32, 0x1a, 0x2, 0x2e8,
    0x2ea, 0x5, 0x8, 0x5, 0x2, 0x2e9, 0x2d1, 0x3, 0x2, 0x2, 0x2, 0x2e9,
    0x2d9, 0x3, 0x2, 0x2, 0x2, 0x2e9, 0x2db, 0x3, 0x2, 0x2, 0x2, 0x2e9,
    0x2dc, 0x3, 0x2, 0x2, 0x2, 0x2e9, 0x2dd, 0x3, 0x2, 0x2, 0x2, 0x2e9,
    0x2e2, 0x3, 0x2, 0x2, 0x2, 0x2e9, 0x2e5, 0x3, 0x2, 0x2, 0x2, 0x2e9,
    0x2e7, 0x3, 0x2, 0x2, 0x2, 0x2e9, 0x2e8, 0x3, 0x2, 0x2, 0x2, 0x2ea,
    0x65, 0x3, 0x2, 0x2, 0x2, 0x2eb, 0x2f1, 0x7, 0x5b, 0x2, 0x2, 0x2ec,
    0x2ee, 0x7, 0x48, 0x2, 0x2, 0x2ed, 0x2ef, 0x5, 0x68, 0x35, 0x2, 0x2ee,
    0x2ed, 0x3, 0x2, 0x2, 0x2, 0x2ee, 0x2ef, 0x3, 0x2, 0x2, 0x2, 0x2ef,
    0x2f0, 0x3, 0x2, 0x2, 0x2, 0x2f0, 0x2f2, 0x7, 0x49, 0x2, 0x2, 0x2f1,
    0x2ec, 0x3, 0x2, 0x2, 0x2, 0x2f1, 0x2f2, 0x3, 0x2, 0x2, 0x2, 0x2f2,
    0x67, 0x3, 0x2, 0x2, 0x2, 0x2f3, 0x2f8, 0x5, 0x6a, 0x36, 0x2, 0x2f4,
    0x2f5, 0x7, 0x4c, 0x2, 0x2, 0x2f5, 0x2f7, 0x5, 0x6a, 0x36, 0x2, 0x2f6,
    0x2f4, 0x3, 0x2, 0x2, 0x2, 0x2f7, 0x2fa, 0x3, 0x2, 0x2, 0x2, 0x2f8,
    0x2f6, 0x3, 0x2, 0x2, 0x2, 0x2f8, 0x2f9, 0x3, 0x2, 0x2, 0x2, 0x2f9,
    0x2fc, 0x3, 0x2, 0x2, 0x2, 0x2fa, 0x2f8, 0x3, 0x2, 0x2, 0x2, 0x2fb,
    0x2fd, 0x7, 0x4c, 0x2, 0x2, 0x2fc, 0x2fb, 0x3, 0x2, 0x2, 0x2, 0x2fc,
    0x2fd, 0x3, 0x2, 0x2, 0x2, 0x2fd, 0x69, 0x3, 0x2, 0x2, 0x2, 0x2fe, 0x2ff,
    0x5, 0x86, 0x44, 0x2, 0x2ff, 0x300, 0x7, 0x4d, 0x2, 0x2, 0x300, 0x302,
    0x3, 0x2, 0x2, 0x2, 0x301, 0x2fe, 0x3, 0x2, 0x2, 0x2, 0x301, 0x302,
    0x3, 0x2, 0x2, 0x2, 0x302, 0x303, 0x3, 0x2, 0x2, 0x2, 0x303, 0x304,
    0x5, 0x6c, 0x37, 0x2, 0x304, 0x6b, 0x3, 0x2, 0x2, 0x2, 0x305, 0x30b,
    0x5, 0x70, 0x39, 0x2, 0x306, 0x307, 0x5, 0x6e, 0x38, 0x2, 0x307, 0x308,
    0x5, 0x70, 0x39, 0x2, 0x308, 0x30a, 0x3, 0x2, 0x2, 0x2, 0x309, 0x306,
    0x3, 0x2, 0x2, 0x2, 0x30a, 0x30d, 0x3, 0x2, 0x2, 0x2, 0x30b, 0x309,
    0x3, 0x2, 0x2, 0x2, 0x30b, 0x30c, 0x3, 0x2, 0x2, 0x2, 0x30c, 0x6d, 0x3,
    0x2, 0x2, 0x2, 0x30d, 0x30b, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x31a, 0x7,
    0x21, 0x2, 0x2, 0x30f, 0x31a, 0x7, 0x20, 0x2, 0x2, 0x310, 0x31a, 0x7,
    0x51, 0x2, 0x2, 0x311, 0x31a, 0x7, 0x52, 0x2, 0x2, 0x312, 0x31a, 0x7,
    0x55, 0x2, 0x2, 0x313, 0x31a, 0x7, 0x53, 0x2, 0x2, 0x314, 0x31a, 0x7,
    0x56, 0x2, 0x2, 0x315, 0x31a, 0x7, 0x54, 0x2, 0x2, 0x316, 0x31a, 0x7,
    0x1c, 0x2, 0x2, 0x317, 0x318, 0x7, 0x22, 0x2, 0x2, 0x318, 0x31a, 0x7,
    0x1c, 0x2, 0x2, 0x319, 0x30e, 0x3, 0x2, 0x2, 0x2, 0x319, 0x30f, 0x3,
    0x2, 0x2, 0x2, 0x319, 0x310, 0x3, 0x2, 0x2, 0x2, 0x319, 0x311, 0x3,
    0x2, 0x2, 0x2, 0x319, 0x312, 0x3, 0x2, 0x2, 0x2, 0x319, 0x313, 0x3,
    0x2, 0x2, 0x2, 0x319, 0x314, 0x3, 0x2, 0x2, 0x2, 0x319, 0x315, 0x3,
    0x2, 0x2, 0x2, 0x319, 0x316, 0x3, 0x2, 0x2, 0x2, 0x319, 0x317, 0x3,
    0x2, 0x2, 0x2, 0x31a, 0x6f, 0x3, 0x2, 0x2, 0x2, 0x31b, 0x31d, 0x9, 0x6,
    0x2, 0x2, 0x31c, 0x31b, 0x3, 0x2, 0x2, 0x2, 0x31d, 0x320, 0x3, 0x2,
    0x2, 0x2, 0x31e, 0x31c, 0x3, 0x2, 0x2, 0x2, 0x31e, 0x31f, 0x3, 0x2,
    0x2, 0x2, 0x31f, 0x321, 0x3, 0x2, 0x2, 0x2, 0x320, 0x31e, 0x3, 0x2,
    0x2, 0x2, 0x321, 0x325, 0x5, 0x74, 0x3b, 0x2, 0x322, 0x324, 0x5, 0x72,
    0x3a, 0x2, 0x323, 0x322, 0x3, 0x2, 0x2, 0x2, 0x324, 0x327, 0x3, 0x2,
    0x2, 0x2, 0x325, 0x323, 0x3, 0x2, 0x2, 0x2, 0x325, 0x326, 0x3, 0x2,
    0x2, 0x2, 0x326, 0x71, 0x3, 0x2, 0x2, 0x2, 0x327, 0x325, 0x3, 0x2, 0x2,
    0x2, 0x328, 0x329, 0x7, 0x4f, 0x2, 0x2, 0x329, 0x334, 0x5, 0x86, 0x44,
    0x2, 0x32a, 0x32c, 0x7, 0x48, 0x2, 0x2, 0x32b, 0x32d, 0x5, 0x68, 0x35,
    0x2, 0x32c, 0x32b, 0x3, 0x2, 0x2, 0x2, 0x32c, 0x32d, 0x3, 0x2, 0x2,
    0x2, 0x32d, 0x32e, 0x3, 0x2, 0x2, 0x2, 0x32e, 0x334, 0x7, 0x49, 0x2,
    0x2, 0x32f, 0x330, 0x7, 0x4a, 0x2, 0x2, 0x330, 0x331, 0x5, 0x6c, 0x37,
    0x2, 0x331, 0x332, 0x7, 0x4b, 0x2, 0x2, 0x332, 0x334, 0x3, 0x2, 0x2,
    0x2, 0x333, 0x328, 0x3, 0x2, 0x2, 0x2, 0x333, 0x32a, 0x3, 0x2, 0x2,
    0x2, 0x333, 0x32f, 0x3, 0x2, 0x2, 0x2, 0x334, 0x73, 0x3, 0x2, 0x2, 0x2,
    0x335, 0x343, 0x7, 0x5d, 0x2, 0x2, 0x336, 0x343, 0x7, 0x5c, 0x2, 0x2,
    0x337, 0x343, 0x7, 0x1d, 0x2, 0x2, 0x338, 0x343, 0x7, 0x1e, 0x2, 0x2,
    0x339, 0x343, 0x7, 0x1f, 0x2, 0x2, 0x33a, 0x343, 0x5, 0x7c, 0x3f, 0x2,
    0x33b, 0x343, 0x5, 0x86, 0x44, 0x2, 0x33c, 0x33d, 0x7, 0x48, 0x2, 0x2,
    0x33d, 0x33e, 0x5, 0x6c, 0x37, 0x2, 0x33e, 0x33f, 0x7, 0x49, 0x2, 0x2,
    0x33f, 0x343, 0x3, 0x2, 0x2, 0x2, 0x340, 0x343, 0x5, 0x76, 0x3c, 0x2,
    0x341, 0x343, 0x5, 0x78, 0x3d, 0x2, 0x342, 0x335, 0x3, 0x2, 0x2, 0x2,
    0x342, 0x336, 0x3, 0x2, 0x2, 0x2, 0x342, 0x337, 0x3, 0x2, 0x2, 0x2,
    0x342, 0x338, 0x3, 0x2, 0x2, 0x2, 0x342, 0x339, 0x3, 0x2, 0x2, 0x2,
    0x342, 0x33a, 0x3, 0x2, 0x2, 0x2, 0x342, 0x33b, 0x3, 0x2, 0x2, 0x2,
    0x342, 0x33c, 0x3, 0x2, 0x2, 0x2, 0x342, 0x340, 0x3, 0x2, 0x2, 0x2,
    0x342, 0x341, 0x3, 0x2, 0x2, 0x2, 0x343, 0x75, 0x3, 0x2, 0x2, 0x2, 0x344,
    0x350, 0x7, 0x4a, 0x2, 0x2, 0x345, 0x34a, 0x5, 0x6c, 0x37, 0x2, 0x346,
    0x347, 0x7, 0x4c, 0x2, 0x2, 0x347, 0x349, 0x5, 0x6c, 0x37, 0x2, 0x348,
    0x346, 0x3, 0x2, 0x2, 0x2, 0x349, 0x34c, 0x3, 0x2, 0x2, 0x2, 0x34a,
    0x348, 0x3, 0x2, 0x2, 0x2, 0x34a, 0x34b, 0x3, 0x2, 0x2, 0x2, 0x34b,
    0x34e, 0x3, 0x2, 0x2, 0x2, 0x34c, 0x34a, 0x3, 0x2, 0x2, 0x2, 0x34d,
    0x34f, 0x7, 0x4c, 0x2, 0x2, 0x34e, 0x34d, 0x3, 0x2, 0x2, 0x2, 0x34e,
    0x34f, 0x3, 0x2, 0x2, 0x2, 0x34f, 0x351, 0x3, 0x2, 0x2, 0x2, 0x350,
    0x345, 0x3, 0x2, 0x2, 0x2, 0x350, 0x351, 0x3, 0x2, 0x2, 0x2, 0x351,
    0x352, 0x3, 0x2, 0x2, 0x2, 0x352, 0x353, 0x7, 0x4b, 0x2, 0x2, 0x353,
    0x77, 0x3, 0x2, 0x2, 0x2, 0x354, 0x35b, 0x7, 0x46, 0x2, 0x2, 0x355,
    0x357, 0x5, 0x7a, 0x3e, 0x2, 0x356, 0x358, 0x7, 0x4c, 0x2, 0x2, 0x357,
    0x356, 0x3, 0x2, 0x2, 0x2, 0x357, 0x358, 0x3, 0x2, 0x2, 0x2, 0x358,
    0x35a, 0x3, 0x2, 0x2, 0x2, 0x359, 0x355, 0x3, 0x2, 0x2, 0x2, 0x35a,
    0x35d, 0x3, 0x2, 0x2, 0x2, 0x35b, 0x359, 0x3, 0x2, 0x2, 0x2, 0x35b,
    0x35c, 0x3, 0x2, 0x2, 0x2, 0x35c, 0x35e, 0x3, 0x2, 0x2, 0x2, 0x35d,
    0x35b, 0x3, 0x2, 0x2, 0x2, 0x35e, 0x35f, 0x7, 0x47, 0x2, 0x2, 0x35f,
    0x79, 0x3, 0x2, 0x2, 0x2, 0x360, 0x363, 0x5, 0x86, 0x44, 0x2, 0x361,
    0x363, 0x5, 0x7c, 0x3f, 0x2, 0x362, 0x360, 0x3, 0x2, 0x2, 0x2, 0x362,
    0x361, 0x3, 0x2, 0x2, 0x2, 0x363, 0x364, 0x3, 0x2, 0x2, 0x2, 0x364,
    0x365, 0x7, 0x4d, 0x2, 0x2, 0x365, 0x366, 0x5, 0x6c, 0x37, 0x2, 0x366,
    0x7b, 0x3, 0x2, 0x2, 0x2, 0x367, 0x36b, 0x7, 0x62, 0x2, 0x2, 0x368,
    0x36a, 0x5, 0x7e, 0x40, 0x2, 0x369, 0x368, 0x3, 0x2, 0x2, 0x2, 0x36a,
    0x36d, 0x3, 0x2, 0x2, 0x2, 0x36b, 0x369, 0x3, 0x2, 0x2, 0x2, 0x36b,
    0x36c, 0x3, 0x2, 0x2, 0x2, 0x36c, 0x36e, 0x3, 0x2, 0x2, 0x2, 0x36d,
    0x36b, 0x3, 0x2, 0x2, 0x2, 0x36e, 0x37b, 0x9, 0x7, 0x2, 0x2, 0x36f,
    0x373, 0x7, 0x61, 0x2, 0x2, 0x370, 0x372, 0x5, 0x7e, 0x40, 0x2, 0x371,
    0x370, 0x3, 0x2, 0x2, 0x2, 0x372, 0x375, 0x3, 0x2, 0x2, 0x2, 0x373,
    0x371, 0x3, 0x2, 0x2, 0x2, 0x373, 0x374, 0x3, 0x2, 0x2, 0x2, 0x374,
    0x376, 0x3, 0x2, 0x2, 0x2, 0x375, 0x373, 0x3, 0x2, 0x2, 0x2, 0x376,
    0x37b, 0x9, 0x8, 0x2, 0x2, 0x377, 0x37b, 0x7, 0x60, 0x2, 0x2, 0x378,
    0x37b, 0x7, 0x5e, 0x2, 0x2, 0x379, 0x37b, 0x7, 0x5f, 0x2, 0x2, 0x37a,
    0x367, 0x3, 0x2, 0x2, 0x2, 0x37a, 0x36f, 0x3, 0x2, 0x2, 0x2, 0x37a,
    0x377, 0x3, 0x2, 0x2, 0x2, 0x37a, 0x378, 0x3, 0x2, 0x2, 0x2, 0x37a,
    0x379, 0x3, 0x2, 0x2, 0x2, 0x37b, 0x7d, 0x3, 0x2, 0x2, 0x2, 0x37c, 0x380,
    0x7, 0x67, 0x2, 0x2, 0x37d, 0x380, 0x7, 0x68, 0x2, 0x2, 0x37e, 0x380,
    0x5, 0x80, 0x41, 0x2, 0x37f, 0x37c, 0x3, 0x2, 0x2, 0x2, 0x37f, 0x37d,
    0x3, 0x2, 0x2, 0x2, 0x37f, 0x37e, 0x3, 0x2, 0x2, 0x2, 0x380, 0x7f, 0x3,
    0x2, 0x2, 0x2, 0x381, 0x382, 0x7, 0x45, 0x2, 0x2, 0x382, 0x386, 0x5,
    0x6c, 0x37, 0x2, 0x383, 0x385, 0x5, 0x82, 0x42, 0x2, 0x384, 0x383, 0x3,
    0x2, 0x2, 0x2, 0x385, 0x388, 0x3, 0x2, 0x2, 0x2, 0x386, 0x384, 0x3,
    0x2, 0x2, 0x2, 0x386, 0x387, 0x3, 0x2, 0x2, 0x2, 0x387, 0x389, 0x3,
    0x2, 0x2, 0x2, 0x388, 0x386, 0x3, 0x2, 0x2, 0x2, 0x389, 0x38a, 0x9,
    0x9, 0x2, 0x2, 0x38a, 0x81, 0x3, 0x2, 0x2, 0x2, 0x38b, 0x38c, 0x7, 0x5a,
    0x2, 0x2, 0x38c, 0x392, 0x5, 0x86, 0x44, 0x2, 0x38d, 0x38f, 0x7, 0x48,
    0x2, 0x2, 0x38e, 0x390, 0x5, 0x68, 0x35, 0x2, 0x38f, 0x38e, 0x3, 0x2,
    0x2, 0x2, 0x38f, 0x390, 0x3, 0x2, 0x2, 0x2, 0x390, 0x391, 0x3, 0x2,
    0x2, 0x2, 0x391, 0x393, 0x7, 0x49, 0x2, 0x2, 0x392, 0x38d, 0x3, 0x2,
    0x2, 0x2, 0x392, 0x393, 0x3, 0x2, 0x2, 0x2, 0x393, 0x83, 0x3, 0x2, 0x2,
    0x2, 0x394, 0x399, 0x5, 0x86, 0x44, 0x2, 0x395, 0x396, 0x7, 0x4f, 0x2,
    0x2, 0x396, 0x398, 0x5, 0x86, 0x44, 0x2, 0x397, 0x395, 0x3, 0x2, 0x2,
    0x2, 0x398, 0x39b, 0x3, 0x2, 0x2, 0x2, 0x399, 0x397, 0x3, 0x2, 0x2,
    0x2, 0x399, 0x39a, 0x3, 0x2, 0x2, 0x2, 0x39a, 0x85, 0x3, 0x2, 0x2, 0x2,
    0x39b, 0x399, 0x3, 0x2, 0x2, 0x2, 0x39c, 0x39d, 0x9, 0xa, 0x2, 0x2,
    0x39d, 0x87, 0x3, 0x2, 0x2, 0x2, 0x79, 0x89, 0x8e, 0xa0, 0xae, 0xb2,
    0xb8, 0xbd, 0xc1, 0xc6, 0xcc, 0xd0, 0xd9, 0xde, 0xe3, 0xe9, 0xee, 0xf2,
    0xfc, 0x101, 0x10b, 0x110, 0x113, 0x119, 0x11e, 0x121, 0x126, 0x12e,
    0x132, 0x136, 0x13a, 0x13d, 0x142, 0x149, 0x14e, 0x156, 0x15b, 0x163,
    0x166, 0x16e, 0x171, 0x176, 0x181, 0x192, 0x19a, 0x19f, 0x1a5, 0x1aa,
    0x1af, 0x1b4, 0x1b8, 0x1c4, 0x1c8, 0x1d2, 0x1d6, 0x1e5, 0x1e9, 0x1ef,
    0x1f9, 0x1ff, 0x204, 0x209, 0x210, 0x21a, 0x220, 0x22c, 0x231, 0x234,
    0x237, 0x23a, 0x23f, 0x245, 0x249, 0x251, 0x259, 0x25d, 0x26b, 0x275,
    0x278, 0x27e, 0x285, 0x28c, 0x297, 0x29e, 0x2a3, 0x2a7, 0x2ac, 0x2b3,
    0x2ba, 0x2be, 0x2c5, 0x2cc, 0x2d6, 0x2e9, 0x2ee, 0x2f1, 0x2f8, 0x2fc,
    0x301, 0x30b, 0x319, 0x31e, 0x325, 0x32c, 0x333, 0x342, 0x34a, 0x34e,
    0x350, 0x357, 0x35b, 0x362, 0x36b, 0x373, 0x37a, 0x37f, 0x386, 0x38f,
    0x392, 0x399,
  };

  atn::ATNDeserializer deserializer;
  _atn = deserializer.deserialize(_serializedATN);

  size_t count = _atn.getNumberOfDecisions();
  _decisionToDFA.reserve(count);
  for (size_t i = 0; i < count; i++) {
    _decisionToDFA.emplace_back(_atn.getDecisionState(i), i);
  }
}

AepParser::Initializer AepParser::_init;
