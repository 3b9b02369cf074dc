#include "engines/testing/variants.h"

#include <algorithm>
#include <filesystem>

namespace kvmlc::testing {

std::vector<std::string> variant_paths() {
  std::vector<std::string> out;
  for (const auto& f : std::filesystem::directory_iterator("model/variants"))
    if (f.path().extension() == ".json") out.push_back(f.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kvmlc::testing
