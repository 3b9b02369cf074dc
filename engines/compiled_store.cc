#include "engines/compiled_store.h"

#include "engines/compact_store.h"

#include <emmintrin.h>
#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <new>
#include <stdexcept>

namespace kvmlc {

Packing::Packing(const System& sys, const std::vector<bool>& fixed, const State& base)
    : field_of_(sys.vars.size(), -1), base_(base) {
  unsigned bits = 0;
  for (size_t v = 0; v < sys.vars.size(); ++v) {
    if (fixed[v]) continue;
    field_of_[v] = static_cast<int>(fields_.size());
    unsigned width = std::bit_width(static_cast<unsigned>(sys.vars[v].hi - sys.vars[v].lo));
    fields_.push_back({static_cast<int>(v), sys.vars[v].lo, bits, width});
    bits += width;
  }
  bytes_ = (bits + 7) / 8;
  scratch_.assign(words(), 0);
}

// Field f is bits [shift, shift + width) of the key read as one long
// little-endian number, so a field may straddle two words.
void Packing::pack(const char* s, std::uint64_t* out) const {
  std::memset(out, 0, words() * 8);
  for (const Field& f : fields_) {
    std::uint64_t value = static_cast<std::uint64_t>(static_cast<signed char>(s[f.var]) - f.lo);
    unsigned at = f.shift & 63;
    out[f.shift >> 6] |= value << at;
    if (at + f.width > 64) out[(f.shift >> 6) + 1] |= value >> (64 - at);
  }
}

void Packing::unpack(const std::uint8_t* in, char* s) const {
  std::memcpy(scratch_.data(), in, bytes_);
  std::memcpy(s, base_.data(), base_.size());
  for (const Field& f : fields_) {
    unsigned at = f.shift & 63;
    std::uint64_t w = scratch_[f.shift >> 6] >> at;
    if (at + f.width > 64) w |= scratch_[(f.shift >> 6) + 1] << (64 - at);
    s[f.var] = static_cast<char>(static_cast<int>(w & ((std::uint64_t{1} << f.width) - 1)) + f.lo);
  }
}

void Free::operator()(void* p) const {
  if (mapped > 0)
    munmap(p, mapped);
  else
    std::free(p);
}

Pages allocate_pages(size_t bytes) {
  constexpr size_t kHuge = size_t{1} << 21;
  if (bytes < kHuge) {  // no huge page (replay's first tables)
    void* p = std::aligned_alloc(64, std::max<size_t>((bytes + 63) & ~size_t{63}, 64));
    if (!p) throw std::bad_alloc();
    return Pages(static_cast<std::uint8_t*>(p));
  }
  bytes = (bytes + kHuge - 1) & ~(kHuge - 1);
  void* p = mmap(nullptr, bytes + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  auto* at = reinterpret_cast<std::uint8_t*>((reinterpret_cast<std::uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1));
  size_t head = static_cast<size_t>(at - static_cast<std::uint8_t*>(p));
  if (head > 0) munmap(p, head);  // the mapping is trimmed to the aligned part
  munmap(at + bytes, kHuge - head);
  madvise(at, bytes, MADV_HUGEPAGE);  // advice: without it, or refused, 4 KiB pages
  return Pages(at, Free{bytes});
}

// 2^shift_ records make a whole number of huge pages (2 MiB) when a record's
// size is even; an odd size takes 2^21 records.
Chunks::Chunks(size_t record) : record_(record) {
  shift_ = record == 0 ? 16 : 21 - std::min(5, std::countr_zero(record));
  mask_ = (std::uint64_t{1} << shift_) - 1;
}

std::uint8_t* Chunks::add() {
  if ((size_ >> shift_) >= chunks_.size()) chunks_.push_back(allocate_pages((mask_ + 1) * record_ + 8));
  return at(size_++);
}

void Chunks::drop_before(std::uint64_t i) {
  for (std::uint64_t c = dropped_; c < (i >> shift_); ++c) chunks_[c].reset();
  dropped_ = std::max(dropped_, i >> shift_);
}

size_t Chunks::bytes() const { return (size_ - std::min(size_, dropped_ << shift_)) * record_; }

KeyTable::KeyTable(size_t width)
    : bytes_(width), words_((width + 7) / 8),
      last_(width % 8 ? (std::uint64_t{1} << (width % 8 * 8)) - 1 : ~std::uint64_t{0}),
      keys_(width), table_(allocate_pages(64 * sizeof(Bucket))), bucket_mask_(63) {
  std::memset(table_.get(), 0, (bucket_mask_ + 1) * sizeof(Bucket));
}

// A multiply-xorshift round per word, then a 64-bit finaliser (splitmix64),
// so that both halves of the hash are usable as independent-looking bit
// positions.
std::uint64_t KeyTable::hash(const std::uint64_t* key) const {
  std::uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < words_; ++i) {
    h = (h ^ key[i]) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
  }
  h ^= h >> 30, h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27, h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

void KeyTable::prefetch_matches(std::uint64_t h) const {
  const Bucket& bucket = buckets()[h & bucket_mask_];
  for (unsigned m = matches(bucket, static_cast<std::uint8_t>(h >> 56)); m != 0; m &= m - 1)
    __builtin_prefetch(keys_.at(bucket.index[std::countr_zero(m)] - 1));
}

// Whether `key` (whole words) is the stored key `stored` (bytes_ bytes;
// the word read past its end belongs to the chunk's padding or the next key).
bool KeyTable::same(const std::uint64_t* key, const std::uint8_t* stored) const {
  for (size_t i = 0; i < words_; ++i) {
    std::uint64_t w;
    std::memcpy(&w, stored + 8 * i, 8);
    if (i + 1 == words_) w &= last_;
    if (w != key[i]) return false;
  }
  return true;
}

// The taken slots of `bucket` whose tag is `tag`, as bits; the tags are
// compared 16 bytes at once (the 12 tags and `used`, masked off).
unsigned KeyTable::matches(const Bucket& bucket, std::uint8_t tag) {
  __m128i tags = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bucket.tag));
  unsigned m = _mm_movemask_epi8(_mm_cmpeq_epi8(tags, _mm_set1_epi8(static_cast<char>(tag))));
  return m & ((1u << bucket.used) - 1);
}

std::uint32_t KeyTable::intern(const std::uint64_t* key, std::uint64_t h) {
  if (size() >= UINT32_MAX - 1) throw std::length_error("more than 2^32 - 2 keys");
  if ((size() + 1) * 4 > (bucket_mask_ + 1) * Bucket::kSlots * 3) grow();
  std::uint8_t tag = static_cast<std::uint8_t>(h >> 56);
  for (std::uint64_t b = h & bucket_mask_;; b = (b + 1) & bucket_mask_) {
    Bucket& bucket = buckets()[b];
    for (unsigned m = matches(bucket, tag); m != 0; m &= m - 1) {
      std::uint32_t id = bucket.index[std::countr_zero(m)] - 1;
      if (same(key, keys_.at(id))) return id;
    }
    if (bucket.used < Bucket::kSlots) {
      bucket.index[bucket.used] = static_cast<std::uint32_t>(size() + 1);
      bucket.tag[bucket.used++] = tag;
      std::memcpy(keys_.add(), key, bytes_);
      return static_cast<std::uint32_t>(size() - 1);
    }
  }
}

// Into the first bucket with a free slot from h's on.
void KeyTable::place(std::uint32_t slot, std::uint64_t h) {
  std::uint64_t b = h & bucket_mask_;
  while (buckets()[b].used == Bucket::kSlots) b = (b + 1) & bucket_mask_;
  Bucket& bucket = buckets()[b];
  bucket.index[bucket.used] = slot;
  bucket.tag[bucket.used++] = static_cast<std::uint8_t>(h >> 56);
}

// Twice the buckets. The old buckets are read in order, so the new ones
// are written nearly in order too (a key in old bucket b goes to b or b +
// the old count, or just after); the keys, read for each one's hash, are
// prefetched a few buckets ahead.
void KeyTable::grow() {
  size_t old_buckets = bucket_mask_ + 1, buckets = old_buckets * 2;
  Pages old = std::move(table_);
  const Bucket* from = reinterpret_cast<const Bucket*>(old.get());
  table_ = allocate_pages(buckets * sizeof(Bucket));
  std::memset(table_.get(), 0, buckets * sizeof(Bucket));
  bucket_mask_ = buckets - 1;
  constexpr size_t kAhead = 4;  // buckets
  std::vector<std::uint64_t> key(words_ + 1);
  for (size_t b = 0; b < old_buckets; ++b) {
    if (b + kAhead < old_buckets)
      for (unsigned j = 0; j < from[b + kAhead].used; ++j)
        __builtin_prefetch(keys_.at(from[b + kAhead].index[j] - 1));
    for (unsigned j = 0; j < from[b].used; ++j) {
      std::memcpy(key.data(), keys_.at(from[b].index[j] - 1), bytes_);
      place(from[b].index[j], hash(key.data()));
    }
  }
}

StateStore::StateStore(const Packing& packing, int bitstate_bits, std::uint64_t compact)
    : visited_(packing.bytes()), queue_(packing.bytes()), parents_(4), vias_(2), bits_log2_(bitstate_bits) {
  if (compact > 0) {
    if (bits_log2_ > 0) throw std::logic_error("bitstate or compact, not both");
    compact_ = std::make_unique<CompactStore>(packing.bytes(), compact);
  }
  if (bits_log2_ > 0) {
    if (bits_log2_ < 10 || bits_log2_ > 40) throw std::logic_error("bitstate: 2^10 to 2^40 bits");
    size_t bytes = (std::uint64_t{1} << bits_log2_) / 8;
    bits_ = allocate_pages(bytes);
    std::memset(bits_.get(), 0, bytes);
  }
}

StateStore::~StateStore() = default;

std::uint64_t StateStore::size() const { return compact_ ? compact_->size() : parents_.size(); }

const std::uint8_t* StateStore::key(std::uint64_t i) const {
  if (compact_) return compact_->key(i);
  return bitstate() ? queue_.at(i) : visited_.key(i);
}

void StateStore::prefetch(std::uint64_t h) const {
  if (compact_)
    compact_->prefetch(h);
  else if (bitstate())
    __builtin_prefetch(bits_.get() + ((h & ((std::uint64_t{1} << bits_log2_) - 1)) >> 3));
  else
    visited_.prefetch(h);
}

bool StateStore::add(const std::uint64_t* key, std::uint64_t h, std::uint32_t parent, std::uint16_t via) {
  if (size() >= UINT32_MAX - 1) throw std::length_error("explicit: more than 2^32 states");
  if (compact_) return compact_->add(key, h, parent);
  if (bitstate()) {
    if (!insert_bits(h)) return false;
    std::memcpy(queue_.add(), key, visited_.width());
    std::memcpy(vias_.add(), &via, 2);
  } else if (visited_.intern(key, h) < size()) {
    return false;  // seen: an id below the new one
  }
  std::memcpy(parents_.add(), &parent, 4);
  return true;
}

// Two bit positions from the two halves of the hash (SPIN's -k2).
bool StateStore::insert_bits(std::uint64_t h) {
  std::uint64_t mask = (std::uint64_t{1} << bits_log2_) - 1, fresh = 0;
  auto* bits = reinterpret_cast<std::uint64_t*>(bits_.get());
  for (std::uint64_t b : {h & mask, (h >> 32 ^ h << 32) & mask}) {
    std::uint64_t& word = bits[b >> 6];
    std::uint64_t bit = std::uint64_t{1} << (b & 63);
    if (!(word & bit)) word |= bit, ++set_bits_, ++fresh;
  }
  return fresh > 0;
}

double StateStore::miss_probability() const {
  double fill = static_cast<double>(set_bits_) / std::ldexp(1.0, bits_log2_);
  return fill * fill;
}

std::uint32_t StateStore::parent(std::uint64_t i) const {
  if (compact_) return compact_->parent(i);
  std::uint32_t p;
  std::memcpy(&p, parents_.at(i), 4);
  return p;
}

std::uint16_t StateStore::via(std::uint64_t i) const {
  std::uint16_t t;
  std::memcpy(&t, vias_.at(i), 2);
  return t;
}

void StateStore::expanded(std::uint64_t i) {
  if (compact_) compact_->expanded(i);
  if (bitstate()) queue_.drop_before(i);
}

size_t StateStore::bytes() const {
  if (compact_) return compact_->bytes();
  if (bitstate()) return (std::uint64_t{1} << bits_log2_) / 8 + queue_.bytes() + parents_.bytes() + vias_.bytes();
  return visited_.bytes() + parents_.bytes();
}

}  // namespace kvmlc
