// One attempt of one request as a libcurl easy handle: setting it up from a
// Request, collecting the response as it arrives, and turning the finished
// transfer into a Response. Internal to the client (client.cpp); the event
// loop owns the handles.
#pragma once

#include <curl/curl.h>

#include <memory>
#include <string>

#include "runtime/http/client.hpp"

namespace aep::http {

struct CurlEasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct CurlSlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
using EasyHandle = std::unique_ptr<CURL, CurlEasyDeleter>;
using HeaderList = std::unique_ptr<curl_slist, CurlSlistDeleter>;

struct Transfer {
  EasyHandle easy;
  HeaderList header_list;
  Response response;                 // filled while the attempt runs
  char error_buffer[CURL_ERROR_SIZE] = {};
  const ChunkCallback* on_chunk = nullptr;
  bool chunks_delivered = false;     // some body already went to on_chunk
  bool aborted_by_chunk_callback = false;
  bool status_checked = false;
  bool stream_body = false;          // this response is 2xx: chunks go to on_chunk
  TimePoint started{};
  bool deadline_bounded = false;     // the attempt timeout was cut to the deadline
};

// Prepares `t` for one attempt of `request`. Returns false with a message
// (no secret in it) when the request cannot be sent at all.
bool setup_transfer(Transfer& t, const Request& request, const ClientOptions& options,
                    Duration timeout, std::string& error);

// Fills t.response's error, timings and message after curl finished with `code`.
void finish_transfer(Transfer& t, CURLcode code, const Request& request);

}  // namespace aep::http
