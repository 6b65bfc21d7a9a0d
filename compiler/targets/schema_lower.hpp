// Schema lowering: from the portable JSON Schema of an output type or a tool's
// parameters to each provider's dialect. Every constraint a dialect cannot
// carry is moved into the field's description with a W0601 warning, never
// dropped silently; a schema a dialect cannot hold at all is an E0610 error;
// a schema that is not portable JSON Schema is an E0611 error.
#pragma once

#include <string>

#include "compiler/targets/lower_common.hpp"

namespace aep::targets {

enum class SchemaDialect : std::uint8_t {
  Portable,      // checked, passed through unchanged (non-strict OpenAI, Ollama `format`)
  OpenAIStrict,  // strict structured outputs and strict function tools
  Anthropic,     // output_config.format and tool input_schema
  Gemini,        // responseSchema / functionDeclarations.parameters (OpenAPI 3.0 subset)
  OllamaTool,    // Ollama tool parameters: flat properties with type, description, enum, items
};

struct SchemaSite {
  std::string what;  // "output `Triage`", "tool `lookup_order`"
  Span span;
  bool strict = true;  // Anthropic: strict structured output needs additionalProperties false
};

// Lowers `schema`; diagnostics go through ctx. The result is usable even after
// errors (it is the best-effort lowering), but ctx's sink then has errors.
Json lower_schema(const Json& schema, SchemaDialect dialect, const SchemaSite& site, const LowerContext& ctx);

}  // namespace aep::targets
