// kvmlc replay: does a trace (recorded, simulated or a counterexample)
// describe a run of a variant? docs/replay.md.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "tools/kvmlc/cli.h"
#include "trace/format.h"
#include "trace/replay.h"

namespace kvmlc {
namespace {

const char* kHelp = R"(usage: kvmlc replay TRACE [OPTIONS]

Replays TRACE ('-' for standard input) against a variant, tracking every
model state consistent with the events read so far; steps the trace's header
does not observe happen silently. Verdicts:

  conforms   some run of the model records exactly these events (exit 0)
  diverges   at the first event no model behaviour allows: its line, the
             events the model allowed instead and a consistent state (exit 1)
  violates   conforms, but after some event every consistent state violates
             a property (exit 1)
  unknown    more than --max-states consistent states (exit 3)

A malformed trace is reported as FILE:LINE: error: MESSAGE (exit 2).

  --variant V        variant name or spec path (default: the trace header's "variant")
  --format F         text (default) or json
  --property P       check only property P; repeat or comma-separate (default: all)
  --no-properties    check conformance only
  --strict           an event of a function the variant does not name is a
                     divergence (default: accepted, counted and shown as a note)
  --max-states N     give up above N consistent states (default 5000000)
  --cache-mb N       megabytes of remembered states, their edges and sets, a
                     memory cap (default 96; docs/replay.md)
  --variants-dir D   more variant specs, besides the built-in ones (repeatable)
  --quiet            no progress lines on stderr (default: states, rate, depth
                     and what is at work, at most every --progress-every seconds)
  --progress-every S seconds between progress lines (default 2)
)";

void print_text(std::ostream& out, const std::string& file, const System& sys,
                const std::vector<std::string>& notes, const ReplayResult& r) {
  using V = ReplayResult::Verdict;
  for (const auto& n : notes) out << file << ": note: " << n << "\n";
  if (r.verdict == V::Diverges) {
    out << file << ":" << r.line << ": diverges from " << sys.variant;
    if (r.event.ev.empty())
      out << " at the header: " << r.reason << "\n";
    else
      out << " at event '" << format_event(r.event) << "': " << r.reason << "\n";
    if (!r.state.empty())
      out << "  after " << r.events << " events, " << r.states_before
          << (r.states_before == 1 ? " model state is" : " model states are")
          << " consistent with the trace, e.g.: " << r.state << "\n";
    if (!r.allowed.empty()) {
      out << "  the model allowed instead:\n";
      for (const auto& e : r.allowed) out << "    " << format_event(e) << "\n";
      if (r.allowed_total > r.allowed.size())
        out << "    ... and " << r.allowed_total - r.allowed.size() << " more\n";
    } else if (!r.state.empty()) {
      out << "  the model allowed no observed event\n";
    }
  } else if (r.verdict == V::Unknown) {
    out << file << ":" << r.line << ": unknown: " << r.reason
        << (r.reason.find("model states") != std::string::npos ? " (see --max-states)" : "") << "\n";
  } else {
    out << file << ": conforms to " << sys.variant << " (" << r.events << " events, "
        << (r.outside ? std::to_string(r.outside) + " of them outside the model, " : "") << "at most "
        << r.max_states << (r.max_states == 1 ? " consistent model state" : " consistent model states")
        << ")\n";
  }
  for (const auto& v : r.violations) {
    if (v.line == 1)
      out << file << ":1: violates " << v.property << ": every model state the header allows violates it\n";
    else
      out << file << ":" << v.line << ": violates " << v.property
          << ": every model state consistent with the trace up to this event violates it\n";
  }
  for (const auto& [fn, o] : r.outside_fns)
    out << file << ":" << o.line << ": note: " << o.events << (o.events == 1 ? " return" : " returns")
        << " of " << fn << " outside the model (" << sys.variant << " does not name " << fn
        << "; --strict makes this a divergence)\n";
}

void print_json(std::ostream& out, const std::string& file, const System& sys,
                const std::vector<std::string>& notes, const ReplayResult& r) {
  nlohmann::ordered_json j = {{"trace", file},
                              {"variant", sys.variant},
                              {"verdict", to_string(r.verdict)},
                              {"events", r.events},
                              {"max_states", r.max_states}};
  j["violations"] = nlohmann::json::array();
  for (const auto& v : r.violations) j["violations"].push_back({{"property", v.property}, {"line", v.line}});
  if (r.verdict != ReplayResult::Verdict::Conforms) {
    j["line"] = r.line;
    j["reason"] = r.reason;
  }
  if (r.verdict == ReplayResult::Verdict::Diverges) {
    j["event"] = r.event.ev.empty() ? nlohmann::ordered_json() : event_json(r.event);
    j["allowed"] = nlohmann::json::array();
    for (const auto& e : r.allowed) j["allowed"].push_back(event_json(e));
    j["allowed_total"] = r.allowed_total;
    j["states_before"] = r.states_before;
    j["state"] = r.state;
  }
  j["outside"] = nlohmann::json::object();
  for (const auto& [fn, o] : r.outside_fns) j["outside"][fn] = {{"events", o.events}, {"line", o.line}};
  j["notes"] = notes;
  out << j.dump(2) << "\n";
}

}  // namespace

int cmd_replay(const std::vector<std::string>& args) {
  Options o(args, {"variant", "format", "property", "max-states", "cache-mb", "variants-dir", "progress-every"},
            {"no-properties", "strict", "quiet", "help"});
  if (o.has("help")) return std::cout << kHelp, kExitOk;
  if (o.positional().empty()) throw UsageError("no trace given (a file, or '-' for standard input)");
  if (o.positional().size() > 1) throw UsageError("unexpected argument '" + o.positional()[1] + "'");
  std::string format = o.get("format", "text");
  if (format != "text" && format != "json") throw UsageError("--format must be text or json");
  ReplayLimits limits;
  limits.max_states = static_cast<size_t>(o.number("max-states", 5'000'000, 1, 2'000'000'000));
  limits.cache_bytes = static_cast<size_t>(o.number("cache-mb", 96, 0, 1'000'000)) << 20;
  Progress progress = make_progress(o);
  limits.progress = &progress;
  limits.strict = o.has("strict");

  std::string path = o.positional()[0];
  std::string file = path == "-" ? "<stdin>" : path;
  std::unique_ptr<std::ifstream> owned;
  std::istream* in = &std::cin;
  if (path == "-") {
    std::ios::sync_with_stdio(false);  // character reads from std::cin, fast
  } else {
    owned = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*owned) throw UsageError("cannot open trace '" + path + "': " + std::strerror(errno));
    in = owned.get();
  }
  TraceReader reader(*in, file);
  const TraceHeader& h = reader.header();

  std::string variant = o.get("variant", h.variant);
  if (variant.empty()) throw UsageError("--variant is required: the trace header names no variant");
  Spec spec = load_variant(o, variant);
  // The faults the trace armed are part of the system it is replayed on.
  ModelOptions mo = options_for(h, file);
  System sys = build_system(spec, mo);
  std::vector<Property> keep;
  if (!o.has("no-properties"))
    for (const auto& id : selected_properties(o, sys)) keep.push_back(*sys.property(id));
  sys.properties = keep;
  std::vector<std::string> notes;
  for (const auto& fn : sys.faults_outside)
    notes.push_back("the fault injected into " + fn + " is outside the model (" + sys.variant +
                    " does not name " + fn + ")");
  if (!o.has("variant") && !is_spec_path(variant) && variant != sys.variant)
    notes.push_back("the trace names the kernel build '" + variant + "', which " + sys.variant +
                    " describes (its \"kernels\")");
  if (!h.incomplete.empty()) notes.push_back("the trace is incomplete: " + h.incomplete);
  if (h.layout != sys.layout)
    notes.push_back("the trace's layout is " + h.layout + ", " + sys.variant + "'s is " + sys.layout);

  ReplayResult r = replay(sys, reader, module_aliases(spec), limits);
  if (format == "json")
    print_json(std::cout, file, sys, notes, r);
  else
    print_text(std::cout, file, sys, notes, r);
  switch (r.verdict) {
    case ReplayResult::Verdict::Diverges: return kExitViolated;
    case ReplayResult::Verdict::Unknown: return kExitUnknown;
    case ReplayResult::Verdict::Conforms: return r.violates() ? kExitViolated : kExitOk;
  }
  return kExitUnknown;
}

}  // namespace kvmlc
