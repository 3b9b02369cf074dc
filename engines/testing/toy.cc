#include "engines/testing/toy.h"

namespace kvmlc::testing {

System toy_system() {
  System sys;
  sys.variant = "toy";
  sys.vars = {
      {.name = "cfg.big", .lo = 0, .hi = 1, .config = true, .doc = "count to 8, not 4"},
      {.name = "cfg.fast", .lo = 0, .hi = 1, .config = true, .doc = "count in steps of 2"},
      {.name = "count", .lo = 0, .hi = 10, .init = 0, .doc = "the counter"},
  };
  ExprP big = var(0), fast = var(1), count = var(2);
  ExprP one = constant(1), limit = ite(big == one, constant(8), constant(4));
  sys.config_ok = !(big == one && fast == one);
  auto transition = [](const char* what, ExprP guard, std::vector<Assign> updates) {
    Transition t;
    t.actor = "toy";
    t.function = what;
    t.file = "engines/testing/toy.cc";
    t.what = what;
    t.guard = std::move(guard);
    t.updates = std::move(updates);
    return t;
  };
  sys.transitions = {
      transition("inc", count < limit && fast == constant(0), {{2, count + one}}),
      transition("inc2", count < limit && fast == one, {{2, count + constant(2)}}),
      transition("reset", count == limit, {{2, constant(0)}}),
  };
  ExprP odd = count == one || count == constant(3) || count == constant(5) ||
              count == constant(7) || count == constant(9);
  sys.properties = {
      {"bounded", "the counter never passes 8", constant(9) <= count},
      {"config-exclusive", "big and fast are never both set", big == one && fast == one},
      {"even-when-fast", "counting in twos stays even", fast == one && odd},
      {"reaches-six", "the counter reaches 6 (it does, with cfg.big)", count == constant(6)},
  };
  return sys;
}

}  // namespace kvmlc::testing
