// The aep side of bench/tokenizer/run.sh:
//   bench_tokenizer throughput ENCODING FILE REPS IDS_OUT  one JSON line: MB/s
//       (median wall and CPU time of REPS encodes after a warm-up, one thread), token
//       count, load time and table memory; writes the ids (uint32 LE) to IDS_OUT
//   bench_tokenizer cold ENCODING TEXT    load and encode one string (cold process)
//   bench_tokenizer baseline              do nothing (RSS and start-up baseline)
//   bench_tokenizer single KIND ENCODING MIB ALGO   encode MIB MiB of one
//       pre-token of KIND (letter, cjk, letters, spaces, digits, punct) with
//       ALGO: `encode` (Encoding::encode, the path users get), `long` (the
//       long-piece encoder alone, with its search statistics) or `heap` (the
//       previous O(n log n) merge, as the reference); one JSON line with CPU
//       and wall time and an FNV-1a hash of the ids. run.sh long adds peak RSS.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <random>

#include "compiler/tokenizer/bpe.hpp"
#include "compiler/tokenizer/data_dir.hpp"
#include "compiler/tokenizer/encoding.hpp"
#include "compiler/tokenizer/splitter.hpp"

using namespace aep::tokenizer;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

int throughput(const char* name, const char* path, int reps, const char* ids_out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  auto t0 = Clock::now();
  auto enc = Encoding::get(name);
  double load_ms = ms_since(t0);
  if (!enc) {
    std::cerr << enc.error().message << "\n";
    return 2;
  }
  std::vector<Rank> ids;
  auto warm = (*enc)->encode_into(text, SpecialPolicy::ordinary(), ids);
  if (!warm) {
    std::cerr << warm.error().message << "\n";
    return 1;
  }
  std::vector<double> times, cpu_times;
  for (int r = 0; r < reps; ++r) {
    ids.clear();
    auto t = Clock::now();
    std::clock_t c = std::clock();
    (void)(*enc)->encode_into(text, SpecialPolicy::ordinary(), ids);
    cpu_times.push_back(1000.0 * double(std::clock() - c) / CLOCKS_PER_SEC);
    times.push_back(ms_since(t));
  }
  std::vector<double> count_times;
  std::size_t counted = 0;
  for (int r = 0; r < reps; ++r) {
    auto t = Clock::now();
    counted = *(*enc)->count(text, SpecialPolicy::ordinary());
    count_times.push_back(ms_since(t));
  }
  std::sort(times.begin(), times.end());
  std::sort(cpu_times.begin(), cpu_times.end());
  double cpu_median = cpu_times[cpu_times.size() / 2];
  std::sort(count_times.begin(), count_times.end());
  double median = times[times.size() / 2], count_median = count_times[count_times.size() / 2];
  std::FILE* f = std::fopen(ids_out, "wb");
  if (f == nullptr || std::fwrite(ids.data(), sizeof(Rank), ids.size(), f) != ids.size()) {
    std::cerr << "cannot write " << ids_out << "\n";
    return 2;
  }
  std::fclose(f);
  std::printf(
      "{\"peer\":\"aep\",\"encoding\":\"%s\",\"bytes\":%zu,\"tokens\":%zu,\"median_ms\":%.2f,\"mb_s\":%.2f,"
      "\"cpu_mb_s\":%.2f,\"count_mb_s\":%.2f,\"count_tokens\":%zu,\"load_ms\":%.2f,\"table_bytes\":%zu}\n",
      name, text.size(), ids.size(), median, text.size() / 1e3 / median, text.size() / 1e3 / cpu_median,
      text.size() / 1e3 / count_median, counted, load_ms, (*enc)->memory_bytes());
  return counted == ids.size() ? 0 : 1;
}

// MIB MiB that the encoding's pattern keeps as one piece.
std::string single_piece_text(const std::string& kind, std::size_t bytes) {
  std::string text;
  text.reserve(bytes + 4);
  std::mt19937 gen(20261126);
  auto fill = [&](std::string_view unit) {
    while (text.size() < bytes) text += unit;
  };
  if (kind == "letter") fill("a");
  else if (kind == "cjk") fill("\xE4\xB8\xAD");  // 中
  else if (kind == "spaces") fill(" ");
  else if (kind == "digits") fill("7");
  else if (kind == "punct") fill("-");
  else if (kind == "letters") {
    while (text.size() < bytes) text += static_cast<char>('a' + gen() % 26);
  } else if (kind == "digits-random") {
    while (text.size() < bytes) text += static_cast<char>('0' + gen() % 10);
  }
  return text;
}

int single(const std::string& kind, const char* name, double mib, const std::string& algo) {
  auto enc = Encoding::get(name);
  if (!enc) {
    std::cerr << enc.error().message << "\n";
    return 2;
  }
  std::string text = single_piece_text(kind, static_cast<std::size_t>(mib * 1024 * 1024));
  if (text.empty()) {
    std::cerr << "unknown kind " << kind << "\n";
    return 2;
  }
  std::size_t pieces = 0;
  Splitter((*enc)->spec().kind).for_each_piece(text, [&](std::size_t, std::size_t) { ++pieces; });
  std::vector<Rank> ids;
  auto t = Clock::now();
  std::clock_t c = std::clock();
  LongPieceStats stats;
  if (algo == "heap" || algo == "long") {
    // The reference needs the table itself, which Encoding keeps private.
    auto path = locate_rank_file((*enc)->spec().rank_file);
    if (!path) return 2;
    std::ifstream in(*path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto table = RankTable::parse(ss.str(), path->string());
    if (!table || pieces != 1) {
      std::cerr << "heap mode needs one piece (got " << pieces << ")\n";
      return 2;
    }
    t = Clock::now();
    c = std::clock();
    if (algo == "heap") {
      byte_pair_encode_heap(*table, text, ids);
    } else if (!byte_pair_encode_long(*table, text, ids, &stats)) {
      return 2;
    }
  } else {
    auto r = (*enc)->encode_into(text, SpecialPolicy::ordinary(), ids);
    if (!r) {
      std::cerr << r.error().message << "\n";
      return 1;
    }
  }
  double cpu_s = double(std::clock() - c) / CLOCKS_PER_SEC, wall_s = ms_since(t) / 1000;
  std::uint64_t h = 1469598103934665603ull;
  for (Rank r : ids) h = (h ^ r) * 1099511628211ull;
  std::printf(
      "{\"kind\":\"%s\",\"encoding\":\"%s\",\"algo\":\"%s\",\"bytes\":%zu,\"pieces\":%zu,\"tokens\":%zu,"
      "\"cpu_s\":%.3f,\"wall_s\":%.3f,\"ids_fnv\":\"%016llx\",\"steps\":%zu,\"backtracks\":%zu,"
      "\"checks\":%zu}\n",
      kind.c_str(), name, algo.c_str(), text.size(), pieces, ids.size(), cpu_s, wall_s,
      static_cast<unsigned long long>(h), stats.steps, stats.backtracks, stats.checks);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 6 && std::strcmp(argv[1], "throughput") == 0) {
    return throughput(argv[2], argv[3], std::atoi(argv[4]), argv[5]);
  }
  if (argc >= 4 && std::strcmp(argv[1], "cold") == 0) {
    auto enc = Encoding::get(argv[2]);
    if (!enc) return 2;
    auto ids = (*enc)->encode(argv[3], SpecialPolicy::ordinary());
    std::printf("%zu\n", ids ? ids->size() : 0);
    return ids ? 0 : 1;
  }
  if (argc >= 2 && std::strcmp(argv[1], "baseline") == 0) return 0;
  if (argc >= 6 && std::strcmp(argv[1], "single") == 0) return single(argv[2], argv[3], std::atof(argv[4]), argv[5]);
  std::cerr << "usage: bench_tokenizer throughput ENCODING FILE REPS IDS_OUT | cold ENCODING TEXT | baseline\n"
               "       bench_tokenizer single letter|cjk|letters|spaces|digits|digits-random|punct ENCODING MIB encode|long|heap\n";
  return 2;
}
