// The syntax phase driver: file checks, lexing, the nesting pre-scan, the
// two-stage ANTLR parse and the transformation into the AST.
//
// Two stages: SLL prediction with a bail-out strategy is fast and right for
// every valid file of this grammar; only when it fails does the parser rewind
// and run full LL with the recovering strategy that writes the diagnostics.
//
// Stack safety: ANTLR's parser is recursive descent, so nesting must be
// bounded before it runs. The pre-scan counts brackets, braces, strings and
// interpolations over the token list (no recursion) and refuses files nested
// deeper than ParseOptions::max_nesting. A rule-depth guard in the parser is
// the backstop for nesting the pre-scan does not see (such as `list<list<...>>`).
#include "compiler/syntax/parse.hpp"

#include <fmt/format.h>

#include "AepLexer.h"
#include "AepParser.h"
#include "antlr4-runtime.h"
#include "compiler/syntax/error_strategy.hpp"
#include "compiler/syntax/lexer.hpp"
#include "compiler/syntax/text_input.hpp"
#include "compiler/syntax/transformer.hpp"

namespace aep::syntax {
namespace {

using L = grammar::AepLexer;

// ANTLRInputStream fed with our own decoding (ANTLR's would throw on invalid
// UTF-8 and allocates twice); the file is already known to be valid.
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  CodePointStream(std::u32string code_points, const std::string& name) {
    _data = std::move(code_points);
    p = 0;
    this->name = name;
  }
  const std::u32string& code_points() const { return _data; }
  // Gives the buffer back (its capacity is reused for the next file).
  std::u32string take() { return std::move(_data); }
};

// Buffers a thread reuses from one file to the next: the decoded text and
// the token vector are each one allocation of over a kilobyte per file, and
// every such allocation makes glibc's malloc consolidate the small blocks
// the previous file freed, so that file's successor then allocates its many
// small objects through the slow path.
// A buffer grown by a very large file is not kept (4 MiB of code points,
// 8 MiB of token pointers at most), so a long-lived thread holds little.
struct ThreadBuffers {
  static constexpr std::size_t kMaxKept = std::size_t{1} << 20;
  std::u32string code_points;
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
};
thread_local ThreadBuffers thread_buffers;

// CommonTokenStream with two changes that leave its behaviour as it was:
// its token vector is the thread's reused one, and fetch() numbers the
// tokens without a dynamic_cast per token (every token of this stream is a
// CommonToken made by syntax::Lexer).
class TokenStream : public antlr4::CommonTokenStream {
 public:
  explicit TokenStream(antlr4::TokenSource* source) : CommonTokenStream(source) {
    thread_buffers.tokens.clear();
    _tokens.swap(thread_buffers.tokens);
  }
  ~TokenStream() override {
    _tokens.clear();
    if (_tokens.capacity() <= ThreadBuffers::kMaxKept) _tokens.swap(thread_buffers.tokens);
  }
  // Every token, hidden channels included, after fill(); getTokens() would
  // copy them into a new vector.
  const std::vector<std::unique_ptr<antlr4::Token>>& all() const { return _tokens; }

 protected:
  size_t fetch(size_t n) override {
    if (_fetchedEOF) return 0;
    for (size_t i = 0; i < n;) {
      std::unique_ptr<antlr4::Token> t = _tokenSource->nextToken();
      static_cast<antlr4::CommonToken*>(t.get())->setTokenIndex(_tokens.size());
      _tokens.push_back(std::move(t));
      ++i;
      if (_tokens.back()->getType() == antlr4::Token::EOF) {
        _fetchedEOF = true;
        return i;
      }
    }
    return n;
  }
};

struct DepthExceeded {
  std::size_t token_index;
};

// The generated parser plus a bound on its stack use: the real resource
// that deep nesting exhausts. Measuring the stack is O(1) per rule, where
// counting the rule depth would walk the context chain each time.
class GuardedParser : public grammar::AepParser {
 public:
  GuardedParser(antlr4::TokenStream* input, const char* stack_base, std::size_t max_stack_bytes)
      : AepParser(input), stack_base_(stack_base), max_stack_bytes_(max_stack_bytes) {}

  void enterRule(antlr4::ParserRuleContext* ctx, size_t state, size_t rule_index) override {
    const char* here = static_cast<const char*>(__builtin_frame_address(0));
    std::size_t used = here < stack_base_ ? static_cast<std::size_t>(stack_base_ - here)
                                          : static_cast<std::size_t>(here - stack_base_);
    if (used > max_stack_bytes_) throw DepthExceeded{getCurrentToken()->getTokenIndex()};
    AepParser::enterRule(ctx, state, rule_index);
  }

 protected:
  // ANTLR's version finds the parent with a dynamic_cast on every rule
  // entered; a parser context's parent is always a parser context.
  void addContextToParseTree() override {
    if (_ctx->parent == nullptr) return;
    static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
  }

 private:
  const char* stack_base_;
  std::size_t max_stack_bytes_;
};

bool opens(std::size_t t) {
  return t == L::LBRACE || t == L::LPAREN || t == L::LBRACK || t == L::INTERP_OPEN || t == L::STR_OPEN ||
         t == L::TSTR_OPEN;
}
bool closes(std::size_t t) {
  return t == L::RBRACE || t == L::RPAREN || t == L::RBRACK || t == L::INTERP_CLOSE || t == L::STR_CLOSE ||
         t == L::TSTR_CLOSE || t == L::UNTERMINATED;
}

Span token_span(const SourceFile& file, const OffsetMap& offsets, antlr4::Token* t) {
  return file.span(offsets.byte(t->getStartIndex()), offsets.byte(t->getStopIndex() + 1));
}

// Returns false (after reporting) when nesting exceeds the limit.
bool check_nesting(const std::vector<std::unique_ptr<antlr4::Token>>& tokens, const SourceFile& file,
                   const OffsetMap& offsets, std::uint32_t limit, DiagnosticSink& sink) {
  std::uint32_t depth = 0;
  // `<` of generic types (`list<list<...`) nests too. A `<` right after a
  // name may also be a comparison that never closes, so this count starts
  // over at every brace or parenthesis, which no type contains.
  std::uint32_t angles = 0;
  std::size_t previous = 0;
  for (const auto& token : tokens) {
    antlr4::Token* t = token.get();
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    std::size_t type = t->getType();
    bool deeper = false;
    if (opens(type)) {
      ++depth;
      deeper = true;
    } else if (closes(type) && depth > 0) {
      --depth;
    }
    if (type == L::LT && (previous == L::ID || (previous >= L::K_TYPE && previous <= L::K_REQUIRED))) {
      ++angles;
      deeper = true;
    } else if (type == L::GT && angles > 0) {
      --angles;
    } else if (type == L::LBRACE || type == L::RBRACE || type == L::LPAREN || type == L::RPAREN) {
      angles = 0;
    }
    previous = type;
    if (deeper && depth + angles > limit) {
      sink.report(make_diag(DiagKind::NestingTooDeep, token_span(file, offsets, t),
                            fmt::format("nesting is deeper than the limit of {} levels", limit))
                      .primary_label("this opens level " + std::to_string(limit + 1))
                      .note("blocks, brackets, strings, interpolations and generic types each count as one level")
                      .help("flatten the structure, for example by moving nested parts into fragments"));
      return false;
    }
  }
  return true;
}

void collect_comments(const std::vector<std::unique_ptr<antlr4::Token>>& tokens, const SourceFile& file,
                      const OffsetMap& offsets, ast::Module& module) {
  for (const auto& token : tokens) {
    antlr4::Token* t = token.get();
    if (t->getChannel() != L::COMMENTS) continue;
    ast::CommentKind kind = t->getType() == L::DOC_COMMENT    ? ast::CommentKind::Doc
                            : t->getType() == L::LINE_COMMENT ? ast::CommentKind::Line
                                                              : ast::CommentKind::Block;
    module.comments.push_back({kind, token_span(file, offsets, t)});
  }
}

void report_depth(const antlr4::BufferedTokenStream& tokens, std::size_t index, const SourceFile& file,
                  const OffsetMap& offsets, std::uint32_t limit, DiagnosticSink& sink) {
  auto& stream = const_cast<antlr4::BufferedTokenStream&>(tokens);
  antlr4::Token* t = index < stream.size() ? stream.get(index) : nullptr;
  Span at = t ? token_span(file, offsets, t) : file.span(0, 0);
  sink.report(make_diag(DiagKind::NestingTooDeep, at,
                        fmt::format("this is nested too deeply for the parser (limit {} levels)", limit))
                  .help("flatten the structure, for example by moving nested parts into fragments"));
}

}  // namespace

std::unique_ptr<ast::Module> parse(const SourceFile& file, DiagnosticSink& sink, const ParseOptions& options) {
  auto module = std::make_unique<ast::Module>();
  module->file = file.id();
  module->span = file.span(0, static_cast<std::uint32_t>(std::min<std::size_t>(file.text().size(), 0xFFFFFFF0u)));
  if (!check_file_text(file, options.max_file_bytes, sink)) return module;

  try {
    OffsetMap offsets;
    std::u32string code_points = std::move(thread_buffers.code_points);
    offsets.build(file.text(), code_points);
    CodePointStream input(std::move(code_points), file.path());
    struct GiveBack {
      CodePointStream& input;
      ~GiveBack() {
        std::u32string buffer = input.take();
        if (buffer.capacity() <= ThreadBuffers::kMaxKept) thread_buffers.code_points = std::move(buffer);
      }
    } give_back{input};
    Lexer lexer(&input, input.code_points(), file, offsets, sink);
    TokenStream tokens(&lexer);
    tokens.fill();
    const std::vector<std::unique_ptr<antlr4::Token>>& all = tokens.all();
    collect_comments(all, file, offsets, *module);
    if (!check_nesting(all, file, offsets, options.max_nesting, sink)) return module;

    // The pre-scan bounds nesting; the stack guard is the backstop. 256
    // levels use well under 1 MiB; 4 MiB leaves room below the usual 8 MiB
    // main-thread stack (threads that parse need at least that much).
    const char* stack_base = static_cast<const char*>(__builtin_frame_address(0));
    GuardedParser parser(&tokens, stack_base, std::size_t{4} << 20);
    parser.removeErrorListeners();
    auto* interpreter = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    interpreter->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    grammar::AepParser::FileContext* tree = nullptr;
    try {
      try {
        tree = parser.file();
      } catch (const antlr4::ParseCancellationException&) {
        tree = nullptr;
      }
      if (tree == nullptr) {
        tokens.seek(0);
        parser.reset();
        interpreter->setPredictionMode(antlr4::atn::PredictionMode::LL);
        parser.setErrorHandler(std::make_shared<ErrorStrategy>(file, offsets, sink, lexer.shadows()));
        tree = parser.file();
      }
    } catch (const DepthExceeded& e) {
      report_depth(tokens, e.token_index, file, offsets, options.max_nesting, sink);
      return module;
    }
    Transformer transformer(file, offsets, tokens, sink, options);
    transformer.transform_file(tree, *module);
    return module;
  } catch (const std::exception& e) {
    sink.report(make_diag(DiagKind::ParserFailure, file.span(0, 0),
                          fmt::format("the parser stopped unexpectedly: {}", e.what()))
                    .note("this is a bug in aep; please report it with the file"));
  } catch (...) {
    sink.report(make_diag(DiagKind::ParserFailure, file.span(0, 0), "the parser stopped unexpectedly")
                    .note("this is a bug in aep; please report it with the file"));
  }
  return module;
}

}  // namespace aep::syntax
