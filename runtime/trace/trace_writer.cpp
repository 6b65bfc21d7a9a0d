// The trace writer; see trace_writer.hpp for the guarantees.
#include "runtime/trace/trace_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "runtime/trace/redact.hpp"

namespace aep::trace {

const std::vector<std::string>& key_environment_variables() {
  static const std::vector<std::string> names = {
      "OPENAI_API_KEY",    "ANTHROPIC_API_KEY", "GEMINI_API_KEY",     "GOOGLE_API_KEY",
      "AZURE_OPENAI_API_KEY", "OLLAMA_API_KEY", "OPENROUTER_API_KEY", "GROQ_API_KEY",
      "TOGETHER_API_KEY",  "MISTRAL_API_KEY",   "DEEPSEEK_API_KEY",   "AEP_API_KEY"};
  return names;
}

std::string iso8601_utc(std::chrono::system_clock::time_point time) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

Expected<std::unique_ptr<TraceWriter>> TraceWriter::open(const std::filesystem::path& run_dir, TraceOptions options) {
  std::error_code ec;
  std::filesystem::create_directories(run_dir, ec);
  if (ec) return Error{"cannot create the run directory " + run_dir.string() + ": " + ec.message()};
  std::filesystem::path path = run_dir / kFileName;
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return Error{"cannot open " + path.string() + ": " + std::strerror(errno)};
  // The constructor is private: make_unique cannot reach it.
  std::unique_ptr<TraceWriter> writer(new TraceWriter(fd, path, options));
  for (const std::string& name : key_environment_variables()) {
    if (const char* value = std::getenv(name.c_str())) writer->add_secret(value);
  }
  return writer;
}

TraceWriter::TraceWriter(int fd, std::filesystem::path path, TraceOptions options)
    : fd_(fd), path_(std::move(path)), options_(options) {}

TraceWriter::~TraceWriter() { ::close(fd_); }

void TraceWriter::add_secret(std::string value) {
  // Very short values would blank out ordinary words; no real key is that short.
  if (value.size() < 8) return;
  std::lock_guard lock(mutex_);
  secrets_.push_back(std::move(value));
}

std::string TraceWriter::clean(std::string_view text) const {
  std::string out(text);
  for (const std::string& secret : secrets_) {
    for (size_t at; (at = out.find(secret)) != std::string::npos;) out.replace(at, secret.size(), "[REDACTED:key]");
  }
  return options_.redact ? redact_personal(out) : redact_secrets(out);
}

nlohmann::json TraceWriter::clean_json(const nlohmann::json& value) const {
  if (value.is_string()) return clean(value.get_ref<const std::string&>());
  if (value.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : value) out.push_back(clean_json(item));
    return out;
  }
  if (value.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, v] : value.items()) out[clean(k)] = clean_json(v);
    return out;
  }
  return value;
}

std::string TraceWriter::format(const TraceRecord& r) const {
  std::lock_guard lock(mutex_);
  nlohmann::ordered_json line;
  auto opt = [](const auto& v) -> nlohmann::ordered_json {
    if (v) return *v;
    return nullptr;
  };
  line["time"] = iso8601_utc(r.time);
  line["build"] = clean(r.build_hash);
  line["prompt"] = clean(r.prompt);
  line["target"] = clean(r.target);
  line["provider"] = clean(r.provider);
  line["model"] = clean(r.model);
  line["input_tokens"] = opt(r.input_tokens);
  line["output_tokens"] = opt(r.output_tokens);
  line["cached_tokens"] = opt(r.cached_tokens);
  line["cost_usd"] = opt(r.cost_usd);
  line["latency_ms"] = r.latency_ms;
  line["status"] = clean(r.status);
  line["http_status"] = opt(r.http_status);
  line["retries"] = r.retries;
  line["cache_hit"] = r.cache_hit;
  line["error"] = r.error ? nlohmann::ordered_json(clean(*r.error)) : nlohmann::ordered_json(nullptr);
  line["input"] = clean(r.input);
  line["output"] = clean(r.output);
  line["extra"] = clean_json(r.extra);
  line["redacted"] = options_.redact;
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Expected<bool> TraceWriter::write(const TraceRecord& record) {
  std::string line = format(record);
  line += '\n';
  std::lock_guard lock(mutex_);
  size_t done = 0;
  while (done < line.size()) {
    ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error{"cannot write " + path_.string() + ": " + std::strerror(errno)};
    }
    done += static_cast<size_t>(n);
  }
  if (options_.fsync && ::fsync(fd_) != 0) return Error{"cannot sync " + path_.string() + ": " + std::strerror(errno)};
  return true;
}

}  // namespace aep::trace
