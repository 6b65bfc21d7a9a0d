// The public face of the HTTP client: hands requests, cancellations and pool
// settings to the event loop (client_loop.cpp) and waits where asked to.
#include "runtime/http/client.hpp"

#include <condition_variable>
#include <mutex>

#include "runtime/http/client_impl.hpp"

namespace aep::http {

Client::Client(ClientOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Client::~Client() = default;

RequestId Client::submit(Request request, ResponseCallback on_done) {
  auto job = std::make_unique<Job>();
  job->request = std::move(request);
  job->on_done = std::move(on_done);
  job->created = std::chrono::steady_clock::now();
  RequestId id;
  bool refused = false;
  {
    std::lock_guard lock(impl_->mutex);
    id = impl_->next_id++;
    job->id = id;
    refused = impl_->stopping;
    if (!refused) impl_->incoming.push_back(std::move(job));
  }
  if (refused) {
    // Outside the lock: the callback may submit again.
    Response r;
    r.error = ErrorKind::Cancelled;
    r.error_message = "cancelled: the client is shutting down";
    if (job->on_done) job->on_done(std::move(r));
    return id;
  }
  impl_->n_submitted.fetch_add(1, std::memory_order_relaxed);
  impl_->wake();
  return id;
}

std::future<Response> Client::submit(Request request) {
  auto promise = std::make_shared<std::promise<Response>>();
  auto future = promise->get_future();
  submit(std::move(request), [promise](Response r) { promise->set_value(std::move(r)); });
  return future;
}

std::vector<Response> Client::run_all(std::vector<Request> requests, std::optional<TimePoint> deadline) {
  struct Shared {
    std::mutex m;
    std::condition_variable cv;
    size_t remaining;
    std::vector<Response> results;
  };
  auto shared = std::make_shared<Shared>();
  shared->remaining = requests.size();
  shared->results.resize(requests.size());
  for (size_t i = 0; i < requests.size(); ++i) {
    if (deadline && !requests[i].deadline) requests[i].deadline = deadline;
    submit(std::move(requests[i]), [shared, i](Response r) {
      std::lock_guard lock(shared->m);
      shared->results[i] = std::move(r);
      if (--shared->remaining == 0) shared->cv.notify_all();
    });
  }
  std::unique_lock lock(shared->m);
  shared->cv.wait(lock, [&] { return shared->remaining == 0; });
  return std::move(shared->results);
}

void Client::cancel(RequestId id) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->cancel_ids.push_back(id);
  }
  impl_->wake();
}

void Client::cancel_all() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->cancel_everything = true;
    // Calls submitted but not yet picked up by the loop are outstanding too.
  }
  impl_->wake();
}

void Client::configure_pool(const std::string& name, PoolOptions options) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->pool_options[name] = options;
    impl_->reconfigured.push_back(name);
  }
  impl_->wake();
}

std::optional<PoolStats> Client::pool_stats(const std::string& name) const {
  std::lock_guard lock(impl_->pools_mutex);
  auto it = impl_->pools.find(name);
  if (it == impl_->pools.end()) return std::nullopt;
  return it->second.pool.stats();
}

ClientStats Client::stats() const {
  ClientStats s;
  s.submitted = impl_->n_submitted.load();
  s.completed = impl_->n_completed.load();
  s.attempts = impl_->n_attempts.load();
  s.retries = impl_->n_retries.load();
  s.connections_opened = impl_->n_connects.load();
  s.in_flight = impl_->n_in_flight.load();
  return s;
}

}  // namespace aep::http

