// Provider profiles: built-ins, the [providers] table of aep.toml, and
// resolution (defaults, base-URL and key variables). See profile.hpp.
#include "runtime/runner/profile.hpp"

#include <cstdlib>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace aep::runner {

namespace {

struct KindInfo {
  const char* kind;
  const char* provider;
  const char* target;  // default target; empty: from the model (sim)
  const char* base_url;
  std::vector<const char*> key_vars;  // first set one wins
  const char* base_url_var;
  bool key_required;
};

const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> table = {
      {"sim", "sim", "", "", {}, "", false},
      {"openai", "openai", "openai-chat", "https://api.openai.com", {"OPENAI_API_KEY"}, "OPENAI_BASE_URL", true},
      {"openai-responses", "openai", "openai-responses", "https://api.openai.com", {"OPENAI_API_KEY"}, "OPENAI_BASE_URL", true},
      {"anthropic", "anthropic", "anthropic", "https://api.anthropic.com", {"ANTHROPIC_API_KEY"}, "ANTHROPIC_BASE_URL", true},
      {"gemini", "gemini", "gemini", "https://generativelanguage.googleapis.com", {"GEMINI_API_KEY", "GOOGLE_API_KEY"}, "GOOGLE_GEMINI_BASE_URL", true},
      {"ollama", "ollama", "ollama", "http://127.0.0.1:11434", {"OLLAMA_API_KEY"}, "OLLAMA_HOST", false},
      // A server speaking OpenAI Chat (vLLM, llama.cpp, LM Studio...): base_url required.
      {"openai-compat", "openai-compat", "openai-chat", "", {"OPENAI_API_KEY"}, "", false},
  };
  return table;
}

const KindInfo* find_kind(std::string_view kind) {
  for (const KindInfo& k : kinds())
    if (kind == k.kind) return &k;
  return nullptr;
}

std::string where(const toml::node& node, const std::string& path) {
  const auto& src = node.source();
  return fmt::format("{}:{}:{}", path, src.begin.line, src.begin.column);
}

Expected<std::chrono::milliseconds> duration_of(const toml::node& node, const std::string& path, const std::string& key) {
  if (auto n = node.value<std::int64_t>()) return std::chrono::milliseconds(*n * 1000);
  if (auto d = node.value<double>()) return std::chrono::milliseconds(static_cast<std::int64_t>(*d * 1000));
  if (auto s = node.value<std::string>()) {
    if (auto ms = parse_duration(*s)) return *ms;
  }
  return Error{fmt::format("{}: `{}` must be a duration such as \"20s\", \"1500ms\" or \"2m\"", where(node, path), key)};
}

Expected<bool> read_step(const toml::node& node, const std::string& path, FallbackStep& step) {
  if (auto s = node.value<std::string>()) {  // a bare string names a model
    step.model = *s;
    return true;
  }
  const toml::table* t = node.as_table();
  if (t == nullptr) {
    return Error{fmt::format("{}: a fallback step is a table such as {{ model = \"gpt-4o\", timeout = \"30s\" }} or a model name",
                             where(node, path))};
  }
  for (const auto& [k, v] : *t) {
    std::string key(k.str());
    if (key == "profile" || key == "model") {
      auto s = v.value<std::string>();
      if (!s) return Error{fmt::format("{}: fallback `{}` must be a string", where(v, path), key)};
      (key == "profile" ? step.profile : step.model) = *s;
    } else if (key == "timeout") {
      auto d = duration_of(v, path, key);
      if (!d) return d.error();
      step.timeout = *d;
    } else {
      return Error{fmt::format("{}: unknown fallback key `{}` (known: profile, model, timeout)", where(v, path), key)};
    }
  }
  return true;
}

Expected<bool> read_profile(const toml::table& t, const std::string& path, ProviderProfile& p) {
  for (const auto& [k, v] : t) {
    std::string key(k.str());
    auto str = [&](std::string& out) -> Expected<bool> {
      auto s = v.value<std::string>();
      if (!s) return Error{fmt::format("{}: `providers.{}.{}` must be a string", where(v, path), p.name, key)};
      out = *s;
      return true;
    };
    auto num = [&](double& out) -> Expected<bool> {
      auto d = v.value<double>();
      if (!d || *d < 0) return Error{fmt::format("{}: `providers.{}.{}` must be a number >= 0", where(v, path), p.name, key)};
      out = *d;
      return true;
    };
    Expected<bool> ok = true;
    if (key == "kind") {
      ok = str(p.kind);
      if (ok && find_kind(p.kind) == nullptr) {
        std::string known;
        for (const KindInfo& ki : kinds()) known += (known.empty() ? "" : ", ") + std::string(ki.kind);
        return Error{fmt::format("{}: unknown provider kind `{}` (known: {})", where(v, path), p.kind, known)};
      }
    } else if (key == "target") {
      ok = str(p.target);
      if (ok && !targets::parse_target(p.target)) {
        return Error{fmt::format("{}: unknown target `{}`", where(v, path), p.target)};
      }
    } else if (key == "base_url") {
      ok = str(p.base_url);
    } else if (key == "api_key_env") {
      ok = str(p.api_key_env);
    } else if (key == "api_key") {
      // A key written into aep.toml would end up in version control.
      return Error{fmt::format("{}: `providers.{}.api_key` is not accepted: keys never live in files; "
                               "name the environment variable with `api_key_env`", where(v, path), p.name)};
    } else if (key == "model") {
      ok = str(p.model);
    } else if (key == "concurrency") {
      auto n = v.value<std::int64_t>();
      if (!n || *n < 1 || *n > 4096) return Error{fmt::format("{}: `providers.{}.concurrency` must be an integer from 1 to 4096", where(v, path), p.name)};
      p.concurrency = static_cast<int>(*n);
    } else if (key == "adaptive") {
      auto b = v.value<bool>();
      if (!b) return Error{fmt::format("{}: `providers.{}.adaptive` must be true or false", where(v, path), p.name)};
      p.adaptive = *b;
    } else if (key == "rpm") {
      ok = num(p.rpm);
    } else if (key == "tpm") {
      ok = num(p.tpm);
    } else if (key == "timeout") {
      auto d = duration_of(v, path, "providers." + p.name + ".timeout");
      if (!d) return d.error();
      p.timeout = *d;
    } else if (key == "max_retries") {
      auto n = v.value<std::int64_t>();
      if (!n || *n < 0 || *n > 20) return Error{fmt::format("{}: `providers.{}.max_retries` must be an integer from 0 to 20", where(v, path), p.name)};
      p.max_retries = static_cast<int>(*n);
    } else if (key == "fallbacks") {
      const toml::array* arr = v.as_array();
      if (arr == nullptr) return Error{fmt::format("{}: `providers.{}.fallbacks` must be an array of steps", where(v, path), p.name)};
      p.fallbacks.clear();
      for (const toml::node& item : *arr) {
        FallbackStep step;
        auto r = read_step(item, path, step);
        if (!r) return r.error();
        p.fallbacks.push_back(std::move(step));
      }
    } else {
      return Error{fmt::format("{}: unknown key `providers.{}.{}` (known: kind, target, base_url, api_key_env, model, "
                               "concurrency, adaptive, rpm, tpm, timeout, max_retries, fallbacks)",
                               where(v, path), p.name, key)};
    }
    if (!ok) return ok.error();
  }
  return true;
}

}  // namespace

const ProviderProfile* Profiles::find(const std::string& name) const {
  auto it = by_name.find(name);
  return it == by_name.end() ? nullptr : &it->second;
}

Profiles builtin_profiles() {
  Profiles out;
  for (const KindInfo& k : kinds()) {
    if (std::string_view(k.kind) == "openai-compat") continue;  // needs a base URL
    ProviderProfile p;
    p.name = k.kind;
    p.kind = k.kind;
    out.by_name[p.name] = p;
  }
  return out;
}

Expected<Profiles> load_profiles(const std::string& toml_text, const std::string& path, Profiles base) {
  toml::table doc;
  try {
    doc = toml::parse(toml_text, path);
  } catch (const toml::parse_error& err) {
    return Error{fmt::format("{}:{}:{}: {}", path, err.source().begin.line, err.source().begin.column, err.description())};
  }
  const toml::node* providers = doc.get("providers");
  if (providers == nullptr) return base;
  const toml::table* table = providers->as_table();
  if (table == nullptr) return Error{fmt::format("{}: `providers` must be a table of [providers.<name>] tables", where(*providers, path))};
  for (const auto& [k, v] : *table) {
    std::string name(k.str());
    const toml::table* t = v.as_table();
    if (t == nullptr) return Error{fmt::format("{}: `providers.{}` must be a table", where(v, path), name)};
    ProviderProfile p;
    if (const ProviderProfile* known = base.find(name)) p = *known;  // override a built-in key by key
    p.name = name;
    if (auto kind = (*t)["kind"].value<std::string>()) p.kind = *kind;
    else if (base.find(name) == nullptr && !t->contains("kind")) p.kind = "sim";
    auto r = read_profile(*t, path, p);
    if (!r) return r.error();
    if (p.kind == "openai-compat" && p.base_url.empty()) {
      return Error{fmt::format("{}: `providers.{}` of kind openai-compat needs a `base_url`", where(v, path), name)};
    }
    base.by_name[name] = std::move(p);
  }
  // Fallback steps must name existing profiles.
  for (const auto& [name, p] : base.by_name) {
    for (const FallbackStep& s : p.fallbacks) {
      if (!s.profile.empty() && base.find(s.profile) == nullptr) {
        return Error{fmt::format("{}: `providers.{}.fallbacks` names unknown profile `{}`", path, name, s.profile)};
      }
    }
  }
  return base;
}

Expected<ResolvedProfile> resolve_profile(const ProviderProfile& profile) {
  const KindInfo* kind = find_kind(profile.kind);
  if (kind == nullptr) return Error{fmt::format("provider profile `{}`: unknown kind `{}`", profile.name, profile.kind)};
  ResolvedProfile r;
  r.profile = profile;
  r.provider = kind->provider;
  r.base_url = profile.base_url;
  if (r.base_url.empty() && kind->base_url_var[0] != '\0') {
    if (const char* env = std::getenv(kind->base_url_var); env != nullptr && *env != '\0') {
      r.base_url = env;
      if (std::string_view(kind->kind) == "ollama" && r.base_url.find("://") == std::string::npos) r.base_url = "http://" + r.base_url;
    }
  }
  if (r.base_url.empty()) r.base_url = kind->base_url;
  r.in_process = std::string_view(kind->kind) == "sim" && r.base_url.empty();
  if (r.in_process) return r;

  std::vector<std::string> vars;
  if (!profile.api_key_env.empty()) vars.push_back(profile.api_key_env);
  else for (const char* v : kind->key_vars) vars.emplace_back(v);
  for (const std::string& var : vars) {
    if (const char* env = std::getenv(var.c_str()); env != nullptr && *env != '\0') {
      r.api_key = env;
      r.key_source = var;
      break;
    }
  }
  // A named variable must be set; a provider's usual one only when the
  // endpoint is the provider's own (local servers and the emulator take none).
  bool own_endpoint = r.base_url == kind->base_url;
  if (r.api_key.empty() && (!profile.api_key_env.empty() || (kind->key_required && own_endpoint))) {
    std::string names;
    for (const std::string& v : vars) names += (names.empty() ? "" : " or ") + v;
    return Error{fmt::format("provider profile `{}` needs an API key: set the environment variable {}", profile.name, names)};
  }
  return r;
}

Expected<targets::Target> target_for(const ResolvedProfile& profile, const std::string& model,
                                     const targets::CapabilityTable& capabilities) {
  std::string name = profile.profile.target;
  if (name.empty()) {
    const KindInfo* kind = find_kind(profile.profile.kind);
    name = kind != nullptr ? kind->target : "";
  }
  if (name.empty()) {  // sim: speak the wire format of the model's provider
    name = "openai-chat";
    if (const targets::ModelInfo* info = capabilities.find(model)) {
      if (info->provider == "anthropic") name = "anthropic";
      else if (info->provider == "gemini") name = "gemini";
      else if (info->provider == "ollama") name = "ollama";
    }
  }
  auto t = targets::parse_target(name);
  if (!t) return Error{fmt::format("provider profile `{}`: unknown target `{}`", profile.profile.name, name)};
  return *t;
}

providers::Provider wire_provider(targets::WireFormat wire) {
  switch (wire) {
    case targets::WireFormat::OpenAIChat: return providers::Provider::OpenAIChat;
    case targets::WireFormat::OpenAIResponses: return providers::Provider::OpenAIResponses;
    case targets::WireFormat::AnthropicMessages: return providers::Provider::Anthropic;
    case targets::WireFormat::GeminiGenerate: return providers::Provider::Gemini;
    case targets::WireFormat::OllamaChat: return providers::Provider::Ollama;
  }
  return providers::Provider::OpenAIChat;
}

std::string wire_name(targets::WireFormat wire) { return std::string(providers::provider_name(wire_provider(wire))); }

std::optional<std::chrono::milliseconds> parse_duration(std::string_view text) {
  std::size_t i = 0;
  double value = 0;
  bool digits = false, dot = false;
  double scale = 0.1;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      if (dot) {
        value += (c - '0') * scale;
        scale /= 10;
      } else {
        value = value * 10 + (c - '0');
      }
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      break;
    }
  }
  if (!digits) return std::nullopt;
  std::string_view unit = text.substr(i);
  double ms = 0;
  if (unit == "ms") ms = value;
  else if (unit == "s" || unit.empty()) ms = value * 1000;
  else if (unit == "m") ms = value * 60000;
  else if (unit == "h") ms = value * 3600000;
  else return std::nullopt;
  return std::chrono::milliseconds(static_cast<std::int64_t>(ms));
}

}  // namespace aep::runner
