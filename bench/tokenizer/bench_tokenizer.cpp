// The aep side of bench/tokenizer/run.sh:
//   bench_tokenizer throughput ENCODING FILE REPS IDS_OUT  one JSON line: MB/s
//       (median wall and CPU time of REPS encodes after a warm-up, one thread), token
//       count, load time and table memory; writes the ids (uint32 LE) to IDS_OUT
//   bench_tokenizer cold ENCODING TEXT    load and encode one string (cold process)
//   bench_tokenizer baseline              do nothing (RSS and start-up baseline)
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

#include "compiler/tokenizer/encoding.hpp"

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
  std::cerr << "usage: bench_tokenizer throughput ENCODING FILE REPS IDS_OUT | cold ENCODING TEXT | baseline\n";
  return 2;
}
