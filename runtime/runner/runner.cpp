// The runner (runner.hpp): render, lower, cache, call (HTTP or in-process
// sim), fall back, check the output, store, trace, report. One CallState per
// call carries it through its fallback steps; HTTP completions continue it on
// the HTTP client's loop thread.
#include "runtime/runner/runner.hpp"

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "compiler/diag/render.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/targets/target.hpp"
#include "runtime/cache/cache_key.hpp"
#include "runtime/cache/response_cache.hpp"
#include "runtime/emulator/in_process.hpp"
#include "runtime/http/client.hpp"
#include "runtime/providers/parsers.hpp"
#include "runtime/providers/provider_client.hpp"
#include "runtime/runner/output_check.hpp"
#include "runtime/runner/response_json.hpp"
#include "runtime/sim/sim.hpp"
#include "runtime/sim/tiktoken_counter.hpp"
#include "runtime/sim/world.hpp"
#include "runtime/trace/trace_writer.hpp"

namespace aep::runner {

std::string_view call_status_name(CallStatus status) {
  switch (status) {
    case CallStatus::Ok: return "ok";
    case CallStatus::InputError: return "input-error";
    case CallStatus::LowerError: return "lower-error";
    case CallStatus::ProviderError: return "provider-error";
    case CallStatus::OutputError: return "output-error";
    case CallStatus::Cancelled: return "cancelled";
  }
  return "error";
}

std::optional<double> cost_of(const providers::Usage& usage, const targets::ModelInfo* model) {
  if (model == nullptr || !model->price_input || !model->price_output) return std::nullopt;
  double cached = static_cast<double>(std::min(usage.cached_input_tokens, usage.input_tokens));
  double uncached = static_cast<double>(usage.input_tokens) - cached;
  double cached_price = model->price_cached_input.value_or(*model->price_input);
  return (uncached * *model->price_input + cached * cached_price +
          static_cast<double>(usage.output_tokens) * *model->price_output) / 1e6;
}

namespace {

bool is_loopback(const std::string& url) {
  for (const char* p : {"http://127.", "http://localhost", "http://[::1]", "https://127.", "https://localhost"}) {
    if (url.rfind(p, 0) == 0) return true;
  }
  return false;
}

// The prompt as sent, one "role: text" block per message, for traces.
std::string prompt_text(const render::Request& request) {
  std::string out;
  for (const auto& m : request.messages) {
    if (!out.empty()) out += "\n\n";
    out += std::string(render::role_name(m.role)) + ": " + m.joined_text();
  }
  return out;
}

// One step of the cascade, ready to send.
struct Prepared {
  ResolvedProfile profile;
  targets::Target target;
  std::string model;
  targets::LoweringResult lowered;
  std::string cache_key;
  std::string cache_base;  // what the key calls the base URL
  http::Duration timeout{0};
  std::optional<http::TimePoint> deadline;
};

}  // namespace

struct CallState {
  CallInput input;
  ResultCallback done;
  CallResult result;
  render::Request request;
  std::string prompt_text;
  std::vector<FallbackStep> steps;  // steps[0] is the call itself
  std::size_t step = 0;
  std::unique_ptr<providers::StreamParser> parser;
  providers::CallSpec spec;
  nlohmann::json trace_extra = nlohmann::json::object();
  double cost_factor = 1.0;
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

struct Runner::Impl {
  RunnerOptions* options = nullptr;
  std::unique_ptr<http::Client> client;
  std::unique_ptr<cache::ResponseCache> cache;
  std::unique_ptr<trace::TraceWriter> trace;

  std::once_flag sim_once;
  std::shared_ptr<const sim::Sim> sim;
  std::string sim_error;
  std::string sim_identity;  // "sim://<hash of the world file>"

  mutable std::mutex mutex;
  std::condition_variable idle;
  std::map<std::string, ResolvedProfile> resolved;
  std::set<std::string> pools;

  std::atomic<std::uint64_t> next_id{0};
  std::atomic<std::int64_t> submitted{0}, done{0}, cached{0}, failed{0}, retries{0}, in_callback{0};
  std::atomic<std::int64_t> detached{0};  // prepared calls held by the caller (not in flight here)

  Expected<ResolvedProfile> resolve(const std::string& name) {
    std::lock_guard lock(mutex);
    if (auto it = resolved.find(name); it != resolved.end()) return it->second;
    const ProviderProfile* p = options->profiles.find(name);
    if (p == nullptr) {
      std::string known;
      for (const auto& [n, _] : options->profiles.by_name) known += (known.empty() ? "" : ", ") + n;
      return Error{fmt::format("unknown provider profile `{}` (known: {})", name, known)};
    }
    auto r = resolve_profile(*p);
    if (!r) return r;
    if (trace && !r->api_key.empty()) trace->add_secret(r->api_key);
    resolved[name] = *r;
    return r;
  }

  void load_sim() {
    std::call_once(sim_once, [this] {
      sim::World world = sim::default_world();
      std::string identity = "empty";
      if (!options->world.empty()) {
        auto loaded = sim::load_world(options->world.string());
        if (!loaded) {
          sim_error = loaded.error().message;
          return;
        }
        world = std::move(loaded).value();
        std::ifstream in(options->world, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        identity = cache::sha256_hex(text.str()).substr(0, 16);
      }
      sim_identity = "sim://" + identity;
      sim = std::make_shared<sim::Sim>(std::move(world), &sim::best_token_counter());
    });
  }

  std::string pool_for(const ResolvedProfile& p) {
    std::string name = p.profile.name + ":" + (p.api_key.empty() ? "nokey" : cache::sha256_hex(p.api_key).substr(0, 8));
    std::lock_guard lock(mutex);
    if (pools.insert(name).second) {
      http::PoolOptions po;
      po.max_concurrency = p.profile.concurrency;
      po.adaptive = p.profile.adaptive;
      po.requests_per_minute = p.profile.rpm;
      po.tokens_per_minute = p.profile.tpm;
      client->configure_pool(name, po);
    }
    return name;
  }

  std::string diagnostics_text(const DiagnosticSink& sink) {
    std::string out;
    for (const Diagnostic& d : sink.diagnostics()) {
      if (d.severity != Severity::Error) continue;
      if (options->sources != nullptr) {
        std::ostringstream s;
        render_text(s, d, *options->sources);
        out += s.str();
      } else {
        out += fmt::format("{}{}: {}\n", out.empty() ? "" : "", d.code(), d.message);
      }
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

  // Resolves, lowers and keys one step; an Error (with the status to report) when it cannot be sent.
  Expected<Prepared> prepare(CallState& st, CallStatus& why) {
    const FallbackStep& step = st.steps[st.step];
    std::string profile_name = step.profile.empty() ? st.result.profile : step.profile;
    why = CallStatus::ProviderError;
    auto profile = resolve(profile_name);
    if (!profile) return profile.error();
    Prepared p;
    p.profile = *profile;
    // Model: the call's override (first step only), the step's, the profile's, else the prompt's.
    if (st.step == 0 && st.input.model) p.model = *st.input.model;
    else if (!step.model.empty()) p.model = step.model;
    else if (!p.profile.profile.model.empty()) p.model = p.profile.profile.model;
    else if (st.request.config.model) p.model = st.request.config.model->value;
    auto target = target_for(p.profile, p.model, options->capabilities);
    if (!target) return target.error();
    p.target = *target;
    DiagnosticSink sink;
    targets::LowerOptions lo;
    if (!p.model.empty()) lo.model = p.model;
    p.lowered = targets::lower(st.request, p.target, options->capabilities, sink, lo);
    if (!p.lowered.ok) {
      why = CallStatus::LowerError;
      return Error{diagnostics_text(sink)};
    }
    p.model = p.lowered.model;
    if (p.profile.in_process) {
      load_sim();
      if (!sim) return Error{"sim world: " + sim_error};
      p.cache_base = sim_identity + (st.input.item_id.empty() ? "" : "#item=" + st.input.item_id);
    } else {
      p.cache_base = p.profile.base_url;
    }
    nlohmann::json payload = p.lowered.payload;
    p.cache_key = cache::cache_key(payload, p.profile.provider + "/" + wire_name(p.target.wire) + p.lowered.path,
                                   p.cache_base, st.input.sample_index);
    // Timeouts: the step's bounds the whole step (retries included) so a
    // cascade moves on at that time; otherwise the profile's, per attempt.
    auto per_attempt = p.profile.profile.timeout.count() > 0 ? http::Duration(p.profile.profile.timeout)
                                                              : http::Duration(options->default_timeout);
    if (step.timeout.count() > 0) {
      p.timeout = std::min(per_attempt, http::Duration(step.timeout));
      p.deadline = std::chrono::steady_clock::now() + step.timeout;
    } else if (st.steps.size() > 1 && p.profile.profile.timeout.count() > 0) {
      p.timeout = per_attempt;
      p.deadline = std::chrono::steady_clock::now() + p.profile.profile.timeout;
    } else {
      p.timeout = per_attempt;
    }
    return p;
  }

  void fill_identity(CallState& st, const Prepared& p) {
    st.result.profile = p.profile.profile.name;
    st.result.provider = p.profile.provider;
    st.result.target = p.target.name;
    st.result.model = p.model;
    st.result.cache_key = p.cache_key;
    st.result.payload = p.lowered.payload;
  }

  // Runs steps from st.step on; returns when the call is finished or handed to HTTP.
  void advance(std::shared_ptr<CallState> st) {
    while (st->step < st->steps.size()) {
      CallStatus why;
      auto prepared = prepare(*st, why);
      if (!prepared) {
        st->result.steps.push_back({st->steps[st->step].profile.empty() ? st->result.profile : st->steps[st->step].profile,
                                    st->steps[st->step].model, false, prepared.error().message, 0, 0});
        if (why == CallStatus::LowerError && st->steps.size() == 1) return finish(st, why, prepared.error().message);
        ++st->step;
        continue;
      }
      fill_identity(*st, *prepared);
      if (st->input.use_cache && cache) {
        auto hit = cache->get(prepared->cache_key);
        if (hit && *hit) {
          auto response = response_from_json((*hit)->response);
          if (response) {
            st->result.cache_hit = true;
            st->result.latency_ms = (*hit)->latency_ms;
            st->result.steps.push_back({prepared->profile.profile.name, prepared->model, true, "", (*hit)->latency_ms, 0});
            if (st->input.on_delta && !response->text.empty()) st->input.on_delta(response->text);
            return succeed(st, std::move(response).value(), prepared->target);
          }
        }
      }
      if (prepared->profile.in_process) {
        if (answer_in_process(st, *prepared)) return;
        ++st->step;
        continue;
      }
      return send_http(st, std::move(prepared).value());
    }
    std::string why;
    for (const auto& s : st->result.steps) {
      if (!why.empty()) why += "; then ";
      why += s.error;
    }
    finish(st, CallStatus::ProviderError, why.empty() ? "no provider step could be tried" : why);
  }

  // True when the call finished (success or a final error).
  bool answer_in_process(const std::shared_ptr<CallState>& st, const Prepared& p) {
    auto answer = emulator::answer_payload(*sim, wire_name(p.target.wire), p.lowered.payload, p.model,
                                           st->input.sample_index, st->input.item_id);
    std::string error;
    if (answer && answer->status >= 200 && answer->status < 300) {
      providers::ParseOptions po;
      po.expect_json = st->request.output.has_value();
      po.latency = std::chrono::milliseconds(static_cast<std::int64_t>(answer->reply.latency_ms));
      auto response = providers::parse_response(wire_provider(p.target.wire), answer->status, {}, answer->body, po);
      if (response) {
        response->latency = po.latency;
        st->result.latency_ms = answer->reply.latency_ms;
        st->result.steps.push_back({p.profile.profile.name, p.model, true, "", answer->reply.latency_ms, 0});
        if (st->input.on_delta && !response->text.empty()) st->input.on_delta(response->text);
        store(*st, *response);
        succeed(st, std::move(response).value(), p.target);
        return true;
      }
      error = response.error().message;
    } else if (answer) {
      error = providers::parse_error(wire_provider(p.target.wire), answer->status, {}, answer->body).to_string();
    } else {
      error = answer.error().message;
    }
    st->result.steps.push_back({p.profile.profile.name, p.model, false, "sim: " + error, 0, 0});
    return false;
  }

  void send_http(const std::shared_ptr<CallState>& st, Prepared p) {
    providers::CallSpec& spec = st->spec;
    spec = providers::CallSpec{};
    spec.provider = wire_provider(p.target.wire);
    spec.base_url = p.profile.base_url;
    spec.path = p.lowered.path;
    spec.payload = p.lowered.payload;
    spec.api_key = p.profile.api_key;
    spec.stream = st->input.stream;
    spec.parse.expect_json = st->request.output.has_value();
    spec.pool = pool_for(p.profile);
    spec.timeout = p.timeout;
    spec.deadline = p.deadline;
    spec.max_retries = p.profile.profile.max_retries ? p.profile.profile.max_retries : options->max_retries;
    if (is_loopback(spec.base_url) || p.profile.provider == "sim") {
      if (!st->input.item_id.empty()) spec.extra_headers.set("x-aep-item-id", st->input.item_id);
      spec.extra_headers.set("x-aep-sample-index", std::to_string(st->input.sample_index));
    }
    spec.on_delta = st->input.on_delta;
    st->parser = spec.stream ? providers::make_stream_parser(spec.provider, {}, spec.parse) : nullptr;
    http::Request request = providers::build_http_request(spec, st->parser.get());
    auto step_profile = p.profile.profile.name;
    auto model = p.model;
    auto target = p.target;
    client->submit(std::move(request), [this, st, step_profile, model, target](http::Response http) {
      auto response = providers::finish_call(st->spec, http, st->parser.get());
      int retries = http.retries();
      st->result.retries += retries;
      double latency = std::chrono::duration<double, std::milli>(http.timings.total).count();
      if (response) {
        st->result.latency_ms = latency;
        st->result.steps.push_back({step_profile, model, true, "", latency, retries});
        store(*st, *response);
        return succeed(st, std::move(response).value(), target);
      }
      if (http.error == http::ErrorKind::Cancelled) {
        st->result.steps.push_back({step_profile, model, false, response.error().message, latency, retries});
        return finish(st, CallStatus::Cancelled, response.error().message);
      }
      std::string why = response.error().message;
      if (http.error == http::ErrorKind::Timeout || http.error == http::ErrorKind::Deadline) {
        // Say it plainly: the trace reader wants to know the step timed out.
        why = fmt::format("timed out after {:.0f} ms ({})", std::chrono::duration<double, std::milli>(http.timings.wall).count(), why);
      }
      st->result.steps.push_back({step_profile, model, false, why, latency, retries});
      ++st->step;
      advance(st);  // the next fallback step, or the final error
    });
  }

  void store(const CallState& st, const providers::Response& response) {
    if (!cache || !st.input.use_cache || st.result.cache_key.empty()) return;
    cache::NewEntry entry;
    entry.provider = st.result.provider;
    entry.model = st.result.model;
    entry.status = 200;
    entry.response = response_to_json(response);
    entry.usage = usage_to_json(response.usage);
    entry.latency_ms = st.result.latency_ms;
    entry.ttl = options->cache_ttl;
    (void)cache->put(st.result.cache_key, entry);  // a failed store costs a later call, never this result
  }

  void succeed(const std::shared_ptr<CallState>& st, providers::Response response, const targets::Target&) {
    CallResult& r = st->result;
    r.cost_usd = cost_of(response.usage, options->capabilities.find(r.model));
    if (r.cost_usd) *r.cost_usd *= st->cost_factor;
    CallStatus status = CallStatus::Ok;
    std::string error;
    if (st->request.output) {
      if (!response.json_output) {
        status = CallStatus::OutputError;
        error = fmt::format("output is not valid JSON for `{}`: {}", st->request.output->name,
                            response.json_error.empty() ? "no JSON in the answer" : response.json_error);
      } else if (auto why = check_output(st->request.output->schema, *response.json_output)) {
        status = CallStatus::OutputError;
        error = fmt::format("output does not match `{}`: {}", st->request.output->name, *why);
      } else {
        r.output = *response.json_output;
      }
    }
    r.response = std::move(response);
    finish(st, status, error);
  }

  void finish(const std::shared_ptr<CallState>& st, CallStatus status, std::string error) {
    CallResult& r = st->result;
    r.status = status;
    r.error = std::move(error);
    if (trace) write_trace(*st);
    if (r.cache_hit) ++cached;
    if (status != CallStatus::Ok) ++failed;
    retries += r.retries;
    ResultCallback cb = std::move(st->done);
    CallResult out = std::move(st->result);
    // Counters first, so a caller woken by the callback sees them complete;
    // wait_idle() also waits for the callback itself to return.
    ++in_callback;
    {
      std::lock_guard lock(mutex);
      ++done;
    }
    if (cb) cb(std::move(out));
    {
      std::lock_guard lock(mutex);
      --in_callback;
    }
    idle.notify_all();
  }

  void write_trace(const CallState& st) {
    const CallResult& r = st.result;
    trace::TraceRecord rec;
    rec.build_hash = st.input.build_hash;
    rec.prompt = st.input.prompt_label.empty() ? (st.input.prompt ? st.input.prompt->qualified : "") : st.input.prompt_label;
    rec.target = r.target;
    rec.provider = r.provider;
    rec.model = r.model;
    if (r.response) {
      rec.input_tokens = r.response->usage.input_tokens;
      rec.output_tokens = r.response->usage.output_tokens;
      rec.cached_tokens = r.response->usage.cached_input_tokens;
      rec.output = r.response->text;
    }
    rec.cost_usd = r.cost_usd;
    rec.latency_ms = r.latency_ms;
    rec.status = std::string(call_status_name(r.status));
    if (r.response) rec.http_status = r.response->status;
    rec.retries = r.retries;
    rec.cache_hit = r.cache_hit;
    if (!r.error.empty()) rec.error = r.error;
    rec.input = st.prompt_text;
    rec.extra["call_id"] = r.call_id;
    rec.extra["profile"] = r.profile;
    rec.extra["sample"] = r.sample_index;
    if (!r.item_id.empty()) rec.extra["item_id"] = r.item_id;
    if (!r.cache_key.empty()) rec.extra["cache_key"] = r.cache_key;
    if (r.response && !r.response->request_id.empty()) rec.extra["request_id"] = r.response->request_id;
    if (r.provider == "sim" && !r.cache_hit) rec.extra["simulated_latency"] = true;
    for (const auto& [k, v] : st.trace_extra.items()) rec.extra[k] = v;
    if (r.steps.size() > 1 || st.steps.size() > 1) {
      nlohmann::json steps = nlohmann::json::array();
      for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const StepOutcome& s = r.steps[i];
        steps.push_back({{"step", i}, {"profile", s.profile}, {"model", s.model}, {"ok", s.ok},
                         {"error", s.error.empty() ? nlohmann::json() : nlohmann::json(s.error)},
                         {"latency_ms", s.latency_ms}, {"retries", s.retries}});
      }
      rec.extra["fallback"] = steps;
      for (std::size_t i = 0; i < r.steps.size(); ++i)
        if (r.steps[i].ok) rec.extra["answered_by_step"] = i;
    }
    (void)trace->write(rec);
  }
};

Runner::Runner(Key, RunnerOptions options) : options_(std::move(options)), impl_(std::make_unique<Impl>()) {
  impl_->options = &options_;
}

Runner::~Runner() {
  if (impl_->client) impl_->client->cancel_all();
  wait_idle();
  impl_->client.reset();
}

Expected<std::unique_ptr<Runner>> Runner::create(RunnerOptions options) {
  if (options.profiles.by_name.empty()) options.profiles = builtin_profiles();
  auto runner = std::make_unique<Runner>(Key{}, std::move(options));
  Impl& impl = *runner->impl_;
  http::ClientOptions co;
  co.max_host_connections = runner->options_.http_max_connections;
  co.connection_cache = runner->options_.http_max_connections;
  co.default_timeout = runner->options_.default_timeout;
  if (runner->options_.max_retries) co.retry.max_retries = *runner->options_.max_retries;
  impl.client = std::make_unique<http::Client>(co);
  if (runner->options_.cache_dir) {
    auto cache = cache::ResponseCache::open(*runner->options_.cache_dir);
    if (!cache) return Error{"cache: " + cache.error().message};
    impl.cache = std::move(cache).value();
  }
  if (runner->options_.trace_dir) {
    trace::TraceOptions to;
    to.redact = runner->options_.redact;
    auto writer = trace::TraceWriter::open(*runner->options_.trace_dir, to);
    if (!writer) return Error{"traces: " + writer.error().message};
    impl.trace = std::move(writer).value();
  }
  if (!runner->options_.profiles.find(runner->options_.default_profile)) {
    return Error{fmt::format("unknown default provider profile `{}`", runner->options_.default_profile)};
  }
  return runner;
}

namespace {

// Renders the call and lists its steps; false (the call finished with an
// input error) when the inputs do not fit the prompt.
bool start_state(const std::shared_ptr<CallState>& st, const RunnerOptions& options, Runner::Impl& impl);

}  // namespace

std::uint64_t Runner::submit(CallInput input, ResultCallback done) {
  auto st = std::make_shared<CallState>();
  st->result.call_id = ++impl_->next_id;
  st->result.item_id = input.item_id;
  st->result.sample_index = input.sample_index;
  st->result.profile = input.profile.empty() ? options_.default_profile : input.profile;
  st->done = std::move(done);
  st->input = std::move(input);
  std::uint64_t id = st->result.call_id;
  ++impl_->submitted;
  if (start_state(st, options_, *impl_)) impl_->advance(st);
  return id;
}

PreparedCall Runner::prepare(CallInput input) {
  PreparedCall out;
  auto st = std::make_shared<CallState>();
  st->result.call_id = ++impl_->next_id;
  st->result.item_id = input.item_id;
  st->result.sample_index = input.sample_index;
  st->result.profile = input.profile.empty() ? options_.default_profile : input.profile;
  st->input = std::move(input);
  ++impl_->submitted;
  st->done = [&out](CallResult r) { out.finished = std::move(r); };
  if (!start_state(st, options_, *impl_)) return out;
  CallStatus why;
  auto p = impl_->prepare(*st, why);
  if (!p) {
    impl_->finish(st, why, p.error().message);
    return out;
  }
  impl_->fill_identity(*st, *p);
  out.profile = p->profile.profile.name;
  if (st->input.use_cache && impl_->cache) {
    auto hit = impl_->cache->get(p->cache_key);
    if (hit && *hit) {
      auto response = response_from_json((*hit)->response);
      if (response) {
        st->result.cache_hit = true;
        st->result.latency_ms = (*hit)->latency_ms;
        st->result.steps.push_back({p->profile.profile.name, p->model, true, "", (*hit)->latency_ms, 0});
        impl_->succeed(st, std::move(response).value(), p->target);
        return out;
      }
    }
  }
  st->done = nullptr;
  ++impl_->detached;
  out.wire = wire_provider(p->target.wire);
  out.in_process = p->profile.in_process;
  out.base_url = p->profile.base_url;
  out.path = p->lowered.path;
  out.api_key = p->profile.api_key;
  out.payload = p->lowered.payload;
  out.cache_key = p->cache_key;
  out.model = p->model;
  out.state = st;
  return out;
}

CallResult Runner::complete(PreparedCall& call, Expected<providers::Response> response, const nlohmann::json& trace_extra,
                            double cost_factor) {
  if (call.finished) return *call.finished;
  auto st = std::static_pointer_cast<CallState>(call.state);
  if (!st) return CallResult{};
  --impl_->detached;
  CallResult out;
  st->done = [&out](CallResult r) { out = std::move(r); };
  st->trace_extra = trace_extra.is_object() ? trace_extra : nlohmann::json::object();
  st->cost_factor = cost_factor;
  if (!response) {
    st->result.steps.push_back({call.profile, call.model, false, response.error().message, 0, 0});
    impl_->finish(st, CallStatus::ProviderError, response.error().message);
  } else {
    // Batch bodies are parsed without knowing the output type: attach it now.
    if (st->request.output && !response->json_output) providers::attach_json_output(*response);
    st->result.latency_ms = static_cast<double>(response->latency.count());
    st->result.steps.push_back({call.profile, call.model, true, "", st->result.latency_ms, 0});
    impl_->store(*st, *response);
    impl_->succeed(st, std::move(response).value(), targets::Target{});
  }
  call.state.reset();
  call.finished = out;
  return out;
}

void Runner::abandon(PreparedCall& call) {
  if (call.finished || !call.state) return;
  call.state.reset();
  {
    std::lock_guard lock(impl_->mutex);
    --impl_->submitted;
    --impl_->detached;
  }
  impl_->idle.notify_all();
}

namespace {

bool start_state(const std::shared_ptr<CallState>& st, const RunnerOptions& options, Runner::Impl& impl) {
  if (st->input.prompt == nullptr) {
    impl.finish(st, CallStatus::InputError, "no prompt given");
    return false;
  }
  // The runner sends the Request and never reads a source map: not building
  // one is about a fifth of a render (RenderOptions::source_map).
  ir::RenderOptions render_options;
  render_options.source_map = false;
  ir::RenderResult rendered = ir::render_prompt(*st->input.prompt, st->input.inputs, render_options);
  if (!rendered.ok()) {
    std::string why;
    for (const auto& e : rendered.errors) why += (why.empty() ? "" : "; ") + e;
    impl.finish(st, CallStatus::InputError, why);
    return false;
  }
  st->request = std::move(rendered.request);
  st->prompt_text = prompt_text(st->request);
  st->steps.push_back(FallbackStep{st->result.profile, "", std::chrono::milliseconds(0)});
  if (const ProviderProfile* p = options.profiles.find(st->result.profile)) {
    for (const FallbackStep& s : p->fallbacks) {
      FallbackStep step = s;
      if (step.profile.empty()) step.profile = p->name;
      st->steps.push_back(step);
    }
  }
  return true;
}

}  // namespace

std::future<CallResult> Runner::submit(CallInput input) {
  auto promise = std::make_shared<std::promise<CallResult>>();
  auto future = promise->get_future();
  submit(std::move(input), [promise](CallResult r) { promise->set_value(std::move(r)); });
  return future;
}

CallResult Runner::call(CallInput input) { return submit(std::move(input)).get(); }

std::vector<CallResult> Runner::run_all(std::vector<CallInput> inputs, ResultCallback on_result) {
  std::vector<CallResult> out(inputs.size());
  std::mutex m;
  std::condition_variable cv;
  std::size_t left = inputs.size();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    submit(std::move(inputs[i]), [&, i](CallResult r) {
      if (on_result) on_result(r);
      std::lock_guard lock(m);
      out[i] = std::move(r);
      if (--left == 0) cv.notify_all();
    });
  }
  std::unique_lock lock(m);
  cv.wait(lock, [&] { return left == 0; });
  return out;
}

void Runner::wait_idle() {
  std::unique_lock lock(impl_->mutex);
  impl_->idle.wait(lock, [&] {
    return impl_->done.load() + impl_->detached.load() >= impl_->submitted.load() && impl_->in_callback.load() == 0;
  });
}

void Runner::cancel_all() {
  if (impl_->client) impl_->client->cancel_all();
}

Progress Runner::progress() const {
  Progress p;
  p.submitted = impl_->submitted.load();
  p.done = impl_->done.load();
  p.cached = impl_->cached.load();
  p.failed = impl_->failed.load();
  p.in_flight = p.submitted - p.done;
  p.retries = impl_->retries.load();
  return p;
}

Expected<ResolvedProfile> Runner::resolve(const std::string& profile_name) const {
  return impl_->resolve(profile_name.empty() ? options_.default_profile : profile_name);
}

}  // namespace aep::runner
