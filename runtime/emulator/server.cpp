// The emulator server (see server.hpp). One cpp-httplib server with a large
// worker pool: each keep-alive connection holds a worker, and a worker that
// sleeps out a call's latency must not hold back the others, so the pool is
// sized for the connections, not for the cores.
#include "runtime/emulator/server.hpp"

#include <sys/prctl.h>
#include <sys/socket.h>

#include <atomic>
#include <condition_variable>
#include <ctime>
#include <iostream>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>
#include <httplib.h>

#include "runtime/emulator/batches.hpp"
#include "runtime/emulator/rate_limits.hpp"
#include "runtime/emulator/timeline.hpp"
#include "runtime/emulator/wire.hpp"
#include "runtime/sim/hash.hpp"

namespace aep::emulator {

namespace {

// cpp-httplib (Debian's 0.11) listens with a backlog of 5, compiled into the
// library: a burst of 64 connects would see dropped SYNs and one-second
// retransmits. Listening again on the bound socket raises the backlog.
class Server final : public httplib::Server {
 public:
  void widen_backlog() { ::listen(svr_sock_, 1024); }
};

// The provider whose error shape suits a path that matched no route.
const char* format_for_path(const std::string& path) {
  if (path.starts_with("/api/")) return "ollama";
  if (path.starts_with("/v1/messages")) return "anthropic";
  if (path.find("/models/") != std::string::npos && path.find(':') != std::string::npos) return "gemini";
  return "openai-chat";
}

// One stream frame cut in the middle of its JSON, framing kept.
std::string malformed_frame(const std::string& frame) {
  std::size_t end = frame.find_last_not_of("\r\n");
  std::string body = frame.substr(0, end + 1);
  std::string tail = frame.substr(end + 1);
  std::size_t data = body.rfind("data: ");
  std::size_t start = data == std::string::npos ? 0 : data + 6;
  return body.substr(0, start + (body.size() - start) / 2) + tail;
}

}  // namespace

// Counts handlers in flight (a stream's frames are written after the handler
// returns, but they are ready by then and take microseconds).
struct ActiveGuard {
  explicit ActiveGuard(std::atomic<int>& n) : n_(n) { ++n_; }
  ~ActiveGuard() { --n_; }
  std::atomic<int>& n_;
};

struct Emulator::Impl {
  EmulatorOptions options;
  Server server;
  std::map<std::string, std::unique_ptr<WireFormat>> formats;
  RateWindow window;

  std::mutex attempts_mutex;
  std::unordered_map<std::uint64_t, std::uint32_t> attempts;

  std::mutex stop_mutex;
  std::condition_variable stop_cv;
  bool stopping = false;

  std::atomic<int> active{0};
  Timeline timeline;  // AEP_EMULATOR_TIMELINE
  mutable std::mutex stats_mutex;
  EmulatorStats stats;
  std::unique_ptr<BatchStore> batches;

  explicit Impl(EmulatorOptions o) : options(std::move(o)), window(options.rpm, options.tpm) {
    formats["openai-chat"] = make_openai_chat_wire();
    formats["openai-responses"] = make_openai_responses_wire();
    formats["anthropic"] = make_anthropic_wire();
    formats["gemini"] = make_gemini_wire();
    formats["ollama"] = make_ollama_wire();
  }

  // Sleeps until `due` unless the emulator stops first; returns false when stopping.
  bool sleep_until(SteadyTime due) {
    // Linux lets a sleeping thread's timer fire up to 50 us late (timer
    // slack) to batch wake-ups; a latency emulator wants its wake-up on time.
    thread_local bool exact = (::prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL), true);
    (void)exact;
    if (due <= std::chrono::steady_clock::now()) return true;
    std::unique_lock lock(stop_mutex);
    return !stop_cv.wait_until(lock, due, [&] { return stopping; });
  }
  static std::chrono::steady_clock::duration from_ms(double ms) {
    return std::chrono::microseconds(static_cast<std::int64_t>(std::max(0.0, ms) * 1000));
  }

  std::uint32_t next_attempt(std::uint64_t key) {
    std::lock_guard lock(attempts_mutex);
    return attempts[key]++;
  }

  void count(const std::string& format, FaultKind fault, const std::string& item) {
    std::lock_guard lock(stats_mutex);
    ++stats.requests;
    ++stats.by_format[format];
    ++stats.by_fault[std::string(fault_name(fault))];
    if (!item.empty()) ++stats.by_item[item];
  }

  nlohmann::ordered_json stats_json() const {
    std::lock_guard lock(stats_mutex);
    nlohmann::ordered_json j = {{"requests", stats.requests}, {"by_format", stats.by_format},
                                {"by_fault", stats.by_fault}, {"by_item", stats.by_item},
                                {"batches", batches ? batches->batches_created() : 0}};
    return j;
  }

  static int status_of(FaultKind k) {
    switch (k) {
      case FaultKind::RateLimit: case FaultKind::Quota: return 429;
      case FaultKind::ServerError: return 500;
      case FaultKind::Unavailable: return 503;
      case FaultKind::Overloaded: return 529;
      default: return 200;
    }
  }

  void send_error(const WireFormat& wire, httplib::Response& res, int status, ErrorKind kind, const std::string& message) {
    res.status = status;
    res.set_content(wire.error_body(status, kind, message), "application/json; charset=utf-8");
  }

  // Runs one model call that reached its handler at `received`; `row` (null
  // unless the timeline is on) gets the sleep's times.
  void handle(const std::string& format, const httplib::Request& req, httplib::Response& res, PathInfo path,
              SteadyTime received, TimelineRow* row) {
    const WireFormat& wire = *formats.at(format);
    std::uint64_t body_key = sim::hash_mix({sim::hash_text(req.method), sim::hash_text(req.path), sim::hash_text(req.body)});
    std::uint32_t attempt = next_attempt(body_key);
    std::uint64_t call_key = sim::hash_mix({options.seed, body_key, attempt});
    std::string request_id = "req_" + sim::hash_hex(sim::hash_mix({call_key, 0x1d}));
    res.set_header("x-request-id", request_id);
    if (format == "anthropic") res.set_header("request-id", request_id);
    if (format == "gemini") res.set_header("x-goog-request-id", request_id);

    const FaultRule& fault = pick_fault(options.faults, sim::unit_from_hash(sim::hash_mix({call_key, 0xfa17})));
    std::string item = req.has_header("x-aep-item-id") ? req.get_header_value("x-aep-item-id") : "";
    count(format, fault.kind, item);
    auto log = [&](int status, const std::string& note) {
      if (options.log)
        std::cerr << fmt::format("{} {} {} {} attempt={} fault={}{} {}\n", req.method, req.path, status, format,
                                 attempt, fault_name(fault.kind), item.empty() ? "" : " item=" + item, note);
    };

    auto doc = nlohmann::ordered_json::parse(req.body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
      send_error(wire, res, 400, ErrorKind::BadRequest, "the request body is not a JSON object");
      return log(400, "bad json");
    }
    auto wreq = wire.read(doc, path);
    if (!wreq) {
      send_error(wire, res, 400, ErrorKind::BadRequest, wreq.error().message);
      return log(400, wreq.error().message);
    }
    if (req.has_header("x-aep-item-id")) wreq->sim.item_id = req.get_header_value("x-aep-item-id");
    int base_sample = 0;
    if (req.has_header("x-aep-sample-index")) {
      try {
        base_sample = std::stoi(req.get_header_value("x-aep-sample-index"));
      } catch (const std::exception&) {
        send_error(wire, res, 400, ErrorKind::BadRequest, "x-aep-sample-index must be an integer");
        return log(400, "bad sample index");
      }
    }

    // Status faults answer at once, as a provider's front door does.
    int fault_status = status_of(fault.kind);
    if (fault_status != 200) {
      ErrorKind kind = fault.kind == FaultKind::RateLimit ? ErrorKind::RateLimit
                       : fault.kind == FaultKind::Quota   ? ErrorKind::Quota
                       : fault.kind == FaultKind::ServerError ? ErrorKind::Server
                       : fault.kind == FaultKind::Unavailable ? ErrorKind::Unavailable
                                                              : ErrorKind::Overloaded;
      std::string message =
          kind == ErrorKind::RateLimit ? "Rate limit reached for requests (emulated fault)"
          : kind == ErrorKind::Quota   ? "You exceeded your current quota, please check your plan and billing details. (insufficient_quota, enforced_spend_limit_reached; emulated fault)"
          : kind == ErrorKind::Server  ? "The server had an error while processing your request (emulated fault)"
          : kind == ErrorKind::Unavailable ? "The service is temporarily unavailable (emulated fault)"
                                           : "Overloaded (emulated fault)";
      if (fault.kind == FaultKind::RateLimit) {
        res.set_header("retry-after", fmt::format("{}", fault.retry_after_s));
        if (fault.retry_after_ms >= 0) res.set_header("retry-after-ms", fmt::format("{}", fault.retry_after_ms));
      }
      if (fault.kind == FaultKind::Quota) res.set_header("x-should-retry", "false");
      send_error(wire, res, fault_status, kind, message);
      return log(fault_status, "");
    }

    std::vector<sim::SimReply> replies;
    for (int i = 0; i < wreq->n; ++i) {
      sim::SimRequest one = wreq->sim;
      one.sample_index = base_sample + i;
      replies.push_back(options.sim->answer(one));
    }
    std::int64_t tokens = replies[0].input_tokens;
    for (const auto& r : replies) tokens += r.output_tokens;
    RateDecision rate = window.take(tokens);
    for (auto& [k, v] : rate_limit_headers(format, rate)) res.set_header(k, v);
    if (!rate.allowed) {
      res.set_header("retry-after", fmt::format("{}", rate.retry_after_s));
      send_error(wire, res, 429, ErrorKind::RateLimit, "Rate limit reached (emulator --rpm/--tpm)");
      return log(429, "rate window");
    }

    // The latency (and a hang) count from the request's receipt, as a
    // provider's do: parsing the request and building the answer are part
    // of it, not added to it. So the answer is built first, then the rest
    // of the latency is waited out (wait_out()) just before it is handed back.
    double latency = options.latency ? sim::draw_latency_ms(*options.latency, sim::hash_mix({call_key, 0x1a7})) : replies[0].latency_ms;
    SteadyTime due = received + from_ms(latency);
    if (fault.kind == FaultKind::Hang) due += from_ms(fault.hang_ms);
    auto wait_out = [&] {
      if (row) row->sleep_start = std::chrono::steady_clock::now();
      bool ok = sleep_until(due);
      if (row) row->sleep_end = std::chrono::steady_clock::now();
      return ok;
    };
    for (auto& r : replies) r.latency_ms = latency;  // bodies that report durations (Ollama) tell the truth
    if (format == "openai-chat" || format == "openai-responses")
      res.set_header("openai-processing-ms", std::to_string(static_cast<std::int64_t>(latency)));

    ReplyMeta meta{sim::hash_hex(call_key) + sim::hash_hex(sim::hash_mix({call_key, 2})).substr(0, 8),
                   wreq->sim.model, static_cast<std::int64_t>(std::time(nullptr))};
    bool cut = fault.kind == FaultKind::CutStream || fault.kind == FaultKind::Truncate;
    if (wreq->stream) {
      auto frames = std::make_shared<std::vector<std::string>>(wire.stream(replies, meta, *wreq));
      std::size_t stop_at = frames->size();
      if (cut) stop_at = frames->size() / 2;
      if (fault.kind == FaultKind::Malformed) (*frames)[frames->size() / 2] = malformed_frame((*frames)[frames->size() / 2]);
      if (format == "gemini" && req.get_param_value("alt") != "sse") {
        // Without alt=sse Gemini streams one JSON array of the chunks.
        std::string array = "[";
        for (std::size_t i = 0; i < frames->size(); ++i) {
          std::string f = (*frames)[i];
          f = f.substr(6, f.find_last_not_of("\r\n") - 5);
          array += (i ? ",\n" : "") + f;
        }
        array += "]";
        frames = std::make_shared<std::vector<std::string>>(std::vector<std::string>{array});
        stop_at = cut ? 0 : 1;
      }
      std::string content_type = wire.stream_content_type();
      if (format == "gemini" && req.get_param_value("alt") != "sse") content_type = "application/json; charset=utf-8";
      if (!wait_out()) return;
      res.set_header("Cache-Control", "no-cache");
      res.set_chunked_content_provider(content_type, [frames, stop_at, cut](std::size_t, httplib::DataSink& sink) {
        for (std::size_t i = 0; i < stop_at; ++i) {
          if (!sink.write((*frames)[i].data(), (*frames)[i].size())) return false;
        }
        if (cut) return false;  // closes the connection without the last chunk
        sink.done();
        return true;
      });
      return log(200, fmt::format("stream task={} correct={} accuracy={:.3f}", replies[0].task_id, replies[0].correct, replies[0].accuracy));
    }
    auto body = std::make_shared<std::string>(wire.body(replies, meta));
    if (!wait_out()) return;
    if (fault.kind == FaultKind::Malformed) {
      body->resize(body->size() / 2);
      res.set_content(*body, "application/json; charset=utf-8");
    } else if (cut) {
      // Promise the whole body, send half, then close.
      std::size_t full = body->size();
      res.set_content_provider(full, "application/json; charset=utf-8",
                               [body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                 if (offset == 0) sink.write(body->data(), body->size() / 2);
                                 return false;
                               });
    } else {
      res.set_content(*body, "application/json; charset=utf-8");
    }
    log(200, fmt::format("task={} correct={} accuracy={:.3f}", replies[0].task_id, replies[0].correct, replies[0].accuracy));
  }

  // Calls `body` with the time of receipt (the handler's start: the request
  // is read whole by then) and, when the timeline is on, a row it keeps.
  template <typename F>
  void timed(const httplib::Request& req, const httplib::Response& res, F body) {
    SteadyTime received = std::chrono::steady_clock::now();
    if (!timeline.enabled()) return body(received, nullptr);
    TimelineRow row;
    row.received = received;
    body(received, &row);
    row.handled = std::chrono::steady_clock::now();
    row.status = res.status;
    row.sample = req.get_header_value("x-aep-item-id") + "#" + req.get_header_value("x-aep-sample-index");
    timeline.add(std::move(row));
  }

  void routes() {
    auto post = [this](const std::string& pattern, const std::string& format) {
      server.Post(pattern, [this, format](const httplib::Request& req, httplib::Response& res) {
        ActiveGuard guard(active);
        timed(req, res, [&](SteadyTime received, TimelineRow* row) { handle(format, req, res, PathInfo{}, received, row); });
      });
    };
    post("/v1/chat/completions", "openai-chat");
    post("/chat/completions", "openai-chat");
    post("/v1/responses", "openai-responses");
    post("/responses", "openai-responses");
    post("/v1/messages", "anthropic");
    post("/api/chat", "ollama");
    server.Post(R"(/(v1beta|v1|v1alpha)/models/([^/:]+):(generateContent|streamGenerateContent))",
                [this](const httplib::Request& req, httplib::Response& res) {
                  ActiveGuard guard(active);
                  PathInfo path{req.matches[2].str(), req.matches[3].str() == "streamGenerateContent"};
                  timed(req, res, [&](SteadyTime received, TimelineRow* row) { handle("gemini", req, res, path, received, row); });
                });
    auto models = nlohmann::ordered_json{{"object", "list"},
                                 {"data", nlohmann::ordered_json::array({{{"id", "sim"}, {"object", "model"}, {"created", 0}, {"owned_by", "aep"}}})}};
    server.Get("/v1/models", [models](const httplib::Request&, httplib::Response& res) {
      res.set_content(models.dump(), "application/json; charset=utf-8");
    });
    server.Get("/api/tags", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"models":[{"name":"sim","model":"sim","size":0,"digest":"","details":{}}]})", "application/json; charset=utf-8");
    });
    server.Get("/api/version", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"version":"0.0.0-aep-emulator"})", "application/json; charset=utf-8");
    });
    server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok\n", "text/plain"); });
    server.Get("/aep/stats", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(stats_json().dump(), "application/json; charset=utf-8");
    });
    batch_routes();
  }

  void batch_routes() {
    auto send = [](httplib::Response& res, const BatchReply& r) {
      res.status = r.status;
      res.set_content(r.body, r.content_type.c_str());
    };
    auto counted = [this](const char* what) {
      std::lock_guard lock(stats_mutex);
      ++stats.requests;
      ++stats.by_format[what];
    };
    auto base_of = [](const httplib::Request& req) { return "http://" + req.get_header_value("Host"); };
    server.Post("/v1/files", [this, send, counted](const httplib::Request& req, httplib::Response& res) {
      counted("openai-files");
      if (!req.is_multipart_form_data() || !req.has_file("file")) {
        send(res, {400, R"({"error":{"message":"upload the file as multipart/form-data with fields `purpose` and `file`","type":"invalid_request_error","param":"file","code":null}})"});
        return;
      }
      auto file = req.get_file_value("file");
      std::string purpose = req.has_file("purpose") ? req.get_file_value("purpose").content : "";
      send(res, batches->upload_file(file.filename, purpose, file.content));
    });
    server.Get(R"(/v1/files/([^/]+)/content)", [this, send](const httplib::Request& req, httplib::Response& res) {
      send(res, batches->file_content(req.matches[1].str()));
    });
    server.Get(R"(/v1/files/([^/]+))", [this, send](const httplib::Request& req, httplib::Response& res) {
      send(res, batches->get_file(req.matches[1].str()));
    });
    server.Post("/v1/batches", [this, send, counted](const httplib::Request& req, httplib::Response& res) {
      counted("openai-batch");
      send(res, batches->create_openai_batch(req.body));
    });
    server.Get(R"(/v1/batches/([^/]+))", [this, send](const httplib::Request& req, httplib::Response& res) {
      send(res, batches->get_openai_batch(req.matches[1].str()));
    });
    server.Post("/v1/messages/batches", [this, send, counted, base_of](const httplib::Request& req, httplib::Response& res) {
      counted("anthropic-batch");
      send(res, batches->create_anthropic_batch(req.body, base_of(req)));
    });
    server.Get(R"(/v1/messages/batches/([^/]+)/results)", [this, send](const httplib::Request& req, httplib::Response& res) {
      send(res, batches->anthropic_results(req.matches[1].str()));
    });
    server.Get(R"(/v1/messages/batches/([^/]+))", [this, send, base_of](const httplib::Request& req, httplib::Response& res) {
      send(res, batches->get_anthropic_batch(req.matches[1].str(), base_of(req)));
    });
    server.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty() || res.content_length_ > 0) return httplib::Server::HandlerResponse::Unhandled;
      const WireFormat& wire = *formats.at(format_for_path(req.path));
      res.set_content(wire.error_body(res.status, res.status == 404 ? ErrorKind::NotFound : ErrorKind::BadRequest,
                                      fmt::format("{} {} is not served by the aep emulator", req.method, req.path)),
                      "application/json; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }));
    server.set_exception_handler([this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "unknown error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      const WireFormat& wire = *formats.at(format_for_path(req.path));
      res.status = 500;
      res.set_content(wire.error_body(500, ErrorKind::Server, "emulator internal error: " + what), "application/json; charset=utf-8");
    });
  }
};

Emulator::Emulator(EmulatorOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  if (!impl_->options.sim) impl_->options.sim = std::make_shared<sim::Sim>(sim::default_world());
  impl_->batches = std::make_unique<BatchStore>(impl_->options.sim, impl_->options.batch_delay);
  int threads = std::max(1, impl_->options.threads);
  impl_->server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  impl_->server.set_keep_alive_max_count(1'000'000);
  impl_->server.set_keep_alive_timeout(5);
  impl_->server.set_tcp_nodelay(true);
  // cpp-httplib's default options add SO_REUSEPORT, which lets a second
  // emulator bind the same port and silently share its traffic; keep only
  // SO_REUSEADDR so a busy port is an error and a restart still binds.
  impl_->server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  impl_->server.set_read_timeout(60);
  impl_->server.set_write_timeout(60);
  impl_->routes();
}

Emulator::~Emulator() {
  stop();
  write_timeline();
}

void Emulator::write_timeline() { impl_->timeline.write(); }

Expected<int> Emulator::bind() {
  int port = impl_->options.port;
  if (port == 0) {
    port = impl_->server.bind_to_any_port(impl_->options.host);
    if (port <= 0) return Error{fmt::format("cannot listen on {}: no free port", impl_->options.host)};
  } else if (!impl_->server.bind_to_port(impl_->options.host, port)) {
    return Error{fmt::format("cannot listen on {}:{} (is the port in use?)", impl_->options.host, port)};
  }
  impl_->server.widen_backlog();
  return port;
}

void Emulator::serve() { impl_->server.listen_after_bind(); }

void Emulator::stop() {
  {
    std::lock_guard lock(impl_->stop_mutex);
    impl_->stopping = true;
  }
  impl_->stop_cv.notify_all();
  impl_->server.stop();
}

int Emulator::active_requests() const { return impl_->active.load(); }

EmulatorStats Emulator::stats() const {
  std::lock_guard lock(impl_->stats_mutex);
  EmulatorStats s = impl_->stats;
  s.batches = impl_->batches ? impl_->batches->batches_created() : 0;
  return s;
}

}  // namespace aep::emulator
