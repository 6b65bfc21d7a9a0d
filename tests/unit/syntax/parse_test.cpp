// The parser API on valid input: every construct lands in the AST with the
// fields a later phase needs, strings are decoded and dedented, expressions
// get their precedence, comments are kept.
#include <catch2/catch.hpp>

#include "tests/unit/syntax/test_util.hpp"

using namespace aep;
using namespace aep::ast;
using aep::test::as;
using aep::test::parse_text;

TEST_CASE("an empty file is an empty module without diagnostics") {
  auto p = parse_text("");
  REQUIRE(p.module != nullptr);
  CHECK(p.module->decls.empty());
  CHECK(p.sink.diagnostics().empty());
}

TEST_CASE("module header, metadata, imports and doc comments") {
  auto p = parse_text(
      "/// Triage of tickets.\n/// Second line.\nmodule support.triage\nversion \"1.0\"\n"
      "import std.scaffold.{chain_of_thought, polite as nice}\nimport support.common as common\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  REQUIRE(p.module->name);
  CHECK(p.module->name->joined() == "support.triage");
  CHECK(p.module->doc.text == "Triage of tickets.\nSecond line.");
  REQUIRE(p.module->decls.size() == 3);
  CHECK(as<MetadataDecl>(p.module->decls[0]).value.plain_text() == "1.0");
  const auto& imp = as<ImportDecl>(p.module->decls[1]);
  CHECK(imp.path.joined() == "std.scaffold");
  REQUIRE(imp.items.size() == 2);
  CHECK(imp.items[1].name.text == "polite");
  REQUIRE(imp.items[1].alias);
  CHECK(imp.items[1].alias->text == "nice");
  const auto& imp2 = as<ImportDecl>(p.module->decls[2]);
  CHECK_FALSE(imp2.has_items);
  REQUIRE(imp2.alias);
  CHECK(imp2.alias->text == "common");
  CHECK(p.module->comments.size() == 2);
}

TEST_CASE("a prompt with inheritance, mixins, members and sections") {
  auto p = parse_text(R"(abstract prompt Triage extends Base, other.Parent with cot @tune {
  input ticket: string @untrusted
  input tags: list<string>? = ["a", "b"]
  output { category: Category  urgency: int @range(1, 5) }
  tools [lookup, search]
  tools remove [refund]
  tool_choice required
  config { temperature: 0.1, stop: ["\n\n"] }
  target anthropic { thinking_budget: 2000 }
  budget 8000 tokens reserve 1000 for output
  messages history priority 5 shrink drop
  system {
    override section persona priority 2 shrink truncate { "Be {{ tone | upper }}." super }
    required section rules
    remove section legacy
    final append section extra @frozen { "x" }
    use polite(tone: "neutral")
  }
  example refund { user { "hi" } assistant { "hello" } }
})");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& prompt = as<PromptDecl>(p.module->decls.at(0));
  CHECK(prompt.is_abstract);
  CHECK(prompt.name.text == "Triage");
  REQUIRE(prompt.parents.size() == 2);
  CHECK(prompt.parents[1].joined() == "other.Parent");
  REQUIRE(prompt.mixins.size() == 1);
  CHECK(prompt.annotations.at(0).name.text == "tune");
  REQUIRE(prompt.members.size() == 12);
  const auto& tags = as<InputMember>(prompt.members[1]);
  const auto& tags_type = static_cast<const NamedType&>(*tags.type);
  CHECK(tags_type.optional);
  CHECK(tags_type.name.joined() == "list");
  CHECK(tags_type.args.size() == 1);
  CHECK(tags.default_value->kind == ExprKind::List);
  CHECK(as<OutputMember>(prompt.members[2]).type->kind == TypeKind::Record);
  CHECK(as<ToolsMember>(prompt.members[4]).remove);
  CHECK(as<ToolChoiceMember>(prompt.members[5]).choice.text == "required");
  CHECK(as<ConfigMember>(prompt.members[6]).entries.size() == 2);
  CHECK(as<TargetMember>(prompt.members[7]).target.text == "anthropic");
  const auto& budget = as<BudgetMember>(prompt.members[8]);
  CHECK(budget.tokens == 8000);
  CHECK(budget.reserve_output == 1000);
  const auto& history = as<MessagesMember>(prompt.members[9]);
  CHECK(history.budget.priority == 5);
  CHECK(history.budget.shrink == ShrinkMode::Drop);
  const auto& system = as<MessageMember>(prompt.members[10]);
  CHECK(system.role == Role::System);
  REQUIRE(system.items.size() == 5);
  const auto& persona = as<SectionItem>(system.items[0]);
  CHECK(persona.has(SectionModifierKind::Override));
  CHECK(persona.budget.shrink == ShrinkMode::Truncate);
  REQUIRE(persona.body.size() == 2);
  const auto& text = as<TextItem>(persona.body[0]).text;
  REQUIRE(text.parts.size() == 3);
  CHECK(text.parts[0].text == "Be ");
  REQUIRE(text.parts[1].interp);
  CHECK(text.parts[1].interp->filters.at(0).name.text == "upper");
  CHECK(persona.body[1]->kind == ItemKind::Super);
  CHECK_FALSE(as<SectionItem>(system.items[1]).has_body);
  CHECK(as<SectionItem>(system.items[1]).has(SectionModifierKind::Required));
  CHECK(as<SectionItem>(system.items[3]).has(SectionModifierKind::Final));
  CHECK(as<SectionItem>(system.items[3]).has(SectionModifierKind::Append));
  CHECK(as<UseItem>(system.items[4]).args.at(0).name->text == "tone");
  const auto& example = as<ExampleMember>(prompt.members[11]);
  CHECK(example.messages.size() == 2);
}

TEST_CASE("triple-quoted strings strip the common indentation") {
  auto p = parse_text("fragment f {\n  \"\"\"\n    first\n      indented\n\n    last {{ x }}\n    \"\"\"\n}\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& frag = as<FragmentDecl>(p.module->decls.at(0));
  const auto& s = as<TextItem>(frag.body.at(0)).text;
  REQUIRE(s.parts.size() == 2);
  CHECK(s.parts[0].text == "first\n  indented\n\nlast ");
  CHECK(s.parts[1].interp != nullptr);
}

TEST_CASE("escapes decode and raw strings keep backslashes and braces") {
  auto p = parse_text(R"(fragment f { "a\tb\n\"q\" \{x\} \u{1F600}" r"C:\path {x}" r#"say "hi" {{ no }}"# })");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& frag = as<FragmentDecl>(p.module->decls.at(0));
  CHECK(as<TextItem>(frag.body[0]).text.plain_text() == "a\tb\n\"q\" {x} \xF0\x9F\x98\x80");
  CHECK(as<TextItem>(frag.body[1]).text.plain_text() == "C:\\path {x}");
  CHECK(as<TextItem>(frag.body[1]).text.style == StringStyle::Raw);
  CHECK(as<TextItem>(frag.body[2]).text.plain_text() == "say \"hi\" {{ no }}");
  CHECK_FALSE(as<TextItem>(frag.body[2]).text.has_interpolation());
}

TEST_CASE("expression precedence: or < and < not < comparison") {
  auto p = parse_text("test t for P { assert not a == 1 and b or c in [1, 2] }");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& test = as<TestDecl>(p.module->decls.at(0));
  const auto& cond = *as<AssertCheck>(test.items.at(0)).condition;
  REQUIRE(cond.kind == ExprKind::Logical);
  const auto& orx = static_cast<const LogicalExpr&>(cond);
  CHECK(orx.op == LogicalOp::Or);
  REQUIRE(orx.operands.size() == 2);
  const auto& andx = static_cast<const LogicalExpr&>(*orx.operands[0]);
  CHECK(andx.op == LogicalOp::And);
  const auto& notx = static_cast<const UnaryExpr&>(*andx.operands[0]);
  CHECK(notx.op == UnaryOp::Not);
  CHECK(notx.operand->kind == ExprKind::Compare);
  CHECK(static_cast<const CompareExpr&>(*orx.operands[1]).op == CompareOp::In);
}

TEST_CASE("chained comparisons are an error") {
  auto p = parse_text("test t for P { assert 1 < x < 3 }");
  CHECK(p.sink.error_count() == 1);
  CHECK(p.messages().find("cannot be chained") != std::string::npos);
}

TEST_CASE("contextual keywords are names where a name is expected") {
  auto p = parse_text("type T { type: string  input: int  data: json  user: string }\n"
                      "test t for P { assert output.data == input.user }");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& t = as<TypeDecl>(p.module->decls.at(0));
  const auto& rec = static_cast<const RecordType&>(*t.type);
  REQUIRE(rec.fields.size() == 4);
  CHECK(rec.fields[0].name.text == "type");
  CHECK(rec.fields[3].name.text == "user");
}

TEST_CASE("backquoted names allow reserved words") {
  auto p = parse_text("prompt `prompt` { input `in`: string }");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& prompt = as<PromptDecl>(p.module->decls.at(0));
  CHECK(prompt.name.text == "prompt");
  CHECK(as<InputMember>(prompt.members.at(0)).name.text == "in");
}

TEST_CASE("tests and evals keep every item") {
  auto p = parse_text(R"(eval triage for support.Triage {
  data "evals/triage.jsonl" @format("jsonl")
  input { ticket: row.text }
  assert equals(output.category, expected.category), "category"
  metric exact = output.category == expected.category
  slice by row.segment
  gate accuracy >= 0.85
  config { model: "gpt-4o" }
})");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& ev = as<TestDecl>(p.module->decls.at(0));
  CHECK(ev.kind == DeclKind::Eval);
  CHECK(ev.prompt.joined() == "support.Triage");
  REQUIRE(ev.items.size() == 7);
  CHECK(ev.items[0]->kind == CheckItemKind::Data);
  CHECK(ev.items[1]->kind == CheckItemKind::Input);
  CHECK(as<AssertCheck>(ev.items[2]).message->plain_text() == "category");
  CHECK(as<MetricCheck>(ev.items[3]).name.text == "exact");
  CHECK(ev.items[4]->kind == CheckItemKind::Slice);
  CHECK(as<GateCheck>(ev.items[5]).condition->kind == ExprKind::Compare);
}

TEST_CASE("the dump is deterministic and names every node") {
  std::string text = "prompt P { user { if a { \"x\" } else if b { \"y\" } else { \"z\" } for k, v in m { \"{{ k }}\" } } }";
  auto a = parse_text(text);
  auto b = parse_text(text);
  REQUIRE(a.sink.diagnostics().empty());
  std::string dump = dump_ast(*a.module);
  CHECK(dump == dump_ast(*b.module));
  CHECK(dump.find("else-if") != std::string::npos);
  CHECK(dump.find("for k, v") != std::string::npos);
  CHECK(dump.find("@1:1 [0,") != std::string::npos);
}
