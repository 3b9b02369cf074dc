// The explicit explorer's visited states, packed.
//
// A State spends a byte on each variable; most need 1-3 bits, and the
// variables the explorer never stores (constants of a configuration, monitor
// flags and unread return values it erases) need none. Packing stores each
// state in a few bytes, once, in an arena; the visited set is a hash table
// of indices into it (KeyTable: open addressing, hashed in place), and the
// parent links are indices. Breadth-first order is arena order, so the
// arena is also the queue. The transition a state was reached by is not
// stored: a counterexample's few steps are found again from the stored
// keys (Explorer::path). The bitstate mode keeps a bit array instead of the
// table and frees the arena behind the queue, so it keeps each state's
// transition: memory is the bit array plus 6 bytes a state, at the price of
// possibly missing states (reported, never "holds").
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
  // Gives variable `var` the value `value` in a key of pack()'s form, as if
  // the state were packed again with it (nothing when `var` is fixed): a
  // successor's key is its parent's with the updated variables patched.
  void set(std::uint64_t* key, int var, int value) const {
    int f = field_of_[var];
    if (f < 0) return;
    const Field& field = fields_[f];
    std::uint64_t v = static_cast<std::uint64_t>(value - field.lo), mask = (std::uint64_t{1} << field.width) - 1;
    unsigned at = field.shift & 63;
    std::uint64_t* w = key + (field.shift >> 6);
    w[0] = (w[0] & ~(mask << at)) | v << at;
    if (at + field.width > 64) w[1] = (w[1] & ~(mask >> (64 - at))) | v >> (64 - at);
  }
  // set() for each of `vars` with its value in `s`: the key of a successor
  // `s` from its parent's key, when `vars` are all its step wrote.
  void patch(std::uint64_t* key, const std::vector<int>& vars, const char* s) const {
    for (int v : vars) set(key, v, static_cast<signed char>(s[v]));
  }
  const State& base() const { return base_; }

 private:
  struct Field {
    int var, lo;
    unsigned shift, width;  // bits [shift, shift + width) of the packed key
  };
  std::vector<Field> fields_;
  std::vector<int> field_of_;  // var -> its index in fields_, -1 when fixed
  State base_;
  size_t bytes_;
  mutable std::vector<std::uint64_t> scratch_;  // unpack's aligned copy (one explorer a Packing)
};

// Memory for the large arrays (the visited set, the arena's chunks, the
// bit array), aligned to 2 MiB and advised for transparent huge pages: a
// lookup in a table of hundreds of MB is a cache miss, and with 4 KiB pages
// also a TLB miss; with 2 MiB pages the TLB covers gigabytes. Less than
// 2 MiB is only aligned to a cache line. Uninitialised; freed with the owner.
// From 2 MiB they are mapped, not taken from malloc, so that freeing one
// gives it back to the kernel: glibc's heap kept the freed tables of
// replay's compactions (`--cache-mb 8` peaked at 266 MB, now 50 MB).
struct Free {
  size_t mapped = 0;  // bytes mapped at the pointer; 0: from aligned_alloc
  void operator()(void* p) const;
};
using Pages = std::unique_ptr<std::uint8_t[], Free>;
Pages allocate_pages(size_t bytes);

// Fixed-size records in chunks: growing never copies, and a chunk can be
// dropped once nothing reads it (the bitstate queue). A chunk is a whole
// number of huge pages, and may be read a word past its last record.
class Chunks {
 public:
  explicit Chunks(size_t record);
  std::uint8_t* add();
  std::uint8_t* at(std::uint64_t i) const { return chunks_[i >> shift_].get() + (i & mask_) * record_; }
  std::uint64_t size() const { return size_; }
  void drop_before(std::uint64_t i);  // frees the chunks wholly before record i
  size_t bytes() const;               // of the records held now

 private:
  size_t record_;
  unsigned shift_;  // 2^shift_ records a chunk
  std::uint64_t mask_;
  std::uint64_t size_ = 0, dropped_ = 0;
  std::vector<Pages> chunks_;
};

// Packed keys of one width, each stored once, back to back in chunks; a
// key's id is its place in the order added (0, 1, ...). The table of ids
// is open addressing over buckets of one cache line: twelve slots, each an
// id + 1 and 8 bits of the key's hash, so that a probe reads a stored key
// (a cache miss) only when the bits match. Slots fill in order (keys are
// never removed). The explorer's visited set (StateStore) and replay's
// states (trace/replay.h) are one.
class KeyTable {
 public:
  explicit KeyTable(size_t width);  // keys of `width` bytes
  size_t width() const { return bytes_; }
  // The hash of a key of pack()'s form: width() bytes in whole words, zero after.
  std::uint64_t hash(const std::uint64_t* key) const;
  // Starts loading the bucket of a key with hash h, so that looking up a
  // state's successors one after another waits for memory once, not once each.
  void prefetch(std::uint64_t h) const { __builtin_prefetch(&buckets()[h & bucket_mask_]); }
  // Then, once that bucket has loaded, starts loading the stored keys its
  // tags say may equal this one (a successor already seen is most often
  // there), so that intern() compares them without waiting either.
  void prefetch_matches(std::uint64_t h) const;
  // The id of `key` (pack()'s form, hash h), added as id size() unless present.
  std::uint32_t intern(const std::uint64_t* key, std::uint64_t h);
  std::uint32_t intern(const std::uint64_t* key) { return intern(key, hash(key)); }
  std::uint64_t size() const { return keys_.size(); }
  const std::uint8_t* key(std::uint64_t id) const { return keys_.at(id); }
  size_t bytes() const { return keys_.bytes() + (bucket_mask_ + 1) * sizeof(Bucket); }  // keys and table

 private:
  struct alignas(64) Bucket {
    static constexpr unsigned kSlots = 12;
    std::uint32_t index[kSlots];  // id + 1
    std::uint8_t tag[kSlots];
    std::uint32_t used;  // slots 0 .. used - 1 are taken
  };
  static unsigned matches(const Bucket& bucket, std::uint8_t tag);
  bool same(const std::uint64_t* key, const std::uint8_t* stored) const;
  void place(std::uint32_t slot, std::uint64_t h);
  void grow();
  Bucket* buckets() const { return reinterpret_cast<Bucket*>(table_.get()); }

  size_t bytes_, words_;
  std::uint64_t last_;  // the bits of a key's last word that belong to it
  Chunks keys_;
  Pages table_;
  std::uint64_t bucket_mask_;
};

// Every state stored so far, in breadth-first order, with the link to the
// state it was first reached from (its parent); in bitstate mode also the
// transition taken (`via`), since the keys it would be found from are freed.
class CompactStore;

class StateStore {
 public:
  // bitstate_bits: 0 for the exact set; else log2 of the bit array's size.
  // compact: 0, or the exact set in about 10 bytes a state for up to this
  // many states (compact_store.h; not with bitstate).
  StateStore(const Packing& packing, int bitstate_bits, std::uint64_t compact = 0);
  ~StateStore();
  std::uint64_t hash(const std::uint64_t* key) const { return visited_.hash(key); }
  void prefetch(std::uint64_t h) const;
  void prefetch_matches(std::uint64_t h) const {
    if (!bitstate() && !compact_) visited_.prefetch_matches(h);
  }
  // Adds the state `key` (pack()'s form, hash h) unless it was seen; whether it was added.
  bool add(const std::uint64_t* key, std::uint64_t h, std::uint32_t parent, std::uint16_t via);
  std::uint64_t size() const;
  // Compact: valid until the next call.
  const std::uint8_t* key(std::uint64_t i) const;
  std::uint32_t parent(std::uint64_t i) const;
  std::uint16_t via(std::uint64_t i) const;  // bitstate only
  // Bitstate: the queue has reached state i; the keys before it may go.
  void expanded(std::uint64_t i);
  // What the stored states take now: keys, links and the visited set (or bit array).
  size_t bytes() const;
  bool bitstate() const { return bits_log2_ > 0; }
  // Bitstate: the chance that a new state collided with the states before it
  // (all its bits already set), at the current fill, as a bound for each.
  double miss_probability() const;

 private:
  bool insert_bits(std::uint64_t h);

  KeyTable visited_;              // exact: the keys and their table (compact: only its hash)
  std::unique_ptr<CompactStore> compact_;
  Chunks queue_, parents_, vias_;  // queue_, vias_: bitstate only
  int bits_log2_;
  Pages bits_;  // bitstate: 2^bits_log2_ bits
  std::uint64_t set_bits_ = 0;
};

}  // namespace kvmlc
