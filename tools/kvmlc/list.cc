// kvmlc list: what can be checked.
#include <iostream>

#include "engines/engine.h"
#include "tools/kvmlc/cli.h"

namespace kvmlc {

int cmd_list(const std::vector<std::string>& args) {
  Options o(args, {"variants-dir"}, {"help"});
  std::string what = o.positional().empty() ? "variants" : o.positional()[0];
  if (o.has("help") || o.positional().size() > 1) {
    std::cout << "usage: kvmlc list [variants|properties|engines]\n";
    return o.has("help") ? kExitOk : kExitBadInput;
  }
  if (what == "variants") {
    for (const auto& name : variant_names(o)) {
      Spec s = load_variant(o, name);
      std::cout << s.variant << "  [" << s.layout << "]  " << s.summary << "\n";
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
