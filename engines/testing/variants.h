// The variant specs of model/variants (a test's data), in name order.
#pragma once

#include <string>
#include <vector>

namespace kvmlc::testing {

std::vector<std::string> variant_paths();

}  // namespace kvmlc::testing
