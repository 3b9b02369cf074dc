; kvmlc proof certificate: consecution
;   inv(s) && trans(s, s') && !inv(s') is unsat: every step keeps the invariant; checked in 18 cases (caseN, then none of them), every answer must be unsat
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
(define-fun |inv'| () Bool (and true
  (lemma1 |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'| |n33'| |actors'| |cfg.hv_possible'|)
  (lemma2 |n2'| |n3'| |n5'| |n6'| |n7'| |n10'| |n12'| |n15'| |n18'| |kvm.state'| |kvm_hv.state'| |res.kvm_dev'| |res.kvmppc_hv_ops'| |mon.ops-deref-valid'|)
  (lemma3 |kvm_hv.pc'| |kvm_hv.err'| |res.kvm_pte_cache'| |n9'| |n11'| |n14'| |n17'| |n13'| |n16'| |n20'| |n22'| |n8'| |n26'| |n29'| |n33'|)
  (lemma4 |mon.exit-releases-all'|)
  (lemma5 |mon.failed-init-releases-all'|)
  (lemma6 |mon.no-escape-from-failed-init'| |mon.failed-init-releases-all'| |mon.exit-releases-all'|)
  (lemma7 |kvm.state'| |kvm.refs'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n25'| |n26'| |n27'| |n29'| |n31'|)
  (lemma8 |kvm.state'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n25'| |n26'| |n27'| |n29'| |n31'| |n0'| |n1'| |n4'| |n33'| |n24'| |n28'| |n30'| |n32'|)
  (lemma9 |kvm.state'| |kvm.refs'|)
  (lemma10 |kvm.state'| |kvm.refs'| |n0'| |n1'| |n2'| |n3'| |n4'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n20'| |n22'| |n29'| |n33'| |n24'| |n28'| |n30'| |n32'|)
  (lemma11 |n19'| |n21'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n30'| |n31'| |n32'| |n33'|)
  (lemma12 |mon.no-escape-from-failed-init'|)
  (lemma13 |mon.ops-deref-valid'|)
  (lemma14 |kvm.state'| |kvm.refs'| |kvm_hv.state'| |n2'| |n3'| |n5'| |n6'| |n7'| |n8'| |n9'| |n10'| |n11'| |n12'| |n13'| |n14'| |n15'| |n16'| |n17'| |n18'| |n19'| |n20'| |n21'| |n22'| |n23'| |n24'| |n25'| |n26'| |n27'| |n28'| |n29'| |n30'| |n31'| |n32'|)
  (lemma15 |cfg.hv_possible'| |kvm.state'| |kvm.pc'| |kvm.err'| |kvm.err1'| |kvm_hv.state'| |kvm_hv.pc'| |kvm_hv.err'| |res.kvm_dev'| |res.kvm_pte_cache'| |res.kvmppc_hv_ops'| |mon.ops-deref-valid'|)))
(define-fun trans () Bool
  (let ((a!1 (and (= res.kvm_dev 1) (or (= kvm.state 4) (= kvm.state 5))))
      (a!2 (and (= res.kvm_dev 1)
                (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7))))
      (a!3 (and (= res.kvm_dev 1) (or (= kvm.state 3) (= kvm.state 2))))
      (a!4 (or (= kvm_hv.state 0) (= kvm_hv.state 6) (= kvm_hv.state 7)))
      (a!7 (not (not (or (= kvm_hv.state 0) (= kvm_hv.state 7)))))
      (a!9 (and (= step 86)
                (or (= kvm.state 5) (and (= kvm.state 4) (= kvm.pc 2)))))
      (a!10 (and (= step 98)
                 (or (= kvm_hv.state 5)
                     (and (= kvm_hv.state 4) (= kvm_hv.pc 3)))))
      (a!12 (ite (= step 86)
                 7
                 (ite (= step 87) 0 (ite (= step 88) 0 kvm.state))))
      (a!14 (ite (= step 68) 2 (ite (= step 80) 0 (ite (= step 85) 0 kvm.pc))))
      (a!18 (= |kvm.err'|
               (ite (= step 63) kvm.err1 (ite (= step 80) 0 kvm.err))))
      (a!19 (ite (<= (+ 3 actors actors actors) kvm.refs)
                 (+ 3 actors actors actors)
                 (+ kvm.refs 1)))
      (a!20 (ite (<= (+ 3 actors actors actors) kvm.refs)
                 (+ 3 actors actors actors)
                 (- kvm.refs 1)))
      (a!25 (ite (= step 62) 0 (ite (= step 63) 0 (ite (= step 80) 0 kvm.err1))))
      (a!26 (ite (= step 99)
                 7
                 (ite (= step 100) 0 (ite (= step 101) 0 kvm_hv.state))))
      (a!29 (ite (= step 78)
                 3
                 (ite (= step 92) 0 (ite (= step 97) 0 kvm_hv.pc))))
      (a!33 (= |kvm_hv.err'|
               (ite (= step 70) 12 (ite (= step 92) 0 kvm_hv.err))))
      (a!34 (ite (<= (+ 3 actors actors actors) kvm_hv.refs)
                 (+ 3 actors actors actors)
                 (+ kvm_hv.refs 1)))
      (a!35 (ite (<= (+ 3 actors actors actors) kvm_hv.refs)
                 (+ 3 actors actors actors)
                 (- kvm_hv.refs 1)))
      (a!38 (ite (= step 86)
                 (ite (= res.kvm_dev (- 1)) 0 res.kvm_dev)
                 (ite (= step 98)
                      (ite (= res.kvm_dev (- 2)) 0 res.kvm_dev)
                      res.kvm_dev)))
      (a!40 (ite (= step 98)
                 (ite (or (= res.kvm_pte_cache (- 2)) (= res.kvm_pte_cache 2))
                      0
                      res.kvm_pte_cache)
                 res.kvm_pte_cache))
      (a!43 (ite (= step 86)
                 (ite (= res.kvmppc_hv_ops (- 1)) 0 res.kvmppc_hv_ops)
                 (ite (= step 98)
                      (ite (= res.kvmppc_hv_ops (- 2)) 0 res.kvmppc_hv_ops)
                      res.kvmppc_hv_ops)))
      (a!45 (or (distinct mon.ioctl-needs-backend 0)
                (not (not (= res.kvmppc_hv_ops 0)))))
      (a!48 (or (distinct mon.no-escape-from-failed-init 0)
                (and (= kvm.state 5) (or (< 0 kvm.refs) (= res.kvm_dev 1)))))
      (a!49 (or (distinct mon.no-escape-from-failed-init 0)
                (and (= kvm_hv.state 5)
                     (or (< 0 kvm_hv.refs) (= res.kvmppc_hv_ops 2)))))
      (a!51 (ite (or (distinct mon.failed-init-releases-all 0)
                     (and (= kvm.state 5) (= res.kvm_dev 1)))
                 1
                 0))
      (a!52 (or (distinct mon.failed-init-releases-all 0)
                (and (= kvm_hv.state 5)
                     (or (= res.kvm_pte_cache 2) (= res.kvmppc_hv_ops 2)))))
      (a!54 (or (distinct mon.exit-releases-all 0)
                (and (not (= kvm.state 5)) (= res.kvm_dev 1))))
      (a!55 (or (distinct mon.exit-releases-all 0)
                (and (not (= kvm_hv.state 5))
                     (or (= res.kvm_pte_cache 2) (= res.kvmppc_hv_ops 2)))))
      (a!57 (ite (= step 67)
                 1
                 (ite (= step 75) 1 (ite (= step 77) 1 mon.no-double-release))))
      (a!58 (ite (or (distinct mon.ops-deref-pinned 0)
                     (not (= 1 res.kvmppc_hv_ops)))
                 1
                 0))
      (a!68 (ite (= step 8)
                 (+ n0 1)
                 (ite (= step 14) (+ n0 1) (ite (= step 59) (+ n0 1) n0))))
      (a!70 (ite (= step 2)
                 (+ n1 1)
                 (ite (= step 4) (+ n1 1) (ite (= step 8) (- n1 1) n1))))
      (a!71 (= |n2'| (ite (= step 6) (+ n2 1) (ite (= step 9) (- n2 1) n2))))
      (a!72 (ite (= step 46)
                 (- n3 1)
                 (ite (= step 52) (+ n3 1) (ite (= step 58) (+ n3 1) n3))))
      (a!75 (= |n4'| (ite (= step 12) (+ n4 1) (ite (= step 14) (- n4 1) n4))))
      (a!76 (ite (= step 16)
                 (+ n5 1)
                 (ite (= step 17) (- n5 1) (ite (= step 18) (- n5 1) n5))))
      (a!77 (ite (= step 21)
                 (+ n6 1)
                 (ite (= step 22) (- n6 1) (ite (= step 23) (- n6 1) n6))))
      (a!78 (ite (= step 48)
                 (+ n7 1)
                 (ite (= step 50) (+ n7 1) (ite (= step 52) (- n7 1) n7))))
      (a!79 (ite (= step 46)
                 (+ n8 1)
                 (ite (= step 48) (- n8 1) (ite (= step 50) (- n8 1) n8))))
      (a!80 (ite (= step 32)
                 (- n9 1)
                 (ite (= step 34) (- n9 1) (ite (= step 98) 0 n9))))
      (a!82 (ite (= step 30)
                 (+ n10 1)
                 (ite (= step 32) (+ n10 1) (ite (= step 36) (+ n10 1) n10))))
      (a!84 (ite (= step 33)
                 (- n11 1)
                 (ite (= step 35) (- n11 1) (ite (= step 98) 0 n11))))
      (a!86 (ite (= step 31)
                 (+ n12 1)
                 (ite (= step 33) (+ n12 1) (ite (= step 37) (+ n12 1) n12))))
      (a!88 (ite (= step 34)
                 (+ n13 1)
                 (ite (= step 38) (- n13 1) (ite (= step 40) (- n13 1) n13))))
      (a!89 (= |n14'|
               (ite (= step 30) (- n14 1) (ite (= step 98) (+ 0 n9 n14) n14))))
      (a!90 (= |n15'|
               (ite (= step 19) (- n15 1) (ite (= step 26) (+ n15 1) n15))))
      (a!91 (ite (= step 35)
                 (+ n16 1)
                 (ite (= step 39) (- n16 1) (ite (= step 41) (- n16 1) n16))))
      (a!92 (= |n17'|
               (ite (= step 31) (- n17 1) (ite (= step 98) (+ 0 n11 n17) n17))))
      (a!93 (= |n18'|
               (ite (= step 24) (- n18 1) (ite (= step 27) (+ n18 1) n18))))
      (a!94 (= |n19'|
               (ite (= step 20) (- n19 1) (ite (= step 38) (+ n19 1) n19))))
      (a!95 (= |n20'|
               (ite (= step 36) (- n20 1) (ite (= step 40) (+ n20 1) n20))))
      (a!96 (= |n21'|
               (ite (= step 25) (- n21 1) (ite (= step 39) (+ n21 1) n21))))
      (a!97 (= |n22'|
               (ite (= step 37) (- n22 1) (ite (= step 41) (+ n22 1) n22))))
      (a!98 (ite (= step 47)
                 (- n23 1)
                 (ite (= step 53) (+ n23 1) (ite (= step 56) (- n23 1) n23))))
      (a!101 (= |n24'|
                (ite (= step 13) (+ n24 1) (ite (= step 15) (- n24 1) n24))))
      (a!102 (ite (= step 49)
                  (+ n25 1)
                  (ite (= step 51) (+ n25 1) (ite (= step 53) (- n25 1) n25))))
      (a!103 (ite (= step 47)
                  (+ n26 1)
                  (ite (= step 49) (- n26 1) (ite (= step 51) (- n26 1) n26))))
      (a!104 (= |n27'|
                (ite (= step 54) (- n27 1) (ite (= step 56) (+ n27 1) n27))))
      (a!105 (ite (= step 10)
                  (+ n28 1)
                  (ite (= step 15) (+ n28 1) (ite (= step 57) (- n28 1) n28))))
      (a!107 (= |n29'|
                (ite (= step 54) (+ n29 1) (ite (= step 58) (- n29 1) n29))))
      (a!108 (ite (= step 3)
                  (+ n30 1)
                  (ite (= step 5) (+ n30 1) (ite (= step 10) (- n30 1) n30))))
      (a!109 (= |n31'|
                (ite (= step 7) (+ n31 1) (ite (= step 11) (- n31 1) n31))))
      (a!110 (= |n32'|
                (ite (= step 55) (- n32 1) (ite (= step 57) (+ n32 1) n32))))
      (a!111 (= |n33'|
                (ite (= step 55) (+ n33 1) (ite (= step 59) (- n33 1) n33)))))
(let ((a!5 (and (not a!4) (or (= kvm_hv.state 4) (= kvm_hv.state 5))))
      (a!6 (and (not a!4) (or (= kvm_hv.state 3) (= kvm_hv.state 2))))
      (a!8 (and (= step 83) (= kvm.state 3) (not (and (= kvm.refs 0) a!7))))
      (a!13 (ite (= step 81) 3 (ite (= step 82) 5 (ite (= step 85) 4 a!12))))
      (a!15 (ite (= step 65) 3 (ite (= step 66) 1 (ite (= step 67) 1 a!14))))
      (a!21 (ite (= step 86)
                 0
                 (ite (= step 91) a!19 (ite (= step 99) a!20 kvm.refs))))
      (a!27 (ite (= step 94) 5 (ite (= step 97) 4 (ite (= step 98) 6 a!26))))
      (a!30 (ite (= step 75) 1 (ite (= step 76) 2 (ite (= step 77) 2 a!29))))
      (a!36 (ite (= step 56)
                 a!35
                 (ite (= step 57) a!35 (ite (= step 98) 0 kvm_hv.refs))))
      (a!39 (ite (= step 60) 1 (ite (= step 66) 0 (ite (= step 67) 0 a!38))))
      (a!41 (ite (= step 75)
                 0
                 (ite (= step 86)
                      (ite (= res.kvm_pte_cache (- 1)) 0 res.kvm_pte_cache)
                      a!40)))
      (a!44 (ite (= step 71) 2 (ite (= step 76) 0 (ite (= step 77) 0 a!43))))
      (a!46 (ite (= step 43)
                 (ite a!45 1 0)
                 (ite (= step 44)
                      (ite a!45 1 0)
                      (ite (= step 45) (ite a!45 1 0) mon.ioctl-needs-backend))))
      (a!50 (= |mon.no-escape-from-failed-init'|
               (ite (= step 86)
                    (ite a!48 1 0)
                    (ite (= step 98)
                         (ite a!49 1 0)
                         mon.no-escape-from-failed-init))))
      (a!53 (= |mon.failed-init-releases-all'|
               (ite (= step 86)
                    a!51
                    (ite (= step 98)
                         (ite a!52 1 0)
                         mon.failed-init-releases-all))))
      (a!56 (= |mon.exit-releases-all'|
               (ite (= step 86)
                    (ite a!54 1 0)
                    (ite (= step 98) (ite a!55 1 0) mon.exit-releases-all))))
      (a!59 (ite (= step 49)
                 a!58
                 (ite (= step 50) 1 (ite (= step 51) 1 mon.ops-deref-pinned))))
      (a!63 (ite (= step 51)
                 (ite (or (distinct mon.ops-deref-valid 0) a!4) 1 0)
                 mon.ops-deref-valid))
      (a!69 (ite (= step 2)
                 (- n0 1)
                 (ite (= step 4) (- n0 1) (ite (= step 6) (- n0 1) a!68))))
      (a!73 (ite (= step 21)
                 (- n3 1)
                 (ite (= step 24) (+ n3 1) (ite (= step 44) (- n3 1) a!72))))
      (a!81 (= |n9'| (ite (= step 17) (+ n9 1) (ite (= step 28) (- n9 1) a!80))))
      (a!83 (ite (= step 18)
                 (+ n10 1)
                 (ite (= step 26) (- n10 1) (ite (= step 28) (+ n10 1) a!82))))
      (a!85 (= |n11'|
               (ite (= step 22) (+ n11 1) (ite (= step 29) (- n11 1) a!84))))
      (a!87 (ite (= step 23)
                 (+ n12 1)
                 (ite (= step 27) (- n12 1) (ite (= step 29) (+ n12 1) a!86))))
      (a!99 (ite (= step 20)
                 (+ n23 1)
                 (ite (= step 25) (+ n23 1) (ite (= step 45) (- n23 1) a!98))))
      (a!106 (ite (= step 3)
                  (- n28 1)
                  (ite (= step 5) (- n28 1) (ite (= step 7) (- n28 1) a!105)))))
(let ((a!11 (or (and (= step 0) (<= 1 n0) (= res.kvm_dev 0))
                (and (= step 1) (<= 1 n28) (= res.kvm_dev 0))
                (and (= step 2) (<= 1 n0) a!1)
                (and (= step 3) (<= 1 n28) a!1)
                (and (= step 4) (<= 1 n0) a!2)
                (and (= step 5) (<= 1 n28) a!2)
                (and (= step 6) (<= 1 n0) a!3)
                (and (= step 7) (<= 1 n28) a!3)
                (and (= step 8) (<= 1 n1))
                (and (= step 9) (<= 1 n2))
                (and (= step 10) (<= 1 n30))
                (and (= step 11) (<= 1 n31))
                (and (= step 12) (<= 1 n3))
                (and (= step 13) (<= 1 n23))
                (and (= step 14) (<= 1 n4))
                (and (= step 15) (<= 1 n24))
                (and (= step 16) (<= 1 n3))
                (and (= step 17) (<= 1 n5) (= res.kvmppc_hv_ops 2))
                (and (= step 18) (<= 1 n5) (= res.kvmppc_hv_ops 0))
                (and (= step 19) (<= 1 n15))
                (and (= step 20) (<= 1 n19))
                (and (= step 21) (<= 1 n3))
                (and (= step 22) (<= 1 n6) (= res.kvmppc_hv_ops 2))
                (and (= step 23) (<= 1 n6) (= res.kvmppc_hv_ops 0))
                (and (= step 24) (<= 1 n18))
                (and (= step 25) (<= 1 n21))
                (and (= step 26) (<= 1 n10))
                (and (= step 27) (<= 1 n12))
                (and (= step 28) (<= 1 n9) a!4)
                (and (= step 29) (<= 1 n11) a!4)
                (and (= step 30) (<= 1 n14))
                (and (= step 31) (<= 1 n17))
                (and (= step 32) (<= 1 n9) a!5)
                (and (= step 33) (<= 1 n11) a!5)
                (and (= step 34) (<= 1 n9) a!6)
                (and (= step 35) (<= 1 n11) a!6)
                (and (= step 36) (<= 1 n20))
                (and (= step 37) (<= 1 n22))
                (and (= step 38) (<= 1 n13))
                (and (= step 39) (<= 1 n16))
                (and (= step 40) (<= 1 n13))
                (and (= step 41) (<= 1 n16))
                (and (= step 42) (<= 1 n3))
                (and (= step 43) (<= 1 n23))
                (and (= step 44) (<= 1 n3) (= res.kvmppc_hv_ops 0))
                (and (= step 45) (<= 1 n23) (= res.kvmppc_hv_ops 0))
                (and (= step 46) (<= 1 n3) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 47) (<= 1 n23) (not (= res.kvmppc_hv_ops 0)))
                (and (= step 48) (<= 1 n8) (= res.kvmppc_hv_ops 0))
                (and (= step 49) (<= 1 n26) (= res.kvmppc_hv_ops 0))
                (and (= step 50) (<= 1 n8) (= res.kvmppc_hv_ops 2))
                (and (= step 51) (<= 1 n26) (= res.kvmppc_hv_ops 2))
                (and (= step 52) (<= 1 n7))
                (and (= step 53) (<= 1 n25))
                (and (= step 54) (<= 1 n27))
                (and (= step 55) (<= 1 n32))
                (and (= step 56) (<= 1 n23))
                (and (= step 57) (<= 1 n28))
                (and (= step 58) (<= 1 n29))
                (and (= step 59) (<= 1 n33))
                (and (= step 60) (and (= kvm.state 2) (= kvm.pc 0)))
                (and (= step 61) (and (= kvm.state 2) (= kvm.pc 0)))
                (and (= step 62)
                     (and (= kvm.state 2) (= kvm.pc 1))
                     (= kvm.err1 0))
                (and (= step 63)
                     (and (= kvm.state 2) (= kvm.pc 1))
                     (not (= kvm.err1 0)))
                (and (= step 64)
                     (and (= kvm.state 2) (= kvm.pc 2))
                     (= kvm.err 0))
                (and (= step 65)
                     (and (= kvm.state 2) (= kvm.pc 2))
                     (not (= kvm.err 0)))
                (and (= step 66)
                     (and (= kvm.state 4) (= kvm.pc 0))
                     (< 0 res.kvm_dev))
                (and (= step 67)
                     (and (= kvm.state 4) (= kvm.pc 0))
                     (not (< 0 res.kvm_dev)))
                (and (= step 68) (= kvm.state 4) (= kvm.pc 1) (= kvm.err 0))
                (and (= step 69) (and (= kvm_hv.state 2) (= kvm_hv.pc 0)))
                (and (= step 70) (and (= kvm_hv.state 2) (= kvm_hv.pc 0)))
                (and (= step 71) (= kvm_hv.state 2) (= kvm_hv.pc 1))
                (and (= step 72)
                     (and (= kvm_hv.state 2) (= kvm_hv.pc 2))
                     (= kvm_hv.err 0))
                (and (= step 73)
                     (and (= kvm_hv.state 2) (= kvm_hv.pc 2))
                     (not (= kvm_hv.err 0)))
                (and (= step 74)
                     (and (= kvm_hv.state 4) (= kvm_hv.pc 0))
                     (< 0 res.kvm_pte_cache))
                (and (= step 75)
                     (and (= kvm_hv.state 4) (= kvm_hv.pc 0))
                     (not (< 0 res.kvm_pte_cache)))
                (and (= step 76)
                     (and (= kvm_hv.state 4) (= kvm_hv.pc 1))
                     (< 0 res.kvmppc_hv_ops))
                (and (= step 77)
                     (and (= kvm_hv.state 4) (= kvm_hv.pc 1))
                     (not (< 0 res.kvmppc_hv_ops)))
                (and (= step 78)
                     (= kvm_hv.state 4)
                     (= kvm_hv.pc 2)
                     (= kvm_hv.err 0))
                (and (= step 79) (= kvm.state 3))
                (and (= step 80) (= kvm.state 0))
                (and (= step 81)
                     (and (= kvm.state 2) (= kvm.pc 3))
                     (= kvm.err 0))
                (and (= step 82)
                     (and (= kvm.state 2) (= kvm.pc 3))
                     (not (= kvm.err 0)))
                a!8
                (and (= step 84) (= kvm.state 0))
                (and (= step 85) (= kvm.state 3) (and (= kvm.refs 0) a!7))
                a!9
                (and (= step 87) (= kvm.state 7) (not (= kvm.err 0)))
                (and (= step 88) (= kvm.state 7) (= kvm.err 0))
                (and (= step 89)
                     (and (= kvm_hv.state 0) (distinct cfg.hv_possible 0))
                     (not (= kvm.state 3)))
                (and (= step 90) (= kvm_hv.state 3))
                (and (= step 91)
                     (and (= kvm_hv.state 0) (distinct cfg.hv_possible 0))
                     (= kvm.state 3))
                (and (= step 92) (= kvm_hv.state 1))
                (and (= step 93)
                     (and (= kvm_hv.state 2) (= kvm_hv.pc 3))
                     (= kvm_hv.err 0))
                (and (= step 94)
                     (and (= kvm_hv.state 2) (= kvm_hv.pc 3))
                     (not (= kvm_hv.err 0)))
                (and (= step 95) (= kvm_hv.state 3) (not (= kvm_hv.refs 0)))
                (and (= step 96) (= kvm_hv.state 0))
                (and (= step 97) (= kvm_hv.state 3) (= kvm_hv.refs 0))
                a!10
                (and (= step 99) (= kvm_hv.state 6))
                (and (= step 100) (= kvm_hv.state 7) (not (= kvm_hv.err 0)))
                (and (= step 101) (= kvm_hv.state 7) (= kvm_hv.err 0))))
      (a!16 (ite (= step 62) 2 (ite (= step 63) 2 (ite (= step 64) 3 a!15))))
      (a!22 (ite (= step 27)
                 a!20
                 (ite (= step 54) a!20 (ite (= step 55) a!20 a!21))))
      (a!28 (ite (= step 91) 1 (ite (= step 92) 2 (ite (= step 93) 3 a!27))))
      (a!31 (ite (= step 72) 3 (ite (= step 73) 3 (ite (= step 74) 1 a!30))))
      (a!37 (ite (= step 35)
                 a!34
                 (ite (= step 36) a!35 (ite (= step 37) a!35 a!36))))
      (a!42 (= |res.kvm_pte_cache'|
               (ite (= step 69) 2 (ite (= step 74) 0 a!41))))
      (a!47 (ite (= step 18)
                 (ite a!45 1 0)
                 (ite (= step 23)
                      (ite a!45 1 0)
                      (ite (= step 42) (ite a!45 1 0) a!46))))
      (a!60 (ite (= step 34) 1 (ite (= step 35) 1 (ite (= step 48) a!58 a!59))))
      (a!64 (ite (= step 50)
                 (ite (or (distinct mon.ops-deref-valid 0) a!4) 1 0)
                 a!63))
      (a!74 (ite (= step 12)
                 (- n3 1)
                 (ite (= step 16) (- n3 1) (ite (= step 19) (+ n3 1) a!73))))
      (a!100 (= |n23'|
                (ite (= step 11) (+ n23 1) (ite (= step 13) (- n23 1) a!99)))))
(let ((a!17 (= |kvm.pc'| (ite (= step 60) 1 (ite (= step 61) 1 a!16))))
      (a!23 (ite (= step 16)
                 a!19
                 (ite (= step 21) a!19 (ite (= step 26) a!20 a!22))))
      (a!32 (ite (= step 69) 1 (ite (= step 70) 2 (ite (= step 71) 2 a!31))))
      (a!61 (ite (= step 31) 1 (ite (= step 32) 1 (ite (= step 33) 1 a!60))))
      (a!65 (ite (= step 31) 1 (ite (= step 48) 1 (ite (= step 49) 1 a!64)))))
(let ((a!24 (ite (= step 7)
                 a!19
                 (ite (= step 12) a!20 (ite (= step 13) a!20 a!23))))
      (a!62 (ite (= step 28) 1 (ite (= step 29) 1 (ite (= step 30) 1 a!61))))
      (a!66 (ite (= step 28) 1 (ite (= step 29) 1 (ite (= step 30) 1 a!65)))))
(let ((a!67 (= |mon.ops-deref-valid'|
               (ite (= step 4) 1 (ite (= step 5) 1 a!66)))))
  (and a!11
       (= |cfg.hv_possible'| cfg.hv_possible)
       (= |kvm.state'| (ite (= step 80) 2 a!13))
       a!17
       a!18
       (= |kvm.refs'| (ite (= step 6) a!19 a!24))
       (= |kvm.err1'| (ite (= step 61) 16 a!25))
       (= |kvm_hv.state'| a!28)
       (= |kvm_hv.pc'| a!32)
       a!33
       (= |kvm_hv.refs'| (ite (= step 34) a!34 a!37))
       (= |res.kvm_dev'| a!39)
       a!42
       (= |res.kvmppc_hv_ops'| a!44)
       (= |mon.ioctl-needs-backend'| a!47)
       a!50
       a!53
       a!56
       (= |mon.no-double-release'| a!57)
       (= |mon.init-result-checked'| mon.init-result-checked)
       (= |mon.ops-deref-pinned'| a!62)
       a!67
       (= |actors'| actors)
       (= |n0'| (ite (= step 0) (- n0 1) a!69))
       (= |n1'| (ite (= step 0) (+ n1 1) a!70))
       a!71
       (= |n3'| (ite (= step 9) (+ n3 1) a!74))
       a!75
       (= |n5'| a!76)
       (= |n6'| a!77)
       (= |n7'| (ite (= step 44) (+ n7 1) a!78))
       (= |n8'| a!79)
       a!81
       (= |n10'| a!83)
       a!85
       (= |n12'| a!87)
       (= |n13'| a!88)
       a!89
       a!90
       (= |n16'| a!91)
       a!92
       a!93
       a!94
       a!95
       a!96
       a!97
       a!100
       a!101
       (= |n25'| (ite (= step 45) (+ n25 1) a!102))
       (= |n26'| a!103)
       a!104
       (= |n28'| (ite (= step 1) (- n28 1) a!106))
       a!107
       (= |n30'| (ite (= step 1) (+ n30 1) a!108))
       a!109
       a!110
       a!111))))))))
; case1: cfg.hv_possible == 0, kvm.state == 0, kvm.pc == 0, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case1 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 0)
     (= kvm.pc 0)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case2: cfg.hv_possible == 0, kvm.state == 0, kvm.pc == 2, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case2 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 0)
     (= kvm.pc 2)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case3: cfg.hv_possible == 0, kvm.state == 0, kvm.pc == 3, kvm.err == 16, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case3 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 0)
     (= kvm.pc 3)
     (= kvm.err 16)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case4: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 0, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case4 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 0)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case5: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 1, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 1, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case5 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 1)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 1)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case6: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 1, kvm.err == 0, kvm.err1 == 16, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case6 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 1)
     (= kvm.err 0)
     (= kvm.err1 16)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case7: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 2, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 1, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case7 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 2)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 1)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case8: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 2, kvm.err == 16, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case8 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 2)
     (= kvm.err 16)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case9: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 3, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 1, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case9 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 3)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 1)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case10: cfg.hv_possible == 0, kvm.state == 2, kvm.pc == 3, kvm.err == 16, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case10 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 2)
     (= kvm.pc 3)
     (= kvm.err 16)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case11: cfg.hv_possible == 0, kvm.state == 3, kvm.pc == 3, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 1, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case11 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 3)
     (= kvm.pc 3)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 1)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case12: cfg.hv_possible == 0, kvm.state == 4, kvm.pc == 0, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 1, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case12 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 4)
     (= kvm.pc 0)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 1)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case13: cfg.hv_possible == 0, kvm.state == 4, kvm.pc == 1, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case13 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 4)
     (= kvm.pc 1)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case14: cfg.hv_possible == 0, kvm.state == 4, kvm.pc == 2, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case14 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 4)
     (= kvm.pc 2)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case15: cfg.hv_possible == 0, kvm.state == 5, kvm.pc == 3, kvm.err == 16, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case15 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 5)
     (= kvm.pc 3)
     (= kvm.err 16)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case16: cfg.hv_possible == 0, kvm.state == 7, kvm.pc == 2, kvm.err == 0, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case16 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 7)
     (= kvm.pc 2)
     (= kvm.err 0)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
; case17: cfg.hv_possible == 0, kvm.state == 7, kvm.pc == 3, kvm.err == 16, kvm.err1 == 0, kvm_hv.state == 0, kvm_hv.pc == 0, kvm_hv.err == 0, res.kvm_dev == 0, res.kvm_pte_cache == 0, res.kvmppc_hv_ops == 0, mon.no-escape-from-failed-init == 0, mon.failed-init-releases-all == 0, mon.exit-releases-all == 0, mon.ops-deref-valid == 0
(define-fun case17 () Bool
  (and (= cfg.hv_possible 0)
     (= kvm.state 7)
     (= kvm.pc 3)
     (= kvm.err 16)
     (= kvm.err1 0)
     (= kvm_hv.state 0)
     (= kvm_hv.pc 0)
     (= kvm_hv.err 0)
     (= res.kvm_dev 0)
     (= res.kvm_pte_cache 0)
     (= res.kvmppc_hv_ops 0)
     (= mon.no-escape-from-failed-init 0)
     (= mon.failed-init-releases-all 0)
     (= mon.exit-releases-all 0)
     (= mon.ops-deref-valid 0)))
(assert inv)
(assert trans)
(assert (not |inv'|))
(push 1)
(assert case1)
(check-sat)
(pop 1)
(push 1)
(assert case2)
(check-sat)
(pop 1)
(push 1)
(assert case3)
(check-sat)
(pop 1)
(push 1)
(assert case4)
(check-sat)
(pop 1)
(push 1)
(assert case5)
(check-sat)
(pop 1)
(push 1)
(assert case6)
(check-sat)
(pop 1)
(push 1)
(assert case7)
(check-sat)
(pop 1)
(push 1)
(assert case8)
(check-sat)
(pop 1)
(push 1)
(assert case9)
(check-sat)
(pop 1)
(push 1)
(assert case10)
(check-sat)
(pop 1)
(push 1)
(assert case11)
(check-sat)
(pop 1)
(push 1)
(assert case12)
(check-sat)
(pop 1)
(push 1)
(assert case13)
(check-sat)
(pop 1)
(push 1)
(assert case14)
(check-sat)
(pop 1)
(push 1)
(assert case15)
(check-sat)
(pop 1)
(push 1)
(assert case16)
(check-sat)
(pop 1)
(push 1)
(assert case17)
(check-sat)
(pop 1)
; the last case: none of the above
(push 1)
(assert (not (or false case1 case2 case3 case4 case5 case6 case7 case8 case9 case10 case11 case12 case13 case14 case15 case16 case17)))
(check-sat)
(pop 1)
(exit)
