// Size-checked loading for check and parse (see source_load.hpp).
#include "cli/source_load.hpp"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace aep::cli {

Expected<LoadedSource> load_source(SourceManager& sources, const std::string& path,
                                   std::uint64_t max_bytes, DiagnosticSink& sink) {
  std::error_code ec;
  // Only regular files have a meaningful size; pipes and devices are read as they come.
  if (std::filesystem::is_regular_file(path, ec)) {
    std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size > max_bytes) {
      LoadedSource loaded{sources.add(path, std::string()), true};
      sink.report(make_diag(DiagKind::FileTooLarge, sources.file(loaded.id).span(0, 0),
                            fmt::format("file is {} bytes, larger than the limit of {} bytes", size,
                                        max_bytes))
                      .help("split the module into several files"));
      return loaded;
    }
  }
  auto id = sources.load(path);
  if (!id) return id.error();
  return LoadedSource{*id, false};
}

}  // namespace aep::cli
