// Runner::run_batch (see batch.hpp): prepare, resume recorded batches,
// submit the rest, persist, poll, collect into the cache.
#include "runtime/runner/batch.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "runtime/cache/cache_key.hpp"
#include "runtime/http/client.hpp"
#include "runtime/providers/parsers.hpp"
#include "runtime/runner/runner.hpp"

namespace aep::runner {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string join(std::string base, std::string_view path) {
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (base.ends_with("/v1") && path.starts_with("/v1/")) path.remove_prefix(3);
  return base + std::string(path);
}

struct Api {
  std::string name;  // "openai" | "anthropic"
  std::string endpoint;  // OpenAI batch endpoint
};

std::optional<Api> api_for(providers::Provider p) {
  switch (p) {
    case providers::Provider::OpenAIChat: return Api{"openai", "/v1/chat/completions"};
    case providers::Provider::OpenAIResponses: return Api{"openai", "/v1/responses"};
    case providers::Provider::Anthropic: return Api{"anthropic", ""};
    default: return std::nullopt;
  }
}

// Small synchronous HTTP helper for the batch endpoints, secrets in headers only.
class BatchHttp {
 public:
  BatchHttp(http::Client& client, std::string base, std::string api, std::string key)
      : client_(client), base_(std::move(base)), api_(std::move(api)), key_(std::move(key)) {}

  Expected<std::string> call(const std::string& method, const std::string& path_or_url, std::string body = "",
                             std::string content_type = "application/json") {
    http::Request r;
    r.method = method;
    r.url = path_or_url.rfind("http", 0) == 0 ? path_or_url : join(base_, path_or_url);
    r.body = std::move(body);
    if (!r.body.empty()) r.headers.set("Content-Type", content_type);
    if (api_ == "anthropic") {
      if (!key_.empty()) r.headers.set("x-api-key", key_, true);
      r.headers.set("anthropic-version", "2023-06-01");
    } else if (!key_.empty()) {
      r.headers.set("Authorization", "Bearer " + key_, true);
    }
    r.pool = "batch:" + api_;
    r.timeout = std::chrono::seconds(120);
    http::Response resp = client_.submit(std::move(r)).get();
    if (!resp.transport_ok()) return Error{fmt::format("{} batch: {} {}: {}", api_, method, path_or_url, resp.error_message)};
    if (resp.status < 200 || resp.status >= 300) {
      std::string snippet = resp.body.substr(0, 300);
      return Error{fmt::format("{} batch: {} {} answered {}: {}", api_, method, path_or_url, resp.status, snippet)};
    }
    return resp.body;
  }

 private:
  http::Client& client_;
  std::string base_, api_, key_;
};

Expected<Json> parse_json(const Expected<std::string>& body, const char* what) {
  if (!body) return body.error();
  Json j = Json::parse(*body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Error{fmt::format("{}: the answer is not a JSON object", what)};
  return j;
}

// Atomically writes the batch state so a kill never leaves half a file.
Expected<bool> write_state(const fs::path& file, const Json& state) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  fs::path tmp = file;
  tmp += ".tmp";
  std::string text = state.dump(1) + "\n";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("cannot write `{}`", tmp.string())};
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) return Error{fmt::format("cannot write `{}`", tmp.string())};
  fs::rename(tmp, file, ec);
  if (ec) return Error{fmt::format("cannot rename `{}`: {}", tmp.string(), ec.message())};
  return true;
}

struct Group {
  std::string profile, base_url, api_key;
  Api api;
  providers::Provider wire;
  std::map<std::string, std::vector<std::size_t>> by_key;  // cache key → indexes of prepared calls
};

}  // namespace

struct BatchRun {
  Runner& runner;
  http::Client& client;
  const BatchOptions& options;
  BatchReport& report;
  std::vector<PreparedCall>& prepared;
  std::vector<CallResult>& results;

  fs::path state_dir() const { return options.run_dir / "batches"; }

  void finish_key(Group& g, const std::string& key, Expected<providers::Response> response, const std::string& batch_id) {
    auto it = g.by_key.find(key);
    if (it == g.by_key.end()) return;
    for (std::size_t i : it->second) {
      Json extra = {{"batch_id", batch_id}, {"batch_api", g.api.name}};
      results[i] = runner.complete(prepared[i], response, extra, 0.5);
    }
    g.by_key.erase(it);
  }

  // Reads one result line; the custom_id is the cache key.
  void collect_line(Group& g, const std::string& line, const std::string& batch_id) {
    Json j = Json::parse(line, nullptr, false);
    if (!j.is_object()) return;
    std::string key = j.value("custom_id", "");
    Expected<providers::Response> response = Error{"no result"};
    if (g.api.name == "openai") {
      const Json& resp = j.contains("response") ? j["response"] : Json();
      if (resp.is_object() && resp.contains("body")) {
        int status = resp.value("status_code", 0);
        response = providers::parse_response(g.wire, status, {}, resp["body"].dump(), {});
      } else {
        const Json& e = j.contains("error") ? j["error"] : Json();
        response = Error{fmt::format("openai batch item failed: {}", e.is_object() ? e.value("message", e.dump()) : std::string("no response"))};
      }
    } else {
      const Json& result = j.contains("result") ? j["result"] : Json();
      std::string type = result.is_object() ? result.value("type", "") : "";
      if (type == "succeeded") {
        response = providers::parse_response(g.wire, 200, {}, result["message"].dump(), {});
      } else {
        response = Error{fmt::format("anthropic batch item {}: {}", type.empty() ? "failed" : type,
                                     result.is_object() && result.contains("error") ? result["error"].dump() : std::string("no result"))};
      }
    }
    finish_key(g, key, std::move(response), batch_id);
  }

  // Polls until the batch ends, then collects; false when polling gave up.
  Expected<bool> poll_and_collect(Group& g, BatchHttp& http, const std::string& batch_id, bool resumed, const fs::path& state_file) {
    auto interval = options.poll_interval;
    auto give_up = std::chrono::steady_clock::now() + options.timeout;
    Json batch;
    while (true) {
      auto got = parse_json(http.call("GET", g.api.name == "openai" ? "/v1/batches/" + batch_id : "/v1/messages/batches/" + batch_id),
                            "batch status");
      if (!got) return got.error();
      batch = *got;
      BatchStatus s;
      s.batch_id = batch_id;
      s.api = g.api.name;
      s.resumed = resumed;
      bool ended = false;
      if (g.api.name == "openai") {
        s.status = batch.value("status", "");
        const Json& c = batch.contains("request_counts") ? batch["request_counts"] : Json::object();
        s.total = c.value("total", 0L);
        s.done = c.value("completed", 0L);
        s.failed = c.value("failed", 0L);
        ended = s.status == "completed" || s.status == "failed" || s.status == "expired" || s.status == "cancelled";
      } else {
        s.status = batch.value("processing_status", "");
        const Json& c = batch.contains("request_counts") ? batch["request_counts"] : Json::object();
        s.done = c.value("succeeded", 0L);
        s.failed = c.value("errored", 0L) + c.value("expired", 0L) + c.value("canceled", 0L);
        s.total = s.done + s.failed + c.value("processing", 0L);
        ended = s.status == "ended";
      }
      if (options.on_status) options.on_status(s);
      if (ended) break;
      if (std::chrono::steady_clock::now() > give_up) return false;
      std::this_thread::sleep_for(interval);
      interval = std::min(interval * 2, options.max_poll_interval);
    }
    std::vector<std::string> bodies;
    if (g.api.name == "openai") {
      for (const char* field : {"output_file_id", "error_file_id"}) {
        if (batch.contains(field) && batch[field].is_string()) {
          auto content = http.call("GET", "/v1/files/" + batch[field].get<std::string>() + "/content");
          if (!content) return content.error();
          bodies.push_back(*content);
        }
      }
    } else {
      std::string url = batch.contains("results_url") && batch["results_url"].is_string() ? batch["results_url"].get<std::string>()
                                                                                         : "/v1/messages/batches/" + batch_id + "/results";
      auto content = http.call("GET", url);
      if (!content) return content.error();
      bodies.push_back(*content);
    }
    for (const std::string& body : bodies) {
      std::size_t pos = 0;
      while (pos < body.size()) {
        std::size_t end = body.find('\n', pos);
        if (end == std::string::npos) end = body.size();
        collect_line(g, body.substr(pos, end - pos), batch_id);
        pos = end + 1;
      }
    }
    std::error_code ec;
    fs::remove(state_file, ec);  // collected: every result is in the cache now
    return true;
  }

  Expected<bool> submit(Group& g, BatchHttp& http) {
    std::string batch_id;
    if (g.api.name == "openai") {
      std::string jsonl;
      for (const auto& [key, idx] : g.by_key) {
        jsonl += Json{{"custom_id", key}, {"method", "POST"}, {"url", g.api.endpoint}, {"body", prepared[idx.front()].payload}}.dump() + "\n";
      }
      std::string boundary = "aep-batch-" + cache::sha256_hex(jsonl).substr(0, 16);
      std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--" + boundary +
                         "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"aep-batch.jsonl\"\r\n"
                         "Content-Type: application/jsonl\r\n\r\n" + jsonl + "\r\n--" + boundary + "--\r\n";
      auto file = parse_json(http.call("POST", "/v1/files", body, "multipart/form-data; boundary=" + boundary), "file upload");
      if (!file) return file.error();
      Json create = {{"input_file_id", file->value("id", "")}, {"endpoint", g.api.endpoint}, {"completion_window", "24h"},
                     {"metadata", {{"created_by", "aep"}}}};
      auto batch = parse_json(http.call("POST", "/v1/batches", create.dump()), "batch creation");
      if (!batch) return batch.error();
      batch_id = batch->value("id", "");
    } else {
      Json requests = Json::array();
      for (const auto& [key, idx] : g.by_key) requests.push_back({{"custom_id", key}, {"params", prepared[idx.front()].payload}});
      auto batch = parse_json(http.call("POST", "/v1/messages/batches", Json{{"requests", requests}}.dump()), "batch creation");
      if (!batch) return batch.error();
      batch_id = batch->value("id", "");
    }
    if (batch_id.empty()) return Error{g.api.name + " batch: the provider returned no batch id"};
    // Persist before polling: a kill from here on resumes this batch.
    Json keys = Json::array();
    for (const auto& [key, _] : g.by_key) keys.push_back(key);
    Json state = {{"api", g.api.name}, {"profile", g.profile}, {"base_url", g.base_url}, {"batch_id", batch_id},
                  {"keys", keys}, {"created", std::chrono::duration_cast<std::chrono::seconds>(
                                                  std::chrono::system_clock::now().time_since_epoch()).count()}};
    fs::path file = state_dir() / (batch_id + ".json");
    auto written = write_state(file, state);
    if (!written) return written.error();
    ++report.batches_submitted;
    return poll_and_collect(g, http, batch_id, false, file);
  }

  // Resumes every recorded, unfinished batch of this group that covers some of its calls.
  Expected<bool> resume(Group& g, BatchHttp& http) {
    std::error_code ec;
    if (!fs::is_directory(state_dir(), ec)) return true;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(state_dir(), ec))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      if (g.by_key.empty()) break;
      std::ifstream in(file);
      Json state = Json::parse(in, nullptr, false);
      if (!state.is_object() || state.value("api", "") != g.api.name || state.value("base_url", "") != g.base_url) continue;
      bool covers = false;
      for (const auto& k : state.value("keys", Json::array()))
        if (k.is_string() && g.by_key.count(k.get<std::string>())) covers = true;
      if (!covers) continue;
      ++report.batches_resumed;
      auto r = poll_and_collect(g, http, state.value("batch_id", ""), true, file);
      if (!r) return r;
    }
    return true;
  }
};

std::vector<CallResult> Runner::run_batch(std::vector<CallInput> inputs, const BatchOptions& options, BatchReport* report_out) {
  BatchReport report;
  std::vector<PreparedCall> prepared;
  prepared.reserve(inputs.size());
  std::vector<CallResult> results(inputs.size());
  std::vector<CallInput> live;
  std::vector<std::size_t> live_index;
  std::map<std::string, Group> groups;  // by profile + API
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    CallInput copy = inputs[i];
    prepared.push_back(prepare(std::move(inputs[i])));
    PreparedCall& p = prepared.back();
    if (p.finished) {
      if (p.finished->cache_hit) ++report.from_cache;
      results[i] = *p.finished;
      continue;
    }
    auto api = api_for(p.wire);
    if (p.in_process || !api) {
      // No batch API: made live. The prepared state is dropped unsent.
      abandon(p);
      live.push_back(std::move(copy));
      live_index.push_back(i);
      continue;
    }
    std::string gk = p.profile + "|" + api->name + "|" + api->endpoint;
    Group& g = groups[gk];
    g.profile = p.profile;
    g.base_url = p.base_url;
    g.api_key = p.api_key;
    g.api = *api;
    g.wire = p.wire;
    g.by_key[p.cache_key].push_back(i);
    ++report.calls_in_batches;
  }
  http::Client client;
  BatchRun run{*this, client, options, report, prepared, results};
  for (auto& [_, g] : groups) {
    BatchHttp http(client, g.base_url, g.api.name, g.api_key);
    Expected<bool> ok = run.resume(g, http);
    if (ok && !g.by_key.empty()) ok = run.submit(g, http);
    std::string why = !ok ? ok.error().message : "the batch ended without a result for this call";
    if (ok && !*ok) why = fmt::format("{} batch still running after {} s; rerun to collect it", g.api.name, options.timeout.count());
    // Whatever is left has no result: report it (a rerun resumes the recorded batch).
    std::vector<std::string> left;
    for (const auto& [key, _] : g.by_key) left.push_back(key);
    for (const std::string& key : left) run.finish_key(g, key, Error{why}, "");
  }
  if (!live.empty()) {
    report.live_calls = static_cast<long>(live.size());
    auto done = run_all(std::move(live));
    for (std::size_t k = 0; k < done.size(); ++k) results[live_index[k]] = std::move(done[k]);
  }
  if (report_out) *report_out = report;
  return results;
}

}  // namespace aep::runner
