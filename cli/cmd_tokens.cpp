// `aep tokens FILE#Prompt`: what one call of a prompt costs in tokens and
// money on each target: tokens per message and per section, tool and schema
// definitions, the total as the provider counts it (exact where OpenAI
// publishes the rule, labelled estimate elsewhere), the cacheable prefix
// under the provider's cache rules, and the cost per call from the model
// price table with every assumption stated. The work is done by
// compiler/accounting; this file resolves, renders and prints.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <unistd.h>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "compiler/build/build_config.hpp"
#include "compiler/accounting/account.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "compiler/sema/program.hpp"

namespace aep::cli {
namespace {

using Json = nlohmann::ordered_json;

struct TokensOptions {
  std::string prompt;
  std::vector<std::string> targets;
  std::string model;
  std::vector<std::string> inputs;
  std::string inputs_file;
  DiagOutputOptions output;
};

int fail(int code, const std::string& message) {
  std::cerr << "aep tokens: error: " << message << '\n';
  return code;
}

std::string where(const SourceManager& sources, const Span& span) {
  const SourceFile* f = sources.find(span.file);
  if (!f || !span.valid()) return "(no source)";
  return fmt::format("{}:{}:{}", f->path(), span.line, span.column);
}

std::string usd(double v) { return v >= 0.01 ? fmt::format("${:.4f}", v) : fmt::format("${:.6f}", v); }

Json span_json(const SourceManager& sources, const Span& span) {
  const SourceFile* f = sources.find(span.file);
  return {{"file", f ? f->path() : ""}, {"line", span.line}, {"column", span.column}};
}

Json account_json(const accounting::TargetAccount& a, const SourceManager& sources) {
  const auto& c = a.count;
  Json messages = Json::array();
  for (const auto& m : c.messages) {
    messages.push_back({{"role", m.role}, {"content", m.content}, {"framing", m.overhead}, {"total", m.total()}});
  }
  Json sections = Json::array();
  for (const auto& s : a.sections) sections.push_back({{"section", s.section}, {"tokens", s.tokens}});
  Json cache = {{"policy", a.cache.policy},
                {"exact", a.cache.exact},
                {"prefix_tokens", a.cache.prefix_tokens},
                {"cacheable_tokens", a.cache.cacheable_tokens},
                {"minimum_tokens", a.cache.minimum_tokens},
                {"first_dynamic", nullptr},
                {"static_after_dynamic_tokens", a.cache.static_after_dynamic_tokens},
                {"static_after_dynamic", Json::array()},
                {"notes", a.cache.notes}};
  if (a.cache.first_dynamic) {
    const auto& d = *a.cache.first_dynamic;
    Json site = span_json(sources, d.span);
    site["reason"] = d.reason;
    site["section"] = d.section;
    site["message"] = d.message;
    cache["first_dynamic"] = site;
  }
  for (const auto& r : a.cache.static_after_dynamic) {
    Json run = span_json(sources, r.span);
    run["section"] = r.section;
    run["tokens"] = r.tokens;
    cache["static_after_dynamic"].push_back(run);
  }
  const auto& k = a.cost;
  Json cost = {{"currency", "USD"}, {"priced", k.priced}};
  if (k.priced) {
    cost["price_per_million"] = {{"input", k.input_price}, {"cached_input", k.cached_price}, {"output", k.output_price}};
    cost["cold_call"] = k.cold_usd;
    cost["warm_call"] = k.warm_usd;
  }
  cost["input_tokens"] = k.input_tokens;
  cost["cached_tokens"] = k.cached_tokens;
  cost["output_tokens"] = k.output_tokens;
  cost["output_source"] = k.output_source;
  cost["assumptions"] = k.assumptions;
  return {{"target", a.target},     {"model", a.model},         {"model_source", a.model_source},
          {"encoding", c.encoding}, {"exact", c.exact},         {"rule", c.rule},
          {"notes", c.notes},       {"messages", messages},     {"tools", c.tools},
          {"tool_system_prompt", c.tool_system_prompt},         {"output_schema", c.output_schema},
          {"reply_priming", c.reply_priming},                   {"total", c.total},
          {"sections", sections},   {"cache", cache},           {"cost", cost},
          {"lowering_errors", a.lowering_problems}};
}

void print_text(std::ostream& out, const accounting::TargetAccount& a, const SourceManager& sources) {
  const auto& c = a.count;
  out << fmt::format("{} · {} · {} · {}\n", a.target, a.model, c.encoding, c.exact ? "exact" : "estimate");
  out << "  model: " << a.model_source << '\n';
  out << fmt::format("  {:<4} {:<10} {:>8} {:>8} {:>8}\n", "#", "role", "content", "framing", "total");
  for (std::size_t i = 0; i < c.messages.size(); ++i) {
    const auto& m = c.messages[i];
    out << fmt::format("  {:<4} {:<10} {:>8} {:>8} {:>8}\n", i, m.role, m.content, m.overhead, m.total());
  }
  if (c.tools) out << fmt::format("  {:<33} {:>8}\n", "tool definitions", c.tools);
  if (c.tool_system_prompt) out << fmt::format("  {:<33} {:>8}\n", "tool-use system prompt", c.tool_system_prompt);
  if (c.output_schema) out << fmt::format("  {:<33} {:>8}\n", "output schema", c.output_schema);
  if (c.reply_priming) out << fmt::format("  {:<33} {:>8}\n", "reply priming", c.reply_priming);
  out << fmt::format("  {:<33} {:>8}\n", "total input tokens", c.total);
  std::string sections;
  for (const auto& s : a.sections) sections += fmt::format("{}{} {}", sections.empty() ? "" : " · ", s.section, s.tokens);
  out << "  sections: " << sections << '\n';

  const auto& p = a.cache;
  out << fmt::format("  cacheable prefix: {} of {} tokens (static prefix {} tokens) — {}\n", p.cacheable_tokens, c.total,
                     p.prefix_tokens, p.policy);
  if (p.first_dynamic) {
    const auto& d = *p.first_dynamic;
    out << fmt::format("    first dynamic text: {} at {}{}\n", d.reason, where(sources, d.span),
                       d.section.empty() ? "" : fmt::format(" (section {})", d.section));
    if (p.static_after_dynamic_tokens) {
      std::string runs;
      for (std::size_t i = 0; i < p.static_after_dynamic.size() && i < 4; ++i) {
        const auto& r = p.static_after_dynamic[i];
        runs += fmt::format("{}{} {} at {}", runs.empty() ? "" : ", ", r.section.empty() ? "text" : r.section, r.tokens,
                            where(sources, r.span));
      }
      if (p.static_after_dynamic.size() > 4) runs += ", ...";
      out << fmt::format("    {} tokens of static text follow it ({}): placed before it, they could be cached\n",
                         p.static_after_dynamic_tokens, runs);
    }
  }
  for (const auto& n : p.notes) out << "    note: " << n << '\n';

  const auto& k = a.cost;
  if (k.priced) {
    out << fmt::format("  cost per call: {} cold, {} warm (USD; per 1M tokens: input {}, cached input {}, output {}; "
                       "{} input, {} cached, {} output tokens)\n",
                       usd(k.cold_usd), usd(k.warm_usd), k.input_price, k.cached_price, k.output_price, k.input_tokens,
                       k.cached_tokens, k.output_tokens);
  } else {
    out << "  cost per call: no price\n";
  }
  for (const auto& s : k.assumptions) out << "    assumes: " << s << '\n';
  out << "  counting rule: " << c.rule << '\n';
  for (const auto& n : c.notes) out << "    " << (c.exact ? "note" : "estimate") << ": " << n << '\n';
  for (const auto& e : a.lowering_problems) out << "  lowering error (the provider would refuse this payload): " << e << '\n';
}

int run(const TokensOptions& options) {
  auto hash = options.prompt.rfind('#');
  if (hash == std::string::npos || hash == 0 || hash + 1 == options.prompt.size()) {
    return fail(kExitUsage, "name the prompt as FILE#Prompt");
  }
  std::string file = options.prompt.substr(0, hash), name = options.prompt.substr(hash + 1);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return fail(kExitUsage, fmt::format("`{}` is not a file", file));

  Json values = Json::object();
  if (!options.inputs_file.empty()) {
    std::ifstream in(options.inputs_file, std::ios::binary);
    if (!in) return fail(kExitUsage, fmt::format("cannot read `{}`", options.inputs_file));
    std::stringstream text;
    text << in.rdbuf();
    try {
      values = Json::parse(text.str());
    } catch (const Json::parse_error& e) {
      return fail(kExitDiagnostics, fmt::format("`{}` is not valid JSON: {}", options.inputs_file, e.what()));
    }
    if (!values.is_object()) {
      return fail(kExitDiagnostics, fmt::format("`{}` must hold a JSON object of input names to values", options.inputs_file));
    }
  }

  auto project = load_project(file);
  if (!project) return fail(kExitUsage, project.error().message);
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program = sema::check_files(*project, {std::filesystem::path(file)}, sources, sink);
  if (sink.error_count() || sink.warning_count()) {
    if (options.output.json()) {
      std::cerr << diagnostics_json({&sink}, sources, program.modules.size()).dump(2) << '\n';
    } else {
      print_diagnostics_text(std::cerr, sink, sources, options.output.use_color(STDERR_FILENO));
      std::cerr << count_summary(sink.error_count(), sink.warning_count()) << '\n';
    }
  }
  if (sink.has_errors()) return kExitDiagnostics;
  std::string module = program.modules.empty() ? "" : program.modules.front()->path;
  auto it = program.prompts.find(module + "." + name);
  if (it == program.prompts.end()) {
    std::string names;
    for (const auto& [q, p] : program.prompts) {
      if (p->module == module) names += (names.empty() ? "" : ", ") + p->name;
    }
    return fail(kExitUsage, fmt::format("no prompt `{}` in `{}` (its prompts: {})", name, file, names.empty() ? "none" : names));
  }
  const ir::Prompt& prompt = *it->second;
  for (const std::string& kv : options.inputs) {
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) return fail(kExitUsage, fmt::format("`--input {}` must be name=value", kv));
    std::string key = kv.substr(0, eq), error;
    Json v = ir::parse_input_value(prompt, key, kv.substr(eq + 1), error);
    if (!error.empty()) return fail(kExitDiagnostics, error);
    values[key] = std::move(v);
  }
  ir::RenderResult rendered = ir::render_prompt(prompt, values);
  if (!rendered.ok()) {
    for (const auto& e : rendered.errors) std::cerr << "aep tokens: error: " << e << '\n';
    return kExitDiagnostics;
  }

  // The capability and price table, with the project's [models] entries.
  targets::CapabilityTable table = targets::CapabilityTable::builtin();
  if (!project->config_text.empty()) {
    DiagnosticSink table_sink;
    try {
      toml::table doc = toml::parse(project->config_text, project->config_path.string());
      FileId id = sources.add(project->config_path.string(), project->config_text);
      if (doc.contains("models")) table.merge_toml(doc, table_sink, id, &sources);
    } catch (const toml::parse_error& e) {
      return fail(kExitUsage, fmt::format("{}: {}", project->config_path.string(), e.description()));
    }
    if (table_sink.has_errors()) {
      print_diagnostics_text(std::cerr, table_sink, sources, options.output.use_color(STDERR_FILENO));
      return kExitDiagnostics;
    }
  }

  // Targets and per-target models as `aep build` reads them ([build] targets,
  // [targets.X] model), so the counts are those of the payloads a build holds.
  DiagnosticSink config_sink;
  build::BuildConfig build_config = build::read_build_config(*project, sources, config_sink);
  std::vector<std::string> target_names = options.targets;
  std::string target_source = "--target";
  if (target_names.empty()) {
    target_names = build_config.targets;
    target_source = "aep.toml [build] targets";
  }
  if (target_names.empty()) {
    target_names = accounting::default_targets();
    target_source = "the native targets (no --target and no [build] targets in aep.toml)";
  }

  accounting::AccountOptions account_options;
  if (!options.model.empty()) account_options.model = options.model;
  account_options.sources = &sources;
  // Input values inside merged literal text: the render source map keeps a
  // piece per interpolation, so the cache analysis can see where they are.
  std::set<std::string> input_names;
  for (const auto& in : prompt.inputs) input_names.insert(in.name);
  account_options.dynamic_ranges = accounting::dynamic_ranges_from_source_map(rendered.source_map, sources, input_names);

  std::vector<accounting::TargetAccount> accounts;
  for (const std::string& t : target_names) {
    accounting::AccountOptions per_target = account_options;
    if (auto parsed = targets::parse_target(t); parsed && !options.model.empty()) {
      per_target.configured_model.reset();
    } else if (parsed) {
      per_target.configured_model = build::configured_model(build_config, rendered.request, *parsed);
    }
    auto acc = accounting::account_target(rendered.request, t, table, per_target);
    if (!acc) return fail(kExitUsage, acc.error().message);
    accounts.push_back(std::move(*acc));
  }

  if (options.output.json()) {
    Json out = {{"prompt", prompt.qualified}, {"targets_from", target_source}, {"budget", nullptr}, {"targets", Json::array()}};
    if (prompt.budget) {
      out["budget"] = {{"tokens", prompt.budget->tokens}, {"reserve_output", prompt.budget->reserve_output.value_or(0)}};
    }
    for (const auto& a : accounts) out["targets"].push_back(account_json(a, sources));
    std::cout << out.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  std::cout << fmt::format("{} — targets from {}\n", prompt.qualified, target_source);
  if (prompt.budget) {
    std::cout << fmt::format("budget: {} tokens{}\n", prompt.budget->tokens,
                             prompt.budget->reserve_output
                                 ? fmt::format(", {} reserved for output", *prompt.budget->reserve_output)
                                 : "");
  }
  for (const auto& a : accounts) {
    std::cout << '\n';
    print_text(std::cout, a, sources);
  }
  return kExitOk;
}

AEP_COMMAND("tokens", 38, [](CLI::App& app) {
  auto options = std::make_shared<TokensOptions>();
  auto* sub = app.add_subcommand("tokens", "Count a prompt's tokens per target: messages, sections, cacheable prefix, cost");
  // The long text goes in the footer so `aep --help` keeps one line per command.
  sub->footer(
      "Render FILE#Prompt with the given inputs, lower it for each target and count\n"
      "its input tokens as the provider does: per message (content and framing),\n"
      "tool definitions, output schema, reply priming and total; per section; the\n"
      "cacheable prefix under the provider's prompt-cache rules, with the dynamic\n"
      "text that ends it; and the cost of one call from the model price table.\n\n"
      "Counts are exact where OpenAI publishes the rule (the tiktoken cookbook's\n"
      "chat framing and function-definition rule, on the models it was checked on)\n"
      "and labelled estimates elsewhere, with the reason: Anthropic's and Gemini's\n"
      "tokenizers are not public, local models' are unknown (o200k_base stands in),\n"
      "and no provider publishes how output schemas are rendered.\n\n"
      "Targets: --target (repeatable), else `targets = [...]` under [build] in\n"
      "aep.toml, else openai-chat, openai-responses, anthropic, gemini and ollama.\n"
      "Model: --model, else the prompt's when it belongs to the target's provider,\n"
      "else a default per target (gpt-4.1, claude-sonnet-4-5, gemini-2.5-flash,\n"
      "llama3.1); the output says which and why.\n\n"
      "Cost: input price x uncached input tokens + cached-input price x cacheable\n"
      "prefix + output price x reserved output tokens (max_output_tokens, else the\n"
      "model's default): an upper bound for output. \"cold\" is a call without a\n"
      "cache hit (Anthropic: the prefix written at 1.25x), \"warm\" one that reads\n"
      "the cacheable prefix from cache.\n\n"
      "Exit status: 0 counted (lowering errors are listed but do not stop the\n"
      "count), 1 the program or the inputs have errors, 2 bad command line, missing\n"
      "file, unknown prompt, target or model, or missing tokenizer data.\n\n"
      "Examples:\n"
      "  aep tokens examples/support/support/triage.aep#TriageTicket --input ticket='Charged twice'\n"
      "  aep tokens prompts.aep#Summarize --inputs inputs.json --target anthropic --format json");
  sub->add_option("prompt", options->prompt, "FILE#Prompt")->required();
  sub->add_option("--target,-t", options->targets, "A target to count for (repeatable)");
  sub->add_option("--model,-m", options->model, "The model to count for, instead of the prompt's");
  sub->add_option("--input", options->inputs, "An input value, name=value (repeatable)");
  sub->add_option("--inputs", options->inputs_file, "A JSON file holding an object of input values");
  // --format text|json applies to the counts and to diagnostics alike.
  add_diag_output_options(sub, options->output);
  return [options] { return run(*options); };
});

}  // namespace
}  // namespace aep::cli
