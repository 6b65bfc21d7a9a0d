// Reading a whole file into a string in four system calls (open, fstat,
// read, close) where iostreams take seven or more: a project load reads
// thousands of small files. A failure is an Error naming the path and the
// reason.
#pragma once

#include <filesystem>
#include <string>

#include "compiler/source/expected.hpp"

namespace aep {

Expected<std::string> read_file(const std::filesystem::path& path);

}  // namespace aep
