// Cache keys: canonical, sensitive to everything that changes the answer,
// blind to what does not.
#include <catch2/catch.hpp>

#include "runtime/cache/cache_key.hpp"

using namespace aep::cache;

TEST_CASE("the key ignores object key order and whitespace of the payload") {
  auto a = nlohmann::json::parse(R"({"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":0})");
  auto b = nlohmann::json::parse(R"({ "temperature" : 0, "messages":[{"content":"hi","role":"user"}], "model":"m" })");
  REQUIRE(cache_key(a, "openai", "https://api.openai.com/v1", 0) == cache_key(b, "openai", "https://api.openai.com/v1", 0));
  REQUIRE(cache_key(a, "openai", "https://api.openai.com/v1", 0).size() == 64);
}

TEST_CASE("provider, base URL, sample index and payload all change the key") {
  auto p = nlohmann::json::parse(R"({"model":"m","messages":[{"role":"user","content":"hi"}]})");
  auto base = cache_key(p, "openai", "https://api.openai.com/v1", 0);
  REQUIRE(cache_key(p, "openai", "https://api.openai.com/v1", 1) != base);
  REQUIRE(cache_key(p, "azure", "https://api.openai.com/v1", 0) != base);
  REQUIRE(cache_key(p, "openai", "http://127.0.0.1:8080/v1", 0) != base);
  auto q = p;
  q["messages"][0]["content"] = "hi!";
  REQUIRE(cache_key(q, "openai", "https://api.openai.com/v1", 0) != base);
  // Array order is meaningful (messages): it changes the key.
  auto r = nlohmann::json::parse(R"({"model":"m","stop":["a","b"]})");
  auto s = nlohmann::json::parse(R"({"model":"m","stop":["b","a"]})");
  REQUIRE(cache_key(r, "openai", "x", 0) != cache_key(s, "openai", "x", 0));
}

TEST_CASE("base URLs are normalised and never carry credentials into the key") {
  REQUIRE(normalize_base_url("HTTPS://API.OpenAI.com/v1/") == "https://api.openai.com/v1");
  REQUIRE(normalize_base_url("https://user:sk-secret@host.example/v1?key=AIzaSECRET") == "https://host.example/v1");
  auto p = nlohmann::json::parse(R"({"model":"m"})");
  REQUIRE(cache_key(p, "gemini", "https://g.example/v1beta?key=AIzaONE", 0) ==
          cache_key(p, "gemini", "https://g.example/v1beta?key=AIzaTWO", 0));
}

TEST_CASE("sha256 matches the standard test vector") {
  REQUIRE(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
