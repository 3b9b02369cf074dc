// kvmlc list: what can be checked.
#include <iostream>

#include "engines/engine.h"
#include "tools/kvmlc/cli.h"

namespace kvmlc {
namespace {

const char* kHelp = R"(usage: kvmlc list [variants|properties|engines] [OPTIONS]

  variants     (the default) every variant spec: its id, as --variant takes
               it, its layout and summary; then the spec file and the kernel
               builds it describes (traces naming one replay against it)
  properties   the properties every engine checks, each with what it means
  engines      the engines --engine takes (README.md, docs/benchmarks-z3.md)

  --variants-dir D   more variant specs, besides the built-in ones (repeatable)
)";

}  // namespace

int cmd_list(const std::vector<std::string>& args) {
  Options o(args, {"variants-dir"}, {"help"});
  std::string what = o.positional().empty() ? "variants" : o.positional()[0];
  if (o.has("help")) return std::cout << kHelp, kExitOk;
  if (o.positional().size() > 1) throw UsageError("unexpected argument '" + o.positional()[1] + "'");
  if (what == "variants") {
    for (const auto& [id, path] : variant_index(o).path) {
      Spec s = read_spec(path);
      std::cout << s.variant << "  [" << s.layout << "]  " << s.summary << "\n    " << s.path;
      for (const auto& k : s.kernels) std::cout << (&k == &s.kernels[0] ? "; kernels: " : ", ") << k;
      std::cout << "\n";
    }
  } else if (what == "properties") {
    Spec s = load_variant(o, variant_names(o).at(0));
    for (const auto& p : build_system(s, {}).properties) std::cout << p.id << "\n    " << p.doc << "\n";
  } else if (what == "engines") {
    for (const auto& e : engine_names()) std::cout << e << "\n";
  } else {
    throw UsageError("unknown list '" + what + "': variants, properties or engines");
  }
  return kExitOk;
}

}  // namespace kvmlc
