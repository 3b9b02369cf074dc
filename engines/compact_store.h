// The explicit explorer's exact visited set in about 10 bytes a state
// (`kvmlc check --compact`), for runs of a billion states: linux-5.16 with 3
// actors. The default store (StateStore's KeyTable) spends the whole packed
// key, a 4-byte parent link and its table on each state: 32-40 bytes.
//
// - Tree compression (SPIN's and LTSmin's idea): a packed key is cut into
//   two halves, each interned in a KeyTable of its own, and a state is the
//   pair of their ids, 8 bytes. States share halves (one actor's variables,
//   the loader's), so the two tables hold far fewer keys than there are states.
// - The pairs themselves are the slots of one open-addressing table, probed
//   linearly from the state's hash: a probe compares 8 bytes in place and
//   reads nothing else. Its size is fixed (5/4 of --max-states, no growth:
//   growing holds two tables at once), so --max-states should be near the
//   expected count; the bound reached is "unknown", as with the default store.
// - Breadth-first order (the explorer's state numbers) is kept outside the
//   table: the slots of the states not yet expanded (the queue) in memory,
//   and each state's slot and parent number appended to an unlinked
//   temporary file ($TMPDIR or /tmp, 8 bytes a state), read back (pread)
//   only for the few states of a counterexample.
//
// Exact: a state is found again only if both halves and so the whole key
// are equal, so counts, verdicts and counterexamples are the default
// store's.
#pragma once

#include <cstdint>
#include <vector>

#include "engines/compiled_store.h"

namespace kvmlc {

class CompactStore {
 public:
  // Keys of `key_bytes` bytes (pack()'s form), up to `capacity` states
  // (and a little more: the explorer stops at its bound between expansions).
  CompactStore(size_t key_bytes, std::uint64_t capacity);
  ~CompactStore();
  CompactStore(const CompactStore&) = delete;
  CompactStore& operator=(const CompactStore&) = delete;

  void prefetch(std::uint64_t h) const { __builtin_prefetch(&table_[home(h)]); }
  // Adds state `key` (hash h of the whole key) as number size() with its
  // parent's number unless it was seen; whether it was added.
  bool add(const std::uint64_t* key, std::uint64_t h, std::uint32_t parent);
  std::uint64_t size() const { return size_; }
  // The key of state n, valid until the next call.
  const std::uint8_t* key(std::uint64_t n);
  std::uint32_t parent(std::uint64_t n) { return record(n).parent; }
  // The queue has reached state n: the slots before it are read from the file.
  void expanded(std::uint64_t n);
  size_t bytes() const;     // in memory: the table, the halves, the queue, the write buffer
  size_t halves() const { return low_.size() + high_.size(); }

 private:
  struct Record {
    std::uint32_t slot, parent;
  };
  std::uint64_t home(std::uint64_t h) const {
    __extension__ using u128 = unsigned __int128;  // the high word of h * slots_: h scaled to [0, slots_)
    return static_cast<std::uint64_t>((static_cast<u128>(h) * slots_) >> 64);
  }
  std::uint32_t intern(KeyTable& half, const std::uint64_t* key, size_t from, size_t bytes);
  Record record(std::uint64_t n);
  void flush();

  size_t bytes_, low_bytes_;  // of a key; of its first half
  KeyTable low_, high_;       // the halves
  std::uint64_t slots_;
  std::uint64_t* table_;  // slots_ pairs (low id + 1) | (high id + 1) << 32; 0: free
  std::uint64_t size_ = 0, expanded_ = 0;
  Chunks queue_;                // per state: its slot (dropped behind the queue)
  int fd_;                      // per state: its Record
  std::vector<Record> buffer_;  // records size() - buffer_.size() .. size() - 1, not yet written
  std::vector<std::uint64_t> half_, key_;  // scratch
};

}  // namespace kvmlc
