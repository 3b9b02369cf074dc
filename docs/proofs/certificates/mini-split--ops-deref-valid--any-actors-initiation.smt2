; kvmlc proof certificate: initiation
;   init(s) && !inv(s) is unsat: the invariant holds initially
; variant mini-split, property ops-deref-valid, configuration every configuration config_ok allows (with the --config choices), engine counter system, any number of actors
; Userspace calls never dereference a NULL ops pointer or an ops pointer, device or module that has been freed.
; any number of userspace actors: a state counts the actors in each local state (unbounded integers, `actors` in all), docs/counter-system.md
; n0 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n1 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n2 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n3 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n4 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n5 = #{fd=1,pc=1,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n6 = #{fd=1,pc=1,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n7 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n8 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n9 = #{fd=1,pc=2,arg=0,sel=1,sel_owner=2,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n10 = #{fd=1,pc=5,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n11 = #{fd=1,pc=2,arg=1,sel=1,sel_owner=2,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n12 = #{fd=1,pc=5,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=1}
; n13 = #{fd=1,pc=3,arg=0,sel=1,sel_owner=0,stale=0,vm=0,vm_owner=2,vm_fd=1}
; n14 = #{fd=1,pc=2,arg=0,sel=1,sel_owner=2,stale=1,vm=0,vm_owner=0,vm_fd=1}
; n15 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n16 = #{fd=1,pc=3,arg=1,sel=1,sel_owner=0,stale=0,vm=0,vm_owner=2,vm_fd=1}
; n17 = #{fd=1,pc=2,arg=1,sel=1,sel_owner=2,stale=1,vm=0,vm_owner=0,vm_fd=1}
; n18 = #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n19 = #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n20 = #{fd=1,pc=4,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=2,vm_fd=1}
; n21 = #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n22 = #{fd=1,pc=4,arg=1,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=2,vm_fd=1}
; n23 = #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n24 = #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n25 = #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n26 = #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n27 = #{fd=1,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}
; n28 = #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n29 = #{fd=1,pc=12,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; n30 = #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n31 = #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}
; n32 = #{fd=0,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}
; n33 = #{fd=0,pc=12,arg=0,sel=0,sel_owner=0,stale=0,vm=0,vm_owner=0,vm_fd=0}
; The invariant is the conjunction of 15 lemmas, below. The file asserts the negation of the obligation:
; `unsat` means it holds. Check with `z3 -smt2 FILE` and `cvc5 --lang smt2 FILE`.
(set-logic QF_LIA)
(declare-fun cfg.hv_possible () Int)
(declare-fun kvm.state () Int)
(declare-fun kvm.pc () Int)
(declare-fun kvm.err () Int)
(declare-fun kvm.refs () Int)
(declare-fun kvm.err1 () Int)
(declare-fun kvm_hv.state () Int)
(declare-fun kvm_hv.pc () Int)
(declare-fun kvm_hv.err () Int)
(declare-fun kvm_hv.refs () Int)
(declare-fun res.kvm_dev () Int)
(declare-fun res.kvm_pte_cache () Int)
(declare-fun res.kvmppc_hv_ops () Int)
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
(declare-fun |cfg.hv_possible'| () Int)
(declare-fun |kvm.state'| () Int)
(declare-fun |kvm.pc'| () Int)
(declare-fun |kvm.err'| () Int)
(declare-fun |kvm.refs'| () Int)
(declare-fun |kvm.err1'| () Int)
(declare-fun |kvm_hv.state'| () Int)
(declare-fun |kvm_hv.pc'| () Int)
(declare-fun |kvm_hv.err'| () Int)
(declare-fun |kvm_hv.refs'| () Int)
(declare-fun |res.kvm_dev'| () Int)
(declare-fun |res.kvm_pte_cache'| () Int)
(declare-fun |res.kvmppc_hv_ops'| () Int)
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
(declare-fun step () Int)
; lemma1: structure: the counts are >= 0 and sum to actors >= 0; config_ok
(define-fun lemma1 ( (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int) (actors Int) (cfg.hv_possible Int)) Bool
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
           n33)
        actors)
     (<= 0 actors)
     (<= 0 cfg.hv_possible)
     (<= cfg.hv_possible 1)
     (= cfg.hv_possible 0)))
; lemma2: #actors(at create_vm:kvm_create_vm) + #actors(at create_vm:put_dev) + #actors(fd=kvm, at open:returning, vm_fd=none) + #actors(fd=kvm, at idle, vm_fd=none) + #actors(at check_extension:returning, vm_fd=none) + #actors(arg=0, vm_fd=none) + #actors(arg=1, vm_fd=none) > 0 -> (kvm.state == COMING || kvm.state == LIVE) && held(kvm_dev) by kvm
(define-fun lemma2 ( (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n10 Int) (n12 Int) (n15 Int) (n18 Int) (kvm.state Int) (kvm_hv.state Int) (res.kvm_dev Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm_hv.state 0)
                (= res.kvm_dev 1)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
  (or (= (+ 0 n2 n3 n5 n6 n7 n10 n12 n15 n18) 0)
      (and (= kvm.state 2) a!1)
      (and (= kvm.state 3) a!1))))
; lemma3: always: kvm_hv.pc == 0 && kvm_hv.err == 0 && !held(kvm_pte_cache) && #actors(at create_vm:ops_read) == 0 && #actors(at create_vm:owner_pinned) == 0 && #actors(at create_vm:put_owner) == 0 && #actors(at check_extension:ops_read) == 0 && #actors(at close_vm:returning) == 0
(define-fun lemma3 ( (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_pte_cache Int) (n9 Int) (n11 Int) (n14 Int) (n17 Int) (n13 Int) (n16 Int) (n20 Int) (n22 Int) (n8 Int) (n26 Int) (n29 Int) (n33 Int)) Bool
  (and (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_pte_cache 0)
     (= (+ n9 n11 n14 n17) 0)
     (= (+ n13 n16) 0)
     (= (+ n20 n22) 0)
     (= (+ n8 n26) 0)
     (= (+ n29 n33) 0)))
; lemma4: exit-releases-all holds
(define-fun lemma4 ( (mon.exit-releases-all Int)) Bool
  (not (= mon.exit-releases-all 1)))
; lemma5: failed-init-releases-all holds
(define-fun lemma5 ( (mon.failed-init-releases-all Int)) Bool
  (not (= mon.failed-init-releases-all 1)))
; lemma6: in range: mon.no-escape-from-failed-init in [0, 1] && mon.failed-init-releases-all in [0, 1] && mon.exit-releases-all in [0, 1]
(define-fun lemma6 ( (mon.no-escape-from-failed-init Int) (mon.failed-init-releases-all Int) (mon.exit-releases-all Int)) Bool
  (and (<= 0 mon.no-escape-from-failed-init)
     (<= mon.no-escape-from-failed-init 1)
     (<= 0 mon.failed-init-releases-all)
     (<= mon.failed-init-releases-all 1)
     (<= 0 mon.exit-releases-all)
     (<= mon.exit-releases-all 1)))
; lemma7: kvm.state == FAILED -> kvm.refs == 0 && #actors(fd=kvm) == 0
(define-fun lemma7 ( (kvm.state Int) (kvm.refs Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n31 Int)) Bool
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
               n25
               n26
               n27
               n29
               n31)
            0))))
; lemma8: kvm.state == GOING -> #actors(fd=kvm) == 0 && #actors(vm=none) == #actors(fd=none)
(define-fun lemma8 ( (kvm.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n31 Int) (n0 Int) (n1 Int) (n4 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (let ((a!1 (or (not (= kvm.state 4))
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
                     n20
                     n22
                     n29
                     n33)
                  (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33)))))
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
                 n25
                 n26
                 n27
                 n29
                 n31)
              0))
       a!1)))
; lemma9: kvm.state == RETURNING -> kvm.refs == 0
(define-fun lemma9 ( (kvm.state Int) (kvm.refs Int)) Bool
  (or (not (= kvm.state 7)) (= (+ 0 kvm.refs) 0)))
; lemma10: kvm.state == UNLOADED -> kvm.refs == 0 && #actors(vm=none) == #actors(fd=none)
(define-fun lemma10 ( (kvm.state Int) (kvm.refs Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n20 Int) (n22 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (let ((a!1 (or (not (= kvm.state 0))
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
                     n20
                     n22
                     n29
                     n33)
                  (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33)))))
  (and (or (not (= kvm.state 0)) (= (+ 0 kvm.refs) 0)) a!1)))
; lemma11: never: #actors(vm=hv) + #actors(fd=none, at close_vm:returning) == 0
(define-fun lemma11 ( (n19 Int) (n21 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n30 Int) (n31 Int) (n32 Int) (n33 Int)) Bool
  (and (= n19 0)
     (= n21 0)
     (= n23 0)
     (= n24 0)
     (= n25 0)
     (= n26 0)
     (= n27 0)
     (= n28 0)
     (= n30 0)
     (= n31 0)
     (= n32 0)
     (= n33 0)))
; lemma12: no-escape-from-failed-init holds
(define-fun lemma12 ( (mon.no-escape-from-failed-init Int)) Bool
  (not (= mon.no-escape-from-failed-init 1)))
; lemma13: ops-deref-valid holds
(define-fun lemma13 ( (mon.ops-deref-valid Int)) Bool
  (not (= mon.ops-deref-valid 1)))
; lemma14: refcount-balanced holds in part (1 of its 2 bad cases excluded)
(define-fun lemma14 ( (kvm.state Int) (kvm.refs Int) (kvm_hv.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int)) Bool
  (let ((a!1 (ite (not (or (= kvm_hv.state 0) (= kvm_hv.state 7))) 1 0)))
(let ((a!2 (and (not (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))
                (not (= kvm.refs
                        (+ 0
                           a!1
                           0
                           0
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
                           0
                           n8
                           0
                           n9
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
                           0
                           n16
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
                           n20
                           0
                           n21
                           n21
                           0
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
                           0
                           n26
                           n26
                           0
                           n27
                           n27
                           0
                           n28
                           0
                           n29
                           0
                           n30
                           0
                           n31
                           n31
                           0
                           n32
                           0))))))
  (not a!2))))
; lemma15: the globals are one of 17 states
(define-fun lemma15 ( (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 0)
                a!1))
      (a!6 (and (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                a!1)))
(let ((a!3 (and (= kvm.pc 0) (and (= kvm.err 0) (and (= kvm.err1 0) a!2))))
      (a!4 (and (= kvm.pc 2) (and (= kvm.err 0) (and (= kvm.err1 0) a!2))))
      (a!5 (and (= kvm.pc 3) (and (= kvm.err 16) (and (= kvm.err1 0) a!2))))
      (a!7 (and (= kvm.pc 1) (= kvm.err 0) (or a!6 (and (= kvm.err1 16) a!2))))
      (a!8 (or (and (= kvm.err 0) a!6)
               (and (= kvm.err 16) (and (= kvm.err1 0) a!2))))
      (a!10 (and (= kvm.pc 1) (and (= kvm.err 0) (and (= kvm.err1 0) a!2)))))
(let ((a!9 (and (= kvm.state 2)
                (or a!3 a!7 (and (= kvm.pc 2) a!8) (and (= kvm.pc 3) a!8))))
      (a!11 (or (and (= kvm.pc 0) (and (= kvm.err 0) a!6)) a!10 a!4)))
(let ((a!12 (or (and (= kvm.state 0) (or a!3 a!4 a!5))
                a!9
                (and (= kvm.state 3) (= kvm.pc 3) (and (= kvm.err 0) a!6))
                (and (= kvm.state 4) a!11)
                (and (= kvm.state 5) a!5)
                (and (= kvm.state 7) (or a!4 a!5)))))
  (and (= cfg.hv_possible 0) a!12)))))))
(define-fun inv () Bool (and true
  (lemma1 n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 actors cfg.hv_possible)
  (lemma2 n2 n3 n5 n6 n7 n10 n12 n15 n18 kvm.state kvm_hv.state res.kvm_dev res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma3 kvm_hv.pc kvm_hv.err res.kvm_pte_cache n9 n11 n14 n17 n13 n16 n20 n22 n8 n26 n29 n33)
  (lemma4 mon.exit-releases-all)
  (lemma5 mon.failed-init-releases-all)
  (lemma6 mon.no-escape-from-failed-init mon.failed-init-releases-all mon.exit-releases-all)
  (lemma7 kvm.state kvm.refs n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n25 n26 n27 n29 n31)
  (lemma8 kvm.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n25 n26 n27 n29 n31 n0 n1 n4 n33 n24 n28 n30 n32)
  (lemma9 kvm.state kvm.refs)
  (lemma10 kvm.state kvm.refs n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n20 n22 n29 n33 n24 n28 n30 n32)
  (lemma11 n19 n21 n23 n24 n25 n26 n27 n28 n30 n31 n32 n33)
  (lemma12 mon.no-escape-from-failed-init)
  (lemma13 mon.ops-deref-valid)
  (lemma14 kvm.state kvm.refs kvm_hv.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32)
  (lemma15 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)))
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
           n33)
        actors)
     (<= 0 actors)
     (<= 0 cfg.hv_possible)
     (<= cfg.hv_possible 1)
     (= cfg.hv_possible 0)
     (= kvm.state 0)
     (= kvm.pc 0)
     (= kvm.err 0)
     (= kvm.refs 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= kvm_hv.refs 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
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
     (= n33 0)))
(assert init)
(assert (not inv))
(check-sat)
(exit)
