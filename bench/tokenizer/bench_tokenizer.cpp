// The aep side of bench/tokenizer/run.sh:
//   bench_tokenizer throughput ENCODING FILE REPS IDS_OUT  one JSON line: MB/s
//       (median wall and CPU time of REPS encodes after a warm-up, one thread), token
//       count, load time and table memory; writes the ids (uint32 LE) to IDS_OUT
//   bench_tokenizer cold ENCODING TEXT    load and encode one string (cold process)
//   bench_tokenizer baseline              do nothing (RSS and start-up baseline)
//   bench_tokenizer load ENCODING         load once in this fresh process: one JSON
//       line with the wall and CPU ms of Encoding::load_file and how it loaded
//       (AEP_TOKENIZER_CACHE=off forces the parse; run.sh compares both)
//   bench_tokenizer crossover ENCODING    CPU ns/byte of the three merge loops by
//       piece length (the measurement behind kLongPiece in bpe.hpp)
//   bench_tokenizer single KIND ENCODING MIB ALGO   encode MIB MiB of one
//       pre-token of KIND (letter, cjk, cjk-text, letters, spaces, digits,
//       digits-random, punct) with
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

#include <optional>
#include <random>

#include "compiler/tokenizer/bpe.hpp"
#include "compiler/tokenizer/data_dir.hpp"
#include "compiler/tokenizer/encoding.hpp"
#include "compiler/tokenizer/rank_cache.hpp"
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

double process_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// One load of an encoding in a fresh process, through the path every
// command takes (cache hit, or read + sha256 + parse + cache write).
int load_once(const char* name) {
  const EncodingSpec* spec = find_encoding_spec(name);
  if (spec == nullptr) return 2;
  auto path = locate_rank_file(spec->rank_file);
  if (!path) {
    std::cerr << path.error().message << "\n";
    return 2;
  }
  double c0 = process_cpu_ms();
  auto t0 = Clock::now();
  auto enc = Encoding::load_file(*spec, *path);
  double wall = ms_since(t0), cpu = process_cpu_ms() - c0;
  if (!enc) {
    std::cerr << enc.error().message << "\n";
    return 2;
  }
  auto ids = (*enc)->encode("Hello, world!", SpecialPolicy::ordinary());
  std::string note = (*enc)->load_note();
  for (char& c : note) c = c == '"' || c == '\\' ? '\'' : c;
  std::printf("{\"encoding\":\"%s\",\"load_ms\":%.3f,\"load_cpu_ms\":%.3f,\"from_cache\":%s,\"ids\":%zu,\"note\":\"%s\"}\n",
              name, wall, cpu, (*enc)->from_cache() ? "true" : "false", ids ? ids->size() : 0, note.c_str());
  return ids ? 0 : 1;
}

// The rank table itself (Encoding keeps its own private), for the modes
// that call the merge algorithms directly.
std::optional<RankTable> load_table(const Encoding& enc) {
  auto path = locate_rank_file(enc.spec().rank_file);
  if (!path) return std::nullopt;
  std::ifstream in(*path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto table = RankTable::parse(ss.str(), path->string());
  if (!table) return std::nullopt;
  return std::move(*table);
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
  } else if (kind == "cjk-text") {
    // Random common Chinese characters: what a long run of CJK prose (one
    // piece up to the next punctuation) looks like to BPE.
    static const char* chars =
        "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单跑";
    static const std::size_t count = std::strlen(chars) / 3;
    while (text.size() < bytes) text.append(chars + (gen() % count) * 3, 3);
  } else if (kind == "digits-random") {
    while (text.size() < bytes) text += static_cast<char>('0' + gen() % 10);
  }
  return text;
}

// CPU ns per byte of the scan, heap and long-piece merges on pieces of
// growing length: where the long-piece encoder starts to pay (kLongPiece).
int crossover(const char* name) {
  auto enc = Encoding::get(name);
  if (!enc) return 2;
  auto table = load_table(**enc);
  if (!table) return 2;
  std::vector<Rank> ids;
  (void)byte_pair_encode_long(*table, std::string(300, 'a'), ids);  // builds the prefix filter
  std::printf("%-8s %6s %10s %10s %10s   (CPU ns per byte, %s)\n", "kind", "bytes", "scan", "heap", "long", name);
  for (const char* kind : {"letters", "cjk-text", "cjk", "spaces"}) {
    for (std::size_t len : {48, 96, 144, 192, 256, 384, 768, 2048}) {
      std::string all = single_piece_text(kind, 1 << 20);
      std::size_t count = all.size() / len;
      double ns[3];
      for (int algo = 0; algo < 3; ++algo) {
        std::clock_t c = std::clock();
        for (std::size_t i = 0; i < count; ++i) {
          std::string_view piece = std::string_view(all).substr(i * len, len);
          ids.clear();
          if (algo == 0) byte_pair_encode_scan(*table, piece, ids);
          else if (algo == 1) byte_pair_encode_heap(*table, piece, ids);
          else (void)byte_pair_encode_long(*table, piece, ids);
        }
        ns[algo] = 1e9 * double(std::clock() - c) / CLOCKS_PER_SEC / double(count * len);
      }
      std::printf("%-8s %6zu %10.1f %10.1f %10.1f\n", kind, len, ns[0], ns[1], ns[2]);
    }
  }
  return 0;
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
    auto table = load_table(**enc);
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
  if (argc >= 3 && std::strcmp(argv[1], "load") == 0) return load_once(argv[2]);
  if (argc >= 3 && std::strcmp(argv[1], "crossover") == 0) return crossover(argv[2]);
  if (argc >= 6 && std::strcmp(argv[1], "single") == 0) return single(argv[2], argv[3], std::atof(argv[4]), argv[5]);
  std::cerr << "usage: bench_tokenizer throughput ENCODING FILE REPS IDS_OUT | cold ENCODING TEXT | baseline | load ENCODING\n"
               "       bench_tokenizer single letter|cjk|cjk-text|letters|spaces|digits|digits-random|punct ENCODING MIB encode|long|heap\n"
               "       bench_tokenizer crossover ENCODING\n";
  return 2;
}
