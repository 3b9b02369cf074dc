// Trivial /init for the first boot test: load kvm.ko, print the result and
// the kernel release, power off. Cross-compiled static (impl/recorder/build.sh
// trivial).
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  mount("proc", "/proc", "proc", 0, nullptr);
  mount("devtmpfs", "/dev", "devtmpfs", 0, nullptr);
  struct utsname u;
  uname(&u);
  std::printf("===KVMLC-INIT %s %s===\n", u.release, u.machine);
  int fd = open("/modules/kvm.ko", O_RDONLY | O_CLOEXEC);
  long r = syscall(SYS_finit_module, fd, "", 0);
  std::printf("===KVMLC-LOAD kvm %ld %s===\n", r, r ? std::strerror(errno) : "ok");
  int kfd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
  std::printf("===KVMLC-OPEN /dev/kvm %d===\n", kfd < 0 ? -errno : 0);
  std::printf("===KVMLC-DONE===\n");
  std::fflush(stdout);
  sync();
  reboot(RB_POWER_OFF);
  return 0;
}
