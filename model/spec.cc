#include "model/spec.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/json_input.h"

namespace kvmlc {

using json = nlohmann::json;

namespace {

// Line of every value in a (valid) JSON text, keyed by JSON pointer, so that
// errors found after parsing can still name a line; and its text as written.
class LineIndex {
 public:
  explicit LineIndex(const std::string& text) : t_(text) { value(""); }
  int at(const std::string& pointer) const {
    auto it = lines_.find(pointer);
    return it == lines_.end() ? 1 : it->second;
  }
  // The value's text in the file, on one line (a line break and the
  // indentation after it are one blank).
  std::string source(const std::string& pointer) const {
    auto it = spans_.find(pointer);
    if (it == spans_.end()) return "";
    std::string out;
    for (size_t i = it->second.first; i < it->second.second; ++i) {
      bool blank = std::isspace(static_cast<unsigned char>(t_[i]));
      if (blank && t_[i] != ' ') {
        while (i + 1 < it->second.second && std::isspace(static_cast<unsigned char>(t_[i + 1]))) ++i;
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += t_[i];
      }
    }
    return out;
  }

 private:
  void skip() {
    while (i_ < t_.size() && std::isspace(static_cast<unsigned char>(t_[i_]))) {
      if (t_[i_] == '\n') ++line_;
      ++i_;
    }
  }
  std::string string() {
    std::string s;
    for (++i_; i_ < t_.size() && t_[i_] != '"'; ++i_) {
      if (t_[i_] == '\\') ++i_;
      s += t_[i_];
    }
    ++i_;
    return s;
  }
  void value(const std::string& path) {
    skip();
    lines_[path] = line_;
    if (i_ >= t_.size()) return;
    size_t start = i_;
    char c = t_[i_];
    if (c == '{' || c == '[') {
      ++i_;
      for (int n = 0;; ++n) {
        skip();
        if (t_[i_] == '}' || t_[i_] == ']') break;
        if (c == '{') {
          std::string key = string();
          skip();
          ++i_;  // ':'
          lines_[path + "/" + key] = line_;
          value(path + "/" + key);
        } else {
          value(path + "/" + std::to_string(n));
        }
        skip();
        if (t_[i_] == ',') ++i_;
      }
      ++i_;
    } else if (c == '"') {
      string();
    } else {
      while (i_ < t_.size() && !std::strchr(",]}\n\r\t ", t_[i_])) ++i_;
    }
    spans_[path] = {start, i_};
  }
  const std::string& t_;
  size_t i_ = 0;
  int line_ = 1;
  std::map<std::string, int> lines_;
  std::map<std::string, std::pair<size_t, size_t>> spans_;
};

// A JSON object being read: every key must be one the schema allows.
class Reader {
 public:
  Reader(const std::string& file, const LineIndex& lines, const json& j, std::string path,
         std::set<std::string> allowed)
      : file_(file), lines_(lines), j_(j), path_(std::move(path)) {
    if (!j_.is_object()) fail("expected an object");
    for (const auto& [k, v] : j_.items())
      if (!allowed.count(k)) fail_at(k, "unknown key '" + k + "'");
  }
  [[noreturn]] void fail(const std::string& msg) const {
    throw InputError(file_, lines_.at(path_), msg);
  }
  [[noreturn]] void fail_at(const std::string& key, const std::string& msg) const {
    throw InputError(file_, lines_.at(path_ + "/" + key), msg);
  }
  int line() const { return lines_.at(path_); }
  std::string source() const { return lines_.source(path_); }
  int line(const std::string& key) const { return lines_.at(path_ + "/" + key); }
  bool has(const std::string& key) const { return j_.contains(key); }
  std::string str(const std::string& key, bool required = false) const {
    if (!has(key)) {
      if (required) fail("missing key '" + key + "'");
      return "";
    }
    if (!j_[key].is_string()) fail_at(key, "'" + key + "' must be a string");
    return j_[key].get<std::string>();
  }
  bool boolean(const std::string& key, bool dflt) const {
    if (!has(key)) return dflt;
    if (!j_[key].is_boolean()) fail_at(key, "'" + key + "' must be true or false");
    return j_[key].get<bool>();
  }
  std::vector<std::string> strings(const std::string& key) const {
    std::vector<std::string> out;
    if (!has(key)) return out;
    if (!j_[key].is_array()) fail_at(key, "'" + key + "' must be a list of strings");
    for (const auto& v : j_[key]) {
      if (!v.is_string()) fail_at(key, "'" + key + "' must be a list of strings");
      out.push_back(v.get<std::string>());
    }
    return out;
  }
  // A condition: a string, or true/false.
  Cond cond(const std::string& key, const std::string& dflt) const {
    if (!has(key)) return {dflt, line()};
    const json& v = j_[key];
    if (v.is_boolean()) return {v.get<bool>() ? "true" : "false", line(key)};
    if (!v.is_string()) fail_at(key, "'" + key + "' must be a condition string or a boolean");
    return {v.get<std::string>(), line(key)};
  }
  std::vector<Reader> list(const std::string& key, const std::set<std::string>& allowed) const {
    std::vector<Reader> out;
    if (!has(key)) return out;
    if (!j_[key].is_array()) fail_at(key, "'" + key + "' must be a list");
    for (size_t i = 0; i < j_[key].size(); ++i)
      out.emplace_back(file_, lines_, j_[key][i], path_ + "/" + key + "/" + std::to_string(i),
                       allowed);
    return out;
  }
  Reader object(const std::string& key, const std::set<std::string>& allowed) const {
    if (!has(key)) fail("missing key '" + key + "'");
    return Reader(file_, lines_, j_[key], path_ + "/" + key, allowed);
  }
  const json& raw() const { return j_; }
  const std::string& path() const { return path_; }

 private:
  const std::string& file_;
  const LineIndex& lines_;
  const json& j_;
  std::string path_;
};

const std::set<std::string> kStepKeys = {"fn",      "stmt",     "call",    "label",   "goto",
                                         "return",  "file",     "when",    "acquire", "release",
                                         "release_stale", "may_fail", "fail_if", "errno",
                                         "on_fail", "note",    "line"};

Step read_step(const Reader& r) {
  Step s;
  s.line = r.line();
  s.text = r.source();
  const std::pair<const char*, Step::Kind> forms[] = {
      {"fn", Step::Kind::Fn},       {"stmt", Step::Kind::Stmt}, {"call", Step::Kind::Call},
      {"label", Step::Kind::Label}, {"goto", Step::Kind::Goto}, {"return", Step::Kind::Return}};
  int found = 0;
  for (const auto& [key, kind] : forms)
    if (r.has(key)) {
      s.kind = kind;
      s.name = r.str(key);
      ++found;
    }
  if (found != 1) r.fail("a step needs exactly one of fn, stmt, call, label, goto, return");
  s.file = r.str("file");
  if (r.has("line")) {
    auto line = exact_int(r.raw()["line"], 1, INT_MAX);
    if (!line) r.fail_at("line", "'line' must be a kernel source line, " + int_range(1, INT_MAX));
    s.source_line = static_cast<int>(*line);
  }
  s.when = r.cond("when", "true");
  s.may_fail = r.cond("may_fail", "false");
  s.fail_if = r.cond("fail_if", "false");
  s.errno_name = r.str("errno");
  s.acquire = r.strings("acquire");
  s.release = r.strings("release");
  s.release_stale = r.strings("release_stale");
  std::string on_fail = r.str("on_fail");
  if (on_fail.rfind("goto ", 0) == 0) {
    s.on_fail = "goto";
    s.on_fail_label = on_fail.substr(5);
  } else if (on_fail.empty() || on_fail == "return" || on_fail == "continue" ||
             on_fail == "ignore") {
    s.on_fail = on_fail;
  } else {
    r.fail_at("on_fail", "on_fail must be return, continue, ignore or 'goto LABEL'");
  }
  // A call without on_fail is C's `f();`: a failure of f goes unchecked.
  if (s.kind == Step::Kind::Call && s.on_fail.empty()) s.on_fail = "ignore";
  bool fallible = s.may_fail.text != "false" || s.fail_if.text != "false";
  if (fallible && s.on_fail.empty()) r.fail("fallible step '" + s.name + "' has no on_fail");
  if (fallible && s.kind != Step::Kind::Call && s.errno_name.empty())
    r.fail("fallible step '" + s.name + "' has no errno");
  return s;
}

Function read_function(const std::string& name, const Reader& r) {
  Function f{name, r.str("file", true), {}, r.line(), r.str("lock")};
  for (const auto& s : r.list("steps", kStepKeys)) f.steps.push_back(read_step(s));
  return f;
}

// A VM type key ("0", "1", ...) as a number, -1 if it is not one in range.
int vm_type(const std::string& key) {
  if (key.empty() || key.size() > 10 || key.find_first_not_of("0123456789") != std::string::npos)
    return -1;
  long long n = std::stoll(key);
  return n > INT_MAX ? -1 : static_cast<int>(n);
}

Userspace read_userspace(const Reader& r) {
  Userspace u;
  u.devnode = r.str("devnode", true);
  u.arch_file = r.str("arch_file", true);
  if (r.has("check_extension")) {
    Reader ce = r.object("check_extension", {"reads", "caps", "note"});
    u.check_extension_reads = ce.str("reads", true);
    for (const auto& c : ce.list("caps", {"cap", "name", "ret", "calls", "note"})) {
      auto cap = c.has("cap") ? exact_int(c.raw()["cap"], 0, INT_MAX) : std::nullopt;
      if (!cap) c.fail("a capability needs a 'cap' that is " + int_range(0, INT_MAX));
      u.caps.push_back({static_cast<int>(*cap), c.str("name", true), c.cond("ret", "true"),
                        c.str("calls"), c.line()});
    }
    if (u.caps.empty()) ce.fail("'caps' must list at least one capability");
    // The state of a call in progress does not say which capability it is.
    if (std::count_if(u.caps.begin(), u.caps.end(), [](auto& c) { return !c.calls.empty(); }) > 1)
      ce.fail("at most one capability may 'calls' an ops member");
  }
  if (r.has("core_init_vm")) u.core_init_vm = r.str("core_init_vm");
  if (r.has("vm_pin")) u.vm_pin = r.str("vm_pin");
  if (u.vm_pin != "kvm_create_vm" && u.vm_pin != "vm_file")
    r.fail_at("vm_pin", "vm_pin must be kvm_create_vm or vm_file");
  u.vm_gets_ops_owner = r.boolean("vm_gets_ops_owner", false);
  u.init_vm_failure_puts_owner = r.boolean("init_vm_failure_puts_owner", true);
  if (!r.has("vm_types") || !r.raw()["vm_types"].is_object())
    r.fail("'vm_types' must be an object");
  for (const auto& [type, backends] : r.raw()["vm_types"].items()) {
    int number = vm_type(type);
    if (number < 0) r.fail_at("vm_types", "VM type '" + type + "' is not " + int_range(0, INT_MAX));
    if (!backends.is_array()) r.fail_at("vm_types", "backends must be a list of strings");
    auto& list = u.vm_types[number];
    for (const auto& b : backends) {
      if (!b.is_string()) r.fail_at("vm_types", "backends must be strings");
      list.push_back(b.get<std::string>());
    }
  }
  return u;
}

}  // namespace

// The whole file, at most kMaxSpecBytes; a file that cannot be read is an
// error without a line. Read in blocks: a buffer of kMaxSpecBytes zeroed for
// each spec was most of kvmlc's start-up.
std::string read_spec_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, std::string("cannot read: ") + std::strerror(errno));
  constexpr size_t kBlock = 64 << 10;
  std::string text;
  while (in && text.size() <= kMaxSpecBytes) {
    size_t at = text.size();
    text.resize(at + kBlock);
    in.read(text.data() + at, static_cast<std::streamsize>(kBlock));
    text.resize(at + static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) throw InputError(path, 0, "cannot read");
  if (text.size() > kMaxSpecBytes)
    throw InputError(path, 0, "larger than " + std::to_string(kMaxSpecBytes) + " bytes");
  return text;
}

namespace {

int line_of_offset(const std::string& text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Userspace opens the device node the spec names (misc_open).
void check_devnode(const Spec& s, const Reader& top) {
  const Resource* dev = s.resource(s.userspace.devnode);
  if (!dev || dev->kind != "devnode")
    top.fail_at("userspace", "userspace 'devnode' must name a resource of kind devnode, not '" +
                                 s.userspace.devnode + "'");
}

}  // namespace

const Resource* Spec::resource(const std::string& name) const {
  for (const auto& r : resources)
    if (r.name == name) return &r;
  return nullptr;
}

Spec read_spec(const std::string& path) { return parse_spec(read_spec_text(path), path); }

Spec parse_spec(const std::string& text, const std::string& path) {
  json j;
  try {
    j = parse_json(text);
  } catch (const JsonError& e) {
    throw InputError(path, line_of_offset(text, e.offset), e.what());
  }
  LineIndex lines(text);
  Reader top(path, lines, j, "",
             {"variant", "layout", "summary", "source", "kernels", "config", "constraint",
              "modules", "resources", "functions", "userspace", "properties"});
  Spec s;
  s.path = path;
  s.variant = top.str("variant", true);
  s.variant_line = top.line("variant");
  s.layout = top.str("layout", true);
  s.summary = top.str("summary", true);
  s.source = top.str("source", true);
  s.kernels = top.strings("kernels");
  s.constraint = top.cond("constraint", "true");
  for (const auto& c : top.list("config", {"name", "doc"}))
    s.config.push_back({c.str("name", true), c.str("doc")});
  for (const auto& m : top.list("modules", {"name", "aliases", "built_if", "depends", "init",
                                            "exit", "note"}))
    s.modules.push_back({m.str("name", true), m.strings("aliases"), m.strings("depends"),
                         m.cond("built_if", "true"), m.str("init", true), m.str("exit"),
                         m.line()});
  for (const auto& r : top.list("resources", {"name", "kind", "backend", "doc", "lives_in"})) {
    Resource res{r.str("name", true), r.str("kind", true), r.str("backend"), r.str("doc"),
                 r.str("lives_in"), r.line()};
    if (res.kind != "memory" && res.kind != "publication" && res.kind != "devnode" &&
        res.kind != "ops")
      r.fail_at("kind", "resource kind must be memory, publication, devnode or ops");
    if ((res.kind == "ops") != !res.backend.empty())
      r.fail("'backend' is required for ops resources and only for them");
    s.resources.push_back(res);
  }
  if (!j.contains("functions") || !j["functions"].is_object())
    top.fail("'functions' must be an object");
  for (const auto& [name, body] : j["functions"].items()) {
    (void)body;
    s.functions[name] = read_function(name, Reader(path, lines, j["functions"][name],
                                                   "/functions/" + name, {"file", "steps", "lock", "note"}));
  }
  s.userspace = read_userspace(top.object(
      "userspace", {"devnode", "arch_file", "vm_types", "vm_gets_ops_owner",
                    "init_vm_failure_puts_owner", "check_extension", "core_init_vm",
                    "vm_pin", "note"}));
  check_devnode(s, top);
  for (const auto& p : top.list("properties", {"id", "doc", "invariant", "note"})) {
    if (!p.has("invariant")) p.fail("a property needs an 'invariant' (a condition)");
    s.properties.push_back({p.str("id", true), p.str("doc"), p.cond("invariant", "true"), p.line()});
  }
  check_spec(s);
  return s;
}

}  // namespace kvmlc
