; kvmlc proof certificate: safety
;   inv(s) && bad(s) is unsat: the invariant excludes every bad state
; variant unified, property ioctl-needs-backend, configuration the 1 configuration config_ok allows: hv_possible=0 pr_possible=1 radix=0 nested=0, engine cti
; No KVM_CREATE_VM or KVM_CHECK_EXTENSION reaches the arch code (kvm_arch_init_vm, kvm_vm_ioctl_check_extension) while no backend's ops are published.
; 1 userspace actor
; The invariant is the conjunction of 1429 lemmas, below. The file asserts the negation of the obligation:
; `unsat` means it holds. Check with `z3 -smt2 FILE` and `cvc5 --lang smt2 FILE`.
(set-logic QF_LIA)
(declare-fun cfg.hv_possible () Int)
(declare-fun cfg.pr_possible () Int)
(declare-fun cfg.radix () Int)
(declare-fun cfg.nested () Int)
(declare-fun kvm.state () Int)
(declare-fun kvm.pc () Int)
(declare-fun kvm.err () Int)
(declare-fun kvm.refs () Int)
(declare-fun kvm.err1 () Int)
(declare-fun kvm.err2 () Int)
(declare-fun res.irqfd_cleanup_wq () Int)
(declare-fun res.cpus_hardware_enabled () Int)
(declare-fun res.kvm_cpuhp_starting () Int)
(declare-fun res.kvm_reboot_notifier () Int)
(declare-fun res.kvm_vcpu_cache () Int)
(declare-fun res.cpu_kick_mask () Int)
(declare-fun res.async_pf_cache () Int)
(declare-fun res.kvm_syscore_ops () Int)
(declare-fun res.kvm_debugfs () Int)
(declare-fun res.kvm_vfio_ops () Int)
(declare-fun res.kvm_dev () Int)
(declare-fun res.pseries_partition_tb () Int)
(declare-fun res.kvm_pte_cache () Int)
(declare-fun res.kvm_pmd_cache () Int)
(declare-fun res.kvmppc_hv_ops () Int)
(declare-fun res.kvmppc_pr_ops () Int)
(declare-fun res.hpte_cache () Int)
(declare-fun user0.fd () Int)
(declare-fun user0.pc () Int)
(declare-fun user0.arg () Int)
(declare-fun user0.sel () Int)
(declare-fun user0.sel_owner () Int)
(declare-fun user0.stale () Int)
(declare-fun user0.vm () Int)
(declare-fun user0.vm_owner () Int)
(declare-fun user0.vm_fd () Int)
(declare-fun user0.ret () Int)
(declare-fun mon.ioctl-needs-backend () Int)
(declare-fun mon.no-escape-from-failed-init () Int)
(declare-fun mon.failed-init-releases-all () Int)
(declare-fun mon.exit-releases-all () Int)
(declare-fun mon.no-double-release () Int)
(declare-fun mon.init-result-checked () Int)
(declare-fun mon.ops-deref-pinned () Int)
(declare-fun mon.ops-deref-valid () Int)
(declare-fun |cfg.hv_possible'| () Int)
(declare-fun |cfg.pr_possible'| () Int)
(declare-fun |cfg.radix'| () Int)
(declare-fun |cfg.nested'| () Int)
(declare-fun |kvm.state'| () Int)
(declare-fun |kvm.pc'| () Int)
(declare-fun |kvm.err'| () Int)
(declare-fun |kvm.refs'| () Int)
(declare-fun |kvm.err1'| () Int)
(declare-fun |kvm.err2'| () Int)
(declare-fun |res.irqfd_cleanup_wq'| () Int)
(declare-fun |res.cpus_hardware_enabled'| () Int)
(declare-fun |res.kvm_cpuhp_starting'| () Int)
(declare-fun |res.kvm_reboot_notifier'| () Int)
(declare-fun |res.kvm_vcpu_cache'| () Int)
(declare-fun |res.cpu_kick_mask'| () Int)
(declare-fun |res.async_pf_cache'| () Int)
(declare-fun |res.kvm_syscore_ops'| () Int)
(declare-fun |res.kvm_debugfs'| () Int)
(declare-fun |res.kvm_vfio_ops'| () Int)
(declare-fun |res.kvm_dev'| () Int)
(declare-fun |res.pseries_partition_tb'| () Int)
(declare-fun |res.kvm_pte_cache'| () Int)
(declare-fun |res.kvm_pmd_cache'| () Int)
(declare-fun |res.kvmppc_hv_ops'| () Int)
(declare-fun |res.kvmppc_pr_ops'| () Int)
(declare-fun |res.hpte_cache'| () Int)
(declare-fun |user0.fd'| () Int)
(declare-fun |user0.pc'| () Int)
(declare-fun |user0.arg'| () Int)
(declare-fun |user0.sel'| () Int)
(declare-fun |user0.sel_owner'| () Int)
(declare-fun |user0.stale'| () Int)
(declare-fun |user0.vm'| () Int)
(declare-fun |user0.vm_owner'| () Int)
(declare-fun |user0.vm_fd'| () Int)
(declare-fun |user0.ret'| () Int)
(declare-fun |mon.ioctl-needs-backend'| () Int)
(declare-fun |mon.no-escape-from-failed-init'| () Int)
(declare-fun |mon.failed-init-releases-all'| () Int)
(declare-fun |mon.exit-releases-all'| () Int)
(declare-fun |mon.no-double-release'| () Int)
(declare-fun |mon.init-result-checked'| () Int)
(declare-fun |mon.ops-deref-pinned'| () Int)
(declare-fun |mon.ops-deref-valid'| () Int)
(declare-fun step () Int)
; lemma1: every variable within its declared range
(define-fun lemma1 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.refs Int) (kvm.err1 Int) (kvm.err2 Int) (res.irqfd_cleanup_wq Int) (res.cpus_hardware_enabled Int) (res.kvm_cpuhp_starting Int) (res.kvm_reboot_notifier Int) (res.kvm_vcpu_cache Int) (res.cpu_kick_mask Int) (res.async_pf_cache Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int) (res.kvm_vfio_ops Int) (res.kvm_dev Int) (res.pseries_partition_tb Int) (res.kvm_pte_cache Int) (res.kvm_pmd_cache Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (res.hpte_cache Int) (user0.fd Int) (user0.pc Int) (user0.arg Int) (user0.sel Int) (user0.sel_owner Int) (user0.stale Int) (user0.vm Int) (user0.vm_owner Int) (user0.vm_fd Int) (user0.ret Int) (mon.ioctl-needs-backend Int) (mon.no-escape-from-failed-init Int) (mon.failed-init-releases-all Int) (mon.exit-releases-all Int) (mon.no-double-release Int) (mon.init-result-checked Int) (mon.ops-deref-pinned Int) (mon.ops-deref-valid Int)) Bool
  (and (<= 0 cfg.hv_possible)
     (<= cfg.hv_possible 1)
     (<= 0 cfg.pr_possible)
     (<= cfg.pr_possible 1)
     (<= 0 cfg.radix)
     (<= cfg.radix 1)
     (<= 0 cfg.nested)
     (<= cfg.nested 1)
     (<= 0 kvm.state)
     (<= kvm.state 7)
     (<= 0 kvm.pc)
     (<= kvm.pc 94)
     (<= 0 kvm.err)
     (<= kvm.err 127)
     (<= (- 4) kvm.refs)
     (<= kvm.refs 5)
     (<= 0 kvm.err1)
     (<= kvm.err1 127)
     (<= 0 kvm.err2)
     (<= kvm.err2 127)
     (<= 0 res.irqfd_cleanup_wq)
     (<= res.irqfd_cleanup_wq 1)
     (<= 0 res.cpus_hardware_enabled)
     (<= res.cpus_hardware_enabled 1)
     (<= 0 res.kvm_cpuhp_starting)
     (<= res.kvm_cpuhp_starting 1)
     (<= 0 res.kvm_reboot_notifier)
     (<= res.kvm_reboot_notifier 1)
     (<= 0 res.kvm_vcpu_cache)
     (<= res.kvm_vcpu_cache 1)
     (<= 0 res.cpu_kick_mask)
     (<= res.cpu_kick_mask 1)
     (<= 0 res.async_pf_cache)
     (<= res.async_pf_cache 1)
     (<= 0 res.kvm_syscore_ops)
     (<= res.kvm_syscore_ops 1)
     (<= 0 res.kvm_debugfs)
     (<= res.kvm_debugfs 1)
     (<= 0 res.kvm_vfio_ops)
     (<= res.kvm_vfio_ops 1)
     (<= 0 res.kvm_dev)
     (<= res.kvm_dev 1)
     (<= 0 res.pseries_partition_tb)
     (<= res.pseries_partition_tb 1)
     (<= 0 res.kvm_pte_cache)
     (<= res.kvm_pte_cache 1)
     (<= 0 res.kvm_pmd_cache)
     (<= res.kvm_pmd_cache 1)
     (<= 0 res.kvmppc_hv_ops)
     (<= res.kvmppc_hv_ops 1)
     (<= 0 res.kvmppc_pr_ops)
     (<= res.kvmppc_pr_ops 1)
     (<= 0 res.hpte_cache)
     (<= res.hpte_cache 1)
     (<= 0 user0.fd)
     (<= user0.fd 1)
     (<= 0 user0.pc)
     (<= user0.pc 13)
     (<= 0 user0.arg)
     (<= user0.arg 7)
     (<= 0 user0.sel)
     (<= user0.sel 2)
     (<= 0 user0.sel_owner)
     (<= user0.sel_owner 1)
     (<= 0 user0.stale)
     (<= user0.stale 1)
     (<= 0 user0.vm)
     (<= user0.vm 2)
     (<= 0 user0.vm_owner)
     (<= user0.vm_owner 1)
     (<= 0 user0.vm_fd)
     (<= user0.vm_fd 1)
     (<= (- 127) user0.ret)
     (<= user0.ret 1)
     (<= 0 mon.ioctl-needs-backend)
     (<= mon.ioctl-needs-backend 1)
     (<= 0 mon.no-escape-from-failed-init)
     (<= mon.no-escape-from-failed-init 1)
     (<= 0 mon.failed-init-releases-all)
     (<= mon.failed-init-releases-all 1)
     (<= 0 mon.exit-releases-all)
     (<= mon.exit-releases-all 1)
     (<= 0 mon.no-double-release)
     (<= mon.no-double-release 1)
     (<= 0 mon.init-result-checked)
     (<= mon.init-result-checked 1)
     (<= 0 mon.ops-deref-pinned)
     (<= mon.ops-deref-pinned 1)
     (<= 0 mon.ops-deref-valid)
     (<= mon.ops-deref-valid 1)))
; lemma2: config_ok: the configuration is one the spec allows
(define-fun lemma2 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int)) Bool
  (and (= cfg.hv_possible 0)
     (= cfg.pr_possible 1)
     (= cfg.radix 0)
     (= cfg.nested 0)))
; lemma3: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state in {0, 2, 3, 4, 5, 7}
(define-fun lemma3 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= kvm.state 0) (and (<= 2 kvm.state) (<= kvm.state 5)) (= kvm.state 7))))
; lemma4: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma4 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (and (<= 0 kvm.pc) (<= kvm.pc 19))
        (and (<= 30 kvm.pc) (<= kvm.pc 38))
        (and (<= 45 kvm.pc) (<= kvm.pc 72))
        (and (<= 74 kvm.pc) (<= kvm.pc 81))
        (and (<= 93 kvm.pc) (<= kvm.pc 94)))))
; lemma5: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err in {0, 12}
(define-fun lemma5 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= kvm.err 0) (= kvm.err 12))))
; lemma6: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs in {0, 1, 2, 3}
(define-fun lemma6 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (and (<= 0 kvm.refs) (<= kvm.refs 3)))))
; lemma7: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 in {0, 12}
(define-fun lemma7 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= kvm.err1 0) (= kvm.err1 12))))
; lemma8: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err2 == 0
(define-fun lemma8 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err2 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= kvm.err2 0))))
; lemma9: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.async_pf_cache == 0
(define-fun lemma9 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.async_pf_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= res.async_pf_cache 0))))
; lemma10: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.pseries_partition_tb == 0
(define-fun lemma10 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.pseries_partition_tb Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= res.pseries_partition_tb 0))))
; lemma11: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_pte_cache == 0
(define-fun lemma11 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_pte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= res.kvm_pte_cache 0))))
; lemma12: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_pmd_cache == 0
(define-fun lemma12 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_pmd_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= res.kvm_pmd_cache 0))))
; lemma13: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_hv_ops == 0
(define-fun lemma13 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_hv_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= res.kvmppc_hv_ops 0))))
; lemma14: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc in {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12}
(define-fun lemma14 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (and (<= 0 user0.pc) (<= user0.pc 5))
        (and (<= 7 user0.pc) (<= user0.pc 12)))))
; lemma15: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.arg in {0, 1, 2}
(define-fun lemma15 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (and (<= 0 user0.arg) (<= user0.arg 2)))))
; lemma16: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel in {0, 2}
(define-fun lemma16 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= user0.sel 0) (= user0.sel 2))))
; lemma17: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm in {0, 2}
(define-fun lemma17 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= user0.vm 0) (= user0.vm 2))))
; lemma18: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret in {-22, -19, -12, -2, 0}
(define-fun lemma18 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= user0.ret (- 22))
        (= user0.ret (- 19))
        (= user0.ret (- 12))
        (= user0.ret (- 2))
        (= user0.ret 0))))
; lemma19: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.exit-releases-all == 0
(define-fun lemma19 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.exit-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= mon.exit-releases-all 0))))
; lemma20: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.no-double-release == 0
(define-fun lemma20 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.no-double-release Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= mon.no-double-release 0))))
; lemma21: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.ops-deref-pinned == 0
(define-fun lemma21 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.ops-deref-pinned Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= mon.ops-deref-pinned 0))))
; lemma22: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.ops-deref-valid == 0
(define-fun lemma22 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.ops-deref-valid Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (or (= mon.ops-deref-valid 0))))
; lemma23: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (refcount-balanced)
(define-fun lemma23 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.refs Int) (user0.fd Int) (user0.vm_owner Int) (user0.vm_fd Int)) Bool
  (let ((a!1 (= kvm.refs
              (+ 0
                 (ite (= user0.fd 1) 1 0)
                 (ite (= user0.vm_owner 1) 1 0)
                 (ite (= user0.vm_fd 1) 1 0)))))
(let ((a!2 (and (not (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))
                (not a!1))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      (not a!2)))))
; lemma24: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => kvm.pc in {0, 31, 94}
(define-fun lemma24 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= kvm.pc 0) (= kvm.pc 31) (= kvm.pc 94)))))
; lemma25: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => kvm.refs == 0
(define-fun lemma25 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= kvm.refs 0)))))
; lemma26: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => kvm.err1 == 0
(define-fun lemma26 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= kvm.err1 0)))))
; lemma27: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.irqfd_cleanup_wq == 0
(define-fun lemma27 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma28: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.cpus_hardware_enabled == 0
(define-fun lemma28 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.cpus_hardware_enabled 0)))))
; lemma29: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.kvm_cpuhp_starting == 0
(define-fun lemma29 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma30: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.kvm_reboot_notifier == 0
(define-fun lemma30 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.kvm_reboot_notifier 0)))))
; lemma31: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.kvm_vcpu_cache == 0
(define-fun lemma31 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.kvm_vcpu_cache 0)))))
; lemma32: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.cpu_kick_mask == 0
(define-fun lemma32 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.cpu_kick_mask 0)))))
; lemma33: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.kvm_vfio_ops == 0
(define-fun lemma33 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.kvm_vfio_ops 0)))))
; lemma34: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.kvm_dev == 0
(define-fun lemma34 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.kvm_dev 0)))))
; lemma35: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.kvmppc_pr_ops == 0
(define-fun lemma35 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.kvmppc_pr_ops 0)))))
; lemma36: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => res.hpte_cache == 0
(define-fun lemma36 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= res.hpte_cache 0)))))
; lemma37: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => user0.fd == 0
(define-fun lemma37 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= user0.fd 0)))))
; lemma38: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 0 => user0.vm_fd == 0
(define-fun lemma38 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 0)) (or (= user0.vm_fd 0)))))
; lemma39: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 2 => kvm.pc in {0, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma39 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.state 2))
               (or (= kvm.pc 0)
                   (and (<= 31 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 72))
                   (and (<= 74 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma40: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => kvm.pc == 94
(define-fun lemma40 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= kvm.pc 94)))))
; lemma41: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => kvm.err == 0
(define-fun lemma41 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= kvm.err 0)))))
; lemma42: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => kvm.err1 == 0
(define-fun lemma42 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= kvm.err1 0)))))
; lemma43: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.irqfd_cleanup_wq == 1
(define-fun lemma43 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma44: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.cpus_hardware_enabled == 1
(define-fun lemma44 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.cpus_hardware_enabled 1)))))
; lemma45: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_cpuhp_starting == 1
(define-fun lemma45 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma46: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_reboot_notifier == 1
(define-fun lemma46 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_reboot_notifier 1)))))
; lemma47: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_vcpu_cache == 1
(define-fun lemma47 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_vcpu_cache 1)))))
; lemma48: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.cpu_kick_mask == 1
(define-fun lemma48 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.cpu_kick_mask 1)))))
; lemma49: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_syscore_ops == 1
(define-fun lemma49 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_syscore_ops 1)))))
; lemma50: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_debugfs == 1
(define-fun lemma50 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_debugfs 1)))))
; lemma51: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_vfio_ops == 1
(define-fun lemma51 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_vfio_ops 1)))))
; lemma52: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvm_dev == 1
(define-fun lemma52 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvm_dev 1)))))
; lemma53: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 3 => res.kvmppc_pr_ops == 1
(define-fun lemma53 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 3)) (or (= res.kvmppc_pr_ops 1)))))
; lemma54: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31}
(define-fun lemma54 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.state 4))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 31))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma55: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => kvm.err == 0
(define-fun lemma55 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4)) (or (= kvm.err 0)))))
; lemma56: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => kvm.refs == 0
(define-fun lemma56 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4)) (or (= kvm.refs 0)))))
; lemma57: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => kvm.err1 == 0
(define-fun lemma57 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4)) (or (= kvm.err1 0)))))
; lemma58: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => user0.fd == 0
(define-fun lemma58 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4)) (or (= user0.fd 0)))))
; lemma59: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => user0.pc in {0, 8, 9, 12}
(define-fun lemma59 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.state 4))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma60: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => user0.vm == 0
(define-fun lemma60 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4)) (or (= user0.vm 0)))))
; lemma61: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => user0.vm_fd == 0
(define-fun lemma61 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4)) (or (= user0.vm_fd 0)))))
; lemma62: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 4 => user0.ret in {-19, -2, 0}
(define-fun lemma62 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 4))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma63: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => kvm.pc == 94
(define-fun lemma63 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= kvm.pc 94)))))
; lemma64: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => kvm.err == 12
(define-fun lemma64 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= kvm.err 12)))))
; lemma65: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => kvm.refs == 0
(define-fun lemma65 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= kvm.refs 0)))))
; lemma66: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => kvm.err1 == 0
(define-fun lemma66 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= kvm.err1 0)))))
; lemma67: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.irqfd_cleanup_wq == 0
(define-fun lemma67 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma68: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.cpus_hardware_enabled == 0
(define-fun lemma68 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.cpus_hardware_enabled 0)))))
; lemma69: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.kvm_cpuhp_starting == 0
(define-fun lemma69 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma70: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.kvm_reboot_notifier == 0
(define-fun lemma70 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.kvm_reboot_notifier 0)))))
; lemma71: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.kvm_vcpu_cache == 0
(define-fun lemma71 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.kvm_vcpu_cache 0)))))
; lemma72: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.cpu_kick_mask == 0
(define-fun lemma72 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.cpu_kick_mask 0)))))
; lemma73: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.kvm_vfio_ops == 0
(define-fun lemma73 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.kvm_vfio_ops 0)))))
; lemma74: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.kvm_dev == 0
(define-fun lemma74 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.kvm_dev 0)))))
; lemma75: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.kvmppc_pr_ops == 0
(define-fun lemma75 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.kvmppc_pr_ops 0)))))
; lemma76: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => res.hpte_cache == 0
(define-fun lemma76 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= res.hpte_cache 0)))))
; lemma77: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => user0.fd == 0
(define-fun lemma77 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= user0.fd 0)))))
; lemma78: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => user0.pc in {0, 8, 9, 12}
(define-fun lemma78 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.state 5))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma79: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 5 => user0.vm_fd == 0
(define-fun lemma79 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 5)) (or (= user0.vm_fd 0)))))
; lemma80: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => kvm.pc in {31, 94}
(define-fun lemma80 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= kvm.pc 31) (= kvm.pc 94)))))
; lemma81: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => kvm.refs == 0
(define-fun lemma81 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= kvm.refs 0)))))
; lemma82: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => kvm.err1 == 0
(define-fun lemma82 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= kvm.err1 0)))))
; lemma83: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.irqfd_cleanup_wq == 0
(define-fun lemma83 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma84: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.cpus_hardware_enabled == 0
(define-fun lemma84 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.cpus_hardware_enabled 0)))))
; lemma85: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.kvm_cpuhp_starting == 0
(define-fun lemma85 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma86: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.kvm_reboot_notifier == 0
(define-fun lemma86 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.kvm_reboot_notifier 0)))))
; lemma87: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.kvm_vcpu_cache == 0
(define-fun lemma87 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.kvm_vcpu_cache 0)))))
; lemma88: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.cpu_kick_mask == 0
(define-fun lemma88 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.cpu_kick_mask 0)))))
; lemma89: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.kvm_vfio_ops == 0
(define-fun lemma89 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.kvm_vfio_ops 0)))))
; lemma90: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.kvm_dev == 0
(define-fun lemma90 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.kvm_dev 0)))))
; lemma91: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.kvmppc_pr_ops == 0
(define-fun lemma91 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.kvmppc_pr_ops 0)))))
; lemma92: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => res.hpte_cache == 0
(define-fun lemma92 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= res.hpte_cache 0)))))
; lemma93: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => user0.fd == 0
(define-fun lemma93 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= user0.fd 0)))))
; lemma94: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.state == 7 => user0.vm_fd == 0
(define-fun lemma94 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.state 7)) (or (= user0.vm_fd 0)))))
; lemma95: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 0 => kvm.state in {0, 2, 4}
(define-fun lemma95 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 0)) (or (= kvm.state 0) (= kvm.state 2) (= kvm.state 4)))))
; lemma96: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 0 => kvm.err == 0
(define-fun lemma96 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 0)) (or (= kvm.err 0)))))
; lemma97: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 0 => kvm.refs == 0
(define-fun lemma97 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 0)) (or (= kvm.refs 0)))))
; lemma98: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 0 => kvm.err1 == 0
(define-fun lemma98 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 0)) (or (= kvm.err1 0)))))
; lemma99: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 0 => user0.fd == 0
(define-fun lemma99 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 0)) (or (= user0.fd 0)))))
; lemma100: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 0 => user0.vm_fd == 0
(define-fun lemma100 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 0)) (or (= user0.vm_fd 0)))))
; lemma101: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => kvm.state == 4
(define-fun lemma101 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= kvm.state 4)))))
; lemma102: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => kvm.err == 0
(define-fun lemma102 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= kvm.err 0)))))
; lemma103: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => kvm.refs == 0
(define-fun lemma103 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= kvm.refs 0)))))
; lemma104: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.irqfd_cleanup_wq == 1
(define-fun lemma104 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma105: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.cpus_hardware_enabled == 1
(define-fun lemma105 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.cpus_hardware_enabled 1)))))
; lemma106: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_cpuhp_starting == 1
(define-fun lemma106 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma107: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_reboot_notifier == 1
(define-fun lemma107 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_reboot_notifier 1)))))
; lemma108: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_vcpu_cache == 1
(define-fun lemma108 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_vcpu_cache 1)))))
; lemma109: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.cpu_kick_mask == 1
(define-fun lemma109 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.cpu_kick_mask 1)))))
; lemma110: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_syscore_ops == 1
(define-fun lemma110 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_syscore_ops 1)))))
; lemma111: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_debugfs == 1
(define-fun lemma111 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_debugfs 1)))))
; lemma112: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_vfio_ops == 1
(define-fun lemma112 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_vfio_ops 1)))))
; lemma113: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => res.kvm_dev == 0
(define-fun lemma113 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= res.kvm_dev 0)))))
; lemma114: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 1 => user0.fd == 0
(define-fun lemma114 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 1)) (or (= user0.fd 0)))))
; lemma115: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => kvm.state == 4
(define-fun lemma115 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= kvm.state 4)))))
; lemma116: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => kvm.refs == 0
(define-fun lemma116 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= kvm.refs 0)))))
; lemma117: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.irqfd_cleanup_wq == 1
(define-fun lemma117 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma118: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.cpus_hardware_enabled == 1
(define-fun lemma118 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.cpus_hardware_enabled 1)))))
; lemma119: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvm_reboot_notifier == 1
(define-fun lemma119 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvm_reboot_notifier 1)))))
; lemma120: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvm_vcpu_cache == 1
(define-fun lemma120 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvm_vcpu_cache 1)))))
; lemma121: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.cpu_kick_mask == 1
(define-fun lemma121 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.cpu_kick_mask 1)))))
; lemma122: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvm_syscore_ops == 1
(define-fun lemma122 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvm_syscore_ops 1)))))
; lemma123: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvm_debugfs == 0
(define-fun lemma123 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvm_debugfs 0)))))
; lemma124: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvm_vfio_ops == 1
(define-fun lemma124 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvm_vfio_ops 1)))))
; lemma125: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvm_dev == 0
(define-fun lemma125 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvm_dev 0)))))
; lemma126: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => res.kvmppc_pr_ops == 1
(define-fun lemma126 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= res.kvmppc_pr_ops 1)))))
; lemma127: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 2 => user0.fd == 0
(define-fun lemma127 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 2)) (or (= user0.fd 0)))))
; lemma128: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => kvm.state == 4
(define-fun lemma128 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= kvm.state 4)))))
; lemma129: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => kvm.refs == 0
(define-fun lemma129 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= kvm.refs 0)))))
; lemma130: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.irqfd_cleanup_wq == 1
(define-fun lemma130 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma131: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_cpuhp_starting == 1
(define-fun lemma131 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma132: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_reboot_notifier == 1
(define-fun lemma132 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_reboot_notifier 1)))))
; lemma133: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_vcpu_cache == 1
(define-fun lemma133 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_vcpu_cache 1)))))
; lemma134: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.cpu_kick_mask == 0
(define-fun lemma134 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.cpu_kick_mask 0)))))
; lemma135: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_syscore_ops == 1
(define-fun lemma135 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_syscore_ops 1)))))
; lemma136: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_debugfs == 0
(define-fun lemma136 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_debugfs 0)))))
; lemma137: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_vfio_ops == 1
(define-fun lemma137 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_vfio_ops 1)))))
; lemma138: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvm_dev == 0
(define-fun lemma138 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvm_dev 0)))))
; lemma139: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => res.kvmppc_pr_ops == 1
(define-fun lemma139 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= res.kvmppc_pr_ops 1)))))
; lemma140: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 3 => user0.fd == 0
(define-fun lemma140 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 3)) (or (= user0.fd 0)))))
; lemma141: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => kvm.state == 4
(define-fun lemma141 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= kvm.state 4)))))
; lemma142: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.irqfd_cleanup_wq == 1
(define-fun lemma142 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma143: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.cpus_hardware_enabled == 1
(define-fun lemma143 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.cpus_hardware_enabled 1)))))
; lemma144: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvm_cpuhp_starting == 1
(define-fun lemma144 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma145: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvm_reboot_notifier == 1
(define-fun lemma145 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvm_reboot_notifier 1)))))
; lemma146: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvm_vcpu_cache == 0
(define-fun lemma146 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvm_vcpu_cache 0)))))
; lemma147: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.cpu_kick_mask == 0
(define-fun lemma147 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.cpu_kick_mask 0)))))
; lemma148: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvm_syscore_ops == 1
(define-fun lemma148 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvm_syscore_ops 1)))))
; lemma149: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvm_debugfs == 0
(define-fun lemma149 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvm_debugfs 0)))))
; lemma150: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvm_vfio_ops == 1
(define-fun lemma150 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvm_vfio_ops 1)))))
; lemma151: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 4 => res.kvmppc_pr_ops == 1
(define-fun lemma151 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 4)) (or (= res.kvmppc_pr_ops 1)))))
; lemma152: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => kvm.state == 4
(define-fun lemma152 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= kvm.state 4)))))
; lemma153: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.irqfd_cleanup_wq == 1
(define-fun lemma153 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma154: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.cpus_hardware_enabled == 1
(define-fun lemma154 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.cpus_hardware_enabled 1)))))
; lemma155: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_cpuhp_starting == 1
(define-fun lemma155 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma156: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_reboot_notifier == 1
(define-fun lemma156 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_reboot_notifier 1)))))
; lemma157: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_vcpu_cache == 0
(define-fun lemma157 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_vcpu_cache 0)))))
; lemma158: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_syscore_ops == 1
(define-fun lemma158 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_syscore_ops 1)))))
; lemma159: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_debugfs == 0
(define-fun lemma159 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_debugfs 0)))))
; lemma160: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_vfio_ops == 1
(define-fun lemma160 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_vfio_ops 1)))))
; lemma161: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => res.kvm_dev == 0
(define-fun lemma161 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= res.kvm_dev 0)))))
; lemma162: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => user0.fd == 0
(define-fun lemma162 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= user0.fd 0)))))
; lemma163: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 5 => user0.vm_fd == 0
(define-fun lemma163 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 5)) (or (= user0.vm_fd 0)))))
; lemma164: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => kvm.state == 4
(define-fun lemma164 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= kvm.state 4)))))
; lemma165: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.irqfd_cleanup_wq == 1
(define-fun lemma165 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma166: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.cpus_hardware_enabled == 1
(define-fun lemma166 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.cpus_hardware_enabled 1)))))
; lemma167: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvm_reboot_notifier == 1
(define-fun lemma167 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvm_reboot_notifier 1)))))
; lemma168: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvm_vcpu_cache == 0
(define-fun lemma168 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvm_vcpu_cache 0)))))
; lemma169: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.cpu_kick_mask == 0
(define-fun lemma169 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.cpu_kick_mask 0)))))
; lemma170: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvm_syscore_ops == 0
(define-fun lemma170 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvm_syscore_ops 0)))))
; lemma171: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvm_debugfs == 0
(define-fun lemma171 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvm_debugfs 0)))))
; lemma172: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvm_vfio_ops == 1
(define-fun lemma172 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvm_vfio_ops 1)))))
; lemma173: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvm_dev == 0
(define-fun lemma173 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvm_dev 0)))))
; lemma174: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 6 => res.kvmppc_pr_ops == 1
(define-fun lemma174 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 6)) (or (= res.kvmppc_pr_ops 1)))))
; lemma175: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => kvm.state == 4
(define-fun lemma175 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= kvm.state 4)))))
; lemma176: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.irqfd_cleanup_wq == 1
(define-fun lemma176 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma177: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.cpus_hardware_enabled == 1
(define-fun lemma177 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.cpus_hardware_enabled 1)))))
; lemma178: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_cpuhp_starting == 1
(define-fun lemma178 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma179: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_reboot_notifier == 0
(define-fun lemma179 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_reboot_notifier 0)))))
; lemma180: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_vcpu_cache == 0
(define-fun lemma180 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_vcpu_cache 0)))))
; lemma181: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_syscore_ops == 0
(define-fun lemma181 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_syscore_ops 0)))))
; lemma182: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_debugfs == 0
(define-fun lemma182 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_debugfs 0)))))
; lemma183: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_vfio_ops == 1
(define-fun lemma183 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_vfio_ops 1)))))
; lemma184: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 7 => res.kvm_dev == 0
(define-fun lemma184 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 7)) (or (= res.kvm_dev 0)))))
; lemma185: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.irqfd_cleanup_wq == 1
(define-fun lemma185 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma186: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.cpus_hardware_enabled == 1
(define-fun lemma186 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.cpus_hardware_enabled 1)))))
; lemma187: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvm_cpuhp_starting == 0
(define-fun lemma187 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma188: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvm_reboot_notifier == 0
(define-fun lemma188 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvm_reboot_notifier 0)))))
; lemma189: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvm_vcpu_cache == 0
(define-fun lemma189 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvm_vcpu_cache 0)))))
; lemma190: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.cpu_kick_mask == 0
(define-fun lemma190 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.cpu_kick_mask 0)))))
; lemma191: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvm_syscore_ops == 0
(define-fun lemma191 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvm_syscore_ops 0)))))
; lemma192: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvm_debugfs == 0
(define-fun lemma192 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvm_debugfs 0)))))
; lemma193: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvm_vfio_ops == 1
(define-fun lemma193 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvm_vfio_ops 1)))))
; lemma194: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 8 => res.kvmppc_pr_ops == 1
(define-fun lemma194 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 8)) (or (= res.kvmppc_pr_ops 1)))))
; lemma195: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => kvm.state == 4
(define-fun lemma195 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= kvm.state 4)))))
; lemma196: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => kvm.refs == 0
(define-fun lemma196 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= kvm.refs 0)))))
; lemma197: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.irqfd_cleanup_wq == 1
(define-fun lemma197 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma198: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.cpus_hardware_enabled == 1
(define-fun lemma198 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.cpus_hardware_enabled 1)))))
; lemma199: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_cpuhp_starting == 0
(define-fun lemma199 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma200: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_reboot_notifier == 0
(define-fun lemma200 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_reboot_notifier 0)))))
; lemma201: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_vcpu_cache == 0
(define-fun lemma201 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_vcpu_cache 0)))))
; lemma202: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_syscore_ops == 0
(define-fun lemma202 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_syscore_ops 0)))))
; lemma203: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_debugfs == 0
(define-fun lemma203 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_debugfs 0)))))
; lemma204: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_vfio_ops == 1
(define-fun lemma204 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_vfio_ops 1)))))
; lemma205: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvm_dev == 0
(define-fun lemma205 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvm_dev 0)))))
; lemma206: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => res.kvmppc_pr_ops == 1
(define-fun lemma206 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= res.kvmppc_pr_ops 1)))))
; lemma207: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 9 => user0.fd == 0
(define-fun lemma207 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 9)) (or (= user0.fd 0)))))
; lemma208: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => kvm.state == 4
(define-fun lemma208 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= kvm.state 4)))))
; lemma209: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.irqfd_cleanup_wq == 1
(define-fun lemma209 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma210: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.cpus_hardware_enabled == 1
(define-fun lemma210 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.cpus_hardware_enabled 1)))))
; lemma211: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvm_cpuhp_starting == 0
(define-fun lemma211 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma212: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvm_reboot_notifier == 0
(define-fun lemma212 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvm_reboot_notifier 0)))))
; lemma213: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvm_vcpu_cache == 0
(define-fun lemma213 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvm_vcpu_cache 0)))))
; lemma214: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvm_syscore_ops == 0
(define-fun lemma214 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvm_syscore_ops 0)))))
; lemma215: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvm_debugfs == 0
(define-fun lemma215 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvm_debugfs 0)))))
; lemma216: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvm_vfio_ops == 1
(define-fun lemma216 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvm_vfio_ops 1)))))
; lemma217: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 10 => res.kvmppc_pr_ops == 1
(define-fun lemma217 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 10)) (or (= res.kvmppc_pr_ops 1)))))
; lemma218: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => kvm.state == 4
(define-fun lemma218 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= kvm.state 4)))))
; lemma219: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.irqfd_cleanup_wq == 0
(define-fun lemma219 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma220: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.cpus_hardware_enabled == 1
(define-fun lemma220 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.cpus_hardware_enabled 1)))))
; lemma221: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvm_cpuhp_starting == 0
(define-fun lemma221 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma222: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvm_reboot_notifier == 0
(define-fun lemma222 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvm_reboot_notifier 0)))))
; lemma223: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvm_vcpu_cache == 0
(define-fun lemma223 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvm_vcpu_cache 0)))))
; lemma224: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.cpu_kick_mask == 0
(define-fun lemma224 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.cpu_kick_mask 0)))))
; lemma225: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvm_syscore_ops == 0
(define-fun lemma225 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvm_syscore_ops 0)))))
; lemma226: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvm_debugfs == 0
(define-fun lemma226 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvm_debugfs 0)))))
; lemma227: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvm_vfio_ops == 1
(define-fun lemma227 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvm_vfio_ops 1)))))
; lemma228: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => res.kvmppc_pr_ops == 1
(define-fun lemma228 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= res.kvmppc_pr_ops 1)))))
; lemma229: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 11 => user0.fd == 0
(define-fun lemma229 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 11)) (or (= user0.fd 0)))))
; lemma230: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => kvm.state == 4
(define-fun lemma230 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= kvm.state 4)))))
; lemma231: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => kvm.err1 == 0
(define-fun lemma231 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= kvm.err1 0)))))
; lemma232: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.irqfd_cleanup_wq == 0
(define-fun lemma232 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma233: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.cpus_hardware_enabled == 0
(define-fun lemma233 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.cpus_hardware_enabled 0)))))
; lemma234: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_cpuhp_starting == 0
(define-fun lemma234 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma235: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_reboot_notifier == 0
(define-fun lemma235 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_reboot_notifier 0)))))
; lemma236: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_vcpu_cache == 0
(define-fun lemma236 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_vcpu_cache 0)))))
; lemma237: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_syscore_ops == 0
(define-fun lemma237 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_syscore_ops 0)))))
; lemma238: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_debugfs == 0
(define-fun lemma238 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_debugfs 0)))))
; lemma239: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_vfio_ops == 1
(define-fun lemma239 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_vfio_ops 1)))))
; lemma240: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvm_dev == 0
(define-fun lemma240 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvm_dev 0)))))
; lemma241: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => res.kvmppc_pr_ops == 1
(define-fun lemma241 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= res.kvmppc_pr_ops 1)))))
; lemma242: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 12 => user0.fd == 0
(define-fun lemma242 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 12)) (or (= user0.fd 0)))))
; lemma243: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => kvm.state == 4
(define-fun lemma243 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= kvm.state 4)))))
; lemma244: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => kvm.err == 0
(define-fun lemma244 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= kvm.err 0)))))
; lemma245: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.irqfd_cleanup_wq == 0
(define-fun lemma245 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma246: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.cpus_hardware_enabled == 0
(define-fun lemma246 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.cpus_hardware_enabled 0)))))
; lemma247: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_cpuhp_starting == 0
(define-fun lemma247 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma248: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_reboot_notifier == 0
(define-fun lemma248 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_reboot_notifier 0)))))
; lemma249: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_vcpu_cache == 0
(define-fun lemma249 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_vcpu_cache 0)))))
; lemma250: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.cpu_kick_mask == 0
(define-fun lemma250 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.cpu_kick_mask 0)))))
; lemma251: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_syscore_ops == 0
(define-fun lemma251 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_syscore_ops 0)))))
; lemma252: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_debugfs == 0
(define-fun lemma252 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_debugfs 0)))))
; lemma253: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_vfio_ops == 0
(define-fun lemma253 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_vfio_ops 0)))))
; lemma254: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvm_dev == 0
(define-fun lemma254 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvm_dev 0)))))
; lemma255: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => res.kvmppc_pr_ops == 1
(define-fun lemma255 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= res.kvmppc_pr_ops 1)))))
; lemma256: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 13 => user0.fd == 0
(define-fun lemma256 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 13)) (or (= user0.fd 0)))))
; lemma257: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => kvm.state == 4
(define-fun lemma257 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= kvm.state 4)))))
; lemma258: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.irqfd_cleanup_wq == 0
(define-fun lemma258 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma259: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.cpus_hardware_enabled == 0
(define-fun lemma259 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.cpus_hardware_enabled 0)))))
; lemma260: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_cpuhp_starting == 0
(define-fun lemma260 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma261: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_reboot_notifier == 0
(define-fun lemma261 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_reboot_notifier 0)))))
; lemma262: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_vcpu_cache == 0
(define-fun lemma262 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_vcpu_cache 0)))))
; lemma263: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_syscore_ops == 0
(define-fun lemma263 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_syscore_ops 0)))))
; lemma264: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_debugfs == 0
(define-fun lemma264 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_debugfs 0)))))
; lemma265: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_vfio_ops == 0
(define-fun lemma265 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_vfio_ops 0)))))
; lemma266: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvm_dev == 0
(define-fun lemma266 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvm_dev 0)))))
; lemma267: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 14 => res.kvmppc_pr_ops == 1
(define-fun lemma267 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 14)) (or (= res.kvmppc_pr_ops 1)))))
; lemma268: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => kvm.state == 4
(define-fun lemma268 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= kvm.state 4)))))
; lemma269: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.irqfd_cleanup_wq == 0
(define-fun lemma269 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma270: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.cpus_hardware_enabled == 0
(define-fun lemma270 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.cpus_hardware_enabled 0)))))
; lemma271: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_cpuhp_starting == 0
(define-fun lemma271 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma272: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_reboot_notifier == 0
(define-fun lemma272 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_reboot_notifier 0)))))
; lemma273: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_vcpu_cache == 0
(define-fun lemma273 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_vcpu_cache 0)))))
; lemma274: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_syscore_ops == 0
(define-fun lemma274 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_syscore_ops 0)))))
; lemma275: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_debugfs == 0
(define-fun lemma275 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_debugfs 0)))))
; lemma276: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_vfio_ops == 0
(define-fun lemma276 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_vfio_ops 0)))))
; lemma277: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvm_dev == 0
(define-fun lemma277 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvm_dev 0)))))
; lemma278: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 15 => res.kvmppc_pr_ops == 1
(define-fun lemma278 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 15)) (or (= res.kvmppc_pr_ops 1)))))
; lemma279: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => kvm.state == 4
(define-fun lemma279 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= kvm.state 4)))))
; lemma280: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.irqfd_cleanup_wq == 0
(define-fun lemma280 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma281: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.cpus_hardware_enabled == 0
(define-fun lemma281 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.cpus_hardware_enabled 0)))))
; lemma282: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_cpuhp_starting == 0
(define-fun lemma282 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma283: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_reboot_notifier == 0
(define-fun lemma283 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_reboot_notifier 0)))))
; lemma284: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_vcpu_cache == 0
(define-fun lemma284 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_vcpu_cache 0)))))
; lemma285: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.cpu_kick_mask == 0
(define-fun lemma285 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.cpu_kick_mask 0)))))
; lemma286: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_syscore_ops == 0
(define-fun lemma286 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_syscore_ops 0)))))
; lemma287: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_debugfs == 0
(define-fun lemma287 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_debugfs 0)))))
; lemma288: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_vfio_ops == 0
(define-fun lemma288 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_vfio_ops 0)))))
; lemma289: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvm_dev == 0
(define-fun lemma289 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvm_dev 0)))))
; lemma290: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 16 => res.kvmppc_pr_ops == 0
(define-fun lemma290 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 16)) (or (= res.kvmppc_pr_ops 0)))))
; lemma291: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => kvm.state == 4
(define-fun lemma291 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= kvm.state 4)))))
; lemma292: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.irqfd_cleanup_wq == 0
(define-fun lemma292 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma293: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.cpus_hardware_enabled == 0
(define-fun lemma293 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.cpus_hardware_enabled 0)))))
; lemma294: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_cpuhp_starting == 0
(define-fun lemma294 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma295: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_reboot_notifier == 0
(define-fun lemma295 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_reboot_notifier 0)))))
; lemma296: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_vcpu_cache == 0
(define-fun lemma296 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_vcpu_cache 0)))))
; lemma297: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.cpu_kick_mask == 0
(define-fun lemma297 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.cpu_kick_mask 0)))))
; lemma298: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_syscore_ops == 0
(define-fun lemma298 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_syscore_ops 0)))))
; lemma299: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_debugfs == 0
(define-fun lemma299 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_debugfs 0)))))
; lemma300: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_vfio_ops == 0
(define-fun lemma300 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_vfio_ops 0)))))
; lemma301: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvm_dev == 0
(define-fun lemma301 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvm_dev 0)))))
; lemma302: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.kvmppc_pr_ops == 0
(define-fun lemma302 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.kvmppc_pr_ops 0)))))
; lemma303: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 17 => res.hpte_cache == 0
(define-fun lemma303 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 17)) (or (= res.hpte_cache 0)))))
; lemma304: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => kvm.state == 4
(define-fun lemma304 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= kvm.state 4)))))
; lemma305: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.irqfd_cleanup_wq == 0
(define-fun lemma305 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma306: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.cpus_hardware_enabled == 0
(define-fun lemma306 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.cpus_hardware_enabled 0)))))
; lemma307: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_cpuhp_starting == 0
(define-fun lemma307 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma308: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_reboot_notifier == 0
(define-fun lemma308 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_reboot_notifier 0)))))
; lemma309: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_vcpu_cache == 0
(define-fun lemma309 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_vcpu_cache 0)))))
; lemma310: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.cpu_kick_mask == 0
(define-fun lemma310 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.cpu_kick_mask 0)))))
; lemma311: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_syscore_ops == 0
(define-fun lemma311 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_syscore_ops 0)))))
; lemma312: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_debugfs == 0
(define-fun lemma312 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_debugfs 0)))))
; lemma313: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_vfio_ops == 0
(define-fun lemma313 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_vfio_ops 0)))))
; lemma314: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvm_dev == 0
(define-fun lemma314 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvm_dev 0)))))
; lemma315: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.kvmppc_pr_ops == 0
(define-fun lemma315 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.kvmppc_pr_ops 0)))))
; lemma316: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 18 => res.hpte_cache == 0
(define-fun lemma316 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 18)) (or (= res.hpte_cache 0)))))
; lemma317: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => kvm.state == 4
(define-fun lemma317 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= kvm.state 4)))))
; lemma318: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.irqfd_cleanup_wq == 0
(define-fun lemma318 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma319: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.cpus_hardware_enabled == 0
(define-fun lemma319 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.cpus_hardware_enabled 0)))))
; lemma320: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_cpuhp_starting == 0
(define-fun lemma320 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma321: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_reboot_notifier == 0
(define-fun lemma321 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_reboot_notifier 0)))))
; lemma322: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_vcpu_cache == 0
(define-fun lemma322 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_vcpu_cache 0)))))
; lemma323: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.cpu_kick_mask == 0
(define-fun lemma323 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.cpu_kick_mask 0)))))
; lemma324: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_syscore_ops == 0
(define-fun lemma324 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_syscore_ops 0)))))
; lemma325: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_debugfs == 0
(define-fun lemma325 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_debugfs 0)))))
; lemma326: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_vfio_ops == 0
(define-fun lemma326 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_vfio_ops 0)))))
; lemma327: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvm_dev == 0
(define-fun lemma327 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvm_dev 0)))))
; lemma328: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.kvmppc_pr_ops == 0
(define-fun lemma328 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.kvmppc_pr_ops 0)))))
; lemma329: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 19 => res.hpte_cache == 0
(define-fun lemma329 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 19)) (or (= res.hpte_cache 0)))))
; lemma330: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => kvm.state == 4
(define-fun lemma330 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= kvm.state 4)))))
; lemma331: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => kvm.refs == 0
(define-fun lemma331 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= kvm.refs 0)))))
; lemma332: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => kvm.err1 == 0
(define-fun lemma332 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= kvm.err1 0)))))
; lemma333: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.irqfd_cleanup_wq == 0
(define-fun lemma333 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma334: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.cpus_hardware_enabled == 0
(define-fun lemma334 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.cpus_hardware_enabled 0)))))
; lemma335: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_cpuhp_starting == 0
(define-fun lemma335 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma336: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_reboot_notifier == 0
(define-fun lemma336 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_reboot_notifier 0)))))
; lemma337: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_vcpu_cache == 0
(define-fun lemma337 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_vcpu_cache 0)))))
; lemma338: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_syscore_ops == 0
(define-fun lemma338 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_syscore_ops 0)))))
; lemma339: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_debugfs == 0
(define-fun lemma339 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_debugfs 0)))))
; lemma340: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_vfio_ops == 0
(define-fun lemma340 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_vfio_ops 0)))))
; lemma341: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvm_dev == 0
(define-fun lemma341 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvm_dev 0)))))
; lemma342: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.kvmppc_pr_ops == 0
(define-fun lemma342 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.kvmppc_pr_ops 0)))))
; lemma343: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => res.hpte_cache == 0
(define-fun lemma343 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= res.hpte_cache 0)))))
; lemma344: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 30 => user0.fd == 0
(define-fun lemma344 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 30)) (or (= user0.fd 0)))))
; lemma345: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => kvm.err == 0
(define-fun lemma345 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= kvm.err 0)))))
; lemma346: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => kvm.refs == 0
(define-fun lemma346 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= kvm.refs 0)))))
; lemma347: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => kvm.err1 == 0
(define-fun lemma347 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= kvm.err1 0)))))
; lemma348: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.irqfd_cleanup_wq == 0
(define-fun lemma348 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma349: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.cpus_hardware_enabled == 0
(define-fun lemma349 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.cpus_hardware_enabled 0)))))
; lemma350: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.kvm_cpuhp_starting == 0
(define-fun lemma350 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma351: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.kvm_reboot_notifier == 0
(define-fun lemma351 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.kvm_reboot_notifier 0)))))
; lemma352: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.kvm_vcpu_cache == 0
(define-fun lemma352 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.kvm_vcpu_cache 0)))))
; lemma353: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.cpu_kick_mask == 0
(define-fun lemma353 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.cpu_kick_mask 0)))))
; lemma354: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.kvm_vfio_ops == 0
(define-fun lemma354 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.kvm_vfio_ops 0)))))
; lemma355: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.kvm_dev == 0
(define-fun lemma355 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.kvm_dev 0)))))
; lemma356: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.kvmppc_pr_ops == 0
(define-fun lemma356 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.kvmppc_pr_ops 0)))))
; lemma357: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => res.hpte_cache == 0
(define-fun lemma357 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= res.hpte_cache 0)))))
; lemma358: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => user0.fd == 0
(define-fun lemma358 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= user0.fd 0)))))
; lemma359: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => user0.pc in {0, 8, 9, 12}
(define-fun lemma359 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.pc 31))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma360: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 31 => user0.vm_fd == 0
(define-fun lemma360 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 31)) (or (= user0.vm_fd 0)))))
; lemma361: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => kvm.state == 2
(define-fun lemma361 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= kvm.state 2)))))
; lemma362: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => kvm.err == 0
(define-fun lemma362 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= kvm.err 0)))))
; lemma363: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => kvm.refs == 0
(define-fun lemma363 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= kvm.refs 0)))))
; lemma364: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => kvm.err1 == 0
(define-fun lemma364 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= kvm.err1 0)))))
; lemma365: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.irqfd_cleanup_wq == 0
(define-fun lemma365 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma366: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.cpus_hardware_enabled == 0
(define-fun lemma366 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.cpus_hardware_enabled 0)))))
; lemma367: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.kvm_cpuhp_starting == 0
(define-fun lemma367 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma368: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.kvm_reboot_notifier == 0
(define-fun lemma368 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.kvm_reboot_notifier 0)))))
; lemma369: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.kvm_vcpu_cache == 0
(define-fun lemma369 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.kvm_vcpu_cache 0)))))
; lemma370: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.cpu_kick_mask == 0
(define-fun lemma370 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.cpu_kick_mask 0)))))
; lemma371: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.kvm_vfio_ops == 0
(define-fun lemma371 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.kvm_vfio_ops 0)))))
; lemma372: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.kvm_dev == 0
(define-fun lemma372 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.kvm_dev 0)))))
; lemma373: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.kvmppc_pr_ops == 0
(define-fun lemma373 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.kvmppc_pr_ops 0)))))
; lemma374: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => res.hpte_cache == 0
(define-fun lemma374 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= res.hpte_cache 0)))))
; lemma375: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => user0.fd == 0
(define-fun lemma375 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= user0.fd 0)))))
; lemma376: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 32 => user0.vm_fd == 0
(define-fun lemma376 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 32)) (or (= user0.vm_fd 0)))))
; lemma377: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => kvm.err == 0
(define-fun lemma377 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= kvm.err 0)))))
; lemma378: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => kvm.refs == 0
(define-fun lemma378 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= kvm.refs 0)))))
; lemma379: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => kvm.err1 == 0
(define-fun lemma379 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= kvm.err1 0)))))
; lemma380: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.irqfd_cleanup_wq == 0
(define-fun lemma380 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma381: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.cpus_hardware_enabled == 0
(define-fun lemma381 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.cpus_hardware_enabled 0)))))
; lemma382: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.kvm_cpuhp_starting == 0
(define-fun lemma382 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma383: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.kvm_reboot_notifier == 0
(define-fun lemma383 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.kvm_reboot_notifier 0)))))
; lemma384: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.kvm_vcpu_cache == 0
(define-fun lemma384 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.kvm_vcpu_cache 0)))))
; lemma385: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.cpu_kick_mask == 0
(define-fun lemma385 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.cpu_kick_mask 0)))))
; lemma386: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.kvm_vfio_ops == 0
(define-fun lemma386 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.kvm_vfio_ops 0)))))
; lemma387: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.kvm_dev == 0
(define-fun lemma387 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.kvm_dev 0)))))
; lemma388: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.kvmppc_pr_ops == 0
(define-fun lemma388 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.kvmppc_pr_ops 0)))))
; lemma389: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => res.hpte_cache == 0
(define-fun lemma389 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= res.hpte_cache 0)))))
; lemma390: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => user0.fd == 0
(define-fun lemma390 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= user0.fd 0)))))
; lemma391: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 33 => user0.vm_fd == 0
(define-fun lemma391 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 33)) (or (= user0.vm_fd 0)))))
; lemma392: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => kvm.state == 2
(define-fun lemma392 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= kvm.state 2)))))
; lemma393: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => kvm.err == 0
(define-fun lemma393 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= kvm.err 0)))))
; lemma394: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => kvm.refs == 0
(define-fun lemma394 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= kvm.refs 0)))))
; lemma395: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => kvm.err1 == 0
(define-fun lemma395 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= kvm.err1 0)))))
; lemma396: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.irqfd_cleanup_wq == 0
(define-fun lemma396 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma397: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.cpus_hardware_enabled == 0
(define-fun lemma397 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.cpus_hardware_enabled 0)))))
; lemma398: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.kvm_cpuhp_starting == 0
(define-fun lemma398 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma399: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.kvm_reboot_notifier == 0
(define-fun lemma399 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.kvm_reboot_notifier 0)))))
; lemma400: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.kvm_vcpu_cache == 0
(define-fun lemma400 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.kvm_vcpu_cache 0)))))
; lemma401: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.cpu_kick_mask == 0
(define-fun lemma401 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.cpu_kick_mask 0)))))
; lemma402: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.kvm_vfio_ops == 0
(define-fun lemma402 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.kvm_vfio_ops 0)))))
; lemma403: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.kvm_dev == 0
(define-fun lemma403 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.kvm_dev 0)))))
; lemma404: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.kvmppc_pr_ops == 1
(define-fun lemma404 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.kvmppc_pr_ops 1)))))
; lemma405: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => res.hpte_cache == 0
(define-fun lemma405 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= res.hpte_cache 0)))))
; lemma406: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => user0.fd == 0
(define-fun lemma406 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= user0.fd 0)))))
; lemma407: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 34 => user0.vm_fd == 0
(define-fun lemma407 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 34)) (or (= user0.vm_fd 0)))))
; lemma408: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => kvm.state == 2
(define-fun lemma408 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= kvm.state 2)))))
; lemma409: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => kvm.err == 0
(define-fun lemma409 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= kvm.err 0)))))
; lemma410: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => kvm.err1 == 0
(define-fun lemma410 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= kvm.err1 0)))))
; lemma411: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.irqfd_cleanup_wq == 0
(define-fun lemma411 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma412: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.cpus_hardware_enabled == 0
(define-fun lemma412 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.cpus_hardware_enabled 0)))))
; lemma413: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.kvm_cpuhp_starting == 0
(define-fun lemma413 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma414: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.kvm_reboot_notifier == 0
(define-fun lemma414 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.kvm_reboot_notifier 0)))))
; lemma415: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.kvm_vcpu_cache == 0
(define-fun lemma415 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.kvm_vcpu_cache 0)))))
; lemma416: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.cpu_kick_mask == 0
(define-fun lemma416 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.cpu_kick_mask 0)))))
; lemma417: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.kvm_vfio_ops == 0
(define-fun lemma417 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.kvm_vfio_ops 0)))))
; lemma418: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.kvm_dev == 0
(define-fun lemma418 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.kvm_dev 0)))))
; lemma419: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => res.kvmppc_pr_ops == 1
(define-fun lemma419 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= res.kvmppc_pr_ops 1)))))
; lemma420: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 35 => user0.vm_fd == 0
(define-fun lemma420 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 35)) (or (= user0.vm_fd 0)))))
; lemma421: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => kvm.state == 2
(define-fun lemma421 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= kvm.state 2)))))
; lemma422: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => kvm.err == 0
(define-fun lemma422 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= kvm.err 0)))))
; lemma423: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => kvm.err1 == 0
(define-fun lemma423 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= kvm.err1 0)))))
; lemma424: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.irqfd_cleanup_wq == 0
(define-fun lemma424 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma425: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.cpus_hardware_enabled == 0
(define-fun lemma425 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.cpus_hardware_enabled 0)))))
; lemma426: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.kvm_cpuhp_starting == 0
(define-fun lemma426 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma427: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.kvm_reboot_notifier == 0
(define-fun lemma427 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.kvm_reboot_notifier 0)))))
; lemma428: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.cpu_kick_mask == 0
(define-fun lemma428 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.cpu_kick_mask 0)))))
; lemma429: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.kvm_vfio_ops == 0
(define-fun lemma429 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.kvm_vfio_ops 0)))))
; lemma430: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.kvm_dev == 0
(define-fun lemma430 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.kvm_dev 0)))))
; lemma431: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => res.kvmppc_pr_ops == 1
(define-fun lemma431 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= res.kvmppc_pr_ops 1)))))
; lemma432: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 36 => user0.vm_fd == 0
(define-fun lemma432 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 36)) (or (= user0.vm_fd 0)))))
; lemma433: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => kvm.state == 2
(define-fun lemma433 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= kvm.state 2)))))
; lemma434: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => kvm.err == 0
(define-fun lemma434 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= kvm.err 0)))))
; lemma435: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => kvm.err1 == 0
(define-fun lemma435 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= kvm.err1 0)))))
; lemma436: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.irqfd_cleanup_wq == 0
(define-fun lemma436 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma437: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.cpus_hardware_enabled == 0
(define-fun lemma437 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.cpus_hardware_enabled 0)))))
; lemma438: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.kvm_cpuhp_starting == 0
(define-fun lemma438 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma439: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.kvm_reboot_notifier == 0
(define-fun lemma439 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.kvm_reboot_notifier 0)))))
; lemma440: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.kvm_vcpu_cache == 0
(define-fun lemma440 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.kvm_vcpu_cache 0)))))
; lemma441: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.cpu_kick_mask == 0
(define-fun lemma441 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.cpu_kick_mask 0)))))
; lemma442: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.kvm_vfio_ops == 0
(define-fun lemma442 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.kvm_vfio_ops 0)))))
; lemma443: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => res.kvmppc_pr_ops == 1
(define-fun lemma443 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= res.kvmppc_pr_ops 1)))))
; lemma444: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 37 => user0.vm_fd == 0
(define-fun lemma444 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 37)) (or (= user0.vm_fd 0)))))
; lemma445: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => kvm.state == 2
(define-fun lemma445 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= kvm.state 2)))))
; lemma446: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => kvm.err == 0
(define-fun lemma446 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= kvm.err 0)))))
; lemma447: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => kvm.err1 == 0
(define-fun lemma447 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= kvm.err1 0)))))
; lemma448: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.irqfd_cleanup_wq == 0
(define-fun lemma448 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma449: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.cpus_hardware_enabled == 0
(define-fun lemma449 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.cpus_hardware_enabled 0)))))
; lemma450: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.kvm_cpuhp_starting == 0
(define-fun lemma450 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma451: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.kvm_reboot_notifier == 0
(define-fun lemma451 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.kvm_reboot_notifier 0)))))
; lemma452: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.cpu_kick_mask == 0
(define-fun lemma452 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.cpu_kick_mask 0)))))
; lemma453: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.kvm_vfio_ops == 0
(define-fun lemma453 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.kvm_vfio_ops 0)))))
; lemma454: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.kvm_dev == 0
(define-fun lemma454 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.kvm_dev 0)))))
; lemma455: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => res.kvmppc_pr_ops == 1
(define-fun lemma455 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= res.kvmppc_pr_ops 1)))))
; lemma456: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 38 => user0.vm_fd == 0
(define-fun lemma456 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 38)) (or (= user0.vm_fd 0)))))
; lemma457: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => kvm.err == 0
(define-fun lemma457 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= kvm.err 0)))))
; lemma458: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => kvm.refs == 0
(define-fun lemma458 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= kvm.refs 0)))))
; lemma459: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => kvm.err1 == 0
(define-fun lemma459 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= kvm.err1 0)))))
; lemma460: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.irqfd_cleanup_wq == 0
(define-fun lemma460 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma461: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.cpus_hardware_enabled == 0
(define-fun lemma461 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.cpus_hardware_enabled 0)))))
; lemma462: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.kvm_cpuhp_starting == 0
(define-fun lemma462 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma463: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.kvm_reboot_notifier == 0
(define-fun lemma463 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.kvm_reboot_notifier 0)))))
; lemma464: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.kvm_vcpu_cache == 0
(define-fun lemma464 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.kvm_vcpu_cache 0)))))
; lemma465: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.cpu_kick_mask == 0
(define-fun lemma465 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.cpu_kick_mask 0)))))
; lemma466: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.kvm_vfio_ops == 0
(define-fun lemma466 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.kvm_vfio_ops 0)))))
; lemma467: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.kvm_dev == 0
(define-fun lemma467 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.kvm_dev 0)))))
; lemma468: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => res.kvmppc_pr_ops == 1
(define-fun lemma468 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= res.kvmppc_pr_ops 1)))))
; lemma469: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => user0.fd == 0
(define-fun lemma469 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= user0.fd 0)))))
; lemma470: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 45 => user0.vm_fd == 0
(define-fun lemma470 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 45)) (or (= user0.vm_fd 0)))))
; lemma471: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => kvm.err == 0
(define-fun lemma471 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= kvm.err 0)))))
; lemma472: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => kvm.refs == 0
(define-fun lemma472 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= kvm.refs 0)))))
; lemma473: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => kvm.err1 == 0
(define-fun lemma473 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= kvm.err1 0)))))
; lemma474: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.irqfd_cleanup_wq == 0
(define-fun lemma474 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma475: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.cpus_hardware_enabled == 0
(define-fun lemma475 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.cpus_hardware_enabled 0)))))
; lemma476: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.kvm_cpuhp_starting == 0
(define-fun lemma476 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma477: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.kvm_reboot_notifier == 0
(define-fun lemma477 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.kvm_reboot_notifier 0)))))
; lemma478: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.kvm_vcpu_cache == 0
(define-fun lemma478 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.kvm_vcpu_cache 0)))))
; lemma479: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.cpu_kick_mask == 0
(define-fun lemma479 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.cpu_kick_mask 0)))))
; lemma480: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.kvm_vfio_ops == 0
(define-fun lemma480 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.kvm_vfio_ops 0)))))
; lemma481: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.kvm_dev == 0
(define-fun lemma481 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.kvm_dev 0)))))
; lemma482: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => res.kvmppc_pr_ops == 1
(define-fun lemma482 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= res.kvmppc_pr_ops 1)))))
; lemma483: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 46 => user0.vm_fd == 0
(define-fun lemma483 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 46)) (or (= user0.vm_fd 0)))))
; lemma484: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => kvm.err == 0
(define-fun lemma484 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= kvm.err 0)))))
; lemma485: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => kvm.refs == 0
(define-fun lemma485 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= kvm.refs 0)))))
; lemma486: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => kvm.err1 == 0
(define-fun lemma486 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= kvm.err1 0)))))
; lemma487: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.irqfd_cleanup_wq == 0
(define-fun lemma487 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma488: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.cpus_hardware_enabled == 0
(define-fun lemma488 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.cpus_hardware_enabled 0)))))
; lemma489: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.kvm_cpuhp_starting == 0
(define-fun lemma489 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma490: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.kvm_reboot_notifier == 0
(define-fun lemma490 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.kvm_reboot_notifier 0)))))
; lemma491: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.kvm_vcpu_cache == 0
(define-fun lemma491 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.kvm_vcpu_cache 0)))))
; lemma492: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.cpu_kick_mask == 0
(define-fun lemma492 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.cpu_kick_mask 0)))))
; lemma493: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.kvm_vfio_ops == 0
(define-fun lemma493 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.kvm_vfio_ops 0)))))
; lemma494: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.kvm_dev == 0
(define-fun lemma494 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.kvm_dev 0)))))
; lemma495: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => res.kvmppc_pr_ops == 1
(define-fun lemma495 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= res.kvmppc_pr_ops 1)))))
; lemma496: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => user0.fd == 0
(define-fun lemma496 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= user0.fd 0)))))
; lemma497: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 47 => user0.vm_fd == 0
(define-fun lemma497 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 47)) (or (= user0.vm_fd 0)))))
; lemma498: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => kvm.err == 0
(define-fun lemma498 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= kvm.err 0)))))
; lemma499: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => kvm.refs == 0
(define-fun lemma499 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= kvm.refs 0)))))
; lemma500: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => kvm.err1 == 0
(define-fun lemma500 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= kvm.err1 0)))))
; lemma501: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.irqfd_cleanup_wq == 1
(define-fun lemma501 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma502: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.cpus_hardware_enabled == 0
(define-fun lemma502 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.cpus_hardware_enabled 0)))))
; lemma503: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.kvm_cpuhp_starting == 0
(define-fun lemma503 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma504: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.kvm_reboot_notifier == 0
(define-fun lemma504 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.kvm_reboot_notifier 0)))))
; lemma505: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.kvm_vcpu_cache == 0
(define-fun lemma505 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.kvm_vcpu_cache 0)))))
; lemma506: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.cpu_kick_mask == 0
(define-fun lemma506 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.cpu_kick_mask 0)))))
; lemma507: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.kvm_vfio_ops == 0
(define-fun lemma507 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.kvm_vfio_ops 0)))))
; lemma508: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.kvm_dev == 0
(define-fun lemma508 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.kvm_dev 0)))))
; lemma509: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => res.kvmppc_pr_ops == 1
(define-fun lemma509 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= res.kvmppc_pr_ops 1)))))
; lemma510: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 48 => user0.vm_fd == 0
(define-fun lemma510 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 48)) (or (= user0.vm_fd 0)))))
; lemma511: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => kvm.err == 0
(define-fun lemma511 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= kvm.err 0)))))
; lemma512: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => kvm.refs == 0
(define-fun lemma512 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= kvm.refs 0)))))
; lemma513: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => kvm.err1 == 0
(define-fun lemma513 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= kvm.err1 0)))))
; lemma514: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.irqfd_cleanup_wq == 1
(define-fun lemma514 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma515: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.cpus_hardware_enabled == 1
(define-fun lemma515 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.cpus_hardware_enabled 1)))))
; lemma516: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.kvm_cpuhp_starting == 0
(define-fun lemma516 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma517: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.kvm_reboot_notifier == 0
(define-fun lemma517 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.kvm_reboot_notifier 0)))))
; lemma518: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.kvm_vcpu_cache == 0
(define-fun lemma518 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.kvm_vcpu_cache 0)))))
; lemma519: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.cpu_kick_mask == 0
(define-fun lemma519 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.cpu_kick_mask 0)))))
; lemma520: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.kvm_vfio_ops == 0
(define-fun lemma520 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.kvm_vfio_ops 0)))))
; lemma521: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => res.kvmppc_pr_ops == 1
(define-fun lemma521 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= res.kvmppc_pr_ops 1)))))
; lemma522: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 49 => user0.vm_fd == 0
(define-fun lemma522 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 49)) (or (= user0.vm_fd 0)))))
; lemma523: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => kvm.refs == 0
(define-fun lemma523 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= kvm.refs 0)))))
; lemma524: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => kvm.err1 == 0
(define-fun lemma524 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= kvm.err1 0)))))
; lemma525: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.irqfd_cleanup_wq == 1
(define-fun lemma525 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma526: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.cpus_hardware_enabled == 1
(define-fun lemma526 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.cpus_hardware_enabled 1)))))
; lemma527: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.kvm_cpuhp_starting == 0
(define-fun lemma527 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma528: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.kvm_reboot_notifier == 0
(define-fun lemma528 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.kvm_reboot_notifier 0)))))
; lemma529: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.kvm_vcpu_cache == 0
(define-fun lemma529 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.kvm_vcpu_cache 0)))))
; lemma530: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.cpu_kick_mask == 0
(define-fun lemma530 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.cpu_kick_mask 0)))))
; lemma531: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.kvm_vfio_ops == 0
(define-fun lemma531 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.kvm_vfio_ops 0)))))
; lemma532: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.kvm_dev == 0
(define-fun lemma532 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.kvm_dev 0)))))
; lemma533: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => res.kvmppc_pr_ops == 1
(define-fun lemma533 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= res.kvmppc_pr_ops 1)))))
; lemma534: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 50 => user0.fd == 0
(define-fun lemma534 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 50)) (or (= user0.fd 0)))))
; lemma535: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => kvm.err == 0
(define-fun lemma535 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= kvm.err 0)))))
; lemma536: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => kvm.refs == 0
(define-fun lemma536 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= kvm.refs 0)))))
; lemma537: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => kvm.err1 == 0
(define-fun lemma537 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= kvm.err1 0)))))
; lemma538: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.irqfd_cleanup_wq == 1
(define-fun lemma538 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma539: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.cpus_hardware_enabled == 1
(define-fun lemma539 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.cpus_hardware_enabled 1)))))
; lemma540: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.kvm_cpuhp_starting == 0
(define-fun lemma540 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma541: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.kvm_reboot_notifier == 0
(define-fun lemma541 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.kvm_reboot_notifier 0)))))
; lemma542: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.kvm_vcpu_cache == 0
(define-fun lemma542 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.kvm_vcpu_cache 0)))))
; lemma543: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.cpu_kick_mask == 0
(define-fun lemma543 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.cpu_kick_mask 0)))))
; lemma544: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.kvm_vfio_ops == 0
(define-fun lemma544 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.kvm_vfio_ops 0)))))
; lemma545: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => res.kvmppc_pr_ops == 1
(define-fun lemma545 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= res.kvmppc_pr_ops 1)))))
; lemma546: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => user0.fd == 0
(define-fun lemma546 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= user0.fd 0)))))
; lemma547: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 51 => user0.vm_fd == 0
(define-fun lemma547 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 51)) (or (= user0.vm_fd 0)))))
; lemma548: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => kvm.err == 0
(define-fun lemma548 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= kvm.err 0)))))
; lemma549: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => kvm.refs == 0
(define-fun lemma549 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= kvm.refs 0)))))
; lemma550: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => kvm.err1 == 0
(define-fun lemma550 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= kvm.err1 0)))))
; lemma551: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.irqfd_cleanup_wq == 1
(define-fun lemma551 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma552: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.cpus_hardware_enabled == 1
(define-fun lemma552 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.cpus_hardware_enabled 1)))))
; lemma553: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.kvm_cpuhp_starting == 1
(define-fun lemma553 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma554: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.kvm_reboot_notifier == 0
(define-fun lemma554 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.kvm_reboot_notifier 0)))))
; lemma555: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.kvm_vcpu_cache == 0
(define-fun lemma555 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.kvm_vcpu_cache 0)))))
; lemma556: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.cpu_kick_mask == 0
(define-fun lemma556 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.cpu_kick_mask 0)))))
; lemma557: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.kvm_vfio_ops == 0
(define-fun lemma557 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.kvm_vfio_ops 0)))))
; lemma558: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.kvm_dev == 0
(define-fun lemma558 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.kvm_dev 0)))))
; lemma559: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => res.kvmppc_pr_ops == 1
(define-fun lemma559 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= res.kvmppc_pr_ops 1)))))
; lemma560: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => user0.fd == 0
(define-fun lemma560 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= user0.fd 0)))))
; lemma561: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => user0.vm == 0
(define-fun lemma561 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= user0.vm 0)))))
; lemma562: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 52 => user0.vm_fd == 0
(define-fun lemma562 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 52)) (or (= user0.vm_fd 0)))))
; lemma563: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => kvm.state == 2
(define-fun lemma563 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= kvm.state 2)))))
; lemma564: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => kvm.err == 0
(define-fun lemma564 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= kvm.err 0)))))
; lemma565: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => kvm.refs == 0
(define-fun lemma565 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= kvm.refs 0)))))
; lemma566: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => kvm.err1 == 0
(define-fun lemma566 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= kvm.err1 0)))))
; lemma567: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.irqfd_cleanup_wq == 1
(define-fun lemma567 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma568: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.cpus_hardware_enabled == 1
(define-fun lemma568 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.cpus_hardware_enabled 1)))))
; lemma569: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.kvm_cpuhp_starting == 1
(define-fun lemma569 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma570: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.kvm_reboot_notifier == 1
(define-fun lemma570 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.kvm_reboot_notifier 1)))))
; lemma571: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.kvm_vcpu_cache == 0
(define-fun lemma571 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.kvm_vcpu_cache 0)))))
; lemma572: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.cpu_kick_mask == 0
(define-fun lemma572 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.cpu_kick_mask 0)))))
; lemma573: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.kvm_vfio_ops == 0
(define-fun lemma573 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.kvm_vfio_ops 0)))))
; lemma574: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.kvm_dev == 0
(define-fun lemma574 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.kvm_dev 0)))))
; lemma575: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => res.kvmppc_pr_ops == 1
(define-fun lemma575 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= res.kvmppc_pr_ops 1)))))
; lemma576: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => user0.fd == 0
(define-fun lemma576 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= user0.fd 0)))))
; lemma577: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 53 => user0.vm_fd == 0
(define-fun lemma577 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 53)) (or (= user0.vm_fd 0)))))
; lemma578: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => kvm.err == 0
(define-fun lemma578 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= kvm.err 0)))))
; lemma579: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => kvm.refs == 0
(define-fun lemma579 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= kvm.refs 0)))))
; lemma580: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => kvm.err1 == 0
(define-fun lemma580 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= kvm.err1 0)))))
; lemma581: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.irqfd_cleanup_wq == 1
(define-fun lemma581 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma582: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.cpus_hardware_enabled == 1
(define-fun lemma582 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.cpus_hardware_enabled 1)))))
; lemma583: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.kvm_cpuhp_starting == 1
(define-fun lemma583 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma584: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.kvm_reboot_notifier == 1
(define-fun lemma584 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.kvm_reboot_notifier 1)))))
; lemma585: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.kvm_vcpu_cache == 1
(define-fun lemma585 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.kvm_vcpu_cache 1)))))
; lemma586: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.cpu_kick_mask == 0
(define-fun lemma586 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.cpu_kick_mask 0)))))
; lemma587: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.kvm_vfio_ops == 0
(define-fun lemma587 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.kvm_vfio_ops 0)))))
; lemma588: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.kvm_dev == 0
(define-fun lemma588 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.kvm_dev 0)))))
; lemma589: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => res.kvmppc_pr_ops == 1
(define-fun lemma589 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= res.kvmppc_pr_ops 1)))))
; lemma590: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => user0.fd == 0
(define-fun lemma590 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= user0.fd 0)))))
; lemma591: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 54 => user0.vm_fd == 0
(define-fun lemma591 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 54)) (or (= user0.vm_fd 0)))))
; lemma592: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => kvm.err == 0
(define-fun lemma592 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= kvm.err 0)))))
; lemma593: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => kvm.refs == 0
(define-fun lemma593 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= kvm.refs 0)))))
; lemma594: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => kvm.err1 == 0
(define-fun lemma594 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= kvm.err1 0)))))
; lemma595: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.irqfd_cleanup_wq == 1
(define-fun lemma595 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma596: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.cpus_hardware_enabled == 1
(define-fun lemma596 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.cpus_hardware_enabled 1)))))
; lemma597: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.kvm_cpuhp_starting == 1
(define-fun lemma597 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma598: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.kvm_reboot_notifier == 1
(define-fun lemma598 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.kvm_reboot_notifier 1)))))
; lemma599: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.kvm_vcpu_cache == 1
(define-fun lemma599 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.kvm_vcpu_cache 1)))))
; lemma600: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.cpu_kick_mask == 1
(define-fun lemma600 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.cpu_kick_mask 1)))))
; lemma601: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.kvm_vfio_ops == 0
(define-fun lemma601 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.kvm_vfio_ops 0)))))
; lemma602: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.kvm_dev == 0
(define-fun lemma602 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.kvm_dev 0)))))
; lemma603: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => res.kvmppc_pr_ops == 1
(define-fun lemma603 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= res.kvmppc_pr_ops 1)))))
; lemma604: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => user0.fd == 0
(define-fun lemma604 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= user0.fd 0)))))
; lemma605: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 55 => user0.vm_fd == 0
(define-fun lemma605 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 55)) (or (= user0.vm_fd 0)))))
; lemma606: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => kvm.err == 0
(define-fun lemma606 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= kvm.err 0)))))
; lemma607: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => kvm.refs == 0
(define-fun lemma607 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= kvm.refs 0)))))
; lemma608: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => kvm.err1 == 0
(define-fun lemma608 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= kvm.err1 0)))))
; lemma609: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => res.kvm_reboot_notifier == 1
(define-fun lemma609 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= res.kvm_reboot_notifier 1)))))
; lemma610: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => res.kvm_vcpu_cache == 1
(define-fun lemma610 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= res.kvm_vcpu_cache 1)))))
; lemma611: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => res.cpu_kick_mask == 1
(define-fun lemma611 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= res.cpu_kick_mask 1)))))
; lemma612: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => res.kvm_vfio_ops == 0
(define-fun lemma612 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= res.kvm_vfio_ops 0)))))
; lemma613: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => res.kvm_dev == 0
(define-fun lemma613 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= res.kvm_dev 0)))))
; lemma614: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => res.kvmppc_pr_ops == 1
(define-fun lemma614 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= res.kvmppc_pr_ops 1)))))
; lemma615: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => user0.fd == 0
(define-fun lemma615 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= user0.fd 0)))))
; lemma616: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 56 => user0.vm_fd == 0
(define-fun lemma616 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 56)) (or (= user0.vm_fd 0)))))
; lemma617: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => kvm.refs == 0
(define-fun lemma617 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= kvm.refs 0)))))
; lemma618: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => kvm.err1 == 0
(define-fun lemma618 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= kvm.err1 0)))))
; lemma619: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => res.cpus_hardware_enabled == 1
(define-fun lemma619 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= res.cpus_hardware_enabled 1)))))
; lemma620: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => res.kvm_reboot_notifier == 1
(define-fun lemma620 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= res.kvm_reboot_notifier 1)))))
; lemma621: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => res.cpu_kick_mask == 1
(define-fun lemma621 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= res.cpu_kick_mask 1)))))
; lemma622: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => res.kvm_vfio_ops == 0
(define-fun lemma622 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= res.kvm_vfio_ops 0)))))
; lemma623: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => res.kvm_dev == 0
(define-fun lemma623 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= res.kvm_dev 0)))))
; lemma624: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 57 => user0.vm_fd == 0
(define-fun lemma624 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 57)) (or (= user0.vm_fd 0)))))
; lemma625: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => kvm.err == 0
(define-fun lemma625 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= kvm.err 0)))))
; lemma626: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => kvm.refs == 0
(define-fun lemma626 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= kvm.refs 0)))))
; lemma627: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => kvm.err1 == 0
(define-fun lemma627 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= kvm.err1 0)))))
; lemma628: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => res.kvm_reboot_notifier == 1
(define-fun lemma628 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= res.kvm_reboot_notifier 1)))))
; lemma629: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => res.cpu_kick_mask == 1
(define-fun lemma629 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= res.cpu_kick_mask 1)))))
; lemma630: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => res.kvm_vfio_ops == 0
(define-fun lemma630 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= res.kvm_vfio_ops 0)))))
; lemma631: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => user0.fd == 0
(define-fun lemma631 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= user0.fd 0)))))
; lemma632: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 58 => user0.vm_fd == 0
(define-fun lemma632 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 58)) (or (= user0.vm_fd 0)))))
; lemma633: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => kvm.err == 0
(define-fun lemma633 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= kvm.err 0)))))
; lemma634: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => kvm.refs == 0
(define-fun lemma634 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= kvm.refs 0)))))
; lemma635: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => kvm.err1 == 0
(define-fun lemma635 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= kvm.err1 0)))))
; lemma636: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.irqfd_cleanup_wq == 1
(define-fun lemma636 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma637: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.cpus_hardware_enabled == 1
(define-fun lemma637 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.cpus_hardware_enabled 1)))))
; lemma638: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvm_cpuhp_starting == 1
(define-fun lemma638 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma639: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvm_reboot_notifier == 1
(define-fun lemma639 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvm_reboot_notifier 1)))))
; lemma640: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvm_vcpu_cache == 1
(define-fun lemma640 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvm_vcpu_cache 1)))))
; lemma641: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.cpu_kick_mask == 1
(define-fun lemma641 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.cpu_kick_mask 1)))))
; lemma642: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvm_syscore_ops == 1
(define-fun lemma642 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvm_syscore_ops 1)))))
; lemma643: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvm_vfio_ops == 0
(define-fun lemma643 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvm_vfio_ops 0)))))
; lemma644: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvm_dev == 0
(define-fun lemma644 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvm_dev 0)))))
; lemma645: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => res.kvmppc_pr_ops == 1
(define-fun lemma645 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= res.kvmppc_pr_ops 1)))))
; lemma646: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => user0.fd == 0
(define-fun lemma646 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= user0.fd 0)))))
; lemma647: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 59 => user0.vm_fd == 0
(define-fun lemma647 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 59)) (or (= user0.vm_fd 0)))))
; lemma648: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => kvm.err == 0
(define-fun lemma648 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= kvm.err 0)))))
; lemma649: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => kvm.err1 == 0
(define-fun lemma649 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= kvm.err1 0)))))
; lemma650: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.irqfd_cleanup_wq == 1
(define-fun lemma650 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma651: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.cpus_hardware_enabled == 1
(define-fun lemma651 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.cpus_hardware_enabled 1)))))
; lemma652: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvm_cpuhp_starting == 1
(define-fun lemma652 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma653: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvm_reboot_notifier == 1
(define-fun lemma653 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvm_reboot_notifier 1)))))
; lemma654: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvm_vcpu_cache == 1
(define-fun lemma654 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvm_vcpu_cache 1)))))
; lemma655: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.cpu_kick_mask == 1
(define-fun lemma655 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.cpu_kick_mask 1)))))
; lemma656: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvm_syscore_ops == 1
(define-fun lemma656 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvm_syscore_ops 1)))))
; lemma657: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvm_debugfs == 1
(define-fun lemma657 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvm_debugfs 1)))))
; lemma658: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvm_vfio_ops == 0
(define-fun lemma658 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvm_vfio_ops 0)))))
; lemma659: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => res.kvmppc_pr_ops == 1
(define-fun lemma659 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= res.kvmppc_pr_ops 1)))))
; lemma660: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 60 => user0.vm_fd == 0
(define-fun lemma660 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 60)) (or (= user0.vm_fd 0)))))
; lemma661: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => kvm.err == 0
(define-fun lemma661 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= kvm.err 0)))))
; lemma662: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => kvm.refs == 0
(define-fun lemma662 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= kvm.refs 0)))))
; lemma663: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => kvm.err1 == 0
(define-fun lemma663 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= kvm.err1 0)))))
; lemma664: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.irqfd_cleanup_wq == 1
(define-fun lemma664 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma665: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.cpus_hardware_enabled == 1
(define-fun lemma665 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.cpus_hardware_enabled 1)))))
; lemma666: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_cpuhp_starting == 1
(define-fun lemma666 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma667: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_reboot_notifier == 1
(define-fun lemma667 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_reboot_notifier 1)))))
; lemma668: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_vcpu_cache == 1
(define-fun lemma668 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_vcpu_cache 1)))))
; lemma669: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.cpu_kick_mask == 1
(define-fun lemma669 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.cpu_kick_mask 1)))))
; lemma670: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_syscore_ops == 1
(define-fun lemma670 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_syscore_ops 1)))))
; lemma671: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_debugfs == 1
(define-fun lemma671 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_debugfs 1)))))
; lemma672: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_vfio_ops == 1
(define-fun lemma672 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_vfio_ops 1)))))
; lemma673: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvm_dev == 0
(define-fun lemma673 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvm_dev 0)))))
; lemma674: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => res.kvmppc_pr_ops == 1
(define-fun lemma674 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= res.kvmppc_pr_ops 1)))))
; lemma675: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => user0.fd == 0
(define-fun lemma675 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= user0.fd 0)))))
; lemma676: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => user0.vm == 0
(define-fun lemma676 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= user0.vm 0)))))
; lemma677: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => user0.vm_owner == 0
(define-fun lemma677 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= user0.vm_owner 0)))))
; lemma678: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 61 => user0.vm_fd == 0
(define-fun lemma678 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 61)) (or (= user0.vm_fd 0)))))
; lemma679: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => kvm.state == 2
(define-fun lemma679 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= kvm.state 2)))))
; lemma680: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => kvm.err == 0
(define-fun lemma680 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= kvm.err 0)))))
; lemma681: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => kvm.err1 == 0
(define-fun lemma681 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= kvm.err1 0)))))
; lemma682: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.irqfd_cleanup_wq == 1
(define-fun lemma682 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma683: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.cpus_hardware_enabled == 1
(define-fun lemma683 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.cpus_hardware_enabled 1)))))
; lemma684: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_cpuhp_starting == 1
(define-fun lemma684 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma685: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_reboot_notifier == 1
(define-fun lemma685 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_reboot_notifier 1)))))
; lemma686: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_vcpu_cache == 1
(define-fun lemma686 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_vcpu_cache 1)))))
; lemma687: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.cpu_kick_mask == 1
(define-fun lemma687 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.cpu_kick_mask 1)))))
; lemma688: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_syscore_ops == 1
(define-fun lemma688 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_syscore_ops 1)))))
; lemma689: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_debugfs == 1
(define-fun lemma689 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_debugfs 1)))))
; lemma690: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_vfio_ops == 1
(define-fun lemma690 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_vfio_ops 1)))))
; lemma691: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 62 => res.kvm_dev == 1
(define-fun lemma691 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 62)) (or (= res.kvm_dev 1)))))
; lemma692: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => kvm.state == 2
(define-fun lemma692 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= kvm.state 2)))))
; lemma693: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => kvm.err == 0
(define-fun lemma693 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= kvm.err 0)))))
; lemma694: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => kvm.refs == 0
(define-fun lemma694 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= kvm.refs 0)))))
; lemma695: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => kvm.err1 == 12
(define-fun lemma695 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= kvm.err1 12)))))
; lemma696: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.irqfd_cleanup_wq == 1
(define-fun lemma696 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma697: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.cpus_hardware_enabled == 1
(define-fun lemma697 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.cpus_hardware_enabled 1)))))
; lemma698: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvm_cpuhp_starting == 1
(define-fun lemma698 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma699: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvm_reboot_notifier == 1
(define-fun lemma699 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvm_reboot_notifier 1)))))
; lemma700: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvm_vcpu_cache == 1
(define-fun lemma700 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvm_vcpu_cache 1)))))
; lemma701: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.cpu_kick_mask == 1
(define-fun lemma701 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.cpu_kick_mask 1)))))
; lemma702: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvm_debugfs == 1
(define-fun lemma702 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvm_debugfs 1)))))
; lemma703: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvm_vfio_ops == 1
(define-fun lemma703 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvm_vfio_ops 1)))))
; lemma704: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvm_dev == 0
(define-fun lemma704 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvm_dev 0)))))
; lemma705: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => res.kvmppc_pr_ops == 1
(define-fun lemma705 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= res.kvmppc_pr_ops 1)))))
; lemma706: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => user0.fd == 0
(define-fun lemma706 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= user0.fd 0)))))
; lemma707: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 63 => user0.vm_fd == 0
(define-fun lemma707 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 63)) (or (= user0.vm_fd 0)))))
; lemma708: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => kvm.err == 0
(define-fun lemma708 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= kvm.err 0)))))
; lemma709: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => kvm.refs == 0
(define-fun lemma709 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= kvm.refs 0)))))
; lemma710: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => kvm.err1 == 12
(define-fun lemma710 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= kvm.err1 12)))))
; lemma711: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.irqfd_cleanup_wq == 1
(define-fun lemma711 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma712: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.cpus_hardware_enabled == 1
(define-fun lemma712 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.cpus_hardware_enabled 1)))))
; lemma713: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_cpuhp_starting == 1
(define-fun lemma713 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma714: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_reboot_notifier == 1
(define-fun lemma714 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_reboot_notifier 1)))))
; lemma715: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_vcpu_cache == 1
(define-fun lemma715 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_vcpu_cache 1)))))
; lemma716: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.cpu_kick_mask == 1
(define-fun lemma716 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.cpu_kick_mask 1)))))
; lemma717: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_syscore_ops == 1
(define-fun lemma717 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_syscore_ops 1)))))
; lemma718: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_debugfs == 1
(define-fun lemma718 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_debugfs 1)))))
; lemma719: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_vfio_ops == 0
(define-fun lemma719 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_vfio_ops 0)))))
; lemma720: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvm_dev == 0
(define-fun lemma720 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvm_dev 0)))))
; lemma721: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => res.kvmppc_pr_ops == 1
(define-fun lemma721 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= res.kvmppc_pr_ops 1)))))
; lemma722: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => user0.fd == 0
(define-fun lemma722 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= user0.fd 0)))))
; lemma723: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 64 => user0.vm_fd == 0
(define-fun lemma723 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 64)) (or (= user0.vm_fd 0)))))
; lemma724: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => kvm.err == 0
(define-fun lemma724 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= kvm.err 0)))))
; lemma725: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => kvm.refs == 0
(define-fun lemma725 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= kvm.refs 0)))))
; lemma726: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => kvm.err1 == 12
(define-fun lemma726 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= kvm.err1 12)))))
; lemma727: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.irqfd_cleanup_wq == 1
(define-fun lemma727 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma728: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.kvm_cpuhp_starting == 1
(define-fun lemma728 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma729: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.kvm_reboot_notifier == 1
(define-fun lemma729 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.kvm_reboot_notifier 1)))))
; lemma730: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.kvm_vcpu_cache == 1
(define-fun lemma730 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.kvm_vcpu_cache 1)))))
; lemma731: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.kvm_vfio_ops == 0
(define-fun lemma731 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.kvm_vfio_ops 0)))))
; lemma732: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.kvm_dev == 0
(define-fun lemma732 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.kvm_dev 0)))))
; lemma733: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => res.kvmppc_pr_ops == 1
(define-fun lemma733 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= res.kvmppc_pr_ops 1)))))
; lemma734: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => user0.fd == 0
(define-fun lemma734 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= user0.fd 0)))))
; lemma735: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 65 => user0.vm_fd == 0
(define-fun lemma735 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 65)) (or (= user0.vm_fd 0)))))
; lemma736: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => kvm.state == 2
(define-fun lemma736 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= kvm.state 2)))))
; lemma737: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => kvm.refs == 0
(define-fun lemma737 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= kvm.refs 0)))))
; lemma738: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => kvm.err1 == 12
(define-fun lemma738 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= kvm.err1 12)))))
; lemma739: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.irqfd_cleanup_wq == 1
(define-fun lemma739 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma740: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.cpus_hardware_enabled == 1
(define-fun lemma740 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.cpus_hardware_enabled 1)))))
; lemma741: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.kvm_cpuhp_starting == 1
(define-fun lemma741 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma742: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.kvm_reboot_notifier == 1
(define-fun lemma742 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.kvm_reboot_notifier 1)))))
; lemma743: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.kvm_vcpu_cache == 1
(define-fun lemma743 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.kvm_vcpu_cache 1)))))
; lemma744: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.cpu_kick_mask == 0
(define-fun lemma744 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.cpu_kick_mask 0)))))
; lemma745: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.kvm_vfio_ops == 0
(define-fun lemma745 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.kvm_vfio_ops 0)))))
; lemma746: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.kvm_dev == 0
(define-fun lemma746 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.kvm_dev 0)))))
; lemma747: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => res.kvmppc_pr_ops == 1
(define-fun lemma747 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= res.kvmppc_pr_ops 1)))))
; lemma748: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 66 => user0.vm_fd == 0
(define-fun lemma748 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 66)) (or (= user0.vm_fd 0)))))
; lemma749: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => kvm.state == 2
(define-fun lemma749 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= kvm.state 2)))))
; lemma750: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => kvm.refs == 0
(define-fun lemma750 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= kvm.refs 0)))))
; lemma751: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => kvm.err1 == 12
(define-fun lemma751 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= kvm.err1 12)))))
; lemma752: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.irqfd_cleanup_wq == 1
(define-fun lemma752 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma753: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.kvm_cpuhp_starting == 1
(define-fun lemma753 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma754: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.kvm_reboot_notifier == 1
(define-fun lemma754 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.kvm_reboot_notifier 1)))))
; lemma755: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.kvm_vcpu_cache == 0
(define-fun lemma755 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.kvm_vcpu_cache 0)))))
; lemma756: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.cpu_kick_mask == 0
(define-fun lemma756 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.cpu_kick_mask 0)))))
; lemma757: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.kvm_vfio_ops == 0
(define-fun lemma757 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.kvm_vfio_ops 0)))))
; lemma758: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.kvm_dev == 0
(define-fun lemma758 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.kvm_dev 0)))))
; lemma759: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => res.kvmppc_pr_ops == 1
(define-fun lemma759 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= res.kvmppc_pr_ops 1)))))
; lemma760: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => user0.fd == 0
(define-fun lemma760 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= user0.fd 0)))))
; lemma761: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 67 => user0.vm_fd == 0
(define-fun lemma761 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 67)) (or (= user0.vm_fd 0)))))
; lemma762: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => kvm.refs == 0
(define-fun lemma762 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= kvm.refs 0)))))
; lemma763: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => kvm.err1 == 12
(define-fun lemma763 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= kvm.err1 12)))))
; lemma764: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.irqfd_cleanup_wq == 1
(define-fun lemma764 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma765: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.cpus_hardware_enabled == 1
(define-fun lemma765 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.cpus_hardware_enabled 1)))))
; lemma766: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.kvm_cpuhp_starting == 1
(define-fun lemma766 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma767: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.kvm_reboot_notifier == 0
(define-fun lemma767 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.kvm_reboot_notifier 0)))))
; lemma768: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.kvm_vcpu_cache == 0
(define-fun lemma768 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.kvm_vcpu_cache 0)))))
; lemma769: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.cpu_kick_mask == 0
(define-fun lemma769 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.cpu_kick_mask 0)))))
; lemma770: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.kvm_vfio_ops == 0
(define-fun lemma770 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.kvm_vfio_ops 0)))))
; lemma771: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.kvm_dev == 0
(define-fun lemma771 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.kvm_dev 0)))))
; lemma772: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => res.kvmppc_pr_ops == 1
(define-fun lemma772 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= res.kvmppc_pr_ops 1)))))
; lemma773: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 68 => user0.fd == 0
(define-fun lemma773 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 68)) (or (= user0.fd 0)))))
; lemma774: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => kvm.state == 2
(define-fun lemma774 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= kvm.state 2)))))
; lemma775: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => kvm.err == 0
(define-fun lemma775 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= kvm.err 0)))))
; lemma776: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => kvm.refs == 0
(define-fun lemma776 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= kvm.refs 0)))))
; lemma777: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => kvm.err1 == 12
(define-fun lemma777 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= kvm.err1 12)))))
; lemma778: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.irqfd_cleanup_wq == 1
(define-fun lemma778 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma779: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.cpus_hardware_enabled == 1
(define-fun lemma779 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.cpus_hardware_enabled 1)))))
; lemma780: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.kvm_cpuhp_starting == 0
(define-fun lemma780 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma781: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.kvm_reboot_notifier == 0
(define-fun lemma781 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.kvm_reboot_notifier 0)))))
; lemma782: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.kvm_vcpu_cache == 0
(define-fun lemma782 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.kvm_vcpu_cache 0)))))
; lemma783: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.cpu_kick_mask == 0
(define-fun lemma783 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.cpu_kick_mask 0)))))
; lemma784: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.kvm_vfio_ops == 0
(define-fun lemma784 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.kvm_vfio_ops 0)))))
; lemma785: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.kvm_dev == 0
(define-fun lemma785 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.kvm_dev 0)))))
; lemma786: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => res.kvmppc_pr_ops == 1
(define-fun lemma786 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= res.kvmppc_pr_ops 1)))))
; lemma787: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => user0.fd == 0
(define-fun lemma787 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= user0.fd 0)))))
; lemma788: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 69 => user0.vm_fd == 0
(define-fun lemma788 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 69)) (or (= user0.vm_fd 0)))))
; lemma789: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => kvm.state == 2
(define-fun lemma789 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= kvm.state 2)))))
; lemma790: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => kvm.refs == 0
(define-fun lemma790 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= kvm.refs 0)))))
; lemma791: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => kvm.err1 == 12
(define-fun lemma791 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= kvm.err1 12)))))
; lemma792: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.irqfd_cleanup_wq == 1
(define-fun lemma792 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma793: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.cpus_hardware_enabled == 1
(define-fun lemma793 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.cpus_hardware_enabled 1)))))
; lemma794: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.kvm_cpuhp_starting == 0
(define-fun lemma794 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma795: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.kvm_reboot_notifier == 0
(define-fun lemma795 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.kvm_reboot_notifier 0)))))
; lemma796: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.kvm_vcpu_cache == 0
(define-fun lemma796 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.kvm_vcpu_cache 0)))))
; lemma797: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.cpu_kick_mask == 0
(define-fun lemma797 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.cpu_kick_mask 0)))))
; lemma798: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.kvm_vfio_ops == 0
(define-fun lemma798 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.kvm_vfio_ops 0)))))
; lemma799: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.kvm_dev == 0
(define-fun lemma799 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.kvm_dev 0)))))
; lemma800: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => res.kvmppc_pr_ops == 1
(define-fun lemma800 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= res.kvmppc_pr_ops 1)))))
; lemma801: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => user0.fd == 0
(define-fun lemma801 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= user0.fd 0)))))
; lemma802: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 70 => user0.vm_fd == 0
(define-fun lemma802 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 70)) (or (= user0.vm_fd 0)))))
; lemma803: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => kvm.refs == 0
(define-fun lemma803 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= kvm.refs 0)))))
; lemma804: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => kvm.err1 == 12
(define-fun lemma804 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= kvm.err1 12)))))
; lemma805: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.irqfd_cleanup_wq == 1
(define-fun lemma805 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma806: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.cpus_hardware_enabled == 0
(define-fun lemma806 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.cpus_hardware_enabled 0)))))
; lemma807: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.kvm_cpuhp_starting == 0
(define-fun lemma807 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma808: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.kvm_reboot_notifier == 0
(define-fun lemma808 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.kvm_reboot_notifier 0)))))
; lemma809: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.kvm_vcpu_cache == 0
(define-fun lemma809 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.kvm_vcpu_cache 0)))))
; lemma810: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.cpu_kick_mask == 0
(define-fun lemma810 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.cpu_kick_mask 0)))))
; lemma811: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.kvm_vfio_ops == 0
(define-fun lemma811 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.kvm_vfio_ops 0)))))
; lemma812: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.kvm_dev == 0
(define-fun lemma812 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.kvm_dev 0)))))
; lemma813: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => res.kvmppc_pr_ops == 1
(define-fun lemma813 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= res.kvmppc_pr_ops 1)))))
; lemma814: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => user0.fd == 0
(define-fun lemma814 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= user0.fd 0)))))
; lemma815: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 71 => user0.vm_fd == 0
(define-fun lemma815 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 71)) (or (= user0.vm_fd 0)))))
; lemma816: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => kvm.state == 2
(define-fun lemma816 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= kvm.state 2)))))
; lemma817: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => kvm.err == 0
(define-fun lemma817 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= kvm.err 0)))))
; lemma818: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => kvm.refs == 0
(define-fun lemma818 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= kvm.refs 0)))))
; lemma819: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => kvm.err1 == 12
(define-fun lemma819 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= kvm.err1 12)))))
; lemma820: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.irqfd_cleanup_wq == 0
(define-fun lemma820 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma821: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.kvm_cpuhp_starting == 0
(define-fun lemma821 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma822: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.kvm_reboot_notifier == 0
(define-fun lemma822 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.kvm_reboot_notifier 0)))))
; lemma823: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.cpu_kick_mask == 0
(define-fun lemma823 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.cpu_kick_mask 0)))))
; lemma824: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.kvm_vfio_ops == 0
(define-fun lemma824 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.kvm_vfio_ops 0)))))
; lemma825: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.kvm_dev == 0
(define-fun lemma825 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.kvm_dev 0)))))
; lemma826: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => res.kvmppc_pr_ops == 1
(define-fun lemma826 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= res.kvmppc_pr_ops 1)))))
; lemma827: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 72 => user0.vm_fd == 0
(define-fun lemma827 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 72)) (or (= user0.vm_fd 0)))))
; lemma828: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 74 => kvm.state == 2
(define-fun lemma828 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 74)) (or (= kvm.state 2)))))
; lemma829: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 74 => kvm.err == 0
(define-fun lemma829 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 74)) (or (= kvm.err 0)))))
; lemma830: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 74 => res.kvmppc_pr_ops == 1
(define-fun lemma830 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 74)) (or (= res.kvmppc_pr_ops 1)))))
; lemma831: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => kvm.err == 0
(define-fun lemma831 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= kvm.err 0)))))
; lemma832: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => kvm.err1 == 0
(define-fun lemma832 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= kvm.err1 0)))))
; lemma833: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.irqfd_cleanup_wq == 1
(define-fun lemma833 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma834: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.cpus_hardware_enabled == 1
(define-fun lemma834 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.cpus_hardware_enabled 1)))))
; lemma835: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_cpuhp_starting == 1
(define-fun lemma835 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma836: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_reboot_notifier == 1
(define-fun lemma836 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_reboot_notifier 1)))))
; lemma837: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_vcpu_cache == 1
(define-fun lemma837 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_vcpu_cache 1)))))
; lemma838: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.cpu_kick_mask == 1
(define-fun lemma838 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.cpu_kick_mask 1)))))
; lemma839: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_syscore_ops == 1
(define-fun lemma839 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_syscore_ops 1)))))
; lemma840: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_debugfs == 1
(define-fun lemma840 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_debugfs 1)))))
; lemma841: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_vfio_ops == 1
(define-fun lemma841 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_vfio_ops 1)))))
; lemma842: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvm_dev == 1
(define-fun lemma842 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvm_dev 1)))))
; lemma843: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 75 => res.kvmppc_pr_ops == 1
(define-fun lemma843 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 75)) (or (= res.kvmppc_pr_ops 1)))))
; lemma844: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => kvm.err == 12
(define-fun lemma844 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= kvm.err 12)))))
; lemma845: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => kvm.err1 == 0
(define-fun lemma845 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= kvm.err1 0)))))
; lemma846: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.irqfd_cleanup_wq == 0
(define-fun lemma846 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma847: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.cpus_hardware_enabled == 0
(define-fun lemma847 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.cpus_hardware_enabled 0)))))
; lemma848: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.kvm_cpuhp_starting == 0
(define-fun lemma848 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma849: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.kvm_reboot_notifier == 0
(define-fun lemma849 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.kvm_reboot_notifier 0)))))
; lemma850: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.cpu_kick_mask == 0
(define-fun lemma850 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.cpu_kick_mask 0)))))
; lemma851: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.kvm_vfio_ops == 0
(define-fun lemma851 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.kvm_vfio_ops 0)))))
; lemma852: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.kvm_dev == 0
(define-fun lemma852 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.kvm_dev 0)))))
; lemma853: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => res.kvmppc_pr_ops == 1
(define-fun lemma853 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= res.kvmppc_pr_ops 1)))))
; lemma854: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 76 => user0.vm_fd == 0
(define-fun lemma854 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 76)) (or (= user0.vm_fd 0)))))
; lemma855: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => kvm.err == 12
(define-fun lemma855 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= kvm.err 12)))))
; lemma856: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => kvm.err1 == 0
(define-fun lemma856 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= kvm.err1 0)))))
; lemma857: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.irqfd_cleanup_wq == 0
(define-fun lemma857 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma858: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.cpus_hardware_enabled == 0
(define-fun lemma858 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.cpus_hardware_enabled 0)))))
; lemma859: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.kvm_cpuhp_starting == 0
(define-fun lemma859 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma860: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.kvm_reboot_notifier == 0
(define-fun lemma860 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.kvm_reboot_notifier 0)))))
; lemma861: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.kvm_vcpu_cache == 0
(define-fun lemma861 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.kvm_vcpu_cache 0)))))
; lemma862: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.kvm_vfio_ops == 0
(define-fun lemma862 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.kvm_vfio_ops 0)))))
; lemma863: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.kvm_dev == 0
(define-fun lemma863 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.kvm_dev 0)))))
; lemma864: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 77 => res.kvmppc_pr_ops == 1
(define-fun lemma864 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 77)) (or (= res.kvmppc_pr_ops 1)))))
; lemma865: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => kvm.err == 12
(define-fun lemma865 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= kvm.err 12)))))
; lemma866: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => kvm.refs == 0
(define-fun lemma866 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= kvm.refs 0)))))
; lemma867: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => kvm.err1 == 0
(define-fun lemma867 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= kvm.err1 0)))))
; lemma868: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.irqfd_cleanup_wq == 0
(define-fun lemma868 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma869: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.cpus_hardware_enabled == 0
(define-fun lemma869 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.cpus_hardware_enabled 0)))))
; lemma870: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.kvm_cpuhp_starting == 0
(define-fun lemma870 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma871: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.kvm_reboot_notifier == 0
(define-fun lemma871 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.kvm_reboot_notifier 0)))))
; lemma872: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.kvm_vcpu_cache == 0
(define-fun lemma872 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.kvm_vcpu_cache 0)))))
; lemma873: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.cpu_kick_mask == 0
(define-fun lemma873 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.cpu_kick_mask 0)))))
; lemma874: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.kvm_vfio_ops == 0
(define-fun lemma874 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.kvm_vfio_ops 0)))))
; lemma875: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.kvm_dev == 0
(define-fun lemma875 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.kvm_dev 0)))))
; lemma876: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => res.kvmppc_pr_ops == 0
(define-fun lemma876 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= res.kvmppc_pr_ops 0)))))
; lemma877: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 78 => user0.vm_fd == 0
(define-fun lemma877 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 78)) (or (= user0.vm_fd 0)))))
; lemma878: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => kvm.err == 12
(define-fun lemma878 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= kvm.err 12)))))
; lemma879: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => kvm.err1 == 0
(define-fun lemma879 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= kvm.err1 0)))))
; lemma880: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => res.cpus_hardware_enabled == 0
(define-fun lemma880 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= res.cpus_hardware_enabled 0)))))
; lemma881: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => res.kvm_vfio_ops == 0
(define-fun lemma881 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= res.kvm_vfio_ops 0)))))
; lemma882: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => res.kvm_dev == 0
(define-fun lemma882 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= res.kvm_dev 0)))))
; lemma883: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => res.kvmppc_pr_ops == 0
(define-fun lemma883 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= res.kvmppc_pr_ops 0)))))
; lemma884: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => res.hpte_cache == 0
(define-fun lemma884 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= res.hpte_cache 0)))))
; lemma885: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 79 => user0.fd == 0
(define-fun lemma885 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 79)) (or (= user0.fd 0)))))
; lemma886: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => kvm.err == 12
(define-fun lemma886 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= kvm.err 12)))))
; lemma887: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => kvm.refs == 0
(define-fun lemma887 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= kvm.refs 0)))))
; lemma888: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => kvm.err1 == 0
(define-fun lemma888 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= kvm.err1 0)))))
; lemma889: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => res.irqfd_cleanup_wq == 0
(define-fun lemma889 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma890: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => res.kvm_cpuhp_starting == 0
(define-fun lemma890 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma891: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => res.kvm_vfio_ops == 0
(define-fun lemma891 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= res.kvm_vfio_ops 0)))))
; lemma892: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => res.kvm_dev == 0
(define-fun lemma892 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= res.kvm_dev 0)))))
; lemma893: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => res.kvmppc_pr_ops == 0
(define-fun lemma893 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= res.kvmppc_pr_ops 0)))))
; lemma894: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 80 => res.hpte_cache == 0
(define-fun lemma894 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 80)) (or (= res.hpte_cache 0)))))
; lemma895: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => kvm.state == 2
(define-fun lemma895 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= kvm.state 2)))))
; lemma896: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => kvm.err == 12
(define-fun lemma896 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= kvm.err 12)))))
; lemma897: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => kvm.refs == 0
(define-fun lemma897 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= kvm.refs 0)))))
; lemma898: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => kvm.err1 == 0
(define-fun lemma898 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= kvm.err1 0)))))
; lemma899: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.irqfd_cleanup_wq == 0
(define-fun lemma899 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma900: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.cpus_hardware_enabled == 0
(define-fun lemma900 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.cpus_hardware_enabled 0)))))
; lemma901: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.kvm_cpuhp_starting == 0
(define-fun lemma901 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma902: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.kvm_reboot_notifier == 0
(define-fun lemma902 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.kvm_reboot_notifier 0)))))
; lemma903: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.kvm_vcpu_cache == 0
(define-fun lemma903 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.kvm_vcpu_cache 0)))))
; lemma904: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.cpu_kick_mask == 0
(define-fun lemma904 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.cpu_kick_mask 0)))))
; lemma905: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.kvm_vfio_ops == 0
(define-fun lemma905 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.kvm_vfio_ops 0)))))
; lemma906: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.kvm_dev == 0
(define-fun lemma906 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.kvm_dev 0)))))
; lemma907: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.kvmppc_pr_ops == 0
(define-fun lemma907 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.kvmppc_pr_ops 0)))))
; lemma908: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => res.hpte_cache == 0
(define-fun lemma908 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= res.hpte_cache 0)))))
; lemma909: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => user0.fd == 0
(define-fun lemma909 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= user0.fd 0)))))
; lemma910: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 81 => user0.vm_fd == 0
(define-fun lemma910 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 81)) (or (= user0.vm_fd 0)))))
; lemma911: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 93 => kvm.state == 2
(define-fun lemma911 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 93)) (or (= kvm.state 2)))))
; lemma912: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 93 => kvm.err1 == 0
(define-fun lemma912 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 93)) (or (= kvm.err1 0)))))
; lemma913: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.pc == 94 => kvm.err1 == 0
(define-fun lemma913 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.pc 94)) (or (= kvm.err1 0)))))
; lemma914: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 0 => kvm.state in {0, 2, 3, 4, 7}
(define-fun lemma914 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= kvm.err 0))
               (or (= kvm.state 0)
                   (and (<= 2 kvm.state) (<= kvm.state 4))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma915: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 0 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 93, 94}
(define-fun lemma915 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.err 0))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 72))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma916: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => kvm.state in {0, 2, 5, 7}
(define-fun lemma916 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err 12))
        (or (= kvm.state 0) (= kvm.state 2) (= kvm.state 5) (= kvm.state 7)))))
; lemma917: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => kvm.pc in {76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma917 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.err 12))
               (or (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma918: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => kvm.refs == 0
(define-fun lemma918 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err 12)) (or (= kvm.refs 0)))))
; lemma919: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => res.irqfd_cleanup_wq == 0
(define-fun lemma919 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err 12)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma920: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => res.cpus_hardware_enabled == 0
(define-fun lemma920 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err 12)) (or (= res.cpus_hardware_enabled 0)))))
; lemma921: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => res.kvm_cpuhp_starting == 0
(define-fun lemma921 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err 12)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma922: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => res.kvm_reboot_notifier == 0
(define-fun lemma922 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err 12)) (or (= res.kvm_reboot_notifier 0)))))
; lemma923: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err == 12 => user0.pc in {0, 8, 9, 12}
(define-fun lemma923 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.err 12))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma924: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 0 => user0.fd == 0
(define-fun lemma924 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 0)) (or (= user0.fd 0)))))
; lemma925: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma925 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma926: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 0 => user0.vm == 0
(define-fun lemma926 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 0)) (or (= user0.vm 0)))))
; lemma927: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 0 => user0.vm_owner == 0
(define-fun lemma927 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 0)) (or (= user0.vm_owner 0)))))
; lemma928: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 0 => user0.vm_fd == 0
(define-fun lemma928 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 0)) (or (= user0.vm_fd 0)))))
; lemma929: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 0 => user0.ret in {-19, -2, 0}
(define-fun lemma929 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 0))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma930: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => kvm.state in {2, 3}
(define-fun lemma930 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma931: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma931 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 1))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma932: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => kvm.err1 == 0
(define-fun lemma932 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= kvm.err1 0)))))
; lemma933: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => res.kvm_cpuhp_starting == 1
(define-fun lemma933 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma934: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => res.kvm_syscore_ops == 1
(define-fun lemma934 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= res.kvm_syscore_ops 1)))))
; lemma935: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => res.kvm_vfio_ops == 1
(define-fun lemma935 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= res.kvm_vfio_ops 1)))))
; lemma936: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => res.kvm_dev == 1
(define-fun lemma936 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= res.kvm_dev 1)))))
; lemma937: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma937 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma938: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => user0.pc in {0, 7, 8, 10, 11, 12}
(define-fun lemma938 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 1))
               (or (= user0.pc 0)
                   (and (<= 7 user0.pc) (<= user0.pc 8))
                   (and (<= 10 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma939: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 1 => user0.vm_owner == 0
(define-fun lemma939 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 1)) (or (= user0.vm_owner 0)))))
; lemma940: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 2 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma940 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 2))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma941: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 2 => user0.pc in {0, 1, 2, 5, 7, 9}
(define-fun lemma941 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 2))
               (or (and (<= 0 user0.pc) (<= user0.pc 2))
                   (= user0.pc 5)
                   (= user0.pc 7)
                   (= user0.pc 9)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma942: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 3 => user0.pc in {0, 3, 4, 8, 10, 11}
(define-fun lemma942 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.refs 3))
               (or (= user0.pc 0)
                   (and (<= 3 user0.pc) (<= user0.pc 4))
                   (= user0.pc 8)
                   (and (<= 10 user0.pc) (<= user0.pc 11))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma943: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 3 => user0.arg in {0, 2}
(define-fun lemma943 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 3)) (or (= user0.arg 0) (= user0.arg 2)))))
; lemma944: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 3 => user0.vm_owner == 1
(define-fun lemma944 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 3)) (or (= user0.vm_owner 1)))))
; lemma945: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.refs == 3 => user0.ret in {-22, -12, 0}
(define-fun lemma945 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.refs Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.refs 3))
        (or (= user0.ret (- 22)) (= user0.ret (- 12)) (= user0.ret 0)))))
; lemma946: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 0 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 74, 75, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma946 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.err1 0))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 62))
                   (and (<= 74 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma947: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 12 => kvm.state == 2
(define-fun lemma947 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (kvm.state Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err1 12)) (or (= kvm.state 2)))))
; lemma948: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 12 => kvm.pc in {63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74}
(define-fun lemma948 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.err1 12))
               (or (and (<= 63 kvm.pc) (<= kvm.pc 72)) (= kvm.pc 74)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma949: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 12 => kvm.err == 0
(define-fun lemma949 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err1 12)) (or (= kvm.err 0)))))
; lemma950: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 12 => kvm.refs == 0
(define-fun lemma950 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err1 12)) (or (= kvm.refs 0)))))
; lemma951: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 12 => res.kvm_dev == 0
(define-fun lemma951 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= kvm.err1 12)) (or (= res.kvm_dev 0)))))
; lemma952: [hv_possible=0 pr_possible=1 radix=0 nested=0] kvm.err1 == 12 => user0.pc in {0, 8, 9, 12}
(define-fun lemma952 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.err1 Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= kvm.err1 12))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma953: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => kvm.pc in {0, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma953 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.irqfd_cleanup_wq 0))
               (or (= kvm.pc 0)
                   (and (<= 11 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 47))
                   (= kvm.pc 72)
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma954: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => kvm.refs == 0
(define-fun lemma954 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= kvm.refs 0)))))
; lemma955: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => res.kvm_cpuhp_starting == 0
(define-fun lemma955 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma956: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => res.kvm_reboot_notifier == 0
(define-fun lemma956 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= res.kvm_reboot_notifier 0)))))
; lemma957: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => res.kvm_vcpu_cache == 0
(define-fun lemma957 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= res.kvm_vcpu_cache 0)))))
; lemma958: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => res.cpu_kick_mask == 0
(define-fun lemma958 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= res.cpu_kick_mask 0)))))
; lemma959: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => res.kvm_dev == 0
(define-fun lemma959 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= res.kvm_dev 0)))))
; lemma960: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => user0.fd == 0
(define-fun lemma960 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= user0.fd 0)))))
; lemma961: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma961 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.irqfd_cleanup_wq 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma962: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 0 => user0.vm_fd == 0
(define-fun lemma962 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 0)) (or (= user0.vm_fd 0)))))
; lemma963: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 1 => kvm.state in {2, 3, 4}
(define-fun lemma963 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.irqfd_cleanup_wq 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma964: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 74, 75, 93, 94}
(define-fun lemma964 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.irqfd_cleanup_wq 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 10))
                   (and (<= 48 kvm.pc) (<= kvm.pc 71))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma965: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 1 => kvm.err == 0
(define-fun lemma965 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 1)) (or (= kvm.err 0)))))
; lemma966: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.irqfd_cleanup_wq == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma966 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.irqfd_cleanup_wq Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.irqfd_cleanup_wq 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma967: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma967 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.cpus_hardware_enabled 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma968: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => kvm.pc in {0, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma968 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.cpus_hardware_enabled 0))
               (or (= kvm.pc 0)
                   (and (<= 12 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 48))
                   (and (<= 71 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma969: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => kvm.refs == 0
(define-fun lemma969 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= kvm.refs 0)))))
; lemma970: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => res.kvm_cpuhp_starting == 0
(define-fun lemma970 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma971: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => res.kvm_reboot_notifier == 0
(define-fun lemma971 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0))
        (or (= res.kvm_reboot_notifier 0)))))
; lemma972: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => res.kvm_vcpu_cache == 0
(define-fun lemma972 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= res.kvm_vcpu_cache 0)))))
; lemma973: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => res.cpu_kick_mask == 0
(define-fun lemma973 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= res.cpu_kick_mask 0)))))
; lemma974: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => res.kvm_dev == 0
(define-fun lemma974 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= res.kvm_dev 0)))))
; lemma975: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => user0.fd == 0
(define-fun lemma975 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= user0.fd 0)))))
; lemma976: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => user0.vm_fd == 0
(define-fun lemma976 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0)) (or (= user0.vm_fd 0)))))
; lemma977: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 0 => user0.ret in {-19, -2, 0}
(define-fun lemma977 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 0))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma978: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 1 => kvm.state in {2, 3, 4}
(define-fun lemma978 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.cpus_hardware_enabled 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma979: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 74, 75, 93, 94}
(define-fun lemma979 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.cpus_hardware_enabled 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 11))
                   (and (<= 49 kvm.pc) (<= kvm.pc 70))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma980: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 1 => kvm.err == 0
(define-fun lemma980 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 1)) (or (= kvm.err 0)))))
; lemma981: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpus_hardware_enabled == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma981 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpus_hardware_enabled Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpus_hardware_enabled 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma982: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma982 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_cpuhp_starting 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma983: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => kvm.pc in {0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma983 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_cpuhp_starting 0))
               (or (= kvm.pc 0)
                   (and (<= 8 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 51))
                   (and (<= 69 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma984: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => kvm.refs == 0
(define-fun lemma984 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= kvm.refs 0)))))
; lemma985: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => res.kvm_reboot_notifier == 0
(define-fun lemma985 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= res.kvm_reboot_notifier 0)))))
; lemma986: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => res.kvm_vcpu_cache == 0
(define-fun lemma986 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= res.kvm_vcpu_cache 0)))))
; lemma987: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => res.cpu_kick_mask == 0
(define-fun lemma987 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= res.cpu_kick_mask 0)))))
; lemma988: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => res.kvm_dev == 0
(define-fun lemma988 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= res.kvm_dev 0)))))
; lemma989: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => user0.fd == 0
(define-fun lemma989 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= user0.fd 0)))))
; lemma990: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => user0.vm == 0
(define-fun lemma990 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= user0.vm 0)))))
; lemma991: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 0 => user0.vm_fd == 0
(define-fun lemma991 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 0)) (or (= user0.vm_fd 0)))))
; lemma992: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 1 => kvm.state in {2, 3, 4}
(define-fun lemma992 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_cpuhp_starting 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma993: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 74, 75, 93, 94}
(define-fun lemma993 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_cpuhp_starting 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 7))
                   (and (<= 52 kvm.pc) (<= kvm.pc 68))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma994: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 1 => kvm.err == 0
(define-fun lemma994 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 1)) (or (= kvm.err 0)))))
; lemma995: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 1 => res.irqfd_cleanup_wq == 1
(define-fun lemma995 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 1)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma996: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_cpuhp_starting == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma996 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_cpuhp_starting Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_cpuhp_starting 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma997: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma997 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_reboot_notifier 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma998: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => kvm.pc in {0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma998 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_reboot_notifier 0))
               (or (= kvm.pc 0)
                   (and (<= 7 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 52))
                   (and (<= 68 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma999: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => kvm.refs == 0
(define-fun lemma999 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 0)) (or (= kvm.refs 0)))))
; lemma1000: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => res.kvm_vcpu_cache == 0
(define-fun lemma1000 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 0)) (or (= res.kvm_vcpu_cache 0)))))
; lemma1001: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => res.cpu_kick_mask == 0
(define-fun lemma1001 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 0)) (or (= res.cpu_kick_mask 0)))))
; lemma1002: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => res.kvm_dev == 0
(define-fun lemma1002 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 0)) (or (= res.kvm_dev 0)))))
; lemma1003: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => user0.fd == 0
(define-fun lemma1003 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 0)) (or (= user0.fd 0)))))
; lemma1004: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma1004 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_reboot_notifier 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1005: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 0 => user0.vm_fd == 0
(define-fun lemma1005 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 0)) (or (= user0.vm_fd 0)))))
; lemma1006: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1006 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_reboot_notifier 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1007: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 74, 75, 93, 94}
(define-fun lemma1007 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_reboot_notifier 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 6))
                   (and (<= 53 kvm.pc) (<= kvm.pc 67))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1008: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 1 => kvm.err == 0
(define-fun lemma1008 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 1)) (or (= kvm.err 0)))))
; lemma1009: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 1 => res.irqfd_cleanup_wq == 1
(define-fun lemma1009 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 1)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma1010: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 1 => res.cpus_hardware_enabled == 1
(define-fun lemma1010 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 1))
        (or (= res.cpus_hardware_enabled 1)))))
; lemma1011: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_reboot_notifier == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma1011 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_reboot_notifier Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_reboot_notifier 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1012: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma1012 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vcpu_cache 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1013: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => kvm.pc in {0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1013 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vcpu_cache 0))
               (or (= kvm.pc 0)
                   (and (<= 4 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 53))
                   (and (<= 67 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1014: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => kvm.refs == 0
(define-fun lemma1014 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 0)) (or (= kvm.refs 0)))))
; lemma1015: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => res.cpu_kick_mask == 0
(define-fun lemma1015 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 0)) (or (= res.cpu_kick_mask 0)))))
; lemma1016: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => res.kvm_dev == 0
(define-fun lemma1016 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 0)) (or (= res.kvm_dev 0)))))
; lemma1017: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => user0.fd == 0
(define-fun lemma1017 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 0)) (or (= user0.fd 0)))))
; lemma1018: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma1018 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vcpu_cache 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1019: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 0 => user0.vm_fd == 0
(define-fun lemma1019 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 0)) (or (= user0.vm_fd 0)))))
; lemma1020: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1020 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vcpu_cache 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1021: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 1 => kvm.pc in {0, 1, 2, 3, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 74, 75, 93, 94}
(define-fun lemma1021 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vcpu_cache 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 3))
                   (and (<= 54 kvm.pc) (<= kvm.pc 66))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1022: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 1 => kvm.err == 0
(define-fun lemma1022 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 1)) (or (= kvm.err 0)))))
; lemma1023: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 1 => res.kvm_reboot_notifier == 1
(define-fun lemma1023 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 1)) (or (= res.kvm_reboot_notifier 1)))))
; lemma1024: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vcpu_cache == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma1024 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vcpu_cache Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vcpu_cache 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1025: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma1025 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.cpu_kick_mask 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1026: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => kvm.pc in {0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 65, 66, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1026 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.cpu_kick_mask 0))
               (or (= kvm.pc 0)
                   (and (<= 3 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 54))
                   (and (<= 65 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1027: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => kvm.refs == 0
(define-fun lemma1027 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 0)) (or (= kvm.refs 0)))))
; lemma1028: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => res.kvm_dev == 0
(define-fun lemma1028 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 0)) (or (= res.kvm_dev 0)))))
; lemma1029: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => user0.fd == 0
(define-fun lemma1029 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 0)) (or (= user0.fd 0)))))
; lemma1030: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma1030 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.cpu_kick_mask 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1031: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 0 => user0.vm_fd == 0
(define-fun lemma1031 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 0)) (or (= user0.vm_fd 0)))))
; lemma1032: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1032 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.cpu_kick_mask 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1033: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 1 => kvm.pc in {0, 1, 2, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 74, 75, 93, 94}
(define-fun lemma1033 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.cpu_kick_mask 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 2))
                   (and (<= 55 kvm.pc) (<= kvm.pc 65))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1034: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 1 => kvm.err == 0
(define-fun lemma1034 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 1)) (or (= kvm.err 0)))))
; lemma1035: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 1 => res.kvm_reboot_notifier == 1
(define-fun lemma1035 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 1)) (or (= res.kvm_reboot_notifier 1)))))
; lemma1036: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.cpu_kick_mask == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma1036 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.cpu_kick_mask Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.cpu_kick_mask 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1037: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 0 => kvm.pc in {0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 65, 66, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1037 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_syscore_ops 0))
               (or (= kvm.pc 0)
                   (and (<= 6 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 58))
                   (and (<= 65 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1038: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 0 => kvm.refs == 0
(define-fun lemma1038 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_syscore_ops 0)) (or (= kvm.refs 0)))))
; lemma1039: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 0 => res.kvm_debugfs == 0
(define-fun lemma1039 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_syscore_ops 0)) (or (= res.kvm_debugfs 0)))))
; lemma1040: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 0 => res.kvm_dev == 0
(define-fun lemma1040 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_syscore_ops 0)) (or (= res.kvm_dev 0)))))
; lemma1041: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 0 => user0.fd == 0
(define-fun lemma1041 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_syscore_ops 0)) (or (= user0.fd 0)))))
; lemma1042: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 0 => user0.vm_fd == 0
(define-fun lemma1042 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_syscore_ops 0)) (or (= user0.vm_fd 0)))))
; lemma1043: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_syscore_ops == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1043 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_syscore_ops 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 5))
                   (and (<= 31 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 72))
                   (and (<= 74 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1044: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma1044 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_debugfs 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1045: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 0 => kvm.pc in {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 65, 66, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1045 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_debugfs 0))
               (or (= kvm.pc 0)
                   (and (<= 2 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 59))
                   (and (<= 65 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1046: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 0 => kvm.refs == 0
(define-fun lemma1046 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_debugfs 0)) (or (= kvm.refs 0)))))
; lemma1047: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 0 => res.kvm_dev == 0
(define-fun lemma1047 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_debugfs 0)) (or (= res.kvm_dev 0)))))
; lemma1048: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 0 => user0.fd == 0
(define-fun lemma1048 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_debugfs 0)) (or (= user0.fd 0)))))
; lemma1049: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 0 => user0.vm_fd == 0
(define-fun lemma1049 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_debugfs 0)) (or (= user0.vm_fd 0)))))
; lemma1050: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_debugfs == 1 => kvm.pc in {0, 1, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1050 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_debugfs Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_debugfs 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 1))
                   (and (<= 31 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 72))
                   (and (<= 74 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1051: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma1051 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vfio_ops 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1052: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => kvm.pc in {0, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1052 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vfio_ops 0))
               (or (= kvm.pc 0)
                   (and (<= 13 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 60))
                   (and (<= 64 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1053: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => kvm.refs == 0
(define-fun lemma1053 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 0)) (or (= kvm.refs 0)))))
; lemma1054: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => res.kvm_dev == 0
(define-fun lemma1054 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 0)) (or (= res.kvm_dev 0)))))
; lemma1055: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => user0.fd == 0
(define-fun lemma1055 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 0)) (or (= user0.fd 0)))))
; lemma1056: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma1056 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vfio_ops 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1057: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => user0.vm_fd == 0
(define-fun lemma1057 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 0)) (or (= user0.vm_fd 0)))))
; lemma1058: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 0 => user0.ret in {-19, -2, 0}
(define-fun lemma1058 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 0))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma1059: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1059 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vfio_ops 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1060: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 61, 62, 63, 74, 75, 93, 94}
(define-fun lemma1060 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_vfio_ops 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 12))
                   (and (<= 61 kvm.pc) (<= kvm.pc 63))
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1061: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 1 => kvm.err == 0
(define-fun lemma1061 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 1)) (or (= kvm.err 0)))))
; lemma1062: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_vfio_ops == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma1062 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_vfio_ops 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1063: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma1063 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_dev 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1064: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32, 33, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 93, 94}
(define-fun lemma1064 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_dev 0))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 61))
                   (and (<= 63 kvm.pc) (<= kvm.pc 72))
                   (= kvm.pc 74)
                   (and (<= 76 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1065: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => kvm.refs == 0
(define-fun lemma1065 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 0)) (or (= kvm.refs 0)))))
; lemma1066: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => user0.fd == 0
(define-fun lemma1066 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 0)) (or (= user0.fd 0)))))
; lemma1067: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma1067 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_dev 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1068: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => user0.vm_fd == 0
(define-fun lemma1068 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 0)) (or (= user0.vm_fd 0)))))
; lemma1069: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 0 => user0.ret in {-19, -2, 0}
(define-fun lemma1069 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 0))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma1070: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1070 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_dev 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1071: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => kvm.pc in {0, 62, 74, 75, 93, 94}
(define-fun lemma1071 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvm_dev 1))
               (or (= kvm.pc 0)
                   (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1072: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => kvm.err == 0
(define-fun lemma1072 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 1)) (or (= kvm.err 0)))))
; lemma1073: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => kvm.err1 == 0
(define-fun lemma1073 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 1)) (or (= kvm.err1 0)))))
; lemma1074: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => res.kvm_debugfs == 1
(define-fun lemma1074 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 1)) (or (= res.kvm_debugfs 1)))))
; lemma1075: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => res.kvm_vfio_ops == 1
(define-fun lemma1075 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 1)) (or (= res.kvm_vfio_ops 1)))))
; lemma1076: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvm_dev == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma1076 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_dev Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvm_dev 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1077: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => kvm.state in {0, 2, 4, 5, 7}
(define-fun lemma1077 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvmppc_pr_ops 0))
               (or (= kvm.state 0)
                   (= kvm.state 2)
                   (and (<= 4 kvm.state) (<= kvm.state 5))
                   (= kvm.state 7)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1078: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => kvm.pc in {0, 16, 17, 18, 19, 30, 31, 32, 33, 78, 79, 80, 81, 93, 94}
(define-fun lemma1078 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvmppc_pr_ops 0))
               (or (= kvm.pc 0)
                   (and (<= 16 kvm.pc) (<= kvm.pc 19))
                   (and (<= 30 kvm.pc) (<= kvm.pc 33))
                   (and (<= 78 kvm.pc) (<= kvm.pc 81))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1079: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => kvm.refs == 0
(define-fun lemma1079 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= kvm.refs 0)))))
; lemma1080: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => kvm.err1 == 0
(define-fun lemma1080 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= kvm.err1 0)))))
; lemma1081: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => res.irqfd_cleanup_wq == 0
(define-fun lemma1081 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= res.irqfd_cleanup_wq 0)))))
; lemma1082: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => res.kvm_cpuhp_starting == 0
(define-fun lemma1082 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= res.kvm_cpuhp_starting 0)))))
; lemma1083: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => res.kvm_reboot_notifier == 0
(define-fun lemma1083 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= res.kvm_reboot_notifier 0)))))
; lemma1084: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => user0.fd == 0
(define-fun lemma1084 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= user0.fd 0)))))
; lemma1085: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => user0.pc in {0, 8, 9, 12}
(define-fun lemma1085 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvmppc_pr_ops 0))
               (or (= user0.pc 0)
                   (and (<= 8 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1086: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 0 => user0.vm_fd == 0
(define-fun lemma1086 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= res.kvmppc_pr_ops 0)) (or (= user0.vm_fd 0)))))
; lemma1087: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1087 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.kvmppc_pr_ops 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1088: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.kvmppc_pr_ops == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 34, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 93, 94}
(define-fun lemma1088 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvmppc_pr_ops Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.kvmppc_pr_ops 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 15))
                   (and (<= 34 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 72))
                   (and (<= 74 kvm.pc) (<= kvm.pc 77))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1089: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.hpte_cache == 1 => kvm.state in {2, 3, 4}
(define-fun lemma1089 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.hpte_cache Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= res.hpte_cache 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 4))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1090: [hv_possible=0 pr_possible=1 radix=0 nested=0] res.hpte_cache == 1 => kvm.pc in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 35, 36, 37, 38, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 78, 93, 94}
(define-fun lemma1090 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.hpte_cache Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= res.hpte_cache 1))
               (or (and (<= 0 kvm.pc) (<= kvm.pc 16))
                   (and (<= 35 kvm.pc) (<= kvm.pc 38))
                   (and (<= 45 kvm.pc) (<= kvm.pc 72))
                   (and (<= 74 kvm.pc) (<= kvm.pc 78))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1091: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 0 => kvm.refs in {0, 1, 2}
(define-fun lemma1091 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (kvm.refs Int)) Bool
  (let ((a!1 (=> (and (= user0.fd 0)) (or (and (<= 0 kvm.refs) (<= kvm.refs 2))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1092: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 0 => user0.pc in {0, 7, 8, 9, 12}
(define-fun lemma1092 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.fd 0))
               (or (= user0.pc 0)
                   (and (<= 7 user0.pc) (<= user0.pc 9))
                   (= user0.pc 12)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1093: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 0 => user0.ret in {-19, -2, 0}
(define-fun lemma1093 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.fd 0))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma1094: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => kvm.state in {2, 3}
(define-fun lemma1094 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= user0.fd 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1095: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma1095 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.fd 1))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1096: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => kvm.err == 0
(define-fun lemma1096 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.fd 1)) (or (= kvm.err 0)))))
; lemma1097: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => kvm.refs in {1, 2, 3}
(define-fun lemma1097 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (kvm.refs Int)) Bool
  (let ((a!1 (=> (and (= user0.fd 1)) (or (and (<= 1 kvm.refs) (<= kvm.refs 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1098: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => kvm.err1 == 0
(define-fun lemma1098 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.fd 1)) (or (= kvm.err1 0)))))
; lemma1099: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => res.kvm_dev == 1
(define-fun lemma1099 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.fd 1)) (or (= res.kvm_dev 1)))))
; lemma1100: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => user0.pc in {0, 1, 2, 3, 4, 5, 7, 8, 10, 11, 12}
(define-fun lemma1100 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.fd 1))
               (or (and (<= 0 user0.pc) (<= user0.pc 5))
                   (and (<= 7 user0.pc) (<= user0.pc 8))
                   (and (<= 10 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1101: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.fd == 1 => user0.ret in {-22, -12, 0}
(define-fun lemma1101 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.fd 1))
        (or (= user0.ret (- 22)) (= user0.ret (- 12)) (= user0.ret 0)))))
; lemma1102: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma1102 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.pc 1))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1103: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => kvm.refs == 2
(define-fun lemma1103 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= kvm.refs 2)))))
; lemma1104: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => res.kvm_cpuhp_starting == 1
(define-fun lemma1104 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma1105: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => res.kvmppc_pr_ops == 1
(define-fun lemma1105 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1106: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => user0.fd == 1
(define-fun lemma1106 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= user0.fd 1)))))
; lemma1107: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => user0.vm == 0
(define-fun lemma1107 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= user0.vm 0)))))
; lemma1108: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => user0.vm_owner == 0
(define-fun lemma1108 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= user0.vm_owner 0)))))
; lemma1109: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => user0.vm_fd == 1
(define-fun lemma1109 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1)) (or (= user0.vm_fd 1)))))
; lemma1110: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 1 => user0.ret in {-22, -12, 0}
(define-fun lemma1110 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 1))
        (or (= user0.ret (- 22)) (= user0.ret (- 12)) (= user0.ret 0)))))
; lemma1111: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => kvm.state in {2, 3}
(define-fun lemma1111 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= user0.pc 2))
               (or (and (<= 2 kvm.state) (<= kvm.state 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1112: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => kvm.err == 0
(define-fun lemma1112 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= kvm.err 0)))))
; lemma1113: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => kvm.refs == 2
(define-fun lemma1113 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= kvm.refs 2)))))
; lemma1114: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => kvm.err1 == 0
(define-fun lemma1114 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= kvm.err1 0)))))
; lemma1115: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.irqfd_cleanup_wq == 1
(define-fun lemma1115 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma1116: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.cpus_hardware_enabled == 1
(define-fun lemma1116 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.cpus_hardware_enabled 1)))))
; lemma1117: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_cpuhp_starting == 1
(define-fun lemma1117 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma1118: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_reboot_notifier == 1
(define-fun lemma1118 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_reboot_notifier 1)))))
; lemma1119: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_vcpu_cache == 1
(define-fun lemma1119 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_vcpu_cache 1)))))
; lemma1120: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.cpu_kick_mask == 1
(define-fun lemma1120 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.cpu_kick_mask 1)))))
; lemma1121: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_syscore_ops == 1
(define-fun lemma1121 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_syscore_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_syscore_ops 1)))))
; lemma1122: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_debugfs == 1
(define-fun lemma1122 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_debugfs 1)))))
; lemma1123: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_vfio_ops == 1
(define-fun lemma1123 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_vfio_ops 1)))))
; lemma1124: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvm_dev == 1
(define-fun lemma1124 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvm_dev 1)))))
; lemma1125: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => res.kvmppc_pr_ops == 1
(define-fun lemma1125 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1126: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.fd == 1
(define-fun lemma1126 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.fd 1)))))
; lemma1127: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.arg in {0, 2}
(define-fun lemma1127 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.arg 0) (= user0.arg 2)))))
; lemma1128: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.sel_owner == 1
(define-fun lemma1128 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.sel_owner 1)))))
; lemma1129: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.stale == 0
(define-fun lemma1129 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.stale 0)))))
; lemma1130: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.vm == 0
(define-fun lemma1130 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.vm 0)))))
; lemma1131: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.vm_owner == 0
(define-fun lemma1131 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.vm_owner 0)))))
; lemma1132: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 2 => user0.vm_fd == 1
(define-fun lemma1132 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 2)) (or (= user0.vm_fd 1)))))
; lemma1133: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma1133 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.pc 3))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1134: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => kvm.refs == 3
(define-fun lemma1134 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= kvm.refs 3)))))
; lemma1135: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => res.kvm_cpuhp_starting == 1
(define-fun lemma1135 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma1136: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => res.kvmppc_pr_ops == 1
(define-fun lemma1136 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1137: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.fd == 1
(define-fun lemma1137 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.fd 1)))))
; lemma1138: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.sel == 2
(define-fun lemma1138 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.sel 2)))))
; lemma1139: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.sel_owner == 1
(define-fun lemma1139 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.sel_owner 1)))))
; lemma1140: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.stale == 0
(define-fun lemma1140 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.stale 0)))))
; lemma1141: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.vm == 0
(define-fun lemma1141 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.vm 0)))))
; lemma1142: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.vm_owner == 1
(define-fun lemma1142 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.vm_owner 1)))))
; lemma1143: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 3 => user0.vm_fd == 1
(define-fun lemma1143 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 3)) (or (= user0.vm_fd 1)))))
; lemma1144: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => kvm.refs == 3
(define-fun lemma1144 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= kvm.refs 3)))))
; lemma1145: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => res.kvm_dev == 1
(define-fun lemma1145 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= res.kvm_dev 1)))))
; lemma1146: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => res.kvmppc_pr_ops == 1
(define-fun lemma1146 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1147: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.fd == 1
(define-fun lemma1147 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.fd 1)))))
; lemma1148: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.sel == 2
(define-fun lemma1148 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.sel 2)))))
; lemma1149: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.sel_owner == 1
(define-fun lemma1149 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.sel_owner 1)))))
; lemma1150: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.stale == 0
(define-fun lemma1150 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.stale 0)))))
; lemma1151: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.vm == 0
(define-fun lemma1151 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.vm 0)))))
; lemma1152: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.vm_owner == 1
(define-fun lemma1152 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.vm_owner 1)))))
; lemma1153: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.vm_fd == 1
(define-fun lemma1153 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.vm_fd 1)))))
; lemma1154: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 4 => user0.ret == -12
(define-fun lemma1154 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 4)) (or (= user0.ret (- 12))))))
; lemma1155: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => kvm.refs == 2
(define-fun lemma1155 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= kvm.refs 2)))))
; lemma1156: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => res.kvm_reboot_notifier == 1
(define-fun lemma1156 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= res.kvm_reboot_notifier 1)))))
; lemma1157: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => res.kvm_dev == 1
(define-fun lemma1157 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= res.kvm_dev 1)))))
; lemma1158: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => user0.fd == 1
(define-fun lemma1158 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= user0.fd 1)))))
; lemma1159: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => user0.vm == 0
(define-fun lemma1159 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= user0.vm 0)))))
; lemma1160: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => user0.vm_owner == 0
(define-fun lemma1160 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= user0.vm_owner 0)))))
; lemma1161: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => user0.vm_fd == 1
(define-fun lemma1161 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= user0.vm_fd 1)))))
; lemma1162: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 5 => user0.ret in {-22, -12}
(define-fun lemma1162 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 5)) (or (= user0.ret (- 22)) (= user0.ret (- 12))))))
; lemma1163: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.arg in {0, 2}
(define-fun lemma1163 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.arg 0) (= user0.arg 2)))))
; lemma1164: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.sel == 2
(define-fun lemma1164 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.sel 2)))))
; lemma1165: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.sel_owner == 1
(define-fun lemma1165 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.sel_owner 1)))))
; lemma1166: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.stale == 0
(define-fun lemma1166 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.stale 0)))))
; lemma1167: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.vm == 2
(define-fun lemma1167 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.vm 2)))))
; lemma1168: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.vm_owner == 0
(define-fun lemma1168 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.vm_owner 0)))))
; lemma1169: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 7 => user0.vm_fd == 1
(define-fun lemma1169 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 7)) (or (= user0.vm_fd 1)))))
; lemma1170: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 8 => user0.ret in {-19, -2, 0}
(define-fun lemma1170 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 8))
        (or (= user0.ret (- 19)) (= user0.ret (- 2)) (= user0.ret 0)))))
; lemma1171: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 9 => kvm.refs in {0, 2}
(define-fun lemma1171 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 9)) (or (= kvm.refs 0) (= kvm.refs 2)))))
; lemma1172: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 9 => user0.fd == 0
(define-fun lemma1172 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 9)) (or (= user0.fd 0)))))
; lemma1173: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 9 => user0.ret == 0
(define-fun lemma1173 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 9)) (or (= user0.ret 0)))))
; lemma1174: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => kvm.state in {2, 3}
(define-fun lemma1174 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= user0.pc 10))
               (or (and (<= 2 kvm.state) (<= kvm.state 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1175: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => kvm.err == 0
(define-fun lemma1175 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= kvm.err 0)))))
; lemma1176: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => kvm.refs in {1, 3}
(define-fun lemma1176 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= kvm.refs 1) (= kvm.refs 3)))))
; lemma1177: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => kvm.err1 == 0
(define-fun lemma1177 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= kvm.err1 0)))))
; lemma1178: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.irqfd_cleanup_wq == 1
(define-fun lemma1178 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma1179: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.cpus_hardware_enabled == 1
(define-fun lemma1179 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.cpus_hardware_enabled Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.cpus_hardware_enabled 1)))))
; lemma1180: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvm_cpuhp_starting == 1
(define-fun lemma1180 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_cpuhp_starting Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvm_cpuhp_starting 1)))))
; lemma1181: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvm_reboot_notifier == 1
(define-fun lemma1181 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvm_reboot_notifier 1)))))
; lemma1182: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvm_vcpu_cache == 1
(define-fun lemma1182 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_vcpu_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvm_vcpu_cache 1)))))
; lemma1183: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.cpu_kick_mask == 1
(define-fun lemma1183 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.cpu_kick_mask 1)))))
; lemma1184: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvm_debugfs == 1
(define-fun lemma1184 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvm_debugfs 1)))))
; lemma1185: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvm_vfio_ops == 1
(define-fun lemma1185 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvm_vfio_ops 1)))))
; lemma1186: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvm_dev == 1
(define-fun lemma1186 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvm_dev 1)))))
; lemma1187: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => res.kvmppc_pr_ops == 1
(define-fun lemma1187 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= res.kvmppc_pr_ops 1)))))
; lemma1188: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => user0.fd == 1
(define-fun lemma1188 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10)) (or (= user0.fd 1)))))
; lemma1189: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 10 => user0.ret in {-22, -12, 0}
(define-fun lemma1189 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 10))
        (or (= user0.ret (- 22)) (= user0.ret (- 12)) (= user0.ret 0)))))
; lemma1190: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => kvm.refs in {1, 3}
(define-fun lemma1190 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= kvm.refs 1) (= kvm.refs 3)))))
; lemma1191: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => kvm.err1 == 0
(define-fun lemma1191 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= kvm.err1 0)))))
; lemma1192: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => res.irqfd_cleanup_wq == 1
(define-fun lemma1192 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= res.irqfd_cleanup_wq 1)))))
; lemma1193: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => res.kvm_debugfs == 1
(define-fun lemma1193 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= res.kvm_debugfs 1)))))
; lemma1194: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => res.kvm_dev == 1
(define-fun lemma1194 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= res.kvm_dev 1)))))
; lemma1195: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => user0.fd == 1
(define-fun lemma1195 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= user0.fd 1)))))
; lemma1196: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 11 => user0.ret == 0
(define-fun lemma1196 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 11)) (or (= user0.ret 0)))))
; lemma1197: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 12 => user0.arg in {0, 2}
(define-fun lemma1197 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 12)) (or (= user0.arg 0) (= user0.arg 2)))))
; lemma1198: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 12 => user0.sel == 2
(define-fun lemma1198 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 12)) (or (= user0.sel 2)))))
; lemma1199: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 12 => user0.sel_owner == 1
(define-fun lemma1199 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 12)) (or (= user0.sel_owner 1)))))
; lemma1200: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 12 => user0.vm_fd == 0
(define-fun lemma1200 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 12)) (or (= user0.vm_fd 0)))))
; lemma1201: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.pc == 12 => user0.ret == 0
(define-fun lemma1201 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.pc 12)) (or (= user0.ret 0)))))
; lemma1202: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.arg == 1 => user0.vm == 0
(define-fun lemma1202 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.arg Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.arg 1)) (or (= user0.vm 0)))))
; lemma1203: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.arg == 1 => user0.vm_owner == 0
(define-fun lemma1203 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.arg Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.arg 1)) (or (= user0.vm_owner 0)))))
; lemma1204: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel == 0 => user0.pc in {0, 1, 5, 8, 9, 10, 11}
(define-fun lemma1204 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.sel 0))
               (or (and (<= 0 user0.pc) (<= user0.pc 1))
                   (= user0.pc 5)
                   (and (<= 8 user0.pc) (<= user0.pc 11))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1205: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel == 0 => user0.sel_owner == 0
(define-fun lemma1205 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel 0)) (or (= user0.sel_owner 0)))))
; lemma1206: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel == 0 => user0.stale == 0
(define-fun lemma1206 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel 0)) (or (= user0.stale 0)))))
; lemma1207: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel == 0 => user0.ret in {-22, -19, -2, 0}
(define-fun lemma1207 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel 0))
        (or (= user0.ret (- 22))
            (= user0.ret (- 19))
            (= user0.ret (- 2))
            (= user0.ret 0)))))
; lemma1208: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel == 2 => user0.sel_owner == 1
(define-fun lemma1208 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel 2)) (or (= user0.sel_owner 1)))))
; lemma1209: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 0 => user0.pc in {0, 1, 5, 8, 9, 10, 11}
(define-fun lemma1209 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.sel_owner 0))
               (or (and (<= 0 user0.pc) (<= user0.pc 1))
                   (= user0.pc 5)
                   (and (<= 8 user0.pc) (<= user0.pc 11))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1210: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 0 => user0.sel == 0
(define-fun lemma1210 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel_owner 0)) (or (= user0.sel 0)))))
; lemma1211: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 0 => user0.stale == 0
(define-fun lemma1211 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel_owner 0)) (or (= user0.stale 0)))))
; lemma1212: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 0 => user0.vm == 0
(define-fun lemma1212 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel_owner 0)) (or (= user0.vm 0)))))
; lemma1213: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 0 => user0.vm_owner == 0
(define-fun lemma1213 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel_owner 0)) (or (= user0.vm_owner 0)))))
; lemma1214: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 0 => user0.ret in {-22, -19, -2, 0}
(define-fun lemma1214 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel_owner 0))
        (or (= user0.ret (- 22))
            (= user0.ret (- 19))
            (= user0.ret (- 2))
            (= user0.ret 0)))))
; lemma1215: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.sel_owner == 1 => user0.sel == 2
(define-fun lemma1215 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.sel_owner Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.sel_owner 1)) (or (= user0.sel 2)))))
; lemma1216: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.stale == 1 => user0.pc in {0, 1, 5, 8, 9, 10, 11, 12}
(define-fun lemma1216 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.stale Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.stale 1))
               (or (and (<= 0 user0.pc) (<= user0.pc 1))
                   (= user0.pc 5)
                   (and (<= 8 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1217: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.stale == 1 => user0.sel == 2
(define-fun lemma1217 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.stale Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.stale 1)) (or (= user0.sel 2)))))
; lemma1218: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.stale == 1 => user0.vm == 0
(define-fun lemma1218 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.stale Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.stale 1)) (or (= user0.vm 0)))))
; lemma1219: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.stale == 1 => user0.vm_owner == 0
(define-fun lemma1219 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.stale Int) (user0.vm_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.stale 1)) (or (= user0.vm_owner 0)))))
; lemma1220: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 0 => user0.pc in {0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12}
(define-fun lemma1220 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm 0))
               (or (and (<= 0 user0.pc) (<= user0.pc 5))
                   (and (<= 8 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1221: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.pc in {0, 7, 8, 9, 10, 11}
(define-fun lemma1221 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm 2))
               (or (= user0.pc 0) (and (<= 7 user0.pc) (<= user0.pc 11))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1222: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.arg in {0, 2}
(define-fun lemma1222 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm 2)) (or (= user0.arg 0) (= user0.arg 2)))))
; lemma1223: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.sel == 2
(define-fun lemma1223 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm 2)) (or (= user0.sel 2)))))
; lemma1224: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.sel_owner == 1
(define-fun lemma1224 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm 2)) (or (= user0.sel_owner 1)))))
; lemma1225: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.stale == 0
(define-fun lemma1225 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm 2)) (or (= user0.stale 0)))))
; lemma1226: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.vm_fd == 1
(define-fun lemma1226 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm 2)) (or (= user0.vm_fd 1)))))
; lemma1227: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm == 2 => user0.ret == 0
(define-fun lemma1227 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm 2)) (or (= user0.ret 0)))))
; lemma1228: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 0 => kvm.refs in {0, 1, 2}
(define-fun lemma1228 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (kvm.refs Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_owner 0))
               (or (and (<= 0 kvm.refs) (<= kvm.refs 2))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1229: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 0 => user0.pc in {0, 1, 2, 5, 7, 8, 9, 10, 11, 12}
(define-fun lemma1229 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_owner 0))
               (or (and (<= 0 user0.pc) (<= user0.pc 2))
                   (= user0.pc 5)
                   (and (<= 7 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1230: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma1230 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_owner 1))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1231: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => kvm.refs in {2, 3}
(define-fun lemma1231 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (kvm.refs Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_owner 1))
               (or (and (<= 2 kvm.refs) (<= kvm.refs 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1232: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => user0.pc in {0, 3, 4, 8, 9, 10, 11}
(define-fun lemma1232 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_owner 1))
               (or (= user0.pc 0)
                   (and (<= 3 user0.pc) (<= user0.pc 4))
                   (and (<= 8 user0.pc) (<= user0.pc 11))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1233: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => user0.arg in {0, 2}
(define-fun lemma1233 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (user0.arg Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_owner 1)) (or (= user0.arg 0) (= user0.arg 2)))))
; lemma1234: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => user0.sel == 2
(define-fun lemma1234 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (user0.sel Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_owner 1)) (or (= user0.sel 2)))))
; lemma1235: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => user0.vm_fd == 1
(define-fun lemma1235 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_owner 1)) (or (= user0.vm_fd 1)))))
; lemma1236: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_owner == 1 => user0.ret in {-22, -12, 0}
(define-fun lemma1236 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_owner Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_owner 1))
        (or (= user0.ret (- 22)) (= user0.ret (- 12)) (= user0.ret 0)))))
; lemma1237: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 0 => kvm.refs in {0, 1}
(define-fun lemma1237 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (kvm.refs Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_fd 0))
               (or (and (<= 0 kvm.refs) (<= kvm.refs 1))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1238: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 0 => user0.pc in {0, 8, 9, 10, 11, 12}
(define-fun lemma1238 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_fd 0))
               (or (= user0.pc 0) (and (<= 8 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1239: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 0 => user0.vm == 0
(define-fun lemma1239 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_fd 0)) (or (= user0.vm 0)))))
; lemma1240: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => kvm.state in {2, 3}
(define-fun lemma1240 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (kvm.state Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_fd 1))
               (or (and (<= 2 kvm.state) (<= kvm.state 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1241: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma1241 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_fd 1))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1242: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => kvm.err == 0
(define-fun lemma1242 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (kvm.err Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_fd 1)) (or (= kvm.err 0)))))
; lemma1243: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => kvm.refs in {1, 2, 3}
(define-fun lemma1243 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (kvm.refs Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_fd 1))
               (or (and (<= 1 kvm.refs) (<= kvm.refs 3))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1244: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => kvm.err1 == 0
(define-fun lemma1244 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (kvm.err1 Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_fd 1)) (or (= kvm.err1 0)))))
; lemma1245: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => user0.pc in {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11}
(define-fun lemma1245 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.vm_fd 1))
               (or (and (<= 0 user0.pc) (<= user0.pc 5))
                   (and (<= 7 user0.pc) (<= user0.pc 11))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1246: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.vm_fd == 1 => user0.ret in {-22, -12, 0}
(define-fun lemma1246 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.vm_fd Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.vm_fd 1))
        (or (= user0.ret (- 22)) (= user0.ret (- 12)) (= user0.ret 0)))))
; lemma1247: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => kvm.pc in {62, 74, 75, 93, 94}
(define-fun lemma1247 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (kvm.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.ret (- 22)))
               (or (= kvm.pc 62)
                   (and (<= 74 kvm.pc) (<= kvm.pc 75))
                   (and (<= 93 kvm.pc) (<= kvm.pc 94))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1248: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => res.irqfd_cleanup_wq == 1
(define-fun lemma1248 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= res.irqfd_cleanup_wq 1)))))
; lemma1249: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => res.kvm_reboot_notifier == 1
(define-fun lemma1249 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= res.kvm_reboot_notifier 1)))))
; lemma1250: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => res.cpu_kick_mask == 1
(define-fun lemma1250 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= res.cpu_kick_mask 1)))))
; lemma1251: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => res.kvm_debugfs == 1
(define-fun lemma1251 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= res.kvm_debugfs 1)))))
; lemma1252: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => res.kvm_vfio_ops == 1
(define-fun lemma1252 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= res.kvm_vfio_ops 1)))))
; lemma1253: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => res.kvm_dev == 1
(define-fun lemma1253 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= res.kvm_dev 1)))))
; lemma1254: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => user0.fd == 1
(define-fun lemma1254 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= user0.fd 1)))))
; lemma1255: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => user0.pc in {0, 1, 2, 3, 5, 10}
(define-fun lemma1255 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.ret (- 22)))
               (or (and (<= 0 user0.pc) (<= user0.pc 3))
                   (= user0.pc 5)
                   (= user0.pc 10)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1256: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -22 => user0.vm == 0
(define-fun lemma1256 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 22))) (or (= user0.vm 0)))))
; lemma1257: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -19 => kvm.refs == 0
(define-fun lemma1257 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 19))) (or (= kvm.refs 0)))))
; lemma1258: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -19 => user0.fd == 0
(define-fun lemma1258 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 19))) (or (= user0.fd 0)))))
; lemma1259: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -19 => user0.pc in {0, 8}
(define-fun lemma1259 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 19))) (or (= user0.pc 0) (= user0.pc 8)))))
; lemma1260: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -19 => user0.vm_fd == 0
(define-fun lemma1260 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 19))) (or (= user0.vm_fd 0)))))
; lemma1261: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => res.irqfd_cleanup_wq == 1
(define-fun lemma1261 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.irqfd_cleanup_wq Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= res.irqfd_cleanup_wq 1)))))
; lemma1262: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => res.kvm_reboot_notifier == 1
(define-fun lemma1262 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_reboot_notifier Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= res.kvm_reboot_notifier 1)))))
; lemma1263: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => res.cpu_kick_mask == 1
(define-fun lemma1263 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.cpu_kick_mask Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= res.cpu_kick_mask 1)))))
; lemma1264: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => res.kvm_debugfs == 1
(define-fun lemma1264 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= res.kvm_debugfs 1)))))
; lemma1265: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => res.kvm_vfio_ops == 1
(define-fun lemma1265 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= res.kvm_vfio_ops 1)))))
; lemma1266: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => res.kvm_dev == 1
(define-fun lemma1266 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= res.kvm_dev 1)))))
; lemma1267: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => user0.fd == 1
(define-fun lemma1267 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= user0.fd 1)))))
; lemma1268: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => user0.pc in {0, 1, 2, 3, 4, 5, 10}
(define-fun lemma1268 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.ret (- 12)))
               (or (and (<= 0 user0.pc) (<= user0.pc 5)) (= user0.pc 10)))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1269: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => user0.sel_owner == 1
(define-fun lemma1269 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.sel_owner Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= user0.sel_owner 1)))))
; lemma1270: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => user0.stale == 0
(define-fun lemma1270 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= user0.stale 0)))))
; lemma1271: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -12 => user0.vm == 0
(define-fun lemma1271 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.vm Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 12))) (or (= user0.vm 0)))))
; lemma1272: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -2 => kvm.refs == 0
(define-fun lemma1272 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (kvm.refs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 2))) (or (= kvm.refs 0)))))
; lemma1273: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -2 => user0.fd == 0
(define-fun lemma1273 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 2))) (or (= user0.fd 0)))))
; lemma1274: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -2 => user0.pc in {0, 8}
(define-fun lemma1274 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.pc Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 2))) (or (= user0.pc 0) (= user0.pc 8)))))
; lemma1275: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == -2 => user0.vm_fd == 0
(define-fun lemma1275 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= user0.ret (- 2))) (or (= user0.vm_fd 0)))))
; lemma1276: [hv_possible=0 pr_possible=1 radix=0 nested=0] user0.ret == 0 => user0.pc in {0, 1, 2, 3, 7, 8, 9, 10, 11, 12}
(define-fun lemma1276 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.ret Int) (user0.pc Int)) Bool
  (let ((a!1 (=> (and (= user0.ret 0))
               (or (and (<= 0 user0.pc) (<= user0.pc 3))
                   (and (<= 7 user0.pc) (<= user0.pc 12))))))
  (=> (and (= cfg.hv_possible 0)
           (= cfg.pr_possible 1)
           (= cfg.radix 0)
           (= cfg.nested 0))
      a!1)))
; lemma1277: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.no-escape-from-failed-init == 0 => mon.failed-init-releases-all == 0
(define-fun lemma1277 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.no-escape-from-failed-init Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= mon.no-escape-from-failed-init 0))
        (or (= mon.failed-init-releases-all 0)))))
; lemma1278: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.no-escape-from-failed-init == 1 => mon.failed-init-releases-all == 1
(define-fun lemma1278 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.no-escape-from-failed-init Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= mon.no-escape-from-failed-init 1))
        (or (= mon.failed-init-releases-all 1)))))
; lemma1279: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.failed-init-releases-all == 0 => mon.no-escape-from-failed-init == 0
(define-fun lemma1279 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.failed-init-releases-all Int) (mon.no-escape-from-failed-init Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= mon.failed-init-releases-all 0))
        (or (= mon.no-escape-from-failed-init 0)))))
; lemma1280: [hv_possible=0 pr_possible=1 radix=0 nested=0] mon.failed-init-releases-all == 1 => mon.no-escape-from-failed-init == 1
(define-fun lemma1280 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.failed-init-releases-all Int) (mon.no-escape-from-failed-init Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (=> (and (= mon.failed-init-releases-all 1))
        (or (= mon.no-escape-from-failed-init 1)))))
; lemma1281: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.fd == 0 && user0.pc == 8 && user0.ret == 0)
(define-fun lemma1281 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.fd Int) (user0.pc Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.fd 0) (= user0.pc 8) (= user0.ret 0)))))
; lemma1282: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 94 && kvm.err == 0 && res.kvmppc_pr_ops == 0)
(define-fun lemma1282 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 94) (= kvm.err 0) (= res.kvmppc_pr_ops 0)))))
; lemma1283: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 94 && res.kvm_vfio_ops == 0 && res.kvmppc_pr_ops == 1)
(define-fun lemma1283 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 94) (= res.kvm_vfio_ops 0) (= res.kvmppc_pr_ops 1)))))
; lemma1284: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (res.kvm_vfio_ops == 1 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1284 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_vfio_ops Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= res.kvm_vfio_ops 1)
              (= res.hpte_cache 0)
              (= mon.init-result-checked 0)))))
; lemma1285: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 94 && res.kvm_dev == 0 && res.kvmppc_pr_ops == 1)
(define-fun lemma1285 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 94) (= res.kvm_dev 0) (= res.kvmppc_pr_ops 1)))))
; lemma1286: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 93 && res.kvm_dev == 0 && res.kvmppc_pr_ops == 1)
(define-fun lemma1286 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 93) (= res.kvm_dev 0) (= res.kvmppc_pr_ops 1)))))
; lemma1287: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 93 && kvm.err == 0 && res.kvmppc_pr_ops == 0)
(define-fun lemma1287 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 93) (= kvm.err 0) (= res.kvmppc_pr_ops 0)))))
; lemma1288: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 0 && res.kvmppc_pr_ops == 0 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1288 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 0)
              (= res.kvmppc_pr_ops 0)
              (= user0.sel_owner 1)
              (= user0.stale 0)))))
; lemma1289: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 0 && res.kvmppc_pr_ops == 0 && res.hpte_cache == 1)
(define-fun lemma1289 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 0) (= res.kvmppc_pr_ops 0) (= res.hpte_cache 1)))))
; lemma1290: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 0 && res.kvm_vfio_ops == 0 && res.kvmppc_pr_ops == 1)
(define-fun lemma1290 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 0) (= res.kvm_vfio_ops 0) (= res.kvmppc_pr_ops 1)))))
; lemma1291: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 94 && res.kvmppc_pr_ops == 0 && res.hpte_cache == 1)
(define-fun lemma1291 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 94) (= res.kvmppc_pr_ops 0) (= res.hpte_cache 1)))))
; lemma1292: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 2 && kvm.pc == 0 && res.kvmppc_pr_ops == 1)
(define-fun lemma1292 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 2) (= kvm.pc 0) (= res.kvmppc_pr_ops 1)))))
; lemma1293: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 0 && user0.vm_owner == 0 && user0.vm_fd == 1)
(define-fun lemma1293 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_owner Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 0) (= user0.vm_owner 0) (= user0.vm_fd 1)))))
; lemma1294: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 0 && user0.vm == 0 && user0.vm_fd == 1)
(define-fun lemma1294 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 0) (= user0.vm 0) (= user0.vm_fd 1)))))
; lemma1295: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 94 && res.kvmppc_pr_ops == 0 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1295 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 94)
              (= res.kvmppc_pr_ops 0)
              (= user0.sel_owner 1)
              (= user0.stale 0)))))
; lemma1296: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 0 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1296 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 0) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1297: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 7 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1297 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 7) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1298: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 4 && res.kvm_syscore_ops == 1 && res.kvmppc_pr_ops == 0)
(define-fun lemma1298 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_syscore_ops Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 4) (= res.kvm_syscore_ops 1) (= res.kvmppc_pr_ops 0)))))
; lemma1299: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 4 && kvm.pc == 0 && res.kvmppc_pr_ops == 0)
(define-fun lemma1299 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 4) (= kvm.pc 0) (= res.kvmppc_pr_ops 0)))))
; lemma1300: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 0 && res.kvm_dev == 0 && res.kvmppc_pr_ops == 1)
(define-fun lemma1300 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_dev Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 0) (= res.kvm_dev 0) (= res.kvmppc_pr_ops 1)))))
; lemma1301: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1301 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1302: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && res.irqfd_cleanup_wq == 1 && res.kvm_vfio_ops == 0)
(define-fun lemma1302 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.irqfd_cleanup_wq Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74) (= res.irqfd_cleanup_wq 1) (= res.kvm_vfio_ops 0)))))
; lemma1303: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && res.kvm_vfio_ops == 1 && res.kvm_dev == 0)
(define-fun lemma1303 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int) (res.kvm_dev Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74) (= res.kvm_vfio_ops 1) (= res.kvm_dev 0)))))
; lemma1304: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && res.cpus_hardware_enabled == 1 && res.kvm_vfio_ops == 0)
(define-fun lemma1304 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.cpus_hardware_enabled Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74)
              (= res.cpus_hardware_enabled 1)
              (= res.kvm_vfio_ops 0)))))
; lemma1305: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1305 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1306: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && kvm.err1 == 0 && res.kvm_vfio_ops == 0)
(define-fun lemma1306 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (kvm.err1 Int) (res.kvm_vfio_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74) (= kvm.err1 0) (= res.kvm_vfio_ops 0)))))
; lemma1307: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 8 && user0.vm == 0 && user0.vm_fd == 1)
(define-fun lemma1307 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 8) (= user0.vm 0) (= user0.vm_fd 1)))))
; lemma1308: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 10 && user0.vm == 0 && user0.ret == 0)
(define-fun lemma1308 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 10) (= user0.vm 0) (= user0.ret 0)))))
; lemma1309: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 10 && user0.vm_fd == 1 && user0.ret == -12)
(define-fun lemma1309 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 10) (= user0.vm_fd 1) (= user0.ret (- 12))))))
; lemma1310: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 10 && user0.vm_fd == 1 && user0.ret == -22)
(define-fun lemma1310 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm_fd Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 10) (= user0.vm_fd 1) (= user0.ret (- 22))))))
; lemma1311: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 11 && user0.vm == 0 && user0.vm_fd == 1)
(define-fun lemma1311 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 11) (= user0.vm 0) (= user0.vm_fd 1)))))
; lemma1312: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 72 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1312 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 72) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1313: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 72 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1313 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 72) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1314: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 9 && user0.vm == 0 && user0.vm_fd == 1)
(define-fun lemma1314 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.vm Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 9) (= user0.vm 0) (= user0.vm_fd 1)))))
; lemma1315: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 60 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1315 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 60) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1316: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 71 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1316 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 71) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1317: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 71 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1317 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 71) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1318: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 71 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1318 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 71) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1319: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 70 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1319 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 70) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1320: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 70 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1320 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 70) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1321: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 70 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1321 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 70) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1322: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 93 && res.kvmppc_pr_ops == 0 && res.hpte_cache == 1)
(define-fun lemma1322 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvmppc_pr_ops Int) (res.hpte_cache Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 93) (= res.kvmppc_pr_ops 0) (= res.hpte_cache 1)))))
; lemma1323: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 48 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1323 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 48) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1324: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 48 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1324 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 48) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1325: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 48 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1325 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 48) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1326: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 59 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1326 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 59) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1327: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 47 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1327 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 47) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1328: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 47 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1328 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 47) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1329: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 47 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1329 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 47) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1330: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 46 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1330 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 46) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1331: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 46 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1331 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 46) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1332: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 46 && res.kvm_syscore_ops == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1332 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 46)
              (= res.kvm_syscore_ops 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1333: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 46 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1333 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 46) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1334: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 47 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1334 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 47)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1335: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 69 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1335 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 69) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1336: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 69 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1336 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 69) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1337: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 69 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1337 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 69) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1338: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 45 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1338 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 45)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1339: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 45 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1339 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 45) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1340: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 45 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1340 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 45) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1341: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 45 && res.kvm_syscore_ops == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1341 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 45)
              (= res.kvm_syscore_ops 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1342: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 45 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1342 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 45) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1343: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 38 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1343 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 38) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1344: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 38 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1344 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 38) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1345: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 38 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1345 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 38) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1346: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 38 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1346 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 38)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1347: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 37 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1347 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 37) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1348: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 37 && res.kvm_syscore_ops == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1348 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 37)
              (= res.kvm_syscore_ops 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1349: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 37 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1349 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 37) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1350: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 37 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1350 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 37) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1351: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 36 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1351 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 36)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1352: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 36 && res.kvm_syscore_ops == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1352 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 36)
              (= res.kvm_syscore_ops 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1353: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 36 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1353 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 36) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1354: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 36 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1354 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 36) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1355: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 36 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1355 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 36) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1356: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 35 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1356 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 35) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1357: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 35 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1357 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 35) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1358: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 35 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1358 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 35) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1359: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 34 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1359 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 34) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1360: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 34 && res.kvm_syscore_ops == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1360 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 34)
              (= res.kvm_syscore_ops 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1361: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 34 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1361 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 34) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1362: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 35 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1362 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 35)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1363: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0 && res.kvmppc_pr_ops == 0)
(define-fun lemma1363 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int) (res.kvmppc_pr_ops Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= res.kvm_syscore_ops 1)
              (= res.kvm_debugfs 0)
              (= res.kvmppc_pr_ops 0)))))
; lemma1364: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 77 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1364 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 77) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1365: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 33 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1365 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 33)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1366: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 76 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1366 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 76) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1367: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 76 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1367 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 76) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1368: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 74 && res.kvm_vfio_ops == 0 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1368 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_vfio_ops Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 74)
              (= res.kvm_vfio_ops 0)
              (= user0.sel_owner 1)
              (= user0.stale 0)))))
; lemma1369: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 68 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1369 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 68) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1370: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 68 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1370 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 68) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1371: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 68 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1371 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 68) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1372: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 58 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1372 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 58) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1373: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 80 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1373 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 80) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1374: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 72 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1374 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 72) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1375: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 67 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1375 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 67) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1376: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 67 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1376 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 67) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1377: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 67 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1377 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 67) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1378: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 57 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1378 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 57) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1379: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 53 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1379 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 53) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1380: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 53 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1380 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 53) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1381: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 53 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1381 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 53) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1382: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 79 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1382 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 79) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1383: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 56 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1383 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 56) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1384: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 66 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1384 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 66) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1385: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 66 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1385 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 66) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1386: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 66 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1386 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 66) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1387: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 78 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1387 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 78) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1388: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 77 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1388 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 77) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1389: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 65 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1389 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 65) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1390: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 65 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1390 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 65) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1391: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 65 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1391 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 65) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1392: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 64 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1392 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 64) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1393: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 64 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1393 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 64) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1394: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 54 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1394 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 54) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1395: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 54 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1395 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 54) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1396: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 54 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1396 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 54) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1397: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 55 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1397 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 55) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1398: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 55 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1398 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 55) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1399: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 55 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1399 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 55) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1400: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 52 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1400 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 52) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1401: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 52 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1401 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 52) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1402: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 52 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1402 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 52) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1403: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.arg == 2 && user0.sel_owner == 0 && user0.vm_fd == 0)
(define-fun lemma1403 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.arg Int) (user0.sel_owner Int) (user0.vm_fd Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.arg 2) (= user0.sel_owner 0) (= user0.vm_fd 0)))))
; lemma1404: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 51 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1404 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 51) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1405: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 51 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1405 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 51) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1406: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 51 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1406 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 51) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1407: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (user0.pc == 5 && user0.arg == 2 && user0.ret == -22)
(define-fun lemma1407 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (user0.pc Int) (user0.arg Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= user0.pc 5) (= user0.arg 2) (= user0.ret (- 22))))))
; lemma1408: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 63 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1408 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 63) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1409: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 32 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1409 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 32)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1410: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 61 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1410 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 61) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1411: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 60 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1411 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 60) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1412: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 59 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1412 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 59) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1413: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 58 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1413 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 58) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1414: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 2 && user0.sel_owner == 1 && user0.stale == 0 && user0.ret == -2)
(define-fun lemma1414 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.sel_owner Int) (user0.stale Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 2)
              (= user0.sel_owner 1)
              (= user0.stale 0)
              (= user0.ret (- 2))))))
; lemma1415: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 2 && user0.sel_owner == 1 && user0.stale == 0 && user0.ret == -19)
(define-fun lemma1415 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (user0.sel_owner Int) (user0.stale Int) (user0.ret Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 2)
              (= user0.sel_owner 1)
              (= user0.stale 0)
              (= user0.ret (- 19))))))
; lemma1416: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 2 && res.kvmppc_pr_ops == 0 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1416 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvmppc_pr_ops Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 2)
              (= res.kvmppc_pr_ops 0)
              (= user0.sel_owner 1)
              (= user0.stale 0)))))
; lemma1417: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 31 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1417 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 31)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1418: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 49 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1418 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 49) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1419: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 50 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1419 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 50) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1420: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 56 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1420 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 56) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1421: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 57 && user0.sel_owner == 1 && user0.stale == 0)
(define-fun lemma1421 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (user0.sel_owner Int) (user0.stale Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 57) (= user0.sel_owner 1) (= user0.stale 0)))))
; lemma1422: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 50 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1422 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 50) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1423: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 50 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1423 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 50) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1424: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 0 && res.kvm_debugfs == 1 && res.kvmppc_pr_ops == 0 && mon.failed-init-releases-all == 0)
(define-fun lemma1424 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_debugfs Int) (res.kvmppc_pr_ops Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 0)
              (= res.kvm_debugfs 1)
              (= res.kvmppc_pr_ops 0)
              (= mon.failed-init-releases-all 0)))))
; lemma1425: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 0 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1425 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 0)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1426: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 49 && res.hpte_cache == 0 && mon.init-result-checked == 0)
(define-fun lemma1426 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.hpte_cache Int) (mon.init-result-checked Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 49) (= res.hpte_cache 0) (= mon.init-result-checked 0)))))
; lemma1427: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.pc == 49 && res.kvm_syscore_ops == 1 && res.kvm_debugfs == 0)
(define-fun lemma1427 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.pc Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.pc 49) (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 0)))))
; lemma1428: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (kvm.state == 7 && res.kvm_debugfs == 1 && mon.failed-init-releases-all == 0)
(define-fun lemma1428 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (res.kvm_debugfs Int) (mon.failed-init-releases-all Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (and (= kvm.state 7)
              (= res.kvm_debugfs 1)
              (= mon.failed-init-releases-all 0)))))
; lemma1429: [hv_possible=0 pr_possible=1 radix=0 nested=0] not (ioctl-needs-backend)
(define-fun lemma1429 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (mon.ioctl-needs-backend Int)) Bool
  (=> (and (= cfg.hv_possible 0)
         (= cfg.pr_possible 1)
         (= cfg.radix 0)
         (= cfg.nested 0))
    (not (= mon.ioctl-needs-backend 1))))
(define-fun inv () Bool (and true
  (lemma1 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc kvm.err kvm.refs kvm.err1 kvm.err2 res.irqfd_cleanup_wq res.cpus_hardware_enabled res.kvm_cpuhp_starting res.kvm_reboot_notifier res.kvm_vcpu_cache res.cpu_kick_mask res.async_pf_cache res.kvm_syscore_ops res.kvm_debugfs res.kvm_vfio_ops res.kvm_dev res.pseries_partition_tb res.kvm_pte_cache res.kvm_pmd_cache res.kvmppc_hv_ops res.kvmppc_pr_ops res.hpte_cache user0.fd user0.pc user0.arg user0.sel user0.sel_owner user0.stale user0.vm user0.vm_owner user0.vm_fd user0.ret mon.ioctl-needs-backend mon.no-escape-from-failed-init mon.failed-init-releases-all mon.exit-releases-all mon.no-double-release mon.init-result-checked mon.ops-deref-pinned mon.ops-deref-valid)
  (lemma2 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested)
  (lemma3 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state)
  (lemma4 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc)
  (lemma5 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err)
  (lemma6 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs)
  (lemma7 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1)
  (lemma8 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err2)
  (lemma9 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.async_pf_cache)
  (lemma10 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.pseries_partition_tb)
  (lemma11 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_pte_cache)
  (lemma12 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_pmd_cache)
  (lemma13 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_hv_ops)
  (lemma14 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc)
  (lemma15 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.arg)
  (lemma16 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel)
  (lemma17 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm)
  (lemma18 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret)
  (lemma19 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.exit-releases-all)
  (lemma20 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.no-double-release)
  (lemma21 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.ops-deref-pinned)
  (lemma22 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.ops-deref-valid)
  (lemma23 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.refs user0.fd user0.vm_owner user0.vm_fd)
  (lemma24 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc)
  (lemma25 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.refs)
  (lemma26 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err1)
  (lemma27 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.irqfd_cleanup_wq)
  (lemma28 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpus_hardware_enabled)
  (lemma29 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_cpuhp_starting)
  (lemma30 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_reboot_notifier)
  (lemma31 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vcpu_cache)
  (lemma32 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpu_kick_mask)
  (lemma33 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vfio_ops)
  (lemma34 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_dev)
  (lemma35 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvmppc_pr_ops)
  (lemma36 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.hpte_cache)
  (lemma37 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.fd)
  (lemma38 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.vm_fd)
  (lemma39 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc)
  (lemma40 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc)
  (lemma41 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err)
  (lemma42 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err1)
  (lemma43 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.irqfd_cleanup_wq)
  (lemma44 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpus_hardware_enabled)
  (lemma45 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_cpuhp_starting)
  (lemma46 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_reboot_notifier)
  (lemma47 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vcpu_cache)
  (lemma48 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpu_kick_mask)
  (lemma49 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_syscore_ops)
  (lemma50 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_debugfs)
  (lemma51 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vfio_ops)
  (lemma52 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_dev)
  (lemma53 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvmppc_pr_ops)
  (lemma54 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc)
  (lemma55 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err)
  (lemma56 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.refs)
  (lemma57 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err1)
  (lemma58 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.fd)
  (lemma59 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.pc)
  (lemma60 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.vm)
  (lemma61 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.vm_fd)
  (lemma62 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.ret)
  (lemma63 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc)
  (lemma64 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err)
  (lemma65 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.refs)
  (lemma66 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err1)
  (lemma67 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.irqfd_cleanup_wq)
  (lemma68 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpus_hardware_enabled)
  (lemma69 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_cpuhp_starting)
  (lemma70 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_reboot_notifier)
  (lemma71 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vcpu_cache)
  (lemma72 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpu_kick_mask)
  (lemma73 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vfio_ops)
  (lemma74 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_dev)
  (lemma75 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvmppc_pr_ops)
  (lemma76 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.hpte_cache)
  (lemma77 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.fd)
  (lemma78 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.pc)
  (lemma79 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.vm_fd)
  (lemma80 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc)
  (lemma81 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.refs)
  (lemma82 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.err1)
  (lemma83 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.irqfd_cleanup_wq)
  (lemma84 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpus_hardware_enabled)
  (lemma85 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_cpuhp_starting)
  (lemma86 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_reboot_notifier)
  (lemma87 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vcpu_cache)
  (lemma88 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.cpu_kick_mask)
  (lemma89 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_vfio_ops)
  (lemma90 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_dev)
  (lemma91 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvmppc_pr_ops)
  (lemma92 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.hpte_cache)
  (lemma93 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.fd)
  (lemma94 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.vm_fd)
  (lemma95 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma96 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma97 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma98 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma99 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma100 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma101 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma102 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma103 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma104 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma105 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma106 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma107 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma108 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma109 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma110 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma111 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma112 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma113 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma114 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma115 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma116 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma117 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma118 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma119 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma120 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma121 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma122 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma123 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma124 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma125 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma126 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma127 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma128 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma129 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma130 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma131 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma132 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma133 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma134 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma135 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma136 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma137 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma138 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma139 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma140 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma141 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma142 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma143 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma144 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma145 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma146 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma147 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma148 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma149 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma150 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma151 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma152 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma153 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma154 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma155 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma156 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma157 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma158 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma159 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma160 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma161 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma162 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma163 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma164 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma165 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma166 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma167 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma168 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma169 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma170 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma171 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma172 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma173 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma174 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma175 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma176 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma177 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma178 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma179 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma180 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma181 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma182 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma183 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma184 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma185 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma186 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma187 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma188 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma189 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma190 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma191 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma192 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma193 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma194 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma195 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma196 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma197 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma198 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma199 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma200 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma201 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma202 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma203 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma204 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma205 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma206 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma207 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma208 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma209 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma210 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma211 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma212 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma213 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma214 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma215 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma216 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma217 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma218 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma219 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma220 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma221 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma222 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma223 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma224 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma225 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma226 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma227 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma228 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma229 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma230 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma231 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma232 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma233 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma234 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma235 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma236 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma237 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma238 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma239 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma240 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma241 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma242 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma243 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma244 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma245 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma246 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma247 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma248 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma249 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma250 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma251 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma252 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma253 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma254 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma255 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma256 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma257 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma258 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma259 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma260 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma261 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma262 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma263 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma264 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma265 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma266 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma267 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma268 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma269 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma270 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma271 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma272 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma273 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma274 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma275 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma276 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma277 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma278 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma279 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma280 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma281 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma282 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma283 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma284 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma285 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma286 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma287 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma288 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma289 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma290 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma291 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma292 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma293 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma294 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma295 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma296 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma297 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma298 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma299 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma300 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma301 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma302 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma303 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma304 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma305 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma306 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma307 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma308 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma309 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma310 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma311 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma312 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma313 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma314 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma315 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma316 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma317 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma318 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma319 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma320 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma321 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma322 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma323 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma324 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma325 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma326 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma327 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma328 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma329 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma330 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma331 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma332 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma333 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma334 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma335 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma336 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma337 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma338 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma339 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma340 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma341 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma342 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma343 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma344 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma345 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma346 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma347 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma348 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma349 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma350 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma351 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma352 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma353 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma354 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma355 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma356 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma357 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma358 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma359 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.pc)
  (lemma360 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma361 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma362 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma363 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma364 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma365 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma366 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma367 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma368 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma369 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma370 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma371 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma372 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma373 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma374 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma375 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma376 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma377 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma378 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma379 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma380 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma381 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma382 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma383 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma384 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma385 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma386 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma387 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma388 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma389 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma390 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma391 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma392 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma393 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma394 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma395 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma396 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma397 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma398 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma399 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma400 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma401 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma402 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma403 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma404 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma405 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma406 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma407 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma408 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma409 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma410 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma411 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma412 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma413 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma414 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma415 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma416 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma417 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma418 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma419 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma420 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma421 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma422 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma423 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma424 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma425 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma426 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma427 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma428 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma429 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma430 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma431 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma432 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma433 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma434 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma435 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma436 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma437 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma438 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma439 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma440 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma441 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma442 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma443 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma444 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma445 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma446 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma447 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma448 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma449 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma450 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma451 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma452 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma453 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma454 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma455 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma456 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma457 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma458 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma459 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma460 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma461 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma462 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma463 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma464 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma465 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma466 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma467 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma468 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma469 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma470 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma471 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma472 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma473 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma474 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma475 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma476 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma477 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma478 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma479 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma480 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma481 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma482 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma483 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma484 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma485 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma486 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma487 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma488 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma489 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma490 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma491 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma492 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma493 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma494 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma495 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma496 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma497 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma498 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma499 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma500 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma501 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma502 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma503 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma504 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma505 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma506 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma507 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma508 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma509 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma510 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma511 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma512 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma513 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma514 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma515 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma516 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma517 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma518 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma519 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma520 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma521 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma522 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma523 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma524 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma525 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma526 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma527 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma528 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma529 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma530 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma531 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma532 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma533 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma534 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma535 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma536 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma537 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma538 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma539 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma540 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma541 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma542 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma543 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma544 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma545 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma546 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma547 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma548 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma549 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma550 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma551 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma552 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma553 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma554 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma555 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma556 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma557 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma558 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma559 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma560 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma561 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm)
  (lemma562 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma563 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma564 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma565 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma566 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma567 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma568 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma569 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma570 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma571 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma572 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma573 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma574 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma575 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma576 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma577 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma578 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma579 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma580 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma581 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma582 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma583 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma584 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma585 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma586 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma587 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma588 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma589 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma590 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma591 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma592 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma593 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma594 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma595 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma596 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma597 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma598 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma599 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma600 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma601 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma602 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma603 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma604 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma605 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma606 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma607 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma608 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma609 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma610 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma611 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma612 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma613 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma614 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma615 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma616 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma617 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma618 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma619 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma620 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma621 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma622 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma623 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma624 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma625 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma626 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma627 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma628 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma629 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma630 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma631 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma632 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma633 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma634 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma635 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma636 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma637 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma638 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma639 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma640 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma641 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma642 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma643 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma644 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma645 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma646 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma647 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma648 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma649 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma650 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma651 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma652 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma653 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma654 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma655 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma656 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma657 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma658 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma659 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma660 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma661 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma662 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma663 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma664 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma665 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma666 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma667 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma668 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma669 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma670 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma671 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma672 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma673 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma674 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma675 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma676 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm)
  (lemma677 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_owner)
  (lemma678 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma679 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma680 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma681 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma682 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma683 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma684 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma685 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma686 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma687 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma688 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma689 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma690 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma691 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma692 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma693 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma694 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma695 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma696 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma697 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma698 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma699 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma700 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma701 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma702 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma703 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma704 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma705 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma706 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma707 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma708 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma709 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma710 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma711 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma712 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma713 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma714 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma715 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma716 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma717 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma718 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma719 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma720 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma721 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma722 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma723 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma724 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma725 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma726 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma727 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma728 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma729 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma730 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma731 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma732 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma733 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma734 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma735 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma736 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma737 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma738 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma739 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma740 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma741 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma742 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma743 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma744 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma745 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma746 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma747 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma748 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma749 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma750 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma751 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma752 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma753 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma754 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma755 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma756 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma757 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma758 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma759 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma760 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma761 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma762 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma763 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma764 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma765 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma766 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma767 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma768 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma769 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma770 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma771 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma772 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma773 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma774 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma775 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma776 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma777 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma778 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma779 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma780 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma781 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma782 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma783 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma784 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma785 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma786 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma787 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma788 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma789 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma790 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma791 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma792 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma793 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma794 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma795 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma796 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma797 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma798 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma799 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma800 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma801 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma802 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma803 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma804 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma805 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma806 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma807 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma808 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma809 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma810 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma811 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma812 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma813 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma814 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma815 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma816 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma817 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma818 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma819 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma820 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma821 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma822 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma823 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma824 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma825 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma826 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma827 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma828 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma829 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma830 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma831 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma832 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma833 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma834 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma835 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma836 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma837 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma838 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma839 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops)
  (lemma840 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs)
  (lemma841 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma842 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma843 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma844 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma845 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma846 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma847 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma848 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma849 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma850 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma851 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma852 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma853 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma854 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma855 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma856 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma857 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma858 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma859 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma860 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma861 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma862 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma863 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma864 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma865 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma866 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma867 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma868 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma869 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma870 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma871 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma872 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma873 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma874 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma875 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma876 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma877 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma878 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma879 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma880 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma881 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma882 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma883 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma884 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma885 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma886 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma887 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma888 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma889 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma890 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma891 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma892 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma893 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma894 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma895 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma896 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err)
  (lemma897 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.refs)
  (lemma898 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma899 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq)
  (lemma900 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled)
  (lemma901 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_cpuhp_starting)
  (lemma902 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_reboot_notifier)
  (lemma903 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vcpu_cache)
  (lemma904 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpu_kick_mask)
  (lemma905 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops)
  (lemma906 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev)
  (lemma907 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops)
  (lemma908 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache)
  (lemma909 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.fd)
  (lemma910 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.vm_fd)
  (lemma911 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.state)
  (lemma912 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma913 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1)
  (lemma914 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err kvm.state)
  (lemma915 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err kvm.pc)
  (lemma916 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err kvm.state)
  (lemma917 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err kvm.pc)
  (lemma918 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err kvm.refs)
  (lemma919 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err res.irqfd_cleanup_wq)
  (lemma920 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err res.cpus_hardware_enabled)
  (lemma921 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err res.kvm_cpuhp_starting)
  (lemma922 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err res.kvm_reboot_notifier)
  (lemma923 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err user0.pc)
  (lemma924 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.fd)
  (lemma925 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.pc)
  (lemma926 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.vm)
  (lemma927 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.vm_owner)
  (lemma928 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.vm_fd)
  (lemma929 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.ret)
  (lemma930 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs kvm.state)
  (lemma931 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs kvm.pc)
  (lemma932 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs kvm.err1)
  (lemma933 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs res.kvm_cpuhp_starting)
  (lemma934 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs res.kvm_syscore_ops)
  (lemma935 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs res.kvm_vfio_ops)
  (lemma936 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs res.kvm_dev)
  (lemma937 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs res.kvmppc_pr_ops)
  (lemma938 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.pc)
  (lemma939 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.vm_owner)
  (lemma940 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs kvm.pc)
  (lemma941 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.pc)
  (lemma942 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.pc)
  (lemma943 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.arg)
  (lemma944 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.vm_owner)
  (lemma945 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.refs user0.ret)
  (lemma946 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 kvm.pc)
  (lemma947 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 kvm.state)
  (lemma948 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 kvm.pc)
  (lemma949 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 kvm.err)
  (lemma950 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 kvm.refs)
  (lemma951 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 res.kvm_dev)
  (lemma952 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.err1 user0.pc)
  (lemma953 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq kvm.pc)
  (lemma954 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq kvm.refs)
  (lemma955 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq res.kvm_cpuhp_starting)
  (lemma956 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq res.kvm_reboot_notifier)
  (lemma957 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq res.kvm_vcpu_cache)
  (lemma958 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq res.cpu_kick_mask)
  (lemma959 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq res.kvm_dev)
  (lemma960 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq user0.fd)
  (lemma961 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq user0.pc)
  (lemma962 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq user0.vm_fd)
  (lemma963 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq kvm.state)
  (lemma964 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq kvm.pc)
  (lemma965 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq kvm.err)
  (lemma966 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.irqfd_cleanup_wq res.kvmppc_pr_ops)
  (lemma967 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled kvm.state)
  (lemma968 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled kvm.pc)
  (lemma969 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled kvm.refs)
  (lemma970 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled res.kvm_cpuhp_starting)
  (lemma971 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled res.kvm_reboot_notifier)
  (lemma972 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled res.kvm_vcpu_cache)
  (lemma973 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled res.cpu_kick_mask)
  (lemma974 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled res.kvm_dev)
  (lemma975 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled user0.fd)
  (lemma976 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled user0.vm_fd)
  (lemma977 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled user0.ret)
  (lemma978 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled kvm.state)
  (lemma979 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled kvm.pc)
  (lemma980 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled kvm.err)
  (lemma981 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpus_hardware_enabled res.kvmppc_pr_ops)
  (lemma982 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting kvm.state)
  (lemma983 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting kvm.pc)
  (lemma984 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting kvm.refs)
  (lemma985 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting res.kvm_reboot_notifier)
  (lemma986 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting res.kvm_vcpu_cache)
  (lemma987 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting res.cpu_kick_mask)
  (lemma988 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting res.kvm_dev)
  (lemma989 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting user0.fd)
  (lemma990 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting user0.vm)
  (lemma991 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting user0.vm_fd)
  (lemma992 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting kvm.state)
  (lemma993 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting kvm.pc)
  (lemma994 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting kvm.err)
  (lemma995 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting res.irqfd_cleanup_wq)
  (lemma996 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_cpuhp_starting res.kvmppc_pr_ops)
  (lemma997 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier kvm.state)
  (lemma998 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier kvm.pc)
  (lemma999 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier kvm.refs)
  (lemma1000 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier res.kvm_vcpu_cache)
  (lemma1001 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier res.cpu_kick_mask)
  (lemma1002 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier res.kvm_dev)
  (lemma1003 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier user0.fd)
  (lemma1004 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier user0.pc)
  (lemma1005 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier user0.vm_fd)
  (lemma1006 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier kvm.state)
  (lemma1007 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier kvm.pc)
  (lemma1008 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier kvm.err)
  (lemma1009 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier res.irqfd_cleanup_wq)
  (lemma1010 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier res.cpus_hardware_enabled)
  (lemma1011 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_reboot_notifier res.kvmppc_pr_ops)
  (lemma1012 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache kvm.state)
  (lemma1013 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache kvm.pc)
  (lemma1014 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache kvm.refs)
  (lemma1015 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache res.cpu_kick_mask)
  (lemma1016 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache res.kvm_dev)
  (lemma1017 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache user0.fd)
  (lemma1018 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache user0.pc)
  (lemma1019 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache user0.vm_fd)
  (lemma1020 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache kvm.state)
  (lemma1021 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache kvm.pc)
  (lemma1022 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache kvm.err)
  (lemma1023 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache res.kvm_reboot_notifier)
  (lemma1024 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vcpu_cache res.kvmppc_pr_ops)
  (lemma1025 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask kvm.state)
  (lemma1026 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask kvm.pc)
  (lemma1027 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask kvm.refs)
  (lemma1028 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask res.kvm_dev)
  (lemma1029 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask user0.fd)
  (lemma1030 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask user0.pc)
  (lemma1031 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask user0.vm_fd)
  (lemma1032 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask kvm.state)
  (lemma1033 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask kvm.pc)
  (lemma1034 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask kvm.err)
  (lemma1035 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask res.kvm_reboot_notifier)
  (lemma1036 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.cpu_kick_mask res.kvmppc_pr_ops)
  (lemma1037 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops kvm.pc)
  (lemma1038 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops kvm.refs)
  (lemma1039 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1040 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops res.kvm_dev)
  (lemma1041 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops user0.fd)
  (lemma1042 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops user0.vm_fd)
  (lemma1043 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops kvm.pc)
  (lemma1044 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs kvm.state)
  (lemma1045 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs kvm.pc)
  (lemma1046 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs kvm.refs)
  (lemma1047 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs res.kvm_dev)
  (lemma1048 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs user0.fd)
  (lemma1049 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs user0.vm_fd)
  (lemma1050 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_debugfs kvm.pc)
  (lemma1051 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops kvm.state)
  (lemma1052 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops kvm.pc)
  (lemma1053 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops kvm.refs)
  (lemma1054 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops res.kvm_dev)
  (lemma1055 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops user0.fd)
  (lemma1056 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops user0.pc)
  (lemma1057 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops user0.vm_fd)
  (lemma1058 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops user0.ret)
  (lemma1059 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops kvm.state)
  (lemma1060 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops kvm.pc)
  (lemma1061 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops kvm.err)
  (lemma1062 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops res.kvmppc_pr_ops)
  (lemma1063 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.state)
  (lemma1064 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.pc)
  (lemma1065 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.refs)
  (lemma1066 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev user0.fd)
  (lemma1067 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev user0.pc)
  (lemma1068 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev user0.vm_fd)
  (lemma1069 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev user0.ret)
  (lemma1070 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.state)
  (lemma1071 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.pc)
  (lemma1072 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.err)
  (lemma1073 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev kvm.err1)
  (lemma1074 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev res.kvm_debugfs)
  (lemma1075 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev res.kvm_vfio_ops)
  (lemma1076 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_dev res.kvmppc_pr_ops)
  (lemma1077 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops kvm.state)
  (lemma1078 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops kvm.pc)
  (lemma1079 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops kvm.refs)
  (lemma1080 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops kvm.err1)
  (lemma1081 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops res.irqfd_cleanup_wq)
  (lemma1082 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops res.kvm_cpuhp_starting)
  (lemma1083 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops res.kvm_reboot_notifier)
  (lemma1084 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops user0.fd)
  (lemma1085 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops user0.pc)
  (lemma1086 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops user0.vm_fd)
  (lemma1087 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops kvm.state)
  (lemma1088 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvmppc_pr_ops kvm.pc)
  (lemma1089 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.hpte_cache kvm.state)
  (lemma1090 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.hpte_cache kvm.pc)
  (lemma1091 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd kvm.refs)
  (lemma1092 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd user0.pc)
  (lemma1093 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd user0.ret)
  (lemma1094 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd kvm.state)
  (lemma1095 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd kvm.pc)
  (lemma1096 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd kvm.err)
  (lemma1097 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd kvm.refs)
  (lemma1098 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd kvm.err1)
  (lemma1099 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd res.kvm_dev)
  (lemma1100 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd user0.pc)
  (lemma1101 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd user0.ret)
  (lemma1102 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.pc)
  (lemma1103 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1104 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_cpuhp_starting)
  (lemma1105 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvmppc_pr_ops)
  (lemma1106 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1107 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm)
  (lemma1108 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner)
  (lemma1109 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1110 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1111 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.state)
  (lemma1112 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.err)
  (lemma1113 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1114 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.err1)
  (lemma1115 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.irqfd_cleanup_wq)
  (lemma1116 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.cpus_hardware_enabled)
  (lemma1117 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_cpuhp_starting)
  (lemma1118 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_reboot_notifier)
  (lemma1119 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_vcpu_cache)
  (lemma1120 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.cpu_kick_mask)
  (lemma1121 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_syscore_ops)
  (lemma1122 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_debugfs)
  (lemma1123 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_vfio_ops)
  (lemma1124 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_dev)
  (lemma1125 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvmppc_pr_ops)
  (lemma1126 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1127 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.arg)
  (lemma1128 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel_owner)
  (lemma1129 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.stale)
  (lemma1130 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm)
  (lemma1131 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner)
  (lemma1132 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1133 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.pc)
  (lemma1134 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1135 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_cpuhp_starting)
  (lemma1136 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvmppc_pr_ops)
  (lemma1137 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1138 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel)
  (lemma1139 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel_owner)
  (lemma1140 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.stale)
  (lemma1141 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm)
  (lemma1142 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner)
  (lemma1143 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1144 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1145 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_dev)
  (lemma1146 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvmppc_pr_ops)
  (lemma1147 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1148 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel)
  (lemma1149 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel_owner)
  (lemma1150 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.stale)
  (lemma1151 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm)
  (lemma1152 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner)
  (lemma1153 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1154 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1155 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1156 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_reboot_notifier)
  (lemma1157 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_dev)
  (lemma1158 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1159 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm)
  (lemma1160 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner)
  (lemma1161 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1162 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1163 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.arg)
  (lemma1164 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel)
  (lemma1165 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel_owner)
  (lemma1166 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.stale)
  (lemma1167 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm)
  (lemma1168 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner)
  (lemma1169 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1170 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1171 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1172 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1173 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1174 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.state)
  (lemma1175 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.err)
  (lemma1176 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1177 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.err1)
  (lemma1178 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.irqfd_cleanup_wq)
  (lemma1179 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.cpus_hardware_enabled)
  (lemma1180 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_cpuhp_starting)
  (lemma1181 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_reboot_notifier)
  (lemma1182 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_vcpu_cache)
  (lemma1183 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.cpu_kick_mask)
  (lemma1184 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_debugfs)
  (lemma1185 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_vfio_ops)
  (lemma1186 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_dev)
  (lemma1187 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvmppc_pr_ops)
  (lemma1188 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1189 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1190 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.refs)
  (lemma1191 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc kvm.err1)
  (lemma1192 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.irqfd_cleanup_wq)
  (lemma1193 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_debugfs)
  (lemma1194 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc res.kvm_dev)
  (lemma1195 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.fd)
  (lemma1196 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1197 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.arg)
  (lemma1198 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel)
  (lemma1199 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.sel_owner)
  (lemma1200 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd)
  (lemma1201 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.ret)
  (lemma1202 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.arg user0.vm)
  (lemma1203 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.arg user0.vm_owner)
  (lemma1204 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel user0.pc)
  (lemma1205 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel user0.sel_owner)
  (lemma1206 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel user0.stale)
  (lemma1207 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel user0.ret)
  (lemma1208 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel user0.sel_owner)
  (lemma1209 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.pc)
  (lemma1210 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.sel)
  (lemma1211 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.stale)
  (lemma1212 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.vm)
  (lemma1213 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.vm_owner)
  (lemma1214 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.ret)
  (lemma1215 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.sel_owner user0.sel)
  (lemma1216 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.stale user0.pc)
  (lemma1217 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.stale user0.sel)
  (lemma1218 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.stale user0.vm)
  (lemma1219 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.stale user0.vm_owner)
  (lemma1220 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.pc)
  (lemma1221 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.pc)
  (lemma1222 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.arg)
  (lemma1223 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.sel)
  (lemma1224 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.sel_owner)
  (lemma1225 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.stale)
  (lemma1226 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.vm_fd)
  (lemma1227 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm user0.ret)
  (lemma1228 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner kvm.refs)
  (lemma1229 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner user0.pc)
  (lemma1230 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner kvm.pc)
  (lemma1231 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner kvm.refs)
  (lemma1232 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner user0.pc)
  (lemma1233 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner user0.arg)
  (lemma1234 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner user0.sel)
  (lemma1235 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner user0.vm_fd)
  (lemma1236 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_owner user0.ret)
  (lemma1237 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd kvm.refs)
  (lemma1238 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd user0.pc)
  (lemma1239 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd user0.vm)
  (lemma1240 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd kvm.state)
  (lemma1241 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd kvm.pc)
  (lemma1242 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd kvm.err)
  (lemma1243 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd kvm.refs)
  (lemma1244 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd kvm.err1)
  (lemma1245 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd user0.pc)
  (lemma1246 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.vm_fd user0.ret)
  (lemma1247 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret kvm.pc)
  (lemma1248 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.irqfd_cleanup_wq)
  (lemma1249 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_reboot_notifier)
  (lemma1250 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.cpu_kick_mask)
  (lemma1251 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_debugfs)
  (lemma1252 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_vfio_ops)
  (lemma1253 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_dev)
  (lemma1254 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.fd)
  (lemma1255 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.pc)
  (lemma1256 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.vm)
  (lemma1257 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret kvm.refs)
  (lemma1258 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.fd)
  (lemma1259 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.pc)
  (lemma1260 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.vm_fd)
  (lemma1261 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.irqfd_cleanup_wq)
  (lemma1262 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_reboot_notifier)
  (lemma1263 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.cpu_kick_mask)
  (lemma1264 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_debugfs)
  (lemma1265 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_vfio_ops)
  (lemma1266 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret res.kvm_dev)
  (lemma1267 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.fd)
  (lemma1268 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.pc)
  (lemma1269 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.sel_owner)
  (lemma1270 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.stale)
  (lemma1271 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.vm)
  (lemma1272 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret kvm.refs)
  (lemma1273 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.fd)
  (lemma1274 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.pc)
  (lemma1275 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.vm_fd)
  (lemma1276 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.ret user0.pc)
  (lemma1277 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.no-escape-from-failed-init mon.failed-init-releases-all)
  (lemma1278 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.no-escape-from-failed-init mon.failed-init-releases-all)
  (lemma1279 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.failed-init-releases-all mon.no-escape-from-failed-init)
  (lemma1280 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.failed-init-releases-all mon.no-escape-from-failed-init)
  (lemma1281 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.fd user0.pc user0.ret)
  (lemma1282 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err res.kvmppc_pr_ops)
  (lemma1283 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops res.kvmppc_pr_ops)
  (lemma1284 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_vfio_ops res.hpte_cache mon.init-result-checked)
  (lemma1285 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev res.kvmppc_pr_ops)
  (lemma1286 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev res.kvmppc_pr_ops)
  (lemma1287 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err res.kvmppc_pr_ops)
  (lemma1288 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops user0.sel_owner user0.stale)
  (lemma1289 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops res.hpte_cache)
  (lemma1290 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops res.kvmppc_pr_ops)
  (lemma1291 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops res.hpte_cache)
  (lemma1292 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc res.kvmppc_pr_ops)
  (lemma1293 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_owner user0.vm_fd)
  (lemma1294 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm user0.vm_fd)
  (lemma1295 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops user0.sel_owner user0.stale)
  (lemma1296 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.sel_owner user0.stale)
  (lemma1297 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.sel_owner user0.stale)
  (lemma1298 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_syscore_ops res.kvmppc_pr_ops)
  (lemma1299 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc res.kvmppc_pr_ops)
  (lemma1300 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_dev res.kvmppc_pr_ops)
  (lemma1301 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1302 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.irqfd_cleanup_wq res.kvm_vfio_ops)
  (lemma1303 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops res.kvm_dev)
  (lemma1304 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.cpus_hardware_enabled res.kvm_vfio_ops)
  (lemma1305 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1306 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc kvm.err1 res.kvm_vfio_ops)
  (lemma1307 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm user0.vm_fd)
  (lemma1308 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm user0.ret)
  (lemma1309 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd user0.ret)
  (lemma1310 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm_fd user0.ret)
  (lemma1311 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm user0.vm_fd)
  (lemma1312 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1313 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1314 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.vm user0.vm_fd)
  (lemma1315 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1316 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1317 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1318 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1319 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1320 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1321 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1322 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvmppc_pr_ops res.hpte_cache)
  (lemma1323 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1324 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1325 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1326 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1327 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1328 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1329 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1330 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1331 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1332 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops mon.failed-init-releases-all)
  (lemma1333 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1334 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1335 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1336 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1337 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1338 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1339 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1340 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1341 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops mon.failed-init-releases-all)
  (lemma1342 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1343 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1344 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1345 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1346 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1347 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1348 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops mon.failed-init-releases-all)
  (lemma1349 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1350 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1351 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1352 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops mon.failed-init-releases-all)
  (lemma1353 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1354 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1355 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1356 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1357 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1358 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1359 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1360 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops mon.failed-init-releases-all)
  (lemma1361 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1362 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1363 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested res.kvm_syscore_ops res.kvm_debugfs res.kvmppc_pr_ops)
  (lemma1364 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1365 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1366 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1367 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1368 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_vfio_ops user0.sel_owner user0.stale)
  (lemma1369 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1370 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1371 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1372 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1373 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1374 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1375 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1376 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1377 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1378 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1379 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1380 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1381 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1382 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1383 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1384 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1385 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1386 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1387 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1388 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1389 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1390 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1391 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1392 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1393 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1394 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1395 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1396 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1397 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1398 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1399 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1400 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1401 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1402 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1403 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.arg user0.sel_owner user0.vm_fd)
  (lemma1404 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1405 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1406 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1407 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested user0.pc user0.arg user0.ret)
  (lemma1408 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1409 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1410 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1411 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1412 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1413 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1414 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.sel_owner user0.stale user0.ret)
  (lemma1415 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state user0.sel_owner user0.stale user0.ret)
  (lemma1416 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvmppc_pr_ops user0.sel_owner user0.stale)
  (lemma1417 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1418 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1419 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1420 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1421 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc user0.sel_owner user0.stale)
  (lemma1422 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1423 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1424 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_debugfs res.kvmppc_pr_ops mon.failed-init-releases-all)
  (lemma1425 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1426 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.hpte_cache mon.init-result-checked)
  (lemma1427 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.pc res.kvm_syscore_ops res.kvm_debugfs)
  (lemma1428 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state res.kvm_debugfs mon.failed-init-releases-all)
  (lemma1429 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested mon.ioctl-needs-backend)))
(define-fun bad () Bool
  (= mon.ioctl-needs-backend 1))
(assert inv)
(assert bad)
(check-sat)
(exit)
