// The table of encodings. Patterns are tiktoken's pat_str strings as shipped
// in the npm `tiktoken` 1.0.22 registry (the reference the parity tests run
// against). Each also names the hand-written splitter that matches it. Hashes: o200k_base and cl100k_base
// are the ones tiktoken pins in openai_public.py; tiktoken pins none for
// r50k_base and p50k_base, so theirs are the sha256 of the files shipped in
// gpt-tokenizer@4.0.0, whose token ids the TestPlans.txt vectors confirm.
#include "compiler/tokenizer/encoding_spec.hpp"

#include <array>

namespace aep::tokenizer {
namespace {

constexpr std::string_view kR50kPattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

constexpr std::string_view kCl100kPattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

constexpr std::string_view kO200kPattern =
    R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
    R"(|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
    R"(|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

constexpr std::array<SpecialToken, 2> kO200kSpecial{{
    {"<|endoftext|>", 199999},
    {"<|endofprompt|>", 200018},
}};
constexpr std::array<SpecialToken, 5> kCl100kSpecial{{
    {"<|endoftext|>", 100257},
    {"<|fim_prefix|>", 100258},
    {"<|fim_middle|>", 100259},
    {"<|fim_suffix|>", 100260},
    {"<|endofprompt|>", 100276},
}};
constexpr std::array<SpecialToken, 1> kGpt2Special{{{"<|endoftext|>", 50256}}};
constexpr std::array<SpecialToken, 4> kP50kEditSpecial{{
    {"<|endoftext|>", 50256},
    {"<|fim_prefix|>", 50281},
    {"<|fim_middle|>", 50282},
    {"<|fim_suffix|>", 50283},
}};

constexpr std::string_view kO200kSha = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d";
constexpr std::string_view kCl100kSha = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7";
constexpr std::string_view kP50kSha = "94b5ca7dff4d00767bc256fdd1b27e5b17361d7b8a5f968547f9f23eb70d2069";
constexpr std::string_view kR50kSha = "306cd27f03c1a714eca7108e03d66b7dc042abe8c258b44c199a7ed9838dd930";

const std::array<EncodingSpec, 6> kSpecs{{
    {"o200k_base", "o200k_base.tiktoken", 3613922, kO200kSha, kO200kPattern, PatternKind::O200k, kO200kSpecial, 200019},
    {"cl100k_base", "cl100k_base.tiktoken", 1681126, kCl100kSha, kCl100kPattern, PatternKind::Cl100k, kCl100kSpecial, 100277},
    {"p50k_base", "p50k_base.tiktoken", 836186, kP50kSha, kR50kPattern, PatternKind::R50k, kGpt2Special, 50281},
    {"p50k_edit", "p50k_base.tiktoken", 836186, kP50kSha, kR50kPattern, PatternKind::R50k, kP50kEditSpecial, 50284},
    {"r50k_base", "r50k_base.tiktoken", 835554, kR50kSha, kR50kPattern, PatternKind::R50k, kGpt2Special, 50257},
    // tiktoken's "gpt2" reads encoder.json/vocab.bpe; they hold the same
    // ranks as r50k_base.tiktoken, so aep serves it from that file.
    {"gpt2", "r50k_base.tiktoken", 835554, kR50kSha, kR50kPattern, PatternKind::R50k, kGpt2Special, 50257},
}};

}  // namespace

std::span<const EncodingSpec> all_encoding_specs() { return kSpecs; }

const EncodingSpec* find_encoding_spec(std::string_view name) {
  for (const EncodingSpec& spec : kSpecs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string known_encoding_names() {
  std::string out;
  for (const EncodingSpec& spec : kSpecs) {
    if (!out.empty()) out += ", ";
    out += spec.name;
  }
  return out;
}

}  // namespace aep::tokenizer
