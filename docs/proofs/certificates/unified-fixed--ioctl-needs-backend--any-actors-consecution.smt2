; kvmlc proof certificate: consecution
;   inv(s) && trans(s, s') && !inv(s') is unsat: every step keeps the invariant
; variant unified-fixed, property ioctl-needs-backend, configuration every configuration config_ok allows (with the --config choices), engine counter system, any number of actors
; No KVM_CREATE_VM or KVM_CHECK_EXTENSION reaches the arch code (kvm_arch_init_vm, kvm_vm_ioctl_check_extension) while no backend's ops are published.
; any number of userspace actors: a state counts the actors in each local state (unbounded integers, `actors` in all), docs/counter-system.md
; n0 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n1 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n2 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n3 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n4 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n5 = #{fd=1,pc=1,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n6 = #{fd=1,pc=1,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n7 = #{fd=1,pc=1,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n8 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n9 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n10 = #{fd=1,pc=2,arg=0,sel=1,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n11 = #{fd=1,pc=2,arg=0,sel=2,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n12 = #{fd=1,pc=5,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n13 = #{fd=1,pc=2,arg=1,sel=1,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n14 = #{fd=1,pc=5,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n15 = #{fd=1,pc=2,arg=2,sel=2,sel_owner=1,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n16 = #{fd=1,pc=5,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n17 = #{fd=1,pc=3,arg=0,sel=1,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n18 = #{fd=1,pc=2,arg=0,sel=1,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=0}
; n19 = #{fd=1,pc=3,arg=0,sel=2,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n20 = #{fd=1,pc=2,arg=0,sel=2,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=0}
; n21 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n22 = #{fd=1,pc=3,arg=1,sel=1,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n23 = #{fd=1,pc=2,arg=1,sel=1,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=0}
; n24 = #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n25 = #{fd=1,pc=3,arg=2,sel=2,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n26 = #{fd=1,pc=2,arg=2,sel=2,sel_owner=1,stale=1,vm=0,vm_owner=0,vm_fd=0}
; n27 = #{fd=1,pc=10,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n28 = #{fd=1,pc=13,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=0}
; n29 = #{fd=1,pc=4,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n30 = #{fd=1,pc=13,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=0}
; n31 = #{fd=1,pc=13,arg=1,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=0}
; n32 = #{fd=1,pc=4,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n33 = #{fd=1,pc=13,arg=2,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=0}
; n34 = #{fd=1,pc=4,arg=2,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=1,vm_fd=0}
; n35 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n36 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n37 = #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n38 = #{fd=1,pc=10,arg=2,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n39 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n40 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n41 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n42 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n43 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n44 = #{fd=1,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}
; n45 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n46 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n47 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n48 = #{fd=1,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=0,vm_fd=1}
; n49 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n50 = #{fd=1,pc=12,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n51 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n52 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n53 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=1,vm_fd=1}
; n54 = #{fd=0,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}
; n55 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n56 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=1,vm_fd=1}
; n57 = #{fd=0,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=2,vm_owner=0,vm_fd=1}
; n58 = #{fd=0,pc=12,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; The invariant is the conjunction of 16 lemmas, below. The file asserts the negation of the obligation:
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
(declare-fun res.kvm_vcpu_cache () Int)
(declare-fun res.cpu_kick_mask () Int)
(declare-fun res.async_pf_cache () Int)
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
(declare-fun n55 () Int)
(declare-fun n56 () Int)
(declare-fun n57 () Int)
(declare-fun n58 () Int)
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
(declare-fun |res.kvm_vcpu_cache'| () Int)
(declare-fun |res.cpu_kick_mask'| () Int)
(declare-fun |res.async_pf_cache'| () Int)
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
(declare-fun |n55'| () Int)
(declare-fun |n56'| () Int)
(declare-fun |n57'| () Int)
(declare-fun |n58'| () Int)
(declare-fun step () Int)
; lemma1: structure: the counts are >= 0 and sum to actors >= 0; config_ok
(define-fun lemma1 ( (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n41 Int) (n42 Int) (n43 Int) (n44 Int) (n45 Int) (n46 Int) (n47 Int) (n48 Int) (n49 Int) (n50 Int) (n51 Int) (n52 Int) (n53 Int) (n54 Int) (n55 Int) (n56 Int) (n57 Int) (n58 Int) (actors Int) (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int)) Bool
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
     (<= 0 n55)
     (<= 0 n56)
     (<= 0 n57)
     (<= 0 n58)
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
           n54
           n55
           n56
           n57
           n58)
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
; lemma2: #actors(arg=2, vm_owner=kvm) + #actors(sel=pr, stale=0) + #actors(arg=0, vm=pr) + #actors(at idle, vm=pr) + #actors(vm=pr, vm_owner=none) + #actors(sel=pr, vm_owner=kvm) + #actors(at close:returning, vm=pr) + #actors(at check_extension:returning, vm=pr) + #actors(fd=kvm, at open:returning, vm=pr) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm && !held(kvmppc_hv_ops)
(define-fun lemma2 ( (n11 Int) (n15 Int) (n19 Int) (n25 Int) (n30 Int) (n33 Int) (n34 Int) (n36 Int) (n38 Int) (n40 Int) (n45 Int) (n46 Int) (n48 Int) (n51 Int) (n56 Int) (n57 Int) (kvm.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvm_dev 1)
                (= res.kvmppc_hv_ops 0)
                (= res.kvmppc_pr_ops 1)
                (= mon.ioctl-needs-backend 0))))
  (or (= (+ 0 n11 n15 n19 n25 n30 n33 n34 n36 n38 n40 n45 n46 n48 n51 n56 n57)
         0)
      (and (= kvm.state 2) a!1)
      (and (= kvm.state 3) a!1))))
; lemma3: #actors(at create_vm:kvm_create_vm) + #actors(at create_vm:put_dev) + #actors(at create_vm:returning, vm_fd=none) + #actors(fd=kvm, at open:returning, vm_fd=none) + #actors(fd=kvm, at idle, vm_fd=none) + #actors(at check_extension:returning, vm_fd=none) + #actors(at create_vm:put_owner, arg=0) + #actors(fd=kvm, at close_vm:returning) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm
(define-fun lemma3 ( (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n12 Int) (n14 Int) (n16 Int) (n21 Int) (n24 Int) (n27 Int) (n29 Int) (n50 Int) (kvm.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvm_dev 1)
                (or (and (= res.kvmppc_hv_ops 0)
                         (= res.kvmppc_pr_ops 1)
                         (= mon.ioctl-needs-backend 0))
                    (and (= res.kvmppc_hv_ops 1)
                         (= res.kvmppc_pr_ops 0)
                         (= mon.ioctl-needs-backend 0))))))
  (or (= (+ 0 n2 n3 n5 n6 n7 n8 n12 n14 n16 n21 n24 n27 n29 n50) 0)
      (and (= kvm.state 2) a!1)
      (and (= kvm.state 3) a!1))))
; lemma4: #actors(fd=kvm, vm=hv) + #actors(sel=hv, stale=0) + #actors(sel=hv, vm_owner=kvm) + #actors(at check_extension:ops_read, vm_fd=none) + #actors(arg=1, vm_owner=kvm) + #actors(at close:returning, vm=hv) + #actors(at idle, vm=hv) + #actors(vm=hv, vm_owner=none) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm && held(kvmppc_hv_ops) by kvm
(define-fun lemma4 ( (n9 Int) (n10 Int) (n13 Int) (n17 Int) (n22 Int) (n28 Int) (n31 Int) (n32 Int) (n35 Int) (n37 Int) (n39 Int) (n41 Int) (n42 Int) (n43 Int) (n44 Int) (n49 Int) (n53 Int) (n54 Int) (kvm.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvm_dev 1)
                (= res.kvmppc_hv_ops 1)
                (= res.kvmppc_pr_ops 0)
                (= mon.ioctl-needs-backend 0))))
  (or (= (+ 0
            n9
            n10
            n13
            n17
            n22
            n28
            n31
            n32
            n35
            n37
            n39
            n41
            n42
            n43
            n44
            n49
            n53
            n54)
         0)
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
; lemma7: kvm.state == FAILED -> kvm.refs == 0 && #actors(fd=kvm) == 0 && #actors(vm=none) == #actors(fd=none)
(define-fun lemma7 ( (kvm.state Int) (kvm.refs Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n42 Int) (n43 Int) (n44 Int) (n46 Int) (n47 Int) (n48 Int) (n50 Int) (n53 Int) (n56 Int) (n0 Int) (n1 Int) (n4 Int) (n58 Int) (n41 Int) (n45 Int) (n49 Int) (n51 Int) (n52 Int) (n54 Int) (n55 Int) (n57 Int)) Bool
  (let ((a!1 (or (not (= kvm.state 5))
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
                     n50
                     n58)
                  (+ 0 (+ n0 n1) n4 n41 n45 n49 n51 n52 n54 n55 n57 n58)))))
  (and (or (not (= kvm.state 5)) (= (+ 0 kvm.refs) 0))
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
                 n37
                 n38
                 n39
                 n40
                 n42
                 n43
                 n44
                 n46
                 n47
                 n48
                 n50
                 n53
                 n56)
              0))
       a!1)))
; lemma8: kvm.state == GOING -> #actors(fd=kvm) == 0 && #actors(vm=none) == #actors(fd=none) && #actors(vm_owner=none) == #actors(fd=none) && #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma8 ( (kvm.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n42 Int) (n43 Int) (n44 Int) (n46 Int) (n47 Int) (n48 Int) (n50 Int) (n53 Int) (n56 Int) (n0 Int) (n1 Int) (n4 Int) (n58 Int) (n41 Int) (n45 Int) (n49 Int) (n51 Int) (n52 Int) (n54 Int) (n55 Int) (n57 Int)) Bool
  (let ((a!1 (+ (+ n0 n1) n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16))
      (a!3 (+ 0 (+ n0 n1) n4 n41 n45 n49 n51 n52 n54 n55 n57 n58)))
(let ((a!2 (+ a!1 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27)))
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
                 n37
                 n38
                 n39
                 n40
                 n42
                 n43
                 n44
                 n46
                 n47
                 n48
                 n50
                 n53
                 n56)
              0))
       (or (not (= kvm.state 4)) (= (+ 0 a!2 n29 n32 n34 n50 n58) a!3))
       (or (not (= kvm.state 4))
           (= (+ 0 a!1 n18 n20 n21 n23 n24 n26 n27 n44 n48 n50 n54 n57 n58) a!3))
       (or (not (= kvm.state 4))
           (= (+ 0 a!2 n28 n29 n30 n31 n32 n33 n34 n50 n58) a!3))))))
; lemma9: kvm.state == RETURNING -> kvm.refs == 0 && #actors(vm=none) == #actors(fd=none)
(define-fun lemma9 ( (kvm.state Int) (kvm.refs Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n32 Int) (n34 Int) (n50 Int) (n58 Int) (n41 Int) (n45 Int) (n49 Int) (n51 Int) (n52 Int) (n54 Int) (n55 Int) (n57 Int)) Bool
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
                     n50
                     n58)
                  (+ 0 (+ n0 n1) n4 n41 n45 n49 n51 n52 n54 n55 n57 n58)))))
  (and (or (not (= kvm.state 7)) (= (+ 0 kvm.refs) 0)) a!1)))
; lemma10: kvm.state == UNLOADED -> kvm.refs == 0 && #actors(vm=none) == #actors(fd=none) && #actors(vm_owner=none) == #actors(fd=none) && #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma10 ( (kvm.state Int) (kvm.refs Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n32 Int) (n34 Int) (n50 Int) (n58 Int) (n41 Int) (n45 Int) (n49 Int) (n51 Int) (n52 Int) (n54 Int) (n55 Int) (n57 Int) (n44 Int) (n48 Int) (n28 Int) (n30 Int) (n31 Int) (n33 Int)) Bool
  (let ((a!1 (+ (+ n0 n1) n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16))
      (a!3 (+ 0 (+ n0 n1) n4 n41 n45 n49 n51 n52 n54 n55 n57 n58)))
(let ((a!2 (+ a!1 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27)))
  (and (or (not (= kvm.state 0)) (= (+ 0 kvm.refs) 0))
       (or (not (= kvm.state 0)) (= (+ 0 a!2 n29 n32 n34 n50 n58) a!3))
       (or (not (= kvm.state 0))
           (= (+ 0 a!1 n18 n20 n21 n23 n24 n26 n27 n44 n48 n50 n54 n57 n58) a!3))
       (or (not (= kvm.state 0))
           (= (+ 0 a!2 n28 n29 n30 n31 n32 n33 n34 n50 n58) a!3))))))
; lemma11: never: #actors(stale=1) + #actors(fd=none, at open:returning, vm_fd=kvm) + #actors(at check_extension:ops_read, vm=pr) == 0
(define-fun lemma11 ( (n18 Int) (n20 Int) (n23 Int) (n26 Int) (n47 Int) (n52 Int) (n55 Int)) Bool
  (and (= n18 0) (= n20 0) (= n23 0) (= n26 0) (= n47 0) (= n52 0) (= n55 0)))
; lemma12: no-escape-from-failed-init holds
(define-fun lemma12 ( (mon.no-escape-from-failed-init Int)) Bool
  (not (= mon.no-escape-from-failed-init 1)))
; lemma13: ops-deref-pinned holds
(define-fun lemma13 ( (mon.ops-deref-pinned Int)) Bool
  (not (= mon.ops-deref-pinned 1)))
; lemma14: ops-deref-valid holds
(define-fun lemma14 ( (mon.ops-deref-valid Int)) Bool
  (not (= mon.ops-deref-valid 1)))
; lemma15: refcount-balanced holds
(define-fun lemma15 ( (kvm.state Int) (kvm.refs Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (n34 Int) (n35 Int) (n36 Int) (n37 Int) (n38 Int) (n39 Int) (n40 Int) (n41 Int) (n42 Int) (n43 Int) (n44 Int) (n45 Int) (n46 Int) (n47 Int) (n48 Int) (n49 Int) (n50 Int) (n51 Int) (n52 Int) (n53 Int) (n54 Int) (n55 Int) (n56 Int) (n57 Int)) Bool
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
                           0
                           n6
                           0
                           n7
                           0
                           n8
                           0
                           n9
                           0
                           n10
                           0
                           n11
                           0
                           n12
                           0
                           n13
                           0
                           n14
                           0
                           n15
                           0
                           n16
                           0
                           n17
                           n17
                           0
                           n18
                           0
                           n19
                           n19
                           0
                           n20
                           0
                           n21
                           0
                           n22
                           n22
                           0
                           n23
                           0
                           n24
                           0
                           n25
                           n25
                           0
                           n26
                           0
                           n27
                           0
                           n28
                           n28
                           0
                           n29
                           n29
                           0
                           n30
                           n30
                           0
                           n31
                           n31
                           0
                           n32
                           n32
                           0
                           n33
                           n33
                           0
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
                           n46
                           n46
                           0
                           n47
                           n47
                           n47
                           0
                           n48
                           n48
                           0
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
                           0
                           n53
                           n53
                           n53
                           0
                           n54
                           0
                           n55
                           n55
                           0
                           n56
                           n56
                           n56
                           0
                           n57
                           0))))))
  (not a!1)))
; lemma16: the globals are one of 1019 states
(define-fun lemma16 ( (cfg.hv_possible Int) (cfg.pr_possible Int) (cfg.radix Int) (cfg.nested Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm.err2 Int) (res.irqfd_cleanup_wq Int) (res.kvm_vcpu_cache Int) (res.cpu_kick_mask Int) (res.kvm_debugfs Int) (res.kvm_vfio_ops Int) (res.kvm_dev Int) (res.pseries_partition_tb Int) (res.kvm_pte_cache Int) (res.kvm_pmd_cache Int) (res.kvmppc_hv_ops Int) (res.kvmppc_pr_ops Int) (res.hpte_cache Int) (mon.ioctl-needs-backend Int)) Bool
  (let ((a!1 (and (= res.kvmppc_pr_ops 0)
                (= res.hpte_cache 0)
                (= mon.ioctl-needs-backend 0)))
      (a!15 (and (= res.kvm_debugfs 0)
                 (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 0)
                 (= res.kvm_pte_cache 0)
                 (= res.kvm_pmd_cache 0)
                 (= res.kvmppc_hv_ops 0)
                 (= res.kvmppc_pr_ops 0)
                 (and (= res.hpte_cache 1) (= mon.ioctl-needs-backend 0))))
      (a!20 (and (= res.pseries_partition_tb 0)
                 (= res.kvm_pte_cache 0)
                 (= res.kvm_pmd_cache 0)
                 (= res.kvmppc_hv_ops 0)
                 (= res.kvmppc_pr_ops 1)
                 (and (= res.hpte_cache 1) (= mon.ioctl-needs-backend 0))))
      (a!51 (and (= res.kvm_debugfs 0)
                 (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 0)
                 (= res.kvm_pte_cache 0)
                 (= res.kvm_pmd_cache 0)
                 (= res.kvmppc_hv_ops 0)
                 (= res.kvmppc_pr_ops 0)
                 (= res.hpte_cache (- 1))
                 (= mon.ioctl-needs-backend 0))))
(let ((a!2 (and (= res.kvm_pte_cache 0)
                (and (= res.kvm_pmd_cache 0) (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!16 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!15))))
      (a!21 (and (= res.kvm_debugfs 0)
                 (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!20))))
      (a!31 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.kvm_debugfs 1)
                 (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!20))))
      (a!33 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.kvm_debugfs 1)
                 (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!20))))
      (a!36 (and (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.kvm_debugfs 1)
                 (= res.kvm_vfio_ops 1)
                 (= res.kvm_dev 1)
                 a!20))
      (a!48 (and (= res.kvm_vcpu_cache (- 1))
                 (or (and (= res.cpu_kick_mask (- 1)) a!15)
                     (and (= res.cpu_kick_mask 0) a!15))))
      (a!52 (and (= res.kvm_vcpu_cache (- 1))
                 (or (and (= res.cpu_kick_mask (- 1)) a!51)
                     (and (= res.cpu_kick_mask 0) a!51))))
      (a!59 (and (= res.kvm_debugfs 0)
                 (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!20))))
      (a!62 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache (- 1))
                 (and (= res.cpu_kick_mask (- 1)) a!51)))
      (a!91 (and (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (= res.kvm_debugfs 0)
                 (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 1)
                 (= res.kvm_pte_cache 1)
                 (and (= res.kvm_pmd_cache 0) (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!92 (and (= res.kvm_pte_cache 1)
                 (and (= res.kvm_pmd_cache 1) (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!95 (and (= res.pseries_partition_tb 1)
                 (= res.kvm_pte_cache 1)
                 (and (= res.kvm_pmd_cache 1) (and (= res.kvmppc_hv_ops 1) a!1))))
      (a!99 (or (and (= res.kvm_pmd_cache 0) (and (= res.kvmppc_hv_ops 0) a!1))
                (and (= res.kvm_pmd_cache 1) (and (= res.kvmppc_hv_ops 0) a!1))))
      (a!127 (and (= res.kvm_debugfs 0)
                  (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 0)
                  (and (= res.kvm_pmd_cache 1)
                       (and (= res.kvmppc_hv_ops 1) a!1))))
      (a!131 (and (= res.kvm_debugfs 0)
                  (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (= res.pseries_partition_tb 1)
                  (= res.kvm_pte_cache 0)
                  (= res.kvm_pmd_cache 0)
                  (and (= res.kvmppc_hv_ops 1) a!1))))
(let ((a!3 (and (= res.kvm_debugfs 0)
                (= res.kvm_vfio_ops 0)
                (= res.kvm_dev 0)
                (and (= res.pseries_partition_tb 0) a!2)))
      (a!17 (and (= kvm.pc 35) (and (= kvm.err 0) (= kvm.err1 0) a!16)))
      (a!19 (and (= kvm.pc 37) (and (= kvm.err 0) (= kvm.err1 0) a!16)))
      (a!22 (and (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!21))))
      (a!25 (and (= kvm.pc 48)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache 1)
                 (and (= res.cpu_kick_mask 0) a!21)))
      (a!26 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (and (= res.kvm_vcpu_cache 1)
                      (and (= res.cpu_kick_mask 1) a!21))))
      (a!27 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (and (= res.kvm_vcpu_cache 1)
                      (and (= res.cpu_kick_mask 1) a!21))))
      (a!32 (and (= kvm.pc 54) (= kvm.err 0) (= kvm.err1 0) a!31))
      (a!34 (and (= kvm.pc 55) (and (= kvm.err 0) (= kvm.err1 0) a!33)))
      (a!35 (and (= kvm.pc 56) (and (= kvm.err 0) (= kvm.err1 0) a!33)))
      (a!37 (and (= kvm.pc 58) (and (= kvm.err 0) (= kvm.err1 12) a!33)))
      (a!38 (and (= kvm.pc 59) (and (= kvm.err 0) (= kvm.err1 12) a!33)))
      (a!39 (and (= kvm.pc 60) (= kvm.err 0) (= kvm.err1 12) a!31))
      (a!42 (and (= kvm.pc 63)
                 (= kvm.err 0)
                 (= kvm.err1 12)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache 1)
                 (or (and (= res.cpu_kick_mask 0) a!21)
                     (and (= res.cpu_kick_mask 1) a!21))))
      (a!43 (or (and (= res.cpu_kick_mask (- 1)) a!21)
                (and (= res.cpu_kick_mask 0) a!21)))
      (a!49 (or a!48
                (and (= res.kvm_vcpu_cache 0)
                     (and (= res.cpu_kick_mask 0) a!15))))
      (a!53 (or a!52
                (and (= res.kvm_vcpu_cache 0)
                     (and (= res.cpu_kick_mask 0) a!51))))
      (a!58 (and (= kvm.state 3) (= kvm.pc 86) (and (= kvm.err 0) a!36)))
      (a!60 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 1)
                 (and (= res.kvm_vcpu_cache (- 1))
                      (and (= res.cpu_kick_mask (- 1)) a!21))))
      (a!61 (and (= kvm.err 0)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (and (= res.kvm_vcpu_cache (- 1))
                      (and (= res.cpu_kick_mask (- 1)) a!21))))
      (a!81 (and (= res.kvm_debugfs 0)
                 (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 1)
                 a!2))
      (a!93 (and (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (= res.kvm_debugfs 0)
                 (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 1)
                 a!92))
      (a!96 (and (= res.kvm_debugfs 0)
                 (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!95))))
      (a!98 (and (= kvm.err 0)
                 (= kvm.err1 12)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache 0)
                 (= res.cpu_kick_mask 0)
                 (= res.kvm_debugfs 0)
                 (= res.kvm_vfio_ops 0)
                 (= res.kvm_dev 0)
                 (= res.pseries_partition_tb 0)
                 (or a!2 a!92)))
      (a!102 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache 0)
                  (= res.cpu_kick_mask 0)
                  (= res.kvm_debugfs 0)
                  (= res.kvm_vfio_ops 0)
                  (= res.kvm_dev 0)
                  (or (and (= res.pseries_partition_tb 0) a!2) a!95)))
      (a!112 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (= res.kvm_debugfs 1)
                  (and (= res.kvm_vfio_ops 0) (and (= res.kvm_dev 0) a!95))))
      (a!113 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (= res.kvm_debugfs 1)
                  (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!95))))
      (a!116 (and (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (= res.kvm_vcpu_cache 1)
                  (= res.cpu_kick_mask 1)
                  (= res.kvm_debugfs 1)
                  (= res.kvm_vfio_ops 1)
                  (= res.kvm_dev 1)
                  a!95))
      (a!128 (and (= res.kvm_vcpu_cache (- 1))
                  (or (and (= res.cpu_kick_mask (- 1)) a!127)
                      (and (= res.cpu_kick_mask 0) a!127))))
      (a!132 (and (= res.kvm_vcpu_cache (- 1))
                  (or (and (= res.cpu_kick_mask (- 1)) a!131)
                      (and (= res.cpu_kick_mask 0) a!131))))
      (a!147 (and (= res.kvm_debugfs 0)
                  (and (= res.kvm_vfio_ops 1) (and (= res.kvm_dev 0) a!95))))
      (a!151 (and (= kvm.pc 19)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache (- 1))
                  (and (= res.cpu_kick_mask (- 1)) a!127)))
      (a!152 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache (- 1))
                  (and (= res.cpu_kick_mask (- 1)) a!131))))
(let ((a!4 (and (= res.irqfd_cleanup_wq 0)
                (and (= res.kvm_vcpu_cache 0) (and (= res.cpu_kick_mask 0) a!3))))
      (a!28 (and (= kvm.pc 51) (and (= kvm.err 0) (= kvm.err1 0) a!27)))
      (a!29 (and (= kvm.pc 52) (and (= kvm.err 0) (= kvm.err1 0) a!27)))
      (a!30 (and (= kvm.pc 53) (and (= kvm.err 0) (= kvm.err1 0) a!27)))
      (a!40 (and (= kvm.pc 61) (and (= kvm.err 0) (= kvm.err1 12) a!27)))
      (a!41 (and (= kvm.pc 62) (and (= kvm.err 0) (= kvm.err1 12) a!27)))
      (a!44 (and (= kvm.pc 64)
                 (= kvm.err 0)
                 (= kvm.err1 12)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (= res.kvm_vcpu_cache 1)
                 a!43))
      (a!45 (or (and (= res.kvm_vcpu_cache (- 1)) a!43)
                (and (= res.kvm_vcpu_cache 0)
                     (and (= res.cpu_kick_mask 0) a!21))))
      (a!54 (and (= kvm.err 12)
                 (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 a!53))
      (a!63 (or (and (= kvm.pc 0) (and (= kvm.err 0) a!36))
                (and (= kvm.pc 1) (and (= kvm.err 0) (= kvm.err1 0) a!33))
                (and (= kvm.pc 2) (and (= kvm.err 0) (= kvm.err1 0) a!33))
                (and (= kvm.pc 3)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 1)
                     (= res.kvm_vcpu_cache 1)
                     (= res.cpu_kick_mask 1)
                     a!59)
                (and (= kvm.pc 4)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 1)
                     (= res.kvm_vcpu_cache 1)
                     (and (= res.cpu_kick_mask (- 1)) a!59))
                (and (= kvm.pc 5)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 1)
                     (= res.kvm_vcpu_cache (- 1))
                     (and (= res.cpu_kick_mask (- 1)) a!59))
                (and (= kvm.pc 6) a!60)
                (and (= kvm.pc 7) a!60)
                (and (= kvm.pc 8) a!61)
                (and (= kvm.pc 9) a!61)
                (and (= kvm.pc 10) a!61)
                (and (= kvm.pc 11)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 0)
                     (= res.irqfd_cleanup_wq 0)
                     (= res.kvm_vcpu_cache (- 1))
                     (and (= res.cpu_kick_mask (- 1)) a!15))
                (and (= kvm.pc 12) a!62)
                (and (= kvm.pc 13) a!62)
                (and (= kvm.pc 14) a!62)))
      (a!82 (and (= res.irqfd_cleanup_wq 0)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!81))))
      (a!97 (and (= kvm.err1 0)
                 (= kvm.err2 0)
                 (= res.irqfd_cleanup_wq 0)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!96))))
      (a!103 (and (= kvm.pc 32) (and (= kvm.err 0) (and (= kvm.err1 0) a!102))))
      (a!105 (and (= kvm.pc 46) (and (= kvm.err 0) (and (= kvm.err1 0) a!102))))
      (a!106 (and (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache 1)
                  (and (= res.cpu_kick_mask 0) a!96)))
      (a!107 (and (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (and (= res.kvm_vcpu_cache 1)
                       (and (= res.cpu_kick_mask 1) a!96))))
      (a!108 (and (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (and (= res.kvm_vcpu_cache 1)
                       (and (= res.cpu_kick_mask 1) a!96))))
      (a!114 (and (= kvm.pc 55) (and (= kvm.err 0) (and (= kvm.err1 0) a!113))))
      (a!115 (and (= kvm.pc 56) (and (= kvm.err 0) (and (= kvm.err1 0) a!113))))
      (a!117 (and (= kvm.pc 58) (and (= kvm.err 0) (and (= kvm.err1 12) a!113))))
      (a!118 (and (= kvm.pc 59) (and (= kvm.err 0) (and (= kvm.err1 12) a!113))))
      (a!121 (and (= kvm.err1 12)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache 1)
                  (or (and (= res.cpu_kick_mask 0) a!96)
                      (and (= res.cpu_kick_mask 1) a!96))))
      (a!122 (or (and (= res.cpu_kick_mask (- 1)) a!96)
                 (and (= res.cpu_kick_mask 0) a!96)))
      (a!129 (or a!128
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!127))))
      (a!133 (or a!132
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!131))))
      (a!135 (and (= res.kvm_vcpu_cache (- 1))
                  (or (and (= res.cpu_kick_mask (- 1)) a!81)
                      (and (= res.cpu_kick_mask 0) a!81))))
      (a!138 (and (= res.kvm_vcpu_cache (- 1))
                  (or (and (= res.cpu_kick_mask (- 1)) a!3)
                      (and (= res.cpu_kick_mask 0) a!3))))
      (a!144 (and (= kvm.state 3) (= kvm.pc 86) (and (= kvm.err 0) a!116)))
      (a!145 (and (= kvm.pc 1) (and (= kvm.err 0) (and (= kvm.err1 0) a!113))))
      (a!146 (and (= kvm.pc 2) (and (= kvm.err 0) (and (= kvm.err1 0) a!113))))
      (a!148 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 1)
                  (and (= res.kvm_vcpu_cache (- 1))
                       (and (= res.cpu_kick_mask (- 1)) a!96))))
      (a!149 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (and (= res.kvm_vcpu_cache (- 1))
                       (and (= res.cpu_kick_mask (- 1)) a!96))))
      (a!153 (and (= kvm.pc 22)
                  (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache (- 1))
                  (and (= res.cpu_kick_mask (- 1)) a!81)))
      (a!154 (and (= kvm.err 0)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache (- 1))
                  (and (= res.cpu_kick_mask (- 1)) a!3)))
      (a!165 (and (= kvm.pc 33) (and (= kvm.err 0) (and (= kvm.err1 0) a!102))))
      (a!166 (and (= kvm.pc 41) (and (= kvm.err 5) (and (= kvm.err1 0) a!102))))
      (a!167 (and (= kvm.pc 46) (and (= kvm.err 5) (and (= kvm.err1 0) a!102))))
      (a!171 (and (= kvm.pc 55) (and (= kvm.err 5) (and (= kvm.err1 0) a!113))))
      (a!172 (and (= kvm.pc 56) (and (= kvm.err 5) (and (= kvm.err1 0) a!113))))
      (a!173 (and (= kvm.pc 58) (and (= kvm.err 5) (and (= kvm.err1 12) a!113))))
      (a!174 (and (= kvm.pc 59) (and (= kvm.err 5) (and (= kvm.err1 12) a!113)))))
(let ((a!5 (and (= kvm.err 0) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!6 (and (= kvm.err 19) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!13 (and (= kvm.err 12) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!18 (and (= kvm.pc 36)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (or a!16 (and (= kvm.err2 12) a!4))))
      (a!23 (or a!22 (and (= kvm.err1 12) (and (= kvm.err2 0) a!4))))
      (a!46 (or a!36
                (and (= kvm.err1 12)
                     (and (= kvm.err2 0) (= res.irqfd_cleanup_wq 0) a!45))))
      (a!64 (and (= kvm.state 4)
                 (or a!63 (and (= kvm.pc 25) a!62) (and (= kvm.pc 26) a!62))))
      (a!69 (and (= kvm.err 0) (= kvm.err1 5) (and (= kvm.err2 0) a!4)))
      (a!70 (and (= kvm.err 5) (and (= kvm.err1 0) (and (= kvm.err2 0) a!4))))
      (a!76 (and (= kvm.pc 31)
                 (= kvm.err 0)
                 (and (= kvm.err1 19) (and (= kvm.err2 0) a!4))))
      (a!83 (and (= kvm.err 0) (= kvm.err1 0) (and (= kvm.err2 0) a!82)))
      (a!85 (and (= kvm.pc 10)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (or (and (= kvm.err2 12) a!4) (and (= kvm.err2 19) a!4))))
      (a!86 (or (and (= kvm.err1 12) (and (= kvm.err2 0) a!4))
                (and (= kvm.err1 19) (and (= kvm.err2 0) a!4))))
      (a!90 (and (= kvm.pc 10)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (or (and (= kvm.err2 0) a!82) (and (= kvm.err2 12) a!4))))
      (a!94 (and (= kvm.pc 20)
                 (= kvm.err 0)
                 (= kvm.err1 0)
                 (or a!93 (and (= kvm.err2 12) a!82))))
      (a!100 (and (= kvm.pc 28)
                  (= kvm.err 0)
                  (and (= kvm.err1 12) (and (= kvm.err2 0) a!4))))
      (a!101 (or a!97 (and (= kvm.err1 12) (and (= kvm.err2 0) a!4))))
      (a!109 (and (= kvm.pc 51) (and (= kvm.err 0) (and (= kvm.err1 0) a!108))))
      (a!110 (and (= kvm.pc 52) (and (= kvm.err 0) (and (= kvm.err1 0) a!108))))
      (a!111 (and (= kvm.pc 53) (and (= kvm.err 0) (and (= kvm.err1 0) a!108))))
      (a!119 (and (= kvm.pc 61) (and (= kvm.err 0) (and (= kvm.err1 12) a!108))))
      (a!120 (and (= kvm.pc 62) (and (= kvm.err 0) (and (= kvm.err1 12) a!108))))
      (a!123 (and (= kvm.err1 12)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  (= res.kvm_vcpu_cache 1)
                  a!122))
      (a!124 (or (and (= res.kvm_vcpu_cache (- 1)) a!122)
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!96))))
      (a!136 (or a!135
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!81))))
      (a!139 (or a!138
                 (and (= res.kvm_vcpu_cache 0)
                      (and (= res.cpu_kick_mask 0) a!3))))
      (a!150 (or (and (= kvm.pc 0) (and (= kvm.err 0) a!116))
                 a!145
                 a!146
                 (and (= kvm.pc 3)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 1)
                      (= res.kvm_vcpu_cache 1)
                      (= res.cpu_kick_mask 1)
                      a!147)
                 (and (= kvm.pc 4)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 1)
                      (= res.kvm_vcpu_cache 1)
                      (and (= res.cpu_kick_mask (- 1)) a!147))
                 (and (= kvm.pc 5)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 1)
                      (= res.kvm_vcpu_cache (- 1))
                      (and (= res.cpu_kick_mask (- 1)) a!147))
                 (and (= kvm.pc 6) a!148)
                 (and (= kvm.pc 7) a!148)
                 (and (= kvm.pc 8) a!149)
                 (and (= kvm.pc 9) a!149)))
      (a!160 (and (= kvm.state 4)
                  (or a!63
                      (and (= kvm.pc 15) a!62)
                      (and (= kvm.pc 16) a!62)
                      (and (= kvm.pc 17) a!62)
                      (and (= kvm.pc 21) a!62)
                      (and (= kvm.pc 22) a!62)
                      (and (= kvm.pc 23) a!62)
                      (and (= kvm.pc 24) a!62)
                      (and (= kvm.pc 25) a!62)
                      (and (= kvm.pc 26) a!62))))
      (a!168 (and (= kvm.pc 51) (and (= kvm.err 5) (and (= kvm.err1 0) a!108))))
      (a!169 (and (= kvm.pc 52) (and (= kvm.err 5) (and (= kvm.err1 0) a!108))))
      (a!170 (and (= kvm.pc 53) (and (= kvm.err 5) (and (= kvm.err1 0) a!108))))
      (a!175 (and (= kvm.pc 61) (and (= kvm.err 5) (and (= kvm.err1 12) a!108))))
      (a!176 (and (= kvm.pc 62) (and (= kvm.err 5) (and (= kvm.err1 12) a!108)))))
(let ((a!7 (and (= kvm.state 0)
                (or (and (= kvm.pc 0) a!5) (and (= kvm.pc 86) a!6))))
      (a!8 (or (and (= kvm.pc 0) a!5) (and (= kvm.pc 32) a!5)))
      (a!14 (and (= kvm.state 0)
                 (or (and (= kvm.pc 0) a!5)
                     (and (= kvm.pc 26) a!5)
                     (and (= kvm.pc 86) (or a!13 a!6)))))
      (a!24 (and (= kvm.pc 46) (or (and (= kvm.err 0) a!22) a!13)))
      (a!47 (or (and (= kvm.err 12)
                     (= kvm.err1 0)
                     (and (= kvm.err2 0) (= res.irqfd_cleanup_wq 0) a!45))
                a!6))
      (a!50 (and (= kvm.pc 70)
                 (or (and (= kvm.err 12)
                          (= kvm.err1 0)
                          (= kvm.err2 0)
                          (= res.irqfd_cleanup_wq 0)
                          a!49)
                     a!6)))
      (a!55 (and (= kvm.pc 85) (or (and (= kvm.err 0) a!36) a!54 a!6)))
      (a!56 (and (= kvm.pc 86) (or (and (= kvm.err 0) a!36) a!54 a!6)))
      (a!65 (and (= kvm.state 5) (= kvm.pc 86) (or a!54 a!6)))
      (a!66 (and (= kvm.state 7)
                 (or (and (= kvm.pc 26) a!5) (and (= kvm.pc 86) (or a!13 a!6)))))
      (a!75 (or (and (= kvm.pc 0) a!5)
                (and (= kvm.pc 1) a!5)
                (and (= kvm.pc 2) a!5)))
      (a!125 (or a!116
                 (and (= kvm.err1 12)
                      (and (= kvm.err2 0) (= res.irqfd_cleanup_wq 0) a!124))))
      (a!126 (or (and (= kvm.err 12)
                      (= kvm.err1 0)
                      (and (= kvm.err2 0) (= res.irqfd_cleanup_wq 0) a!124))
                 a!6))
      (a!130 (and (= kvm.pc 78)
                  (or (and (= kvm.err 12)
                           (= kvm.err1 0)
                           (= kvm.err2 0)
                           (= res.irqfd_cleanup_wq 0)
                           a!129)
                      a!6)))
      (a!134 (or (and (= kvm.err 12)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 0)
                      a!133)
                 a!6))
      (a!137 (and (= kvm.pc 81)
                  (or (and (= kvm.err 12)
                           (= kvm.err1 0)
                           (= kvm.err2 0)
                           (= res.irqfd_cleanup_wq 0)
                           a!136)
                      a!6)))
      (a!140 (and (= kvm.err 12)
                  (= kvm.err1 0)
                  (= kvm.err2 0)
                  (= res.irqfd_cleanup_wq 0)
                  a!139))
      (a!155 (and (= kvm.state 4)
                  (or a!150
                      (and (= kvm.pc 14) a!149)
                      (and (= kvm.pc 15) a!149)
                      (and (= kvm.pc 16) a!149)
                      (and (= kvm.pc 17) a!149)
                      (and (= kvm.pc 18) a!149)
                      a!151
                      (and (= kvm.pc 20) a!152)
                      (and (= kvm.pc 21) a!152)
                      a!153
                      (and (= kvm.pc 23) a!154)
                      (and (= kvm.pc 24) a!154)
                      (and (= kvm.pc 25) a!154)
                      (and (= kvm.pc 26) a!154))))
      (a!178 (and (= kvm.state 4)
                  (or a!150
                      (and (= kvm.pc 10) a!149)
                      (and (= kvm.pc 11) a!149)
                      (and (= kvm.pc 12) a!149)
                      (and (= kvm.pc 13) a!149)
                      (and (= kvm.pc 14) a!149)
                      (and (= kvm.pc 15) a!149)
                      (and (= kvm.pc 16) a!149)
                      (and (= kvm.pc 17) a!149)
                      (and (= kvm.pc 18) a!149)
                      a!151
                      (and (= kvm.pc 20) a!152)
                      (and (= kvm.pc 21) a!152)
                      a!153
                      (and (= kvm.pc 23) a!154)
                      (and (= kvm.pc 24) a!154)
                      (and (= kvm.pc 25) a!154)
                      (and (= kvm.pc 26) a!154)))))
(let ((a!9 (and (= kvm.state 2)
                (or a!8
                    (and (= kvm.pc 46) a!5)
                    (and (= kvm.pc 68) a!6)
                    (and (= kvm.pc 73) a!6)
                    (and (= kvm.pc 85) a!6)
                    (and (= kvm.pc 86) a!6))))
      (a!57 (or (or a!8 (and (= kvm.pc 33) a!5))
                (and (= kvm.pc 34) a!5)
                a!17
                a!18
                a!19
                (and (= kvm.pc 38) (and (= kvm.err 0) a!22))
                (and (= kvm.pc 39) (= kvm.err 0) a!23)
                (and (= kvm.pc 41) a!13)
                a!24
                (and (= kvm.pc 47) (and (= kvm.err 0) a!22))
                a!25
                (and (= kvm.pc 49) a!26)
                (and (= kvm.pc 50) a!26)
                a!28
                a!29
                a!30
                a!32
                a!34
                a!35
                (and (= kvm.pc 57) (and (= kvm.err 0) a!36))
                a!37
                a!38
                a!39
                a!40
                a!41
                a!42
                a!44
                (and (= kvm.pc 66) (= kvm.err 0) a!46)
                (and (= kvm.pc 67) (and (= kvm.err 0) a!36))
                (and (= kvm.pc 68) a!47)
                (and (= kvm.pc 69) a!47)
                a!50
                (and (= kvm.pc 71) (or a!54 a!6))
                (and (= kvm.pc 72) (or a!54 a!6))
                (and (= kvm.pc 73) (or a!54 a!6))
                a!55
                a!56))
      (a!71 (or (or a!8 (and (= kvm.pc 33) a!5))
                (and (= kvm.pc 39) a!69)
                (and (= kvm.pc 41) a!70)
                (and (= kvm.pc 46) a!70)
                (and (= kvm.pc 68) a!6)
                (and (= kvm.pc 69) a!6)
                (and (= kvm.pc 70) a!6)
                (and (= kvm.pc 71) a!6)
                (and (= kvm.pc 72) a!6)
                (and (= kvm.pc 73) a!6)
                (and (= kvm.pc 85) a!6)
                (and (= kvm.pc 86) a!6)))
      (a!77 (or a!75 (and (= kvm.pc 30) a!69) a!76 (and (= kvm.pc 32) a!5)))
      (a!84 (or a!75
                (and (= kvm.pc 3) a!5)
                (and (= kvm.pc 4) a!5)
                (and (= kvm.pc 5) a!5)
                (and (= kvm.pc 6) a!83)))
      (a!141 (and (= kvm.pc 85) (or (and (= kvm.err 0) a!116) a!140 a!6)))
      (a!142 (and (= kvm.pc 86) (or (and (= kvm.err 0) a!116) a!140 a!6)))
      (a!156 (and (= kvm.state 5) (= kvm.pc 86) (or a!140 a!6))))
(let ((a!10 (or a!7
                a!9
                (and (= kvm.state 5) (and (= kvm.pc 86) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 86) a!6))))
      (a!67 (or a!14 (and (= kvm.state 2) a!57) a!58 a!64 a!65 a!66))
      (a!72 (or a!7
                (and (= kvm.state 2) a!71)
                (and (= kvm.state 5) (and (= kvm.pc 86) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 86) a!6))))
      (a!78 (and (= kvm.state 2)
                 (or a!77
                     (and (= kvm.pc 46) a!5)
                     (and (= kvm.pc 68) a!6)
                     (and (= kvm.pc 73) a!6)
                     (and (= kvm.pc 74) a!6)
                     (and (= kvm.pc 75) a!6)
                     (and (= kvm.pc 76) a!6)
                     (and (= kvm.pc 80) a!6)
                     (and (= kvm.pc 81) a!6)
                     (and (= kvm.pc 82) a!6)
                     (and (= kvm.pc 83) a!6)
                     (and (= kvm.pc 85) a!6)
                     (and (= kvm.pc 86) a!6))))
      (a!87 (or a!84
                (and (= kvm.pc 8)
                     (= kvm.err 0)
                     (= kvm.err1 0)
                     (= kvm.err2 19)
                     a!82)
                a!85
                (and (= kvm.pc 31) (= kvm.err 0) a!86)
                (and (= kvm.pc 32) a!5)))
      (a!104 (or a!84
                 (and (= kvm.pc 7) a!83)
                 a!90
                 (and (= kvm.pc 11) a!83)
                 (and (= kvm.pc 12) a!83)
                 (and (= kvm.pc 13) a!83)
                 (and (= kvm.pc 14) a!83)
                 (and (= kvm.pc 15) a!83)
                 (and (= kvm.pc 16)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 0)
                      a!91)
                 (and (= kvm.pc 17) (and (= kvm.err 0) (= kvm.err1 0) a!93))
                 (and (= kvm.pc 18)
                      (= kvm.err 0)
                      (= kvm.err1 0)
                      (= kvm.err2 12)
                      a!91)
                 a!94
                 (and (= kvm.pc 21) (and (= kvm.err 0) (= kvm.err1 0) a!93))
                 (and (= kvm.pc 22) (and (= kvm.err 0) (= kvm.err1 0) a!93))
                 (and (= kvm.pc 23) (and (= kvm.err 0) a!97))
                 (and (= kvm.pc 24)
                      (= kvm.err 0)
                      (= kvm.err1 12)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 0)
                      (= res.kvm_vcpu_cache 0)
                      (= res.cpu_kick_mask 0)
                      (= res.kvm_debugfs 0)
                      (= res.kvm_vfio_ops 0)
                      (= res.kvm_dev 0)
                      (= res.pseries_partition_tb 1)
                      (or a!2 a!92))
                 (and (= kvm.pc 25) a!98)
                 (and (= kvm.pc 26) a!98)
                 (and (= kvm.pc 27)
                      (= kvm.err 0)
                      (= kvm.err1 12)
                      (= kvm.err2 0)
                      (= res.irqfd_cleanup_wq 0)
                      (= res.kvm_vcpu_cache 0)
                      (= res.cpu_kick_mask 0)
                      (= res.kvm_debugfs 0)
                      (= res.kvm_vfio_ops 0)
                      (= res.kvm_dev 0)
                      (= res.pseries_partition_tb 0)
                      (= res.kvm_pte_cache 0)
                      a!99)
                 a!100
                 (and (= kvm.pc 31) (= kvm.err 0) a!101)
                 a!103))
      (a!159 (or a!77
                 (and (= kvm.pc 33) a!5)
                 (and (= kvm.pc 34) a!5)
                 a!17
                 a!18
                 a!19
                 (and (= kvm.pc 38) (and (= kvm.err 0) a!22))
                 (and (= kvm.pc 39) (= kvm.err 0) a!23)
                 (and (= kvm.pc 41) a!13)
                 a!24
                 (and (= kvm.pc 47) (and (= kvm.err 0) a!22))
                 a!25
                 (and (= kvm.pc 49) a!26)
                 (and (= kvm.pc 50) a!26)
                 a!28
                 a!29
                 a!30
                 a!32
                 a!34
                 a!35
                 (and (= kvm.pc 57) (and (= kvm.err 0) a!36))
                 a!37
                 a!38
                 a!39
                 a!40
                 a!41
                 a!42
                 a!44
                 (and (= kvm.pc 66) (= kvm.err 0) a!46)
                 (and (= kvm.pc 67) (and (= kvm.err 0) a!36))
                 (and (= kvm.pc 68) a!47)
                 (and (= kvm.pc 69) a!47)
                 a!50
                 (and (= kvm.pc 71) (or a!54 a!6))
                 (and (= kvm.pc 72) (or a!54 a!6))
                 (and (= kvm.pc 73) (or a!54 a!6))
                 (and (= kvm.pc 74) (or a!54 a!6))
                 (and (= kvm.pc 75) (or a!54 a!6))
                 (and (= kvm.pc 76) (or a!54 a!6))
                 (and (= kvm.pc 80) (or a!54 a!6))
                 (and (= kvm.pc 81) (or a!54 a!6))
                 (and (= kvm.pc 82) (or a!54 a!6))
                 (and (= kvm.pc 83) (or a!54 a!6))
                 a!55
                 a!56)))
(let ((a!11 (or (and (= cfg.nested 0) a!10) (and (= cfg.nested 1) a!10)))
      (a!68 (and (= cfg.radix 0)
                 (or (and (= cfg.nested 0) a!67) (and (= cfg.nested 1) a!67))))
      (a!73 (and (= cfg.radix 1)
                 (or (and (= cfg.nested 0) a!72) (and (= cfg.nested 1) a!72))))
      (a!79 (or a!7
                a!78
                (and (= kvm.state 5) (and (= kvm.pc 86) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 86) a!6))))
      (a!88 (and (= kvm.state 2)
                 (or a!87
                     (and (= kvm.pc 46) a!5)
                     (and (= kvm.pc 68) a!6)
                     (and (= kvm.pc 73) a!6)
                     (and (= kvm.pc 74) a!6)
                     (and (= kvm.pc 75) a!6)
                     (and (= kvm.pc 76) a!6)
                     (and (= kvm.pc 77) a!6)
                     (and (= kvm.pc 78) a!6)
                     (and (= kvm.pc 79) a!6)
                     (and (= kvm.pc 80) a!6)
                     (and (= kvm.pc 81) a!6)
                     (and (= kvm.pc 82) a!6)
                     (and (= kvm.pc 83) a!6)
                     (and (= kvm.pc 85) a!6)
                     (and (= kvm.pc 86) a!6))))
      (a!143 (or a!104
                 a!105
                 (and (= kvm.pc 47) (and (= kvm.err 0) a!97))
                 (and (= kvm.pc 48) (= kvm.err 0) a!106)
                 (and (= kvm.pc 49) (and (= kvm.err 0) a!107))
                 (and (= kvm.pc 50) (and (= kvm.err 0) a!107))
                 a!109
                 a!110
                 a!111
                 (and (= kvm.pc 54) (= kvm.err 0) (and (= kvm.err1 0) a!112))
                 a!114
                 a!115
                 (and (= kvm.pc 57) (and (= kvm.err 0) a!116))
                 a!117
                 a!118
                 (and (= kvm.pc 60) (= kvm.err 0) (and (= kvm.err1 12) a!112))
                 a!119
                 a!120
                 (and (= kvm.pc 63) (= kvm.err 0) a!121)
                 (and (= kvm.pc 64) (= kvm.err 0) a!123)
                 (and (= kvm.pc 66) (= kvm.err 0) a!125)
                 (and (= kvm.pc 67) (and (= kvm.err 0) a!116))
                 (and (= kvm.pc 68) a!126)
                 (and (= kvm.pc 73) a!126)
                 (and (= kvm.pc 74) a!126)
                 (and (= kvm.pc 75) a!126)
                 (and (= kvm.pc 76) a!126)
                 (and (= kvm.pc 77) a!126)
                 a!130
                 (and (= kvm.pc 79) a!134)
                 (and (= kvm.pc 80) a!134)
                 a!137
                 (and (= kvm.pc 82) (or a!140 a!6))
                 (and (= kvm.pc 83) (or a!140 a!6))
                 a!141
                 a!142))
      (a!161 (or a!14 (and (= kvm.state 2) a!159) a!58 a!160 a!65 a!66))
      (a!163 (and (= kvm.state 2)
                  (or a!87
                      (and (= kvm.pc 33) a!5)
                      (and (= kvm.pc 39) a!69)
                      (and (= kvm.pc 41) a!70)
                      (and (= kvm.pc 46) a!70)
                      (and (= kvm.pc 68) a!6)
                      (and (= kvm.pc 69) a!6)
                      (and (= kvm.pc 70) a!6)
                      (and (= kvm.pc 71) a!6)
                      (and (= kvm.pc 72) a!6)
                      (and (= kvm.pc 73) a!6)
                      (and (= kvm.pc 74) a!6)
                      (and (= kvm.pc 75) a!6)
                      (and (= kvm.pc 76) a!6)
                      (and (= kvm.pc 77) a!6)
                      (and (= kvm.pc 78) a!6)
                      (and (= kvm.pc 79) a!6)
                      (and (= kvm.pc 80) a!6)
                      (and (= kvm.pc 81) a!6)
                      (and (= kvm.pc 82) a!6)
                      (and (= kvm.pc 83) a!6)
                      (and (= kvm.pc 85) a!6)
                      (and (= kvm.pc 86) a!6))))
      (a!177 (or a!104
                 a!165
                 (and (= kvm.pc 39) (= kvm.err 0) (= kvm.err1 5) a!102)
                 a!166
                 a!167
                 (and (= kvm.pc 47) (= kvm.err 5) a!97)
                 (and (= kvm.pc 48) (= kvm.err 5) a!106)
                 (and (= kvm.pc 49) (and (= kvm.err 5) a!107))
                 (and (= kvm.pc 50) (and (= kvm.err 5) a!107))
                 a!168
                 a!169
                 a!170
                 (and (= kvm.pc 54) (= kvm.err 5) (and (= kvm.err1 0) a!112))
                 a!171
                 a!172
                 (and (= kvm.pc 57) (and (= kvm.err 5) a!116))
                 a!173
                 a!174
                 (and (= kvm.pc 60) (= kvm.err 5) (and (= kvm.err1 12) a!112))
                 a!175
                 a!176
                 (and (= kvm.pc 63) (= kvm.err 5) a!121)
                 (and (= kvm.pc 64) (= kvm.err 5) a!123)
                 (and (= kvm.pc 66) (= kvm.err 5) a!125)
                 (and (= kvm.pc 67) (and (= kvm.err 5) a!116))
                 (and (= kvm.pc 68) a!126)
                 (and (= kvm.pc 69) a!126)
                 (and (= kvm.pc 70) a!126)
                 (and (= kvm.pc 71) a!126)
                 (and (= kvm.pc 72) a!126)
                 (and (= kvm.pc 73) a!126)
                 (and (= kvm.pc 74) a!126)
                 (and (= kvm.pc 75) a!126)
                 (and (= kvm.pc 76) a!126)
                 (and (= kvm.pc 77) a!126)
                 a!130
                 (and (= kvm.pc 79) a!134)
                 (and (= kvm.pc 80) a!134)
                 a!137
                 (and (= kvm.pc 82) (or a!140 a!6))
                 (and (= kvm.pc 83) (or a!140 a!6))
                 a!141
                 a!142)))
(let ((a!12 (and (= cfg.pr_possible 0)
                 (or (and (= cfg.radix 0) a!11) (and (= cfg.radix 1) a!11))))
      (a!80 (and (= cfg.radix 0)
                 (or (and (= cfg.nested 0) a!79) (and (= cfg.nested 1) a!79))))
      (a!89 (or a!7
                a!88
                (and (= kvm.state 5) (and (= kvm.pc 86) a!6))
                (and (= kvm.state 7) (and (= kvm.pc 86) a!6))))
      (a!157 (and (= cfg.nested 1)
                  (or a!14 (and (= kvm.state 2) a!143) a!144 a!155 a!156 a!66)))
      (a!162 (and (= cfg.radix 0)
                  (or (and (= cfg.nested 0) a!161) (and (= cfg.nested 1) a!161))))
      (a!164 (or a!7
                 a!163
                 (and (= kvm.state 5) (and (= kvm.pc 86) a!6))
                 (and (= kvm.state 7) (and (= kvm.pc 86) a!6))))
      (a!179 (and (= cfg.nested 1)
                  (or a!14 (and (= kvm.state 2) a!177) a!144 a!178 a!156 a!66))))
(let ((a!74 (and (= cfg.hv_possible 0)
                 (or a!12 (and (= cfg.pr_possible 1) (or a!68 a!73)))))
      (a!158 (and (= cfg.radix 1) (or (and (= cfg.nested 0) a!89) a!157)))
      (a!180 (and (= cfg.radix 1) (or (and (= cfg.nested 0) a!164) a!179))))
(let ((a!181 (and (= cfg.hv_possible 1)
                  (or (and (= cfg.pr_possible 0) (or a!80 a!158))
                      (and (= cfg.pr_possible 1) (or a!162 a!180))))))
  (or a!74 a!181))))))))))))))
(define-fun inv () Bool (and true
  (lemma1 n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 n50 n51 n52 n53 n54 n55 n56 n57 n58 actors cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested)
  (lemma2 n11 n15 n19 n25 n30 n33 n34 n36 n38 n40 n45 n46 n48 n51 n56 n57 kvm.state res.kvm_dev res.kvmppc_hv_ops res.kvmppc_pr_ops mon.ioctl-needs-backend)
  (lemma3 n2 n3 n5 n6 n7 n8 n12 n14 n16 n21 n24 n27 n29 n50 kvm.state res.kvm_dev res.kvmppc_hv_ops res.kvmppc_pr_ops mon.ioctl-needs-backend)
  (lemma4 n9 n10 n13 n17 n22 n28 n31 n32 n35 n37 n39 n41 n42 n43 n44 n49 n53 n54 kvm.state res.kvm_dev res.kvmppc_hv_ops res.kvmppc_pr_ops mon.ioctl-needs-backend)
  (lemma5 res.async_pf_cache mon.no-escape-from-failed-init mon.failed-init-releases-all mon.exit-releases-all mon.ops-deref-pinned mon.ops-deref-valid)
  (lemma6 mon.ioctl-needs-backend)
  (lemma7 kvm.state kvm.refs n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n42 n43 n44 n46 n47 n48 n50 n53 n56 n0 n1 n4 n58 n41 n45 n49 n51 n52 n54 n55 n57)
  (lemma8 kvm.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n42 n43 n44 n46 n47 n48 n50 n53 n56 n0 n1 n4 n58 n41 n45 n49 n51 n52 n54 n55 n57)
  (lemma9 kvm.state kvm.refs n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n29 n32 n34 n50 n58 n41 n45 n49 n51 n52 n54 n55 n57)
  (lemma10 kvm.state kvm.refs n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n29 n32 n34 n50 n58 n41 n45 n49 n51 n52 n54 n55 n57 n44 n48 n28 n30 n31 n33)
  (lemma11 n18 n20 n23 n26 n47 n52 n55)
  (lemma12 mon.no-escape-from-failed-init)
  (lemma13 mon.ops-deref-pinned)
  (lemma14 mon.ops-deref-valid)
  (lemma15 kvm.state kvm.refs n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 n50 n51 n52 n53 n54 n55 n56 n57)
  (lemma16 cfg.hv_possible cfg.pr_possible cfg.radix cfg.nested kvm.state kvm.pc kvm.err kvm.err1 kvm.err2 res.irqfd_cleanup_wq res.kvm_vcpu_cache res.cpu_kick_mask res.kvm_debugfs res.kvm_vfio_ops res.kvm_dev res.pseries_partition_tb res.kvm_pte_cache res.kvm_pmd_cache res.kvmppc_hv_ops res.kvmppc_pr_ops res.hpte_cache mon.ioctl-needs-backend)))
(define-fun |inv'| () Bool (and true
  (lemma1 |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n37'| |n38'| |n39'| |n40'| |n41'| |n42'| |n43'| |n44'| |n45'| |n46'| |n47'| |n48'| |n49'| |n50'| |n51'| |n52'| |n53'| |n54'| |n55'| |n56'| |n57'| |n58'| |actors'| |cfg.hv_possible'| |cfg.pr_possible'| |cfg.radix'| |cfg.nested'|)
  (lemma2 |n11'| |n15'| |n19'| |n25'| |n30'| |n33'| |n34'| |n36'| |n38'| |n40'| |n45'| |n46'| |n48'| |n51'| |n56'| |n57'| |kvm.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |mon.ioctl-needs-backend'|)
  (lemma3 |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n12'| |n14'| |n16'| |n21'| |n24'| |n27'| |n29'| |n50'| |kvm.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |mon.ioctl-needs-backend'|)
  (lemma4 |n9'| |n10'| |n13'| |n17'| |n22'| |n28'| |n31'| |n32'| |n35'| |n37'| |n39'| |n41'| |n42'| |n43'| |n44'| |n49'| |n53'| |n54'| |kvm.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |mon.ioctl-needs-backend'|)
  (lemma5 |res.async_pf_cache'| |mon.no-escape-from-failed-init'| |mon.failed-init-releases-all'| |mon.exit-releases-all'| |mon.ops-deref-pinned'| |mon.ops-deref-valid'|)
  (lemma6 |mon.ioctl-needs-backend'|)
  (lemma7 |kvm.state'| |kvm.refs'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n37'| |n38'| |n39'| |n40'| |n42'| |n43'| |n44'| |n46'| |n47'| |n48'| |n50'| |n53'| |n56'| |n0'| |n1'| |n4'| |n58'| |n41'| |n45'| |n49'| |n51'| |n52'| |n54'| |n55'| |n57'|)
  (lemma8 |kvm.state'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n37'| |n38'| |n39'| |n40'| |n42'| |n43'| |n44'| |n46'| |n47'| |n48'| |n50'| |n53'| |n56'| |n0'| |n1'| |n4'| |n58'| |n41'| |n45'| |n49'| |n51'| |n52'| |n54'| |n55'| |n57'|)
  (lemma9 |kvm.state'| |kvm.refs'| |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n29'| |n32'| |n34'| |n50'| |n58'| |n41'| |n45'| |n49'| |n51'| |n52'| |n54'| |n55'| |n57'|)
  (lemma10 |kvm.state'| |kvm.refs'| |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n29'| |n32'| |n34'| |n50'| |n58'| |n41'| |n45'| |n49'| |n51'| |n52'| |n54'| |n55'| |n57'| |n44'| |n48'| |n28'| |n30'| |n31'| |n33'|)
  (lemma11 |n18'| |n20'| |n23'| |n26'| |n47'| |n52'| |n55'|)
  (lemma12 |mon.no-escape-from-failed-init'|)
  (lemma13 |mon.ops-deref-pinned'|)
  (lemma14 |mon.ops-deref-valid'|)
  (lemma15 |kvm.state'| |kvm.refs'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |n34'| |n35'| |n36'| |n37'| |n38'| |n39'| |n40'| |n41'| |n42'| |n43'| |n44'| |n45'| |n46'| |n47'| |n48'| |n49'| |n50'| |n51'| |n52'| |n53'| |n54'| |n55'| |n56'| |n57'|)
  (lemma16 |cfg.hv_possible'| |cfg.pr_possible'| |cfg.radix'| |cfg.nested'| |kvm.state'| |kvm.pc'| |kvm.err'| |kvm.err1'| |kvm.err2'| |res.irqfd_cleanup_wq'| |res.kvm_vcpu_cache'| |res.cpu_kick_mask'| |res.kvm_debugfs'| |res.kvm_vfio_ops'| |res.kvm_dev'| |res.pseries_partition_tb'| |res.kvm_pte_cache'| |res.kvm_pmd_cache'| |res.kvmppc_hv_ops'| |res.kvmppc_pr_ops'| |res.hpte_cache'| |mon.ioctl-needs-backend'|)))
(define-fun trans () Bool
  (let ((a!1 (and (= res.kvm_dev 1) (or (= kvm.state 4) (= kvm.state 5))))
      (a!2 (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))
      (a!3 (and (= res.kvm_dev 1) (or (= kvm.state 3) (= kvm.state 2))))
      (a!10 (and (= step 116)
                 (and (= kvm.state 2) (= kvm.pc 2))
                 (not (not (distinct cfg.radix 0)))))
      (a!11 (and (= step 118)
                 (and (= kvm.state 2) (= kvm.pc 3))
                 (not (not (distinct cfg.radix 0)))))
      (a!12 (and (= step 123)
                 (and (= kvm.state 2) (= kvm.pc 6))
                 (not (not (distinct cfg.nested 0)))))
      (a!13 (and (and (= kvm.state 2) (= kvm.pc 24))
                 (< 0 res.pseries_partition_tb)))
      (a!14 (and (= step 153)
                 (and (= kvm.state 2) (= kvm.pc 26))
                 (not (not (= res.kvm_pte_cache 0)))))
      (a!15 (and (and (= kvm.state 2) (= kvm.pc 26))
                 (not (= res.kvm_pte_cache 0))))
      (a!16 (and (= step 156)
                 (and (= kvm.state 2) (= kvm.pc 27))
                 (not (not (= res.kvm_pmd_cache 0)))))
      (a!17 (and (and (= kvm.state 2) (= kvm.pc 27))
                 (not (= res.kvm_pmd_cache 0))))
      (a!18 (and (and (= kvm.state 2) (= kvm.pc 42)) (< 0 res.kvmppc_pr_ops)))
      (a!19 (and (= step 182)
                 (and (= kvm.state 2) (= kvm.pc 43))
                 (not (not (= res.hpte_cache 0)))))
      (a!20 (and (and (= kvm.state 2) (= kvm.pc 43)) (not (= res.hpte_cache 0))))
      (a!21 (not (and (not (< 0 res.kvmppc_hv_ops))
                      (not (< 0 res.kvmppc_pr_ops)))))
      (a!22 (and (= step 190)
                 (and (= kvm.state 2) (= kvm.pc 46))
                 (and (not (< 0 res.kvmppc_hv_ops))
                      (not (< 0 res.kvmppc_pr_ops)))))
      (a!23 (and (= step 216)
                 (and (= kvm.state 2) (= kvm.pc 63))
                 (not (not (= res.cpu_kick_mask 0)))))
      (a!24 (and (and (= kvm.state 2) (= kvm.pc 63))
                 (not (= res.cpu_kick_mask 0))))
      (a!25 (and (and (= kvm.state 2) (= kvm.pc 69)) (< 0 res.kvmppc_pr_ops)))
      (a!26 (and (= step 229)
                 (and (= kvm.state 2) (= kvm.pc 70))
                 (not (not (= res.hpte_cache 0)))))
      (a!27 (and (and (= kvm.state 2) (= kvm.pc 70)) (not (= res.hpte_cache 0))))
      (a!28 (and (= step 242)
                 (and (= kvm.state 2) (= kvm.pc 77))
                 (not (not (= res.kvm_pte_cache 0)))))
      (a!29 (and (and (= kvm.state 2) (= kvm.pc 77))
                 (not (= res.kvm_pte_cache 0))))
      (a!30 (and (= step 245)
                 (and (= kvm.state 2) (= kvm.pc 78))
                 (not (not (= res.kvm_pmd_cache 0)))))
      (a!31 (and (and (= kvm.state 2) (= kvm.pc 78))
                 (not (= res.kvm_pmd_cache 0))))
      (a!32 (and (and (= kvm.state 2) (= kvm.pc 80)) (< 0 res.kvmppc_hv_ops)))
      (a!33 (and (and (= kvm.state 2) (= kvm.pc 81))
                 (< 0 res.pseries_partition_tb)))
      (a!34 (and (= step 267)
                 (and (= kvm.state 4) (= kvm.pc 3))
                 (not (not (= res.cpu_kick_mask 0)))))
      (a!35 (and (and (= kvm.state 4) (= kvm.pc 3))
                 (not (= res.cpu_kick_mask 0))))
      (a!36 (and (= step 270)
                 (and (= kvm.state 4) (= kvm.pc 4))
                 (not (not (= res.kvm_vcpu_cache 0)))))
      (a!37 (and (and (= kvm.state 4) (= kvm.pc 4))
                 (not (= res.kvm_vcpu_cache 0))))
      (a!38 (and (and (= kvm.state 4) (= kvm.pc 10)) (< 0 res.kvmppc_pr_ops)))
      (a!39 (and (= step 285)
                 (and (= kvm.state 4) (= kvm.pc 11))
                 (not (not (= res.hpte_cache 0)))))
      (a!40 (and (and (= kvm.state 4) (= kvm.pc 11)) (not (= res.hpte_cache 0))))
      (a!41 (and (= step 298)
                 (and (= kvm.state 4) (= kvm.pc 18))
                 (not (not (= res.kvm_pte_cache 0)))))
      (a!42 (and (and (= kvm.state 4) (= kvm.pc 18))
                 (not (= res.kvm_pte_cache 0))))
      (a!43 (and (= step 301)
                 (and (= kvm.state 4) (= kvm.pc 19))
                 (not (not (= res.kvm_pmd_cache 0)))))
      (a!44 (and (and (= kvm.state 4) (= kvm.pc 19))
                 (not (= res.kvm_pmd_cache 0))))
      (a!45 (and (and (= kvm.state 4) (= kvm.pc 21)) (< 0 res.kvmppc_hv_ops)))
      (a!46 (and (and (= kvm.state 4) (= kvm.pc 22))
                 (< 0 res.pseries_partition_tb)))
      (a!47 (and (= step 324)
                 (or (= kvm.state 5) (and (= kvm.state 4) (= kvm.pc 26)))))
      (a!49 (ite (= step 324)
                 7
                 (ite (= step 325) 0 (ite (= step 326) 0 kvm.state))))
      (a!51 (ite (= step 316)
                 26
                 (ite (= step 318) 0 (ite (= step 323) 0 kvm.pc))))
      (a!120 (ite (= step 222)
                  kvm.err1
                  (ite (= step 223) 0 (ite (= step 318) 0 kvm.err))))
      (a!122 (ite (<= (+ 2 actors actors actors) kvm.refs)
                  (+ 2 actors actors actors)
                  (+ kvm.refs 1)))
      (a!123 (ite (<= (+ 2 actors actors actors) kvm.refs)
                  (+ 2 actors actors actors)
                  (- kvm.refs 1)))
      (a!133 (ite (= step 314)
                  0
                  (ite (= step 315) 0 (ite (= step 318) 0 kvm.err1))))
      (a!145 (ite (= step 312)
                  0
                  (ite (= step 313) 0 (ite (= step 318) 0 kvm.err2))))
      (a!156 (ite (= step 324)
                  (ite (or (= res.irqfd_cleanup_wq (- 1))
                           (= res.irqfd_cleanup_wq 1))
                       0
                       res.irqfd_cleanup_wq)
                  res.irqfd_cleanup_wq))
      (a!159 (ite (= step 324)
                  (ite (or (= res.kvm_vcpu_cache (- 1))
                           (= res.kvm_vcpu_cache 1))
                       0
                       res.kvm_vcpu_cache)
                  res.kvm_vcpu_cache))
      (a!163 (ite (= step 324)
                  (ite (or (= res.cpu_kick_mask (- 1)) (= res.cpu_kick_mask 1))
                       0
                       res.cpu_kick_mask)
                  res.cpu_kick_mask))
      (a!167 (ite (= step 324)
                  (ite (or (= res.async_pf_cache (- 1))
                           (= res.async_pf_cache 1))
                       0
                       res.async_pf_cache)
                  res.async_pf_cache))
      (a!168 (ite (= step 266)
                  0
                  (ite (= step 324)
                       (ite (= res.kvm_debugfs (- 1)) 0 res.kvm_debugfs)
                       res.kvm_debugfs)))
      (a!170 (ite (= step 273)
                  0
                  (ite (= step 274) 0 (ite (= step 324) 0 res.kvm_vfio_ops))))
      (a!172 (ite (= step 263)
                  0
                  (ite (= step 324)
                       (ite (= res.kvm_dev (- 1)) 0 res.kvm_dev)
                       res.kvm_dev)))
      (a!174 (ite (= step 324)
                  (ite (or (= res.pseries_partition_tb (- 1))
                           (= res.pseries_partition_tb 1))
                       0
                       res.pseries_partition_tb)
                  res.pseries_partition_tb))
      (a!178 (ite (= step 324)
                  (ite (or (= res.kvm_pte_cache (- 1)) (= res.kvm_pte_cache 1))
                       0
                       res.kvm_pte_cache)
                  res.kvm_pte_cache))
      (a!182 (ite (= step 324)
                  (ite (or (= res.kvm_pmd_cache (- 1)) (= res.kvm_pmd_cache 1))
                       0
                       res.kvm_pmd_cache)
                  res.kvm_pmd_cache))
      (a!185 (ite (= step 307)
                  0
                  (ite (= step 308) 0 (ite (= step 324) 0 res.kvmppc_hv_ops))))
      (a!187 (ite (= step 283)
                  0
                  (ite (= step 284) 0 (ite (= step 324) 0 res.kvmppc_pr_ops))))
      (a!190 (ite (= step 324)
                  (ite (or (= res.hpte_cache (- 1)) (= res.hpte_cache 1))
                       0
                       res.hpte_cache)
                  res.hpte_cache))
      (a!195 (not (or (not (= res.kvmppc_hv_ops 0))
                      (not (= res.kvmppc_pr_ops 0)))))
      (a!211 (or (distinct mon.no-escape-from-failed-init 0)
                 (and (= kvm.state 5)
                      (or (< 0 kvm.refs)
                          (= res.kvm_debugfs 1)
                          (= res.kvm_dev 1)))))
      (a!212 (or (= res.irqfd_cleanup_wq 1)
                 (= res.kvm_vcpu_cache 1)
                 (= res.cpu_kick_mask 1)
                 (= res.async_pf_cache 1)
                 (= res.kvm_debugfs 1)
                 (= res.kvm_vfio_ops 1)
                 (= res.kvm_dev 1)
                 (= res.pseries_partition_tb 1)
                 (= res.kvm_pte_cache 1)
                 (= res.kvm_pmd_cache 1)
                 (= res.kvmppc_hv_ops 1)
                 (= res.kvmppc_pr_ops 1)
                 (= res.hpte_cache 1)))
      (a!215 (ite (= step 303)
                  1
                  (ite (= step 308)
                       1
                       (ite (= step 311) 1 mon.no-double-release))))
      (a!225 (ite (= step 305)
                  1
                  (ite (= step 313)
                       1
                       (ite (= step 315) 1 mon.init-result-checked))))
      (a!230 (ite (or (distinct mon.ops-deref-pinned 0)
                      (not (= 1 res.kvmppc_hv_ops)))
                  1
                  0))
      (a!231 (ite (= step 97)
                  mon.ops-deref-pinned
                  (ite (= step 98)
                       mon.ops-deref-pinned
                       (ite (= step 99)
                            mon.ops-deref-pinned
                            mon.ops-deref-pinned))))
      (a!250 (ite (= step 12)
                  (+ n0 1)
                  (ite (= step 21) (+ n0 1) (ite (= step 112) (+ n0 1) n0))))
      (a!252 (ite (= step 3)
                  (+ n1 1)
                  (ite (= step 6) (+ n1 1) (ite (= step 12) (- n1 1) n1))))
      (a!253 (= |n2'| (ite (= step 9) (+ n2 1) (ite (= step 13) (- n2 1) n2))))
      (a!254 (ite (= step 91)
                  (- n3 1)
                  (ite (= step 100) (+ n3 1) (ite (= step 111) (+ n3 1) n3))))
      (a!258 (= |n4'| (ite (= step 18) (+ n4 1) (ite (= step 21) (- n4 1) n4))))
      (a!259 (ite (= step 25)
                  (- n5 1)
                  (ite (= step 26) (- n5 1) (ite (= step 27) (- n5 1) n5))))
      (a!260 (ite (= step 31)
                  (+ n6 1)
                  (ite (= step 32) (- n6 1) (ite (= step 33) (- n6 1) n6))))
      (a!261 (ite (= step 36)
                  (+ n7 1)
                  (ite (= step 37) (- n7 1) (ite (= step 38) (- n7 1) n7))))
      (a!262 (ite (= step 94)
                  (+ n8 1)
                  (ite (= step 97) (+ n8 1) (ite (= step 100) (- n8 1) n8))))
      (a!263 (ite (= step 91)
                  (+ n9 1)
                  (ite (= step 94) (- n9 1) (ite (= step 97) (- n9 1) n9))))
      (a!264 (ite (= step 49)
                  (- n10 1)
                  (ite (= step 53) (- n10 1) (ite (= step 324) 0 n10))))
      (a!266 (ite (= step 50)
                  (- n11 1)
                  (ite (= step 54) (- n11 1) (ite (= step 324) 0 n11))))
      (a!268 (ite (= step 50)
                  (+ n12 1)
                  (ite (= step 57) (+ n12 1) (ite (= step 60) (- n12 1) n12))))
      (a!271 (ite (= step 51)
                  (- n13 1)
                  (ite (= step 55) (- n13 1) (ite (= step 324) 0 n13))))
      (a!273 (ite (= step 51)
                  (+ n14 1)
                  (ite (= step 58) (+ n14 1) (ite (= step 61) (- n14 1) n14))))
      (a!275 (ite (= step 52)
                  (- n15 1)
                  (ite (= step 56) (- n15 1) (ite (= step 324) 0 n15))))
      (a!277 (ite (= step 52)
                  (+ n16 1)
                  (ite (= step 59) (+ n16 1) (ite (= step 62) (- n16 1) n16))))
      (a!279 (ite (= step 53)
                  (+ n17 1)
                  (ite (= step 71) (- n17 1) (ite (= step 75) (- n17 1) n17))))
      (a!280 (= |n18'|
                (ite (= step 45) (- n18 1) (ite (= step 324) (+ 0 n10 n18) n18))))
      (a!281 (ite (= step 54)
                  (+ n19 1)
                  (ite (= step 72) (- n19 1) (ite (= step 76) (- n19 1) n19))))
      (a!282 (= |n20'|
                (ite (= step 46) (- n20 1) (ite (= step 324) (+ 0 n11 n20) n20))))
      (a!283 (= |n21'|
                (ite (= step 28) (- n21 1) (ite (= step 60) (+ n21 1) n21))))
      (a!284 (ite (= step 55)
                  (+ n22 1)
                  (ite (= step 73) (- n22 1) (ite (= step 77) (- n22 1) n22))))
      (a!285 (= |n23'|
                (ite (= step 47) (- n23 1) (ite (= step 324) (+ 0 n13 n23) n23))))
      (a!286 (= |n24'|
                (ite (= step 34) (- n24 1) (ite (= step 61) (+ n24 1) n24))))
      (a!287 (ite (= step 56)
                  (+ n25 1)
                  (ite (= step 74) (- n25 1) (ite (= step 78) (- n25 1) n25))))
      (a!288 (= |n26'|
                (ite (= step 48) (- n26 1) (ite (= step 324) (+ 0 n15 n26) n26))))
      (a!289 (= |n27'|
                (ite (= step 39) (- n27 1) (ite (= step 62) (+ n27 1) n27))))
      (a!290 (ite (= step 63)
                  (- n28 1)
                  (ite (= step 67) (- n28 1) (ite (= step 71) (+ n28 1) n28))))
      (a!291 (ite (= step 68)
                  (+ n29 1)
                  (ite (= step 75) (+ n29 1) (ite (= step 76) (+ n29 1) n29))))
      (a!293 (ite (= step 64)
                  (- n30 1)
                  (ite (= step 68) (- n30 1) (ite (= step 72) (+ n30 1) n30))))
      (a!294 (ite (= step 65)
                  (- n31 1)
                  (ite (= step 69) (- n31 1) (ite (= step 73) (+ n31 1) n31))))
      (a!295 (ite (= step 58)
                  (- n32 1)
                  (ite (= step 69) (+ n32 1) (ite (= step 77) (+ n32 1) n32))))
      (a!296 (ite (= step 66)
                  (- n33 1)
                  (ite (= step 70) (- n33 1) (ite (= step 74) (+ n33 1) n33))))
      (a!297 (ite (= step 59)
                  (- n34 1)
                  (ite (= step 70) (+ n34 1) (ite (= step 78) (+ n34 1) n34))))
      (a!298 (= |n35'|
                (ite (= step 29) (- n35 1) (ite (= step 63) (+ n35 1) n35))))
      (a!299 (= |n36'|
                (ite (= step 30) (- n36 1) (ite (= step 64) (+ n36 1) n36))))
      (a!300 (= |n37'|
                (ite (= step 35) (- n37 1) (ite (= step 65) (+ n37 1) n37))))
      (a!301 (= |n38'|
                (ite (= step 40) (- n38 1) (ite (= step 66) (+ n38 1) n38))))
      (a!302 (ite (= step 92)
                  (- n39 1)
                  (ite (= step 101) (+ n39 1) (ite (= step 103) (- n39 1) n39))))
      (a!305 (ite (= step 93)
                  (- n40 1)
                  (ite (= step 102) (+ n40 1) (ite (= step 104) (- n40 1) n40))))
      (a!308 (= |n41'|
                (ite (= step 19) (+ n41 1) (ite (= step 22) (- n41 1) n41))))
      (a!309 (ite (= step 95)
                  (+ n42 1)
                  (ite (= step 98) (+ n42 1) (ite (= step 101) (- n42 1) n42))))
      (a!310 (ite (= step 92)
                  (+ n43 1)
                  (ite (= step 95) (- n43 1) (ite (= step 98) (- n43 1) n43))))
      (a!311 (= |n44'|
                (ite (= step 103) (+ n44 1) (ite (= step 107) (- n44 1) n44))))
      (a!312 (= |n45'|
                (ite (= step 20) (+ n45 1) (ite (= step 23) (- n45 1) n45))))
      (a!313 (ite (= step 96)
                  (+ n46 1)
                  (ite (= step 99) (+ n46 1) (ite (= step 102) (- n46 1) n46))))
      (a!314 (ite (= step 93)
                  (+ n47 1)
                  (ite (= step 96) (- n47 1) (ite (= step 99) (- n47 1) n47))))
      (a!315 (= |n48'|
                (ite (= step 104) (+ n48 1) (ite (= step 108) (- n48 1) n48))))
      (a!316 (ite (= step 14)
                  (+ n49 1)
                  (ite (= step 22) (+ n49 1) (ite (= step 105) (- n49 1) n49))))
      (a!318 (ite (= step 107)
                  (+ n50 1)
                  (ite (= step 108) (+ n50 1) (ite (= step 111) (- n50 1) n50))))
      (a!319 (ite (= step 16)
                  (+ n51 1)
                  (ite (= step 23) (+ n51 1) (ite (= step 106) (- n51 1) n51))))
      (a!321 (ite (= step 4)
                  (+ n52 1)
                  (ite (= step 7) (+ n52 1) (ite (= step 14) (- n52 1) n52))))
      (a!322 (= |n53'|
                (ite (= step 10) (+ n53 1) (ite (= step 15) (- n53 1) n53))))
      (a!323 (= |n54'|
                (ite (= step 105) (+ n54 1) (ite (= step 109) (- n54 1) n54))))
      (a!324 (ite (= step 5)
                  (+ n55 1)
                  (ite (= step 8) (+ n55 1) (ite (= step 16) (- n55 1) n55))))
      (a!325 (= |n56'|
                (ite (= step 11) (+ n56 1) (ite (= step 17) (- n56 1) n56))))
      (a!326 (= |n57'|
                (ite (= step 106) (+ n57 1) (ite (= step 110) (- n57 1) n57))))
      (a!327 (ite (= step 109)
                  (+ n58 1)
                  (ite (= step 110) (+ n58 1) (ite (= step 112) (- n58 1) n58)))))
(let ((a!4 (and (not a!2) (or (= kvm.state 4) (= kvm.state 5))))
      (a!5 (and (not a!2) (or (= kvm.state 3) (= kvm.state 2))))
      (a!6 (and (= step 67)
                (<= 1 n28)
                (or (or (= kvm.state 4) (= kvm.state 5)) a!2)))
      (a!7 (and (= step 68)
                (<= 1 n30)
                (or (or (= kvm.state 4) (= kvm.state 5)) a!2)))
      (a!8 (and (= step 69)
                (<= 1 n31)
                (or (or (= kvm.state 4) (= kvm.state 5)) a!2)))
      (a!9 (and (= step 70)
                (<= 1 n33)
                (or (or (= kvm.state 4) (= kvm.state 5)) a!2)))
      (a!50 (ite (= step 319) 3 (ite (= step 320) 5 (ite (= step 323) 4 a!49))))
      (a!52 (ite (= step 313)
                 24
                 (ite (= step 314) 25 (ite (= step 315) 25 a!51))))
      (a!121 (= |kvm.err'|
                (ite (= step 176) kvm.err1 (ite (= step 190) 19 a!120))))
      (a!124 (ite (= step 109)
                  a!123
                  (ite (= step 110) a!123 (ite (= step 324) 0 kvm.refs))))
      (a!134 (ite (= step 279)
                  0
                  (ite (= step 290) 0 (ite (= step 291) 0 a!133))))
      (a!146 (ite (= step 289)
                  0
                  (ite (= step 304) 0 (ite (= step 305) 0 a!145))))
      (a!157 (ite (= step 215)
                  0
                  (ite (= step 276) 0 (ite (= step 277) 0 a!156))))
      (a!160 (ite (= step 271)
                  (ite (< 0 res.kvm_vcpu_cache)
                       (- 0 res.kvm_vcpu_cache)
                       res.kvm_vcpu_cache)
                  (ite (= step 272)
                       (ite (< 0 res.kvm_vcpu_cache)
                            (- 0 res.kvm_vcpu_cache)
                            res.kvm_vcpu_cache)
                       a!159)))
      (a!164 (ite (= step 268)
                  (ite (< 0 res.cpu_kick_mask)
                       (- 0 res.cpu_kick_mask)
                       res.cpu_kick_mask)
                  (ite (= step 269)
                       (ite (< 0 res.cpu_kick_mask)
                            (- 0 res.cpu_kick_mask)
                            res.cpu_kick_mask)
                       a!163)))
      (a!169 (ite (= step 211)
                  0
                  (ite (= step 212) 0 (ite (= step 265) 0 a!168))))
      (a!171 (ite (= step 202)
                  1
                  (ite (= step 209) 0 (ite (= step 210) 0 a!170))))
      (a!173 (= |res.kvm_dev'| (ite (= step 205) 1 (ite (= step 262) 0 a!172))))
      (a!175 (ite (= step 255)
                  0
                  (ite (= step 310) 0 (ite (= step 311) 0 a!174))))
      (a!179 (ite (= step 244)
                  0
                  (ite (= step 299) 0 (ite (= step 300) 0 a!178))))
      (a!183 (ite (= step 247)
                  0
                  (ite (= step 302) 0 (ite (= step 303) 0 a!182))))
      (a!186 (ite (= step 146)
                  1
                  (ite (= step 251) 0 (ite (= step 252) 0 a!185))))
      (a!188 (ite (= step 181)
                  0
                  (ite (= step 227) 0 (ite (= step 228) 0 a!187))))
      (a!191 (ite (= step 286)
                  (ite (< 0 res.hpte_cache) (- 0 res.hpte_cache) res.hpte_cache)
                  (ite (= step 287)
                       (ite (< 0 res.hpte_cache)
                            (- 0 res.hpte_cache)
                            res.hpte_cache)
                       a!190)))
      (a!196 (ite (= step 90)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  mon.ioctl-needs-backend))
      (a!213 (ite (or (distinct mon.failed-init-releases-all 0)
                      (and (= kvm.state 5) a!212))
                  1
                  0))
      (a!214 (or (distinct mon.exit-releases-all 0)
                 (and (not (= kvm.state 5)) a!212)))
      (a!216 (ite (= step 284)
                  1
                  (ite (= step 287) 1 (ite (= step 300) 1 a!215))))
      (a!226 (ite (= step 279)
                  1
                  (ite (= step 289) 1 (ite (= step 291) 1 a!225))))
      (a!232 (ite (= step 94)
                  a!230
                  (ite (= step 95) a!230 (ite (= step 96) a!230 a!231))))
      (a!238 (ite (= step 99)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  mon.ops-deref-valid))
      (a!251 (ite (= step 3)
                  (- n0 1)
                  (ite (= step 6) (- n0 1) (ite (= step 9) (- n0 1) a!250))))
      (a!255 (ite (= step 36)
                  (- n3 1)
                  (ite (= step 39) (+ n3 1) (ite (= step 88) (- n3 1) a!254))))
      (a!265 (= |n10'|
                (ite (= step 25) (+ n10 1) (ite (= step 41) (- n10 1) a!264))))
      (a!267 (= |n11'|
                (ite (= step 26) (+ n11 1) (ite (= step 42) (- n11 1) a!266))))
      (a!269 (ite (= step 45)
                  (+ n12 1)
                  (ite (= step 46) (+ n12 1) (ite (= step 49) (+ n12 1) a!268))))
      (a!272 (= |n13'|
                (ite (= step 32) (+ n13 1) (ite (= step 43) (- n13 1) a!271))))
      (a!274 (ite (= step 33)
                  (+ n14 1)
                  (ite (= step 43) (+ n14 1) (ite (= step 47) (+ n14 1) a!273))))
      (a!276 (= |n15'|
                (ite (= step 37) (+ n15 1) (ite (= step 44) (- n15 1) a!275))))
      (a!278 (ite (= step 38)
                  (+ n16 1)
                  (ite (= step 44) (+ n16 1) (ite (= step 48) (+ n16 1) a!277))))
      (a!292 (= |n29'|
                (ite (= step 57) (- n29 1) (ite (= step 67) (+ n29 1) a!291))))
      (a!303 (ite (= step 29)
                  (+ n39 1)
                  (ite (= step 35) (+ n39 1) (ite (= step 89) (- n39 1) a!302))))
      (a!306 (ite (= step 30)
                  (+ n40 1)
                  (ite (= step 40) (+ n40 1) (ite (= step 90) (- n40 1) a!305))))
      (a!317 (ite (= step 4)
                  (- n49 1)
                  (ite (= step 7) (- n49 1) (ite (= step 10) (- n49 1) a!316))))
      (a!320 (ite (= step 5)
                  (- n51 1)
                  (ite (= step 8) (- n51 1) (ite (= step 11) (- n51 1) a!319)))))
(let ((a!48 (or (and (= step 0) (<= 1 n0) (= res.kvm_dev 0))
                (and (= step 1) (<= 1 n49) (= res.kvm_dev 0))
                (and (= step 2) (<= 1 n51) (= res.kvm_dev 0))
                (and (= step 3) (<= 1 n0) a!1)
                (and (= step 4) (<= 1 n49) a!1)
                (and (= step 5) (<= 1 n51) a!1)
                (and (= step 6) (<= 1 n0) (and (= res.kvm_dev 1) a!2))
                (and (= step 7) (<= 1 n49) (and (= res.kvm_dev 1) a!2))
                (and (= step 8) (<= 1 n51) (and (= res.kvm_dev 1) a!2))
                (and (= step 9) (<= 1 n0) a!3)
                (and (= step 10) (<= 1 n49) a!3)
                (and (= step 11) (<= 1 n51) a!3)
                (and (= step 12) (<= 1 n1))
                (and (= step 13) (<= 1 n2))
                (and (= step 14) (<= 1 n52))
                (and (= step 15) (<= 1 n53))
                (and (= step 16) (<= 1 n55))
                (and (= step 17) (<= 1 n56))
                (and (= step 18) (<= 1 n3))
                (and (= step 19) (<= 1 n39))
                (and (= step 20) (<= 1 n40))
                (and (= step 21) (<= 1 n4))
                (and (= step 22) (<= 1 n41))
                (and (= step 23) (<= 1 n45))
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
                (and (= step 29) (<= 1 n35))
                (and (= step 30) (<= 1 n36))
                (and (= step 31) (<= 1 n3))
                (and (= step 32) (<= 1 n6) (= res.kvmppc_hv_ops 1))
                (and (= step 33) (<= 1 n6) (= res.kvmppc_hv_ops 0))
                (and (= step 34) (<= 1 n24))
                (and (= step 35) (<= 1 n37))
                (and (= step 36) (<= 1 n3))
                (and (= step 37) (<= 1 n7) (= res.kvmppc_pr_ops 1))
                (and (= step 38) (<= 1 n7) (= res.kvmppc_pr_ops 0))
                (and (= step 39) (<= 1 n27))
                (and (= step 40) (<= 1 n38))
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
                (and (= step 63)
                     (<= 1 n28)
                     (or (= kvm.state 3) (= kvm.state 2)))
                (and (= step 64)
                     (<= 1 n30)
                     (or (= kvm.state 3) (= kvm.state 2)))
                (and (= step 65)
                     (<= 1 n31)
                     (or (= kvm.state 3) (= kvm.state 2)))
                (and (= step 66)
                     (<= 1 n33)
                     (or (= kvm.state 3) (= kvm.state 2)))
                a!6
                a!7
                a!8
                a!9
                (and (= step 71) (<= 1 n17))
                (and (= step 72) (<= 1 n19))
                (and (= step 73) (<= 1 n22))
                (and (= step 74) (<= 1 n25))
                (and (= step 75) (<= 1 n17))
                (and (= step 76) (<= 1 n19))
                (and (= step 77) (<= 1 n22))
                (and (= step 78) (<= 1 n25))
                (and (= step 79) (<= 1 n3))
                (and (= step 80) (<= 1 n39))
                (and (= step 81) (<= 1 n40))
                (and (= step 82) (<= 1 n3))
                (and (= step 83) (<= 1 n39))
                (and (= step 84) (<= 1 n40))
                (and (= step 85) (<= 1 n3))
                (and (= step 86) (<= 1 n39))
                (and (= step 87) (<= 1 n40))
                (and (= step 88) (<= 1 n3) (= res.kvmppc_hv_ops 0))
                (and (= step 89) (<= 1 n39) (= res.kvmppc_hv_ops 0))
                (and (= step 90) (<= 1 n40) (= res.kvmppc_hv_ops 0))
                (and (= step 91) (<= 1 n3) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 92) (<= 1 n39) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 93) (<= 1 n40) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 94) (<= 1 n9) (= res.kvmppc_hv_ops 0))
                (and (= step 95) (<= 1 n43) (= res.kvmppc_hv_ops 0))
                (and (= step 96) (<= 1 n47) (= res.kvmppc_hv_ops 0))
                (and (= step 97) (<= 1 n9) (= res.kvmppc_hv_ops 1))
                (and (= step 98) (<= 1 n43) (= res.kvmppc_hv_ops 1))
                (and (= step 99) (<= 1 n47) (= res.kvmppc_hv_ops 1))
                (and (= step 100) (<= 1 n8))
                (and (= step 101) (<= 1 n42))
                (and (= step 102) (<= 1 n46))
                (and (= step 103) (<= 1 n39))
                (and (= step 104) (<= 1 n40))
                (and (= step 105) (<= 1 n49))
                (and (= step 106) (<= 1 n51))
                (and (= step 107) (<= 1 n44))
                (and (= step 108) (<= 1 n48))
                (and (= step 109) (<= 1 n54))
                (and (= step 110) (<= 1 n57))
                (and (= step 111) (<= 1 n50))
                (and (= step 112) (<= 1 n58))
                (and (= step 113)
                     (and (= kvm.state 2) (= kvm.pc 0))
                     (distinct cfg.hv_possible 0))
                (and (= step 114)
                     (and (= kvm.state 2) (= kvm.pc 0))
                     (not (distinct cfg.hv_possible 0)))
                (and (= step 115) (= kvm.state 2) (= kvm.pc 1))
                a!10
                (and (= step 117)
                     (and (= kvm.state 2) (= kvm.pc 2))
                     (not (distinct cfg.radix 0)))
                a!11
                (and (= step 119)
                     (and (= kvm.state 2) (= kvm.pc 3))
                     (not (distinct cfg.radix 0)))
                (and (= step 120) (= kvm.state 2) (= kvm.pc 4))
                (and (= step 121) (and (= kvm.state 2) (= kvm.pc 5)))
                (and (= step 122) (and (= kvm.state 2) (= kvm.pc 5)))
                a!12
                (and (= step 124)
                     (and (= kvm.state 2) (= kvm.pc 6))
                     (not (distinct cfg.nested 0)))
                (and (= step 125) (= kvm.state 2) (= kvm.pc 7))
                (and (= step 126)
                     (and (= kvm.state 2) (= kvm.pc 8))
                     (< 0 res.pseries_partition_tb))
                (and (= step 127)
                     (and (= kvm.state 2) (= kvm.pc 8))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 128)
                     (and (= kvm.state 2) (= kvm.pc 10))
                     (= kvm.err2 0))
                (and (= step 129)
                     (and (= kvm.state 2) (= kvm.pc 10))
                     (not (= kvm.err2 0)))
                (and (= step 130) (= kvm.state 2) (= kvm.pc 11))
                (and (= step 131) (= kvm.state 2) (= kvm.pc 12))
                (and (= step 132) (= kvm.state 2) (= kvm.pc 13))
                (and (= step 133)
                     (and (= kvm.state 2) (= kvm.pc 14))
                     (distinct cfg.radix 0))
                (and (= step 134)
                     (and (= kvm.state 2) (= kvm.pc 14))
                     (not (distinct cfg.radix 0)))
                (and (= step 135) (and (= kvm.state 2) (= kvm.pc 15)))
                (and (= step 136) (and (= kvm.state 2) (= kvm.pc 15)))
                (and (= step 137) (and (= kvm.state 2) (= kvm.pc 16)))
                (and (= step 138) (and (= kvm.state 2) (= kvm.pc 16)))
                (and (= step 139) (= kvm.state 2) (= kvm.pc 17))
                (and (= step 140)
                     (and (= kvm.state 2) (= kvm.pc 18))
                     (< 0 res.kvm_pte_cache))
                (and (= step 141)
                     (and (= kvm.state 2) (= kvm.pc 18))
                     (not (< 0 res.kvm_pte_cache)))
                (and (= step 142)
                     (and (= kvm.state 2) (= kvm.pc 20))
                     (= kvm.err2 0))
                (and (= step 143)
                     (and (= kvm.state 2) (= kvm.pc 20))
                     (not (= kvm.err2 0)))
                (and (= step 144) (and (= kvm.state 2) (= kvm.pc 21)))
                (and (= step 145) (and (= kvm.state 2) (= kvm.pc 21)))
                (and (= step 146) (= kvm.state 2) (= kvm.pc 22))
                (and (= step 147) (= kvm.state 2) (= kvm.pc 23))
                (and (= step 148)
                     (and (= kvm.state 2) (= kvm.pc 24))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 149) a!13 (< 0 res.pseries_partition_tb))
                (and (= step 150) a!13 (not (< 0 res.pseries_partition_tb)))
                (and (= step 151)
                     (and (= kvm.state 2) (= kvm.pc 25))
                     (= kvm.err2 0))
                (and (= step 152)
                     (and (= kvm.state 2) (= kvm.pc 25))
                     (not (= kvm.err2 0)))
                a!14
                (and (= step 154) a!15 (< 0 res.kvm_pte_cache))
                (and (= step 155) a!15 (not (< 0 res.kvm_pte_cache)))
                a!16
                (and (= step 157) a!17 (< 0 res.kvm_pmd_cache))
                (and (= step 158) a!17 (not (< 0 res.kvm_pmd_cache)))
                (and (= step 159)
                     (and (= kvm.state 2) (= kvm.pc 28))
                     (= kvm.err2 0))
                (and (= step 160)
                     (and (= kvm.state 2) (= kvm.pc 28))
                     (not (= kvm.err2 0)))
                (and (= step 161) (= kvm.state 2) (= kvm.pc 30))
                (and (= step 162)
                     (and (= kvm.state 2) (= kvm.pc 31))
                     (= kvm.err1 0))
                (and (= step 163)
                     (and (= kvm.state 2) (= kvm.pc 31))
                     (not (= kvm.err1 0)))
                (and (= step 164)
                     (and (= kvm.state 2) (= kvm.pc 32))
                     (distinct cfg.pr_possible 0))
                (and (= step 165)
                     (and (= kvm.state 2) (= kvm.pc 32))
                     (not (distinct cfg.pr_possible 0)))
                (and (= step 166)
                     (and (= kvm.state 2) (= kvm.pc 33))
                     (not (distinct cfg.radix 0)))
                (and (= step 167)
                     (and (= kvm.state 2) (= kvm.pc 33))
                     (distinct cfg.radix 0))
                (and (= step 168) (and (= kvm.state 2) (= kvm.pc 34)))
                (and (= step 169) (and (= kvm.state 2) (= kvm.pc 34)))
                (and (= step 170) (= kvm.state 2) (= kvm.pc 35))
                (and (= step 171)
                     (and (= kvm.state 2) (= kvm.pc 36))
                     (= kvm.err2 0))
                (and (= step 172)
                     (and (= kvm.state 2) (= kvm.pc 36))
                     (not (= kvm.err2 0)))
                (and (= step 173) (= kvm.state 2) (= kvm.pc 37))
                (and (= step 174) (= kvm.state 2) (= kvm.pc 38))
                (and (= step 175)
                     (and (= kvm.state 2) (= kvm.pc 39))
                     (= kvm.err1 0))
                (and (= step 176)
                     (and (= kvm.state 2) (= kvm.pc 39))
                     (not (= kvm.err1 0)))
                (and (= step 177)
                     (and (= kvm.state 2) (= kvm.pc 41))
                     (< 0 res.kvmppc_pr_ops))
                (and (= step 178)
                     (and (= kvm.state 2) (= kvm.pc 41))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 179)
                     (and (= kvm.state 2) (= kvm.pc 42))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 180) a!18 (< 0 res.kvmppc_pr_ops))
                (and (= step 181) a!18 (not (< 0 res.kvmppc_pr_ops)))
                a!19
                (and (= step 183) a!20 (< 0 res.hpte_cache))
                (and (= step 184) a!20 (not (< 0 res.hpte_cache)))
                (and (= step 185)
                     (and (= kvm.state 2) (= kvm.pc 44))
                     (= kvm.err2 0))
                (and (= step 186)
                     (and (= kvm.state 2) (= kvm.pc 44))
                     (not (= kvm.err2 0)))
                (and (= step 187)
                     (and (= kvm.state 2) (= kvm.pc 45))
                     (= kvm.err1 0))
                (and (= step 188)
                     (and (= kvm.state 2) (= kvm.pc 45))
                     (not (= kvm.err1 0)))
                (and (= step 189) (and (= kvm.state 2) (= kvm.pc 46)) a!21)
                a!22
                (and (= step 191) (and (= kvm.state 2) (= kvm.pc 47)))
                (and (= step 192) (and (= kvm.state 2) (= kvm.pc 47)))
                (and (= step 193) (and (= kvm.state 2) (= kvm.pc 48)))
                (and (= step 194) (and (= kvm.state 2) (= kvm.pc 48)))
                (and (= step 195) (and (= kvm.state 2) (= kvm.pc 49)))
                (and (= step 196) (and (= kvm.state 2) (= kvm.pc 49)))
                (and (= step 197) (and (= kvm.state 2) (= kvm.pc 50)))
                (and (= step 198) (and (= kvm.state 2) (= kvm.pc 50)))
                (and (= step 199) (= kvm.state 2) (= kvm.pc 51))
                (and (= step 200) (= kvm.state 2) (= kvm.pc 52))
                (and (= step 201) (= kvm.state 2) (= kvm.pc 53))
                (and (= step 202)
                     (and (= kvm.state 2) (= kvm.pc 54))
                     (not (< 0 res.kvm_vfio_ops)))
                (and (= step 203)
                     (and (= kvm.state 2) (= kvm.pc 54))
                     (< 0 res.kvm_vfio_ops))
                (and (= step 204) (= kvm.state 2) (= kvm.pc 55))
                (and (= step 205) (and (= kvm.state 2) (= kvm.pc 56)))
                (and (= step 206) (and (= kvm.state 2) (= kvm.pc 56)))
                (and (= step 207) (= kvm.state 2) (= kvm.pc 57))
                (and (= step 208) (= kvm.state 2) (= kvm.pc 58))
                (and (= step 209)
                     (and (= kvm.state 2) (= kvm.pc 59))
                     (< 0 res.kvm_vfio_ops))
                (and (= step 210)
                     (and (= kvm.state 2) (= kvm.pc 59))
                     (not (< 0 res.kvm_vfio_ops)))
                (and (= step 211)
                     (and (= kvm.state 2) (= kvm.pc 60))
                     (< 0 res.kvm_debugfs))
                (and (= step 212)
                     (and (= kvm.state 2) (= kvm.pc 60))
                     (not (< 0 res.kvm_debugfs)))
                (and (= step 213) (= kvm.state 2) (= kvm.pc 61))
                (and (= step 214)
                     (and (= kvm.state 2) (= kvm.pc 62))
                     (< 0 res.irqfd_cleanup_wq))
                (and (= step 215)
                     (and (= kvm.state 2) (= kvm.pc 62))
                     (not (< 0 res.irqfd_cleanup_wq)))
                a!23
                (and (= step 217) a!24 (< 0 res.cpu_kick_mask))
                (and (= step 218) a!24 (not (< 0 res.cpu_kick_mask)))
                (and (= step 219)
                     (and (= kvm.state 2) (= kvm.pc 64))
                     (< 0 res.kvm_vcpu_cache))
                (and (= step 220)
                     (and (= kvm.state 2) (= kvm.pc 64))
                     (not (< 0 res.kvm_vcpu_cache)))
                (and (= step 221)
                     (and (= kvm.state 2) (= kvm.pc 66))
                     (= kvm.err1 0))
                (and (= step 222)
                     (and (= kvm.state 2) (= kvm.pc 66))
                     (not (= kvm.err1 0)))
                (and (= step 223) (= kvm.state 2) (= kvm.pc 67))
                (and (= step 224)
                     (and (= kvm.state 2) (= kvm.pc 68))
                     (distinct cfg.pr_possible 0))
                (and (= step 225)
                     (and (= kvm.state 2) (= kvm.pc 68))
                     (not (distinct cfg.pr_possible 0)))
                (and (= step 226)
                     (and (= kvm.state 2) (= kvm.pc 69))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 227) a!25 (< 0 res.kvmppc_pr_ops))
                (and (= step 228) a!25 (not (< 0 res.kvmppc_pr_ops)))
                a!26
                (and (= step 230) a!27 (< 0 res.hpte_cache))
                (and (= step 231) a!27 (not (< 0 res.hpte_cache)))
                (and (= step 232)
                     (and (= kvm.state 2) (= kvm.pc 71))
                     (= kvm.err2 0))
                (and (= step 233)
                     (and (= kvm.state 2) (= kvm.pc 71))
                     (not (= kvm.err2 0)))
                (and (= step 234)
                     (and (= kvm.state 2) (= kvm.pc 72))
                     (= kvm.err1 0))
                (and (= step 235)
                     (and (= kvm.state 2) (= kvm.pc 72))
                     (not (= kvm.err1 0)))
                (and (= step 236)
                     (and (= kvm.state 2) (= kvm.pc 73))
                     (distinct cfg.hv_possible 0))
                (and (= step 237)
                     (and (= kvm.state 2) (= kvm.pc 73))
                     (not (distinct cfg.hv_possible 0)))
                (and (= step 238) (= kvm.state 2) (= kvm.pc 74))
                (and (= step 239) (= kvm.state 2) (= kvm.pc 75))
                (and (= step 240)
                     (and (= kvm.state 2) (= kvm.pc 76))
                     (distinct cfg.radix 0))
                (and (= step 241)
                     (and (= kvm.state 2) (= kvm.pc 76))
                     (not (distinct cfg.radix 0)))
                a!28
                (and (= step 243) a!29 (< 0 res.kvm_pte_cache))
                (and (= step 244) a!29 (not (< 0 res.kvm_pte_cache)))
                a!30
                (and (= step 246) a!31 (< 0 res.kvm_pmd_cache))
                (and (= step 247) a!31 (not (< 0 res.kvm_pmd_cache)))
                (and (= step 248)
                     (and (= kvm.state 2) (= kvm.pc 79))
                     (= kvm.err2 0))
                (and (= step 249)
                     (and (= kvm.state 2) (= kvm.pc 79))
                     (not (= kvm.err2 0)))
                (and (= step 250)
                     (and (= kvm.state 2) (= kvm.pc 80))
                     (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 251) a!32 (< 0 res.kvmppc_hv_ops))
                (and (= step 252) a!32 (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 253)
                     (and (= kvm.state 2) (= kvm.pc 81))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 254) a!33 (< 0 res.pseries_partition_tb))
                (and (= step 255) a!33 (not (< 0 res.pseries_partition_tb)))
                (and (= step 256)
                     (and (= kvm.state 2) (= kvm.pc 82))
                     (= kvm.err2 0))
                (and (= step 257)
                     (and (= kvm.state 2) (= kvm.pc 82))
                     (not (= kvm.err2 0)))
                (and (= step 258)
                     (and (= kvm.state 2) (= kvm.pc 83))
                     (= kvm.err1 0))
                (and (= step 259)
                     (and (= kvm.state 2) (= kvm.pc 83))
                     (not (= kvm.err1 0)))
                (and (= step 260)
                     (and (= kvm.state 2) (= kvm.pc 85))
                     (= kvm.err 0))
                (and (= step 261)
                     (and (= kvm.state 2) (= kvm.pc 85))
                     (not (= kvm.err 0)))
                (and (= step 262)
                     (and (= kvm.state 4) (= kvm.pc 0))
                     (< 0 res.kvm_dev))
                (and (= step 263)
                     (and (= kvm.state 4) (= kvm.pc 0))
                     (not (< 0 res.kvm_dev)))
                (and (= step 264) (= kvm.state 4) (= kvm.pc 1))
                (and (= step 265)
                     (and (= kvm.state 4) (= kvm.pc 2))
                     (< 0 res.kvm_debugfs))
                (and (= step 266)
                     (and (= kvm.state 4) (= kvm.pc 2))
                     (not (< 0 res.kvm_debugfs)))
                a!34
                (and (= step 268) a!35 (< 0 res.cpu_kick_mask))
                (and (= step 269) a!35 (not (< 0 res.cpu_kick_mask)))
                a!36
                (and (= step 271) a!37 (< 0 res.kvm_vcpu_cache))
                (and (= step 272) a!37 (not (< 0 res.kvm_vcpu_cache)))
                (and (= step 273)
                     (and (= kvm.state 4) (= kvm.pc 5))
                     (< 0 res.kvm_vfio_ops))
                (and (= step 274)
                     (and (= kvm.state 4) (= kvm.pc 5))
                     (not (< 0 res.kvm_vfio_ops)))
                (and (= step 275) (= kvm.state 4) (= kvm.pc 6))
                (and (= step 276)
                     (and (= kvm.state 4) (= kvm.pc 7))
                     (< 0 res.irqfd_cleanup_wq))
                (and (= step 277)
                     (and (= kvm.state 4) (= kvm.pc 7))
                     (not (< 0 res.irqfd_cleanup_wq)))
                (and (= step 278)
                     (and (= kvm.state 4) (= kvm.pc 8))
                     (= kvm.err1 0))
                (and (= step 279)
                     (and (= kvm.state 4) (= kvm.pc 8))
                     (not (= kvm.err1 0)))
                (and (= step 280)
                     (and (= kvm.state 4) (= kvm.pc 9))
                     (distinct cfg.pr_possible 0))
                (and (= step 281)
                     (and (= kvm.state 4) (= kvm.pc 9))
                     (not (distinct cfg.pr_possible 0)))
                (and (= step 282)
                     (and (= kvm.state 4) (= kvm.pc 10))
                     (not (< 0 res.kvmppc_pr_ops)))
                (and (= step 283) a!38 (< 0 res.kvmppc_pr_ops))
                (and (= step 284) a!38 (not (< 0 res.kvmppc_pr_ops)))
                a!39
                (and (= step 286) a!40 (< 0 res.hpte_cache))
                (and (= step 287) a!40 (not (< 0 res.hpte_cache)))
                (and (= step 288)
                     (and (= kvm.state 4) (= kvm.pc 12))
                     (= kvm.err2 0))
                (and (= step 289)
                     (and (= kvm.state 4) (= kvm.pc 12))
                     (not (= kvm.err2 0)))
                (and (= step 290)
                     (and (= kvm.state 4) (= kvm.pc 13))
                     (= kvm.err1 0))
                (and (= step 291)
                     (and (= kvm.state 4) (= kvm.pc 13))
                     (not (= kvm.err1 0)))
                (and (= step 292)
                     (and (= kvm.state 4) (= kvm.pc 14))
                     (distinct cfg.hv_possible 0))
                (and (= step 293)
                     (and (= kvm.state 4) (= kvm.pc 14))
                     (not (distinct cfg.hv_possible 0)))
                (and (= step 294) (= kvm.state 4) (= kvm.pc 15))
                (and (= step 295) (= kvm.state 4) (= kvm.pc 16))
                (and (= step 296)
                     (and (= kvm.state 4) (= kvm.pc 17))
                     (distinct cfg.radix 0))
                (and (= step 297)
                     (and (= kvm.state 4) (= kvm.pc 17))
                     (not (distinct cfg.radix 0)))
                a!41
                (and (= step 299) a!42 (< 0 res.kvm_pte_cache))
                (and (= step 300) a!42 (not (< 0 res.kvm_pte_cache)))
                a!43
                (and (= step 302) a!44 (< 0 res.kvm_pmd_cache))
                (and (= step 303) a!44 (not (< 0 res.kvm_pmd_cache)))
                (and (= step 304)
                     (and (= kvm.state 4) (= kvm.pc 20))
                     (= kvm.err2 0))
                (and (= step 305)
                     (and (= kvm.state 4) (= kvm.pc 20))
                     (not (= kvm.err2 0)))
                (and (= step 306)
                     (and (= kvm.state 4) (= kvm.pc 21))
                     (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 307) a!45 (< 0 res.kvmppc_hv_ops))
                (and (= step 308) a!45 (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 309)
                     (and (= kvm.state 4) (= kvm.pc 22))
                     (not (< 0 res.pseries_partition_tb)))
                (and (= step 310) a!46 (< 0 res.pseries_partition_tb))
                (and (= step 311) a!46 (not (< 0 res.pseries_partition_tb)))
                (and (= step 312)
                     (and (= kvm.state 4) (= kvm.pc 23))
                     (= kvm.err2 0))
                (and (= step 313)
                     (and (= kvm.state 4) (= kvm.pc 23))
                     (not (= kvm.err2 0)))
                (and (= step 314)
                     (and (= kvm.state 4) (= kvm.pc 24))
                     (= kvm.err1 0))
                (and (= step 315)
                     (and (= kvm.state 4) (= kvm.pc 24))
                     (not (= kvm.err1 0)))
                (and (= step 316) (= kvm.state 4) (= kvm.pc 25) (= kvm.err 0))
                (and (= step 317) (= kvm.state 3))
                (and (= step 318) (= kvm.state 0))
                (and (= step 319)
                     (and (= kvm.state 2) (= kvm.pc 86))
                     (= kvm.err 0))
                (and (= step 320)
                     (and (= kvm.state 2) (= kvm.pc 86))
                     (not (= kvm.err 0)))
                (and (= step 321) (= kvm.state 3) (not (= kvm.refs 0)))
                (and (= step 322) (= kvm.state 0))
                (and (= step 323) (= kvm.state 3) (= kvm.refs 0))
                a!47
                (and (= step 325) (= kvm.state 7) (not (= kvm.err 0)))
                (and (= step 326) (= kvm.state 7) (= kvm.err 0))))
      (a!53 (ite (= step 310)
                 23
                 (ite (= step 311) 23 (ite (= step 312) 24 a!52))))
      (a!125 (ite (= step 106)
                  a!123
                  (ite (= step 107) a!123 (ite (= step 108) a!123 a!124))))
      (a!135 (ite (= step 258)
                  0
                  (ite (= step 259) 0 (ite (= step 278) 0 a!134))))
      (a!147 (ite (= step 256)
                  0
                  (ite (= step 257) 0 (ite (= step 288) 0 a!146))))
      (a!158 (= |res.irqfd_cleanup_wq'|
                (ite (= step 197) 1 (ite (= step 214) 0 a!157))))
      (a!161 (ite (= step 219)
                  (ite (< 0 res.kvm_vcpu_cache)
                       (- 0 res.kvm_vcpu_cache)
                       res.kvm_vcpu_cache)
                  (ite (= step 220)
                       (ite (< 0 res.kvm_vcpu_cache)
                            (- 0 res.kvm_vcpu_cache)
                            res.kvm_vcpu_cache)
                       a!160)))
      (a!165 (ite (= step 217)
                  (ite (< 0 res.cpu_kick_mask)
                       (- 0 res.cpu_kick_mask)
                       res.cpu_kick_mask)
                  (ite (= step 218)
                       (ite (< 0 res.cpu_kick_mask)
                            (- 0 res.cpu_kick_mask)
                            res.cpu_kick_mask)
                       a!164)))
      (a!176 (ite (= step 149)
                  0
                  (ite (= step 150) 0 (ite (= step 254) 0 a!175))))
      (a!180 (ite (= step 154)
                  0
                  (ite (= step 155) 0 (ite (= step 243) 0 a!179))))
      (a!184 (ite (= step 157)
                  0
                  (ite (= step 158) 0 (ite (= step 246) 0 a!183))))
      (a!189 (= |res.kvmppc_pr_ops'|
                (ite (= step 173) 1 (ite (= step 180) 0 a!188))))
      (a!192 (ite (= step 230)
                  (ite (< 0 res.hpte_cache) (- 0 res.hpte_cache) res.hpte_cache)
                  (ite (= step 231)
                       (ite (< 0 res.hpte_cache)
                            (- 0 res.hpte_cache)
                            res.hpte_cache)
                       a!191)))
      (a!197 (ite (= step 89)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!196))
      (a!217 (ite (= step 272)
                  1
                  (ite (= step 274) 1 (ite (= step 277) 1 a!216))))
      (a!227 (ite (= step 249)
                  1
                  (ite (= step 257) 1 (ite (= step 259) 1 a!226))))
      (a!233 (ite (= step 54)
                  mon.ops-deref-pinned
                  (ite (= step 55)
                       mon.ops-deref-pinned
                       (ite (= step 56) mon.ops-deref-pinned a!232))))
      (a!239 (ite (= step 98)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!238))
      (a!256 (ite (= step 28)
                  (+ n3 1)
                  (ite (= step 31) (- n3 1) (ite (= step 34) (+ n3 1) a!255))))
      (a!270 (ite (= step 27)
                  (+ n12 1)
                  (ite (= step 41) (+ n12 1) (ite (= step 42) (+ n12 1) a!269))))
      (a!304 (= |n39'|
                (ite (= step 15) (+ n39 1) (ite (= step 19) (- n39 1) a!303))))
      (a!307 (= |n40'|
                (ite (= step 17) (+ n40 1) (ite (= step 20) (- n40 1) a!306)))))
(let ((a!54 (ite (= step 307)
                 22
                 (ite (= step 308) 22 (ite (= step 309) 23 a!53))))
      (a!126 (ite (= step 103)
                  a!123
                  (ite (= step 104) a!123 (ite (= step 105) a!123 a!125))))
      (a!136 (ite (= step 222)
                  0
                  (ite (= step 234) 0 (ite (= step 235) 0 a!135))))
      (a!148 (ite (= step 233)
                  0
                  (ite (= step 248) 0 (ite (= step 249) 0 a!147))))
      (a!162 (ite (= step 191)
                  1
                  (ite (= step 192)
                       (ite (< res.kvm_vcpu_cache 0) 0 res.kvm_vcpu_cache)
                       a!161)))
      (a!166 (ite (= step 193)
                  1
                  (ite (= step 194)
                       (ite (< res.cpu_kick_mask 0) 0 res.cpu_kick_mask)
                       a!165)))
      (a!177 (ite (= step 121)
                  1
                  (ite (= step 126) 0 (ite (= step 127) 0 a!176))))
      (a!181 (ite (= step 135)
                  1
                  (ite (= step 140) 0 (ite (= step 141) 0 a!180))))
      (a!193 (ite (= step 183)
                  (ite (< 0 res.hpte_cache) (- 0 res.hpte_cache) res.hpte_cache)
                  (ite (= step 184)
                       (ite (< 0 res.hpte_cache)
                            (- 0 res.hpte_cache)
                            res.hpte_cache)
                       a!192)))
      (a!198 (ite (= step 88)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!197))
      (a!218 (ite (= step 263)
                  1
                  (ite (= step 266) 1 (ite (= step 269) 1 a!217))))
      (a!228 (ite (= step 188)
                  1
                  (ite (= step 233) 1 (ite (= step 235) 1 a!227))))
      (a!234 (ite (= step 51)
                  mon.ops-deref-pinned
                  (ite (= step 52)
                       mon.ops-deref-pinned
                       (ite (= step 53) mon.ops-deref-pinned a!233))))
      (a!240 (ite (= step 97)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!239))
      (a!257 (ite (= step 13)
                  (+ n3 1)
                  (ite (= step 18) (- n3 1) (ite (= step 24) (- n3 1) a!256)))))
(let ((a!55 (ite (= step 304)
                 21
                 (ite (= step 305) 21 (ite (= step 306) 22 a!54))))
      (a!127 (ite (= step 64)
                  a!122
                  (ite (= step 65) a!122 (ite (= step 66) a!122 a!126))))
      (a!137 (ite (= step 206)
                  12
                  (ite (= step 207) 0 (ite (= step 221) 0 a!136))))
      (a!149 (ite (= step 185)
                  0
                  (ite (= step 186) 0 (ite (= step 232) 0 a!148))))
      (a!194 (ite (= step 168)
                  1
                  (ite (= step 169)
                       (ite (< res.hpte_cache 0) 0 res.hpte_cache)
                       a!193)))
      (a!199 (ite (= step 87)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!198))
      (a!219 (ite (= step 247)
                  1
                  (ite (= step 252) 1 (ite (= step 255) 1 a!218))))
      (a!229 (ite (= step 152)
                  1
                  (ite (= step 160) 1 (ite (= step 186) 1 a!228))))
      (a!235 (ite (= step 48)
                  mon.ops-deref-pinned
                  (ite (= step 49)
                       mon.ops-deref-pinned
                       (ite (= step 50) mon.ops-deref-pinned a!234))))
      (a!241 (ite (= step 94) 1 (ite (= step 95) 1 (ite (= step 96) 1 a!240)))))
(let ((a!56 (ite (= step 301)
                 20
                 (ite (= step 302) 20 (ite (= step 303) 20 a!55))))
      (a!128 (ite (= step 58)
                  a!123
                  (ite (= step 59) a!123 (ite (= step 63) a!122 a!127))))
      (a!138 (ite (= step 196)
                  12
                  (ite (= step 198) 12 (ite (= step 203) 17 a!137))))
      (a!150 (ite (= step 170)
                  0
                  (ite (= step 171) 0 (ite (= step 172) 0 a!149))))
      (a!200 (ite (= step 86)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!199))
      (a!220 (ite (= step 228)
                  1
                  (ite (= step 231) 1 (ite (= step 244) 1 a!219))))
      (a!236 (ite (= step 45)
                  mon.ops-deref-pinned
                  (ite (= step 46)
                       mon.ops-deref-pinned
                       (ite (= step 47) mon.ops-deref-pinned a!235))))
      (a!242 (ite (= step 70)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!241)))
(let ((a!57 (ite (= step 298)
                 19
                 (ite (= step 299) 19 (ite (= step 300) 19 a!56))))
      (a!129 (ite (= step 55)
                  a!122
                  (ite (= step 56) a!122 (ite (= step 57) a!123 a!128))))
      (a!139 (ite (= step 188)
                  0
                  (ite (= step 192) 12 (ite (= step 194) 12 a!138))))
      (a!151 (ite (= step 159)
                  0
                  (ite (= step 160) 0 (ite (= step 169) 12 a!150))))
      (a!201 (ite (= step 85)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!200))
      (a!221 (ite (= step 215)
                  1
                  (ite (= step 218) 1 (ite (= step 220) 1 a!220))))
      (a!237 (ite (= step 42)
                  mon.ops-deref-pinned
                  (ite (= step 43)
                       mon.ops-deref-pinned
                       (ite (= step 44) mon.ops-deref-pinned a!236))))
      (a!243 (ite (= step 69)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!242)))
(let ((a!58 (ite (= step 295)
                 17
                 (ite (= step 296) 18 (ite (= step 297) 21 a!57))))
      (a!130 (ite (= step 20)
                  a!123
                  (ite (= step 53) a!122 (ite (= step 54) a!122 a!129))))
      (a!140 (ite (= step 175)
                  0
                  (ite (= step 176) 0 (ite (= step 187) 0 a!139))))
      (a!152 (ite (= step 143)
                  0
                  (ite (= step 151) 0 (ite (= step 152) 0 a!151))))
      (a!202 (ite (= step 84)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!201))
      (a!222 (ite (= step 184)
                  1
                  (ite (= step 210) 1 (ite (= step 212) 1 a!221))))
      (a!244 (ite (= step 68)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!243)))
(let ((a!59 (ite (= step 292)
                 15
                 (ite (= step 293) 25 (ite (= step 294) 16 a!58))))
      (a!131 (ite (= step 11)
                  a!122
                  (ite (= step 18) a!123 (ite (= step 19) a!123 a!130))))
      (a!141 (ite (= step 167)
                  5
                  (ite (= step 172) kvm.err2 (ite (= step 174) 0 a!140))))
      (a!153 (ite (= step 138)
                  12
                  (ite (= step 139) 0 (ite (= step 142) 0 a!152))))
      (a!203 (ite (= step 83)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!202))
      (a!223 (ite (= step 155)
                  1
                  (ite (= step 158) 1 (ite (= step 181) 1 a!222))))
      (a!245 (ite (= step 67)
                  (ite (or (distinct mon.ops-deref-valid 0) a!2) 1 0)
                  a!244)))
(let ((a!60 (ite (= step 289)
                 13
                 (ite (= step 290) 14 (ite (= step 291) 14 a!59))))
      (a!132 (= |kvm.refs'|
                (ite (= step 9) a!122 (ite (= step 10) a!122 a!131))))
      (a!142 (ite (= step 161)
                  19
                  (ite (= step 162) 0 (ite (= step 163) 0 a!141))))
      (a!154 (ite (= step 128)
                  0
                  (ite (= step 129) 0 (ite (= step 136) 12 a!153))))
      (a!204 (ite (= step 82)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!203))
      (a!224 (ite (= step 127)
                  1
                  (ite (= step 141) 1 (ite (= step 150) 1 a!223))))
      (a!246 (ite (= step 46) 1 (ite (= step 47) 1 (ite (= step 48) 1 a!245)))))
(let ((a!61 (ite (= step 286)
                 12
                 (ite (= step 287) 12 (ite (= step 288) 13 a!60))))
      (a!143 (ite (= step 143)
                  kvm.err2
                  (ite (= step 145) 12 (ite (= step 147) 0 a!142))))
      (a!155 (ite (= step 122)
                  12
                  (ite (= step 124) 19 (ite (= step 125) 0 a!154))))
      (a!205 (ite (= step 81)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!204))
      (a!247 (ite (= step 43) 1 (ite (= step 44) 1 (ite (= step 45) 1 a!246)))))
(let ((a!62 (ite (= step 283)
                 11
                 (ite (= step 284) 11 (ite (= step 285) 12 a!61))))
      (a!144 (= |kvm.err1'|
                (ite (= step 117) 5 (ite (= step 129) kvm.err2 a!143))))
      (a!206 (ite (= step 80)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!205))
      (a!248 (ite (= step 8) 1 (ite (= step 41) 1 (ite (= step 42) 1 a!247)))))
(let ((a!63 (ite (= step 280)
                 10
                 (ite (= step 281) 14 (ite (= step 282) 11 a!62))))
      (a!207 (ite (= step 79)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!206))
      (a!249 (= |mon.ops-deref-valid'|
                (ite (= step 6) 1 (ite (= step 7) 1 a!248)))))
(let ((a!64 (ite (= step 277) 8 (ite (= step 278) 9 (ite (= step 279) 9 a!63))))
      (a!208 (ite (= step 38)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!207)))
(let ((a!65 (ite (= step 274) 6 (ite (= step 275) 7 (ite (= step 276) 8 a!64))))
      (a!209 (ite (= step 33)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!208)))
(let ((a!66 (ite (= step 271) 5 (ite (= step 272) 5 (ite (= step 273) 6 a!65))))
      (a!210 (ite (= step 27)
                  (ite (or (distinct mon.ioctl-needs-backend 0) a!195) 1 0)
                  a!209)))
(let ((a!67 (ite (= step 268) 4 (ite (= step 269) 4 (ite (= step 270) 5 a!66)))))
(let ((a!68 (ite (= step 265) 3 (ite (= step 266) 3 (ite (= step 267) 4 a!67)))))
(let ((a!69 (ite (= step 262) 1 (ite (= step 263) 1 (ite (= step 264) 2 a!68)))))
(let ((a!70 (ite (= step 259)
                 85
                 (ite (= step 260) 86 (ite (= step 261) 86 a!69)))))
(let ((a!71 (ite (= step 256)
                 83
                 (ite (= step 257) 83 (ite (= step 258) 85 a!70)))))
(let ((a!72 (ite (= step 253)
                 82
                 (ite (= step 254) 82 (ite (= step 255) 82 a!71)))))
(let ((a!73 (ite (= step 250)
                 81
                 (ite (= step 251) 81 (ite (= step 252) 81 a!72)))))
(let ((a!74 (ite (= step 247)
                 79
                 (ite (= step 248) 80 (ite (= step 249) 80 a!73)))))
(let ((a!75 (ite (= step 244)
                 78
                 (ite (= step 245) 79 (ite (= step 246) 79 a!74)))))
(let ((a!76 (ite (= step 241)
                 80
                 (ite (= step 242) 78 (ite (= step 243) 78 a!75)))))
(let ((a!77 (ite (= step 238)
                 75
                 (ite (= step 239) 76 (ite (= step 240) 77 a!76)))))
(let ((a!78 (ite (= step 235)
                 73
                 (ite (= step 236) 74 (ite (= step 237) 85 a!77)))))
(let ((a!79 (ite (= step 232)
                 72
                 (ite (= step 233) 72 (ite (= step 234) 73 a!78)))))
(let ((a!80 (ite (= step 229)
                 71
                 (ite (= step 230) 71 (ite (= step 231) 71 a!79)))))
(let ((a!81 (ite (= step 226)
                 70
                 (ite (= step 227) 70 (ite (= step 228) 70 a!80)))))
(let ((a!82 (ite (= step 223)
                 85
                 (ite (= step 224) 69 (ite (= step 225) 73 a!81)))))
(let ((a!83 (ite (= step 220)
                 66
                 (ite (= step 221) 67 (ite (= step 222) 68 a!82)))))
(let ((a!84 (ite (= step 217)
                 64
                 (ite (= step 218) 64 (ite (= step 219) 66 a!83)))))
(let ((a!85 (ite (= step 214)
                 63
                 (ite (= step 215) 63 (ite (= step 216) 64 a!84)))))
(let ((a!86 (ite (= step 211)
                 61
                 (ite (= step 212) 61 (ite (= step 213) 62 a!85)))))
(let ((a!87 (ite (= step 208)
                 59
                 (ite (= step 209) 60 (ite (= step 210) 60 a!86)))))
(let ((a!88 (ite (= step 205)
                 57
                 (ite (= step 206) 58 (ite (= step 207) 66 a!87)))))
(let ((a!89 (ite (= step 202)
                 55
                 (ite (= step 203) 60 (ite (= step 204) 56 a!88)))))
(let ((a!90 (ite (= step 199)
                 52
                 (ite (= step 200) 53 (ite (= step 201) 54 a!89)))))
(let ((a!91 (ite (= step 196)
                 63
                 (ite (= step 197) 51 (ite (= step 198) 63 a!90)))))
(let ((a!92 (ite (= step 193)
                 49
                 (ite (= step 194) 63 (ite (= step 195) 50 a!91)))))
(let ((a!93 (ite (= step 190)
                 68
                 (ite (= step 191) 48 (ite (= step 192) 66 a!92)))))
(let ((a!94 (ite (= step 187)
                 46
                 (ite (= step 188) 46 (ite (= step 189) 47 a!93)))))
(let ((a!95 (ite (= step 184)
                 44
                 (ite (= step 185) 45 (ite (= step 186) 45 a!94)))))
(let ((a!96 (ite (= step 181)
                 43
                 (ite (= step 182) 44 (ite (= step 183) 44 a!95)))))
(let ((a!97 (ite (= step 178)
                 46
                 (ite (= step 179) 43 (ite (= step 180) 43 a!96)))))
(let ((a!98 (ite (= step 175)
                 46
                 (ite (= step 176) 41 (ite (= step 177) 42 a!97)))))
(let ((a!99 (ite (= step 172)
                 39
                 (ite (= step 173) 38 (ite (= step 174) 39 a!98)))))
(let ((a!100 (ite (= step 169)
                  36
                  (ite (= step 170) 36 (ite (= step 171) 37 a!99)))))
(let ((a!101 (ite (= step 166)
                  34
                  (ite (= step 167) 39 (ite (= step 168) 35 a!100)))))
(let ((a!102 (ite (= step 163)
                  32
                  (ite (= step 164) 33 (ite (= step 165) 46 a!101)))))
(let ((a!103 (ite (= step 160)
                  31
                  (ite (= step 161) 31 (ite (= step 162) 32 a!102)))))
(let ((a!104 (ite (= step 157)
                  28
                  (ite (= step 158) 28 (ite (= step 159) 31 a!103)))))
(let ((a!105 (ite (= step 154)
                  27
                  (ite (= step 155) 27 (ite (= step 156) 28 a!104)))))
(let ((a!106 (ite (= step 151)
                  26
                  (ite (= step 152) 26 (ite (= step 153) 27 a!105)))))
(let ((a!107 (ite (= step 148)
                  25
                  (ite (= step 149) 25 (ite (= step 150) 25 a!106)))))
(let ((a!108 (ite (= step 145)
                  24
                  (ite (= step 146) 23 (ite (= step 147) 31 a!107)))))
(let ((a!109 (ite (= step 142)
                  21
                  (ite (= step 143) 24 (ite (= step 144) 22 a!108)))))
(let ((a!110 (ite (= step 139)
                  20
                  (ite (= step 140) 20 (ite (= step 141) 20 a!109)))))
(let ((a!111 (ite (= step 136)
                  20
                  (ite (= step 137) 17 (ite (= step 138) 18 a!110)))))
(let ((a!112 (ite (= step 133)
                  15
                  (ite (= step 134) 21 (ite (= step 135) 16 a!111)))))
(let ((a!113 (ite (= step 130)
                  12
                  (ite (= step 131) 13 (ite (= step 132) 14 a!112)))))
(let ((a!114 (ite (= step 127)
                  10
                  (ite (= step 128) 11 (ite (= step 129) 31 a!113)))))
(let ((a!115 (ite (= step 124)
                  8
                  (ite (= step 125) 10 (ite (= step 126) 10 a!114)))))
(let ((a!116 (ite (= step 121)
                  6
                  (ite (= step 122) 10 (ite (= step 123) 7 a!115)))))
(let ((a!117 (ite (= step 118)
                  4
                  (ite (= step 119) 10 (ite (= step 120) 5 a!116)))))
(let ((a!118 (ite (= step 115)
                  2
                  (ite (= step 116) 3 (ite (= step 117) 30 a!117)))))
(let ((a!119 (= |kvm.pc'| (ite (= step 113) 1 (ite (= step 114) 32 a!118)))))
  (and a!48
       (= |cfg.hv_possible'| cfg.hv_possible)
       (= |cfg.pr_possible'| cfg.pr_possible)
       (= |cfg.radix'| cfg.radix)
       (= |cfg.nested'| cfg.nested)
       (= |kvm.state'| (ite (= step 318) 2 a!50))
       a!119
       a!121
       a!132
       a!144
       (= |kvm.err2'| (ite (= step 119) 19 a!155))
       a!158
       (= |res.kvm_vcpu_cache'| a!162)
       (= |res.cpu_kick_mask'| a!166)
       (= |res.async_pf_cache'| a!167)
       (= |res.kvm_debugfs'| (ite (= step 201) 1 a!169))
       (= |res.kvm_vfio_ops'| a!171)
       a!173
       (= |res.pseries_partition_tb'| a!177)
       (= |res.kvm_pte_cache'| a!181)
       (= |res.kvm_pmd_cache'| (ite (= step 137) 1 a!184))
       (= |res.kvmppc_hv_ops'| a!186)
       a!189
       (= |res.hpte_cache'| a!194)
       (= |mon.ioctl-needs-backend'| a!210)
       (= |mon.no-escape-from-failed-init'|
          (ite (= step 324) (ite a!211 1 0) mon.no-escape-from-failed-init))
       (= |mon.failed-init-releases-all'|
          (ite (= step 324) a!213 mon.failed-init-releases-all))
       (= |mon.exit-releases-all'|
          (ite (= step 324) (ite a!214 1 0) mon.exit-releases-all))
       (= |mon.no-double-release'| a!224)
       (= |mon.init-result-checked'| a!229)
       (= |mon.ops-deref-pinned'| (ite (= step 41) mon.ops-deref-pinned a!237))
       a!249
       (= |actors'| actors)
       (= |n0'| (ite (= step 0) (- n0 1) a!251))
       (= |n1'| (ite (= step 0) (+ n1 1) a!252))
       a!253
       (= |n3'| a!257)
       a!258
       (= |n5'| (ite (= step 24) (+ n5 1) a!259))
       (= |n6'| a!260)
       (= |n7'| a!261)
       (= |n8'| (ite (= step 88) (+ n8 1) a!262))
       (= |n9'| a!263)
       a!265
       a!267
       (= |n12'| a!270)
       a!272
       (= |n14'| a!274)
       a!276
       (= |n16'| a!278)
       (= |n17'| a!279)
       a!280
       (= |n19'| a!281)
       a!282
       a!283
       (= |n22'| a!284)
       a!285
       a!286
       (= |n25'| a!287)
       a!288
       a!289
       (= |n28'| a!290)
       a!292
       (= |n30'| a!293)
       (= |n31'| a!294)
       (= |n32'| a!295)
       (= |n33'| a!296)
       (= |n34'| a!297)
       a!298
       a!299
       a!300
       a!301
       a!304
       a!307
       a!308
       (= |n42'| (ite (= step 89) (+ n42 1) a!309))
       (= |n43'| a!310)
       a!311
       a!312
       (= |n46'| (ite (= step 90) (+ n46 1) a!313))
       (= |n47'| a!314)
       a!315
       (= |n49'| (ite (= step 1) (- n49 1) a!317))
       (= |n50'| a!318)
       (= |n51'| (ite (= step 2) (- n51 1) a!320))
       (= |n52'| (ite (= step 1) (+ n52 1) a!321))
       a!322
       a!323
       (= |n55'| (ite (= step 2) (+ n55 1) a!324))
       a!325
       a!326
       (= |n58'| a!327))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert inv)
(assert trans)
(assert (not |inv'|))
(check-sat)
(exit)
