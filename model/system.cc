#include "model/system.h"

#include <stdexcept>

namespace kvmlc {

int System::var_index(const std::string& name) const {
  for (size_t i = 0; i < vars.size(); ++i)
    if (vars[i].name == name) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> System::var_names() const {
  std::vector<std::string> names;
  for (const auto& v : vars) names.push_back(v.name);
  return names;
}

const Property* System::property(const std::string& id) const {
  for (const auto& p : properties)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<State> System::initial_states() const {
  State base(vars.size(), 0);
  std::vector<int> config;
  for (size_t i = 0; i < vars.size(); ++i) {
    set(base, static_cast<int>(i), vars[i].init);
    if (vars[i].config) config.push_back(static_cast<int>(i));
  }
  std::vector<State> out = {base};
  for (int c : config) {
    std::vector<State> next;
    for (const auto& s : out)
      for (int v = vars[c].lo; v <= vars[c].hi; ++v) {
        State t = s;
        set(t, c, v);
        next.push_back(t);
      }
    out = std::move(next);
  }
  std::vector<State> ok;
  for (const auto& s : out)
    if (config_ok.get() == nullptr || eval(*config_ok, s)) ok.push_back(s);
  return ok;
}

State System::step(const State& s, const Transition& t) const {
  State next = s;
  for (const auto& a : t.updates) {
    int v = eval(*a.value, s);
    if (v < vars[a.var].lo || v > vars[a.var].hi)
      throw std::logic_error("model bug: " + vars[a.var].name + " = " + std::to_string(v) +
                             " is outside its domain after '" + t.what + "'");
    set(next, a.var, v);
  }
  return next;
}

std::string System::value_name(const State& s, int var) const {
  const Var& x = vars[var];
  const std::map<int, std::string>* names = &x.names;
  if (x.names_by >= 0) {
    auto table = x.names_when.find(get(s, x.names_by));
    if (table == x.names_when.end()) return "";
    names = &table->second;
  }
  auto name = names->find(get(s, var));
  return name == names->end() ? std::to_string(get(s, var)) : name->second;
}

// Only what differs from the initial values, so that a line stays short.
std::string System::describe(const State& s) const {
  std::string out;
  for (size_t i = 0; i < vars.size(); ++i) {
    int v = get(s, static_cast<int>(i));
    if (!vars[i].config && v == vars[i].init) continue;
    std::string value = value_name(s, static_cast<int>(i));
    if (value.empty()) continue;
    if (!out.empty()) out += " ";
    out += vars[i].name + "=" + value;
  }
  return out.empty() ? "(initial)" : out;
}

std::string System::config_of(const State& s) const {
  std::string out;
  for (size_t i = 0; i < vars.size(); ++i)
    if (vars[i].config)
      out += (out.empty() ? "" : " ") + vars[i].name.substr(vars[i].name.find('.') + 1) + "=" +
             std::to_string(get(s, static_cast<int>(i)));
  return out;
}

std::optional<Event> Transition::event_at(const State& pre) const {
  if (!event) return std::nullopt;
  Event e = *event;
  if (event_value) (e.ev == "get" || e.ev == "put" ? e.refcnt : e.ret) = eval(*event_value, pre);
  return e;
}

Event Transition::model_event(const State& pre) const {
  std::optional<Event> e = event_at(pre);
  if (!e) return Event::step(actor, function, what);
  e->what = what;
  return *e;
}

}  // namespace kvmlc
