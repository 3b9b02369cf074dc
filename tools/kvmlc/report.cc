#include "tools/kvmlc/report.h"

#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>

#include <nlohmann/json.hpp>

#include "model/semantics.h"
#include "trace/format.h"

extern char** environ;  // posix_spawnp passes it on

namespace kvmlc {
namespace {

std::string cell_text(Verdict v, size_t steps) {
  switch (v) {
    case Verdict::Violated: return "VIOLATED (" + std::to_string(steps) + ")";
    case Verdict::Holds: return "holds";
    case Verdict::Unknown: return "unknown";
    case Verdict::Error: return "ERROR";
  }
  return "?";
}

std::string cell_text(const Result& r) { return cell_text(r.verdict, r.witness.steps.size()); }

// "-ENOMEM" for a negative errno, the number otherwise.
std::string return_value(int ret) { return ret < 0 ? "-" + errno_name(-ret) : std::to_string(ret); }

// What the step returns when its event's return value depends on the state
// ("kvm_init returns an error": which one).
std::string returned(const Transition& t, const State& pre) {
  std::optional<Event> e = t.event_at(pre);
  if (!t.event_value.get() || !e || (e->ev != "ret" && e->ev != "syscall")) return "";
  return ": " + return_value(e->ret);
}

// A text or Markdown table: `corner` and `columns` head it, each row is its
// name and one cell per column. Every column is as wide as its widest cell.
// A text table wider than kWidth is printed in blocks of columns, each
// repeating the row names (Markdown is left whole: its reader wraps it).
constexpr size_t kWidth = 100;

void print_grid(std::ostream& out, const std::string& corner, const std::vector<std::string>& columns,
                const std::vector<std::pair<std::string, std::vector<std::string>>>& rows, bool md) {
  size_t w0 = std::max<size_t>(10, corner.size());
  for (const auto& [name, _] : rows) w0 = std::max(w0, name.size());
  std::vector<size_t> w(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) {
    w[c] = columns[c].size();
    for (const auto& [_, cells] : rows) w[c] = std::max(w[c], cells[c].size());
  }
  auto print_block = [&](size_t from, size_t to) {
    auto row = [&](const std::string& first, auto cell) {
      out << (md ? "| " : "") << std::left << std::setw(static_cast<int>(w0)) << first;
      for (size_t c = from; c < to; ++c) {
        out << (md ? " | " : "  ");
        // The last cell of a text row is not padded: no trailing blanks.
        if (md || c + 1 < to) out << std::setw(static_cast<int>(w[c]));
        out << cell(c);
      }
      out << (md ? " |" : "") << "\n";
    };
    row(corner, [&](size_t c) { return columns[c]; });
    if (md) row(std::string(w0, '-'), [&](size_t c) { return std::string(w[c], '-'); });
    for (const auto& [name, cells] : rows) row(name, [&](size_t c) { return cells[c]; });
  };
  size_t from = 0;
  while (from < columns.size()) {
    size_t to = from + 1, width = w0 + 2 + w[from];
    while (!md && to < columns.size() && width + 2 + w[to] <= kWidth) width += 2 + w[to++];
    if (md) to = columns.size();
    if (from > 0) out << "\n";
    print_block(from, to);
    from = to;
  }
}

template <class T>
std::vector<std::string> ordered(const std::vector<Cell>& cells, T field) {
  std::vector<std::string> out;
  for (const auto& c : cells)
    if (std::find(out.begin(), out.end(), field(c)) == out.end()) out.push_back(field(c));
  return out;
}

nlohmann::json json_table(const std::vector<Cell>& cells) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& c : cells)
    j.push_back({{"variant", c.variant},
                 {"property", c.property},
                 {"verdict", to_string(c.result.verdict)},
                 {"engine", c.result.engine},
                 {"detail", c.result.detail},
                 {"states", c.result.states},
                 {"seconds", c.result.seconds},
                 {"steps", c.result.witness.steps.size()}});
  for (size_t i = 0; i < cells.size(); ++i) {
    const Result& r = cells[i].result;
    if (!r.certificate.empty()) j[i]["certificate"] = r.certificate;
    if (const auto& first = cells[i].first)  // prove: a fallback decided
      j[i]["fell_back_from"] = {{"engine", first->engine}, {"verdict", to_string(first->verdict)}, {"detail", first->detail}};
    if (r.engine == "counter" && r.verdict == Verdict::Holds) {  // prove --actors any: the invariant's lemmas
      j[i]["actors"] = "any";
      j[i]["lemmas"] = std::count(r.certificate.begin(), r.certificate.end(), '\n');
    }
  }
  return j;
}

void print_json(std::ostream& out, const std::vector<Cell>& cells) { out << json_table(cells).dump(2) << "\n"; }

}  // namespace

// "kvm init: kvmppc_book3s_init > kvm_init > misc_register fails: -ENOMEM
// (virt/kvm/kvm_main.c:5998; linux-6.1.json:69)": who (unless the actor
// column says it), the calls the step is nested in, what happens, and
// where: the kernel source line if the spec gives one, else the function
// and its file, and the spec's line.
std::string step_text(const System& sys, const Transition& t, const State& pre) {
  bool placed = !t.place.empty() && t.what.rfind(t.place + ": ", 0) == 0;
  std::string what = placed ? t.what.substr(t.place.size() + 2) : t.what;
  std::string text = placed && t.place != t.actor ? t.place + ": " : "";
  for (const auto& fn : t.stack) text += fn + " > ";
  text += what + returned(t, pre);
  std::vector<std::string> where;
  // The function, unless the text or the stack names it.
  if (what.find(t.function) == std::string::npos && (t.stack.empty() || t.stack.back() != t.function))
    where.push_back(t.function);
  if (!t.source.empty()) where = {t.source};
  else if (!t.file.empty()) where.push_back(t.file);
  std::string at;
  for (const auto& w : where) at += (at.empty() ? "" : ", ") + w;
  if (t.spec_line)
    at += (at.empty() ? "" : "; ") + std::filesystem::path(sys.spec_path).filename().string() + ":" +
          std::to_string(t.spec_line);
  return at.empty() ? text : text + "  (" + at + ")";
}

// What a free_module step leaves behind: the resources and references the
// module still held just before it ("" if none).
std::string left_behind(const Transition& t, const State& pre) {
  std::string out;
  for (const auto& l : t.left_behind)
    if (get(pre, l.var) == l.holder) out += (out.empty() ? "" : ", ") + l.what;
  return out.empty() ? out : t.place + " freed holding " + out;
}

// "hv_possible !pr_possible radix !nested"
std::string config_name(const System& sys, const State& s) {
  std::string out;
  for (size_t i = 0; i < sys.vars.size(); ++i)
    if (sys.vars[i].config)
      out += (out.empty() ? "" : " ") + std::string(get(s, static_cast<int>(i)) ? "" : "!") +
             sys.vars[i].name.substr(sys.vars[i].name.find('.') + 1);
  return out;
}

void print_table(std::ostream& out, const std::vector<Cell>& cells, const std::string& format) {
  print_table(out, cells, format, [](const Result& r) { return cell_text(r); });
}

void print_table(std::ostream& out, const std::vector<Cell>& cells, const std::string& format,
                 const std::function<std::string(const Result&)>& cell) {
  if (format == "json") return print_json(out, cells);
  auto variants = ordered(cells, [](const Cell& c) { return c.variant; });
  auto props = ordered(cells, [](const Cell& c) { return c.property; });
  std::map<std::pair<std::string, std::string>, std::string> text;
  for (const auto& c : cells) text[{c.property, c.variant}] = cell(c.result);
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  for (const auto& p : props) {
    rows.push_back({p, {}});
    for (const auto& v : variants) rows.back().second.push_back(text.count({p, v}) ? text[{p, v}] : "-");
  }
  print_grid(out, "property", variants, rows, format == "markdown");
}

void print_config_table(std::ostream& out, const System& sys, const std::vector<Cell>& cells,
                        const std::string& format) {
  if (format == "json") {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& c : cells)
      for (const auto& k : c.result.configs)
        j.push_back({{"variant", c.variant},
                     {"config", config_json(sys, k.config)},
                     {"property", c.property},
                     {"verdict", to_string(k.verdict)},
                     {"states", k.states},
                     {"steps", k.steps},
                     {"store_bytes", k.store_bytes}});
    out << j.dump(2) << "\n";
    return;
  }
  std::vector<std::string> props;
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  for (const auto& c : cells) {
    props.push_back(c.property);
    for (size_t i = 0; i < c.result.configs.size(); ++i) {
      const ConfigResult& k = c.result.configs[i];
      if (rows.size() <= i) rows.push_back({config_name(sys, k.config), {}});
      rows[i].second.push_back(cell_text(k.verdict, k.steps));
    }
  }
  print_grid(out, "configuration", props, rows, format == "markdown");
}

nlohmann::json config_json(const System& sys, const State& s) {
  nlohmann::json config = nlohmann::json::object();
  for (size_t v = 0; v < sys.vars.size(); ++v)
    if (sys.vars[v].config) config[sys.vars[v].name.substr(4)] = get(s, static_cast<int>(v));
  return config;
}

nlohmann::json counterexample_json(const System& sys, const Witness& w) {
  std::vector<State> states = run(sys, w);
  nlohmann::json cex = {{"config", config_json(sys, w.init)}, {"steps", nlohmann::json::array()},
                        {"left_behind", nlohmann::json::array()}};
  for (size_t s = 0; s < w.steps.size(); ++s) {
    const Transition& t = sys.transitions[w.steps[s]];
    cex["steps"].push_back({{"actor", t.actor}, {"step", step_text(sys, t, states[s])}});
    if (!t.spec_text.empty()) cex["steps"].back()["spec"] = t.spec_text;
    std::string left = left_behind(t, states[s]);
    if (!left.empty()) cex["left_behind"].push_back({{"step", s + 1}, {"what", left}});
  }
  cex["final_state"] = sys.describe(states.back());
  return cex;
}

void print_json_with_witnesses(std::ostream& out, const std::vector<Cell>& cells,
                               const std::function<const System&(const Cell&)>& system_of) {
  nlohmann::json j = json_table(cells);
  for (size_t i = 0; i < cells.size(); ++i)
    if (cells[i].result.verdict == Verdict::Violated)
      j[i]["counterexample"] = counterexample_json(system_of(cells[i]), cells[i].result.witness);
  out << j.dump(2) << "\n";
}

void print_witness(std::ostream& out, const System& sys, const Witness& w) {
  std::vector<State> states = run(sys, w);
  std::string config = sys.config_of(w.init);
  out << "  config: " << (config.empty() ? "(none)" : config) << "\n";
  for (size_t i = 0; i < w.steps.size(); ++i)
    out << "  " << std::right << std::setw(2) << i + 1 << ". " << std::left << std::setw(7)
        << sys.transitions[w.steps[i]].actor << " "
        << step_text(sys, sys.transitions[w.steps[i]], states[i]) << "\n";
  out << "  final state: " << sys.describe(states.back()) << "\n";
  for (size_t i = 0; i < w.steps.size(); ++i) {
    std::string left = left_behind(sys.transitions[w.steps[i]], states[i]);
    if (!left.empty()) out << "  left behind at step " << i + 1 << ": " << left << "\n";
  }
}

TraceHeader model_header(const System& sys, const State& init, const std::string& producer,
                         const std::string& scenario, const std::string& variant) {
  TraceHeader h;
  h.kernel = "model";
  h.layout = sys.layout;
  h.variant = variant.empty() ? sys.variant : variant;
  h.producer = producer;
  h.scenario = scenario;
  h.actors = sys.actors;
  h.observes = {"load", "going", "free", "refcnt", "syscall", "ret:*", "step"};
  for (size_t i = 0; i < sys.vars.size(); ++i)
    if (sys.vars[i].config) h.config[sys.vars[i].name.substr(4)] = get(init, static_cast<int>(i));
  return h;
}

void write_run(std::ostream& out, const System& sys, const Witness& w, const std::string& producer,
               const std::string& scenario, const std::string& variant) {
  TraceWriter writer(out, model_header(sys, w.init, producer, scenario, variant));
  std::vector<State> states = run(sys, w);
  for (size_t i = 0; i < w.steps.size(); ++i)
    writer.write(sys.transitions[w.steps[i]].model_event(states[i]));
}

void write_itf(std::ostream& out, const System& sys, const Witness& w, const std::string& description) {
  std::vector<State> states = run(sys, w);
  nlohmann::ordered_json itf;
  itf["#meta"] = {{"format", "ITF"},
                  {"format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html"},
                  {"source", sys.spec_path},
                  {"description", description}};
  itf["vars"] = sys.var_names();
  itf["states"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < states.size(); ++i) {
    nlohmann::ordered_json s;
    s["#meta"] = {{"index", i}};
    if (i > 0) {
      const Transition& t = sys.transitions[w.steps[i - 1]];
      s["#meta"]["actor"] = t.actor;
      s["#meta"]["step"] = step_text(sys, t, states[i - 1]);
    }
    // Small integers: plain JSON numbers (ITF needs #bigint only past 2^53).
    for (size_t v = 0; v < sys.vars.size(); ++v) s[sys.vars[v].name] = get(states[i], static_cast<int>(v));
    itf["states"].push_back(s);
  }
  out << itf.dump(1) << "\n";
}

namespace {

// Writes `path` through a temporary file: no half-written file is left.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& write) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    write(out);
    if (!out) throw std::runtime_error("cannot write " + tmp);
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace

void write_cex(const std::string& dir, const System& sys, const Cell& c, const std::string& producer,
               const std::string& variant) {
  std::filesystem::create_directories(dir);
  std::string base = dir + "/" + c.variant + "--" + c.property;
  write_file(base + ".jsonl", [&](std::ostream& out) {
    write_run(out, sys, c.result.witness, producer, "counterexample " + c.property, variant);
  });
  write_file(base + ".itf.json", [&](std::ostream& out) {
    write_itf(out, sys, c.result.witness, c.variant + " violates " + c.property + " (" + producer + ")");
  });
}

bool draw_svg(const std::string& dot_file) {
  std::string svg = std::filesystem::path(dot_file).replace_extension(".svg").string();
  std::string tmp = svg + ".tmp";
  std::vector<std::string> args = {"dot", "-Tsvg", "-o", tmp, dot_file};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  int status = 0;
  int err = posix_spawnp(&pid, "dot", nullptr, nullptr, argv.data(), environ);
  if (err == 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    std::filesystem::rename(tmp, svg);
    return true;
  }
  std::filesystem::remove(tmp);
  static bool said = false;  // once per run, not once per picture
  if (!said)
    std::fprintf(stderr, "kvmlc: %s: %s, so %s is not drawn (Graphviz; scripts/setup.sh installs it)\n",
                 dot_file.c_str(), err == ENOENT ? "no 'dot' on the PATH" : "'dot' failed", svg.c_str());
  said = true;
  return false;
}

}  // namespace kvmlc
