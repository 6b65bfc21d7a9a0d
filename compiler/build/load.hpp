// Rendering from a build: loads the build's source snapshot (verified
// against the manifest) as a project rooted at `<build>/sources`, runs sema
// on it and returns the Program, so `aep render --build B` renders through
// exactly the same code as rendering from sources, for any input values,
// including inputs that could not be template slots.
//
//   auto loaded = build::load_build_program(build, sources, sink);
//   const ir::Prompt& p = *loaded->program.prompts.at("support.triage.TriageTicket");
//   ir::RenderResult r = ir::render_prompt(p, inputs);
//   auto config = build::read_build_config(loaded->project, sources, sink);  // targets, models of the build
//
// The standard library is embedded in the compiler: when the running
// compiler's std modules differ from the ones the build recorded, the load
// is refused (the render would not be exact) and the Error says which.
#pragma once

#include <memory>

#include "compiler/build/store.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/sema/program.hpp"

namespace aep::build {

struct BuildProgram {
  Build build;
  Project project;        // root: <build>/sources
  sema::Program program;  // analyzed; borrows from `sources`
};

Expected<std::unique_ptr<BuildProgram>> load_build_program(const Build& build, SourceManager& sources,
                                                           DiagnosticSink& sink);

}  // namespace aep::build
