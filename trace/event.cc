#include "trace/event.h"

#include <algorithm>

namespace kvmlc {

Event Event::on_module(std::string actor, std::string ev, std::string module) {
  Event e;
  e.actor = std::move(actor);
  e.ev = std::move(ev);
  e.module = std::move(module);
  return e;
}

Event Event::returned(std::string actor, std::string fn, int ret) {
  Event e;
  e.actor = std::move(actor);
  e.ev = "ret";
  e.fn = std::move(fn);
  e.ret = ret;
  return e;
}

Event Event::syscall(std::string actor, std::string call, int arg, int ret) {
  Event e;
  e.actor = std::move(actor);
  e.ev = "syscall";
  e.call = std::move(call);
  e.arg = arg;
  e.ret = ret;
  return e;
}

Event Event::step(std::string actor, std::string fn, std::string what) {
  Event e;
  e.actor = std::move(actor);
  e.ev = "step";
  e.fn = std::move(fn);
  e.what = std::move(what);
  return e;
}

std::string Event::event_class() const {
  if (ev == "ret") return "ret:" + fn;
  if (ev == "get" || ev == "put") return "refcnt";
  return ev;
}

bool Event::operator==(const Event& o) const {
  return actor == o.actor && ev == o.ev && module == o.module && fn == o.fn && call == o.call &&
         arg == o.arg && ret == o.ret && refcnt == o.refcnt && (ev != "step" || what == o.what);
}

bool TraceHeader::observes_class(const std::string& cls) const {
  auto has = [&](const std::string& c) {
    return std::find(observes.begin(), observes.end(), c) != observes.end();
  };
  return has(cls) || (cls.rfind("ret:", 0) == 0 && has("ret:*"));
}

}  // namespace kvmlc
