// The emulator's batch endpoints (see batches.hpp). Each request line is
// answered through answer_payload(), the same wire reading, sim and wire
// writing as a live call, with the line's custom_id as the eval item id.
#include "runtime/emulator/batches.hpp"

#include <ctime>

#include <fmt/format.h>

#include "runtime/emulator/in_process.hpp"
#include "runtime/sim/hash.hpp"

namespace aep::emulator {

namespace {

using OJson = nlohmann::ordered_json;

std::int64_t now_s() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::string rfc3339(std::int64_t secs) {
  std::time_t t = static_cast<std::time_t>(secs);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

BatchReply openai_error(int status, const std::string& message, const char* type = "invalid_request_error") {
  return {status, OJson{{"error", {{"message", message}, {"type", type}, {"param", nullptr}, {"code", nullptr}}}}.dump()};
}

BatchReply anthropic_error(int status, const std::string& message, const char* type = "invalid_request_error") {
  return {status, OJson{{"type", "error"}, {"error", {{"type", type}, {"message", message}}}}.dump()};
}

std::string format_for_url(const std::string& url) {
  if (url == "/v1/chat/completions") return "openai-chat";
  if (url == "/v1/responses") return "openai-responses";
  return "";
}

}  // namespace

BatchStore::BatchStore(std::shared_ptr<const sim::Sim> sim, std::chrono::milliseconds delay)
    : sim_(std::move(sim)), delay_(delay) {}

std::string BatchStore::next_id(const char* prefix) {
  ++counter_;
  return fmt::format("{}{}", prefix, sim::hash_hex(sim::hash_mix({counter_, static_cast<std::uint64_t>(now_s()), 0xba7c4})));
}

std::uint64_t BatchStore::batches_created() const {
  std::lock_guard lock(mutex_);
  return batches_.size();
}

BatchReply BatchStore::upload_file(const std::string& filename, const std::string& purpose, std::string content) {
  if (purpose.empty()) return openai_error(400, "missing required parameter: 'purpose'");
  std::lock_guard lock(mutex_);
  File f{next_id("file-"), filename.empty() ? "upload.jsonl" : filename, purpose, std::move(content), now_s()};
  OJson j = {{"id", f.id}, {"object", "file"}, {"bytes", f.content.size()}, {"created_at", f.created_at},
             {"filename", f.filename}, {"purpose", f.purpose}, {"status", "processed"}};
  files_[f.id] = std::move(f);
  return {200, j.dump()};
}

BatchReply BatchStore::get_file(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = files_.find(id);
  if (it == files_.end()) return openai_error(404, fmt::format("No such File object: {}", id));
  const File& f = it->second;
  return {200, OJson{{"id", f.id}, {"object", "file"}, {"bytes", f.content.size()}, {"created_at", f.created_at},
                     {"filename", f.filename}, {"purpose", f.purpose}, {"status", "processed"}}.dump()};
}

BatchReply BatchStore::file_content(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = files_.find(id);
  if (it == files_.end()) return openai_error(404, fmt::format("No such File object: {}", id));
  return {200, it->second.content, "application/octet-stream"};
}

BatchReply BatchStore::create_openai_batch(const std::string& body) {
  OJson req = OJson::parse(body, nullptr, false);
  if (req.is_discarded() || !req.is_object()) return openai_error(400, "the request body is not a JSON object");
  std::string input = req.value("input_file_id", "");
  std::string endpoint = req.value("endpoint", "");
  if (input.empty()) return openai_error(400, "missing required parameter: 'input_file_id'");
  if (endpoint != "/v1/chat/completions" && endpoint != "/v1/responses" && endpoint != "/v1/embeddings" && endpoint != "/v1/completions")
    return openai_error(400, fmt::format("invalid endpoint '{}'", endpoint));
  if (req.value("completion_window", "") != "24h") return openai_error(400, "completion_window must be '24h'");
  std::string content;
  {
    std::lock_guard lock(mutex_);
    auto it = files_.find(input);
    if (it == files_.end()) return openai_error(404, fmt::format("No such File object: {}", input));
    if (it->second.purpose != "batch") return openai_error(400, fmt::format("file {} has purpose '{}', not 'batch'", input, it->second.purpose));
    content = it->second.content;
  }
  Batch b;
  b.kind = "openai";
  b.meta = {{"endpoint", endpoint}, {"input_file_id", input}, {"completion_window", "24h"},
            {"metadata", req.contains("metadata") ? req["metadata"] : OJson()}};
  std::size_t pos = 0, line_no = 0;
  while (pos < content.size()) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string::npos) end = content.size();
    std::string line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++b.total;
    OJson item = OJson::parse(line, nullptr, false);
    std::string custom_id = item.is_object() ? item.value("custom_id", "") : "";
    std::string req_id = "batch_req_" + sim::hash_hex(sim::hash_mix({sim::hash_text(line), line_no}));
    auto fail = [&](const std::string& code, const std::string& message) {
      ++b.failed;
      b.errors += OJson{{"id", req_id}, {"custom_id", custom_id.empty() ? OJson() : OJson(custom_id)}, {"response", nullptr},
                        {"error", {{"code", code}, {"message", fmt::format("line {}: {}", line_no, message)}}}}.dump() + "\n";
    };
    if (!item.is_object() || custom_id.empty() || !item.contains("body") || !item["body"].is_object()) {
      fail("invalid_request", "each line needs custom_id, method, url and a JSON object body");
      continue;
    }
    std::string url = item.value("url", endpoint);
    std::string format = format_for_url(url);
    if (format.empty() || url != endpoint) {
      fail("invalid_url", fmt::format("url '{}' does not match the batch endpoint '{}'", url, endpoint));
      continue;
    }
    const OJson& payload = item["body"];
    auto answer = answer_payload(*sim_, format, payload, payload.value("model", "sim"), 0, custom_id);
    if (!answer) {
      fail("server_error", answer.error().message);
      continue;
    }
    OJson resp_body = OJson::parse(answer->body, nullptr, false);
    OJson out = {{"id", req_id}, {"custom_id", custom_id},
                 {"response", {{"status_code", answer->status}, {"request_id", "req_" + req_id.substr(10)}, {"body", resp_body}}},
                 {"error", nullptr}};
    if (answer->status >= 200 && answer->status < 300) ++b.succeeded; else ++b.failed;
    b.output += out.dump() + "\n";
  }
  std::lock_guard lock(mutex_);
  b.id = next_id("batch_");
  b.created_at = now_s();
  b.ready_at = std::chrono::steady_clock::now() + delay_;
  // The result files exist from the start but are only named once the batch completes.
  File out{next_id("file-"), b.id + "_output.jsonl", "batch_output", b.output, b.created_at};
  b.output_file_id = out.id;
  files_[out.id] = std::move(out);
  if (!b.errors.empty()) {
    File err{next_id("file-"), b.id + "_error.jsonl", "batch_output", b.errors, b.created_at};
    b.error_file_id = err.id;
    files_[err.id] = std::move(err);
  }
  OJson j = openai_batch_json(b);
  batches_[b.id] = std::move(b);
  return {200, j.dump()};
}

OJson BatchStore::openai_batch_json(const Batch& b) const {
  bool complete = done(b);
  std::int64_t finished_at = b.created_at + std::max<std::int64_t>(1, delay_.count() / 1000);
  return {{"id", b.id}, {"object", "batch"}, {"endpoint", b.meta["endpoint"]}, {"errors", nullptr},
          {"input_file_id", b.meta["input_file_id"]}, {"completion_window", "24h"},
          {"status", complete ? "completed" : "in_progress"},
          {"output_file_id", complete ? OJson(b.output_file_id) : OJson()},
          {"error_file_id", complete && !b.error_file_id.empty() ? OJson(b.error_file_id) : OJson()},
          {"created_at", b.created_at}, {"in_progress_at", b.created_at}, {"expires_at", b.created_at + 86400},
          {"finalizing_at", complete ? OJson(finished_at) : OJson()}, {"completed_at", complete ? OJson(finished_at) : OJson()},
          {"failed_at", nullptr}, {"expired_at", nullptr}, {"cancelling_at", nullptr}, {"cancelled_at", nullptr},
          {"request_counts", {{"total", b.total}, {"completed", complete ? b.succeeded : 0}, {"failed", complete ? b.failed : 0}}},
          {"metadata", b.meta["metadata"]}};
}

BatchReply BatchStore::get_openai_batch(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = batches_.find(id);
  if (it == batches_.end() || it->second.kind != "openai") return openai_error(404, fmt::format("No such Batch object: {}", id));
  return {200, openai_batch_json(it->second).dump()};
}

BatchReply BatchStore::create_anthropic_batch(const std::string& body, const std::string& base_url) {
  OJson req = OJson::parse(body, nullptr, false);
  if (req.is_discarded() || !req.is_object()) return anthropic_error(400, "the request body is not a JSON object");
  if (!req.contains("requests") || !req["requests"].is_array() || req["requests"].empty())
    return anthropic_error(400, "requests: a non-empty list of {custom_id, params} is required");
  Batch b;
  b.kind = "anthropic";
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < req["requests"].size(); ++i) {
    const OJson& item = req["requests"][i];
    std::string custom_id = item.is_object() ? item.value("custom_id", "") : "";
    if (custom_id.empty() || !item.contains("params") || !item["params"].is_object())
      return anthropic_error(400, fmt::format("requests.{}: custom_id and params are required", i));
    if (seen[custom_id]++) return anthropic_error(400, fmt::format("requests.{}: duplicate custom_id `{}`", i, custom_id));
    ++b.total;
    const OJson& params = item["params"];
    auto answer = answer_payload(*sim_, "anthropic", params, params.value("model", "sim"), 0, custom_id);
    OJson result;
    if (answer && answer->status >= 200 && answer->status < 300) {
      ++b.succeeded;
      result = {{"type", "succeeded"}, {"message", OJson::parse(answer->body, nullptr, false)}};
    } else {
      ++b.failed;
      OJson err = answer ? OJson::parse(answer->body, nullptr, false) : OJson{{"type", "error"}, {"error", {{"type", "api_error"}, {"message", answer.error().message}}}};
      result = {{"type", "errored"}, {"error", err}};
    }
    b.output += OJson{{"custom_id", custom_id}, {"result", result}}.dump() + "\n";
  }
  std::lock_guard lock(mutex_);
  b.id = next_id("msgbatch_");
  b.created_at = now_s();
  b.ready_at = std::chrono::steady_clock::now() + delay_;
  OJson j = anthropic_batch_json(b, base_url);
  batches_[b.id] = std::move(b);
  return {200, j.dump()};
}

OJson BatchStore::anthropic_batch_json(const Batch& b, const std::string& base_url) const {
  bool complete = done(b);
  std::int64_t finished_at = b.created_at + std::max<std::int64_t>(1, delay_.count() / 1000);
  return {{"id", b.id}, {"type", "message_batch"}, {"processing_status", complete ? "ended" : "in_progress"},
          {"request_counts", {{"processing", complete ? 0 : b.total}, {"succeeded", complete ? b.succeeded : 0},
                              {"errored", complete ? b.failed : 0}, {"canceled", 0}, {"expired", 0}}},
          {"ended_at", complete ? OJson(rfc3339(finished_at)) : OJson()},
          {"created_at", rfc3339(b.created_at)}, {"expires_at", rfc3339(b.created_at + 86400)},
          {"archived_at", nullptr}, {"cancel_initiated_at", nullptr},
          {"results_url", complete ? OJson(base_url + "/v1/messages/batches/" + b.id + "/results") : OJson()}};
}

BatchReply BatchStore::get_anthropic_batch(const std::string& id, const std::string& base_url) const {
  std::lock_guard lock(mutex_);
  auto it = batches_.find(id);
  if (it == batches_.end() || it->second.kind != "anthropic")
    return anthropic_error(404, fmt::format("message batch `{}` not found", id), "not_found_error");
  return {200, anthropic_batch_json(it->second, base_url).dump()};
}

BatchReply BatchStore::anthropic_results(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = batches_.find(id);
  if (it == batches_.end() || it->second.kind != "anthropic")
    return anthropic_error(404, fmt::format("message batch `{}` not found", id), "not_found_error");
  if (!done(it->second)) return anthropic_error(400, fmt::format("message batch `{}` has not ended yet", id));
  return {200, it->second.output, "application/x-jsonl"};
}

}  // namespace aep::emulator
