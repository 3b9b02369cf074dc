// The explicit explorer's visited states, packed.
//
// A State spends a byte on each variable; most need 1-3 bits, and the
// variables the explorer never stores (constants of a configuration, monitor
// flags and unread return values it erases) need none. Packing stores each
// state in a few bytes, once, in an arena; the visited set is a hash table of
// indices into it (open addressing, hashed in place), and the parent links
// are indices. Breadth-first order is arena order, so the arena is also the
// queue. The bitstate mode keeps a bit array instead of the table and frees
// the arena behind the queue: memory is the bit array plus 6 bytes a state,
// at the price of possibly missing states (reported, never "holds").
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "model/system.h"

namespace kvmlc {

// Variables packed to their bit widths. Those in `fixed` take no bits: they
// always have their value in `base`.
class Packing {
 public:
  Packing(const System& sys, const std::vector<bool>& fixed, const State& base);
  size_t bytes() const { return bytes_; }     // of a key
  size_t words() const { return (bytes_ + 7) / 8; }
  // The key of `s` in out[0 .. words()), its first bytes() bytes (on this
  // little-endian machine) the key, the rest zero.
  void pack(const char* s, std::uint64_t* out) const;
  void unpack(const std::uint8_t* key, char* s) const;  // s: a state of sys
  const State& base() const { return base_; }

 private:
  struct Field {
    int var, lo;
    unsigned shift, width;  // bits [shift, shift + width) of the packed key
  };
  std::vector<Field> fields_;
  State base_;
  size_t bytes_;
  mutable std::vector<std::uint64_t> scratch_;  // unpack's aligned copy (one explorer a Packing)
};

// Fixed-size records in chunks: growing never copies, and a chunk can be
// dropped once nothing reads it (the bitstate queue).
class Chunks {
 public:
  explicit Chunks(size_t record) : record_(record) {}
  std::uint8_t* add();
  std::uint8_t* at(std::uint64_t i) const { return chunks_[i >> kShift].get() + (i & kMask) * record_; }
  std::uint64_t size() const { return size_; }
  void drop_before(std::uint64_t i);  // frees the chunks wholly before record i
  size_t bytes() const;               // allocated now

 private:
  static constexpr unsigned kShift = 16;
  static constexpr std::uint64_t kMask = (1u << kShift) - 1;
  size_t record_;
  std::uint64_t size_ = 0;
  std::vector<std::unique_ptr<std::uint8_t[]>> chunks_;
  size_t live_ = 0;
};

// Every state stored so far, in breadth-first order, with the link to the
// state it was first reached from (its parent) and the transition taken.
class StateStore {
 public:
  // bitstate_bits: 0 for the exact set; else log2 of the bit array's size.
  StateStore(const Packing& packing, int bitstate_bits);
  std::uint64_t hash(const std::uint8_t* key) const;
  // Starts loading the slot of a key with hash h, so that adding a state's
  // successors one after another waits for memory once, not once each.
  void prefetch(std::uint64_t h) const;
  // Adds the packed state `key` (hash h) unless it was seen; whether it was added.
  bool add(const std::uint8_t* key, std::uint64_t h, std::uint32_t parent, std::uint16_t via);
  std::uint64_t size() const { return keys_.size(); }
  const std::uint8_t* key(std::uint64_t i) const { return keys_.at(i); }
  std::uint32_t parent(std::uint64_t i) const;
  std::uint16_t via(std::uint64_t i) const;
  // Bitstate: the queue has reached state i; the keys before it may go.
  void expanded(std::uint64_t i);
  size_t bytes() const;
  bool bitstate() const { return bits_log2_ > 0; }
  // Bitstate: the chance that a new state collided with the states before it
  // (all its bits already set), at the current fill, as a bound for each.
  double miss_probability() const;

 private:
  bool insert_exact(const std::uint8_t* key, std::uint64_t h);
  bool insert_bits(std::uint64_t h);
  void grow();

  size_t bytes_;
  Chunks keys_, parents_, vias_;
  std::vector<std::uint32_t> table_;  // exact: index + 1, 0 empty
  std::vector<std::uint8_t> tags_;    // exact: 8 bits of the hash of table_[i]'s state
  std::uint64_t mask_ = 0;
  int bits_log2_;
  std::vector<std::uint64_t> bits_;
  std::uint64_t set_bits_ = 0;
};

}  // namespace kvmlc
