#include "tools/kvmlc/cli.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>

#include "base/json_input.h"

namespace kvmlc {

namespace fs = std::filesystem;

std::string g_argv0;

Options::Options(const std::vector<std::string>& args, const std::vector<std::string>& valued,
                 const std::vector<std::string>& flags) {
  auto is = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) != 0 || a == "--") {
      positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    size_t eq = name.find('=');
    bool inline_value = eq != std::string::npos;
    if (inline_value) value = name.substr(eq + 1), name = name.substr(0, eq);
    if (is(flags, name) && !inline_value) {
      values_[name].push_back("1");
    } else if (is(valued, name)) {
      if (!inline_value) {
        if (i + 1 >= args.size()) throw UsageError("option '--" + name + "' needs a value");
        value = args[++i];
      }
      values_[name].push_back(value);
    } else {
      throw UsageError("unknown option '--" + name + "'");
    }
  }
}

std::string Options::get(const std::string& name, const std::string& dflt) const {
  auto it = values_.find(name);
  return it == values_.end() ? dflt : it->second.back();
}

std::vector<std::string> Options::all(const std::string& name) const {
  std::vector<std::string> out;
  auto it = values_.find(name);
  if (it == values_.end()) return out;
  for (const auto& v : it->second) {
    std::stringstream ss(v);
    for (std::string part; std::getline(ss, part, ',');)
      if (!part.empty()) out.push_back(part);
  }
  return out;
}

std::vector<std::string> Options::each(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

int Options::number(const std::string& name, int dflt, int lo, int hi) const {
  if (!has(name)) return dflt;
  std::string v = get(name);
  char* end = nullptr;
  long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end || n < lo || n > hi)
    throw UsageError("--" + name + " takes a whole number from " + std::to_string(lo) + " to " +
                     std::to_string(hi) + ", not '" + v + "'");
  return static_cast<int>(n);
}

double Options::real(const std::string& name, double dflt, double lo, double hi) const {
  if (!has(name)) return dflt;
  std::string v = get(name);
  char* end = nullptr;
  double x = std::strtod(v.c_str(), &end);
  if (v.empty() || *end || !(x >= lo && x <= hi)) {
    char range[64];
    std::snprintf(range, sizeof range, "%g to %g", lo, hi);
    throw UsageError("--" + name + " takes a number from " + range + ", not '" + v + "'");
  }
  return x;
}

void read_z3_budget(const Options& o, Limits& limits) {
  limits.rlimit = o.real("rlimit", 0, 0, 1e15);
  limits.cpu_seconds = o.real("cpu-seconds", 60, 0, 1e6);
}

Progress make_progress(const Options& o) {
  return Progress(!o.has("quiet"), o.number("progress-every", 2, 0, 86400));
}

namespace {

std::vector<std::string> variant_dirs(const Options& o) {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("KVMLC_VARIANTS")) {
    dirs.push_back(env);
  } else {
    for (const std::string& base : {g_argv0 + ".runfiles/kvmlc", std::string(".")}) {
      fs::path p = fs::path(base) / "model" / "variants";
      if (fs::is_directory(p)) {
        dirs.push_back(p.string());
        break;
      }
    }
  }
  for (const auto& d : o.all("variants-dir")) {
    if (!fs::is_directory(d)) throw UsageError("--variants-dir '" + d + "' is not a directory");
    dirs.push_back(d);
  }
  if (dirs.empty()) throw UsageError("cannot find model/variants: set KVMLC_VARIANTS or pass --variants-dir");
  return dirs;
}

// An error at the second spec's "variant".
[[noreturn]] void two_specs(const std::string& first, const Spec& second) {
  throw InputError(second.path, second.variant_line, "variant '" + second.variant + "' is also defined by " +
                                                         first + " (give one of them another \"variant\")");
}

// A spec's "variant" and "kernels", without building the Spec: a lookup
// names one variant, and only that one is checked whole (load_variant). A
// file whose two fields are not plainly there goes through read_spec, so
// that its error is read_spec's.
std::pair<std::string, std::vector<std::string>> names_in(const std::string& path) {
  try {
    nlohmann::json j = parse_json(read_spec_text(path));
    const nlohmann::json* kernels = j.is_object() && j.contains("kernels") ? &j["kernels"] : nullptr;
    if (j.is_object() && j.contains("variant") && j["variant"].is_string() &&
        (!kernels || (kernels->is_array() &&
                      std::all_of(kernels->begin(), kernels->end(), [](const auto& k) { return k.is_string(); }))))
      return {j["variant"], kernels ? kernels->get<std::vector<std::string>>() : std::vector<std::string>{}};
  } catch (const JsonError&) {
  }
  Spec s = read_spec(path);
  return {s.variant, s.kernels};
}

}  // namespace

VariantIndex variant_index(const Options& o) {
  VariantIndex index;
  std::set<fs::path> seen;  // a directory given twice is read once
  for (const auto& dir : variant_dirs(o)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".json" && seen.insert(fs::canonical(e.path())).second)
        files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto [variant, kernels] = names_in(f.string());
      auto [it, fresh] = index.path.emplace(variant, f.string());
      if (!fresh) two_specs(it->second, read_spec(f.string()));
      for (const auto& k : kernels) index.kernel.emplace(k, variant);
    }
  }
  return index;
}

std::vector<std::string> variant_names(const Options& o) {
  std::vector<std::string> names;
  for (const auto& [id, _] : variant_index(o).path) names.push_back(id);
  return names;
}

bool is_spec_path(const std::string& v) { return v.find('/') != std::string::npos || v.ends_with(".json"); }

Spec load_variant(const Options& o, const std::string& v) {
  if (is_spec_path(v)) return read_spec(v);
  VariantIndex index = variant_index(o);
  auto it = index.path.find(v);
  if (it == index.path.end() && index.kernel.count(v)) it = index.path.find(index.kernel[v]);
  if (it == index.path.end()) {
    std::string known;
    for (const auto& [n, _] : index.path) known += (known.empty() ? "" : ", ") + n;
    throw UsageError("unknown variant '" + v + "' (known: " + known + ")");
  }
  return read_spec(it->second);
}

std::vector<Spec> selected_specs(const Options& o) {
  std::vector<std::string> names = o.all("variant");
  if (names.empty()) names = variant_names(o);
  std::vector<Spec> specs;
  for (const auto& n : names) {
    Spec s = load_variant(o, n);
    for (const auto& other : specs)
      if (other.variant == s.variant) {
        if (fs::equivalent(other.path, s.path)) throw UsageError("variant '" + n + "' is selected twice");
        two_specs(other.path, s);
      }
    specs.push_back(std::move(s));
  }
  return specs;
}

std::string variant_ref(const Options& o, const Spec& spec) {
  auto index = variant_index(o).path;
  auto it = index.find(spec.variant);
  return it != index.end() && fs::equivalent(it->second, spec.path) ? spec.variant : spec.path;
}

System build_with_invariants(const Options& o, Spec spec, const ModelOptions& mo) {
  std::vector<std::string> given = o.each("invariant");
  for (size_t i = 0; i < given.size(); ++i)
    spec.properties.push_back({i == 0 ? "invariant" : "invariant-" + std::to_string(i + 1),
                               "--invariant '" + given[i] + "'", {given[i], 0}, 0});
  try {
    return build_system(spec, mo);
  } catch (const InputError& e) {
    if (e.line != 0 || e.file != spec.path) throw;
    // An error in a condition from the command line: name the option.
    std::string what = e.what();
    throw UsageError("--invariant: " + what.substr(what.find(": error: ") + 9));
  }
}

std::vector<std::string> selected_properties(const Options& o, const System& sys) {
  std::vector<std::string> ids = o.all("property");
  for (const auto& id : ids)
    if (!sys.property(id)) throw UsageError("unknown property '" + id + "' (see 'kvmlc list properties')");
  if (ids.empty())
    for (const auto& p : sys.properties) ids.push_back(p.id);
  return ids;
}

void fix_config(System& sys, const Options& o) {
  std::vector<ExprP> fixed = {sys.config_ok ? sys.config_ok : constant(1)};
  for (const auto& kv : o.all("config")) {
    size_t eq = kv.find('=');
    int i = eq == std::string::npos ? -1 : sys.var_index("cfg." + kv.substr(0, eq));
    std::string value = eq == std::string::npos ? "" : kv.substr(eq + 1);
    if (i < 0 || (value != "0" && value != "1"))
      throw UsageError("--config '" + kv + "': expected NAME=0 or NAME=1 with NAME one of: " +
                       [&] {
                         std::string n;
                         for (const auto& v : sys.vars)
                           if (v.config) n += (n.empty() ? "" : ", ") + v.name.substr(4);
                         return n;
                       }());
    fixed.push_back(var(i) == constant(value == "1"));
  }
  sys.config_ok = all_of(fixed);
}

}  // namespace kvmlc
