// Partial-order reduction for the explicit-state explorer.
//
// A transition is local when no other process reads or writes what it
// writes, it reads nothing another process writes, and no property reads
// what it writes. When every transition a process could take in a state is
// local, those commute with every other process's steps and change nothing a
// property sees, so exploring only them (an ample set) reaches a violation
// whenever the full graph does. Local steps must not form cycles on their
// own (checked), so every cycle of the reduced graph has a fully expanded
// state.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/system.h"

namespace kvmlc {

class Reduction {
 public:
  explicit Reduction(const System& sys);

  // Narrows `enabled` (the enabled transitions at s) to an ample set.
  void ample(const State& s, std::vector<int>& enabled);

  int local_count() const;

 private:
  struct Conj {
    int var, value;
  };
  bool all_local(int process, const State& s);
  void drop_local_cycles();
  static bool acyclic(const std::map<int, std::vector<int>>& edges);

  const System& sys_;
  std::vector<bool> local_;
  std::vector<std::vector<Conj>> private_;  // per transition: its control conjuncts
  std::vector<std::vector<int>> by_process_;
  std::vector<std::vector<int>> control_;   // per process: its control variables
  std::vector<std::map<std::string, bool>> cache_;
  std::string key_;
};

}  // namespace kvmlc
