// Loading the .aep judges and asking them for verdicts (see judge_aep.hpp).
#include "eval/judge_aep.hpp"

#include <fstream>
#include <random>

#include <fmt/format.h>

#include "compiler/diag/sink.hpp"

namespace aep::eval {

struct AepJudges::Impl {
  SourceManager own_sources;
  SourceManager* sources = &own_sources;
  std::unique_ptr<sema::Program> program;
  std::map<std::string, const ir::Prompt*> by_kind;
  // Judge prompts with the temperature raised for sampled ensembles, and the
  // expression nodes their config points at.
  std::map<std::string, ir::Prompt> sampled;
  std::vector<std::unique_ptr<ast::Expr>> owned;
};

AepJudges::~AepJudges() = default;

namespace {

// A private temporary folder removed when this goes out of scope.
struct TempDir {
  std::filesystem::path path;
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

Expected<std::filesystem::path> make_temp_dir() {
  std::error_code ec;
  auto base = std::filesystem::temp_directory_path(ec);
  if (ec) return Error{fmt::format("no temporary folder: {}", ec.message())};
  std::random_device rd;
  for (int attempt = 0; attempt < 16; ++attempt) {
    auto dir = base / fmt::format("aep-judges-{:016x}", (static_cast<std::uint64_t>(rd()) << 32) ^ rd());
    if (std::filesystem::create_directory(dir, ec)) {
      std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
      return dir;
    }
  }
  return Error{"cannot create a temporary folder for the judges"};
}

}  // namespace

Expected<std::unique_ptr<AepJudges>> AepJudges::load(const std::filesystem::path& dir, SourceManager* sources) {
  std::unique_ptr<AepJudges> judges(new AepJudges());
  judges->impl_ = std::make_unique<Impl>();
  Impl& impl = *judges->impl_;
  if (sources != nullptr) impl.sources = sources;
  TempDir temp;
  std::filesystem::path root;
  if (dir.empty()) {
    auto made = make_temp_dir();
    if (!made) return made.error();
    temp.path = *made;
    root = temp.path;
    std::filesystem::create_directory(root / "judges");
    std::ofstream(root / "aep.toml") << "[project]\nname = \"aep-judges\"\n";
    for (const auto& f : embedded_judge_files()) {
      std::ofstream out(root / "judges" / std::string(f.file), std::ios::binary);
      out << f.text;
      if (!out) return Error{fmt::format("cannot write the judge {} to {}", f.file, root.string())};
    }
  } else {
    // A folder named `judges` is the module prefix; its parent is the project.
    std::error_code ec;
    auto canonical = std::filesystem::weakly_canonical(dir, ec);
    if (ec || !std::filesystem::is_directory(canonical))
      return Error{fmt::format("{}: not a folder of judges", dir.string())};
    if (canonical.filename() != "judges")
      return Error{fmt::format("{}: the judges folder must be named `judges` (its modules are judges.*)", dir.string())};
    root = canonical.parent_path();
  }
  auto project = load_project(root / "judges");
  if (!project) return project.error();
  std::vector<std::filesystem::path> entries;
  for (const char* f : {"rubric.aep", "factuality.aep", "closedqa.aep"}) entries.push_back(root / "judges" / f);
  DiagnosticSink sink;
  impl.program = std::make_unique<sema::Program>(sema::check_files(*project, entries, *impl.sources, sink));
  if (sink.has_errors()) {
    const Diagnostic& d = sink.diagnostics().front();
    std::string where = "judges";
    if (const SourceFile* f = impl.sources->find(d.primary.file)) where = fmt::format("{}:{}", f->path(), d.primary.line);
    return Error{fmt::format("the judge prompts do not compile: {}: {}", where, d.message)};
  }
  const std::map<std::string, std::string> names = {{"llm-rubric", "judges.rubric.RubricJudge"},
                                                    {"factuality", "judges.factuality.FactualityJudge"},
                                                    {"model-graded-closedqa", "judges.closedqa.ClosedQaJudge"}};
  for (const auto& [kind, qualified] : names) {
    auto it = impl.program->prompts.find(qualified);
    if (it == impl.program->prompts.end()) return Error{fmt::format("the judges lack the prompt `{}`", qualified)};
    impl.by_kind[kind] = it->second.get();
    ir::Prompt sampled = *it->second;
    auto t = std::make_unique<ast::FloatExpr>();
    t->value = 1.0;
    t->text = "1.0";
    sampled.config["temperature"] = ir::ConfigValue{t.get(), sampled.config["temperature"].origin};
    impl.owned.push_back(std::move(t));
    impl.sampled.emplace(kind, std::move(sampled));
  }
  return judges;
}

const ir::Prompt* AepJudges::prompt_for(std::string_view kind) const {
  auto it = impl_->by_kind.find(std::string(kind));
  return it == impl_->by_kind.end() ? nullptr : it->second;
}

Expected<JudgeVerdict> combine_votes(const std::vector<JudgeVote>& votes, JudgeCombine combine) {
  std::size_t counted = 0, passes = 0;
  double score_sum = 0;
  std::string first_error, reason;
  for (const JudgeVote& v : votes) {
    if (!v.pass) {
      if (first_error.empty()) first_error = v.reason;
      continue;
    }
    ++counted;
    if (*v.pass) ++passes;
    score_sum += v.score;
    if (reason.empty()) reason = v.reason;
  }
  if (counted == 0) return Error{first_error.empty() ? "no judge vote" : first_error};
  JudgeVerdict out;
  if (combine == JudgeCombine::Majority) {
    out.score = static_cast<double>(passes) / static_cast<double>(counted);
    out.pass = 2 * passes > counted;
  } else {
    out.score = score_sum / static_cast<double>(counted);
    out.pass = out.score >= 0.5;
  }
  out.reason = counted == 1 ? reason : fmt::format("{} of {} judge votes pass; first: {}", passes, counted, reason);
  return out;
}

Expected<JudgeVerdict> AepJudges::judge(runner::Runner& runner, const JudgeSetup& setup, const JudgeCall& call,
                                        std::vector<JudgeVote>* votes_out) const {
  const ir::Prompt* prompt = setup.samples > 1 ? &impl_->sampled.at(call.kind) : prompt_for(call.kind);
  if (prompt == nullptr) return Error{fmt::format("no judge for `{}`", call.kind)};
  const char* value_input = call.kind == "llm-rubric" ? "rubric" : call.kind == "factuality" ? "reference" : "criterion";
  std::vector<std::string> models = setup.models;
  if (models.empty()) models.push_back("");
  std::vector<std::future<runner::CallResult>> pending;
  std::vector<JudgeVote> votes;
  for (const std::string& model : models) {
    for (std::uint32_t s = 0; s < std::max<std::uint32_t>(1, setup.samples); ++s) {
      runner::CallInput in;
      in.prompt = prompt;
      in.inputs = {{value_input, call.value}, {"candidate", call.subject}};
      in.profile = setup.profile;
      if (!model.empty()) in.model = model;
      in.sample_index = static_cast<int>(s);
      pending.push_back(runner.submit(std::move(in)));
      votes.push_back(JudgeVote{model, s, std::nullopt, 0.0, ""});
    }
  }
  for (std::size_t i = 0; i < pending.size(); ++i) {
    runner::CallResult r = pending[i].get();
    JudgeVote& v = votes[i];
    if (v.model.empty()) v.model = r.model;
    if (!r.ok() || !r.output || !r.output->is_object()) {
      v.reason = r.ok() ? "the judge's answer is not a verdict" : r.error;
      continue;
    }
    const auto& o = *r.output;
    auto pass = o.find("pass");
    auto score = o.find("score");
    if (pass == o.end() || !pass->is_boolean()) {
      v.reason = "the judge's verdict has no boolean `pass`";
      continue;
    }
    v.pass = pass->get<bool>();
    v.score = score != o.end() && score->is_number() ? std::clamp(score->get<double>(), 0.0, 1.0) : (*v.pass ? 1.0 : 0.0);
    v.reason = o.value("reason", std::string(*v.pass ? "pass" : "fail"));
  }
  if (votes_out != nullptr) *votes_out = votes;
  return combine_votes(votes, setup.combine);
}

}  // namespace aep::eval
