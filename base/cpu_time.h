// Budgets in CPU time, so that a verdict does not depend on machine load:
// on a loaded machine a wall-clock limit cuts the work done by 5-10x.
#pragma once

#include <ctime>

namespace kvmlc {

// CPU seconds used by this process so far (all threads).
inline double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// A CPU-time budget started at construction; 0 seconds means no limit.
class CpuBudget {
 public:
  explicit CpuBudget(double seconds) : seconds_(seconds), start_(cpu_seconds()) {}
  double used() const { return cpu_seconds() - start_; }
  bool exceeded() const { return seconds_ > 0 && used() >= seconds_; }
  double seconds() const { return seconds_; }

 private:
  double seconds_;
  double start_;
};

}  // namespace kvmlc
