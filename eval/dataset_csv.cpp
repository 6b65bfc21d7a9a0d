// CSV reader after RFC 4180: a header row, fields separated by commas, quoted
// fields that may hold commas, doubled quotes and line breaks; CRLF or LF line
// ends; a UTF-8 byte-order mark is ignored.
//
// Written here rather than taken from Debian: libfccp-dev (fast-cpp-csv-parser)
// needs the column count at compile time and throws on the first bad row, and
// libcsv-dev reports no positions and stops at the first error in strict mode,
// while eval data needs every bad row reported with its line and the rest kept.
//
// Rows that break the format (a quote inside an unquoted field, text after a
// closing quote, an unterminated quote, a wrong number of fields, bad UTF-8)
// are reported and skipped; reading resumes on the next line.
#include <set>

#include <fmt/format.h>

#include "eval/dataset.hpp"
#include "eval/dataset_internal.hpp"

namespace aep::eval {
namespace {

struct Record {
  std::uint32_t first_line = 0;
  std::uint32_t last_line = 0;
  std::vector<std::string> fields;
  bool ok = true;
};

class CsvScanner {
 public:
  CsvScanner(std::string_view text, detail::ProblemSink& sink) : text_(text), sink_(sink) {}

  bool done() const { return pos_ >= text_.size(); }

  Record next() {
    Record rec;
    rec.first_line = line_;
    while (true) {
      std::string field;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        std::uint32_t quote_line = line_;
        std::uint32_t quote_col = column();
        ++pos_;
        while (true) {
          if (pos_ >= text_.size()) {
            sink_.add(quote_line, quote_col, "", "unterminated quoted field (the quote opened here is never closed)");
            rec.ok = false;
            rec.last_line = line_;
            return rec;
          }
          char c = text_[pos_];
          if (c == '"') {
            if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
              field += '"';
              pos_ += 2;
              continue;
            }
            ++pos_;
            break;
          }
          if (c == '\n') {
            ++line_;
            line_start_ = pos_ + 1;
          }
          field += c;
          ++pos_;
        }
        if (pos_ < text_.size() && !is_end(text_[pos_])) {
          sink_.add(line_, column(),  "",
                    fmt::format("unexpected `{}` after a closing quote (a field ends at its closing quote)",
                                text_[pos_]));
          return skip_rest(rec);
        }
      } else {
        while (pos_ < text_.size() && !is_end(text_[pos_])) {
          if (text_[pos_] == '"') {
            sink_.add(line_, column(), "",
                      "quote inside an unquoted field (quote the whole field and double the inner quotes)");
            return skip_rest(rec);
          }
          field += text_[pos_++];
        }
      }
      rec.fields.push_back(std::move(field));
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      rec.last_line = line_;
      end_line();
      return rec;
    }
  }

 private:
  static bool is_end(char c) { return c == ',' || c == '\n' || c == '\r'; }

  std::uint32_t column() const {
    return detail::column_of(text_.substr(line_start_), pos_ - line_start_);
  }

  // A record ends at LF, CRLF or a lone CR (old Mac files), but lines are
  // counted by LF only, as `grep -n` and editors on Linux number them.
  void end_line() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') {
      ++pos_;
      ++line_;
      line_start_ = pos_;
    }
  }

  Record skip_rest(Record& rec) {
    rec.ok = false;
    rec.last_line = line_;
    while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    if (pos_ < text_.size()) ++pos_;
    ++line_;
    line_start_ = pos_;
    return std::move(rec);
  }

  std::string_view text_;
  detail::ProblemSink& sink_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  std::uint32_t line_ = 1;
};

bool is_blank(const Record& rec) { return rec.fields.size() == 1 && rec.fields[0].empty(); }

}  // namespace

Dataset parse_csv(std::string_view text, std::string file, const LoadOptions& options) {
  Dataset data;
  data.file = std::move(file);
  data.format = DataFormat::Csv;
  data.content_sha256 = detail::sha256_hex(text);
  detail::ProblemSink sink(data, options.max_problems);
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  // Bad UTF-8 is found once up front, with its exact position; the rows that
  // contain it are then skipped without a second report.
  std::set<std::uint32_t> bad_lines;
  {
    std::uint32_t line_no = 1;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(pos, end - pos);
      if (std::size_t bad = detail::find_invalid_utf8(line); bad != std::string_view::npos) {
        sink.add(line_no, detail::column_of(line, bad), "", "invalid UTF-8 byte");
        bad_lines.insert(line_no);
      }
      pos = end + 1;
      ++line_no;
    }
  }
  auto touches_bad = [&](const Record& r) {
    auto it = bad_lines.lower_bound(r.first_line);
    return it != bad_lines.end() && *it <= r.last_line;
  };

  CsvScanner scanner(text, sink);
  Record header;
  while (!scanner.done()) {
    header = scanner.next();
    if (header.ok && !is_blank(header)) break;
    if (!header.ok || touches_bad(header)) {
      sink.add(header.first_line, 0, "", "the header row is unreadable; no items loaded");
      return data;
    }
  }
  if (header.fields.empty() || is_blank(header)) {
    sink.add(0, 0, "", "the file has no header row");
    return data;
  }
  if (touches_bad(header)) {
    sink.add(header.first_line, 0, "", "the header row is unreadable; no items loaded");
    return data;
  }
  std::set<std::string> names;
  std::vector<bool> keep(header.fields.size(), true);
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    std::string& name = header.fields[i];
    if (name.empty()) {
      sink.add(header.first_line, 0, "", fmt::format("column {} has an empty name and is ignored", i + 1));
      keep[i] = false;
    } else if (!names.insert(name).second) {
      sink.add(header.first_line, 0, "",
               fmt::format("column {} repeats the name `{}`; only the first is used", i + 1, name));
      keep[i] = false;
    } else {
      data.columns.push_back(name);
    }
  }

  std::set<std::string> seen;
  std::uint32_t row = 0;
  while (!scanner.done()) {
    Record rec = scanner.next();
    if (rec.ok && is_blank(rec)) continue;
    ++row;  // rows count data records, skipped ones included, so ids stay put
    if (!rec.ok || touches_bad(rec)) continue;
    if (rec.fields.size() != header.fields.size()) {
      sink.add(rec.first_line, 0, "",
               fmt::format("the row has {} field{}, the header has {}", rec.fields.size(),
                           rec.fields.size() == 1 ? "" : "s", header.fields.size()));
      continue;
    }
    DataItem item;
    item.line = rec.first_line;
    item.fields = nlohmann::json::object();
    for (std::size_t i = 0; i < rec.fields.size(); ++i) {
      if (keep[i]) item.fields[header.fields[i]] = std::move(rec.fields[i]);
    }
    detail::add_item(data, sink, seen, options, std::move(item), std::to_string(row));
  }
  return data;
}

}  // namespace aep::eval
