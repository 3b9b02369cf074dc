#include "tools/kvmlc/proof_report.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace kvmlc {
namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s)
    out += c == '\n' ? std::string("\\n")
           : c == '"' || c == '\\' ? std::string("\\") + c
                                    : std::string(1, c);
  return out + "\"";
}

// "kvm.state COMING→LIVE, res.kvm_dev 0→kvm": what the step changed, values
// by name; a module's pc is left out (the step's text says where it is).
std::string changes(const System& sys, const State& before, const State& after) {
  std::string out;
  for (size_t v = 0; v < sys.vars.size(); ++v) {
    int i = static_cast<int>(v);
    if (get(before, i) == get(after, i) || sys.vars[v].names_by >= 0) continue;
    out += (out.empty() ? "" : ", ") + sys.vars[v].name + " " + sys.value_name(before, i) + "→" +
           sys.value_name(after, i);
  }
  return out.empty() ? "nothing" : out;
}

std::string verdict_word(Verdict v) {
  return v == Verdict::Violated ? "**VIOLATED**" : v == Verdict::Holds ? "holds" : to_string(v);
}

std::string evidence(const Result& r) {
  switch (r.verdict) {
    case Verdict::Violated: return std::to_string(r.witness.steps.size()) + "-step counterexample";
    case Verdict::Holds:
      if (r.engine == "counter") return "inductive invariant, any number of actors";
      if (!r.certificate.empty()) return "inductive invariant per configuration";
      return r.detail;
    default: return r.detail;
  }
}

void write_file(const std::string& path, const std::string& text) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + tmp);
  }
  std::filesystem::rename(tmp, path);
}

// Each step as `kvmlc check` prints it (report.h step_text), what it
// changed, and what a freed module left behind.
void witness_steps(std::ostream& out, const System& sys, const Witness& w) {
  std::vector<State> states = run(sys, w);
  out << "Configuration: `" << sys.config_of(w.init) << "`.\n\n";
  std::string left;
  for (size_t i = 0; i < w.steps.size(); ++i) {
    const Transition& t = sys.transitions[w.steps[i]];
    out << i + 1 << ". **" << t.actor << "** `" << step_text(sys, t, states[i])
        << "`. Changes: " << changes(sys, states[i], states[i + 1]) << ".\n";
    if (std::string l = left_behind(t, states[i]); !l.empty())
      left += "\nLeft behind at step " + std::to_string(i + 1) + ": " + l + ".\n";
  }
  out << left;
}

// The configurations each engine decided, side by side.
void config_table(std::ostream& out, const System& sys, const Proof& p) {
  std::map<std::string, std::pair<std::string, std::string>> rows;
  std::vector<std::string> order;
  auto add = [&](const Result& r, bool second) {
    for (const auto& k : r.configs) {
      std::string cfg = sys.config_of(k.config);
      if (!rows.count(cfg)) order.push_back(cfg);
      (second ? rows[cfg].second : rows[cfg].first) = to_string(k.verdict);
    }
  };
  add(p.primary, false);
  if (p.fell_back) add(p.cell.result, true);
  if (order.empty()) return;
  out << "| configuration | " << p.primary.engine << " |"
      << (p.fell_back ? " " + p.cell.result.engine + " |" : "") << "\n|---|---|"
      << (p.fell_back ? "---|" : "") << "\n";
  for (const auto& cfg : order)
    out << "| `" << cfg << "` | " << (rows[cfg].first.empty() ? "-" : rows[cfg].first) << " |"
        << (p.fell_back ? " " + rows[cfg].second + " |" : "") << "\n";
  out << "\n";
}

}  // namespace

std::string witness_dot(const System& sys, const Witness& w, const std::string& property) {
  std::vector<State> states = run(sys, w);
  std::ostringstream out;
  out << "digraph " << quoted(sys.variant + "--" + property) << " {\n"
      << "  label=" << quoted(sys.variant + ": " + property + " violated (" + sys.config_of(w.init) + ")")
      << ";\n  labelloc=t; rankdir=TB; newrank=true;\n"
      << "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n";
  std::vector<std::string> actors;
  for (int t : w.steps)
    if (std::find(actors.begin(), actors.end(), sys.transitions[t].actor) == actors.end())
      actors.push_back(sys.transitions[t].actor);
  bool fails = false, publishes = false;
  std::string left;
  for (size_t a = 0; a < actors.size(); ++a) {
    out << "  subgraph cluster_" << a << " {\n    label=" << quoted(actors[a]) << ";\n";
    for (size_t i = 0; i < w.steps.size(); ++i) {
      const Transition& t = sys.transitions[w.steps[i]];
      if (t.actor != actors[a]) continue;
      // "what it does  (where)" on two lines.
      std::string text = step_text(sys, t, states[i]);
      if (size_t at = text.find("  ("); at != std::string::npos) text.replace(at, 2, "\n");
      out << "    s" << i + 1 << " [label=" << quoted(std::to_string(i + 1) + ". " + text)
          << (t.failure ? ", color=red, fontcolor=red, penwidth=2"
              : t.publishes ? ", color=blue, fontcolor=blue, penwidth=2"
                            : "")
          << "];\n";
      fails |= t.failure;
      publishes |= t.publishes && !t.failure;
      // One resource a line: "kvm freed holding\nkvm_debugfs (publication) dangling".
      if (std::string l = left_behind(t, states[i]); !l.empty()) {
        if (size_t at = l.find(" holding "); at != std::string::npos) l.replace(at, 9, " holding\n");
        for (size_t at; (at = l.find(", ")) != std::string::npos;) l.replace(at, 2, "\n");
        left += "\n" + l;
      }
    }
    out << "  }\n";
  }
  for (size_t i = 1; i < w.steps.size(); ++i) out << "  s" << i << " -> s" << i + 1 << ";\n";
  out << "  bad [shape=octagon, color=red, label=" << quoted(property + " violated" + left) << "];\n";
  if (!w.steps.empty()) out << "  s" << w.steps.size() << " -> bad;\n";
  if (fails || publishes)
    out << "  legend [shape=plaintext, label="
        << quoted(std::string(fails ? "red: a call fails" : "") + (fails && publishes ? "; " : "") +
                  (publishes ? "blue: publishes an ops pointer, device node or publication" : ""))
        << "];\n  bad -> legend [style=invis];\n";
  out << "}\n";
  return out.str();
}

void write_proof_report(const std::string& dir, const System& sys, const std::vector<Proof>& proofs,
                        const std::string& command) {
  std::filesystem::create_directories(dir);
  std::ostringstream md;
  bool any = std::all_of(proofs.begin(), proofs.end(), [](const Proof& p) { return p.primary.engine == "counter"; });
  std::string actors = any ? "Any number of userspace actors (the counter system, docs/proofs/README.md)"
                           : std::to_string(sys.actors) + " userspace actor" + (sys.actors == 1 ? "" : "s");
  md << "# Proofs: " << sys.variant << "\n\n"
     << "Generated by `" << command << "`; do not edit. " << actors << ", every configuration the spec allows "
     << "(docs/model.md). Each verdict names the engine that gave it: "
     << (any ? "`counter` is the counter system (docs/counter-system.md): a violation with the fewest "
               "actors from its exploration with 0-3 actors, a proof from Z3 for any number.\n\n"
             : "`cti` and `bmc` are Z3 (docs/proofs/README.md), `explicit` is the explicit-state "
               "explorer, which decides where Z3 did not.\n\n")
     << "| property | verdict | engine | evidence |\n|---|---|---|---|\n";
  std::vector<const Proof*> mine;
  for (const auto& p : proofs)
    if (p.cell.variant == sys.variant) mine.push_back(&p);
  for (const Proof* p : mine)
    md << "| [" << p->cell.property << "](#" << p->cell.property << ") | "
       << verdict_word(p->cell.result.verdict) << " | " << p->cell.result.engine << " | "
       << evidence(p->cell.result) << " |\n";
  std::map<std::string, std::string> shown;  // invariant -> the property it is printed under
  for (const Proof* p : mine) {
    const Result& r = p->cell.result;
    const Property& prop = *sys.property(p->cell.property);
    md << "\n## " << prop.id << "\n\n" << prop.doc << "\n\n"
       << verdict_word(r.verdict) << " (" << r.engine << ": " << r.detail << ").";
    if (p->fell_back)
      md << " " << p->primary.engine << " alone: " << to_string(p->primary.verdict) << " ("
         << p->primary.detail << ").";
    md << "\n\n";
    config_table(md, sys, *p);
    if (r.verdict == Verdict::Violated) {
      const System& ws = p->witness_system ? *p->witness_system : sys;
      witness_steps(md, ws, r.witness);
      std::string name = sys.variant + "--" + prop.id;
      write_file(dir + "/" + name + ".dot", witness_dot(ws, r.witness, prop.id));
      draw_svg(dir + "/" + name + ".dot");
      md << "\n![" << name << "](" << name << ".svg)\n";
    }
    const std::string& cert =
        !r.certificate.empty() ? r.certificate : p->primary.certificate;
    if (cert.empty()) continue;
    if (auto first = shown.find(cert); first != shown.end()) {
      md << "Its invariant is the one under [" << first->second << "](#" << first->second << ").\n";
      continue;
    }
    shown[cert] = prop.id;
    md << (r.engine == "counter"
               ? "<details><summary>Inductive invariant for any number of actors and every configuration, one "
                 "lemma a line (docs/counter-system.md; checked by Z3: it holds initially, every step "
                 "preserves it, and it excludes the violation)"
               : "<details><summary>Inductive invariant per configuration (each checked by Z3: it "
                 "holds initially, every step preserves it, and it excludes the violation)")
       << "</summary>\n\n```text\n" << cert << "```\n\n</details>\n";
  }
  write_file(dir + "/" + sys.variant + ".md", md.str());
}

}  // namespace kvmlc
