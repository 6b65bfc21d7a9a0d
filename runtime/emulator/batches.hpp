// Batch APIs as the emulator serves them: OpenAI Files + Batches and
// Anthropic Message Batches, answered by the sim, completing a configurable
// delay after creation (a real batch takes minutes to hours; tests want
// seconds). State lives in memory for the emulator's life.
//
//   POST /v1/files (multipart: purpose=batch, file)   GET /v1/files/{id}[/content]
//   POST /v1/batches {input_file_id, endpoint, completion_window}   GET /v1/batches/{id}
//   POST /v1/messages/batches {requests: [{custom_id, params}]}
//   GET  /v1/messages/batches/{id}   GET /v1/messages/batches/{id}/results (JSONL)
//
// Shapes follow the official SDK types (openai Batch / FileObject,
// @anthropic-ai/sdk MessageBatch / MessageBatchIndividualResponse), so the
// SDKs' batch calls work against the emulator unchanged.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "runtime/sim/sim.hpp"

namespace aep::emulator {

struct BatchReply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
};

class BatchStore {
 public:
  BatchStore(std::shared_ptr<const sim::Sim> sim, std::chrono::milliseconds delay);

  BatchReply upload_file(const std::string& filename, const std::string& purpose, std::string content);
  BatchReply get_file(const std::string& id) const;
  BatchReply file_content(const std::string& id) const;
  BatchReply create_openai_batch(const std::string& body);
  BatchReply get_openai_batch(const std::string& id) const;

  // `base_url` (scheme://host:port) makes the absolute results_url the SDK follows.
  BatchReply create_anthropic_batch(const std::string& body, const std::string& base_url);
  BatchReply get_anthropic_batch(const std::string& id, const std::string& base_url) const;
  BatchReply anthropic_results(const std::string& id) const;

  std::uint64_t batches_created() const;

 private:
  struct File {
    std::string id, filename, purpose, content;
    std::int64_t created_at = 0;
  };
  struct Batch {
    std::string id, kind;  // kind: "openai" or "anthropic"
    nlohmann::ordered_json meta;  // OpenAI: endpoint, input_file_id, completion_window, metadata
    std::string output;    // OpenAI output file content / Anthropic results JSONL
    std::string errors;    // OpenAI error file content
    std::int64_t total = 0, succeeded = 0, failed = 0;
    std::int64_t created_at = 0;  // unix seconds
    std::chrono::steady_clock::time_point ready_at;
    std::string output_file_id, error_file_id;
  };
  bool done(const Batch& b) const { return std::chrono::steady_clock::now() >= b.ready_at; }
  nlohmann::ordered_json openai_batch_json(const Batch& b) const;
  nlohmann::ordered_json anthropic_batch_json(const Batch& b, const std::string& base_url) const;
  std::string next_id(const char* prefix);

  std::shared_ptr<const sim::Sim> sim_;
  std::chrono::milliseconds delay_;
  mutable std::mutex mutex_;
  std::map<std::string, File> files_;
  std::map<std::string, Batch> batches_;
  std::uint64_t counter_ = 0;
};

}  // namespace aep::emulator
