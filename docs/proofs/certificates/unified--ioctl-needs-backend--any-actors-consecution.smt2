; kvmlc proof certificate: consecution
;   inv(s) && trans(s, s') && !inv(s') is unsat: every step keeps the invariant
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
(define-fun |inv'| () Bool (and true
  (lemma1 |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n37'| |n38'| |n39'| |n40'| |n41'| |n42'| |n43'| |n44'| |n45'| |n46'| |n47'| |n48'| |n49'| |n50'| |n51'| |n52'| |n53'| |n54'| |actors'| |cfg.hv_possible'| |cfg.pr_possible'| |cfg.radix'| |cfg.nested'|)
  (lemma2 |n11'| |n15'| |n19'| |n25'| |n30'| |n33'| |n34'| |n36'| |n41'| |n42'| |n44'| |n47'| |n52'| |n53'| |kvm.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |mon.ioctl-needs-backend'|)
  (lemma3 |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n12'| |n14'| |n16'| |n21'| |n24'| |n27'| |n29'| |n46'| |kvm.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |mon.ioctl-needs-backend'|)
  (lemma4 |n9'| |n10'| |n13'| |n17'| |n22'| |n28'| |n31'| |n32'| |n35'| |n37'| |n38'| |n39'| |n40'| |n45'| |n49'| |n50'| |kvm.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |mon.ioctl-needs-backend'|)
  (lemma5 |res.async_pf_cache'| |mon.no-escape-from-failed-init'| |mon.failed-init-releases-all'| |mon.exit-releases-all'| |mon.ops-deref-pinned'| |mon.ops-deref-valid'|)
  (lemma6 |mon.ioctl-needs-backend'|)
  (lemma7 |kvm.state'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n38'| |n39'| |n40'| |n42'| |n43'| |n44'| |n46'| |n49'| |n52'|)
  (lemma8 |kvm.state'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n38'| |n39'| |n40'| |n42'| |n43'| |n44'| |n46'| |n49'| |n52'| |n0'| |n1'| |n4'| |n54'| |n37'| |n41'| |n45'| |n47'| |n48'| |n50'| |n51'| |n53'|)
  (lemma9 |kvm.state'| |kvm.refs'| |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n29'| |n32'| |n34'| |n46'| |n54'| |n37'| |n41'| |n45'| |n47'| |n48'| |n50'| |n51'| |n53'|)
  (lemma10 |kvm.state'| |kvm.refs'|)
  (lemma11 |n18'| |n20'| |n23'| |n26'| |n43'| |n48'| |n51'|)
  (lemma12 |mon.ops-deref-pinned'|)
  (lemma13 |mon.ops-deref-valid'|)
  (lemma14 |kvm.state'| |kvm.refs'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n37'| |n38'| |n39'| |n40'| |n41'| |n42'| |n43'| |n44'| |n45'| |n46'| |n47'| |n48'| |n49'| |n50'| |n51'| |n52'| |n53'|)
  (lemma15 |cfg.hv_possible'| |cfg.pr_possible'| |cfg.radix'| |cfg.nested'| |kvm.state'| |kvm.pc'| |kvm.err'| |kvm.err1'| |kvm.err2'| |res.irqfd_cleanup_wq'| |res.cpus_hardware_enabled'| |res.kvm_cpuhp_starting'| |res.kvm_reboot_notifier'| |res.kvm_vcpu_cache'| |res.cpu_kick_mask'| |res.kvm_syscore_ops'| |res.kvm_debugfs'| |res.kvm_vfio_ops'| |res.kvm_dev'| |res.pseries_partition_tb'| |res.kvm_pte_cache'| |res.kvm_pmd_cache'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |res.hpte_cache'| |mon.ioctl-needs-backend'|)))
(define-fun trans () Bool
  (let ((a!1 (and (= res.kvm_dev 1) (or (= kvm.state 4) (= kvm.state 5))))
      (a!2 (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))
      (a!3 (and (= res.kvm_dev 1) (or (= kvm.state 3) (= kvm.state 2))))
      (a!6 (and (= step 108)
                (and (= kvm.state 2) (= kvm.pc 2))
                (not (not (distinct cfg.radix 0)))))
      (a!7 (and (= step 110)
                (and (= kvm.state 2) (= kvm.pc 3))
                (not (not (distinct cfg.radix 0)))))
      (a!8 (and (= step 114)
                (and (= kvm.state 2) (= kvm.pc 5))
                (not (not (distinct cfg.nested 0)))))
      (a!9 (and (and (= kvm.state 2) (= kvm.pc 23))
                (< 0 res.pseries_partition_tb)))
      (a!10 (and (and (= kvm.state 2) (= kvm.pc 25)) (< 0 res.kvm_pte_cache)))
      (a!11 (and (and (= kvm.state 2) (= kvm.pc 26)) (< 0 res.kvm_pmd_cache)))
      (a!12 (and (and (= kvm.state 2) (= kvm.pc 41)) (< 0 res.kvmppc_pr_ops)))
      (a!13 (and (and (= kvm.state 2) (= kvm.pc 42)) (< 0 res.hpte_cache)))
      (a!14 (not (and (not (< 0 res.kvmppc_hv_ops))
                      (not (< 0 res.kvmppc_pr_ops)))))
      (a!15 (and (= step 181)
                 (and (= kvm.state 2) (= kvm.pc 45))
                 (and (not (< 0 res.kvmppc_hv_ops))
                      (not (< 0 res.kvmppc_pr_ops)))))
      (a!16 (and (and (= kvm.state 2) (= kvm.pc 65)) (< 0 res.cpu_kick_mask)))
      (a!17 (and (and (= kvm.state 2) (= kvm.pc 77)) (< 0 res.kvmppc_pr_ops)))
      (a!18 (and (and (= kvm.state 2) (= kvm.pc 78)) (< 0 res.hpte_cache)))
      (a!19 (and (and (= kvm.state 2) (= kvm.pc 85)) (< 0 res.kvm_pte_cache)))
      (a!20 (and (and (= kvm.state 2) (= kvm.pc 86)) (< 0 res.kvm_pmd_cache)))
      (a!21 (and (and (= kvm.state 2) (= kvm.pc 88)) (< 0 res.kvmppc_hv_ops)))
      (a!22 (and (and (= kvm.state 2) (= kvm.pc 89))
                 (< 0 res.pseries_partition_tb)))
      (a!23 (and (and (= kvm.state 4) (= kvm.pc 15)) (< 0 res.kvmppc_pr_ops)))
      (a!24 (and (and (= kvm.state 4) (= kvm.pc 16)) (< 0 res.hpte_cache)))
      (a!25 (and (and (= kvm.state 4) (= kvm.pc 23)) (< 0 res.kvm_pte_cache)))
      (a!26 (and (and (= kvm.state 4) (= kvm.pc 24)) (< 0 res.kvm_pmd_cache)))
      (a!27 (and (and (= kvm.state 4) (= kvm.pc 26)) (< 0 res.kvmppc_hv_ops)))
      (a!28 (and (and (= kvm.state 4) (= kvm.pc 27))
                 (< 0 res.pseries_partition_tb)))
      (a!29 (and (= step 336)
                 (or (= kvm.state 5) (and (= kvm.state 4) (= kvm.pc 31)))))
      (a!31 (ite (= step 336)
                 7
                 (ite (= step 337) 0 (ite (= step 338) 0 kvm.state))))
      (a!33 (ite (= step 328)
                 31
                 (ite (= step 330) 0 (ite (= step 335) 0 kvm.pc))))
      (a!108 (ite (= step 227)
                  kvm.err1
                  (ite (= step 228) 0 (ite (= step 330) 0 kvm.err))))
      (a!110 (ite (<= (+ 2 actors actors actors) kvm.refs)
                  (+ 2 actors actors actors)
                  (+ kvm.refs 1)))
      (a!111 (ite (<= (+ 2 actors actors actors) kvm.refs)
                  (+ 2 actors actors actors)
                  (- kvm.refs 1)))
      (a!121 (ite (= step 326)
                  0
                  (ite (= step 327) 0 (ite (= step 330) 0 kvm.err1))))
      (a!133 (ite (= step 324)
                  0
                  (ite (= step 325) 0 (ite (= step 330) 0 kvm.err2))))
      (a!144 (ite (= step 336)
                  (ite (or (= res.irqfd_cleanup_wq (- 1))
                           (= res.irqfd_cleanup_wq 1))
                       0
                       res.irqfd_cleanup_wq)
                  res.irqfd_cleanup_wq))
      (a!147 (ite (= step 336)
                  (ite (or (= res.cpus_hardware_enabled (- 1))
                           (= res.cpus_hardware_enabled 1))
                       0
                       res.cpus_hardware_enabled)
                  res.cpus_hardware_enabled))
      (a!150 (ite (= step 336)
                  (ite (or (= res.kvm_cpuhp_starting (- 1))
                           (= res.kvm_cpuhp_starting 1))
                       0
                       res.kvm_cpuhp_starting)
                  res.kvm_cpuhp_starting))
      (a!153 (ite (= step 336)
                  (ite (or (= res.kvm_reboot_notifier (- 1))
                           (= res.kvm_reboot_notifier 1))
                       0
                       res.kvm_reboot_notifier)
                  res.kvm_reboot_notifier))
      (a!156 (ite (= step 336)
                  (ite (or (= res.kvm_vcpu_cache (- 1))
                           (= res.kvm_vcpu_cache 1))
                       0
                       res.kvm_vcpu_cache)
                  res.kvm_vcpu_cache))
      (a!159 (ite (= step 336)
                  (ite (or (= res.cpu_kick_mask (- 1)) (= res.cpu_kick_mask 1))
                       0
                       res.cpu_kick_mask)
                  res.cpu_kick_mask))
      (a!162 (ite (= step 336)
                  (ite (or (= res.async_pf_cache (- 1))
                           (= res.async_pf_cache 1))
                       0
                       res.async_pf_cache)
                  res.async_pf_cache))
      (a!163 (ite (= step 277)
                  0
                  (ite (= step 336)
                       (ite (= res.kvm_syscore_ops (- 1)) 0 res.kvm_syscore_ops)
                       res.kvm_syscore_ops)))
      (a!165 (ite (= step 270)
                  0
                  (ite (= step 336)
                       (ite (= res.kvm_debugfs (- 1)) 0 res.kvm_debugfs)
                       res.kvm_debugfs)))
      (a!167 (ite (= step 288)
                  0
                  (ite (= step 289) 0 (ite (= step 336) 0 res.kvm_vfio_ops))))
      (a!169 (ite (= step 268)
                  0
                  (ite (= step 336)
                       (ite (= res.kvm_dev (- 1)) 0 res.kvm_dev)
                       res.kvm_dev)))
      (a!171 (ite (= step 336)
                  (ite (or (= res.pseries_partition_tb (- 1))
                           (= res.pseries_partition_tb 1))
                       0
                       res.pseries_partition_tb)
                  res.pseries_partition_tb))
      (a!175 (ite (= step 336)
                  (ite (or (= res.kvm_pte_cache (- 1)) (= res.kvm_pte_cache 1))
                       0
                       res.kvm_pte_cache)
                  res.kvm_pte_cache))
      (a!179 (ite (= step 336)
                  (ite (or (= res.kvm_pmd_cache (- 1)) (= res.kvm_pmd_cache 1))
                       0
                       res.kvm_pmd_cache)
                  res.kvm_pmd_cache))
      (a!182 (ite (= step 319)
                  0
                  (ite (= step 320) 0 (ite (= step 336) 0 res.kvmppc_hv_ops))))
      (a!184 (ite (= step 295)
                  0
                  (ite (= step 296) 0 (ite (= step 336) 0 res.kvmppc_pr_ops))))
      (a!187 (ite (= step 336)
                  (ite (or (= res.hpte_cache (- 1)) (= res.hpte_cache 1))
                       0
                       res.hpte_cache)
                  res.hpte_cache))
      (a!190 (not (or (not (= res.kvmppc_hv_ops 0))
                      (not (= res.kvmppc_pr_ops 0)))))
      (a!206 (or (distinct mon.no-escape-from-failed-init 0)
                 (and (= kvm.state 5)
                      (or (< 0 kvm.refs)
                          (= res.kvm_syscore_ops 1)
                          (= res.kvm_debugfs 1)
                          (= res.kvm_dev 1)))))
      (a!207 (or (= res.irqfd_cleanup_wq 1)
                 (= res.cpus_hardware_enabled 1)
                 (= res.kvm_cpuhp_starting 1)
                 (= res.kvm_reboot_notifier 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.async_pf_cache 1)
                 (= res.kvm_syscore_ops 1)
                 (= res.kvm_debugfs 1)
                 (= res.kvm_vfio_ops 1)
                 (= res.kvm_dev 1)
                 (= res.pseries_partition_tb 1)
                 (= res.kvm_pte_cache 1)
                 (= res.kvm_pmd_cache 1)
                 (= res.kvmppc_hv_ops 1)
                 (= res.kvmppc_pr_ops 1)
                 (= res.hpte_cache 1)))
      (a!210 (ite (= step 315)
                  1
                  (ite (= step 320)
                       1
                       (ite (= step 323) 1 mon.no-double-release))))
      (a!222 (ite (= step 317)
                  1
                  (ite (= step 325)
                       1
                       (ite (= step 327) 1 mon.init-result-checked))))
      (a!228 (ite (or (distinct mon.ops-deref-pinned 0)
                      (not (= 1 res.kvmppc_hv_ops)))
                  1
                  0))
      (a!229 (ite (= step 89)
                  mon.ops-deref-pinned
                  (ite (= step 90)
                       mon.ops-deref-pinned
                       (ite (= step 91)
                            mon.ops-deref-pinned
                            mon.ops-deref-pinned))))
      (a!244 (ite (= step 12)
                  (+ n0 1)
                  (ite (= step 21) (+ n0 1) (ite (= step 104) (+ n0 1) n0))))
      (a!246 (ite (= step 3)
                  (+ n1 1)
                  (ite (= step 6) (+ n1 1) (ite (= step 12) (- n1 1) n1))))
      (a!247 (= |n2'| (ite (= step 9) (+ n2 1) (ite (= step 13) (- n2 1) n2))))
      (a!248 (ite (= step 83)
                  (- n3 1)
                  (ite (= step 92) (+ n3 1) (ite (= step 103) (+ n3 1) n3))))
      (a!252 (= |n4'| (ite (= step 18) (+ n4 1) (ite (= step 21) (- n4 1) n4))))
      (a!253 (ite (= step 25)
                  (- n5 1)
                  (ite (= step 26) (- n5 1) (ite (= step 27) (- n5 1) n5))))
      (a!254 (ite (= step 31)
                  (+ n6 1)
                  (ite (= step 32) (- n6 1) (ite (= step 33) (- n6 1) n6))))
      (a!255 (ite (= step 36)
                  (+ n7 1)
                  (ite (= step 37) (- n7 1) (ite (= step 38) (- n7 1) n7))))
      (a!256 (ite (= step 86)
                  (+ n8 1)
                  (ite (= step 89) (+ n8 1) (ite (= step 92) (- n8 1) n8))))
      (a!257 (ite (= step 83)
                  (+ n9 1)
                  (ite (= step 86) (- n9 1) (ite (= step 89) (- n9 1) n9))))
      (a!258 (ite (= step 49)
                  (- n10 1)
                  (ite (= step 53) (- n10 1) (ite (= step 336) 0 n10))))
      (a!260 (ite (= step 50)
                  (- n11 1)
                  (ite (= step 54) (- n11 1) (ite (= step 336) 0 n11))))
      (a!262 (ite (= step 50)
                  (+ n12 1)
                  (ite (= step 57) (+ n12 1) (ite (= step 60) (- n12 1) n12))))
      (a!265 (ite (= step 51)
                  (- n13 1)
                  (ite (= step 55) (- n13 1) (ite (= step 336) 0 n13))))
      (a!267 (ite (= step 51)
                  (+ n14 1)
                  (ite (= step 58) (+ n14 1) (ite (= step 61) (- n14 1) n14))))
      (a!269 (ite (= step 52)
                  (- n15 1)
                  (ite (= step 56) (- n15 1) (ite (= step 336) 0 n15))))
      (a!271 (ite (= step 52)
                  (+ n16 1)
                  (ite (= step 59) (+ n16 1) (ite (= step 62) (- n16 1) n16))))
      (a!273 (ite (= step 53)
                  (+ n17 1)
                  (ite (= step 63) (- n17 1) (ite (= step 67) (- n17 1) n17))))
      (a!274 (= |n18'|
                (ite (= step 45) (- n18 1) (ite (= step 336) (+ 0 n10 n18) n18))))
      (a!275 (ite (= step 54)
                  (+ n19 1)
                  (ite (= step 64) (- n19 1) (ite (= step 68) (- n19 1) n19))))
      (a!276 (= |n20'|
                (ite (= step 46) (- n20 1) (ite (= step 336) (+ 0 n11 n20) n20))))
      (a!277 (= |n21'|
                (ite (= step 28) (- n21 1) (ite (= step 60) (+ n21 1) n21))))
      (a!278 (ite (= step 55)
                  (+ n22 1)
                  (ite (= step 65) (- n22 1) (ite (= step 69) (- n22 1) n22))))
      (a!279 (= |n23'|
                (ite (= step 47) (- n23 1) (ite (= step 336) (+ 0 n13 n23) n23))))
      (a!280 (= |n24'|
                (ite (= step 34) (- n24 1) (ite (= step 61) (+ n24 1) n24))))
      (a!281 (ite (= step 56)
                  (+ n25 1)
                  (ite (= step 66) (- n25 1) (ite (= step 70) (- n25 1) n25))))
      (a!282 (= |n26'|
                (ite (= step 48) (- n26 1) (ite (= step 336) (+ 0 n15 n26) n26))))
      (a!283 (= |n27'|
                (ite (= step 39) (- n27 1) (ite (= step 62) (+ n27 1) n27))))
      (a!284 (= |n28'|
                (ite (= step 29) (- n28 1) (ite (= step 63) (+ n28 1) n28))))
      (a!285 (ite (= step 57)
                  (- n29 1)
                  (ite (= step 67) (+ n29 1) (ite (= step 68) (+ n29 1) n29))))
      (a!286 (= |n30'|
                (ite (= step 30) (- n30 1) (ite (= step 64) (+ n30 1) n30))))
      (a!287 (= |n31'|
                (ite (= step 35) (- n31 1) (ite (= step 65) (+ n31 1) n31))))
      (a!288 (= |n32'|
                (ite (= step 58) (- n32 1) (ite (= step 69) (+ n32 1) n32))))
      (a!289 (= |n33'|
                (ite (= step 40) (- n33 1) (ite (= step 66) (+ n33 1) n33))))
      (a!290 (= |n34'|
                (ite (= step 59) (- n34 1) (ite (= step 70) (+ n34 1) n34))))
      (a!291 (ite (= step 84)
                  (- n35 1)
                  (ite (= step 93) (+ n35 1) (ite (= step 95) (- n35 1) n35))))
      (a!294 (ite (= step 85)
                  (- n36 1)
                  (ite (= step 94) (+ n36 1) (ite (= step 96) (- n36 1) n36))))
      (a!297 (= |n37'|
                (ite (= step 19) (+ n37 1) (ite (= step 22) (- n37 1) n37))))
      (a!298 (ite (= step 87)
                  (+ n38 1)
                  (ite (= step 90) (+ n38 1) (ite (= step 93) (- n38 1) n38))))
      (a!299 (ite (= step 84)
                  (+ n39 1)
                  (ite (= step 87) (- n39 1) (ite (= step 90) (- n39 1) n39))))
      (a!300 (= |n40'|
                (ite (= step 95) (+ n40 1) (ite (= step 99) (- n40 1) n40))))
      (a!301 (= |n41'|
                (ite (= step 20) (+ n41 1) (ite (= step 23) (- n41 1) n41))))
      (a!302 (ite (= step 88)
                  (+ n42 1)
                  (ite (= step 91) (+ n42 1) (ite (= step 94) (- n42 1) n42))))
      (a!303 (ite (= step 85)
                  (+ n43 1)
                  (ite (= step 88) (- n43 1) (ite (= step 91) (- n43 1) n43))))
      (a!304 (= |n44'|
                (ite (= step 96) (+ n44 1) (ite (= step 100) (- n44 1) n44))))
      (a!305 (ite (= step 14)
                  (+ n45 1)
                  (ite (= step 22) (+ n45 1) (ite (= step 97) (- n45 1) n45))))
      (a!307 (ite (= step 99)
                  (+ n46 1)
                  (ite (= step 100) (+ n46 1) (ite (= step 103) (- n46 1) n46))))
      (a!308 (ite (= step 16)
                  (+ n47 1)
                  (ite (= step 23) (+ n47 1) (ite (= step 98) (- n47 1) n47))))
      (a!310 (ite (= step 4)
                  (+ n48 1)
                  (ite (= step 7) (+ n48 1) (ite (= step 14) (- n48 1) n48))))
      (a!311 (= |n49'|
                (ite (= step 10) (+ n49 1) (ite (= step 15) (- n49 1) n49))))
      (a!312 (= |n50'|
                (ite (= step 97) (+ n50 1) (ite (= step 101) (- n50 1) n50))))
      (a!313 (ite (= step 5)
                  (+ n51 1)
                  (ite (= step 8) (+ n51 1) (ite (= step 16) (- n51 1) n51))))
      (a!314 (= |n52'|
                (ite (= step 11) (+ n52 1) (ite (= step 17) (- n52 1) n52))))
      (a!315 (= |n53'|
                (ite (= step 98) (+ n53 1) (ite (= step 102) (- n53 1) n53))))
      (a!316 (ite (= step 101)
                  (+ n54 1)
                  (ite (= step 102) (+ n54 1) (ite (= step 104) (- n54 1) n54)))))
(let ((a!4 (and (not a!2) (or (= kvm.state 4) (= kvm.state 5))))
      (a!5 (and (not a!2) (or (= kvm.state 3) (= kvm.state 2))))
      (a!32 (ite (= step 331) 3 (ite (= step 332) 5 (ite (= step 335) 4 a!31))))
      (a!34 (ite (= step 325)
                 29
                 (ite (= step 326) 30 (ite (= step 327) 30 a!33))))
      (a!109 (= |kvm.err'|
                (ite (= step 167) kvm.err1 (ite (= step 181) 19 a!108))))
      (a!112 (ite (= step 101)
                  a!111
                  (ite (= step 102) a!111 (ite (= step 336) 0 kvm.refs))))
      (a!122 (ite (= step 291)
                  0
                  (ite (= step 302) 0 (ite (= step 303) 0 a!121))))
      (a!134 (ite (= step 301)
                  0
                  (ite (= step 316) 0 (ite (= step 317) 0 a!133))))
      (a!145 (ite (= step 224)
                  0
                  (ite (= step 284) 0 (ite (= step 285) 0 a!144))))
      (a!148 (ite (= step 222)
                  0
                  (ite (= step 286) 0 (ite (= step 287) 0 a!147))))
      (a!151 (ite (= step 219)
                  0
                  (ite (= step 280) 0 (ite (= step 281) 0 a!150))))
      (a!154 (ite (= step 217)
                  0
                  (ite (= step 278) 0 (ite (= step 279) 0 a!153))))
      (a!157 (ite (= step 215)
                  0
                  (ite (= step 273) 0 (ite (= step 274) 0 a!156))))
      (a!160 (ite (= step 213)
                  0
                  (ite (= step 271) 0 (ite (= step 272) 0 a!159))))
      (a!164 (= |res.kvm_syscore_ops'|
                (ite (= step 201) 1 (ite (= step 276) 0 a!163))))
      (a!166 (= |res.kvm_debugfs'|
                (ite (= step 202) 1 (ite (= step 269) 0 a!165))))
      (a!168 (ite (= step 203)
                  1
                  (ite (= step 208) 0 (ite (= step 209) 0 a!167))))
      (a!170 (= |res.kvm_dev'| (ite (= step 205) 1 (ite (= step 267) 0 a!169))))
      (a!172 (ite (= step 260)
                  0
                  (ite (= step 322) 0 (ite (= step 323) 0 a!171))))
      (a!176 (ite (= step 249)
                  0
                  (ite (= step 311) 0 (ite (= step 312) 0 a!175))))
      (a!180 (ite (= step 252)
                  0
                  (ite (= step 314) 0 (ite (= step 315) 0 a!179))))
      (a!183 (ite (= step 137)
                  1
                  (ite (= step 256) 0 (ite (= step 257) 0 a!182))))
      (a!185 (ite (= step 172)
                  0
                  (ite (= step 232) 0 (ite (= step 233) 0 a!184))))
      (a!188 (ite (= step 236)
                  0
                  (ite (= step 298) 0 (ite (= step 299) 0 a!187))))
      (a!191 (ite (= step 82)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  mon.ioctl-needs-backend))
      (a!208 (ite (or (distinct mon.failed-init-releases-all 0)
                      (and (= kvm.state 5) a!207))
                  1
                  0))
      (a!209 (or (distinct mon.exit-releases-all 0)
                 (and (not (= kvm.state 5)) a!207)))
      (a!211 (ite (= step 296)
                  1
                  (ite (= step 299) 1 (ite (= step 312) 1 a!210))))
      (a!223 (ite (= step 291)
                  1
                  (ite (= step 301) 1 (ite (= step 303) 1 a!222))))
      (a!230 (ite (= step 86)
                  a!228
                  (ite (= step 87) a!228 (ite (= step 88) a!228 a!229))))
      (a!236 (ite (= step 91)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  mon.ops-deref-valid))
      (a!245 (ite (= step 3)
                  (- n0 1)
                  (ite (= step 6) (- n0 1) (ite (= step 9) (- n0 1) a!244))))
      (a!249 (ite (= step 36)
                  (- n3 1)
                  (ite (= step 39) (+ n3 1) (ite (= step 80) (- n3 1) a!248))))
      (a!259 (= |n10'|
                (ite (= step 25) (+ n10 1) (ite (= step 41) (- n10 1) a!258))))
      (a!261 (= |n11'|
                (ite (= step 26) (+ n11 1) (ite (= step 42) (- n11 1) a!260))))
      (a!263 (ite (= step 45)
                  (+ n12 1)
                  (ite (= step 46) (+ n12 1) (ite (= step 49) (+ n12 1) a!262))))
      (a!266 (= |n13'|
                (ite (= step 32) (+ n13 1) (ite (= step 43) (- n13 1) a!265))))
      (a!268 (ite (= step 33)
                  (+ n14 1)
                  (ite (= step 43) (+ n14 1) (ite (= step 47) (+ n14 1) a!267))))
      (a!270 (= |n15'|
                (ite (= step 37) (+ n15 1) (ite (= step 44) (- n15 1) a!269))))
      (a!272 (ite (= step 38)
                  (+ n16 1)
                  (ite (= step 44) (+ n16 1) (ite (= step 48) (+ n16 1) a!271))))
      (a!292 (ite (= step 29)
                  (+ n35 1)
                  (ite (= step 35) (+ n35 1) (ite (= step 81) (- n35 1) a!291))))
      (a!295 (ite (= step 30)
                  (+ n36 1)
                  (ite (= step 40) (+ n36 1) (ite (= step 82) (- n36 1) a!294))))
      (a!306 (ite (= step 4)
                  (- n45 1)
                  (ite (= step 7) (- n45 1) (ite (= step 10) (- n45 1) a!305))))
      (a!309 (ite (= step 5)
                  (- n47 1)
                  (ite (= step 8) (- n47 1) (ite (= step 11) (- n47 1) a!308)))))
(let ((a!30 (or (and (= step 0) (<= 1 n0) (= res.kvm_dev 0))
                (and (= step 1) (<= 1 n45) (= res.kvm_dev 0))
                (and (= step 2) (<= 1 n47) (= res.kvm_dev 0))
                (and (= step 3) (<= 1 n0) a!1)
                (and (= step 4) (<= 1 n45) a!1)
                (and (= step 5) (<= 1 n47) a!1)
                (and (= step 6) (<= 1 n0) (and (= res.kvm_dev 1) a!2))
                (and (= step 7) (<= 1 n45) (and (= res.kvm_dev 1) a!2))
                (and (= step 8) (<= 1 n47) (and (= res.kvm_dev 1) a!2))
                (and (= step 9) (<= 1 n0) a!3)
                (and (= step 10) (<= 1 n45) a!3)
                (and (= step 11) (<= 1 n47) a!3)
                (and (= step 12) (<= 1 n1))
                (and (= step 13) (<= 1 n2))
                (and (= step 14) (<= 1 n48))
                (and (= step 15) (<= 1 n49))
                (and (= step 16) (<= 1 n51))
                (and (= step 17) (<= 1 n52))
                (and (= step 18) (<= 1 n3))
                (and (= step 19) (<= 1 n35))
                (and (= step 20) (<= 1 n36))
                (and (= step 21) (<= 1 n4))
                (and (= step 22) (<= 1 n37))
                (and (= step 23) (<= 1 n41))
                (and (= step 24) (<= 1 n3))
                (and (= step 25) (<= 1 n5) (= res.kvmppc_hv_ops 1))
                (and (= step 26)
                     (<= 1 n5)
                     (= res.kvmppc_hv_ops 0)
                     (= res.kvmppc_pr_ops 1))
                (and (= step 27)
                     (<= 1 n5)
                     (= res.kvmppc_hv_ops 0)
                     (= res.kvmppc_pr_ops 0))
                (and (= step 28) (<= 1 n21))
                (and (= step 29) (<= 1 n28))
                (and (= step 30) (<= 1 n30))
                (and (= step 31) (<= 1 n3))
                (and (= step 32) (<= 1 n6) (= res.kvmppc_hv_ops 1))
                (and (= step 33) (<= 1 n6) (= res.kvmppc_hv_ops 0))
                (and (= step 34) (<= 1 n24))
                (and (= step 35) (<= 1 n31))
                (and (= step 36) (<= 1 n3))
                (and (= step 37) (<= 1 n7) (= res.kvmppc_pr_ops 1))
                (and (= step 38) (<= 1 n7) (= res.kvmppc_pr_ops 0))
                (and (= step 39) (<= 1 n27))
                (and (= step 40) (<= 1 n33))
                (and (= step 41) (<= 1 n10) a!2)
                (and (= step 42) (<= 1 n11) a!2)
                (and (= step 43) (<= 1 n13) a!2)
                (and (= step 44) (<= 1 n15) a!2)
                (and (= step 45) (<= 1 n18))
                (and (= step 46) (<= 1 n20))
                (and (= step 47) (<= 1 n23))
                (and (= step 48) (<= 1 n26))
                (and (= step 49) (<= 1 n10) a!4)
                (and (= step 50) (<= 1 n11) a!4)
                (and (= step 51) (<= 1 n13) a!4)
                (and (= step 52) (<= 1 n15) a!4)
                (and (= step 53) (<= 1 n10) a!5)
                (and (= step 54) (<= 1 n11) a!5)
                (and (= step 55) (<= 1 n13) a!5)
                (and (= step 56) (<= 1 n15) a!5)
                (and (= step 57) (<= 1 n29))
                (and (= step 58) (<= 1 n32))
                (and (= step 59) (<= 1 n34))
                (and (= step 60) (<= 1 n12))
                (and (= step 61) (<= 1 n14))
                (and (= step 62) (<= 1 n16))
                (and (= step 63) (<= 1 n17))
                (and (= step 64) (<= 1 n19))
                (and (= step 65) (<= 1 n22))
                (and (= step 66) (<= 1 n25))
                (and (= step 67) (<= 1 n17))
                (and (= step 68) (<= 1 n19))
                (and (= step 69) (<= 1 n22))
                (and (= step 70) (<= 1 n25))
                (and (= step 71) (<= 1 n3))
                (and (= step 72) (<= 1 n35))
                (and (= step 73) (<= 1 n36))
                (and (= step 74) (<= 1 n3))
                (and (= step 75) (<= 1 n35))
                (and (= step 76) (<= 1 n36))
                (and (= step 77) (<= 1 n3))
                (and (= step 78) (<= 1 n35))
                (and (= step 79) (<= 1 n36))
                (and (= step 80) (<= 1 n3) (= res.kvmppc_hv_ops 0))
                (and (= step 81) (<= 1 n35) (= res.kvmppc_hv_ops 0))
                (and (= step 82) (<= 1 n36) (= res.kvmppc_hv_ops 0))
                (and (= step 83) (<= 1 n3) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 84) (<= 1 n35) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 85) (<= 1 n36) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 86) (<= 1 n9) (= res.kvmppc_hv_ops 0))
                (and (= step 87) (<= 1 n39) (= res.kvmppc_hv_ops 0))
                (and (= step 88) (<= 1 n43) (= res.kvmppc_hv_ops 0))
                (and (= step 89) (<= 1 n9) (= res.kvmppc_hv_ops 1))
                (and (= step 90) (<= 1 n39) (= res.kvmppc_hv_ops 1))
                (and (= step 91) (<= 1 n43) (= res.kvmppc_hv_ops 1))
                (and (= step 92) (<= 1 n8))
                (and (= step 93) (<= 1 n38))
                (and (= step 94) (<= 1 n42))
                (and (= step 95) (<= 1 n35))
                (and (= step 96) (<= 1 n36))
                (and (= step 97) (<= 1 n45))
                (and (= step 98) (<= 1 n47))
                (and (= step 99) (<= 1 n40))
                (and (= step 100) (<= 1 n44))
                (and (= step 101) (<= 1 n50))
                (and (= step 102) (<= 1 n53))
                (and (= step 103) (<= 1 n46))
                (and (= step 104) (<= 1 n54))
                (and (= step 105)
                     (and (= kvm.state 2) (= kvm.pc 0))
                     (distinct cfg.hv_possible 0))
                (and (= step 106)
                     (and (= kvm.state 2) (= kvm.pc 0))
                     (not (distinct cfg.hv_possible 0)))
                (and (= step 107) (= kvm.state 2) (= kvm.pc 1))
                a!6
                (and (= step 109)
                     (and (= kvm.state 2) (= kvm.pc 2))
                     (not (distinct cfg.radix 0)))
                a!7
                (and (= step 111)
                     (and (= kvm.state 2) (= kvm.pc 3))
                     (not (distinct cfg.radix 0)))
                (and (= step 112) (and (= kvm.state 2) (= kvm.pc 4)))
                (and (= step 113) (and (= kvm.state 2) (= kvm.pc 4)))
                a!8
                (and (= step 115)
                     (and (= kvm.state 2) (= kvm.pc 5))
                     (not (distinct cfg.nested 0)))
                (and (= step 116) (= kvm.state 2) (= kvm.pc 6))
                (and (= step 117)
                     (and (= kvm.state 2) (= kvm.pc 7))
                     (< 0 res.pseries_partition_tb))
                (and (= step 118)
                     (and (= kvm.state 2) (= kvm.pc 7))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 119)
                     (and (= kvm.state 2) (= kvm.pc 9))
                     (= kvm.err2 0))
                (and (= step 120)
                     (and (= kvm.state 2) (= kvm.pc 9))
                     (not (= kvm.err2 0)))
                (and (= step 121) (= kvm.state 2) (= kvm.pc 10))
                (and (= step 122) (= kvm.state 2) (= kvm.pc 11))
                (and (= step 123) (= kvm.state 2) (= kvm.pc 12))
                (and (= step 124)
                     (and (= kvm.state 2) (= kvm.pc 13))
                     (distinct cfg.radix 0))
                (and (= step 125)
                     (and (= kvm.state 2) (= kvm.pc 13))
                     (not (distinct cfg.radix 0)))
                (and (= step 126) (and (= kvm.state 2) (= kvm.pc 14)))
                (and (= step 127) (and (= kvm.state 2) (= kvm.pc 14)))
                (and (= step 128) (and (= kvm.state 2) (= kvm.pc 15)))
                (and (= step 129) (and (= kvm.state 2) (= kvm.pc 15)))
                (and (= step 130) (= kvm.state 2) (= kvm.pc 16))
                (and (= step 131)
                     (and (= kvm.state 2) (= kvm.pc 17))
                     (< 0 res.kvm_pte_cache))
                (and (= step 132)
                     (and (= kvm.state 2) (= kvm.pc 17))
                     (not (< 0 res.kvm_pte_cache)))
                (and (= step 133)
                     (and (= kvm.state 2) (= kvm.pc 19))
                     (= kvm.err2 0))
                (and (= step 134)
                     (and (= kvm.state 2) (= kvm.pc 19))
                     (not (= kvm.err2 0)))
                (and (= step 135) (and (= kvm.state 2) (= kvm.pc 20)))
                (and (= step 136) (and (= kvm.state 2) (= kvm.pc 20)))
                (and (= step 137) (= kvm.state 2) (= kvm.pc 21))
                (and (= step 138) (= kvm.state 2) (= kvm.pc 22))
                (and (= step 139)
                     (and (= kvm.state 2) (= kvm.pc 23))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 140) a!9 (< 0 res.pseries_partition_tb))
                (and (= step 141) a!9 (not (< 0 res.pseries_partition_tb)))
                (and (= step 142)
                     (and (= kvm.state 2) (= kvm.pc 24))
                     (= kvm.err2 0))
                (and (= step 143)
                     (and (= kvm.state 2) (= kvm.pc 24))
                     (not (= kvm.err2 0)))
                (and (= step 144)
                     (and (= kvm.state 2) (= kvm.pc 25))
                     (not (< 0 res.kvm_pte_cache)))
                (and (= step 145) a!10 (< 0 res.kvm_pte_cache))
                (and (= step 146) a!10 (not (< 0 res.kvm_pte_cache)))
                (and (= step 147)
                     (and (= kvm.state 2) (= kvm.pc 26))
                     (not (< 0 res.kvm_pmd_cache)))
                (and (= step 148) a!11 (< 0 res.kvm_pmd_cache))
                (and (= step 149) a!11 (not (< 0 res.kvm_pmd_cache)))
                (and (= step 150)
                     (and (= kvm.state 2) (= kvm.pc 27))
                     (= kvm.err2 0))
                (and (= step 151)
                     (and (= kvm.state 2) (= kvm.pc 27))
                     (not (= kvm.err2 0)))
                (and (= step 152) (= kvm.state 2) (= kvm.pc 29))
                (and (= step 153)
                     (and (= kvm.state 2) (= kvm.pc 30))
                     (= kvm.err1 0))
                (and (= step 154)
                     (and (= kvm.state 2) (= kvm.pc 30))
                     (not (= kvm.err1 0)))
                (and (= step 155)
                     (and (= kvm.state 2) (= kvm.pc 31))
                     (distinct cfg.pr_possible 0))
                (and (= step 156)
                     (and (= kvm.state 2) (= kvm.pc 31))
                     (not (distinct cfg.pr_possible 0)))
                (and (= step 157)
                     (and (= kvm.state 2) (= kvm.pc 32))
                     (not (distinct cfg.radix 0)))
                (and (= step 158)
                     (and (= kvm.state 2) (= kvm.pc 32))
                     (distinct cfg.radix 0))
                (and (= step 159) (= kvm.state 2) (= kvm.pc 33))
                (and (= step 160) (and (= kvm.state 2) (= kvm.pc 34)))
                (and (= step 161) (and (= kvm.state 2) (= kvm.pc 34)))
                (and (= step 162) (= kvm.state 2) (= kvm.pc 35))
                (and (= step 163)
                     (and (= kvm.state 2) (= kvm.pc 36))
                     (= kvm.err2 0))
                (and (= step 164)
                     (and (= kvm.state 2) (= kvm.pc 36))
                     (not (= kvm.err2 0)))
                (and (= step 165) (= kvm.state 2) (= kvm.pc 37))
                (and (= step 166)
                     (and (= kvm.state 2) (= kvm.pc 38))
                     (= kvm.err1 0))
                (and (= step 167)
                     (and (= kvm.state 2) (= kvm.pc 38))
                     (not (= kvm.err1 0)))
                (and (= step 168)
                     (and (= kvm.state 2) (= kvm.pc 40))
                     (< 0 res.kvmppc_pr_ops))
                (and (= step 169)
                     (and (= kvm.state 2) (= kvm.pc 40))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 170)
                     (and (= kvm.state 2) (= kvm.pc 41))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 171) a!12 (< 0 res.kvmppc_pr_ops))
                (and (= step 172) a!12 (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 173)
                     (and (= kvm.state 2) (= kvm.pc 42))
                     (not (< 0 res.hpte_cache)))
                (and (= step 174) a!13 (< 0 res.hpte_cache))
                (and (= step 175) a!13 (not (< 0 res.hpte_cache)))
                (and (= step 176)
                     (and (= kvm.state 2) (= kvm.pc 43))
                     (= kvm.err2 0))
                (and (= step 177)
                     (and (= kvm.state 2) (= kvm.pc 43))
                     (not (= kvm.err2 0)))
                (and (= step 178)
                     (and (= kvm.state 2) (= kvm.pc 44))
                     (= kvm.err1 0))
                (and (= step 179)
                     (and (= kvm.state 2) (= kvm.pc 44))
                     (not (= kvm.err1 0)))
                (and (= step 180) (and (= kvm.state 2) (= kvm.pc 45)) a!14)
                a!15
                (and (= step 182) (= kvm.state 2) (= kvm.pc 46))
                (and (= step 183) (and (= kvm.state 2) (= kvm.pc 47)))
                (and (= step 184) (and (= kvm.state 2) (= kvm.pc 47)))
                (and (= step 185) (and (= kvm.state 2) (= kvm.pc 48)))
                (and (= step 186) (and (= kvm.state 2) (= kvm.pc 48)))
                (and (= step 187) (= kvm.state 2) (= kvm.pc 49))
                (and (= step 188) (= kvm.state 2) (= kvm.pc 50))
                (and (= step 189)
                     (and (= kvm.state 2) (= kvm.pc 51))
                     (not (< 0 res.kvm_cpuhp_starting)))
                (and (= step 190)
                     (and (= kvm.state 2) (= kvm.pc 51))
                     (< 0 res.kvm_cpuhp_starting))
                (and (= step 191)
                     (and (= kvm.state 2) (= kvm.pc 52))
                     (not (< 0 res.kvm_reboot_notifier)))
                (and (= step 192)
                     (and (= kvm.state 2) (= kvm.pc 52))
                     (< 0 res.kvm_reboot_notifier))
                (and (= step 193) (and (= kvm.state 2) (= kvm.pc 53)))
                (and (= step 194) (and (= kvm.state 2) (= kvm.pc 53)))
                (and (= step 195) (and (= kvm.state 2) (= kvm.pc 54)))
                (and (= step 196) (and (= kvm.state 2) (= kvm.pc 54)))
                (and (= step 197) (and (= kvm.state 2) (= kvm.pc 55)))
                (and (= step 198) (and (= kvm.state 2) (= kvm.pc 55)))
                (and (= step 199) (= kvm.state 2) (= kvm.pc 56))
                (and (= step 200) (= kvm.state 2) (= kvm.pc 57))
                (and (= step 201) (= kvm.state 2) (= kvm.pc 58))
                (and (= step 202) (= kvm.state 2) (= kvm.pc 59))
                (and (= step 203)
                     (and (= kvm.state 2) (= kvm.pc 60))
                     (not (< 0 res.kvm_vfio_ops)))
                (and (= step 204)
                     (and (= kvm.state 2) (= kvm.pc 60))
                     (< 0 res.kvm_vfio_ops))
                (and (= step 205) (and (= kvm.state 2) (= kvm.pc 61)))
                (and (= step 206) (and (= kvm.state 2) (= kvm.pc 61)))
                (and (= step 207) (= kvm.state 2) (= kvm.pc 62))
                (and (= step 208)
                     (and (= kvm.state 2) (= kvm.pc 63))
                     (< 0 res.kvm_vfio_ops))
                (and (= step 209)
                     (and (= kvm.state 2) (= kvm.pc 63))
                     (not (< 0 res.kvm_vfio_ops)))
                (and (= step 210) (= kvm.state 2) (= kvm.pc 64))
                (and (= step 211)
                     (and (= kvm.state 2) (= kvm.pc 65))
                     (not (< 0 res.cpu_kick_mask)))
                (and (= step 212) a!16 (< 0 res.cpu_kick_mask))
                (and (= step 213) a!16 (not (< 0 res.cpu_kick_mask)))
                (and (= step 214)
                     (and (= kvm.state 2) (= kvm.pc 66))
                     (< 0 res.kvm_vcpu_cache))
                (and (= step 215)
                     (and (= kvm.state 2) (= kvm.pc 66))
                     (not (< 0 res.kvm_vcpu_cache)))
                (and (= step 216)
                     (and (= kvm.state 2) (= kvm.pc 67))
                     (< 0 res.kvm_reboot_notifier))
                (and (= step 217)
                     (and (= kvm.state 2) (= kvm.pc 67))
                     (not (< 0 res.kvm_reboot_notifier)))
                (and (= step 218)
                     (and (= kvm.state 2) (= kvm.pc 68))
                     (< 0 res.kvm_cpuhp_starting))
                (and (= step 219)
                     (and (= kvm.state 2) (= kvm.pc 68))
                     (not (< 0 res.kvm_cpuhp_starting)))
                (and (= step 220) (= kvm.state 2) (= kvm.pc 69))
                (and (= step 221)
                     (and (= kvm.state 2) (= kvm.pc 70))
                     (< 0 res.cpus_hardware_enabled))
                (and (= step 222)
                     (and (= kvm.state 2) (= kvm.pc 70))
                     (not (< 0 res.cpus_hardware_enabled)))
                (and (= step 223)
                     (and (= kvm.state 2) (= kvm.pc 71))
                     (< 0 res.irqfd_cleanup_wq))
                (and (= step 224)
                     (and (= kvm.state 2) (= kvm.pc 71))
                     (not (< 0 res.irqfd_cleanup_wq)))
                (and (= step 225) (= kvm.state 2) (= kvm.pc 72))
                (and (= step 226)
                     (and (= kvm.state 2) (= kvm.pc 74))
                     (= kvm.err1 0))
                (and (= step 227)
                     (and (= kvm.state 2) (= kvm.pc 74))
                     (not (= kvm.err1 0)))
                (and (= step 228) (= kvm.state 2) (= kvm.pc 75))
                (and (= step 229)
                     (and (= kvm.state 2) (= kvm.pc 76))
                     (distinct cfg.pr_possible 0))
                (and (= step 230)
                     (and (= kvm.state 2) (= kvm.pc 76))
                     (not (distinct cfg.pr_possible 0)))
                (and (= step 231)
                     (and (= kvm.state 2) (= kvm.pc 77))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 232) a!17 (< 0 res.kvmppc_pr_ops))
                (and (= step 233) a!17 (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 234)
                     (and (= kvm.state 2) (= kvm.pc 78))
                     (not (< 0 res.hpte_cache)))
                (and (= step 235) a!18 (< 0 res.hpte_cache))
                (and (= step 236) a!18 (not (< 0 res.hpte_cache)))
                (and (= step 237)
                     (and (= kvm.state 2) (= kvm.pc 79))
                     (= kvm.err2 0))
                (and (= step 238)
                     (and (= kvm.state 2) (= kvm.pc 79))
                     (not (= kvm.err2 0)))
                (and (= step 239)
                     (and (= kvm.state 2) (= kvm.pc 80))
                     (= kvm.err1 0))
                (and (= step 240)
                     (and (= kvm.state 2) (= kvm.pc 80))
                     (not (= kvm.err1 0)))
                (and (= step 241)
                     (and (= kvm.state 2) (= kvm.pc 81))
                     (distinct cfg.hv_possible 0))
                (and (= step 242)
                     (and (= kvm.state 2) (= kvm.pc 81))
                     (not (distinct cfg.hv_possible 0)))
                (and (= step 243) (= kvm.state 2) (= kvm.pc 82))
                (and (= step 244) (= kvm.state 2) (= kvm.pc 83))
                (and (= step 245)
                     (and (= kvm.state 2) (= kvm.pc 84))
                     (distinct cfg.radix 0))
                (and (= step 246)
                     (and (= kvm.state 2) (= kvm.pc 84))
                     (not (distinct cfg.radix 0)))
                (and (= step 247)
                     (and (= kvm.state 2) (= kvm.pc 85))
                     (not (< 0 res.kvm_pte_cache)))
                (and (= step 248) a!19 (< 0 res.kvm_pte_cache))
                (and (= step 249) a!19 (not (< 0 res.kvm_pte_cache)))
                (and (= step 250)
                     (and (= kvm.state 2) (= kvm.pc 86))
                     (not (< 0 res.kvm_pmd_cache)))
                (and (= step 251) a!20 (< 0 res.kvm_pmd_cache))
                (and (= step 252) a!20 (not (< 0 res.kvm_pmd_cache)))
                (and (= step 253)
                     (and (= kvm.state 2) (= kvm.pc 87))
                     (= kvm.err2 0))
                (and (= step 254)
                     (and (= kvm.state 2) (= kvm.pc 87))
                     (not (= kvm.err2 0)))
                (and (= step 255)
                     (and (= kvm.state 2) (= kvm.pc 88))
                     (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 256) a!21 (< 0 res.kvmppc_hv_ops))
                (and (= step 257) a!21 (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 258)
                     (and (= kvm.state 2) (= kvm.pc 89))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 259) a!22 (< 0 res.pseries_partition_tb))
                (and (= step 260) a!22 (not (< 0 res.pseries_partition_tb)))
                (and (= step 261)
                     (and (= kvm.state 2) (= kvm.pc 90))
                     (= kvm.err2 0))
                (and (= step 262)
                     (and (= kvm.state 2) (= kvm.pc 90))
                     (not (= kvm.err2 0)))
                (and (= step 263)
                     (and (= kvm.state 2) (= kvm.pc 91))
                     (= kvm.err1 0))
                (and (= step 264)
                     (and (= kvm.state 2) (= kvm.pc 91))
                     (not (= kvm.err1 0)))
                (and (= step 265)
                     (and (= kvm.state 2) (= kvm.pc 93))
                     (= kvm.err 0))
                (and (= step 266)
                     (and (= kvm.state 2) (= kvm.pc 93))
                     (not (= kvm.err 0)))
                (and (= step 267)
                     (and (= kvm.state 4) (= kvm.pc 0))
                     (< 0 res.kvm_dev))
                (and (= step 268)
                     (and (= kvm.state 4) (= kvm.pc 0))
                     (not (< 0 res.kvm_dev)))
                (and (= step 269)
                     (and (= kvm.state 4) (= kvm.pc 1))
                     (< 0 res.kvm_debugfs))
                (and (= step 270)
                     (and (= kvm.state 4) (= kvm.pc 1))
                     (not (< 0 res.kvm_debugfs)))
                (and (= step 271)
                     (and (= kvm.state 4) (= kvm.pc 2))
                     (< 0 res.cpu_kick_mask))
                (and (= step 272)
                     (and (= kvm.state 4) (= kvm.pc 2))
                     (not (< 0 res.cpu_kick_mask)))
                (and (= step 273)
                     (and (= kvm.state 4) (= kvm.pc 3))
                     (< 0 res.kvm_vcpu_cache))
                (and (= step 274)
                     (and (= kvm.state 4) (= kvm.pc 3))
                     (not (< 0 res.kvm_vcpu_cache)))
                (and (= step 275) (= kvm.state 4) (= kvm.pc 4))
                (and (= step 276)
                     (and (= kvm.state 4) (= kvm.pc 5))
                     (< 0 res.kvm_syscore_ops))
                (and (= step 277)
                     (and (= kvm.state 4) (= kvm.pc 5))
                     (not (< 0 res.kvm_syscore_ops)))
                (and (= step 278)
                     (and (= kvm.state 4) (= kvm.pc 6))
                     (< 0 res.kvm_reboot_notifier))
                (and (= step 279)
                     (and (= kvm.state 4) (= kvm.pc 6))
                     (not (< 0 res.kvm_reboot_notifier)))
                (and (= step 280)
                     (and (= kvm.state 4) (= kvm.pc 7))
                     (< 0 res.kvm_cpuhp_starting))
                (and (= step 281)
                     (and (= kvm.state 4) (= kvm.pc 7))
                     (not (< 0 res.kvm_cpuhp_starting)))
                (and (= step 282) (= kvm.state 4) (= kvm.pc 8))
                (and (= step 283) (= kvm.state 4) (= kvm.pc 9))
                (and (= step 284)
                     (and (= kvm.state 4) (= kvm.pc 10))
                     (< 0 res.irqfd_cleanup_wq))
                (and (= step 285)
                     (and (= kvm.state 4) (= kvm.pc 10))
                     (not (< 0 res.irqfd_cleanup_wq)))
                (and (= step 286)
                     (and (= kvm.state 4) (= kvm.pc 11))
                     (< 0 res.cpus_hardware_enabled))
                (and (= step 287)
                     (and (= kvm.state 4) (= kvm.pc 11))
                     (not (< 0 res.cpus_hardware_enabled)))
                (and (= step 288)
                     (and (= kvm.state 4) (= kvm.pc 12))
                     (< 0 res.kvm_vfio_ops))
                (and (= step 289)
                     (and (= kvm.state 4) (= kvm.pc 12))
                     (not (< 0 res.kvm_vfio_ops)))
                (and (= step 290)
                     (and (= kvm.state 4) (= kvm.pc 13))
                     (= kvm.err1 0))
                (and (= step 291)
                     (and (= kvm.state 4) (= kvm.pc 13))
                     (not (= kvm.err1 0)))
                (and (= step 292)
                     (and (= kvm.state 4) (= kvm.pc 14))
                     (distinct cfg.pr_possible 0))
                (and (= step 293)
                     (and (= kvm.state 4) (= kvm.pc 14))
                     (not (distinct cfg.pr_possible 0)))
                (and (= step 294)
                     (and (= kvm.state 4) (= kvm.pc 15))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 295) a!23 (< 0 res.kvmppc_pr_ops))
                (and (= step 296) a!23 (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 297)
                     (and (= kvm.state 4) (= kvm.pc 16))
                     (not (< 0 res.hpte_cache)))
                (and (= step 298) a!24 (< 0 res.hpte_cache))
                (and (= step 299) a!24 (not (< 0 res.hpte_cache)))
                (and (= step 300)
                     (and (= kvm.state 4) (= kvm.pc 17))
                     (= kvm.err2 0))
                (and (= step 301)
                     (and (= kvm.state 4) (= kvm.pc 17))
                     (not (= kvm.err2 0)))
                (and (= step 302)
                     (and (= kvm.state 4) (= kvm.pc 18))
                     (= kvm.err1 0))
                (and (= step 303)
                     (and (= kvm.state 4) (= kvm.pc 18))
                     (not (= kvm.err1 0)))
                (and (= step 304)
                     (and (= kvm.state 4) (= kvm.pc 19))
                     (distinct cfg.hv_possible 0))
                (and (= step 305)
                     (and (= kvm.state 4) (= kvm.pc 19))
                     (not (distinct cfg.hv_possible 0)))
                (and (= step 306) (= kvm.state 4) (= kvm.pc 20))
                (and (= step 307) (= kvm.state 4) (= kvm.pc 21))
                (and (= step 308)
                     (and (= kvm.state 4) (= kvm.pc 22))
                     (distinct cfg.radix 0))
                (and (= step 309)
                     (and (= kvm.state 4) (= kvm.pc 22))
                     (not (distinct cfg.radix 0)))
                (and (= step 310)
                     (and (= kvm.state 4) (= kvm.pc 23))
                     (not (< 0 res.kvm_pte_cache)))
                (and (= step 311) a!25 (< 0 res.kvm_pte_cache))
                (and (= step 312) a!25 (not (< 0 res.kvm_pte_cache)))
                (and (= step 313)
                     (and (= kvm.state 4) (= kvm.pc 24))
                     (not (< 0 res.kvm_pmd_cache)))
                (and (= step 314) a!26 (< 0 res.kvm_pmd_cache))
                (and (= step 315) a!26 (not (< 0 res.kvm_pmd_cache)))
                (and (= step 316)
                     (and (= kvm.state 4) (= kvm.pc 25))
                     (= kvm.err2 0))
                (and (= step 317)
                     (and (= kvm.state 4) (= kvm.pc 25))
                     (not (= kvm.err2 0)))
                (and (= step 318)
                     (and (= kvm.state 4) (= kvm.pc 26))
                     (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 319) a!27 (< 0 res.kvmppc_hv_ops))
                (and (= step 320) a!27 (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 321)
                     (and (= kvm.state 4) (= kvm.pc 27))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 322) a!28 (< 0 res.pseries_partition_tb))
                (and (= step 323) a!28 (not (< 0 res.pseries_partition_tb)))
                (and (= step 324)
                     (and (= kvm.state 4) (= kvm.pc 28))
                     (= kvm.err2 0))
                (and (= step 325)
                     (and (= kvm.state 4) (= kvm.pc 28))
                     (not (= kvm.err2 0)))
                (and (= step 326)
                     (and (= kvm.state 4) (= kvm.pc 29))
                     (= kvm.err1 0))
                (and (= step 327)
                     (and (= kvm.state 4) (= kvm.pc 29))
                     (not (= kvm.err1 0)))
                (and (= step 328) (= kvm.state 4) (= kvm.pc 30) (= kvm.err 0))
                (and (= step 329) (= kvm.state 3))
                (and (= step 330) (= kvm.state 0))
                (and (= step 331)
                     (and (= kvm.state 2) (= kvm.pc 94))
                     (= kvm.err 0))
                (and (= step 332)
                     (and (= kvm.state 2) (= kvm.pc 94))
                     (not (= kvm.err 0)))
                (and (= step 333) (= kvm.state 3) (not (= kvm.refs 0)))
                (and (= step 334) (= kvm.state 0))
                (and (= step 335) (= kvm.state 3) (= kvm.refs 0))
                a!29
                (and (= step 337) (= kvm.state 7) (not (= kvm.err 0)))
                (and (= step 338) (= kvm.state 7) (= kvm.err 0))))
      (a!35 (ite (= step 322)
                 28
                 (ite (= step 323) 28 (ite (= step 324) 29 a!34))))
      (a!113 (ite (= step 98)
                  a!111
                  (ite (= step 99) a!111 (ite (= step 100) a!111 a!112))))
      (a!123 (ite (= step 263)
                  0
                  (ite (= step 264) 0 (ite (= step 290) 0 a!122))))
      (a!135 (ite (= step 261)
                  0
                  (ite (= step 262) 0 (ite (= step 300) 0 a!134))))
      (a!146 (= |res.irqfd_cleanup_wq'|
                (ite (= step 183) 1 (ite (= step 223) 0 a!145))))
      (a!149 (= |res.cpus_hardware_enabled'|
                (ite (= step 185) 1 (ite (= step 221) 0 a!148))))
      (a!152 (= |res.kvm_cpuhp_starting'|
                (ite (= step 189) 1 (ite (= step 218) 0 a!151))))
      (a!155 (= |res.kvm_reboot_notifier'|
                (ite (= step 191) 1 (ite (= step 216) 0 a!154))))
      (a!158 (= |res.kvm_vcpu_cache'|
                (ite (= step 193) 1 (ite (= step 214) 0 a!157))))
      (a!161 (= |res.cpu_kick_mask'|
                (ite (= step 195) 1 (ite (= step 212) 0 a!160))))
      (a!173 (ite (= step 140)
                  0
                  (ite (= step 141) 0 (ite (= step 259) 0 a!172))))
      (a!177 (ite (= step 145)
                  0
                  (ite (= step 146) 0 (ite (= step 248) 0 a!176))))
      (a!181 (ite (= step 148)
                  0
                  (ite (= step 149) 0 (ite (= step 251) 0 a!180))))
      (a!186 (= |res.kvmppc_pr_ops'|
                (ite (= step 159) 1 (ite (= step 171) 0 a!185))))
      (a!189 (ite (= step 174)
                  0
                  (ite (= step 175) 0 (ite (= step 235) 0 a!188))))
      (a!192 (ite (= step 81)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!191))
      (a!212 (ite (= step 285)
                  1
                  (ite (= step 287) 1 (ite (= step 289) 1 a!211))))
      (a!224 (ite (= step 254)
                  1
                  (ite (= step 262) 1 (ite (= step 264) 1 a!223))))
      (a!231 (ite (= step 54)
                  mon.ops-deref-pinned
                  (ite (= step 55)
                       mon.ops-deref-pinned
                       (ite (= step 56) mon.ops-deref-pinned a!230))))
      (a!237 (ite (= step 90)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!236))
      (a!250 (ite (= step 28)
                  (+ n3 1)
                  (ite (= step 31) (- n3 1) (ite (= step 34) (+ n3 1) a!249))))
      (a!264 (ite (= step 27)
                  (+ n12 1)
                  (ite (= step 41) (+ n12 1) (ite (= step 42) (+ n12 1) a!263))))
      (a!293 (= |n35'|
                (ite (= step 15) (+ n35 1) (ite (= step 19) (- n35 1) a!292))))
      (a!296 (= |n36'|
                (ite (= step 17) (+ n36 1) (ite (= step 20) (- n36 1) a!295)))))
(let ((a!36 (ite (= step 319)
                 27
                 (ite (= step 320) 27 (ite (= step 321) 28 a!35))))
      (a!114 (ite (= step 95)
                  a!111
                  (ite (= step 96) a!111 (ite (= step 97) a!111 a!113))))
      (a!124 (ite (= step 227)
                  0
                  (ite (= step 239) 0 (ite (= step 240) 0 a!123))))
      (a!136 (ite (= step 238)
                  0
                  (ite (= step 253) 0 (ite (= step 254) 0 a!135))))
      (a!174 (ite (= step 112)
                  1
                  (ite (= step 117) 0 (ite (= step 118) 0 a!173))))
      (a!178 (ite (= step 126)
                  1
                  (ite (= step 131) 0 (ite (= step 132) 0 a!177))))
      (a!193 (ite (= step 80)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!192))
      (a!213 (ite (= step 277)
                  1
                  (ite (= step 279) 1 (ite (= step 281) 1 a!212))))
      (a!225 (ite (= step 192)
                  1
                  (ite (= step 238) 1 (ite (= step 240) 1 a!224))))
      (a!232 (ite (= step 51)
                  mon.ops-deref-pinned
                  (ite (= step 52)
                       mon.ops-deref-pinned
                       (ite (= step 53) mon.ops-deref-pinned a!231))))
      (a!238 (ite (= step 89)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!237))
      (a!251 (ite (= step 13)
                  (+ n3 1)
                  (ite (= step 18) (- n3 1) (ite (= step 24) (- n3 1) a!250)))))
(let ((a!37 (ite (= step 316)
                 26
                 (ite (= step 317) 26 (ite (= step 318) 27 a!36))))
      (a!115 (ite (= step 60)
                  a!111
                  (ite (= step 61) a!111 (ite (= step 62) a!111 a!114))))
      (a!125 (ite (= step 206)
                  12
                  (ite (= step 207) 0 (ite (= step 226) 0 a!124))))
      (a!137 (ite (= step 176)
                  0
                  (ite (= step 177) 0 (ite (= step 237) 0 a!136))))
      (a!194 (ite (= step 79)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!193))
      (a!214 (ite (= step 270)
                  1
                  (ite (= step 272) 1 (ite (= step 274) 1 a!213))))
      (a!226 (ite (= step 161)
                  1
                  (ite (= step 177) 1 (ite (= step 179) 1 a!225))))
      (a!233 (ite (= step 48)
                  mon.ops-deref-pinned
                  (ite (= step 49)
                       mon.ops-deref-pinned
                       (ite (= step 50) mon.ops-deref-pinned a!232))))
      (a!239 (ite (= step 86) 1 (ite (= step 87) 1 (ite (= step 88) 1 a!238)))))
(let ((a!38 (ite (= step 313)
                 25
                 (ite (= step 314) 25 (ite (= step 315) 25 a!37))))
      (a!116 (ite (= step 57)
                  a!111
                  (ite (= step 58) a!111 (ite (= step 59) a!111 a!115))))
      (a!126 (ite (= step 196)
                  12
                  (ite (= step 198) 12 (ite (= step 204) 17 a!125))))
      (a!138 (ite (= step 162)
                  0
                  (ite (= step 163) 0 (ite (= step 164) 0 a!137))))
      (a!195 (ite (= step 78)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!194))
      (a!215 (ite (= step 257)
                  1
                  (ite (= step 260) 1 (ite (= step 268) 1 a!214))))
      (a!227 (= |mon.init-result-checked'|
                (ite (= step 143) 1 (ite (= step 151) 1 a!226))))
      (a!234 (ite (= step 45)
                  mon.ops-deref-pinned
                  (ite (= step 46)
                       mon.ops-deref-pinned
                       (ite (= step 47) mon.ops-deref-pinned a!233))))
      (a!240 (ite (= step 46) 1 (ite (= step 47) 1 (ite (= step 48) 1 a!239)))))
(let ((a!39 (ite (= step 310)
                 24
                 (ite (= step 311) 24 (ite (= step 312) 24 a!38))))
      (a!117 (ite (= step 54)
                  a!110
                  (ite (= step 55) a!110 (ite (= step 56) a!110 a!116))))
      (a!127 (ite (= step 186)
                  12
                  (ite (= step 190) 16 (ite (= step 194) 12 a!126))))
      (a!139 (ite (= step 143)
                  0
                  (ite (= step 150) 0 (ite (= step 151) 0 a!138))))
      (a!196 (ite (= step 77)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!195))
      (a!216 (ite (= step 236)
                  1
                  (ite (= step 249) 1 (ite (= step 252) 1 a!215))))
      (a!235 (ite (= step 42)
                  mon.ops-deref-pinned
                  (ite (= step 43)
                       mon.ops-deref-pinned
                       (ite (= step 44) mon.ops-deref-pinned a!234))))
      (a!241 (ite (= step 43) 1 (ite (= step 44) 1 (ite (= step 45) 1 a!240)))))
(let ((a!40 (ite (= step 307)
                 22
                 (ite (= step 308) 23 (ite (= step 309) 26 a!39))))
      (a!118 (ite (= step 31)
                  a!110
                  (ite (= step 36) a!110 (ite (= step 53) a!110 a!117))))
      (a!128 (ite (= step 178)
                  0
                  (ite (= step 179) 0 (ite (= step 184) 12 a!127))))
      (a!140 (ite (= step 133)
                  0
                  (ite (= step 134) 0 (ite (= step 142) 0 a!139))))
      (a!197 (ite (= step 76)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!196))
      (a!217 (ite (= step 222)
                  1
                  (ite (= step 224) 1 (ite (= step 233) 1 a!216))))
      (a!242 (ite (= step 8) 1 (ite (= step 41) 1 (ite (= step 42) 1 a!241)))))
(let ((a!41 (ite (= step 304)
                 20
                 (ite (= step 305) 30 (ite (= step 306) 21 a!40))))
      (a!119 (ite (= step 19)
                  a!111
                  (ite (= step 20) a!111 (ite (= step 24) a!110 a!118))))
      (a!129 (ite (= step 165)
                  0
                  (ite (= step 166) 0 (ite (= step 167) 0 a!128))))
      (a!141 (ite (= step 127)
                  12
                  (ite (= step 129) 12 (ite (= step 130) 0 a!140))))
      (a!198 (ite (= step 75)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!197))
      (a!218 (ite (= step 215)
                  1
                  (ite (= step 217) 1 (ite (= step 219) 1 a!217))))
      (a!243 (= |mon.ops-deref-valid'|
                (ite (= step 6) 1 (ite (= step 7) 1 a!242)))))
(let ((a!42 (ite (= step 301)
                 18
                 (ite (= step 302) 19 (ite (= step 303) 19 a!41))))
      (a!120 (ite (= step 10)
                  a!110
                  (ite (= step 11) a!110 (ite (= step 18) a!111 a!119))))
      (a!130 (ite (= step 154)
                  0
                  (ite (= step 158) 5 (ite (= step 164) kvm.err2 a!129))))
      (a!142 (ite (= step 116)
                  0
                  (ite (= step 119) 0 (ite (= step 120) 0 a!141))))
      (a!199 (ite (= step 74)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!198))
      (a!219 (ite (= step 175)
                  1
                  (ite (= step 209) 1 (ite (= step 213) 1 a!218)))))
(let ((a!43 (ite (= step 298)
                 17
                 (ite (= step 299) 17 (ite (= step 300) 18 a!42))))
      (a!131 (ite (= step 138)
                  0
                  (ite (= step 152) 19 (ite (= step 153) 0 a!130))))
      (a!143 (ite (= step 111)
                  19
                  (ite (= step 113) 12 (ite (= step 115) 19 a!142))))
      (a!200 (ite (= step 73)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!199))
      (a!220 (ite (= step 146)
                  1
                  (ite (= step 149) 1 (ite (= step 172) 1 a!219)))))
(let ((a!44 (ite (= step 295)
                 16
                 (ite (= step 296) 16 (ite (= step 297) 17 a!43))))
      (a!132 (ite (= step 120)
                  kvm.err2
                  (ite (= step 134) kvm.err2 (ite (= step 136) 12 a!131))))
      (a!201 (ite (= step 72)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!200))
      (a!221 (ite (= step 118)
                  1
                  (ite (= step 132) 1 (ite (= step 141) 1 a!220)))))
(let ((a!45 (ite (= step 292)
                 15
                 (ite (= step 293) 19 (ite (= step 294) 16 a!44))))
      (a!202 (ite (= step 71)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!201)))
(let ((a!46 (ite (= step 289)
                 13
                 (ite (= step 290) 14 (ite (= step 291) 14 a!45))))
      (a!203 (ite (= step 38)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!202)))
(let ((a!47 (ite (= step 286)
                 12
                 (ite (= step 287) 12 (ite (= step 288) 13 a!46))))
      (a!204 (ite (= step 33)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!203)))
(let ((a!48 (ite (= step 283)
                 10
                 (ite (= step 284) 11 (ite (= step 285) 11 a!47))))
      (a!205 (ite (= step 27)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!190) 1 0)
                  a!204)))
(let ((a!49 (ite (= step 280) 8 (ite (= step 281) 8 (ite (= step 282) 9 a!48)))))
(let ((a!50 (ite (= step 277) 6 (ite (= step 278) 7 (ite (= step 279) 7 a!49)))))
(let ((a!51 (ite (= step 274) 4 (ite (= step 275) 5 (ite (= step 276) 6 a!50)))))
(let ((a!52 (ite (= step 271) 3 (ite (= step 272) 3 (ite (= step 273) 4 a!51)))))
(let ((a!53 (ite (= step 268) 1 (ite (= step 269) 2 (ite (= step 270) 2 a!52)))))
(let ((a!54 (ite (= step 265)
                 94
                 (ite (= step 266) 94 (ite (= step 267) 1 a!53)))))
(let ((a!55 (ite (= step 262)
                 91
                 (ite (= step 263) 93 (ite (= step 264) 93 a!54)))))
(let ((a!56 (ite (= step 259)
                 90
                 (ite (= step 260) 90 (ite (= step 261) 91 a!55)))))
(let ((a!57 (ite (= step 256)
                 89
                 (ite (= step 257) 89 (ite (= step 258) 90 a!56)))))
(let ((a!58 (ite (= step 253)
                 88
                 (ite (= step 254) 88 (ite (= step 255) 89 a!57)))))
(let ((a!59 (ite (= step 250)
                 87
                 (ite (= step 251) 87 (ite (= step 252) 87 a!58)))))
(let ((a!60 (ite (= step 247)
                 86
                 (ite (= step 248) 86 (ite (= step 249) 86 a!59)))))
(let ((a!61 (ite (= step 244)
                 84
                 (ite (= step 245) 85 (ite (= step 246) 88 a!60)))))
(let ((a!62 (ite (= step 241)
                 82
                 (ite (= step 242) 93 (ite (= step 243) 83 a!61)))))
(let ((a!63 (ite (= step 238)
                 80
                 (ite (= step 239) 81 (ite (= step 240) 81 a!62)))))
(let ((a!64 (ite (= step 235)
                 79
                 (ite (= step 236) 79 (ite (= step 237) 80 a!63)))))
(let ((a!65 (ite (= step 232)
                 78
                 (ite (= step 233) 78 (ite (= step 234) 79 a!64)))))
(let ((a!66 (ite (= step 229)
                 77
                 (ite (= step 230) 81 (ite (= step 231) 78 a!65)))))
(let ((a!67 (ite (= step 226)
                 75
                 (ite (= step 227) 76 (ite (= step 228) 93 a!66)))))
(let ((a!68 (ite (= step 223)
                 72
                 (ite (= step 224) 72 (ite (= step 225) 74 a!67)))))
(let ((a!69 (ite (= step 220)
                 70
                 (ite (= step 221) 71 (ite (= step 222) 71 a!68)))))
(let ((a!70 (ite (= step 217)
                 68
                 (ite (= step 218) 69 (ite (= step 219) 69 a!69)))))
(let ((a!71 (ite (= step 214)
                 67
                 (ite (= step 215) 67 (ite (= step 216) 68 a!70)))))
(let ((a!72 (ite (= step 211)
                 66
                 (ite (= step 212) 66 (ite (= step 213) 66 a!71)))))
(let ((a!73 (ite (= step 208)
                 64
                 (ite (= step 209) 64 (ite (= step 210) 65 a!72)))))
(let ((a!74 (ite (= step 205)
                 62
                 (ite (= step 206) 63 (ite (= step 207) 74 a!73)))))
(let ((a!75 (ite (= step 202)
                 60
                 (ite (= step 203) 61 (ite (= step 204) 64 a!74)))))
(let ((a!76 (ite (= step 199)
                 57
                 (ite (= step 200) 58 (ite (= step 201) 59 a!75)))))
(let ((a!77 (ite (= step 196)
                 65
                 (ite (= step 197) 56 (ite (= step 198) 65 a!76)))))
(let ((a!78 (ite (= step 193)
                 54
                 (ite (= step 194) 67 (ite (= step 195) 55 a!77)))))
(let ((a!79 (ite (= step 190)
                 69
                 (ite (= step 191) 53 (ite (= step 192) 53 a!78)))))
(let ((a!80 (ite (= step 187)
                 50
                 (ite (= step 188) 51 (ite (= step 189) 52 a!79)))))
(let ((a!81 (ite (= step 184)
                 72
                 (ite (= step 185) 49 (ite (= step 186) 71 a!80)))))
(let ((a!82 (ite (= step 181)
                 76
                 (ite (= step 182) 47 (ite (= step 183) 48 a!81)))))
(let ((a!83 (ite (= step 178)
                 45
                 (ite (= step 179) 45 (ite (= step 180) 46 a!82)))))
(let ((a!84 (ite (= step 175)
                 43
                 (ite (= step 176) 44 (ite (= step 177) 44 a!83)))))
(let ((a!85 (ite (= step 172)
                 42
                 (ite (= step 173) 43 (ite (= step 174) 43 a!84)))))
(let ((a!86 (ite (= step 169)
                 45
                 (ite (= step 170) 42 (ite (= step 171) 42 a!85)))))
(let ((a!87 (ite (= step 166)
                 45
                 (ite (= step 167) 40 (ite (= step 168) 41 a!86)))))
(let ((a!88 (ite (= step 163)
                 37
                 (ite (= step 164) 38 (ite (= step 165) 38 a!87)))))
(let ((a!89 (ite (= step 160)
                 35
                 (ite (= step 161) 35 (ite (= step 162) 36 a!88)))))
(let ((a!90 (ite (= step 157)
                 33
                 (ite (= step 158) 38 (ite (= step 159) 34 a!89)))))
(let ((a!91 (ite (= step 154)
                 31
                 (ite (= step 155) 32 (ite (= step 156) 45 a!90)))))
(let ((a!92 (ite (= step 151)
                 30
                 (ite (= step 152) 30 (ite (= step 153) 31 a!91)))))
(let ((a!93 (ite (= step 148)
                 27
                 (ite (= step 149) 27 (ite (= step 150) 30 a!92)))))
(let ((a!94 (ite (= step 145)
                 26
                 (ite (= step 146) 26 (ite (= step 147) 27 a!93)))))
(let ((a!95 (ite (= step 142)
                 25
                 (ite (= step 143) 25 (ite (= step 144) 26 a!94)))))
(let ((a!96 (ite (= step 139)
                 24
                 (ite (= step 140) 24 (ite (= step 141) 24 a!95)))))
(let ((a!97 (ite (= step 136)
                 30
                 (ite (= step 137) 22 (ite (= step 138) 30 a!96)))))
(let ((a!98 (ite (= step 133)
                 20
                 (ite (= step 134) 23 (ite (= step 135) 21 a!97)))))
(let ((a!99 (ite (= step 130)
                 19
                 (ite (= step 131) 19 (ite (= step 132) 19 a!98)))))
(let ((a!100 (ite (= step 127)
                  19
                  (ite (= step 128) 16 (ite (= step 129) 17 a!99)))))
(let ((a!101 (ite (= step 124)
                  14
                  (ite (= step 125) 20 (ite (= step 126) 15 a!100)))))
(let ((a!102 (ite (= step 121)
                  11
                  (ite (= step 122) 12 (ite (= step 123) 13 a!101)))))
(let ((a!103 (ite (= step 118)
                  9
                  (ite (= step 119) 10 (ite (= step 120) 30 a!102)))))
(let ((a!104 (ite (= step 115)
                  7
                  (ite (= step 116) 9 (ite (= step 117) 9 a!103)))))
(let ((a!105 (ite (= step 112)
                  5
                  (ite (= step 113) 9 (ite (= step 114) 6 a!104)))))
(let ((a!106 (ite (= step 109)
                  29
                  (ite (= step 110) 4 (ite (= step 111) 9 a!105)))))
(let ((a!107 (ite (= step 106)
                  31
                  (ite (= step 107) 2 (ite (= step 108) 3 a!106)))))
  (and a!30
       (= |cfg.hv_possible'| cfg.hv_possible)
       (= |cfg.pr_possible'| cfg.pr_possible)
       (= |cfg.radix'| cfg.radix)
       (= |cfg.nested'| cfg.nested)
       (= |kvm.state'| (ite (= step 330) 2 a!32))
       (= |kvm.pc'| (ite (= step 105) 1 a!107))
       a!109
       (= |kvm.refs'| (ite (= step 9) a!110 a!120))
       (= |kvm.err1'| (ite (= step 109) 5 a!132))
       (= |kvm.err2'| a!143)
       a!146
       a!149
       a!152
       a!155
       a!158
       a!161
       (= |res.async_pf_cache'| a!162)
       a!164
       a!166
       (= |res.kvm_vfio_ops'| a!168)
       a!170
       (= |res.pseries_partition_tb'| a!174)
       (= |res.kvm_pte_cache'| a!178)
       (= |res.kvm_pmd_cache'| (ite (= step 128) 1 a!181))
       (= |res.kvmppc_hv_ops'| a!183)
       a!186
       (= |res.hpte_cache'| (ite (= step 160) 1 a!189))
       (= |mon.ioctl-needs-backend'| a!205)
       (= |mon.no-escape-from-failed-init'|
          (ite (= step 336) (ite a!206 1 0) mon.no-escape-from-failed-init))
       (= |mon.failed-init-releases-all'|
          (ite (= step 336) a!208 mon.failed-init-releases-all))
       (= |mon.exit-releases-all'|
          (ite (= step 336) (ite a!209 1 0) mon.exit-releases-all))
       (= |mon.no-double-release'| a!221)
       a!227
       (= |mon.ops-deref-pinned'| (ite (= step 41) mon.ops-deref-pinned a!235))
       a!243
       (= |actors'| actors)
       (= |n0'| (ite (= step 0) (- n0 1) a!245))
       (= |n1'| (ite (= step 0) (+ n1 1) a!246))
       a!247
       (= |n3'| a!251)
       a!252
       (= |n5'| (ite (= step 24) (+ n5 1) a!253))
       (= |n6'| a!254)
       (= |n7'| a!255)
       (= |n8'| (ite (= step 80) (+ n8 1) a!256))
       (= |n9'| a!257)
       a!259
       a!261
       (= |n12'| a!264)
       a!266
       (= |n14'| a!268)
       a!270
       (= |n16'| a!272)
       (= |n17'| a!273)
       a!274
       (= |n19'| a!275)
       a!276
       a!277
       (= |n22'| a!278)
       a!279
       a!280
       (= |n25'| a!281)
       a!282
       a!283
       a!284
       (= |n29'| a!285)
       a!286
       a!287
       a!288
       a!289
       a!290
       a!293
       a!296
       a!297
       (= |n38'| (ite (= step 81) (+ n38 1) a!298))
       (= |n39'| a!299)
       a!300
       a!301
       (= |n42'| (ite (= step 82) (+ n42 1) a!302))
       (= |n43'| a!303)
       a!304
       (= |n45'| (ite (= step 1) (- n45 1) a!306))
       (= |n46'| a!307)
       (= |n47'| (ite (= step 2) (- n47 1) a!309))
       (= |n48'| (ite (= step 1) (+ n48 1) a!310))
       a!311
       a!312
       (= |n51'| (ite (= step 2) (+ n51 1) a!313))
       a!314
       a!315
       (= |n54'| a!316))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert inv)
(assert trans)
(assert (not |inv'|))
(check-sat)
(exit)
