// Cache key derivation; see cache_key.hpp.
#include "runtime/cache/cache_key.hpp"

#include <openssl/evp.h>

#include <cctype>
#include <memory>

namespace aep::cache {

std::string canonical_json(const nlohmann::json& payload) {
  // nlohmann::json keeps object keys in a sorted map, so dump() is canonical
  // for key order; invalid UTF-8 is replaced rather than throwing.
  return payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string normalize_base_url(std::string_view base_url) {
  std::string url(base_url);
  size_t cut = url.find_first_of("?#");
  if (cut != std::string::npos) url.resize(cut);
  size_t scheme_end = url.find("://");
  size_t host_start = scheme_end == std::string::npos ? 0 : scheme_end + 3;
  size_t path_start = url.find('/', host_start);
  if (path_start == std::string::npos) path_start = url.size();
  size_t at = url.find('@', host_start);
  if (at != std::string::npos && at < path_start) {
    url.erase(host_start, at + 1 - host_start);
    path_start -= at + 1 - host_start;
  }
  for (size_t i = 0; i < path_start; ++i) url[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(url[i])));
  while (url.size() > path_start && url.back() == '/') url.pop_back();
  return url;
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
  EVP_DigestUpdate(ctx.get(), data.data(), data.size());
  EVP_DigestFinal_ex(ctx.get(), digest, &length);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

std::string cache_key(const nlohmann::json& payload, std::string_view provider, std::string_view base_url,
                      int sample_index) {
  // Length-prefixed fields: no choice of provider or URL can make two
  // different inputs hash the same material.
  std::string material = "aep-cache-v1";
  auto field = [&](std::string_view s) {
    material += '\n';
    material += std::to_string(s.size());
    material += ':';
    material += s;
  };
  field(provider);
  field(normalize_base_url(base_url));
  field(std::to_string(sample_index));
  field(canonical_json(payload));
  return sha256_hex(material);
}

}  // namespace aep::cache
