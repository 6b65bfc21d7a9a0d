// Loading a build's snapshot back into sema.
#include "compiler/build/load.hpp"

#include <fmt/format.h>

#include "compiler/build/sha256.hpp"

namespace aep::build {

Expected<std::unique_ptr<BuildProgram>> load_build_program(const Build& build, SourceManager& sources,
                                                           DiagnosticSink& sink) {
  // The folder may have changed since the build was opened: check again.
  auto problems = verify_build_dir(build.dir, build.id);
  if (!problems.empty()) {
    std::string message = fmt::format("build {} is damaged or was edited; refusing to render from it:", build.short_id());
    for (const auto& p : problems) message += "\n  " + describe(p);
    return Error{message};
  }
  auto project = load_project(build.dir / "sources");
  if (!project) return project.error();
  auto out = std::make_unique<BuildProgram>();
  out->build = build;
  out->project = *project;
  sema::LoadOptions load;
  load.whole_project = true;
  load.check_data_files = false;  // the snapshot keeps sources, not eval data
  out->program = sema::check_files(out->project, {}, sources, sink, load);
  const Json& recorded = build.manifest.contains("stdlib") ? build.manifest["stdlib"] : Json::object();
  for (const auto& m : out->program.modules) {
    if (!m->is_std) continue;
    std::string sha = sha256_hex(sources.file(m->file).text());
    if (!recorded.contains(m->path) || recorded[m->path] != sha) {
      return Error{fmt::format("build {} was made by aep {} with another version of standard module `{}`; this "
                               "compiler cannot render it exactly (rebuild from the sources)",
                               build.short_id(), build.manifest.value("compiler", "?"), m->path)};
    }
  }
  return out;
}

}  // namespace aep::build
