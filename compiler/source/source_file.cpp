// Line index and file loading for SourceFile / SourceManager.
#include "compiler/source/source_file.hpp"

#include "compiler/source/read_file.hpp"

#include <algorithm>
#include <cstring>

namespace aep {

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  // Most files have no '\r': then memchr finds the line ends (every file of
  // a project is indexed, one byte at a time otherwise).
  if (std::memchr(text_.data(), '\r', text_.size()) == nullptr) {
    const char* begin = text_.data();
    const char* end = begin + text_.size();
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr; ++p) {
      line_starts_.push_back(static_cast<std::uint32_t>(p - begin + 1));
    }
    return;
  }
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    // "\r\n" counts once: the line starts after the '\n'.
    if (text_[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text_[i] == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n')) {
      line_starts_.push_back(i + 1);
    }
  }
}

LineColumn SourceFile::locate(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  std::uint32_t start = line_starts_[line - 1];
  std::string_view before(text_.data() + start, offset - start);
  return {line, count_code_points(before) + 1};
}

std::uint32_t SourceFile::line_start(std::uint32_t line) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return static_cast<std::uint32_t>(text_.size());
  return line_starts_[line - 1];
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::uint32_t begin = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line]
                                                 : static_cast<std::uint32_t>(text_.size());
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

Span SourceFile::span(std::uint32_t begin, std::uint32_t end) const {
  LineColumn at = locate(begin);
  return Span{id_, begin, std::max(begin, end), at.line, at.column};
}

FileId SourceManager::add(std::string path, std::string text) {
  auto id = static_cast<FileId>(files_.size() + 1);
  files_.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  return id;
}

Expected<FileId> SourceManager::load(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return text.error();
  return add(path.string(), std::move(*text));
}

const SourceFile& SourceManager::file(FileId id) const { return *files_.at(id - 1); }

const SourceFile* SourceManager::find(FileId id) const {
  if (id == kNoFile || id > files_.size()) return nullptr;
  return files_[id - 1].get();
}

std::uint32_t count_code_points(std::string_view utf8) {
  std::uint32_t count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;  // every byte but a continuation byte starts one
  }
  return count;
}

}  // namespace aep
