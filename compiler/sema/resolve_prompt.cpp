// Prompt resolution: the parents first, then the C3 linearization of the
// prompt's ancestors, then the merge of every contributor (each ancestor's
// mixins, then the ancestor itself, farthest first) into one ir::Prompt by the
// rules of inherit.cpp.
//
// Reuse of the parent's result. Merging every ancestor again for every prompt
// makes a chain of depth d cost O(d^2) merges (and re-lowers and re-checks
// each ancestor's templates d times). When a prompt has a single parent, the
// parent's contributors are exactly the first contributors of the child, in
// the same order, so the parent's merged prompt is the child's state after
// them, provided that
//   - no prompt in the parent's linearization has a mixin (a mixin's set of
//     ancestors, which decides "redefined" against "shadowed", depends on the
//     prompt being resolved),
//   - merging the parent reported nothing (so merging its contributors again
//     would report nothing either, and no rule had to cut anything short), and
//   - the child keeps the type (optionality included) and the @untrusted mark
//     of every inherited input, so the parent's templates, checked in the
//     child's scope, would be checked against the same names and types.
// Then only the child's own contributors are merged on a copy of the parent's
// result; otherwise the prompt is merged from scratch. Both give the same IR
// and the same diagnostics in the same order (tests/golden/sema and
// bench/parse/bench_front --dump check it).
#include <algorithm>

#include <fmt/format.h>

#include "compiler/sema/c3.hpp"
#include "compiler/sema/ir_copy.hpp"
#include "compiler/sema/prompt_builder.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::sema {
namespace {

// Whether the templates of the parent, checked in the child's scope, see the
// names they saw in the parent's: same inputs at the same places (the child
// replaces inherited inputs in place and appends its own), same types, same
// @untrusted marks.
bool same_scope(const std::vector<ir::Input>& parent, const std::vector<ir::Input>& child) {
  if (child.size() < parent.size()) return false;
  for (std::size_t i = 0; i < parent.size(); ++i) {
    const ir::Input& a = parent[i];
    const ir::Input& b = child[i];
    if (a.name != b.name || a.untrusted != b.untrusted || !a.type != !b.type) return false;
    if (a.type && !same_type(a.type, b.type)) return false;  // same_type compares optionality too
  }
  return true;
}

// The members a merge of the parent's contributors leaves in the prompt.
void copy_members(const ir::Prompt& parent, ir::Prompt& p) {
  p.inputs = parent.inputs;
  p.output = parent.output;
  // An inline output record is named after the prompt being resolved.
  if (p.output && p.output->type && p.output->type->name.empty()) p.output->name = p.name + "Output";
  p.tools = parent.tools;
  p.tool_choice = parent.tool_choice;
  p.config = parent.config;
  p.targets = parent.targets;
  p.budget = parent.budget;
}

void clear_members(ir::Prompt& p) {
  p.inputs.clear();
  p.output.reset();
  p.tools.clear();
  p.tool_choice.reset();
  p.config.clear();
  p.targets.clear();
  p.budget.reset();
}

}  // namespace

const ir::Prompt* Analyzer::resolve_prompt(std::size_t module, const ast::PromptDecl& decl) {
  if (auto it = resolved_.find(&decl); it != resolved_.end()) return it->second;
  if (broken_prompts_.count(&decl)) return nullptr;
  if (auto pos = std::find(prompt_stack_.begin(), prompt_stack_.end(), &decl); pos != prompt_stack_.end()) {
    std::string cycle;
    for (auto it = pos; it != prompt_stack_.end(); ++it) cycle += (*it)->name.text + " -> ";
    cycle += decl.name.text;
    auto d = make_diag(DiagKind::InheritanceCycle, decl.name.span, "prompts extend each other in a cycle: " + cycle)
                 .help("inheritance must end at a prompt without parents");
    for (auto it = pos + 1; it != prompt_stack_.end(); ++it) d.label((*it)->name.span, "part of the cycle");
    report(d);
    for (auto it = pos; it != prompt_stack_.end(); ++it) broken_prompts_.insert(*it);
    return nullptr;
  }
  prompt_stack_.push_back(&decl);
  std::string self = qualified(module, decl.name.text);

  // Parents, resolved first (their linearizations are needed).
  ResolvedParents parents;
  for (const auto& pname : decl.parents) {
    std::size_t pmod = 0;
    const auto* pd = static_cast<const ast::PromptDecl*>(expect(module, pname, ast::DeclKind::Prompt, "prompt", &pmod));
    if (!pd) continue;
    if (pd == &decl) {
      report(make_diag(DiagKind::SelfExtension, pname.span, fmt::format("prompt `{}` extends itself", decl.name.text))
                 .help("remove it from the `extends` list"));
      continue;
    }
    if (pd->is_final) {
      report(make_diag(DiagKind::ExtendsFinalPrompt, pname.span, fmt::format("`{}` is final and cannot be extended", pname.joined()))
                 .label(pd->name.span, "declared final here"));
      continue;
    }
    if (std::any_of(parents.begin(), parents.end(), [&](const auto& p) { return p.first == pd; })) {
      report(make_diag(DiagKind::InconsistentHierarchy, pname.span, fmt::format("`{}` is listed twice after `extends`", pname.joined())));
      continue;
    }
    const ir::Prompt* resolved = resolve_prompt(pmod, *pd);
    if (broken_prompts_.count(&decl)) {
      prompt_stack_.pop_back();
      return nullptr;
    }
    if (!resolved) continue;
    parents.emplace_back(pd, resolved);
  }
  prompt_stack_.pop_back();
  // From here on, everything this prompt reports is what a child merging its
  // contributors again would report (see the file comment).
  const std::size_t reports_before = report_attempts_;

  auto prompt = std::make_unique<ir::Prompt>();
  ir::Prompt& p = *prompt;
  p.module = program_.modules[module]->path;
  p.name = decl.name.text;
  p.qualified = self;
  p.span = decl.name.span;
  p.is_abstract = decl.is_abstract;
  p.is_final = decl.is_final;
  p.doc = decl.doc.text;
  for (const auto& an : decl.annotations) p.annotations.push_back({an.name.text, &an});
  {
    std::vector<std::string> mine;
    for (const auto& [pd, rp] : parents) mine.push_back(rp->qualified);
    // A second declaration of the name (reported by the loader) does not
    // change what the name stands for in other prompts' hierarchies.
    parent_names_.try_emplace(self, std::move(mine));
  }

  const ir::Prompt* base = nullptr;
  if (options_.reuse_parent_merge && decl.parents.size() == 1 && parents.size() == 1 && parents[0].second->mixins.empty() &&
      clean_prompts_.count(parents[0].first)) {
    base = parents[0].second;
  }

  if (base != nullptr) {
    // C3 of a single parent: the prompt, then the parent's linearization.
    p.linearization.reserve(base->linearization.size() + 1);
    p.linearization.push_back(self);
    p.linearization.insert(p.linearization.end(), base->linearization.begin(), base->linearization.end());
  } else {
    linearize(p, decl, parents);
  }

  // Contributors, farthest first: each ancestor's mixins, then its own body.
  // With a reusable parent, only the prompt's own mixins and body.
  std::vector<Contributor> contributors = contributors_of(p, module, decl, base != nullptr);
  PromptBuilder builder(*this, p);
  bool reused = false;
  if (base != nullptr) {
    copy_members(*base, p);
    for (const auto& c : contributors) builder.merge_members(c);
    if (same_scope(base->inputs, p.inputs)) {
      p.messages = copy_messages(base->messages);
      p.examples = base->examples;
      p.shadowings = base->shadowings;
      reused = true;
    } else {
      // Merged from scratch after all. What the prompt's own members
      // reported above is reported again below and dropped as a repeat.
      clear_members(p);
      contributors = contributors_of(p, module, decl, false);
    }
  }
  if (!reused) {
    for (const auto& c : contributors) builder.merge_members(c);
  }
  Scope scope;
  for (const auto& in : p.inputs) {
    scope.names.emplace_back(in.name, in.type);
    if (in.untrusted) scope.untrusted.insert(in.name);
  }
  for (const auto& c : contributors) builder.merge_messages(c, scope);
  if (p.tool_choice && p.tool_choice->choice != "auto" && p.tool_choice->choice != "none" &&
      p.tool_choice->choice != "required" &&
      std::none_of(p.tools.begin(), p.tools.end(), [&](const ir::Tool& t) { return t.name == p.tool_choice->choice; })) {
    std::vector<std::string> tool_names;
    for (const auto& t : p.tools) tool_names.push_back(t.name);
    auto d = make_diag(DiagKind::UnknownName, p.tool_choice->origin.span,
                       fmt::format("`tool_choice {}` names no tool of the prompt", p.tool_choice->choice));
    if (auto s = closest_name(p.tool_choice->choice, tool_names)) d.help("did you mean `" + *s + "`?");
    else d.help("use `auto`, `none`, `required` or one of the prompt's tools");
    report(d);
  }
  if (!decl.is_abstract) builder.check_required(decl);

  if (report_attempts_ == reports_before) clean_prompts_.insert(&decl);
  ir::Prompt* raw = prompt.get();
  resolved_[&decl] = raw;
  // Two prompts with one qualified name (a duplicate declaration, already
  // reported): the first one, which name lookup finds, is the one the
  // program holds; the second is checked but kept aside.
  if (decl_by_name_.try_emplace(self, module, &decl).second) {
    prompts_by_name_[self] = raw;
    program_.prompts[self] = std::move(prompt);
  } else {
    duplicate_prompts_.push_back(std::move(prompt));
  }
  return raw;
}

// C3 over qualified names: ids are positions in `names`; every resolved
// prompt recorded its direct parents in parent_names_. An inconsistent order
// is reported and replaced by the parents' linearizations in `extends` order.
void Analyzer::linearize(ir::Prompt& p, const ast::PromptDecl& decl, const ResolvedParents& parents) {
  const std::string& self = p.qualified;
  std::vector<std::string> names{self};
  std::map<std::string, std::size_t> id{{self, 0}};
  std::vector<std::vector<std::size_t>> parent_ids(1);
  std::vector<std::string> own;  // this declaration's parents (a duplicate name has its own)
  for (const auto& [pd, rp] : parents) own.push_back(rp->qualified);
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::vector<std::string>* direct = &own;
    if (i > 0) {
      auto pn = parent_names_.find(names[i]);
      if (pn == parent_names_.end()) continue;
      direct = &pn->second;
    }
    for (const std::string& pq : *direct) {
      auto [it, inserted] = id.emplace(pq, names.size());
      if (inserted) {
        names.push_back(pq);
        parent_ids.emplace_back();
      }
      parent_ids[i].push_back(it->second);
    }
  }
  Parents parents_fn = [&](std::size_t n) -> const std::vector<std::size_t>& { return parent_ids[n]; };
  auto lin = c3_linearize(0, parents_fn);
  if (auto* conflict = std::get_if<C3Conflict>(&lin)) {
    std::string why = explain_conflict(*conflict, [&](std::size_t n) { return names[n]; });
    report(make_diag(DiagKind::InconsistentHierarchy, decl.name.span,
                     fmt::format("no consistent order for the parents of `{}`", decl.name.text))
               .note(why)
               .help("list the parents after `extends` in the order their own parents use"));
    p.linearization.push_back(self);
    for (const auto& [pd, rp] : parents) {
      for (const auto& n : rp->linearization) {
        if (std::find(p.linearization.begin(), p.linearization.end(), n) == p.linearization.end()) p.linearization.push_back(n);
      }
    }
  } else {
    for (std::size_t n : std::get<std::vector<std::size_t>>(lin)) p.linearization.push_back(names[n]);
  }
}

// The contributors of `p` in merge order (farthest first, each ancestor's
// mixins before it), or with `own_only` just the prompt's mixins and itself.
// Fills p.mixins: the prompt's own mixins, then its ancestors'.
std::vector<Contributor> Analyzer::contributors_of(ir::Prompt& p, std::size_t module, const ast::PromptDecl& decl,
                                                   bool own_only) {
  const std::string& self = p.qualified;
  p.mixins.clear();
  std::vector<Contributor> contributors;
  for (auto it = own_only ? p.linearization.rend() - 1 : p.linearization.rbegin(); it != p.linearization.rend(); ++it) {
    const ast::PromptDecl* pd = nullptr;
    std::size_t pm = 0;
    if (*it == self) {
      pd = &decl;
      pm = module;
    } else if (auto d = decl_by_name_.find(*it); d != decl_by_name_.end()) {
      pd = d->second.second;
      pm = d->second.first;
    }
    if (!pd) continue;
    std::set<std::string> ancestors;
    if (*it == self) {
      for (const auto& n : p.linearization) ancestors.insert(n);
    } else if (auto r = resolved_.find(pd); r != resolved_.end()) {
      for (const auto& n : r->second->linearization) ancestors.insert(n);
      for (const auto& n : r->second->mixins) ancestors.insert(n);
    }
    ancestors.erase(*it);
    for (const auto& mname : pd->mixins) {
      std::size_t mmod = 0;
      const auto* md = static_cast<const ast::MixinDecl*>(expect(pm, mname, ast::DeclKind::Mixin, "mixin", &mmod));
      if (!md) continue;
      Contributor mc;
      mc.module = mmod;
      mc.decl = md;
      mc.members = &md->members;
      mc.origin = {program_.modules[mmod]->path, md->name.text, md->name.span};
      // Everything below the mixin's user counts as inherited by the mixin.
      mc.ancestors = ancestors;
      std::string mq = qualified(mmod, md->name.text);
      if (*it == self) p.mixins.push_back(mq);
      contributors.push_back(std::move(mc));
      ancestors.insert(mq);
    }
    Contributor pc;
    pc.module = pm;
    pc.decl = pd;
    pc.members = &pd->members;
    pc.origin = {program_.modules[pm]->path, pd->name.text, pd->name.span};
    pc.ancestors = std::move(ancestors);
    pc.is_concrete_prompt = !pd->is_abstract;
    contributors.push_back(std::move(pc));
  }
  // Ancestors' mixins also count for the prompt itself.
  for (const auto& n : p.linearization) {
    if (auto r = prompts_by_name_.find(n); r != prompts_by_name_.end()) {
      for (const auto& m : r->second->mixins) {
        if (std::find(p.mixins.begin(), p.mixins.end(), m) == p.mixins.end()) p.mixins.push_back(m);
      }
    }
  }
  return contributors;
}

}  // namespace aep::sema
