// Evaluation of a plan's message nodes into message text plus runs (the
// source-map granularity), applying budget decisions (dropped sections and
// history splices, byte caps on truncated sections) as it goes, so that the
// whitespace between blocks comes out as if the removed text had never been
// written.
//
// Whitespace rule (docs/language.md, Rendering): sections and fragment uses
// are blocks; a blank line separates a block from the text before and after
// it, one newline when the text already ends with one, none when it already
// ends with a blank line or the block starts with a newline.
#include <limits>

#include "compiler/ir/render_plan.hpp"

namespace aep::ir::plan {
namespace {

class Exec {
 public:
  Exec(const Plan& plan, Frame& frame, const Shrink* shrink, bool track, Output& out, bool coarse)
      : plan_(plan), frame_(frame), shrink_(shrink), track_(track), coarse_(coarse && !shrink && !track), out_(out) {
    if (shrink_) section_used_.assign(plan_.sections.size(), 0);
  }

  void message(const MessagePlan& m) {
    if (m.history) {
      history(m);
      return;
    }
    std::uint32_t index = static_cast<std::uint32_t>(used_);
    RenderedMessage& msg = next_message();
    msg.role = m.role;
    msg.span = m.span;
    if (m.is_static && !shrink_ && !track_) {
      // Assembled at compile time: nothing to copy here.
      msg.fixed = &m;
      if (m.fixed.text.empty()) --used_;
      return;
    }
    msg_ = &msg;
    msg_index_ = index;
    fill(m.body);
    if (msg.text.empty()) --used_;  // an empty message is not sent
  }

  std::size_t used() const { return used_; }

 private:
  RenderedMessage& next_message() {
    if (out_.messages.size() <= used_) out_.messages.emplace_back();
    RenderedMessage& msg = out_.messages[used_++];
    msg.text.clear();
    msg.runs.clear();
    msg.fixed = nullptr;
    return msg;
  }

  void history(const MessagePlan& m) {
    const Value* h = m.history_slot == kNone ? nullptr : frame_.slots[m.history_slot];
    if (!h || !h->is_array()) return;
    std::size_t skip = 0;
    if (shrink_) {
      if (shrink_->history_dropped[m.history_index]) return;
      skip = shrink_->history_skip[m.history_index];
    }
    for (std::size_t i = skip; i < h->size(); ++i) {
      const Value& turn = (*h)[i];
      RenderedMessage& msg = next_message();
      auto role = turn.find("role");
      std::string_view r = role != turn.end() && role->is_string() ? std::string_view(role->get_ref<const std::string&>()) : "user";
      msg.role = r == "assistant" ? render::Role::Assistant : r == "system" ? render::Role::System
               : r == "developer" ? render::Role::Developer : render::Role::User;
      msg.span = m.span;
      auto content = turn.find("content");
      if (content != turn.end() && content->is_string()) msg.text = content->get_ref<const std::string&>();
      Run run;
      run.begin = 0;
      run.end = static_cast<std::uint32_t>(msg.text.size());
      run.span = m.span;
      run.history = m.history_index;
      msg.runs.push_back(run);
    }
  }

  // In coarse mode a run that continues the previous one (same section and
  // origin, contiguous) extends it instead: the parts are the same, and
  // there are fewer runs to group. The first run of a block is always a new
  // one, because separate() inserts the block separator before it.
  bool extend_last(std::size_t begin, std::size_t end, std::uint32_t untrusted) {
    if (!coarse_ || fresh_run_ || msg_->runs.empty()) return false;
    Run& last = msg_->runs.back();
    if (last.end != begin || last.section != section_ || last.untrusted != untrusted || last.history != kNone) return false;
    last.end = static_cast<std::uint32_t>(end);
    return true;
  }

  void add_run(std::size_t begin, const Span& span, std::uint32_t untrusted) {
    if (extend_last(begin, msg_->text.size(), untrusted)) return;
    fresh_run_ = false;
    Run run;
    run.begin = static_cast<std::uint32_t>(begin);
    run.end = static_cast<std::uint32_t>(msg_->text.size());
    run.span = span;
    run.untrusted = untrusted;
    run.section = section_;
    msg_->runs.push_back(run);
  }

  void fill(const std::vector<std::uint32_t>& body) {
    bool after_block = false;
    for (std::uint32_t id : body) {
      const Node& n = plan_.nodes[id];
      bool block = n.kind == NodeKind::Block;
      // Text and interpolations (most nodes) are handled here, without the
      // call into node(), whose recursion saves and restores every register.
      if (!(block || after_block)) {  // no block separator to insert: nothing to remember
        if (n.kind == NodeKind::Text) text_node(n);
        else if (n.kind == NodeKind::Interp) interp_node(n);
        else node(n);
        continue;
      }
      std::size_t start = msg_->text.size(), start_run = msg_->runs.size(), start_spans = out_.section_spans.size();
      fresh_run_ = true;
      if (n.kind == NodeKind::Text) text_node(n);
      else if (n.kind == NodeKind::Interp) interp_node(n);
      else node(n);
      if (msg_->text.size() > start) {
        separate(start, start_run, start_spans, n.span);
        after_block = block;
      }
    }
  }

  void separate(std::size_t start, std::size_t start_run, std::size_t start_spans, const Span& span) {
    MessageText& text = msg_->text;
    if (start == 0) return;
    if (start >= 2 && text[start - 1] == '\n' && text[start - 2] == '\n') return;
    if (text[start] == '\n') return;
    std::string_view sep = text[start - 1] == '\n' ? "\n" : "\n\n";
    text.insert(start, sep);
    auto shift = static_cast<std::uint32_t>(sep.size());
    for (std::size_t i = start_run; i < msg_->runs.size(); ++i) {
      msg_->runs[i].begin += shift;
      msg_->runs[i].end += shift;
    }
    for (std::size_t i = start_spans; i < out_.section_spans.size(); ++i) {
      out_.section_spans[i].begin += shift;
      out_.section_spans[i].end += shift;
    }
    Run run;
    run.begin = static_cast<std::uint32_t>(start);
    run.end = static_cast<std::uint32_t>(start + sep.size());
    run.span = span;
    run.section = section_;
    msg_->runs.insert(msg_->runs.begin() + static_cast<std::ptrdiff_t>(start_run), run);
  }

  // Text and interpolation nodes are most nodes: they are inlined into
  // fill(), which saves and restores registers once per body instead of
  // once per node; their rarer paths stay out of line.
  [[gnu::always_inline]] void text_node(const Node& n) {
    std::size_t at = msg_->text.size();
    msg_->text += n.text;
    // (Empty text keeps its runs as they are: an empty run of another
    // section still splits the parts around it.)
    if (coarse_ && msg_->text.size() > at && !n.pieces.empty()) {
      if (extend_last(at, msg_->text.size(), kNone)) return;
      fresh_run_ = false;
      Run run;
      run.begin = static_cast<std::uint32_t>(at);
      run.end = static_cast<std::uint32_t>(msg_->text.size());
      run.span = n.pieces.front().span;
      run.section = section_;
      msg_->runs.push_back(run);
      return;
    }
    text_runs(n, at);
  }

  // One run per literal piece (the source map's granularity).
  [[gnu::noinline]] void text_runs(const Node& n, std::size_t at) {
    if (!n.pieces.empty()) fresh_run_ = false;
    for (const Piece& p : n.pieces) {
      Run run;
      run.begin = static_cast<std::uint32_t>(at);
      run.end = static_cast<std::uint32_t>(at + p.length);
      run.span = p.span;
      run.section = section_;
      msg_->runs.push_back(run);
      at += p.length;
    }
  }

  [[gnu::always_inline]] void interp_node(const Node& n) {
    std::size_t at = msg_->text.size();
    const Interp& in = plan_.interps[n.interp];
    if (in.path_slot != kNone) append_path(in, frame_, msg_->text);
    else append_interp(plan_, in, frame_, msg_->text);
    if (msg_->text.size() > at) add_run(at, n.span, n.untrusted);
  }

  void node(const Node& n) {
    switch (n.kind) {
      case NodeKind::Text: text_node(n); return;
      case NodeKind::Interp: interp_node(n); return;
      case NodeKind::If:
        for (const Branch& b : n.branches) {
          Value tmp;
          if (b.condition == kNone || truthy(*eval(plan_, b.condition, frame_, tmp))) {
            fill(b.body);
            return;
          }
        }
        return;
      case NodeKind::For: {
        Value tmp;
        const Value* it = eval(plan_, n.iterable, frame_, tmp);
        if (it->is_array()) {
          // The array itself: basic_json's size() and operator[] switch on
          // the type at every step.
          const Value::array_t& items = it->get_ref<const Value::array_t&>();
          for (std::size_t i = 0; i < items.size(); ++i) {
            if (n.index_slot != kNone) {
              frame_.owned[n.index_slot] = static_cast<std::int64_t>(i);
              frame_.slots[n.index_slot] = &frame_.owned[n.index_slot];
            }
            frame_.slots[n.var_slot] = &items[i];
            fill(n.body);
          }
        } else if (it->is_object()) {
          for (auto e = it->begin(); e != it->end(); ++e) {
            if (n.index_slot != kNone) {
              frame_.owned[n.index_slot] = e.key();
              frame_.slots[n.index_slot] = &frame_.owned[n.index_slot];
              frame_.slots[n.var_slot] = &e.value();
            } else {
              frame_.owned[n.var_slot] = e.key();
              frame_.slots[n.var_slot] = &frame_.owned[n.var_slot];
            }
            fill(n.body);
          }
        }
        return;
      }
      case NodeKind::Block:
        if (n.section == kNone) {
          for (const Binding& b : n.bindings) {
            frame_.slots[b.slot] = eval(plan_, b.expr, frame_, frame_.owned[b.slot]);
          }
          fill(n.body);
        } else {
          section(n);
        }
        return;
    }
  }

  void section(const Node& n) {
    std::uint32_t s = n.section;
    if (shrink_ && shrink_->section_dropped[s]) return;
    std::uint32_t saved = section_;
    section_ = s;
    std::size_t start = msg_->text.size();
    std::size_t span_index = out_.section_spans.size();
    if (track_) out_.section_spans.push_back({s, msg_index_, static_cast<std::uint32_t>(start), 0});
    fill(n.body);
    section_ = saved;
    if (shrink_ && shrink_->section_cap[s] != std::numeric_limits<std::size_t>::max()) {
      std::size_t cap = shrink_->section_cap[s];
      std::size_t allowed = cap > section_used_[s] ? cap - section_used_[s] : 0;
      std::size_t produced = msg_->text.size() - start;
      if (produced > allowed) cut(start + allowed);
      section_used_[s] += msg_->text.size() - start;
    }
    if (track_) out_.section_spans[span_index].end = static_cast<std::uint32_t>(msg_->text.size());
  }

  // Cuts the message text at `at` (moved back to a UTF-8 character start).
  void cut(std::size_t at) {
    MessageText& text = msg_->text;
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    text.resize(at);
    auto& runs = msg_->runs;
    while (!runs.empty() && runs.back().begin >= at) runs.pop_back();
    if (!runs.empty() && runs.back().end > at) runs.back().end = static_cast<std::uint32_t>(at);
    for (auto& s : out_.section_spans) {
      if (s.message == msg_index_) {
        if (s.begin > at) s.begin = static_cast<std::uint32_t>(at);
        if (s.end > at) s.end = static_cast<std::uint32_t>(at);
      }
    }
  }

  const Plan& plan_;
  Frame& frame_;
  const Shrink* shrink_;
  bool track_;
  bool coarse_;
  bool fresh_run_ = false;  // the next run starts a block: never merged into the previous one
  Output& out_;
  RenderedMessage* msg_ = nullptr;
  std::uint32_t msg_index_ = 0;
  std::uint32_t section_ = kNone;
  std::size_t used_ = 0;
  std::vector<std::size_t> section_used_;
};

}  // namespace

void execute(const Plan& plan, Frame& frame, const Shrink* shrink, bool track, Output& out, bool coarse) {
  out.section_spans.clear();
  Exec exec(plan, frame, shrink, track, out, coarse);
  for (const MessagePlan& m : plan.messages) exec.message(m);
  out.messages.resize(exec.used());
}

void execute_messages(const Plan& plan, const std::vector<MessagePlan>& messages, Frame& frame, Output& out) {
  out.section_spans.clear();
  Exec exec(plan, frame, nullptr, false, out, false);
  for (const MessagePlan& m : messages) exec.message(m);
  out.messages.resize(exec.used());
}

}  // namespace aep::ir::plan
