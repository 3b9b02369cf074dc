// kvmlc: is this module init/exit ordering safe? Subcommands in the style
// of git: `kvmlc COMMAND [OPTIONS]`.
#include <iostream>

#include <z3.h>

#include "tools/kvmlc/cli.h"
#include "trace/event.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>&);
  const char* help;
};

const Command kCommands[] = {
    {"list", kvmlc::cmd_list, "list variants, properties or engines"},
    {"check", kvmlc::cmd_check, "explore every interleaving and print verdicts"},
    {"prove", kvmlc::cmd_prove, "prove properties with Z3 and print proofs and counterexamples"},
    {"simulate", kvmlc::cmd_simulate, "run the model randomly and write the run as a trace"},
    {"replay", kvmlc::cmd_replay, "check that a trace describes a run of a variant"},
    {"export", kvmlc::cmd_export, "write a variant's transition system for another checker (Promela)"},
};

// The version of kvmlc is the one its traces' producer fields carry
// ("kvmlc check 1"); the trace format and the solver are what a reader of
// its output also needs to know.
void version(std::ostream& out) {
  unsigned major, minor, build, revision;
  Z3_get_version(&major, &minor, &build, &revision);
  out << "kvmlc 1 (trace format " << kvmlc::kTraceVersion << ", Z3 " << major << "." << minor << "."
      << build << ")\n";
}

void usage(std::ostream& out) {
  out << "usage: kvmlc COMMAND [OPTIONS]\n       kvmlc --version\n\ncommands:\n";
  for (const auto& c : kCommands) out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.help << "\n";
  out << "\n'kvmlc COMMAND --help' describes a command. Exit codes: 0 holds/conforms, "
         "1 violated/diverges, 2 bad input or usage, 3 unknown.\n";
}

}  // namespace

int main(int argc, char** argv) {
  kvmlc::g_argv0 = argv[0];
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "help") {
    usage(args.empty() ? std::cerr : std::cout);
    return args.empty() ? kvmlc::kExitBadInput : kvmlc::kExitOk;
  }
  if (args[0] == "--version" || args[0] == "version") return version(std::cout), kvmlc::kExitOk;
  for (const auto& c : kCommands) {
    if (args[0] != c.name) continue;
    std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
      return c.run(rest);
    } catch (const kvmlc::UsageError& e) {
      std::cerr << "kvmlc " << c.name << ": " << e.what() << "\n";
    } catch (const kvmlc::InputError& e) {
      std::cerr << e.what() << "\n";
    }
    return kvmlc::kExitBadInput;
  }
  std::cerr << "kvmlc: unknown command '" << args[0] << "'\n";
  usage(std::cerr);
  return kvmlc::kExitBadInput;
}
