// Lines of a stream, read in large blocks: the trace reader's input.
// Reading a character at a time through std::istream cost a third of a
// fully observed replay (docs/replay.md).
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <string_view>

namespace kvmlc {

class LineReader {
 public:
  // Lines of at most `max_line` bytes; each line handed out is followed by
  // at least `padding` readable bytes of the buffer (of any content), as a
  // SIMD parser reading past the end of its input needs.
  LineReader(std::istream& in, size_t max_line, size_t padding);

  enum class Status { Line, End, TooLong };
  // The next line, without its '\n'; valid until the next call. TooLong:
  // the line has more than max_line bytes (it is not read whole).
  Status next(std::string_view& line);
  // The last line ended at the end of the input, without a '\n'.
  bool unterminated() const { return unterminated_; }

 private:
  bool fill();  // reads more input after the unread bytes; false at the end

  std::istream& in_;
  size_t max_line_, padding_;
  size_t size_;  // of buf_: a block, a whole line and its '\n', the padding
  std::unique_ptr<char[]> buf_;
  size_t begin_ = 0, end_ = 0;  // unread bytes
  bool unterminated_ = false;
};

}  // namespace kvmlc
