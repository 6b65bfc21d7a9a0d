// Builds as a user relies on them: reproducible ids and bytes, atomic
// writes, verification of every read, rendering from the source snapshot.
#include <catch2/catch.hpp>

#include <fstream>

#include "compiler/build/load.hpp"
#include "compiler/build/sha256.hpp"
#include "compiler/build/store.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/sema/program.hpp"
#include "tests/unit/build/project_fixture.hpp"

using namespace aep;
using namespace aep::build;
using aep::build::testing::TempProject;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    out[e.path().lexically_relative(dir).generic_string()] = s.str();
  }
  return out;
}

// The request JSON without span file names (the build's copies live elsewhere).
Json without_files(Json j) {
  if (j.is_object()) {
    j.erase("file");
    for (auto& [k, v] : j.items()) v = without_files(v);
  } else if (j.is_array()) {
    for (auto& v : j) v = without_files(v);
  }
  return j;
}

}  // namespace

TEST_CASE("sha256 matches the FIPS 180-2 test vector") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(is_sha256_hex(sha256_hex("")));
  CHECK_FALSE(is_sha256_hex("ABC"));
}

TEST_CASE("an unchanged project builds to the same id and the same bytes") {
  TempProject a, b;
  testing::write_small_project(a, "targets = [\"openai-chat\", \"anthropic\", \"gemini\"]");
  testing::write_small_project(b, "targets = [\"openai-chat\", \"anthropic\", \"gemini\"]");
  auto first = a.build();
  REQUIRE(first.ok());
  CHECK_FALSE(first.summary.existed);
  CHECK(first.summary.payloads == 3);
  auto again = a.build();
  REQUIRE(again.ok());
  CHECK(again.summary.existed);
  CHECK(again.summary.build->id == first.summary.build->id);
  // Another folder, another time: same content, same id and identical files
  // (record.json, outside the hash, holds the time and is left out).
  BuildOptions later;
  later.when = "2030-06-01T12:00:00Z";
  auto elsewhere = b.build(later);
  REQUIRE(elsewhere.ok());
  CHECK(elsewhere.summary.build->id == first.summary.build->id);
  auto t1 = tree(first.summary.build->dir), t2 = tree(elsewhere.summary.build->dir);
  t1.erase("record.json");
  t2.erase("record.json");
  CHECK(t1 == t2);
  // No temporary folder is left behind.
  for (const auto& e : fs::directory_iterator(first.summary.store.root)) {
    CHECK_FALSE(e.path().filename().string().starts_with(".tmp-"));
  }
}

TEST_CASE("a source change gives a new build whose parent is the previous one") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\"]");
  auto first = p.build();
  REQUIRE(first.ok());
  p.write("app/ask.aep", p.read("app/ask.aep") + "\n/// more\nprompt Other extends Ask {}\n");
  auto second = p.build();
  REQUIRE(second.ok());
  CHECK(second.summary.build->id != first.summary.build->id);
  REQUIRE(second.summary.parent);
  CHECK(*second.summary.parent == first.summary.build->id);
  CHECK(second.summary.build->prompts() == std::vector<std::string>{"app.ask.Ask", "app.ask.Other"});
}

TEST_CASE("the manifest records sources, compiler, targets, models and artifact hashes") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\", \"anthropic\"]");
  auto r = p.build();
  REQUIRE(r.ok());
  const Json& m = r.summary.build->manifest;
  CHECK(m["format"] == "aep-build/1");
  CHECK(m["compiler"] == "test");
  CHECK(m["sources"]["app/ask.aep"] == sha256_hex(p.read("app/ask.aep")));
  CHECK(m["sources"]["aep.toml"] == sha256_hex(p.read("aep.toml")));
  CHECK(m["prompts"]["app.ask.Ask"]["targets"]["anthropic"]["model"] == "claude-haiku-4-5");
  CHECK(m["prompts"]["app.ask.Ask"]["targets"]["openai-chat"]["model"] == "gpt-4o-mini");
  CHECK_FALSE(m["prompts"].contains("app.base.Base"));  // abstract prompts are not built
  std::string payload_file = "prompts/app.ask.Ask/openai-chat.json";
  REQUIRE(m["files"].contains(payload_file));
  auto bytes = read_build_file(*r.summary.build, payload_file);
  REQUIRE(bytes);
  CHECK(m["files"][payload_file] == sha256_hex(*bytes));
  // The id is the hash of the manifest's bytes; nothing absolute inside.
  auto manifest_bytes = read_whole(r.summary.build->dir / "manifest.json");
  REQUIRE(manifest_bytes);
  CHECK(sha256_hex(*manifest_bytes) == r.summary.build->id);
  CHECK(manifest_bytes->find(p.root().string()) == std::string::npos);
}

TEST_CASE("an edited, removed or added file makes the build unusable, naming the file and hashes") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\"]");
  auto r = p.build();
  REQUIRE(r.ok());
  Store store = r.summary.store;
  std::string id = r.summary.build->id;
  fs::path payload = r.summary.build->dir / "prompts/app.ask.Ask/openai-chat.json";
  std::string expected = r.summary.build->manifest["files"]["prompts/app.ask.Ask/openai-chat.json"];

  SECTION("edited") {
    std::string text = p.read(fs::relative(payload, p.root()).string());
    text.replace(text.find("gpt-4o-mini"), 11, "gpt-4o-max!");
    std::ofstream(payload, std::ios::binary) << text;
    auto opened = open_build(store, id);
    REQUIRE_FALSE(opened);
    CHECK_THAT(opened.error().message, Catch::Contains("prompts/app.ask.Ask/openai-chat.json: content changed"));
    CHECK_THAT(opened.error().message, Catch::Contains(expected));
    CHECK_THAT(opened.error().message, Catch::Contains(sha256_hex(text)));
    // A rebuild does not paper over the damage.
    auto rebuilt = p.build();
    CHECK_FALSE(rebuilt.error.empty());
  }
  SECTION("removed") {
    fs::remove(payload);
    auto opened = open_build(store, id);
    REQUIRE_FALSE(opened);
    CHECK_THAT(opened.error().message, Catch::Contains("openai-chat.json: missing"));
  }
  SECTION("added") {
    std::ofstream(r.summary.build->dir / "prompts/app.ask.Ask/extra.json") << "{}";
    auto opened = open_build(store, id);
    REQUIRE_FALSE(opened);
    CHECK_THAT(opened.error().message, Catch::Contains("extra.json: not listed in the manifest"));
  }
  SECTION("manifest edited") {
    std::string text = p.read(fs::relative(r.summary.build->dir / "manifest.json", p.root()).string());
    text.replace(text.find("\"test\""), 6, "\"evil\"");
    std::ofstream(r.summary.build->dir / "manifest.json", std::ios::binary) << text;
    auto opened = open_build(store, id);
    REQUIRE_FALSE(opened);
    CHECK_THAT(opened.error().message, Catch::Contains("manifest.json: content changed"));
    CHECK_FALSE(open_build_manifest(store, id));
  }
  SECTION("a file changed after opening is refused when read") {
    auto opened = open_build(store, id);
    REQUIRE(opened);
    std::ofstream(payload, std::ios::binary | std::ios::app) << " ";
    auto read = read_build_file(*opened, "prompts/app.ask.Ask/openai-chat.json");
    REQUIRE_FALSE(read);
    CHECK_THAT(read.error().message, Catch::Contains("content changed"));
  }
}

TEST_CASE("build references: full id, unique prefix or label, and bad ones explained") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\"]");
  auto r = p.build();
  REQUIRE(r.ok());
  const std::string id = r.summary.build->id;
  CHECK(resolve_build(r.summary.store, id)->id == id);
  CHECK(resolve_build(r.summary.store, id.substr(0, 6))->id == id);
  auto short_prefix = resolve_build(r.summary.store, id.substr(0, 3));
  REQUIRE_FALSE(short_prefix);
  CHECK_THAT(short_prefix.error().message, Catch::Contains("at least 4"));
  auto unknown = resolve_build(r.summary.store, "production");
  REQUIRE_FALSE(unknown);
  CHECK_THAT(unknown.error().message, Catch::Contains("neither a build id nor a label"));
}

TEST_CASE("errors stop the build unless --keep-going, which records the failures") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\", \"openai-responses\"]");
  // seed has no field on the Responses API: E0602 for that target only.
  p.write("app/base.aep", p.read("app/base.aep").replace(p.read("app/base.aep").find("max_tokens: 300"), 15,
                                                           "max_tokens: 300  seed: 3"));
  auto stopped = p.build();
  CHECK(stopped.error.empty());
  CHECK_FALSE(stopped.summary.build);
  CHECK(stopped.sink.has_errors());
  bool named = false;
  for (const auto& d : stopped.sink.diagnostics()) {
    if (d.code() == "E0602") {
      for (const auto& n : d.notes) named = named || n.find("prompt `app.ask.Ask`, target `openai-responses`") != std::string::npos;
      CHECK(d.primary.line == 5);  // the `seed` entry in base.aep
    }
  }
  CHECK(named);
  BuildOptions keep;
  keep.keep_going = true;
  auto kept = p.build(keep);
  REQUIRE(kept.ok());
  const Json& m = kept.summary.build->manifest;
  CHECK(m["complete"] == false);
  CHECK(m["prompts"]["app.ask.Ask"]["targets"]["openai-responses"]["ok"] == false);
  CHECK(m["prompts"]["app.ask.Ask"]["targets"]["openai-chat"]["ok"] == true);
  CHECK_FALSE(m["files"].contains("prompts/app.ask.Ask/openai-responses.json"));
  CHECK(m["files"].contains("prompts/app.ask.Ask/openai-responses.diagnostics.json"));
}

TEST_CASE("aep.toml mistakes in build and targets tables are diagnostics at their line") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\", \"antropic\"]\nlevel = 3");
  auto r = p.build();
  CHECK_FALSE(r.summary.build);
  std::vector<std::string> codes;
  for (const auto& d : r.sink.diagnostics()) codes.push_back(std::string(d.code()));
  CHECK(std::count(codes.begin(), codes.end(), "E0600") == 1);  // antropic: did you mean anthropic
  CHECK(std::count(codes.begin(), codes.end(), "E0900") == 1);  // unknown key `level`
  for (const auto& d : r.sink.diagnostics()) {
    if (d.code() == "E0900") CHECK(d.primary.line == 7);
  }
}

TEST_CASE("without configured targets each prompt is built for its model's provider") {
  TempProject p;
  testing::write_small_project(p, "");
  auto r = p.build();
  REQUIRE(r.ok());
  CHECK(r.summary.build->targets() == std::vector<std::string>{"openai-chat"});
  p.write("app/base.aep", p.read("app/base.aep").replace(p.read("app/base.aep").find("gpt-4o-mini"), 11, "my-own-model"));
  auto unknown = p.build();
  CHECK_FALSE(unknown.summary.build);
  bool e0902 = false;
  for (const auto& d : unknown.sink.diagnostics()) e0902 = e0902 || d.code() == "E0902";
  CHECK(e0902);
}

TEST_CASE("rendering from a build's snapshot equals rendering from the sources") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\"]");
  auto r = p.build();
  REQUIRE(r.ok());
  // Change the sources afterwards: the build must still render what it was built from.
  std::string original = p.read("app/ask.aep");
  nlohmann::ordered_json inputs = {{"question", "  Where is order 7?  "}, {"tier", "pro"}};

  SourceManager src_sources;
  DiagnosticSink src_sink;
  auto project = load_project(p.root());
  REQUIRE(project);
  sema::LoadOptions whole;
  whole.whole_project = true;
  sema::Program from_sources = sema::check_files(*project, {}, src_sources, src_sink, whole);
  REQUIRE_FALSE(src_sink.has_errors());
  auto expected = ir::render_prompt(*from_sources.prompts.at("app.ask.Ask"), inputs);
  REQUIRE(expected.ok());

  p.write("app/ask.aep", original.replace(original.find("Answer the question."), 20, "Changed since the build"));
  SourceManager sources;
  DiagnosticSink sink;
  auto loaded = load_build_program(*r.summary.build, sources, sink);
  REQUIRE(loaded);
  REQUIRE_FALSE(sink.has_errors());
  auto got = ir::render_prompt(*(*loaded)->program.prompts.at("app.ask.Ask"), inputs);
  REQUIRE(got.ok());
  CHECK(without_files(render::to_json(got.request, sources)) == without_files(render::to_json(expected.request, src_sources)));
  CHECK(got.request.messages.at(0).joined_text().find("Pro customers get priority") != std::string::npos);

  // A damaged snapshot is refused.
  std::ofstream((*loaded)->build.dir / "sources/app/ask.aep", std::ios::app) << "\n";
  SourceManager s2;
  DiagnosticSink k2;
  auto refused = load_build_program(*r.summary.build, s2, k2);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error().message, Catch::Contains("sources/app/ask.aep: content changed"));
}

TEST_CASE("a prompt the renderer refuses is E0901 at the prompt with the reason as a note") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\"]");
  std::string base = p.read("app/base.aep");
  p.write("app/base.aep", base.replace(base.find("temperature: 0.2"), 16, "temperature: \"hot\""));
  auto r = p.build();
  CHECK_FALSE(r.summary.build);
  bool found = false;
  for (const auto& d : r.sink.diagnostics()) {
    if (d.code() != "E0901") continue;
    found = true;
    CHECK_THAT(d.message, Catch::Contains("app.ask.Ask"));
    REQUIRE_FALSE(d.notes.empty());
    CHECK_THAT(d.notes[0], Catch::Contains("temperature"));
  }
  CHECK(found);
}
