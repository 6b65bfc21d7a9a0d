// Provider profiles: which provider, endpoint, key variable, model, limits
// and fallback cascade a call uses. Built-in profiles cover the usual
// providers (`sim`, `openai`, `openai-responses`, `anthropic`, `gemini`,
// `ollama`); `[providers.<name>]` tables in aep.toml add or override them:
//
//   [providers.fast]
//   kind = "openai"                 # sim | openai | openai-responses | anthropic | gemini | ollama | openai-compat
//   target = "openai-chat"          # wire format / target name; default from kind (sim: from the model)
//   base_url = "http://127.0.0.1:8080"
//   api_key_env = "MY_OPENAI_KEY"   # default: the provider's usual variable
//   model = "gpt-4o-mini"
//   concurrency = 32                # calls in flight (adaptive below it unless adaptive = false)
//   rpm = 500                       # requests per minute cap
//   tpm = 200000                    # tokens per minute cap
//   timeout = "20s"                 # per attempt
//   max_retries = 2
//   fallbacks = [ { model = "gpt-4o", timeout = "30s" }, { profile = "claude" } ]
//
// Keys are read from the environment only when a profile is resolved, and
// only into memory. Nothing here writes anything.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/targets/target.hpp"
#include "runtime/providers/response.hpp"

namespace aep::runner {

struct FallbackStep {
  std::string profile;                  // another profile; empty: the same one
  std::string model;                    // empty: that profile's model
  std::chrono::milliseconds timeout{0};  // per attempt for this step; 0: the profile's
};

struct ProviderProfile {
  std::string name;
  std::string kind = "sim";
  std::string target;        // empty: from kind (sim: from the model's provider)
  std::string base_url;      // empty: the provider's public endpoint (sim: in process)
  std::string api_key_env;   // empty: the provider's usual variables
  std::string model;         // empty: the prompt's model
  int concurrency = 64;
  bool adaptive = true;
  double rpm = 0;
  double tpm = 0;
  std::chrono::milliseconds timeout{0};  // per attempt; 0: the runner's default
  std::optional<int> max_retries;
  std::vector<FallbackStep> fallbacks;
};

struct Profiles {
  std::map<std::string, ProviderProfile> by_name;
  const ProviderProfile* find(const std::string& name) const;
};

// sim, openai, openai-responses, anthropic, gemini, ollama.
Profiles builtin_profiles();

// Adds or overrides profiles from the `[providers]` table of an aep.toml
// text. Errors name the file, line and column and the key at fault.
Expected<Profiles> load_profiles(const std::string& toml_text, const std::string& path, Profiles base = builtin_profiles());

// A profile ready for calls. `api_key` lives in memory only.
struct ResolvedProfile {
  ProviderProfile profile;
  std::string provider;          // "sim", "openai", "anthropic", "gemini", "ollama", "openai-compat"
  bool in_process = false;       // sim without a base URL: no HTTP
  std::string base_url;          // resolved (defaults and *_BASE_URL variables applied)
  std::string api_key;
  std::string key_source;        // the variable the key came from (for messages), or empty
};

// Resolves defaults and reads the key variable. An Error when a required key
// variable is unset (naming the variable, never a value) or the kind is unknown.
Expected<ResolvedProfile> resolve_profile(const ProviderProfile& profile);

// The target a profile uses with `model` (sim: from the model's provider in
// the capability table; openai-chat when unknown).
Expected<targets::Target> target_for(const ResolvedProfile& profile, const std::string& model,
                                     const targets::CapabilityTable& capabilities);

providers::Provider wire_provider(targets::WireFormat wire);
std::string wire_name(targets::WireFormat wire);  // "openai-chat", "anthropic", ...

// "20s", "1500ms", "2m" → milliseconds.
std::optional<std::chrono::milliseconds> parse_duration(std::string_view text);

}  // namespace aep::runner
