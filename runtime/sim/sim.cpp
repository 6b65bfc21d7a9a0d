// Sim: dispatch between meta handlers and the task model, then the usage,
// length limit and latency every reply carries (see sim.hpp).
#include "runtime/sim/sim.hpp"

#include <cctype>

#include "runtime/sim/hash.hpp"
#include "runtime/sim/tiktoken_counter.hpp"

namespace aep::sim {

Sim::Sim(World world, const TokenCounter* counter)
    : world_(std::move(world)), counter_(counter != nullptr ? counter : &best_token_counter()) {
  meta_.push_back(make_judge_handler());
}

void Sim::add_meta_handler(std::unique_ptr<MetaHandler> handler) {
  // Later handlers are more specific (optimizer steps quote items that may
  // look like judge sections), so they are consulted first.
  meta_.insert(meta_.begin(), std::move(handler));
}

SimReply Sim::answer(const SimRequest& request) const {
  for (const auto& handler : meta_) {
    if (!handler->matches(request)) continue;
    SimReply reply = handler->answer(*this, request);
    reply.kind = handler->name();
    std::uint64_t key = hash_mix({world_.seed, hash_text(reply.text), static_cast<std::uint64_t>(request.sample_index), 0x3e7a});
    finish(request, key, reply);
    return reply;
  }
  return answer_task(request);
}

void Sim::finish(const SimRequest& request, std::uint64_t key, SimReply& reply) const {
  // Chat formats add a few tokens per turn; the figure follows OpenAI's.
  reply.input_tokens = counter_->count(request.system) + (request.system.empty() ? 0 : 4) + 3;
  for (const auto& m : request.messages) reply.input_tokens += counter_->count(m.text) + 4;
  reply.output_tokens = counter_->count(reply.text);
  if (request.max_output_tokens && !reply.tool_name && reply.output_tokens > *request.max_output_tokens) {
    // Cut at a word boundary until the text fits, as a provider stops mid-answer.
    std::string text = reply.text;
    while (!text.empty() && counter_->count(text) > *request.max_output_tokens) {
      auto space = text.find_last_of(' ');
      text.resize(space == std::string::npos || space == 0 ? text.size() - 1 : space);
    }
    reply.text = text;
    reply.output_tokens = counter_->count(text);
    reply.finish_reason = "length";
  }
  reply.latency_ms = draw_latency_ms(world_.noise.latency, hash_mix({key, 0x1a7e})) +
                     world_.noise.ms_per_output_token * static_cast<double>(reply.output_tokens);
}

std::optional<std::string> find_section(const std::string& text,
                                        std::initializer_list<std::string_view> titles) {
  std::size_t pos = 0;
  std::optional<std::string> found;
  int found_level = 0;
  std::string body;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    int level = 0;
    while (i < line.size() && line[i] == '#') { ++level; ++i; }
    bool heading = level > 0 && level <= 6 && (i == line.size() || line[i] == ' ');
    if (heading) {
      if (found && level <= found_level) break;  // the section ends here
      if (!found) {
        std::string title;
        for (char c : line.substr(i)) title.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        while (!title.empty() && (title.back() == ' ' || title.back() == ':' || title.back() == '\r')) title.pop_back();
        while (!title.empty() && title.front() == ' ') title.erase(title.begin());
        for (auto t : titles) {
          if (title == t) {
            found = std::string();
            found_level = level;
          }
        }
        pos = end + 1;
        continue;
      }
    }
    if (found) {
      found->append(line);
      found->push_back('\n');
    }
    pos = end + 1;
  }
  if (found) {
    while (!found->empty() && std::isspace(static_cast<unsigned char>(found->back()))) found->pop_back();
    std::size_t start = 0;
    while (start < found->size() && std::isspace(static_cast<unsigned char>((*found)[start]))) ++start;
    found->erase(0, start);
  }
  return found;
}

}  // namespace aep::sim
