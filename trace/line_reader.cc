#include "trace/line_reader.h"

#include <cstring>

namespace kvmlc {

namespace {
constexpr size_t kBlock = 64 << 10;  // bytes a read asks for
}

LineReader::LineReader(std::istream& in, size_t max_line, size_t padding)
    : in_(in), max_line_(max_line), padding_(padding), size_(kBlock + max_line + 1 + padding),
      buf_(new char[size_]()) {}

// Moves the unread bytes to the front and reads up to the buffer's end
// (less the padding). The buffer holds a whole line and its '\n'.
bool LineReader::fill() {
  if (in_.eof()) return false;
  std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
  in_.read(buf_.get() + end_, static_cast<std::streamsize>(size_ - padding_ - end_));
  size_t got = static_cast<size_t>(in_.gcount());
  end_ += got;
  return got > 0;
}

LineReader::Status LineReader::next(std::string_view& line) {
  size_t scanned = 0;  // bytes after begin_ known to hold no '\n'
  for (;;) {
    const char* from = buf_.get() + begin_;
    const void* nl = std::memchr(from + scanned, '\n', end_ - begin_ - scanned);
    if (nl != nullptr) {
      size_t n = static_cast<const char*>(nl) - from;
      if (n > max_line_) return Status::TooLong;
      line = std::string_view(from, n);
      begin_ += n + 1;
      return Status::Line;
    }
    scanned = end_ - begin_;
    if (scanned > max_line_) return Status::TooLong;
    if (!fill()) break;
  }
  if (begin_ == end_) return Status::End;
  line = std::string_view(buf_.get() + begin_, end_ - begin_);
  begin_ = end_;
  unterminated_ = true;
  return Status::Line;
}

}  // namespace kvmlc
