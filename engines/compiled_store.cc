#include "engines/compiled_store.h"

#include <bit>
#include <cmath>
#include <stdexcept>

namespace kvmlc {

Packing::Packing(const System& sys, const std::vector<bool>& fixed, const State& base) : base_(base) {
  unsigned bits = 0;
  for (size_t v = 0; v < sys.vars.size(); ++v) {
    if (fixed[v]) continue;
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

std::uint8_t* Chunks::add() {
  if ((size_ >> kShift) >= chunks_.size()) {
    chunks_.push_back(std::make_unique<std::uint8_t[]>((kMask + 1) * record_));
    ++live_;
  }
  return at(size_++);
}

void Chunks::drop_before(std::uint64_t i) {
  for (std::uint64_t c = 0; c < (i >> kShift); ++c)
    if (chunks_[c]) chunks_[c].reset(), --live_;
}

size_t Chunks::bytes() const { return live_ * (kMask + 1) * record_ + chunks_.capacity() * sizeof(chunks_[0]); }

StateStore::StateStore(const Packing& packing, int bitstate_bits)
    : bytes_(packing.bytes()), keys_(packing.bytes()), parents_(4), vias_(2), bits_log2_(bitstate_bits) {
  if (bits_log2_ > 0) {
    if (bits_log2_ < 10 || bits_log2_ > 40) throw std::logic_error("bitstate: 2^10 to 2^40 bits");
    bits_.assign((std::uint64_t{1} << bits_log2_) / 64, 0);
  } else {
    table_.assign(1 << 16, 0);
    tags_.assign(table_.size(), 0);
    mask_ = table_.size() - 1;
  }
}

// FNV-1a over the key's bytes, then a 64-bit finaliser (splitmix64) so that
// both halves of the hash are usable as independent-looking bit positions.
std::uint64_t StateStore::hash(const std::uint8_t* key) const {
  std::uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < bytes_; ++i) h = (h ^ key[i]) * 1099511628211ull;
  h ^= h >> 30, h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27, h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

void StateStore::prefetch(std::uint64_t h) const {
  if (bitstate()) {
    __builtin_prefetch(&bits_[(h & ((std::uint64_t{1} << bits_log2_) - 1)) >> 6]);
  } else {
    __builtin_prefetch(&table_[h & mask_]);
    __builtin_prefetch(&tags_[h & mask_]);
  }
}

bool StateStore::add(const std::uint8_t* key, std::uint64_t h, std::uint32_t parent, std::uint16_t via) {
  if (keys_.size() >= UINT32_MAX - 1) throw std::length_error("explicit: more than 2^32 states");
  if (!(bitstate() ? insert_bits(h) : insert_exact(key, h))) return false;
  std::memcpy(keys_.add(), key, bytes_);
  std::memcpy(parents_.add(), &parent, 4);
  std::memcpy(vias_.add(), &via, 2);
  return true;
}

// Each slot keeps 8 bits of its state's hash beside the index, so that a
// probe reads the arena (a cache miss) only when they match.
bool StateStore::insert_exact(const std::uint8_t* key, std::uint64_t h) {
  if ((keys_.size() + 1) * 4 > table_.size() * 3) grow();
  std::uint8_t tag = static_cast<std::uint8_t>(h >> 56);
  for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
    if (table_[i] == 0) {
      table_[i] = static_cast<std::uint32_t>(keys_.size() + 1);
      tags_[i] = tag;
      return true;
    }
    if (tags_[i] == tag && std::memcmp(keys_.at(table_[i] - 1), key, bytes_) == 0) return false;
  }
}

void StateStore::grow() {
  std::vector<std::uint32_t> old;
  old.swap(table_);
  table_.assign(old.size() * 2, 0);
  tags_.assign(table_.size(), 0);
  mask_ = table_.size() - 1;
  for (std::uint32_t slot : old) {
    if (slot == 0) continue;
    std::uint64_t h = hash(keys_.at(slot - 1)), i = h & mask_;
    while (table_[i] != 0) i = (i + 1) & mask_;
    table_[i] = slot;
    tags_[i] = static_cast<std::uint8_t>(h >> 56);
  }
}

// Two bit positions from the two halves of the hash (SPIN's -k2).
bool StateStore::insert_bits(std::uint64_t h) {
  std::uint64_t mask = (std::uint64_t{1} << bits_log2_) - 1, fresh = 0;
  for (std::uint64_t b : {h & mask, (h >> 32 ^ h << 32) & mask}) {
    std::uint64_t& word = bits_[b >> 6];
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
  if (bitstate()) keys_.drop_before(i);
}

size_t StateStore::bytes() const {
  return keys_.bytes() + parents_.bytes() + vias_.bytes() + table_.capacity() * 5 + bits_.capacity() * 8;
}

}  // namespace kvmlc
