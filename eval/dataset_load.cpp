// Loading a data file from disk (through the project's root confinement) and
// the helpers both readers share: UTF-8 checks, ids, the problem cap.
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <openssl/evp.h>

#include "eval/dataset.hpp"
#include "eval/dataset_internal.hpp"
#include "eval/json_path.hpp"

namespace aep::eval {

std::string format_problem(const DataProblem& p) {
  std::string where = p.file;
  if (p.line > 0) where += fmt::format(":{}", p.line);
  if (p.line > 0 && p.column > 0) where += fmt::format(":{}", p.column);
  return fmt::format("{}: {}", where, p.message);
}

namespace detail {

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

std::uint32_t column_of(std::string_view line, std::size_t offset) {
  std::uint32_t col = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  }
  // `offset` itself may sit in the middle of a sequence; count it as its start.
  return col;
}

void ProblemSink::add(std::uint32_t line, std::uint32_t column, std::string item_id,
                      std::string message) {
  if (data_.problems.size() >= cap_) {
    ++data_.problems_dropped;
    return;
  }
  data_.problems.push_back(DataProblem{data_.file, line, column, std::move(item_id), std::move(message)});
}

void add_item(Dataset& data, ProblemSink& sink, std::set<std::string>& seen, const LoadOptions& options,
              DataItem item, std::string fallback) {
  if (options.id_field) {
    const nlohmann::json* v = lookup_field(item.fields, *options.id_field);
    if (v == nullptr) {
      sink.add(item.line, 0, "", fmt::format("the item has no id field `{}`", *options.id_field));
      return;
    }
    if (v->is_string()) {
      item.id = v->get<std::string>();
    } else if (v->is_number_integer() || v->is_number_unsigned()) {
      item.id = v->dump();
    } else {
      sink.add(item.line, 0, "",
               fmt::format("the id field `{}` is a {}, not a string or an integer", *options.id_field,
                           v->type_name()));
      return;
    }
    if (item.id.empty()) {
      sink.add(item.line, 0, "", fmt::format("the id field `{}` is empty", *options.id_field));
      return;
    }
  } else {
    item.id = std::move(fallback);
  }
  if (!seen.insert(item.id).second) {
    sink.add(item.line, 0, item.id,
             fmt::format("duplicate item id `{}`; the later item is skipped", item.id));
    return;
  }
  data.items.push_back(std::move(item));
}

const nlohmann::json* lookup_field(const nlohmann::json& fields, const std::string& name) {
  // A column named exactly so wins: CSV headers may contain dots or spaces.
  if (fields.is_object()) {
    auto it = fields.find(name);
    if (it != fields.end()) return &*it;
  }
  auto path = JsonPath::parse(name);
  return path ? path->find(fields) : nullptr;
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  std::string hex;
  hex.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

}  // namespace detail

Expected<Dataset> load_dataset(const Project& project, const std::filesystem::path& path,
                               const std::filesystem::path& base, const LoadOptions& options) {
  if (options.id_field && options.id_field->empty()) return Error{"the id field name is empty"};
  auto resolved = project.resolve_inside(path, base);
  if (!resolved) return resolved.error();
  std::error_code ec;
  if (std::filesystem::is_directory(*resolved, ec)) {
    return Error{fmt::format("{}: is a directory, not a data file", path.string())};
  }
  auto size = std::filesystem::file_size(*resolved, ec);
  if (ec) return Error{fmt::format("{}: cannot read: {}", path.string(), ec.message())};
  if (size > kMaxDataFileBytes) {
    return Error{fmt::format("{}: {} bytes is larger than the limit of {} bytes", path.string(), size,
                             kMaxDataFileBytes)};
  }
  std::ifstream in(*resolved, std::ios::binary);
  if (!in) return Error{fmt::format("{}: cannot open for reading", path.string())};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{fmt::format("{}: read error", path.string())};
  std::string text = std::move(buffer).str();

  DataFormat format;
  if (options.format) {
    format = *options.format;
  } else {
    std::string ext = resolved->extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".jsonl" || ext == ".ndjson") {
      format = DataFormat::Jsonl;
    } else if (ext == ".csv") {
      format = DataFormat::Csv;
    } else {
      return Error{fmt::format("{}: unknown data format `{}` (expected .jsonl, .ndjson or .csv)",
                               path.string(), ext)};
    }
  }
  return format == DataFormat::Jsonl ? parse_jsonl(text, path.string(), options)
                                     : parse_csv(text, path.string(), options);
}

}  // namespace aep::eval
