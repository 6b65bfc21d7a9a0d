// Builds the flat class table from the generated range lists.
#include "compiler/tokenizer/char_class.hpp"

#include <array>
#include <memory>
#include <mutex>

namespace aep::tokenizer {
namespace {

struct CodePointRange {
  std::uint32_t first, last;
};

#include "compiler/tokenizer/unicode_classes.inc"

template <std::size_t N>
void mark(std::uint8_t* table, const CodePointRange (&ranges)[N], std::uint8_t bit) {
  for (const CodePointRange& r : ranges) {
    for (std::uint32_t cp = r.first; cp <= r.last; ++cp) table[cp] |= bit;
  }
}

}  // namespace

const std::uint8_t* char_class_table() {
  static std::unique_ptr<std::uint8_t[]> table;
  static std::once_flag once;
  std::call_once(once, [] {
    table = std::make_unique<std::uint8_t[]>(0x110000);  // zero-filled
    mark(table.get(), kUpperTitleRanges, kClsUpper);
    mark(table.get(), kLowerRanges, kClsLower);
    mark(table.get(), kModifierOtherRanges, kClsModOther);
    mark(table.get(), kMarkRanges, kClsMark);
    mark(table.get(), kNumberRanges, kClsNumber);
    mark(table.get(), kWhiteSpaceRanges, kClsSpace);
  });
  return table.get();
}

}  // namespace aep::tokenizer
