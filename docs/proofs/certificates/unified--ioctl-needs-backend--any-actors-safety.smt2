; kvmlc proof certificate: safety
;   inv(s) && bad(s) is unsat: the invariant excludes every bad state
; variant unified, property ioctl-needs-backend, configuration every configuration config_ok allows (with the --config choices), engine counter system, any number of actors
; No KVM_CREATE_VM or KVM_CHECK_EXTENSION reaches the arch code (kvm_arch_init_vm, kvm_vm_ioctl_check_extension) while no backend's ops are published.
; any number of userspace actors: a state counts the actors in each local state (unbounded integers, `actors` in all), docs/counter-system.md
; n0 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n1 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n2 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n3 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n4 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n5 = #{fd=1,pc=1,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n6 = #{fd=1,pc=1,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n7 = #{fd=1,pc=1,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n8 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n9 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n10 = #{fd=1,pc=2,arg=0,sel=1,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n11 = #{fd=1,pc=2,arg=0,sel=2,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n12 = #{fd=1,pc=5,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n13 = #{fd=1,pc=2,arg=1,sel=1,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n14 = #{fd=1,pc=5,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n15 = #{fd=1,pc=2,arg=2,sel=2,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n16 = #{fd=1,pc=5,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n17 = #{fd=1,pc=3,arg=0,sel=1,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n18 = #{fd=1,pc=2,arg=0,sel=1,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=1}
; n19 = #{fd=1,pc=3,arg=0,sel=2,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n20 = #{fd=1,pc=2,arg=0,sel=2,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=1}
; n21 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n22 = #{fd=1,pc=3,arg=1,sel=1,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n23 = #{fd=1,pc=2,arg=1,sel=1,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=1}
; n24 = #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n25 = #{fd=1,pc=3,arg=2,sel=2,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n26 = #{fd=1,pc=2,arg=2,sel=2,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=1}
; n27 = #{fd=1,pc=10,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n28 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n29 = #{fd=1,pc=4,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n30 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n31 = #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n32 = #{fd=1,pc=4,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n33 = #{fd=1,pc=10,arg=2,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n34 = #{fd=1,pc=4,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=1}
; n35 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n36 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n37 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n38 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n39 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n40 = #{fd=1,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}
; n41 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n42 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n43 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n44 = #{fd=1,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=0,vm_fd=1}
; n45 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n46 = #{fd=1,pc=12,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n47 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n48 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n49 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n50 = #{fd=0,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}
; n51 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n52 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n53 = #{fd=0,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=0,vm_fd=1}
; n54 = #{fd=0,pc=12,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; The invariant is the conjunction of 15 lemmas, below. The file asserts the negation of the obligation:
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
(declare-fun mon.ioctl-needs-backend () Int)
(declare-fun mon.no-escape-from-failed-init () Int)
(declare-fun mon.failed-init-releases-all () Int)
(declare-fun mon.exit-releases-all () Int)
(declare-fun mon.no-double-release () Int)
(declare-fun mon.init-result-checked () Int)
(declare-fun mon.ops-deref-pinned () Int)
(declare-fun mon.ops-deref-valid () Int)
(declare-fun actors () Int)
(declare-fun n0 () Int)
(declare-fun n1 () Int)
(declare-fun n2 () Int)
(declare-fun n3 () Int)
(declare-fun n4 () Int)
(declare-fun n5 () Int)
(declare-fun n6 () Int)
(declare-fun n7 () Int)
(declare-fun n8 () Int)
(declare-fun n9 () Int)
(declare-fun n10 () Int)
(declare-fun n11 () Int)
(declare-fun n12 () Int)
(declare-fun n13 () Int)
(declare-fun n14 () Int)
(declare-fun n15 () Int)
(declare-fun n16 () Int)
(declare-fun n17 () Int)
(declare-fun n18 () Int)
(declare-fun n19 () Int)
(declare-fun n20 () Int)
(declare-fun n21 () Int)
(declare-fun n22 () Int)
(declare-fun n23 () Int)
(declare-fun n24 () Int)
(declare-fun n25 () Int)
(declare-fun n26 () Int)
(declare-fun n27 () Int)
(declare-fun n28 () Int)
(declare-fun n29 () Int)
(declare-fun n30 () Int)
(declare-fun n31 () Int)
(declare-fun n32 () Int)
(declare-fun n33 () Int)
(declare-fun n34 () Int)
(declare-fun n35 () Int)
(declare-fun n36 () Int)
(declare-fun n37 () Int)
(declare-fun n38 () Int)
(declare-fun n39 () Int)
(declare-fun n40 () Int)
(declare-fun n41 () Int)
(declare-fun n42 () Int)
(declare-fun n43 () Int)
(declare-fun n44 () Int)
(declare-fun n45 () Int)
(declare-fun n46 () Int)
(declare-fun n47 () Int)
(declare-fun n48 () Int)
(declare-fun n49 () Int)
(declare-fun n50 () Int)
(declare-fun n51 () Int)
(declare-fun n52 () Int)
(declare-fun n53 () Int)
(declare-fun n54 () Int)
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
(declare-fun |mon.ioctl-needs-backend'| () Int)
(declare-fun |mon.no-escape-from-failed-init'| () Int)
(declare-fun |mon.failed-init-releases-all'| () Int)
(declare-fun |mon.exit-releases-all'| () Int)
(declare-fun |mon.no-double-release'| () Int)
(declare-fun |mon.init-result-checked'| () Int)
(declare-fun |mon.ops-deref-pinned'| () Int)
(declare-fun |mon.ops-deref-valid'| () Int)
(declare-fun |actors'| () Int)
(declare-fun |n0'| () Int)
(declare-fun |n1'| () Int)
(declare-fun |n2'| () Int)
(declare-fun |n3'| () Int)
(declare-fun |n4'| () Int)
(declare-fun |n5'| () Int)
(declare-fun |n6'| () Int)
(declare-fun |n7'| () Int)
(declare-fun |n8'| () Int)
(declare-fun |n9'| () Int)
(declare-fun |n10'| () Int)
(declare-fun |n11'| () Int)
(declare-fun |n12'| () Int)
(declare-fun |n13'| () Int)
(declare-fun |n14'| () Int)
(declare-fun |n15'| () Int)
(declare-fun |n16'| () Int)
(declare-fun |n17'| () Int)
(declare-fun |n18'| () Int)
(declare-fun |n19'| () Int)
(declare-fun |n20'| () Int)
(declare-fun |n21'| () Int)
(declare-fun |n22'| () Int)
(declare-fun |n23'| () Int)
(declare-fun |n24'| () Int)
(declare-fun |n25'| () Int)
(declare-fun |n26'| () Int)
(declare-fun |n27'| () Int)
(declare-fun |n28'| () Int)
(declare-fun |n29'| () Int)
(declare-fun |n30'| () Int)
(declare-fun |n31'| () Int)
(declare-fun |n32'| () Int)
(declare-fun |n33'| () Int)
(declare-fun |n34'| () Int)
(declare-fun |n35'| () Int)
(declare-fun |n36'| () Int)
(declare-fun |n37'| () Int)
(declare-fun |n38'| () Int)
(declare-fun |n39'| () Int)
(declare-fun |n40'| () Int)
(declare-fun |n41'| () Int)
(declare-fun |n42'| () Int)
(declare-fun |n43'| () Int)
(declare-fun |n44'| () Int)
(declare-fun |n45'| () Int)
(declare-fun |n46'| () Int)
(declare-fun |n47'| () Int)
(declare-fun |n48'| () Int)
(declare-fun |n49'| () Int)
(declare-fun |n50'| () Int)
(declare-fun |n51'| () Int)
(declare-fun |n52'| () Int)
(declare-fun |n53'| () Int)
(declare-fun |n54'| () Int)
(declare-fun step () Int)
; lemma1: structure: the counts are >= 0 and sum to actors >= 0; config_ok
(define-fun lemma1 ( (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n41 Int) (n42 Int) (n43 Int) (n44 Int) (n45 Int) (n46 Int) (n47 Int) (n48 Int) (n49 Int) (n50 Int) (n51 Int) (n52 Int) (n53 Int) (n54 Int) (actors Int) (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int)) Bool
  (and (<= 0 n0)
     (<= 0 n1)
     (<= 0 n2)
     (<= 0 n3)
     (<= 0 n4)
     (<= 0 n5)
     (<= 0 n6)
     (<= 0 n7)
     (<= 0 n8)
     (<= 0 n9)
     (<= 0 n10)
     (<= 0 n11)
     (<= 0 n12)
     (<= 0 n13)
     (<= 0 n14)
     (<= 0 n15)
     (<= 0 n16)
     (<= 0 n17)
     (<= 0 n18)
     (<= 0 n19)
     (<= 0 n20)
     (<= 0 n21)
     (<= 0 n22)
     (<= 0 n23)
     (<= 0 n24)
     (<= 0 n25)
     (<= 0 n26)
     (<= 0 n27)
     (<= 0 n28)
     (<= 0 n29)
     (<= 0 n30)
     (<= 0 n31)
     (<= 0 n32)
     (<= 0 n33)
     (<= 0 n34)
     (<= 0 n35)
     (<= 0 n36)
     (<= 0 n37)
     (<= 0 n38)
     (<= 0 n39)
     (<= 0 n40)
     (<= 0 n41)
     (<= 0 n42)
     (<= 0 n43)
     (<= 0 n44)
     (<= 0 n45)
     (<= 0 n46)
     (<= 0 n47)
     (<= 0 n48)
     (<= 0 n49)
     (<= 0 n50)
     (<= 0 n51)
     (<= 0 n52)
     (<= 0 n53)
     (<= 0 n54)
     (= (+ 0
           n0
           n1
           n2
           n3
           n4
           n5
           n6
           n7
           n8
           n9
           n10
           n11
           n12
           n13
           n14
           n15
           n16
           n17
           n18
           n19
           n20
           n21
           n22
           n23
           n24
           n25
           n26
           n27
           n28
           n29
           n30
           n31
           n32
           n33
           n34
           n35
           n36
           n37
           n38
           n39
           n40
           n41
           n42
           n43
           n44
           n45
           n46
           n47
           n48
           n49
           n50
           n51
           n52
           n53
           n54)
        actors)
     (<= 0 actors)
     (<= 0 cfg.hv_possible)
     (<= cfg.hv_possible 1)
     (<= 0 cfg.pr_possible)
     (<= cfg.pr_possible 1)
     (<= 0 cfg.radix)
     (<= cfg.radix 1)
     (<= 0 cfg.nested)
     (<= cfg.nested 1)))
; lemma2: #actors(arg=2, vm_owner=kvm) + #actors(sel=pr, stale=0) + #actors(at idle, vm=pr) + #actors(vm=pr, vm_owner=none) + #actors(sel=pr, vm_owner=kvm) + #actors(arg=0, vm=pr) + #actors(at close:returning, vm=pr) + #actors(at check_extension:returning, vm=pr) + #actors(fd=kvm, at open:returning, vm=pr) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm && !held(kvmppc_hv_ops)
(define-fun lemma2 ( (n11 Int) (n15 Int) (n19 Int) (n25 Int) (n30 Int) (n33 Int) (n34 Int) (n36 Int) (n41 Int) (n42 Int) (n44 Int) (n47 Int) (n52 Int) (n53 Int) (kvm.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvm_dev 1)
                (= res.kvmppc_hv_ops 0)
                (= res.kvmppc_pr_ops 1)
                (= mon.ioctl-needs-backend 0))))
  (or (= (+ 0 n11 n15 n19 n25 n30 n33 n34 n36 n41 n42 n44 n47 n52 n53) 0)
      (and (= kvm.state 2) a!1)
      (and (= kvm.state 3) a!1))))
; lemma3: #actors(at create_vm:kvm_create_vm) + #actors(at create_vm:put_dev) + #actors(fd=kvm, at open:returning, vm_fd=none) + #actors(fd=kvm, at idle, vm_fd=none) + #actors(at check_extension:returning, vm_fd=none) + #actors(arg=0, vm_fd=none) + #actors(arg=1, vm_fd=none) + #actors(arg=2, vm_fd=none) + #actors(at create_vm:put_owner, arg=0) + #actors(fd=kvm, at close_vm:returning) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm
(define-fun lemma3 ( (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n12 Int) (n14 Int) (n16 Int) (n21 Int) (n24 Int) (n27 Int) (n29 Int) (n46 Int) (kvm.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvm_dev 1)
                (or (and (= res.kvmppc_hv_ops 0)
                         (= res.kvmppc_pr_ops 1)
                         (= mon.ioctl-needs-backend 0))
                    (and (= res.kvmppc_hv_ops 1)
                         (= res.kvmppc_pr_ops 0)
                         (= mon.ioctl-needs-backend 0))))))
  (or (= (+ 0 n2 n3 n5 n6 n7 n8 n12 n14 n16 n21 n24 n27 n29 n46) 0)
      (and (= kvm.state 2) a!1)
      (and (= kvm.state 3) a!1))))
; lemma4: #actors(fd=kvm, vm=hv) + #actors(sel=hv, stale=0) + #actors(sel=hv, vm_owner=kvm) + #actors(at check_extension:ops_read, vm_fd=none) + #actors(arg=1, vm_owner=kvm) + #actors(at close:returning, vm=hv) + #actors(at idle, vm=hv) + #actors(vm=hv, vm_owner=none) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm && held(kvmppc_hv_ops) by kvm
(define-fun lemma4 ( (n9 Int) (n10 Int) (n13 Int) (n17 Int) (n22 Int) (n28 Int) (n31 Int) (n32 Int) (n35 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n45 Int) (n49 Int) (n50 Int) (kvm.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvm_dev 1)
                (= res.kvmppc_hv_ops 1)
                (= res.kvmppc_pr_ops 0)
                (= mon.ioctl-needs-backend 0))))
  (or (= (+ 0 n9 n10 n13 n17 n22 n28 n31 n32 n35 n37 n38 n39 n40 n45 n49 n50) 0)
      (and (= kvm.state 2) a!1)
      (and (= kvm.state 3) a!1))))
; lemma5: in range: res.async_pf_cache in [0, 1] && mon.no-escape-from-failed-init in [0, 1] && mon.failed-init-releases-all in [0, 1] && mon.exit-releases-all in [0, 1] && mon.ops-deref-pinned in [0, 1] && mon.ops-deref-valid in [0, 1]
(define-fun lemma5 ( (res.async_pf_cache Int) (mon.no-escape-from-failed-init Int) (mon.failed-init-releases-all Int) (mon.exit-releases-all Int) (mon.ops-deref-pinned Int) (mon.ops-deref-valid Int)) Bool
  (and (<= 0 res.async_pf_cache)
     (<= res.async_pf_cache 1)
     (<= 0 mon.no-escape-from-failed-init)
     (<= mon.no-escape-from-failed-init 1)
     (<= 0 mon.failed-init-releases-all)
     (<= mon.failed-init-releases-all 1)
     (<= 0 mon.exit-releases-all)
     (<= mon.exit-releases-all 1)
     (<= 0 mon.ops-deref-pinned)
     (<= mon.ops-deref-pinned 1)
     (<= 0 mon.ops-deref-valid)
     (<= mon.ops-deref-valid 1)))
; lemma6: ioctl-needs-backend holds
(define-fun lemma6 ( (mon.ioctl-needs-backend Int)) Bool
  (not (= mon.ioctl-needs-backend 1)))
; lemma7: kvm.state == FAILED -> #actors(fd=kvm) == 0
(define-fun lemma7 ( (kvm.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n38 Int) (n39 Int) (n40 Int) (n42 Int) (n43 Int) (n44 Int) (n46 Int) (n49 Int) (n52 Int)) Bool
  (or (not (= kvm.state 5))
    (= (+ 0
          n2
          n3
          n5
          n6
          n7
          n8
          n9
          n10
          n11
          n12
          n13
          n14
          n15
          n16
          n17
          n18
          n19
          n20
          n21
          n22
          n23
          n24
          n25
          n26
          n27
          n28
          n29
          n30
          n31
          n32
          n33
          n34
          n35
          n36
          n38
          n39
          n40
          n42
          n43
          n44
          n46
          n49
          n52)
       0)))
; lemma8: kvm.state == GOING -> #actors(fd=kvm) == 0 && #actors(vm=none) == #actors(fd=none) && #actors(vm_owner=none) == #actors(fd=none) && #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma8 ( (kvm.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n38 Int) (n39 Int) (n40 Int) (n42 Int) (n43 Int) (n44 Int) (n46 Int) (n49 Int) (n52 Int) (n0 Int) (n1 Int) (n4 Int) (n54 Int) (n37 Int) (n41 Int) (n45 Int) (n47 Int) (n48 Int) (n50 Int) (n51 Int) (n53 Int)) Bool
  (let ((a!1 (+ (+ (+ n0 n1) n2 n3 n4) n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16))
      (a!2 (+ 0 (+ n0 n1) n4 n37 n41 n45 n47 n48 n50 n51 n53 n54)))
(let ((a!3 (= (+ 0 (+ (+ n0 n1) n2 n3 n4) n8 n9 n21 n24 n27 n46 n54) a!2)))
  (and (or (not (= kvm.state 4))
           (= (+ 0
                 n2
                 n3
                 n5
                 n6
                 n7
                 n8
                 n9
                 n10
                 n11
                 n12
                 n13
                 n14
                 n15
                 n16
                 n17
                 n18
                 n19
                 n20
                 n21
                 n22
                 n23
                 n24
                 n25
                 n26
                 n27
                 n28
                 n29
                 n30
                 n31
                 n32
                 n33
                 n34
                 n35
                 n36
                 n38
                 n39
                 n40
                 n42
                 n43
                 n44
                 n46
                 n49
                 n52)
              0))
       (or (not (= kvm.state 4))
           (= (+ 0
                 a!1
                 n17
                 n18
                 n19
                 n20
                 n21
                 n22
                 n23
                 n24
                 n25
                 n26
                 n27
                 n29
                 n32
                 n34
                 n46
                 n54)
              a!2))
       (or (not (= kvm.state 4))
           (= (+ 0 a!1 n18 n20 n21 n23 n24 n26 n27 n40 n44 n46 n50 n53 n54) a!2))
       (or (not (= kvm.state 4)) a!3)))))
; lemma9: kvm.state == RETURNING -> kvm.refs == 0 && #actors(vm=none) == #actors(fd=none)
(define-fun lemma9 ( (kvm.state Int) (kvm.refs Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n32 Int) (n34 Int) (n46 Int) (n54 Int) (n37 Int) (n41 Int) (n45 Int) (n47 Int) (n48 Int) (n50 Int) (n51 Int) (n53 Int)) Bool
  (let ((a!1 (or (not (= kvm.state 7))
               (= (+ 0
                     (+ n0 n1)
                     n2
                     n3
                     n4
                     n5
                     n6
                     n7
                     n8
                     n9
                     n10
                     n11
                     n12
                     n13
                     n14
                     n15
                     n16
                     n17
                     n18
                     n19
                     n20
                     n21
                     n22
                     n23
                     n24
                     n25
                     n26
                     n27
                     n29
                     n32
                     n34
                     n46
                     n54)
                  (+ 0 (+ n0 n1) n4 n37 n41 n45 n47 n48 n50 n51 n53 n54)))))
  (and (or (not (= kvm.state 7)) (= (+ 0 kvm.refs) 0)) a!1)))
; lemma10: kvm.state == UNLOADED -> kvm.refs == 0
(define-fun lemma10 ( (kvm.state Int) (kvm.refs Int)) Bool
  (or (not (= kvm.state 0)) (= (+ 0 kvm.refs) 0)))
; lemma11: never: #actors(stale=1) + #actors(fd=none, at open:returning, vm_fd=kvm) + #actors(at check_extension:ops_read, vm=pr) == 0
(define-fun lemma11 ( (n18 Int) (n20 Int) (n23 Int) (n26 Int) (n43 Int) (n48 Int) (n51 Int)) Bool
  (and (= n18 0) (= n20 0) (= n23 0) (= n26 0) (= n43 0) (= n48 0) (= n51 0)))
; lemma12: ops-deref-pinned holds
(define-fun lemma12 ( (mon.ops-deref-pinned Int)) Bool
  (not (= mon.ops-deref-pinned 1)))
; lemma13: ops-deref-valid holds
(define-fun lemma13 ( (mon.ops-deref-valid Int)) Bool
  (not (= mon.ops-deref-valid 1)))
; lemma14: refcount-balanced holds
(define-fun lemma14 ( (kvm.state Int) (kvm.refs Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n41 Int) (n42 Int) (n43 Int) (n44 Int) (n45 Int) (n46 Int) (n47 Int) (n48 Int) (n49 Int) (n50 Int) (n51 Int) (n52 Int) (n53 Int)) Bool
  (let ((a!1 (and (not (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))
                (not (= kvm.refs
                        (+ 0
                           0
                           n2
                           0
                           n3
                           0
                           0
                           n5
                           n5
                           0
                           n6
                           n6
                           0
                           n7
                           n7
                           0
                           n8
                           0
                           n9
                           0
                           n10
                           n10
                           0
                           n11
                           n11
                           0
                           n12
                           n12
                           0
                           n13
                           n13
                           0
                           n14
                           n14
                           0
                           n15
                           n15
                           0
                           n16
                           n16
                           0
                           n17
                           n17
                           n17
                           0
                           n18
                           n18
                           0
                           n19
                           n19
                           n19
                           0
                           n20
                           n20
                           0
                           n21
                           0
                           n22
                           n22
                           n22
                           0
                           n23
                           n23
                           0
                           n24
                           0
                           n25
                           n25
                           n25
                           0
                           n26
                           n26
                           0
                           n27
                           0
                           n28
                           n28
                           n28
                           0
                           n29
                           n29
                           n29
                           0
                           n30
                           n30
                           n30
                           0
                           n31
                           n31
                           n31
                           0
                           n32
                           n32
                           n32
                           0
                           n33
                           n33
                           n33
                           0
                           n34
                           n34
                           n34
                           0
                           n35
                           n35
                           n35
                           0
                           n36
                           n36
                           n36
                           0
                           n37
                           n37
                           0
                           n38
                           n38
                           n38
                           0
                           n39
                           n39
                           n39
                           0
                           n40
                           n40
                           0
                           n41
                           n41
                           0
                           n42
                           n42
                           n42
                           0
                           n43
                           n43
                           n43
                           0
                           n44
                           n44
                           0
                           n45
                           n45
                           0
                           n46
                           0
                           n47
                           n47
                           0
                           n48
                           n48
                           0
                           n49
                           n49
                           n49
                           0
                           n50
                           0
                           n51
                           n51
                           0
                           n52
                           n52
                           n52
                           0
                           n53
                           0))))))
  (not a!1)))
; lemma15: the globals are one of 1659 states
(define-fun lemma15 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm.err2 Int) (res.irqfd_cleanup_wq Int) (res.cpus_hardware_enabled Int) (res.kvm_cpuhp_starting Int) (res.kvm_reboot_notifier Int) (res.kvm_vcpu_cache Int) (res.cpu_kick_mask Int) (res.kvm_syscore_ops Int) (res.kvm_debugfs Int) (res.kvm_vfio_ops Int) (res.kvm_dev Int) (res.pseries_partition_tb Int) (res.kvm_pte_cache Int) (res.kvm_pmd_cache Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (res.hpte_cache Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvmppc_pr_ops 0)
                (and (= res.hpte_cache 0) (= mon.ioctl-needs-backend 0))))
      (a!17 (and (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 0)
                 (= res.kvm_pte_cache 0)
                 (= res.kvm_pmd_cache 0)
                 (= res.kvmppc_hv_ops 0)
                 (= res.kvmppc_pr_ops 1)
                 (and (= res.hpte_cache 0) (= mon.ioctl-needs-backend 0))))
      (a!19 (or (and (= res.hpte_cache 0) (= mon.ioctl-needs-backend 0))
                (and (= res.hpte_cache 1) (= mon.ioctl-needs-backend 0)))))
(let ((a!2 (and (= res.kvm_pte_cache 0)
                (and (= res.kvm_pmd_cache 0) (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!18 (and (= kvm.pc 34)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.cpus_hardware_enabled 0)
                 (= res.kvm_cpuhp_starting 0)
                 (= res.kvm_reboot_notifier 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (or (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!17)
                     (and (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 1) a!17))))
      (a!20 (and (= res.pseries_partition_tb 0)
                 (= res.kvm_pte_cache 0)
                 (= res.kvm_pmd_cache 0)
                 (= res.kvmppc_hv_ops 0)
                 (= res.kvmppc_pr_ops 1)
                 a!19))
      (a!65 (and (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 0)
                 (= res.kvm_pte_cache 0)
                 (= res.kvm_pmd_cache 0)
                 (= res.kvmppc_hv_ops 0)
                 (= res.kvmppc_pr_ops 0)
                 a!19))
      (a!109 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 1)
                  (and (= res.kvm_pmd_cache 0)
                       (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!111 (and (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 1)
                  (and (= res.kvm_pmd_cache 1)
                       (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!115 (and (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 1)
                  (and (= res.kvm_pmd_cache 1)
                       (and (= res.kvmppc_hv_ops 1) a!1))))
      (a!126 (and (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 1)
                  (= res.kvm_pmd_cache 1)
                  (or (and (= res.kvmppc_hv_ops 0) a!1)
                      (and (= res.kvmppc_hv_ops 1) a!1))))
      (a!153 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 0)
                  (and (= res.kvm_pmd_cache 1)
                       (and (= res.kvmppc_hv_ops 1) a!1))))
      (a!155 (and (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 0)
                  (and (= res.kvm_pmd_cache 1)
                       (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!158 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 0)
                  (= res.kvm_pmd_cache 0)
                  (and (= res.kvmppc_hv_ops 1) a!1))))
(let ((a!3 (and (= res.kvm_vfio_ops 0)
                (= res.kvm_dev 0)
                (and (= res.pseries_partition_tb 0) a!2)))
      (a!21 (and (= res.kvm_debugfs 0)
                 (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!20))))
      (a!22 (and (= res.kvm_debugfs 1)
                 (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!20))))
      (a!49 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.kvm_syscore_ops 1)
                 (= res.kvm_debugfs 1)
                 (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!20))))
      (a!51 (and (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.kvm_syscore_ops 1)
                 (= res.kvm_debugfs 1)
                 (= res.kvm_vfio_ops 1)
                 (= res.kvm_dev 1)
                 a!20))
      (a!66 (and (= kvm.pc 78)
                 (= kvm.err 12)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.cpus_hardware_enabled 0)
                 (= res.kvm_cpuhp_starting 0)
                 (= res.kvm_reboot_notifier 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (or (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!65)
                     (and (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 1) a!65))))
      (a!71 (and (= res.kvm_debugfs 0)
                 (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!20))))
      (a!95 (and (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (and (= res.pseries_partition_tb 1) a!2)))
      (a!110 (and (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!109)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!109))))
      (a!112 (or (and (= res.kvm_syscore_ops 0)
                      (= res.kvm_debugfs 0)
                      (and (= res.kvm_vfio_ops 0) (= res.kvm_dev 0) a!111))
                 (and (= res.kvm_syscore_ops 1)
                      (= res.kvm_debugfs 1)
                      (and (= res.kvm_vfio_ops 0) (= res.kvm_dev 0) a!111))))
      (a!116 (and (= res.kvm_debugfs 0)
                  (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!115))))
      (a!117 (and (= res.kvm_debugfs 1)
                  (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!115))))
      (a!123 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (or (and (= res.pseries_partition_tb 0) a!2) a!111)))
      (a!127 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (or (and (= res.pseries_partition_tb 0) a!2) a!126)))
      (a!145 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (= res.kvm_syscore_ops 1)
                  (= res.kvm_debugfs 1)
                  (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!115))))
      (a!147 (and (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (= res.kvm_syscore_ops 1)
                  (= res.kvm_debugfs 1)
                  (= res.kvm_vfio_ops 1)
                  (= res.kvm_dev 1)
                  a!115))
      (a!154 (and (= kvm.err 12)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!153)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!153))))
      (a!156 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (or (and (= res.pseries_partition_tb 0) a!2) a!155)))
      (a!159 (and (= kvm.err 12)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!158)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!158))))
      (a!160 (and (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (or (and (= res.pseries_partition_tb 0) a!2)
                      (and (= res.pseries_partition_tb 1) a!2))))
      (a!168 (and (= res.kvm_debugfs 0)
                  (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!115))))
      (a!177 (and (= kvm.pc 24)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!153)))
      (a!178 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!158))))
(let ((a!4 (and (= res.irqfd_cleanup_wq 0)
                (= res.cpus_hardware_enabled 0)
                (= res.kvm_cpuhp_starting 0)
                (= res.kvm_reboot_notifier 0)
                (= res.kvm_vcpu_cache 0)
                (= res.cpu_kick_mask 0)
                (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!3)))
      (a!13 (and (= res.irqfd_cleanup_wq 0)
                 (= res.cpus_hardware_enabled 0)
                 (= res.kvm_cpuhp_starting 0)
                 (= res.kvm_reboot_notifier 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (or (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!3)
                     (and (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 1) a!3))))
      (a!23 (or (and (= res.kvm_syscore_ops 0) a!21)
                (and (= res.kvm_syscore_ops 1) a!22)))
      (a!46 (and (= kvm.pc 59)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.kvm_syscore_ops 1)
                 (or a!21 a!22)))
      (a!47 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (and (= res.kvm_syscore_ops 1) a!22)))
      (a!50 (and (= kvm.pc 61) (and (= kvm.err 0) (= kvm.err1 0) a!49)))
      (a!52 (and (= kvm.pc 63) (= kvm.err 0) (= kvm.err1 12) a!49))
      (a!70 (and (= kvm.state 3) (= kvm.pc 94) (and (= kvm.err 0) a!51)))
      (a!72 (and (= kvm.pc 3)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (and (= res.cpu_kick_mask 0)
                      (and (= res.kvm_syscore_ops 1) a!71))))
      (a!73 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 0)
                 (and (= res.cpu_kick_mask 0)
                      (and (= res.kvm_syscore_ops 1) a!71))))
      (a!74 (and (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (= res.kvm_syscore_ops 0)
                 a!71))
      (a!78 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.cpus_hardware_enabled 0)
                 (= res.kvm_cpuhp_starting 0)
                 (= res.kvm_reboot_notifier 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (and (= res.kvm_syscore_ops 0) a!21)))
      (a!96 (and (= res.irqfd_cleanup_wq 0)
                 (= res.cpus_hardware_enabled 0)
                 (= res.kvm_cpuhp_starting 0)
                 (= res.kvm_reboot_notifier 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!95)))
      (a!106 (and (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!95)
                      (and (= res.kvm_syscore_ops 1) (= res.kvm_debugfs 1) a!95))))
      (a!113 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  a!112))
      (a!118 (or (and (= res.kvm_syscore_ops 0) a!116)
                 (and (= res.kvm_syscore_ops 1) a!117)))
      (a!124 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!123)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!123))))
      (a!128 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!127)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!127))))
      (a!143 (and (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (= res.kvm_syscore_ops 1)
                  (or a!116 a!117)))
      (a!144 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (and (= res.kvm_syscore_ops 1) a!117)))
      (a!146 (and (= kvm.pc 61) (and (= kvm.err 0) (and (= kvm.err1 0) a!145))))
      (a!157 (and (= kvm.err 19)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!156)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!156))))
      (a!161 (and (= kvm.err 19)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (or (and (= res.kvm_syscore_ops 0)
                           (= res.kvm_debugfs 0)
                           a!160)
                      (and (= res.kvm_syscore_ops 1)
                           (= res.kvm_debugfs 1)
                           a!160))))
      (a!166 (and (= kvm.state 3) (= kvm.pc 94) (and (= kvm.err 0) a!147)))
      (a!167 (and (= kvm.pc 1) (and (= kvm.err 0) (and (= kvm.err1 0) a!145))))
      (a!169 (and (= kvm.pc 3)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (and (= res.cpu_kick_mask 0)
                       (and (= res.kvm_syscore_ops 1) a!168))))
      (a!170 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 0)
                  (and (= res.cpu_kick_mask 0)
                       (and (= res.kvm_syscore_ops 1) a!168))))
      (a!171 (and (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (= res.kvm_syscore_ops 0)
                  a!168))
      (a!175 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (= res.kvm_cpuhp_starting 0)
                  (= res.kvm_reboot_notifier 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (and (= res.kvm_syscore_ops 0) a!116))))
(let ((a!5 (and (= kvm.err 0) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!6 (and (= kvm.err 19) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!14 (and (= kvm.err 12) (and (= kvm.err1 0) (and (= kvm.err2 0) a!13))))
      (a!16 (and (= kvm.err 0) (and (= kvm.err1 0) (and (= kvm.err2 0) a!13))))
      (a!24 (and (= res.kvm_reboot_notifier 0)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!23))))
      (a!41 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!23))))
      (a!43 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (and (= res.cpu_kick_mask 0) a!23)))
      (a!45 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (and (= res.cpu_kick_mask 1) a!23)))
      (a!48 (and (= kvm.pc 60) (= kvm.err 0) (= kvm.err1 0) a!47))
      (a!53 (and (= kvm.pc 64) (= kvm.err 0) (= kvm.err1 12) a!47))
      (a!54 (and (= kvm.pc 65)
                 (= kvm.err 0)
                 (= kvm.err1 12)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (or (and (= res.cpu_kick_mask 0) a!23)
                     (and (= res.cpu_kick_mask 1) a!23))))
      (a!75 (and (= res.cpus_hardware_enabled 1)
                 (and (= res.kvm_cpuhp_starting 0)
                      (and (= res.kvm_reboot_notifier 0) a!74))))
      (a!77 (and (= kvm.pc 12)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.cpus_hardware_enabled 0)
                 (and (= res.kvm_cpuhp_starting 0)
                      (and (= res.kvm_reboot_notifier 0) a!74))))
      (a!84 (and (= kvm.err 0) (= kvm.err1 5) (and (= kvm.err2 0) a!4)))
      (a!85 (and (= kvm.err 5) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!91 (and (= kvm.pc 30)
                 (= kvm.err 0)
                 (and (= kvm.err1 19) (and (= kvm.err2 0) a!4))))
      (a!97 (and (= kvm.err 0) (= kvm.err1 0) (= kvm.err2 0) a!96))
      (a!98 (and (= kvm.pc 9)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (or (and (= kvm.err2 12) a!4) (and (= kvm.err2 19) a!4))))
      (a!99 (or (and (= kvm.err1 12) (and (= kvm.err2 0) a!4))
                (and (= kvm.err1 19) (and (= kvm.err2 0) a!4))))
      (a!103 (and (= kvm.err 19) (and (= kvm.err1 0) (and (= kvm.err2 0) a!13))))
      (a!107 (and (= kvm.err 0) (and (= kvm.err1 0) (and (= kvm.err2 0) a!106))))
      (a!108 (and (= kvm.pc 9)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (or (and (= kvm.err2 0) a!106) (and (= kvm.err2 12) a!13))))
      (a!114 (and (= kvm.pc 19)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (or a!113 (and (= kvm.err2 12) a!106))))
      (a!119 (and (= res.kvm_reboot_notifier 0)
                  (and (= res.kvm_vcpu_cache 0)
                       (and (= res.cpu_kick_mask 0) a!118))))
      (a!122 (and (= kvm.err 0) (= kvm.err1 12) (and (= kvm.err2 0) a!13)))
      (a!129 (and (= kvm.pc 31) (and (= kvm.err 0) (and (= kvm.err1 0) a!128))))
      (a!131 (and (= kvm.pc 45) (and (= kvm.err 0) (and (= kvm.err1 0) a!128))))
      (a!140 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (and (= res.kvm_vcpu_cache 0)
                       (and (= res.cpu_kick_mask 0) a!118))))
      (a!141 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (and (= res.cpu_kick_mask 0) a!118)))
      (a!142 (and (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (and (= res.cpu_kick_mask 1) a!118)))
      (a!148 (and (= kvm.err1 12)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  (= res.kvm_reboot_notifier 1)
                  (= res.kvm_vcpu_cache 1)
                  (or (and (= res.cpu_kick_mask 0) a!118)
                      (and (= res.cpu_kick_mask 1) a!118))))
      (a!162 (and (= kvm.err 12)
                  (and (= kvm.err1 0) (and (= kvm.err2 0) a!106))))
      (a!172 (and (= res.cpus_hardware_enabled 1)
                  (and (= res.kvm_cpuhp_starting 0)
                       (and (= res.kvm_reboot_notifier 0) a!171))))
      (a!174 (and (= kvm.pc 12)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.cpus_hardware_enabled 0)
                  (and (= res.kvm_cpuhp_starting 0)
                       (and (= res.kvm_reboot_notifier 0) a!171))))
      (a!190 (and (= kvm.pc 32) (and (= kvm.err 0) (and (= kvm.err1 0) a!128))))
      (a!191 (and (= kvm.pc 40) (and (= kvm.err 5) (and (= kvm.err1 0) a!128))))
      (a!192 (and (= kvm.pc 45) (and (= kvm.err 5) (and (= kvm.err1 0) a!128)))))
(let ((a!7 (and (= kvm.state 0)
                (or (and (= kvm.pc 0) a!5) (and (= kvm.pc 94) a!6))))
      (a!8 (or (and (= kvm.pc 0) a!5) (and (= kvm.pc 31) a!5)))
      (a!25 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (and (= res.cpus_hardware_enabled 0)
                      (and (= res.kvm_cpuhp_starting 0) a!24))))
      (a!33 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (and (= res.cpus_hardware_enabled 0)
                      (and (= res.kvm_cpuhp_starting 0) a!24))))
      (a!35 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (and (= res.kvm_cpuhp_starting 0) a!24)))
      (a!39 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 a!24))
      (a!42 (and (= kvm.pc 53) (= kvm.err 0) (= kvm.err1 0) a!41))
      (a!44 (and (= kvm.pc 54) (= kvm.err 0) (= kvm.err1 0) a!43))
      (a!55 (and (= kvm.pc 66) (= kvm.err 0) (= kvm.err1 12) a!43))
      (a!56 (and (= kvm.pc 67) (= kvm.err 0) (= kvm.err1 12) a!41))
      (a!67 (and (= kvm.pc 93) (or (and (= kvm.err 0) a!51) a!14)))
      (a!68 (and (= kvm.pc 94) (or (and (= kvm.err 0) a!51) a!14)))
      (a!76 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 a!75))
      (a!81 (and (= kvm.state 7)
                 (or (and (= kvm.pc 31) a!5) (and (= kvm.pc 94) a!14))))
      (a!90 (or (and (= kvm.pc 0) a!5)
                (and (= kvm.pc 1) a!5)
                (and (= kvm.pc 2) a!5)))
      (a!105 (or (and (= kvm.pc 0) a!16)
                 (and (= kvm.pc 1) a!16)
                 (and (= kvm.pc 2) a!16)))
      (a!120 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (and (= res.cpus_hardware_enabled 0)
                       (and (= res.kvm_cpuhp_starting 0) a!119))))
      (a!134 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (and (= res.cpus_hardware_enabled 0)
                       (and (= res.kvm_cpuhp_starting 0) a!119))))
      (a!135 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (and (= res.kvm_cpuhp_starting 0) a!119)))
      (a!139 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.cpus_hardware_enabled 1)
                  (= res.kvm_cpuhp_starting 1)
                  a!119))
      (a!163 (and (= kvm.pc 93) (or (and (= kvm.err 0) a!147) a!14 a!103)))
      (a!164 (and (= kvm.pc 94) (or (and (= kvm.err 0) a!147) a!14 a!103)))
      (a!173 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  a!172))
      (a!180 (and (= kvm.state 5) (and (= kvm.pc 94) (or a!14 a!103))))
      (a!181 (and (= kvm.state 7)
                  (or (and (= kvm.pc 31) a!5)
                      (and (= kvm.pc 94) (or a!14 a!103))))))
(let ((a!9 (and (= kvm.state 2)
                (or a!8
                    (and (= kvm.pc 45) a!5)
                    (and (= kvm.pc 76) a!6)
                    (and (= kvm.pc 81) a!6)
                    (and (= kvm.pc 93) a!6)
                    (and (= kvm.pc 94) a!6))))
      (a!15 (and (= kvm.state 0) (or a!8 (and (= kvm.pc 94) a!14))))
      (a!26 (and (= kvm.pc 35) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!27 (and (= kvm.pc 36) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!28 (and (= kvm.pc 37) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!29 (and (= kvm.pc 38) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!30 (and (= kvm.pc 45) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!31 (and (= kvm.pc 46) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!32 (and (= kvm.pc 47) (and (= kvm.err 0) (and (= kvm.err1 0) a!25))))
      (a!34 (and (= kvm.pc 48) (= kvm.err 0) (= kvm.err1 0) a!33))
      (a!36 (and (= kvm.pc 49) (and (= kvm.err 0) (= kvm.err1 0) a!35)))
      (a!37 (and (= kvm.pc 50) (and (= kvm.err 0) (= kvm.err1 0) a!35)))
      (a!38 (and (= kvm.pc 51) (and (= kvm.err 0) (= kvm.err1 0) a!35)))
      (a!40 (and (= kvm.pc 52) (= kvm.err 0) (= kvm.err1 0) a!39))
      (a!57 (and (= kvm.pc 68) (= kvm.err 0) (= kvm.err1 12) a!39))
      (a!58 (and (= kvm.pc 69) (and (= kvm.err 0) (= kvm.err1 12) a!35)))
      (a!59 (and (= kvm.pc 70) (and (= kvm.err 0) (= kvm.err1 12) a!35)))
      (a!60 (and (= kvm.pc 71) (= kvm.err 0) (= kvm.err1 12) a!33))
      (a!61 (and (= kvm.pc 72) (= kvm.err 0) (and (= kvm.err1 12) a!25)))
      (a!62 (and (= kvm.pc 74)
                 (= kvm.err 0)
                 (or a!51 (and (= kvm.err1 12) a!25))))
      (a!63 (and (= kvm.pc 76) (and (= kvm.err 12) (and (= kvm.err1 0) a!25))))
      (a!64 (and (= kvm.pc 77) (and (= kvm.err 12) (and (= kvm.err1 0) a!25))))
      (a!79 (or (and (= kvm.pc 0) (and (= kvm.err 0) a!51))
                (and (= kvm.pc 1) (and (= kvm.err 0) (= kvm.err1 0) a!49))
                (and (= kvm.pc 2)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 1)
                     (= res.cpus_hardware_enabled 1)
                     (= res.kvm_cpuhp_starting 1)
                     (= res.kvm_reboot_notifier 1)
                     (= res.kvm_vcpu_cache 1)
                     (= res.cpu_kick_mask 1)
                     (and (= res.kvm_syscore_ops 1) a!71))
                a!72
                (and (= kvm.pc 4) a!73)
                (and (= kvm.pc 5) a!73)
                (and (= kvm.pc 6)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 1)
                     (= res.cpus_hardware_enabled 1)
                     (= res.kvm_cpuhp_starting 1)
                     (= res.kvm_reboot_notifier 1)
                     a!74)
                (and (= kvm.pc 7)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 1)
                     (= res.cpus_hardware_enabled 1)
                     (= res.kvm_cpuhp_starting 1)
                     (and (= res.kvm_reboot_notifier 0) a!74))
                (and (= kvm.pc 8) a!76)
                (and (= kvm.pc 9) a!76)
                (and (= kvm.pc 10) a!76)
                (and (= kvm.pc 11)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 0)
                     a!75)
                a!77
                (and (= kvm.pc 13) a!78)
                (and (= kvm.pc 14) a!78)
                (and (= kvm.pc 15) a!78)
                (and (= kvm.pc 16)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 0)
                     (= res.cpus_hardware_enabled 0)
                     (= res.kvm_cpuhp_starting 0)
                     (= res.kvm_reboot_notifier 0)
                     (= res.kvm_vcpu_cache 0)
                     (= res.cpu_kick_mask 0)
                     (and (= res.kvm_syscore_ops 0) (= res.kvm_debugfs 0) a!65))
                (and (= kvm.pc 17) a!5)
                (and (= kvm.pc 18) a!5)
                (and (= kvm.pc 19) a!5)))
      (a!86 (and (= kvm.state 2)
                 (or a!8
                     (and (= kvm.pc 32) a!5)
                     (and (= kvm.pc 38) a!84)
                     (and (= kvm.pc 40) a!85)
                     (and (= kvm.pc 45) a!85)
                     (and (= kvm.pc 76) a!6)
                     (and (= kvm.pc 77) a!6)
                     (and (= kvm.pc 78) a!6)
                     (and (= kvm.pc 79) a!6)
                     (and (= kvm.pc 80) a!6)
                     (and (= kvm.pc 81) a!6)
                     (and (= kvm.pc 93) a!6)
                     (and (= kvm.pc 94) a!6))))
      (a!92 (and (= kvm.state 2)
                 (or a!90
                     (and (= kvm.pc 29) a!84)
                     a!91
                     (and (= kvm.pc 31) a!5)
                     (and (= kvm.pc 45) a!5)
                     (and (= kvm.pc 76) a!6)
                     (and (= kvm.pc 81) a!6)
                     (and (= kvm.pc 82) a!6)
                     (and (= kvm.pc 83) a!6)
                     (and (= kvm.pc 84) a!6)
                     (and (= kvm.pc 88) a!6)
                     (and (= kvm.pc 89) a!6)
                     (and (= kvm.pc 90) a!6)
                     (and (= kvm.pc 91) a!6)
                     (and (= kvm.pc 93) a!6)
                     (and (= kvm.pc 94) a!6))))
      (a!100 (or a!90
                 (and (= kvm.pc 3) a!5)
                 (and (= kvm.pc 4) a!5)
                 (and (= kvm.pc 5) a!97)
                 (and (= kvm.pc 7)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 19)
                      a!96)
                 a!98
                 (and (= kvm.pc 30) (= kvm.err 0) a!99)
                 (and (= kvm.pc 31) a!5)))
      (a!104 (and (= kvm.state 0) (or a!8 (and (= kvm.pc 94) (or a!14 a!103)))))
      (a!121 (and (= kvm.pc 22) (and (= kvm.err 0) (and (= kvm.err1 0) a!120))))
      (a!125 (and (= kvm.pc 30)
                  (= kvm.err 0)
                  (or (and (= kvm.err1 0) a!120) (and (= kvm.err1 12) a!124))))
      (a!132 (and (= kvm.pc 46) (and (= kvm.err 0) (and (= kvm.err1 0) a!120))))
      (a!133 (and (= kvm.pc 47) (and (= kvm.err 0) (and (= kvm.err1 0) a!120))))
      (a!136 (and (= kvm.pc 49) (and (= kvm.err 0) (and (= kvm.err1 0) a!135))))
      (a!137 (and (= kvm.pc 50) (and (= kvm.err 0) (and (= kvm.err1 0) a!135))))
      (a!138 (and (= kvm.pc 51) (and (= kvm.err 0) (and (= kvm.err1 0) a!135))))
      (a!149 (and (= kvm.pc 69) (and (= kvm.err 0) (and (= kvm.err1 12) a!135))))
      (a!150 (and (= kvm.pc 70) (and (= kvm.err 0) (and (= kvm.err1 12) a!135))))
      (a!151 (and (= kvm.pc 74)
                  (= kvm.err 0)
                  (or a!147 (and (= kvm.err1 12) a!120))))
      (a!152 (or (and (= kvm.err 12) (and (= kvm.err1 0) a!120))
                 (and (= kvm.err 19) (= kvm.err1 0) a!124)))
      (a!176 (or (and (= kvm.pc 0) (and (= kvm.err 0) a!147))
                 a!167
                 (and (= kvm.pc 2)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 1)
                      (= res.cpus_hardware_enabled 1)
                      (= res.kvm_cpuhp_starting 1)
                      (= res.kvm_reboot_notifier 1)
                      (= res.kvm_vcpu_cache 1)
                      (= res.cpu_kick_mask 1)
                      (and (= res.kvm_syscore_ops 1) a!168))
                 a!169
                 (and (= kvm.pc 4) a!170)
                 (and (= kvm.pc 5) a!170)
                 (and (= kvm.pc 6)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 1)
                      (= res.cpus_hardware_enabled 1)
                      (= res.kvm_cpuhp_starting 1)
                      (= res.kvm_reboot_notifier 1)
                      a!171)
                 (and (= kvm.pc 7)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 1)
                      (= res.cpus_hardware_enabled 1)
                      (= res.kvm_cpuhp_starting 1)
                      (and (= res.kvm_reboot_notifier 0) a!171))
                 (and (= kvm.pc 8) a!173)
                 (and (= kvm.pc 9) a!173)
                 (and (= kvm.pc 10) a!173)
                 (and (= kvm.pc 11)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 0)
                      a!172)
                 a!174
                 (and (= kvm.pc 13) a!175)
                 (and (= kvm.pc 14) a!175)))
      (a!193 (and (= kvm.pc 46) (and (= kvm.err 5) (and (= kvm.err1 0) a!120))))
      (a!194 (and (= kvm.pc 47) (and (= kvm.err 5) (and (= kvm.err1 0) a!120))))
      (a!195 (and (= kvm.pc 49) (and (= kvm.err 5) (and (= kvm.err1 0) a!135))))
      (a!196 (and (= kvm.pc 50) (and (= kvm.err 5) (and (= kvm.err1 0) a!135))))
      (a!197 (and (= kvm.pc 51) (and (= kvm.err 5) (and (= kvm.err1 0) a!135))))
      (a!198 (and (= kvm.pc 69) (and (= kvm.err 5) (and (= kvm.err1 12) a!135))))
      (a!199 (and (= kvm.pc 70) (and (= kvm.err 5) (and (= kvm.err1 12) a!135))))
      (a!200 (and (= kvm.pc 74)
                  (= kvm.err 5)
                  (or a!147 (and (= kvm.err1 12) a!120)))))
(let ((a!10 (or a!7
                a!9
                (and (= kvm.state 5) (and (= kvm.pc 94) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 94) a!6))))
      (a!69 (or (and (= kvm.pc 0) a!16)
                (and (= kvm.pc 31) a!16)
                (and (= kvm.pc 32) a!16)
                (and (= kvm.pc 33) a!16)
                a!18
                a!26
                a!27
                a!28
                a!29
                a!30
                a!31
                a!32
                a!34
                a!36
                a!37
                a!38
                a!40
                a!42
                a!44
                (and (= kvm.pc 55) a!45)
                (and (= kvm.pc 56) a!45)
                (and (= kvm.pc 57) a!45)
                (and (= kvm.pc 58) a!45)
                a!46
                a!48
                a!50
                (and (= kvm.pc 62) (and (= kvm.err 0) a!51))
                a!52
                a!53
                a!54
                a!55
                a!56
                a!57
                a!58
                a!59
                a!60
                a!61
                a!62
                (and (= kvm.pc 75) (and (= kvm.err 0) a!51))
                a!63
                a!64
                a!66
                (and (= kvm.pc 79) a!14)
                (and (= kvm.pc 80) a!14)
                (and (= kvm.pc 81) a!14)
                a!67
                a!68))
      (a!80 (and (= kvm.state 4)
                 (or a!79 (and (= kvm.pc 30) a!5) (and (= kvm.pc 31) a!5))))
      (a!87 (or a!7
                a!86
                (and (= kvm.state 5) (and (= kvm.pc 94) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 94) a!6))))
      (a!93 (or a!7
                a!92
                (and (= kvm.state 5) (and (= kvm.pc 94) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 94) a!6))))
      (a!101 (and (= kvm.state 2)
                  (or a!100
                      (and (= kvm.pc 45) a!5)
                      (and (= kvm.pc 76) a!6)
                      (and (= kvm.pc 81) a!6)
                      (and (= kvm.pc 82) a!6)
                      (and (= kvm.pc 83) a!6)
                      (and (= kvm.pc 84) a!6)
                      (and (= kvm.pc 85) a!6)
                      (and (= kvm.pc 86) a!6)
                      (and (= kvm.pc 87) a!6)
                      (and (= kvm.pc 88) a!6)
                      (and (= kvm.pc 89) a!6)
                      (and (= kvm.pc 90) a!6)
                      (and (= kvm.pc 91) a!6)
                      (and (= kvm.pc 93) a!6)
                      (and (= kvm.pc 94) a!6))))
      (a!130 (or a!105
                 (and (= kvm.pc 3) a!16)
                 (and (= kvm.pc 4) a!16)
                 (and (= kvm.pc 5) a!107)
                 (and (= kvm.pc 6) a!107)
                 a!108
                 (and (= kvm.pc 10) a!107)
                 (and (= kvm.pc 11) a!107)
                 (and (= kvm.pc 12) a!107)
                 (and (= kvm.pc 13) a!107)
                 (and (= kvm.pc 14) a!107)
                 (and (= kvm.pc 15)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      a!110)
                 (and (= kvm.pc 16) (and (= kvm.err 0) (= kvm.err1 0) a!113))
                 (and (= kvm.pc 17)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 12)
                      a!110)
                 a!114
                 (and (= kvm.pc 20) (and (= kvm.err 0) (= kvm.err1 0) a!113))
                 (and (= kvm.pc 21) (and (= kvm.err 0) (= kvm.err1 0) a!113))
                 a!121
                 (and (= kvm.pc 23)
                      (= kvm.err 0)
                      (= kvm.err1 12)
                      (and (= kvm.err2 0) a!106))
                 (and (= kvm.pc 24) a!122)
                 (and (= kvm.pc 25) a!122)
                 (and (= kvm.pc 26) a!122)
                 (and (= kvm.pc 27) a!122)
                 a!125
                 a!129))
      (a!179 (and (= kvm.state 4)
                  (or a!176
                      (and (= kvm.pc 19) a!175)
                      (and (= kvm.pc 20) a!175)
                      (and (= kvm.pc 21) a!175)
                      (and (= kvm.pc 22) a!175)
                      (and (= kvm.pc 23) a!175)
                      a!177
                      (and (= kvm.pc 25) a!178)
                      (and (= kvm.pc 26) a!178)
                      (and (= kvm.pc 27) a!97)
                      (and (= kvm.pc 28) a!5)
                      (and (= kvm.pc 29) a!5)
                      (and (= kvm.pc 30) a!5)
                      (and (= kvm.pc 31) a!5))))
      (a!184 (or a!105
                 (and (= kvm.pc 29)
                      (= kvm.err 0)
                      (= kvm.err1 5)
                      (and (= kvm.err2 0) a!13))
                 (and (= kvm.pc 30)
                      (= kvm.err 0)
                      (= kvm.err1 19)
                      (and (= kvm.err2 0) a!13))
                 (and (= kvm.pc 31) a!16)
                 (and (= kvm.pc 32) a!16)
                 (and (= kvm.pc 33) a!16)
                 a!18
                 a!26
                 a!27
                 a!28
                 a!29
                 a!30
                 a!31
                 a!32
                 a!34
                 a!36
                 a!37
                 a!38
                 a!40
                 a!42
                 a!44
                 (and (= kvm.pc 55) a!45)
                 (and (= kvm.pc 56) a!45)
                 (and (= kvm.pc 57) a!45)
                 (and (= kvm.pc 58) a!45)
                 a!46
                 a!48
                 a!50
                 (and (= kvm.pc 62) (and (= kvm.err 0) a!51))
                 a!52
                 a!53
                 a!54
                 a!55
                 a!56
                 a!57
                 a!58
                 a!59
                 a!60
                 a!61
                 a!62
                 (and (= kvm.pc 75) (and (= kvm.err 0) a!51))
                 a!63
                 a!64
                 a!66
                 (and (= kvm.pc 79) a!14)
                 (and (= kvm.pc 80) a!14)
                 (and (= kvm.pc 81) a!14)
                 (and (= kvm.pc 82) a!14)
                 (and (= kvm.pc 83) a!14)
                 (and (= kvm.pc 84) a!14)
                 (and (= kvm.pc 88) a!14)
                 (and (= kvm.pc 89) a!14)
                 (and (= kvm.pc 90) a!14)
                 (and (= kvm.pc 91) a!14)
                 a!67
                 a!68))
      (a!185 (and (= kvm.state 4)
                  (or a!79
                      (and (= kvm.pc 20) a!5)
                      (and (= kvm.pc 21) a!5)
                      (and (= kvm.pc 22) a!5)
                      (and (= kvm.pc 26) a!5)
                      (and (= kvm.pc 27) a!5)
                      (and (= kvm.pc 28) a!5)
                      (and (= kvm.pc 29) a!5)
                      (and (= kvm.pc 30) a!5)
                      (and (= kvm.pc 31) a!5))))
      (a!188 (and (= kvm.state 2)
                  (or a!100
                      (and (= kvm.pc 32) a!5)
                      (and (= kvm.pc 38) a!84)
                      (and (= kvm.pc 40) a!85)
                      (and (= kvm.pc 45) a!85)
                      (and (= kvm.pc 76) a!6)
                      (and (= kvm.pc 77) a!6)
                      (and (= kvm.pc 78) a!6)
                      (and (= kvm.pc 79) a!6)
                      (and (= kvm.pc 80) a!6)
                      (and (= kvm.pc 81) a!6)
                      (and (= kvm.pc 82) a!6)
                      (and (= kvm.pc 83) a!6)
                      (and (= kvm.pc 84) a!6)
                      (and (= kvm.pc 85) a!6)
                      (and (= kvm.pc 86) a!6)
                      (and (= kvm.pc 87) a!6)
                      (and (= kvm.pc 88) a!6)
                      (and (= kvm.pc 89) a!6)
                      (and (= kvm.pc 90) a!6)
                      (and (= kvm.pc 91) a!6)
                      (and (= kvm.pc 93) a!6)
                      (and (= kvm.pc 94) a!6))))
      (a!202 (and (= kvm.state 4)
                  (or a!176
                      (and (= kvm.pc 15) a!175)
                      (and (= kvm.pc 16) a!175)
                      (and (= kvm.pc 17) a!175)
                      (and (= kvm.pc 18) a!175)
                      (and (= kvm.pc 19) a!175)
                      (and (= kvm.pc 20) a!175)
                      (and (= kvm.pc 21) a!175)
                      (and (= kvm.pc 22) a!175)
                      (and (= kvm.pc 23) a!175)
                      a!177
                      (and (= kvm.pc 25) a!178)
                      (and (= kvm.pc 26) a!178)
                      (and (= kvm.pc 27) a!97)
                      (and (= kvm.pc 28) a!5)
                      (and (= kvm.pc 29) a!5)
                      (and (= kvm.pc 30) a!5)
                      (and (= kvm.pc 31) a!5)))))
(let ((a!11 (or (and (= cfg.nested 0) a!10) (and (= cfg.nested 1) a!10)))
      (a!82 (or a!15
                (and (= kvm.state 2) a!69)
                a!70
                a!80
                (and (= kvm.state 5) (and (= kvm.pc 94) a!14))
                a!81))
      (a!88 (and (= cfg.radix 1)
                 (or (and (= cfg.nested 0) a!87) (and (= cfg.nested 1) a!87))))
      (a!94 (and (= cfg.radix 0)
                 (or (and (= cfg.nested 0) a!93) (and (= cfg.nested 1) a!93))))
      (a!102 (or a!7
                 a!101
                 (and (= kvm.state 5) (and (= kvm.pc 94) a!6))
                 (and (= kvm.state 7) (and (= kvm.pc 94) a!6))))
      (a!165 (or a!130
                 a!131
                 a!132
                 a!133
                 (and (= kvm.pc 48) (= kvm.err 0) (and (= kvm.err1 0) a!134))
                 a!136
                 a!137
                 a!138
                 (and (= kvm.pc 52) (= kvm.err 0) (and (= kvm.err1 0) a!139))
                 (and (= kvm.pc 53) (= kvm.err 0) (and (= kvm.err1 0) a!140))
                 (and (= kvm.pc 54) (= kvm.err 0) (and (= kvm.err1 0) a!141))
                 (and (= kvm.pc 55) (and (= kvm.err 0) a!142))
                 (and (= kvm.pc 56) (and (= kvm.err 0) a!142))
                 (and (= kvm.pc 57) (and (= kvm.err 0) a!142))
                 (and (= kvm.pc 58) (and (= kvm.err 0) a!142))
                 (and (= kvm.pc 59) (= kvm.err 0) a!143)
                 (and (= kvm.pc 60) (= kvm.err 0) (and (= kvm.err1 0) a!144))
                 a!146
                 (and (= kvm.pc 62) (and (= kvm.err 0) a!147))
                 (and (= kvm.pc 63) (= kvm.err 0) (and (= kvm.err1 12) a!145))
                 (and (= kvm.pc 64) (= kvm.err 0) (and (= kvm.err1 12) a!144))
                 (and (= kvm.pc 65) (= kvm.err 0) a!148)
                 (and (= kvm.pc 66) (= kvm.err 0) (and (= kvm.err1 12) a!141))
                 (and (= kvm.pc 67) (= kvm.err 0) (and (= kvm.err1 12) a!140))
                 (and (= kvm.pc 68) (= kvm.err 0) (and (= kvm.err1 12) a!139))
                 a!149
                 a!150
                 (and (= kvm.pc 71) (= kvm.err 0) (and (= kvm.err1 12) a!134))
                 (and (= kvm.pc 72) (= kvm.err 0) (and (= kvm.err1 12) a!120))
                 a!151
                 (and (= kvm.pc 75) (and (= kvm.err 0) a!147))
                 (and (= kvm.pc 76) a!152)
                 (and (= kvm.pc 81) a!152)
                 (and (= kvm.pc 82) a!152)
                 (and (= kvm.pc 83) a!152)
                 (and (= kvm.pc 84) a!152)
                 (and (= kvm.pc 85) a!152)
                 (and (= kvm.pc 86) (or a!154 a!157))
                 (and (= kvm.pc 87) (or a!159 a!161))
                 (and (= kvm.pc 88) (or a!159 a!161))
                 (and (= kvm.pc 89) (or a!162 a!161))
                 (and (= kvm.pc 90) (or a!14 a!103))
                 (and (= kvm.pc 91) (or a!14 a!103))
                 a!163
                 a!164))
      (a!186 (or a!15
                 (and (= kvm.state 2) a!184)
                 a!70
                 a!185
                 (and (= kvm.state 5) (and (= kvm.pc 94) a!14))
                 a!81))
      (a!189 (or a!7
                 a!188
                 (and (= kvm.state 5) (and (= kvm.pc 94) a!6))
                 (and (= kvm.state 7) (and (= kvm.pc 94) a!6))))
      (a!201 (or a!130
                 a!190
                 (and (= kvm.pc 38) (= kvm.err 0) (= kvm.err1 5) a!128)
                 a!191
                 a!192
                 a!193
                 a!194
                 (and (= kvm.pc 48) (= kvm.err 5) (and (= kvm.err1 0) a!134))
                 a!195
                 a!196
                 a!197
                 (and (= kvm.pc 52) (= kvm.err 5) (and (= kvm.err1 0) a!139))
                 (and (= kvm.pc 53) (= kvm.err 5) (and (= kvm.err1 0) a!140))
                 (and (= kvm.pc 54) (= kvm.err 5) (and (= kvm.err1 0) a!141))
                 (and (= kvm.pc 55) (and (= kvm.err 5) a!142))
                 (and (= kvm.pc 56) (and (= kvm.err 5) a!142))
                 (and (= kvm.pc 57) (and (= kvm.err 5) a!142))
                 (and (= kvm.pc 58) (and (= kvm.err 5) a!142))
                 (and (= kvm.pc 59) (= kvm.err 5) a!143)
                 (and (= kvm.pc 60) (= kvm.err 5) (and (= kvm.err1 0) a!144))
                 (and (= kvm.pc 61) (= kvm.err 5) (and (= kvm.err1 0) a!145))
                 (and (= kvm.pc 62) (and (= kvm.err 5) a!147))
                 (and (= kvm.pc 63) (= kvm.err 5) (and (= kvm.err1 12) a!145))
                 (and (= kvm.pc 64) (= kvm.err 5) (and (= kvm.err1 12) a!144))
                 (and (= kvm.pc 65) (= kvm.err 5) a!148)
                 (and (= kvm.pc 66) (= kvm.err 5) (and (= kvm.err1 12) a!141))
                 (and (= kvm.pc 67) (= kvm.err 5) (and (= kvm.err1 12) a!140))
                 (and (= kvm.pc 68) (= kvm.err 5) (and (= kvm.err1 12) a!139))
                 a!198
                 a!199
                 (and (= kvm.pc 71) (= kvm.err 5) (and (= kvm.err1 12) a!134))
                 (and (= kvm.pc 72) (= kvm.err 5) (and (= kvm.err1 12) a!120))
                 a!200
                 (and (= kvm.pc 75) (and (= kvm.err 5) a!147))
                 (and (= kvm.pc 76) a!152)
                 (and (= kvm.pc 77) a!152)
                 (and (= kvm.pc 78) a!152)
                 (and (= kvm.pc 79) a!152)
                 (and (= kvm.pc 80) a!152)
                 (and (= kvm.pc 81) a!152)
                 (and (= kvm.pc 82) a!152)
                 (and (= kvm.pc 83) a!152)
                 (and (= kvm.pc 84) a!152)
                 (and (= kvm.pc 85) a!152)
                 (and (= kvm.pc 86) (or a!154 a!157))
                 (and (= kvm.pc 87) (or a!159 a!161))
                 (and (= kvm.pc 88) (or a!159 a!161))
                 (and (= kvm.pc 89) (or a!162 a!161))
                 (and (= kvm.pc 90) (or a!14 a!103))
                 (and (= kvm.pc 91) (or a!14 a!103))
                 a!163
                 a!164)))
(let ((a!12 (and (= cfg.pr_possible 0)
                 (or (and (= cfg.radix 0) a!11) (and (= cfg.radix 1) a!11))))
      (a!83 (and (= cfg.radix 0)
                 (or (and (= cfg.nested 0) a!82) (and (= cfg.nested 1) a!82))))
      (a!182 (and (= cfg.nested 1)
                  (or a!104 (and (= kvm.state 2) a!165) a!166 a!179 a!180 a!181)))
      (a!187 (and (= cfg.radix 0)
                  (or (and (= cfg.nested 0) a!186) (and (= cfg.nested 1) a!186))))
      (a!203 (and (= cfg.nested 1)
                  (or a!104 (and (= kvm.state 2) a!201) a!166 a!202 a!180 a!181))))
(let ((a!89 (and (= cfg.hv_possible 0)
                 (or a!12 (and (= cfg.pr_possible 1) (or a!83 a!88)))))
      (a!183 (and (= cfg.radix 1) (or (and (= cfg.nested 0) a!102) a!182)))
      (a!204 (and (= cfg.radix 1) (or (and (= cfg.nested 0) a!189) a!203))))
(let ((a!205 (and (= cfg.hv_possible 1)
                  (or (and (= cfg.pr_possible 0) (or a!94 a!183))
                      (and (= cfg.pr_possible 1) (or a!187 a!204))))))
  (or a!89 a!205))))))))))))))
(define-fun inv () Bool (and true
  (lemma1 n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 n50 n51 n52 n53 n54 actors cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested)
  (lemma2 n11 n15 n19 n25 n30 n33 n34 n36 n41 n42 n44 n47 n52 n53 kvm.state res.kvm_dev res.kvmppc_hv_ops res.kvmppc_pr_ops mon.ioctl-needs-backend)
  (lemma3 n2 n3 n5 n6 n7 n8 n12 n14 n16 n21 n24 n27 n29 n46 kvm.state res.kvm_dev res.kvmppc_hv_ops res.kvmppc_pr_ops mon.ioctl-needs-backend)
  (lemma4 n9 n10 n13 n17 n22 n28 n31 n32 n35 n37 n38 n39 n40 n45 n49 n50 kvm.state res.kvm_dev res.kvmppc_hv_ops res.kvmppc_pr_ops mon.ioctl-needs-backend)
  (lemma5 res.async_pf_cache mon.no-escape-from-failed-init mon.failed-init-releases-all mon.exit-releases-all mon.ops-deref-pinned mon.ops-deref-valid)
  (lemma6 mon.ioctl-needs-backend)
  (lemma7 kvm.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n38 n39 n40 n42 n43 n44 n46 n49 n52)
  (lemma8 kvm.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n38 n39 n40 n42 n43 n44 n46 n49 n52 n0 n1 n4 n54 n37 n41 n45 n47 n48 n50 n51 n53)
  (lemma9 kvm.state kvm.refs n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n29 n32 n34 n46 n54 n37 n41 n45 n47 n48 n50 n51 n53)
  (lemma10 kvm.state kvm.refs)
  (lemma11 n18 n20 n23 n26 n43 n48 n51)
  (lemma12 mon.ops-deref-pinned)
  (lemma13 mon.ops-deref-valid)
  (lemma14 kvm.state kvm.refs n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 n50 n51 n52 n53)
  (lemma15 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc kvm.err kvm.err1 kvm.err2 res.irqfd_cleanup_wq res.cpus_hardware_enabled res.kvm_cpuhp_starting res.kvm_reboot_notifier res.kvm_vcpu_cache res.cpu_kick_mask res.kvm_syscore_ops res.kvm_debugfs res.kvm_vfio_ops res.kvm_dev res.pseries_partition_tb res.kvm_pte_cache res.kvm_pmd_cache res.kvmppc_hv_ops res.kvmppc_pr_ops res.hpte_cache mon.ioctl-needs-backend)))
(define-fun bad () Bool
  (= mon.ioctl-needs-backend 1))
(assert inv)
(assert bad)
(check-sat)
(exit)
