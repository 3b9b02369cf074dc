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

#include <cstdint>
#include <map>
#include <unordered_map>
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
  bool compute_all_local(int process, const State& s) const;
  void drop_local_cycles();
  static bool acyclic(const std::map<int, std::vector<int>>& edges);

  const System& sys_;
  std::vector<bool> local_;
  std::vector<std::vector<Conj>> private_;  // per transition: its control conjuncts
  std::vector<std::vector<int>> by_process_;
  std::vector<std::vector<int>> control_;   // per process: its control variables
  // all_local's answers per process, by the control variables' values read
  // as one number (mixed radix: stride_ per variable): in an array (-1: not
  // known yet) when there are at most kArray such numbers, else in a hash
  // map; computed each time in the (unseen) case of more than 2^64.
  static constexpr std::uint64_t kArray = std::uint64_t{1} << 20;
  std::vector<std::vector<std::uint64_t>> stride_;
  std::vector<std::uint64_t> values_;  // per process: how many numbers, 0 past 2^64
  std::vector<std::vector<signed char>> cache_;
  std::vector<std::unordered_map<std::uint64_t, bool>> map_;
};

}  // namespace kvmlc
