// The OpenAI-compatible server profiles (see compat_profiles.hpp). Each entry
// says where its facts come from; where a server's behaviour varies by version
// the profile takes the choice that the widest range of versions accepts.
#include "compiler/targets/compat_profiles.hpp"

namespace aep::targets {

const std::vector<CompatProfile>& compat_profiles() {
  static const std::vector<CompatProfile> profiles = [] {
    std::vector<CompatProfile> p;
    {
      CompatProfile v;
      v.name = "vllm";
      v.title = "vLLM OpenAI-compatible server";
      v.source = "docs.vllm.ai: OpenAI-Compatible Server (extra sampling parameters such as top_k), Structured Outputs, Tool Calling";
      v.uncertainty = "`developer` role support depends on the model's chat template, so it is sent as `system`; "
                      "`max_tokens` is used because older releases lack `max_completion_tokens`";
      v.top_k = true;
      v.n = true;
      v.logprobs = true;
      v.stream_options = true;
      p.push_back(v);
    }
    {
      CompatProfile l;
      l.name = "llamacpp";
      l.title = "llama.cpp server (llama-server)";
      l.source = "github.com/ggml-org/llama.cpp tools/server/README.md: /v1/chat/completions, response_format json_schema, --jinja tool calling";
      l.uncertainty = "named tool_choice and OpenAI-style logprobs are not documented for every release, so both are treated as unsupported";
      l.top_k = true;
      l.tool_choice_named = false;
      p.push_back(l);
    }
    {
      CompatProfile s;
      s.name = "lmstudio";
      s.title = "LM Studio local server";
      s.source = "lmstudio.ai/docs: OpenAI Compatibility API (supported payload parameters), Structured Output, Tool Use";
      s.uncertainty = "named tool_choice is not documented, so it is treated as unsupported";
      s.top_k = true;
      s.tool_choice_named = false;
      p.push_back(s);
    }
    {
      CompatProfile t;
      t.name = "tgi";
      t.title = "Hugging Face Text Generation Inference (Messages API)";
      t.source = "huggingface.co/docs/text-generation-inference: Messages API, Guidance (response_format {type: json_object, value: schema}), launcher --max-stop-sequences (default 4)";
      t.uncertainty = "TGI 3.x also accepts OpenAI's json_schema form; json_object with `value` is used because every 2.x and 3.x release accepts it";
      t.structured = CompatProfile::Structured::TgiJsonObject;
      t.logprobs = true;
      t.stop_max = 4;
      t.stream_options = true;
      p.push_back(t);
    }
    return p;
  }();
  return profiles;
}

const CompatProfile* find_compat_profile(std::string_view name) {
  for (const CompatProfile& p : compat_profiles()) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

ModelInfo compat_model_info(const CompatProfile& profile, const std::string& model) {
  ModelInfo m;
  m.name = model;
  m.provider = "compat";
  m.context_window = 0;  // unknown: served models vary
  m.max_output = 0;      // unknown: no upper check
  m.system_role = profile.developer_role ? "developer" : "system";
  m.temperature = {true, NumberRange{0, 2}, std::nullopt};
  m.top_p = {true, NumberRange{0, 1}, std::nullopt};
  m.top_k = profile.top_k;
  m.seed = profile.seed;
  m.stop_max = profile.stop_max;
  m.n = profile.n;
  m.logprobs = profile.logprobs;
  m.penalties = profile.penalties;
  m.tools = profile.tools;
  m.parallel_tools = profile.tools;
  m.structured_output = profile.structured == CompatProfile::Structured::None ? "none" : "native";
  if (profile.reasoning_effort) {
    m.reasoning.kind = ReasoningInfo::Kind::Effort;
    m.reasoning.efforts = {"low", "medium", "high"};
  }
  m.prompt_caching = "automatic";
  return m;
}

}  // namespace aep::targets
