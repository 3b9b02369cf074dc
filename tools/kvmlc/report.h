// Rendering results for people and for other tools: verdict tables (text,
// JSON, Markdown), counterexamples as numbered steps, runs as traces.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engines/engine.h"
#include "trace/event.h"

namespace kvmlc {

struct Cell {
  std::string variant, property;
  Result result;
  // prove: the engine's own result when a fallback engine decided instead.
  std::optional<Result> first;
};

// Properties down, variants across.
void print_table(std::ostream& out, const std::vector<Cell>& cells, const std::string& format);
// The same with each cell's text chosen by the caller (text and markdown).
void print_table(std::ostream& out, const std::vector<Cell>& cells, const std::string& format,
                 const std::function<std::string(const Result&)>& text);

// Writes the cell's counterexample as DIR/VARIANT--PROPERTY.jsonl (a trace)
// and DIR/VARIANT--PROPERTY.itf.json (its states in Apalache's ITF), each
// written to a temporary file first so that no half-written file is left.
// `variant` is how the trace's header names the variant (default: its id;
// a spec path for a spec outside the variant directories).
void write_cex(const std::string& dir, const System& sys, const Cell& c, const std::string& producer,
               const std::string& variant = "");

// Draws DIR/NAME.dot as DIR/NAME.svg with Graphviz's `dot`. Without it (or
// if it fails) says so on stderr, once a run, and returns false: the .dot
// stays, to be drawn later.
bool draw_svg(const std::string& dot_file);

// One variant's verdicts per configuration: configurations down, each named
// by its config variables ("hv_possible !pr_possible radix !nested"),
// properties across. The cells' results must carry `configs` (engines that
// decide each configuration on its own: explicit).
void print_config_table(std::ostream& out, const System& sys, const std::vector<Cell>& cells,
                        const std::string& format);

// The JSON table with each violation's counterexample: its configuration
// by name, its steps (actor and the text print_witness shows) and what a
// freed module left behind. `system_of` gives the System of a cell.
void print_json_with_witnesses(std::ostream& out, const std::vector<Cell>& cells,
                               const std::function<const System&(const Cell&)>& system_of);

// The configuration of `s` for tools: {"hv_possible": 1, ...}.
nlohmann::json config_json(const System& sys, const State& s);
// A counterexample for tools: {config, steps: [{actor, step, spec}],
// final_state, left_behind: [{step, what}]}, each text as print_witness
// shows it; `spec` is the spec's step as written, when the step has one.
nlohmann::json counterexample_json(const System& sys, const Witness& w);

// "1. loader  kvm_init  virt/kvm/kvm_main.c  kvm init: misc_register" ...
void print_witness(std::ostream& out, const System& sys, const Witness& w);

// One step of a counterexample taken from `pre`: "kvm init: kvmppc_book3s_init
// > kvm_init > misc_register fails: -ENOMEM  (virt/kvm/kvm_main.c:5998;
// linux-6.1.json:69)".
std::string step_text(const System& sys, const Transition& t, const State& pre);
// What a free_module step taken from `pre` leaves behind: "kvm freed holding
// kvm_debugfs (publication) dangling" ("" if nothing, or not a free_module).
std::string left_behind(const Transition& t, const State& pre);
// The configuration of `s` in short: "hv_possible !pr_possible radix !nested".
std::string config_name(const System& sys, const State& s);

// The run as a trace in the project's format (every step, silent ones as
// "step" events), so that `kvmlc replay` reads it back.
TraceHeader model_header(const System& sys, const State& init, const std::string& producer,
                         const std::string& scenario, const std::string& variant = "");
// The run's states in the Informal Trace Format of Apalache (ADR-015):
// every variable of the System in each state, the step that led there in
// the state's #meta.
void write_itf(std::ostream& out, const System& sys, const Witness& w, const std::string& description);
void write_run(std::ostream& out, const System& sys, const Witness& w, const std::string& producer,
               const std::string& scenario, const std::string& variant = "");

}  // namespace kvmlc
