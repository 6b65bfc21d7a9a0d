// Rank files: a corrupted or truncated file is an error naming the file and
// the expected hash (never wrong ids); a missing file says what to run; the
// AEP_DATA_DIR override is searched alone.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/tokenizer/data_dir.hpp"
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("aep-tokenizer-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "encodings");
  return dir;
}

}  // namespace

TEST_CASE("a rank file with one changed byte is rejected with the expected hash") {
  const EncodingSpec& spec = *find_encoding_spec("cl100k_base");
  auto good = locate_rank_file(spec.rank_file);
  if (!good) FAIL(good.error().message);
  std::string data = read_bytes(*good);
  REQUIRE(data.size() == spec.rank_file_size);
  fs::path dir = scratch_dir("corrupt");
  fs::path bad = dir / "encodings" / spec.rank_file;
  data[data.size() / 2] = data[data.size() / 2] == 'A' ? 'B' : 'A';  // same size, different content
  std::ofstream(bad, std::ios::binary) << data;
  auto enc = Encoding::load_file(spec, bad);
  REQUIRE_FALSE(enc);
  const std::string& msg = enc.error().message;
  CHECK(msg.find(bad.string()) != std::string::npos);
  CHECK(msg.find("corrupt") != std::string::npos);
  CHECK(msg.find(std::string(spec.rank_file_sha256)) != std::string::npos);
  CHECK(msg.find("scripts/fetch_tokenizer_data.sh") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a truncated rank file is rejected by its size") {
  const EncodingSpec& spec = *find_encoding_spec("r50k_base");
  auto good = locate_rank_file(spec.rank_file);
  if (!good) FAIL(good.error().message);
  std::string data = read_bytes(*good);
  fs::path dir = scratch_dir("truncated");
  fs::path bad = dir / "encodings" / spec.rank_file;
  std::ofstream(bad, std::ios::binary) << data.substr(0, data.size() - 100);
  auto enc = Encoding::load_file(spec, bad);
  REQUIRE_FALSE(enc);
  CHECK(enc.error().message.find("size " + std::to_string(data.size() - 100)) != std::string::npos);
  CHECK(enc.error().message.find(std::string(spec.rank_file_sha256)) != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("AEP_DATA_DIR is searched alone and a missing file says what to run") {
  fs::path dir = scratch_dir("empty");
  ScopedEnv env("AEP_DATA_DIR", dir.string());
  auto dirs = encoding_search_path();
  REQUIRE(dirs.size() == 1);
  CHECK(dirs[0] == dir / "encodings");
  auto path = locate_rank_file("o200k_base.tiktoken");
  REQUIRE_FALSE(path);
  CHECK(path.error().message.find("o200k_base.tiktoken") != std::string::npos);
  CHECK(path.error().message.find((dir / "encodings").string()) != std::string::npos);
  CHECK(path.error().message.find("scripts/setup") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("malformed rank-file text is an error naming the line") {
  const EncodingSpec& spec = *find_encoding_spec("r50k_base");
  auto bad_base64 = Encoding::from_text(spec, "IQ== 0\n!!!! 1\n", "test.tiktoken");
  REQUIRE_FALSE(bad_base64);
  CHECK(bad_base64.error().message.find("line 2: invalid base64") != std::string::npos);
  auto duplicate = Encoding::from_text(spec, "IQ== 0\nIQ== 1\n", "test.tiktoken");
  REQUIRE_FALSE(duplicate);
  CHECK(duplicate.error().message.find("same bytes") != std::string::npos);
  auto no_rank = Encoding::from_text(spec, "IQ==\n", "test.tiktoken");
  REQUIRE_FALSE(no_rank);
  CHECK(no_rank.error().message.find("line 1") != std::string::npos);
}

TEST_CASE("a loaded encoding reports its size and table memory") {
  const Encoding& enc = load_encoding("o200k_base");
  CHECK(enc.ordinary_token_count() == 199998);
  CHECK(load_encoding("cl100k_base").ordinary_token_count() == 100256);
  // The table is compact: under 16 MB for 200k tokens.
  CHECK(enc.memory_bytes() < 16u * 1024 * 1024);
}
