; kvmlc proof certificate: initiation
;   init(s) && !inv(s) is unsat: the invariant holds initially
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
(define-fun init () Bool
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
     (<= cfg.nested 1)
     (= kvm.state 0)
     (= kvm.pc 0)
     (= kvm.err 0)
     (= kvm.refs 0)
     (= kvm.err1 0)
     (= kvm.err2 0)
     (= res.irqfd_cleanup_wq 0)
     (= res.kvm_vcpu_cache 0)
     (= res.cpu_kick_mask 0)
     (= res.async_pf_cache 0)
     (= res.kvm_debugfs 0)
     (= res.kvm_vfio_ops 0)
     (= res.kvm_dev 0)
     (= res.pseries_partition_tb 0)
     (= res.kvm_pte_cache 0)
     (= res.kvm_pmd_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= res.kvmppc_pr_ops 0)
     (= res.hpte_cache 0)
     (= mon.ioctl-needs-backend 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.no-double-release 0)
     (= mon.init-result-checked 0)
     (= mon.ops-deref-pinned 0)
     (= mon.ops-deref-valid 0)
     (= n1 0)
     (= n2 0)
     (= n3 0)
     (= n4 0)
     (= n5 0)
     (= n6 0)
     (= n7 0)
     (= n8 0)
     (= n9 0)
     (= n10 0)
     (= n11 0)
     (= n12 0)
     (= n13 0)
     (= n14 0)
     (= n15 0)
     (= n16 0)
     (= n17 0)
     (= n18 0)
     (= n19 0)
     (= n20 0)
     (= n21 0)
     (= n22 0)
     (= n23 0)
     (= n24 0)
     (= n25 0)
     (= n26 0)
     (= n27 0)
     (= n28 0)
     (= n29 0)
     (= n30 0)
     (= n31 0)
     (= n32 0)
     (= n33 0)
     (= n34 0)
     (= n35 0)
     (= n36 0)
     (= n37 0)
     (= n38 0)
     (= n39 0)
     (= n40 0)
     (= n41 0)
     (= n42 0)
     (= n43 0)
     (= n44 0)
     (= n45 0)
     (= n46 0)
     (= n47 0)
     (= n48 0)
     (= n49 0)
     (= n50 0)
     (= n51 0)
     (= n52 0)
     (= n53 0)
     (= n54 0)
     (= n55 0)
     (= n56 0)
     (= n57 0)
     (= n58 0)))
(assert init)
(assert (not inv))
(check-sat)
(exit)
