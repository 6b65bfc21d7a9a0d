// Internal to compiler/sema: the PromptBuilder that merges contributors (an
// ancestor prompt or a mixin, farthest first) into one ir::Prompt. The merge
// rules are in inherit.cpp; the order of contributors, and when a parent's
// merged result is reused instead of merging its contributors again, in
// resolve_prompt.cpp. Not a public header.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/sema/analyzer.hpp"

namespace aep::sema {

struct Contributor {
  std::size_t module = 0;
  const ast::Decl* decl = nullptr;  // PromptDecl or MixinDecl
  const ast::Members* members = nullptr;
  ir::Origin origin;
  std::set<std::string> ancestors;  // qualified names of what it inherits from (prompts and their mixins)
  bool is_concrete_prompt = false;
};

class PromptBuilder {
 public:
  PromptBuilder(Analyzer& a, ir::Prompt& p) : a_(a), p_(p) {}

  // Inputs, output, tools, tool choice, config, targets and budget.
  void merge_members(const Contributor& c);
  // Message blocks (sections and their edits), history splices and examples,
  // lowered in `scope` (every input of the finished prompt).
  void merge_messages(const Contributor& c, const Scope& scope);
  // Reports the required sections a concrete prompt leaves unfilled.
  void check_required(const ast::PromptDecl& decl);

 private:
  void add_tool(const ir::Tool& tool, const ir::Origin& origin);
  std::vector<std::string> all_sections();
  ir::Segment* find(std::string_view name, ir::Segments** container = nullptr, std::size_t* index = nullptr);
  void apply_block(const Contributor& c, const ast::MessageMember& block, const Scope& scope,
                   std::map<std::string, Span>& defined_here);
  void apply_edit(const Contributor& c, SectionEdit& edit);
  void check_required(const ir::Segments& segs, const ast::PromptDecl& decl);

  Analyzer& a_;
  ir::Prompt& p_;
};

}  // namespace aep::sema
