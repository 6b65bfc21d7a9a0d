// Input values against the prompt's typed inputs: binds each input's slot to
// its value (a pointer into the caller's JSON, the evaluated default, or
// null) and reports every problem as a diagnostic located at the input's
// declaration, naming the JSON path inside the value, what was expected and
// what was found (`tickets[3].priority`: expected int, found string "high").
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/ir/render_plan.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::ir::plan {
namespace {

std::string kind_name(const Value& v) {
  return v.is_null() ? "null" : v.is_boolean() ? "bool" : v.is_number_integer() ? "int"
       : v.is_number() ? "float" : v.is_string() ? "string" : v.is_array() ? "list" : "object";
}

std::string describe(const Value& v) {
  std::string text = v.dump();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return kind_name(v) + " " + text;
}

// The JSON path of the value being checked, built as text only when a
// problem is reported (checking a valid value builds no strings).
struct Path {
  const Path* parent = nullptr;
  const std::string* key = nullptr;  // member (or the input name at the root)
  std::size_t index = 0;             // list item when key is null
  std::string text() const {
    std::string out = parent ? parent->text() : std::string();
    if (key) {
      if (parent) out += '.';
      out += *key;
    } else {
      out += fmt::format("[{}]", index);
    }
    return out;
  }
};

class Checker {
 public:
  Checker(const Input& input, std::vector<Diagnostic>& diags) : input_(input), diags_(diags) {}

  void check(const Value& v, const sema::TypeRef& t, const Path& at) {
    if (!t || diags_.size() >= kMaxPerInput + start_) return;
    if (v.is_null()) {
      if (!t->optional && t->tag != sema::TypeTag::Json) mismatch(at, sema::type_name(t), v);
      return;
    }
    using sema::TypeTag;
    switch (t->tag) {
      case TypeTag::String: if (!v.is_string()) mismatch(at, sema::type_name(t), v); break;
      case TypeTag::Int: if (!v.is_number_integer()) mismatch(at, sema::type_name(t), v); break;
      case TypeTag::Float: if (!v.is_number()) mismatch(at, sema::type_name(t), v); break;
      case TypeTag::Bool: if (!v.is_boolean()) mismatch(at, sema::type_name(t), v); break;
      case TypeTag::Json:
      case TypeTag::Null: break;
      case TypeTag::Enum:
        if (!v.is_string() || !t->has_value(v.get_ref<const std::string&>())) {
          std::vector<std::string> values;
          for (const auto& e : t->values) values.push_back(e.name);
          std::string expected = fmt::format("one of {} ({})", fmt::join(values, ", "), t->name);
          std::string path = at.text();
          Diagnostic d = make_diag(DiagKind::InputTypeMismatch, input_.origin.span,
                                   fmt::format("input `{}`: expected {}, found {}", path, expected, describe(v)))
                             .primary_label(fmt::format("input `{}` is declared here", input_.name));
          if (v.is_string()) {
            std::string hint = sema::did_you_mean(v.get_ref<const std::string&>(), values);
            if (!hint.empty()) d.help = hint;
          }
          diags_.push_back(std::move(d));
        }
        break;
      case TypeTag::Messages:
        if (!v.is_array()) return mismatch(at, "messages (a list of {\"role\", \"content\"} objects)", v);
        for (std::size_t i = 0; i < v.size(); ++i) {
          const Value& m = v[i];
          Path item{&at, nullptr, i};
          if (!m.is_object() || !m.contains("role") || !m.contains("content") || !m["role"].is_string() ||
              !m["content"].is_string()) {
            mismatch(item, "{\"role\": \"user\"|\"assistant\"|\"system\"|\"developer\", \"content\": \"...\"}", m);
          } else if (m["role"] != "user" && m["role"] != "assistant" && m["role"] != "system" && m["role"] != "developer") {
            static const std::string role = "role";
            mismatch(Path{&item, &role, 0}, "user, assistant, system or developer", m["role"]);
          }
        }
        break;
      case TypeTag::List:
        if (!v.is_array()) return mismatch(at, sema::type_name(t), v);
        for (std::size_t i = 0; i < v.size(); ++i) check(v[i], t->element, Path{&at, nullptr, i});
        break;
      case TypeTag::Map:
        if (!v.is_object()) return mismatch(at, sema::type_name(t), v);
        for (auto it = v.begin(); it != v.end(); ++it) check(it.value(), t->element, Path{&at, &it.key(), 0});
        break;
      case TypeTag::Record:
        if (!v.is_object()) return mismatch(at, sema::type_name(t), v);
        {
          // One pass over the value's members; the missing-field search
          // only runs when fewer required fields were seen than declared.
          std::size_t required_seen = 0, known = 0;
          for (auto it = v.begin(); it != v.end(); ++it) {
            const sema::RecordField* f = t->field(it.key());
            if (!f) continue;
            ++known;
            if (!f->type->optional) ++required_seen;
            check(it.value(), f->type, Path{&at, &f->name, 0});
          }
          std::size_t required = 0;
          for (const auto& f : t->fields) required += f.type->optional ? 0 : 1;
          if (required_seen < required) {
            for (const auto& f : t->fields) {
              if (f.type->optional || v.contains(f.name)) continue;
              diags_.push_back(make_diag(DiagKind::InputFieldMissing, input_.origin.span,
                                         fmt::format("input `{}`: missing field `{}` ({})", at.text(), f.name, sema::type_name(f.type)))
                                   .primary_label(fmt::format("input `{}` is declared here", input_.name)));
            }
          }
          if (known < v.size()) unknown_fields(v, *t, at);
        }
        break;
    }
  }

  void unknown_fields(const Value& v, const sema::Type& record, const Path& at) {
    const sema::Type* t = &record;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (t->field(it.key())) continue;
      std::vector<std::string> names;
      for (const auto& f : t->fields) names.push_back(f.name);
      Diagnostic d = make_diag(DiagKind::InputFieldUnknown, input_.origin.span,
                               fmt::format("input `{}`: unknown field `{}` ({} has {})", at.text(), it.key(),
                                           t->name.empty() ? "the record" : t->name, sema::list_names(names)))
                         .primary_label(fmt::format("input `{}` is declared here", input_.name));
      std::string hint = sema::did_you_mean(it.key(), names);
      if (!hint.empty()) d.help = hint;
      diags_.push_back(std::move(d));
    }
  }

  void begin() { start_ = diags_.size(); }

 private:
  // One wrong field in every item of a long list would otherwise bury the rest.
  static constexpr std::size_t kMaxPerInput = 20;

  void mismatch(const Path& at, const std::string& expected, const Value& v) {
    diags_.push_back(make_diag(DiagKind::InputTypeMismatch, input_.origin.span,
                               fmt::format("input `{}`: expected {}, found {}", at.text(), expected, describe(v)))
                         .primary_label(fmt::format("input `{}` is declared here", input_.name)));
  }

  const Input& input_;
  std::vector<Diagnostic>& diags_;
  std::size_t start_ = 0;
};

// Whether `v` is a valid value of `t`, with exactly the acceptance rules of
// Checker::check but no path, no diagnostics and no allocation: the success
// path of every render runs only this, and the Checker runs (to say what is
// wrong and where) only when it returns false.
bool valid(const Value& v, const sema::Type* t) {
  if (!t) return true;
  using sema::TypeTag;
  if (v.is_null()) return t->optional || t->tag == TypeTag::Json;
  switch (t->tag) {
    case TypeTag::String: return v.is_string();
    case TypeTag::Int: return v.is_number_integer();
    case TypeTag::Float: return v.is_number();
    case TypeTag::Bool: return v.is_boolean();
    case TypeTag::Json:
    case TypeTag::Null: return true;
    case TypeTag::Enum: return v.is_string() && t->has_value(v.get_ref<const std::string&>());
    case TypeTag::Messages:
      if (!v.is_array()) return false;
      for (const Value& m : v) {
        if (!m.is_object()) return false;
        auto role = m.find("role"), content = m.find("content");
        if (role == m.end() || content == m.end() || !role->is_string() || !content->is_string()) return false;
        const std::string& r = role->get_ref<const std::string&>();
        if (r != "user" && r != "assistant" && r != "system" && r != "developer") return false;
      }
      return true;
    case TypeTag::List: {
      if (!v.is_array()) return false;
      const sema::Type* e = t->element.get();
      // The array itself, not basic_json's iterators (a tag switch per step).
      for (const Value& item : v.get_ref<const Value::array_t&>()) {
        if (!valid(item, e)) return false;
      }
      return true;
    }
    case TypeTag::Map: {
      if (!v.is_object()) return false;
      const sema::Type* e = t->element.get();
      for (const auto& [key, item] : v.get_ref<const Value::object_t&>()) {
        if (!valid(item, e)) return false;
      }
      return true;
    }
    case TypeTag::Record: {
      if (!v.is_object()) return false;
      // Keys are unique, so every key naming a field and every required
      // field being seen means nothing is missing or unknown.
      std::size_t required_seen = 0, position = 0;
      for (const auto& [key, item] : v.get_ref<const Value::object_t&>()) {
        // Values usually list fields in declaration order: try that first.
        const sema::RecordField* f = position < t->fields.size() && same_key(t->fields[position].name, key)
                                         ? &t->fields[position] : t->field(key);
        ++position;
        if (!f) return false;
        const sema::Type* ft = f->type.get();
        // Scalar fields are checked here rather than by a recursive call
        // (most record fields are strings and numbers).
        if (!item.is_null() && ft->tag == TypeTag::String) {
          if (!item.is_string()) return false;
        } else if (!valid(item, ft)) {
          return false;
        }
        if (!ft->optional) ++required_seen;
      }
      // Every field seen and required: nothing can be missing.
      if (required_seen == t->fields.size()) return true;
      std::size_t required = 0;
      for (const auto& f : t->fields) required += f.type->optional ? 0 : 1;
      return required_seen == required;
    }
  }
  return false;
}

// The input's value in `inputs`: inputs usually list their keys in
// declaration order, so the key at the input's own position is tried first.
const Value* find_input(const Value::object_t& inputs, std::size_t position, const std::string& name) {
  if (position < inputs.size()) {
    const auto& entry = *(inputs.begin() + static_cast<std::ptrdiff_t>(position));
    if (same_key(entry.first, name)) return &entry.second;
  }
  for (const auto& [key, value] : inputs) {
    if (same_key(key, name)) return &value;
  }
  return nullptr;
}

}  // namespace

bool bind_inputs(const Plan& plan, const Value& inputs, Frame& frame, std::vector<Diagnostic>& diags) {
  const Prompt& p = *plan.prompt;
  std::size_t before = diags.size();
  if (!inputs.is_object()) {
    diags.push_back(make_diag(DiagKind::InputsNotObject, p.span,
                              fmt::format("the input values must be a JSON object of input names to values, found {}",
                                          describe(inputs)))
                        .primary_label(fmt::format("prompt `{}`", p.qualified)));
    return false;
  }
  static const Value null_value;
  std::size_t matched = 0;
  const Value::object_t& object = inputs.get_ref<const Value::object_t&>();
  for (std::size_t i = 0; i < plan.inputs.size(); ++i) {
    const InputSlot& slot = plan.inputs[i];
    const Input& in = *slot.input;
    if (const Value* value = find_input(object, i, in.name)) {
      ++matched;
      const sema::Type* t = in.type.get();
      bool ok = t && t->tag == sema::TypeTag::String && value->is_string() ? true : valid(*value, t);
      if (!ok) {
        Checker checker(in, diags);
        checker.begin();
        checker.check(*value, in.type, Path{nullptr, &in.name, 0});
      }
      frame.slots[i] = value;
    } else if (slot.has_default) {
      frame.slots[i] = &slot.default_value;
    } else {
      frame.slots[i] = &null_value;
      if (!(in.type && in.type->optional)) {
        diags.push_back(make_diag(DiagKind::InputMissing, in.origin.span,
                                  fmt::format("missing input `{}` ({}): it has no default and is not optional", in.name,
                                              sema::type_name(in.type)))
                            .primary_label("declared here")
                            .help(fmt::format("give `{}` a value (`--input {}=...` or a key in the --inputs file)", in.name, in.name)));
      }
    }
  }
  // Object keys are unique, so when every key matched a declared input there
  // is nothing unknown to look for (the common case: no second pass of
  // string comparisons).
  if (matched < inputs.size()) {
    std::vector<std::string> names;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
      if (p.find_input(it.key())) continue;
      if (names.empty()) {
        for (const auto& in : p.inputs) names.push_back(in.name);
      }
      Diagnostic d = make_diag(DiagKind::InputUnknown, p.span,
                               fmt::format("`{}` is not an input of `{}`", it.key(), p.qualified))
                         .primary_label(fmt::format("its inputs: {}", names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "))));
      std::string hint = sema::did_you_mean(it.key(), names);
      if (!hint.empty()) d.help = hint;
      diags.push_back(std::move(d));
    }
  }
  return diags.size() == before;
}

}  // namespace aep::ir::plan
