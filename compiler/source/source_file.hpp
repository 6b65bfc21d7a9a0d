// SourceFile and SourceManager: the text of every file a run reads, with a
// line index so spans can be turned into line/column and source lines for
// diagnostics. Files are owned here; everyone else refers to them by FileId.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/source/span.hpp"

namespace aep {

struct LineColumn {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in code points
};

class SourceFile {
 public:
  SourceFile(FileId id, std::string path, std::string text);

  FileId id() const { return id_; }
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

  // Line and column of a byte offset (clamped to the text).
  LineColumn locate(std::uint32_t offset) const;
  // The text of a 1-based line, without its line terminator.
  std::string_view line_text(std::uint32_t line) const;
  // Byte offset where a 1-based line starts.
  std::uint32_t line_start(std::uint32_t line) const;
  // A span over [begin, end) with its line and column filled in.
  Span span(std::uint32_t begin, std::uint32_t end) const;

 private:
  FileId id_;
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

class SourceManager {
 public:
  // Adds text under a display path; returns its id (never kNoFile).
  FileId add(std::string path, std::string text);
  // Reads a file from disk; an I/O failure is an Error naming the path.
  Expected<FileId> load(const std::filesystem::path& path);

  const SourceFile& file(FileId id) const;
  const SourceFile* find(FileId id) const;
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// Counts code points in a UTF-8 byte range; invalid bytes count one each.
std::uint32_t count_code_points(std::string_view utf8);

}  // namespace aep
