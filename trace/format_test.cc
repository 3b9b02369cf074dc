// The trace reader: its two event parsers (simdjson for plain lines, the
// nlohmann reference for the rest) read every line alike, down to the
// error message; the line reader across its block boundary and at the
// line-length limit.
#include "trace/format.h"

#include <random>
#include <sstream>
#include <tuple>

#include "base/input_error.h"
#include "catch2/catch.hpp"

namespace kvmlc {
namespace {

const std::string kHeader =
    R"({"kvmlc_trace":1,"kernel":"model","layout":"split","config":{},"producer":"format_test",)"
    R"("actors":2,"observes":["load","syscall","refcnt","ret:*","step"],"approximate":["refcnt"]})";

// What reading `events` after the header gives: every field of every event,
// or the error.
std::string read(const std::string& events, bool fast) {
  std::istringstream in(kHeader + "\n" + events);
  std::ostringstream out;
  try {
    TraceReader reader(in, "t.jsonl", fast);
    Event e;
    while (reader.next(e))
      out << reader.line() << ": " << e.actor << '|' << e.ev << '|' << e.module << '|' << e.fn << '|'
          << e.call << '|' << e.arg << '|' << e.ret << '|' << e.refcnt << '|' << e.refcnt_min << '|'
          << e.refcnt_max << '|' << e.what << '\n';
  } catch (const InputError& err) {
    out << err.what();
  }
  return out.str();
}

const std::vector<std::string> kLines = {
    R"({"seq":1,"actor":"loader","ev":"load","module":"kvm"})",
    R"({"seq":2,"actor":"loader","ev":"syscall","call":"finit_module","module":"kvm_hv","ret":-19})",
    R"({"seq":3,"actor":"user0","ev":"syscall","call":"create_vm","arg":1,"ret":0})",
    R"({"seq":4,"actor":"user1","ev":"get","module":"kvm","refcnt":2,"refcnt_min":1,"refcnt_max":3})",
    R"({"seq":5,"actor":"loader","ev":"ret","fn":"kvm_init","ret":-2147483648})",
    R"({"seq":6,"actor":"user0","ev":"step","fn":"misc_open","what":"user0: open returns"})",
    R"( { "seq" : 7 , "ev" : "put" , "actor" : "" , "module" : "kvm" , "refcnt" : 0 } )",
};

TEST_CASE("both parsers read the sample lines alike") {
  std::string all;
  for (const auto& l : kLines) all += l + "\n";
  std::string fast = read(all, true);
  CHECK(fast == read(all, false));
  CHECK(fast.find("error") == std::string::npos);
}

// Random edits of valid lines: bytes JSON gives a meaning to, escapes,
// non-ASCII and control bytes, repeated and unknown keys, numbers at and
// beyond the ranges. Whatever the line, both parsers give the same events
// or the same error.
TEST_CASE("both parsers agree on edited lines") {
  const std::vector<std::string> pieces = {
      "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\t", "\r", "0", "1", "-", ".", "e", "E", "+",
      "\"seq\":9", "\"ret\":2147483648", "\"ret\":-2147483649", "\"refcnt\":-1", "1.0", "1e2", "-0",
      "01", "true", "null", "\"x\":[1,{}]", "\\u0000", "\\\"", "\xc3\xa9", "\xff", std::string(1, '\0'),
      "\x01", "\"actor\":\"a\"", "\"ev\":\"going\"", "9223372036854775808", "1e400", "}{", "\"\"",
      "\"what\":\"w\"", "\"arg\":7"};
  std::mt19937 rng(13);
  int fast_differs = 0;
  for (int round = 0; round < 10000; ++round) {
    std::string line = kLines[rng() % kLines.size()];
    for (int edits = 1 + rng() % 3; edits > 0; --edits) {
      size_t at = rng() % (line.size() + 1);
      switch (rng() % 3) {
        case 0: line.insert(at, pieces[rng() % pieces.size()]); break;
        case 1: line.erase(at, 1 + rng() % 4); break;
        default: line.replace(at, 1, pieces[rng() % pieces.size()]); break;
      }
    }
    // Then a good line: the state after the edited one (seq) is the same too.
    std::string text = line + "\n" + R"({"seq":100,"actor":"a","ev":"free","module":"kvm"})" +
                       (rng() % 2 ? "\n" : "");
    std::string fast = read(text, true), reference = read(text, false);
    if (fast != reference) {
      ++fast_differs;
      UNSCOPED_INFO("line: " << line << "\nfast: " << fast << "\nreference: " << reference);
    }
  }
  CHECK(fast_differs == 0);
}

// The fast reader remembers lines by what follows their seq: a line read
// again with another seq (higher, equal, lower, with a sign or a leading
// zero) reads as both parsers read it the first time, errors included.
TEST_CASE("a line repeated with another seq") {
  const std::vector<std::string> seqs = {"2", "3", "1", "10", "0", "-3", "03", "1.5", " 4", "99999999999999999999"};
  std::mt19937 rng(10);
  int fast_differs = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string rest = kLines[rng() % (kLines.size() - 1)].substr(std::string(R"({"seq":1,)").size());
    if (rng() % 2) rest.insert(rng() % (rest.size() + 1), R"("arg":7,)");
    std::string text;
    for (int i = 0; i < 3; ++i) text += R"({"seq":)" + seqs[rng() % seqs.size()] + "," + rest + "\n";
    std::string fast = read(text, true), reference = read(text, false);
    if (fast != reference) {
      ++fast_differs;
      UNSCOPED_INFO("text: " << text << "\nfast: " << fast << "\nreference: " << reference);
    }
  }
  CHECK(fast_differs == 0);
}

TEST_CASE("the last line without a newline") {
  CHECK(read(kLines[0], true) == read(kLines[0] + "\n", true));
  CHECK(read(R"({"seq":1,"actor")", true) ==
        "t.jsonl:2: error: truncated or invalid JSON (last line)");
  CHECK(read(std::string(R"({"seq":1,"actor")") + "\n", true) == "t.jsonl:2: error: invalid JSON");
}

TEST_CASE("lines across the reader's blocks and at the length limit") {
  // About 3 MB of lines of every length from 50 to 250 bytes: they cross
  // the reader's 64 KiB reads at many offsets.
  std::string all, expected;
  for (int seq = 1; all.size() < (3 << 20); ++seq) {
    std::string what(seq % 200, 'w');
    all += R"({"seq":)" + std::to_string(seq) + R"(,"actor":"a","ev":"step","fn":"f","what":")" + what + "\"}\n";
    expected += std::to_string(seq + 1) + ": a|step||f||0|0|-1|-1|-1|" + what + "\n";
  }
  CHECK(read(all, true) == expected);

  // The limit counts the bytes before the '\n'.
  std::string prefix = R"({"seq":1,"actor":"a","ev":"step","fn":"f","what":")";
  std::string at_limit = prefix + std::string(kMaxTraceLine - prefix.size() - 2, 'w') + "\"}";
  REQUIRE(at_limit.size() == kMaxTraceLine);
  CHECK(read(at_limit + "\n", true).starts_with("2: a|step"));
  CHECK(read(at_limit + " \n", true) == "t.jsonl:2: error: line longer than 65536 bytes");
  CHECK(read(at_limit + " ", true) == "t.jsonl:2: error: line longer than 65536 bytes");
}

}  // namespace
}  // namespace kvmlc
