// Marks the cache breakpoints a `target` block names; see the header.
#include "compiler/targets/cache_breakpoints.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

namespace aep::targets {
namespace {

constexpr const char* kKeys[] = {"cache_breakpoint", "cache_breakpoints"};

// The part after which `name`'s breakpoint goes, or null.
render::TextPart* breakpoint_part(render::Request& request, const std::string& name) {
  if (name == "system") {
    render::TextPart* last = nullptr;
    for (render::Message& m : request.messages) {
      if (m.role != render::Role::System && m.role != render::Role::Developer) break;
      if (!m.parts.empty()) last = &m.parts.back();
    }
    return last;
  }
  render::TextPart* last = nullptr;
  for (render::Message& m : request.messages) {
    for (render::TextPart& p : m.parts) {
      if (p.section == name) last = &p;
    }
  }
  return last;
}

}  // namespace

std::optional<render::Request> apply_cache_breakpoints(const render::Request& request, const Target& target,
                                                       DiagnosticSink& sink) {
  std::optional<render::Request> out;
  // Family first, then the exact name (the same block once when they agree).
  std::vector<std::string> blocks{target.family};
  if (target.name != target.family) blocks.push_back(target.name);
  for (const std::string& block : blocks) {
    auto it = request.targets.find(block);
    if (it == request.targets.end()) continue;
    for (const char* key : kKeys) {
      if (!it->second.extra.contains(key)) continue;
      if (!out) out = request;
      const render::Json value = it->second.extra.at(key);
      out->targets[block].extra.erase(key);
      std::vector<std::string> names;
      if (value.is_string()) names.push_back(value.get<std::string>());
      if (value.is_array()) {
        for (const auto& v : value) {
          if (v.is_string()) names.push_back(v.get<std::string>());
        }
      }
      if (names.empty()) {
        sink.report(make_diag(DiagKind::CacheBreakpointIgnored, it->second.span,
                              fmt::format("`{}` must name a section or `system`; ignored", key))
                        .note(fmt::format("prompt `{}`, target `{}`", request.prompt, target.name)));
      }
      for (const std::string& name : names) {
        if (render::TextPart* part = breakpoint_part(*out, name)) {
          part->cache_breakpoint = true;
          continue;
        }
        sink.report(make_diag(DiagKind::CacheBreakpointIgnored, it->second.span,
                              fmt::format("cache breakpoint `{}` names no section with text in the rendered prompt; "
                                          "ignored",
                                          name))
                        .note(fmt::format("prompt `{}`, target `{}`", request.prompt, target.name))
                        .help("name a section of the prompt (or `system`); a section dropped by the budget or "
                              "left empty for these inputs has no text to cache"));
      }
    }
  }
  return out;
}

}  // namespace aep::targets
