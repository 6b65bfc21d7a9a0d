// Internals of the HTTP client shared by its two source files: the state
// of the event loop (client_loop.cpp) that the public API (client.cpp) feeds
// from other threads. Not for use outside runtime/http.
#pragma once

#include <curl/curl.h>

#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>

#include "runtime/http/client.hpp"
#include "runtime/http/timeline.hpp"
#include "runtime/http/transfer.hpp"

namespace aep::http {

enum class JobState { Queued, Waiting, Running };

struct Job {
  RequestId id = 0;
  Request request;
  ResponseCallback on_done;
  JobState state = JobState::Queued;
  int attempts = 0;
  TimePoint created{};    // submit() was called (the caller's thread)
  TimePoint submitted{};  // the loop took it in
  std::string retry_reasons;
  std::unique_ptr<Transfer> transfer;
};

struct PoolSlot {
  Pool pool;
  std::deque<RequestId> queue;
};

struct Delivery {
  ResponseCallback callback;
  Response response;
  std::size_t timeline_row = static_cast<std::size_t>(-1);
};

struct Client::Impl {
  ClientOptions options;
  CURLM* multi = nullptr;
  std::mt19937_64 rng;
  std::thread thread;

  // Shared with other threads: guarded by `mutex`.
  mutable std::mutex mutex;
  std::vector<std::unique_ptr<Job>> incoming;
  std::vector<RequestId> cancel_ids;
  bool cancel_everything = false;
  bool stopping = false;
  std::map<std::string, PoolOptions> pool_options;
  std::vector<std::string> reconfigured;
  RequestId next_id = 1;

  std::atomic<long> n_submitted{0}, n_completed{0}, n_attempts{0}, n_retries{0}, n_connects{0},
      n_in_flight{0};

  // Loop thread only, except `pools`, which pool_stats() reads under pools_mutex.
  mutable std::mutex pools_mutex;
  std::map<std::string, PoolSlot> pools;
  std::unordered_map<RequestId, std::unique_ptr<Job>> jobs;
  std::multimap<TimePoint, RequestId> timers;
  std::unordered_map<CURL*, RequestId> running;
  std::vector<std::unique_ptr<Transfer>> spare;
  std::vector<Delivery> deliveries;
  std::optional<TimePoint> next_pool_wake;
  TimePoint last_scan{};
  Timeline timeline;  // AEP_HTTP_TIMELINE: per-attempt times, for finding delays

  explicit Impl(ClientOptions opts);
  ~Impl();

  void wake() { curl_multi_wakeup(multi); }
  PoolSlot& pool_for(const std::string& name, TimePoint now);
  void end_job(Job& job, Response response, TimePoint now);
  Response error_response(const Job& job, ErrorKind kind, const std::string& detail);
  // Ends a call wherever it is (queued, waiting for a retry, in flight).
  void abort_job(Job& job, ErrorKind kind, const std::string& detail, TimePoint now);
  void start_transfer(Job& job, PoolSlot& slot, Now now);
  void on_transfer_done(CURL* easy, CURLcode code, Now now);
  void scan_jobs(TimePoint now);
  void admit(Now now);
  void deliver();
  void loop();
};

}  // namespace aep::http
