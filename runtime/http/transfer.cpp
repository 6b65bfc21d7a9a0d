// Easy-handle setup and result mapping for one attempt; see transfer.hpp.
#include "runtime/http/transfer.hpp"

#include <algorithm>
#include <cstring>

namespace aep::http {

namespace {

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  std::string_view line(data, n);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (line.starts_with("HTTP/")) {
    // A new status line (after a 100 Continue, say): start the header set afresh.
    t->response.headers.clear();
    return n;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  std::string_view name = line.substr(0, colon);
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  t->response.headers.add(std::string(name), std::string(value));
  return n;
}

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (!t->status_checked) {
    long status = 0;
    curl_easy_getinfo(t->easy.get(), CURLINFO_RESPONSE_CODE, &status);
    t->stream_body = t->on_chunk != nullptr && *t->on_chunk && status >= 200 && status < 300;
    t->status_checked = true;
  }
  t->response.body.append(data, n);
  if (t->stream_body && n > 0) {
    t->chunks_delivered = true;
    if (!(*t->on_chunk)(std::string_view(data, n))) {
      t->aborted_by_chunk_callback = true;
      return 0;  // curl ends the transfer with CURLE_WRITE_ERROR
    }
  }
  return n;
}

long to_ms(Duration d) {
  return static_cast<long>(std::max<long long>(1, std::chrono::duration_cast<std::chrono::milliseconds>(d).count()));
}

}  // namespace

bool setup_transfer(Transfer& t, const Request& request, const ClientOptions& options,
                    Duration timeout, std::string& error) {
  if (!t.easy) t.easy.reset(curl_easy_init());
  if (!t.easy) {
    error = "cannot create a transfer handle";
    return false;
  }
  CURL* h = t.easy.get();
  curl_easy_reset(h);
  t.response = Response{};
  t.error_buffer[0] = '\0';
  t.chunks_delivered = false;
  t.aborted_by_chunk_callback = false;
  t.status_checked = false;
  t.stream_body = false;
  t.on_chunk = &request.on_chunk;

  if (request.url.empty()) {
    error = "the request has no URL";
    return false;
  }
  if (request.method.empty() ||
      request.method.find_first_of(" \r\n\t") != std::string::npos) {
    error = "the request method is empty or contains whitespace";
    return false;
  }

  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, t.error_buffer);
  curl_easy_setopt(h, CURLOPT_USERAGENT, options.user_agent.c_str());
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl can decode
  curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
  curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
  if (!options.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, options.ca_file.c_str());
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, to_ms(timeout));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, to_ms(std::min(timeout, options.connect_timeout)));
  if (options.http2) {
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    // Over TLS, wait for a connection that may multiplex instead of opening
    // a new one per call; plain http stays HTTP/1.1, where waiting gains nothing.
    if (request.url.starts_with("https://")) curl_easy_setopt(h, CURLOPT_PIPEWAIT, 1L);
  } else {
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
  }

  if (request.method == "GET") {
    curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
  } else if (request.method == "HEAD") {
    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
  } else {
    if (request.method != "POST") curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.data());
  }

  curl_slist* list = nullptr;
  for (const Header& header : request.headers.all()) {
    if (header.name.find_first_of(":\r\n") != std::string::npos ||
        header.value.find_first_of("\r\n") != std::string::npos) {
      curl_slist_free_all(list);
      // The name is safe to show; the value is not (it may be a key).
      error = "header `" + header.name.substr(0, header.name.find_first_of("\r\n")) +
              "` contains a line break or colon";
      return false;
    }
    std::string line = header.name + ": " + header.value;
    if (header.value.empty()) line = header.name + ";";  // curl's way to send an empty value
    list = curl_slist_append(list, line.c_str());
  }
  // Large bodies would otherwise wait a second for a 100 Continue.
  if (!request.headers.contains("Expect")) list = curl_slist_append(list, "Expect:");
  t.header_list.reset(list);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, list);

  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
  return true;
}

void finish_transfer(Transfer& t, CURLcode code, const Request& request) {
  CURL* h = t.easy.get();
  Response& r = t.response;
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  curl_off_t total = 0, first = 0;
  curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &total);
  curl_easy_getinfo(h, CURLINFO_STARTTRANSFER_TIME_T, &first);
  r.timings.total = std::chrono::microseconds(total);
  r.timings.first_byte = std::chrono::microseconds(first);
  r.status = status;

  switch (code) {
    case CURLE_OK: r.error = ErrorKind::None; break;
    case CURLE_OPERATION_TIMEDOUT:
      r.error = t.deadline_bounded ? ErrorKind::Deadline : ErrorKind::Timeout;
      break;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
      r.error = ErrorKind::Connect;
      break;
    case CURLE_PARTIAL_FILE: r.error = ErrorKind::Partial; break;
    case CURLE_WRITE_ERROR:
    case CURLE_ABORTED_BY_CALLBACK:
      r.error = t.aborted_by_chunk_callback ? ErrorKind::Cancelled : ErrorKind::Transport;
      break;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      r.error = ErrorKind::Invalid;
      break;
    default: r.error = ErrorKind::Transport; break;
  }
  if (r.error == ErrorKind::None) return;
  // An HTTP status without a whole body is not a response to act on.
  std::string detail = t.error_buffer[0] != '\0' ? t.error_buffer : curl_easy_strerror(code);
  if (t.aborted_by_chunk_callback) detail = "the chunk callback asked to stop";
  r.error_message = std::string(error_kind_name(r.error)) + ": " + request.method + " " +
                    redact_url(request.url) + ": " + detail;
  // libcurl never prints header values, but make sure no secret value of
  // this request can ride along in whatever text it gave us.
  for (const Header& header : request.headers.all()) {
    if (!header.secret || header.value.size() < 4) continue;
    for (size_t at; (at = r.error_message.find(header.value)) != std::string::npos;) {
      r.error_message.replace(at, header.value.size(), "[secret]");
    }
  }
}

}  // namespace aep::http
