#include "engines/compact_store.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace kvmlc {
namespace {

constexpr size_t kBuffered = size_t{1} << 17;  // records written at once (1 MiB)

std::runtime_error file_error(const char* what) {
  return std::runtime_error(std::string("explicit --compact: ") + what + " the temporary file: " + std::strerror(errno));
}

// An unlinked file: nothing is left behind however the run ends.
int temporary_file() {
  const char* dir = std::getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  int fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw file_error((std::string("creating in ") + dir + ",").c_str());
  return fd;
}

}  // namespace

CompactStore::CompactStore(size_t key_bytes, std::uint64_t capacity)
    : bytes_(key_bytes), low_bytes_((key_bytes + 1) / 2), low_(low_bytes_), high_(key_bytes - low_bytes_),
      slots_(capacity + capacity / 4 + 64), queue_(4), fd_(temporary_file()),
      half_((key_bytes + 7) / 8 + 1), key_((key_bytes + 7) / 8 + 1) {
  // Anonymous memory is zero (every slot free) and is only backed where touched.
  void* p = mmap(nullptr, slots_ * 8, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    close(fd_);
    throw std::bad_alloc();
  }
  madvise(p, slots_ * 8, MADV_HUGEPAGE);  // advice, as allocate_pages()
  table_ = static_cast<std::uint64_t*>(p);
  buffer_.reserve(kBuffered);
}

CompactStore::~CompactStore() {
  munmap(table_, slots_ * 8);
  close(fd_);
}

// Bytes [from, from + bytes) of `key` as a key of their own (zero after), interned.
std::uint32_t CompactStore::intern(KeyTable& half, const std::uint64_t* key, size_t from, size_t bytes) {
  std::fill(half_.begin(), half_.end(), 0);
  std::memcpy(half_.data(), reinterpret_cast<const std::uint8_t*>(key) + from, bytes);
  return half.intern(half_.data());
}

bool CompactStore::add(const std::uint64_t* key, std::uint64_t h, std::uint32_t parent) {
  if (size_ + 1 >= slots_) throw std::length_error("explicit --compact: table full");
  std::uint64_t pair = (std::uint64_t{intern(low_, key, 0, low_bytes_)} + 1) |
                       (std::uint64_t{intern(high_, key, low_bytes_, bytes_ - low_bytes_)} + 1) << 32;
  std::uint64_t s = home(h);
  for (; table_[s] != 0; s = s + 1 == slots_ ? 0 : s + 1)
    if (table_[s] == pair) return false;
  table_[s] = pair;
  std::uint32_t slot = static_cast<std::uint32_t>(s);
  std::memcpy(queue_.add(), &slot, 4);
  buffer_.push_back({slot, parent});
  if (buffer_.size() == kBuffered) flush();
  ++size_;
  return true;
}

void CompactStore::flush() {
  const char* from = reinterpret_cast<const char*>(buffer_.data());
  for (size_t left = buffer_.size() * sizeof(Record); left > 0;) {
    ssize_t n = write(fd_, from, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw file_error("writing");
    from += n, left -= static_cast<size_t>(n);
  }
  buffer_.clear();
}

CompactStore::Record CompactStore::record(std::uint64_t n) {
  std::uint64_t written = size_ - buffer_.size();
  if (n >= written) return buffer_[n - written];
  Record r;
  if (pread(fd_, &r, sizeof r, static_cast<off_t>(n * sizeof r)) != sizeof r) throw file_error("reading");
  return r;
}

const std::uint8_t* CompactStore::key(std::uint64_t n) {
  std::uint32_t slot;
  if (n >= expanded_) std::memcpy(&slot, queue_.at(n), 4);
  else slot = record(n).slot;
  std::uint64_t pair = table_[slot];
  auto* out = reinterpret_cast<std::uint8_t*>(key_.data());
  std::memcpy(out, low_.key((pair & 0xffffffff) - 1), low_bytes_);
  std::memcpy(out + low_bytes_, high_.key((pair >> 32) - 1), bytes_ - low_bytes_);
  return out;
}

void CompactStore::expanded(std::uint64_t n) {
  expanded_ = std::max(expanded_, n);
  queue_.drop_before(expanded_);
}

size_t CompactStore::bytes() const {
  return slots_ * 8 + low_.bytes() + high_.bytes() + queue_.bytes() + buffer_.capacity() * sizeof(Record);
}

}  // namespace kvmlc
