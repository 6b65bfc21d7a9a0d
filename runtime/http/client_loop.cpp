// The client's event loop: queues per pool, retry timers, libcurl multi
// transfers, cancellation and deadlines, all on one thread. See client.hpp
// for the threading contract.
//
// Each turn of the loop takes new submissions and cancellations from other
// threads, ends cancelled and expired calls, moves due retries back to their
// pool's queue (at the front: a retried call has waited already), admits
// queued calls as far as each pool allows, lets libcurl move bytes, and turns
// finished transfers into either a scheduled retry or a delivered result.
// It sleeps in curl_multi_poll until a socket is ready, a timer is due, or
// another thread wakes it; nothing in it blocks on a single call.
#include <algorithm>
#include <cstdio>

#include "runtime/http/client_impl.hpp"

namespace aep::http {

namespace {

std::once_flag g_curl_init;

long wait_ms(Duration d) {
  auto ms = std::chrono::ceil<std::chrono::milliseconds>(d).count();
  return static_cast<long>(std::clamp<long long>(ms, 0, 1000));
}

}  // namespace

Client::Impl::Impl(ClientOptions opts) : options(std::move(opts)) {
  std::call_once(g_curl_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  rng.seed(options.jitter_seed != 0 ? options.jitter_seed : std::random_device{}());
  multi = curl_multi_init();
  curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(options.max_host_connections));
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(options.connection_cache));
  thread = std::thread([this] { loop(); });
}


Client::Impl::~Impl() {
  {
    std::lock_guard lock(mutex);
    stopping = true;
  }
  curl_multi_wakeup(multi);
  thread.join();
  spare.clear();
  curl_multi_cleanup(multi);
}

PoolSlot& Client::Impl::pool_for(const std::string& name, TimePoint now) {
  auto it = pools.find(name);
  if (it != pools.end()) return it->second;
  PoolOptions po = options.default_pool;
  {
    std::lock_guard lock(mutex);
    if (auto c = pool_options.find(name); c != pool_options.end()) po = c->second;
  }
  return pools.emplace(name, PoolSlot{Pool(po, now), {}}).first->second;
}

void Client::Impl::end_job(Job& job, Response response, TimePoint now) {
  response.attempts = job.attempts;
  response.retry_reasons = job.retry_reasons;
  response.timings.wall = now - job.submitted;
  deliveries.push_back({std::move(job.on_done), std::move(response)});
  n_completed.fetch_add(1, std::memory_order_relaxed);
  jobs.erase(job.id);
}

Response Client::Impl::error_response(const Job& job, ErrorKind kind, const std::string& detail) {
  Response r;
  r.error = kind;
  r.error_message = std::string(error_kind_name(kind)) + ": " + job.request.method + " " +
                    redact_url(job.request.url) + (detail.empty() ? "" : ": " + detail);
  return r;
}

// Ends a call wherever it is (queued, waiting for a retry, in flight).
void Client::Impl::abort_job(Job& job, ErrorKind kind, const std::string& detail, TimePoint now) {
  switch (job.state) {
    case JobState::Queued: {
      auto& q = pools.at(job.request.pool).queue;
      q.erase(std::remove(q.begin(), q.end(), job.id), q.end());
      break;
    }
    case JobState::Waiting:
      for (auto it = timers.begin(); it != timers.end(); ++it) {
        if (it->second == job.id) {
          timers.erase(it);
          break;
        }
      }
      break;
    case JobState::Running:
      curl_multi_remove_handle(multi, job.transfer->easy.get());
      running.erase(job.transfer->easy.get());
      pools.at(job.request.pool).pool.on_abandon();
      n_in_flight.fetch_sub(1, std::memory_order_relaxed);
      spare.push_back(std::move(job.transfer));
      break;
  }
  end_job(job, error_response(job, kind, detail), now);
}

void Client::Impl::start_transfer(Job& job, PoolSlot& slot, Now now) {
  Duration timeout = job.request.timeout > Duration(0) ? job.request.timeout : options.default_timeout;
  bool bounded = false;
  if (job.request.deadline) {
    Duration left = *job.request.deadline - now.steady;
    if (left <= Duration(0)) {
      end_job(job, error_response(job, ErrorKind::Deadline, "the deadline passed before the call could start"), now.steady);
      return;
    }
    if (left < timeout) {
      timeout = left;
      bounded = true;
    }
  }
  std::unique_ptr<Transfer> t;
  if (!spare.empty()) {
    t = std::move(spare.back());
    spare.pop_back();
  } else {
    t = std::make_unique<Transfer>();
  }
  std::string error;
  if (!setup_transfer(*t, job.request, options, timeout, error)) {
    spare.push_back(std::move(t));
    end_job(job, error_response(job, ErrorKind::Invalid, error), now.steady);
    return;
  }
  t->started = now.steady;
  t->deadline_bounded = bounded;
  CURL* easy = t->easy.get();
  job.transfer = std::move(t);
  job.state = JobState::Running;
  ++job.attempts;
  running[easy] = job.id;
  slot.pool.on_start(job.request.estimated_tokens, now.steady);
  n_attempts.fetch_add(1, std::memory_order_relaxed);
  n_in_flight.fetch_add(1, std::memory_order_relaxed);
  curl_multi_add_handle(multi, easy);
}

void Client::Impl::on_transfer_done(CURL* easy, CURLcode code, Now now) {
  auto it = running.find(easy);
  if (it == running.end()) return;
  Job& job = *jobs.at(it->second);
  running.erase(it);
  curl_multi_remove_handle(multi, easy);
  n_in_flight.fetch_sub(1, std::memory_order_relaxed);
  Transfer& t = *job.transfer;
  finish_transfer(t, code, job.request);
  if (t.response.error == ErrorKind::Deadline && job.request.deadline &&
      now.steady + std::chrono::milliseconds(20) < *job.request.deadline) {
    // Cut short by the connect timeout, well before the deadline.
    t.response.error = ErrorKind::Timeout;
    t.response.error_message.replace(0, error_kind_name(ErrorKind::Deadline).size(), error_kind_name(ErrorKind::Timeout));
  }
  long connects = 0;
  curl_easy_getinfo(easy, CURLINFO_NUM_CONNECTS, &connects);
  n_connects.fetch_add(connects, std::memory_order_relaxed);
  std::size_t row = static_cast<std::size_t>(-1);
  if (timeline.enabled()) {
    TimelineRow r;
    r.id = job.id;
    r.submitted = job.created;
    r.queued = job.submitted;
    r.started = t.started;
    r.done = now.steady;
    curl_off_t v = 0;
    curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &v);
    r.connect_us = v;
    curl_easy_getinfo(easy, CURLINFO_PRETRANSFER_TIME_T, &v);
    r.pretransfer_us = v;
    curl_easy_getinfo(easy, CURLINFO_STARTTRANSFER_TIME_T, &v);
    r.first_byte_us = v;
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &v);
    r.total_us = v;
    r.connects = connects;
    row = timeline.add(r);
  }
  Response response = std::move(t.response);
  bool streamed = t.chunks_delivered;
  TimePoint started = t.started;
  spare.push_back(std::move(job.transfer));

  PoolSlot& slot = pools.at(job.request.pool);
  RetryDecision decision = classify(response, options.retry);
  slot.pool.on_finish(decision.outcome, response.headers, started, now);

  int max_retries = job.request.max_retries.value_or(options.retry.max_retries);
  std::string not_retried;
  if (decision.retry && job.attempts > max_retries) {
    not_retried = "gave up after " + std::to_string(job.attempts) + " attempts";
  } else if (decision.retry && streamed) {
    not_retried = "not retried: part of the body was already streamed to the caller";
  } else if (decision.retry) {
    auto server = server_retry_delay(response.headers, now.wall);
    Duration delay{0};
    if (server && *server > options.retry.max_retry_after) {
      not_retried = "not retried: the server asked to wait " +
                    std::to_string(static_cast<long>(to_seconds(*server))) + " s, more than the " +
                    std::to_string(static_cast<long>(to_seconds(options.retry.max_retry_after))) + " s limit";
    } else {
      delay = server ? *server
                     : backoff_delay(job.attempts - 1, options.retry,
                                     std::uniform_real_distribution<double>(0.0, 1.0)(rng));
      if (job.request.deadline && now.steady + delay >= *job.request.deadline) {
        not_retried = "not retried: the deadline would pass before the next attempt";
      }
    }
    if (not_retried.empty()) {
      if (!job.retry_reasons.empty()) job.retry_reasons += "; ";
      job.retry_reasons += decision.reason;
      job.state = JobState::Waiting;
      timers.emplace(now.steady + delay, job.id);
      n_retries.fetch_add(1, std::memory_order_relaxed);
      return;
    }
  }
  if (!not_retried.empty()) {
    response.error_message += (response.error_message.empty() ? "" : "; ") + not_retried;
  }
  end_job(job, std::move(response), now.steady);
  deliveries.back().timeline_row = row;
}

// Cancellation tokens and deadlines of calls not in flight (in-flight
// calls have the deadline in their curl timeout).
void Client::Impl::scan_jobs(TimePoint now) {
  std::vector<std::pair<RequestId, ErrorKind>> ending;
  for (auto& [id, job] : jobs) {
    if (job->request.cancel.cancelled()) {
      ending.emplace_back(id, ErrorKind::Cancelled);
    } else if (job->state != JobState::Running && job->request.deadline && now >= *job->request.deadline) {
      ending.emplace_back(id, ErrorKind::Deadline);
    }
  }
  for (auto [id, kind] : ending) {
    auto it = jobs.find(id);
    if (it == jobs.end()) continue;
    abort_job(*it->second, kind, kind == ErrorKind::Deadline ? "the deadline passed while the call waited" : "", now);
  }
}

void Client::Impl::admit(Now now) {
  next_pool_wake.reset();
  for (auto& [name, slot] : pools) {
    while (!slot.queue.empty()) {
      Job& job = *jobs.at(slot.queue.front());
      Admission a = slot.pool.admit(job.request.estimated_tokens, now.steady);
      if (!a.go) {
        if (a.retry_at && (!next_pool_wake || *a.retry_at < *next_pool_wake)) next_pool_wake = a.retry_at;
        break;
      }
      slot.queue.pop_front();
      start_transfer(job, slot, now);
    }
  }
}

void Client::Impl::deliver() {
  std::vector<Delivery> batch;
  batch.swap(deliveries);
  for (Delivery& d : batch) {
    if (!d.callback) continue;
    try {
      d.callback(std::move(d.response));
    } catch (...) {
      // A throwing callback must not take the event loop (and every other
      // call) down with it.
      std::fputs("aep: http: a response callback threw an exception; ignored\n", stderr);
    }
    if (d.timeline_row != static_cast<std::size_t>(-1)) timeline.delivered(d.timeline_row, std::chrono::steady_clock::now());
  }
}

void Client::Impl::loop() {
  for (;;) {
    std::vector<std::unique_ptr<Job>> fresh;
    std::vector<RequestId> cancels;
    std::vector<std::string> changed;
    bool all = false, stop = false;
    {
      std::lock_guard lock(mutex);
      fresh.swap(incoming);
      cancels.swap(cancel_ids);
      changed.swap(reconfigured);
      all = cancel_everything;
      cancel_everything = false;
      stop = stopping;
    }
    Now now = Now::system();
    bool progressed = false;
    {
      std::lock_guard pools_lock(pools_mutex);
      for (const std::string& name : changed) {
        auto it = pools.find(name);
        if (it == pools.end()) continue;
        PoolOptions po;
        {
          std::lock_guard lock(mutex);
          po = pool_options.at(name);
        }
        int in_flight = it->second.pool.in_flight();
        it->second.pool = Pool(po, now.steady);
        it->second.pool.carry_in_flight(in_flight);
      }
      for (auto& job : fresh) {
        job->submitted = now.steady;
        PoolSlot& slot = pool_for(job->request.pool, now.steady);
        slot.queue.push_back(job->id);
        jobs.emplace(job->id, std::move(job));
      }
      for (RequestId id : cancels) {
        if (auto it = jobs.find(id); it != jobs.end()) abort_job(*it->second, ErrorKind::Cancelled, "", now.steady);
      }
      if (all || stop) {
        std::vector<RequestId> ids;
        for (auto& [id, job] : jobs) ids.push_back(id);
        for (RequestId id : ids) {
          abort_job(*jobs.at(id), ErrorKind::Cancelled, stop ? "the client is shutting down" : "", now.steady);
        }
      }
      if (now.steady - last_scan >= std::chrono::milliseconds(5)) {
        scan_jobs(now.steady);
        last_scan = now.steady;
      }
      while (!timers.empty() && timers.begin()->first <= now.steady) {
        RequestId id = timers.begin()->second;
        timers.erase(timers.begin());
        Job& job = *jobs.at(id);
        job.state = JobState::Queued;
        pools.at(job.request.pool).queue.push_front(id);
      }
      admit(now);

      int still_running = 0;
      curl_multi_perform(multi, &still_running);
      int left = 0;
      while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
        if (msg->msg != CURLMSG_DONE) continue;
        on_transfer_done(msg->easy_handle, msg->data.result, Now::system());
        progressed = true;
      }
      if (progressed) {
        // The finished calls freed slots: put the next queued calls on the
        // wire before running any callback, so a slot never waits for the
        // processing of the answer that freed it.
        admit(Now::system());
        curl_multi_perform(multi, &still_running);
      }
    }
    deliver();
    if (stop) {
      std::lock_guard lock(mutex);
      if (jobs.empty() && incoming.empty()) break;
      continue;
    }
    if (progressed) continue;  // a slot may have freed: admit again at once

    long timeout = 1000;
    long curl_timeout = -1;
    curl_multi_timeout(multi, &curl_timeout);
    if (curl_timeout >= 0) timeout = std::min(timeout, curl_timeout);
    TimePoint t = std::chrono::steady_clock::now();
    if (!timers.empty()) timeout = std::min(timeout, wait_ms(timers.begin()->first - t));
    if (next_pool_wake) timeout = std::min(timeout, wait_ms(*next_pool_wake - t));
    // Cancel tokens are plain flags: look at them often while calls are out.
    if (!jobs.empty()) timeout = std::min(timeout, 20L);
    curl_multi_poll(multi, nullptr, 0, static_cast<int>(timeout), nullptr);
  }
}

}  // namespace aep::http
