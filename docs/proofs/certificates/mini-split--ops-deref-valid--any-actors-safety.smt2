; kvmlc proof certificate: safety
;   inv(s) && bad(s) is unsat: the invariant excludes every bad state
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
; The invariant is the conjunction of 89 lemmas, below. The file asserts the negation of the obligation:
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
; lemma2: #actors(at close_ret) > 0 -> the globals are one of 16 states
(define-fun lemma2 ( (n4 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
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
(let ((a!3 (and (= kvm.pc 2) (and (= kvm.err 0) (and (= kvm.err1 0) a!2))))
      (a!4 (and (= kvm.pc 3) (and (= kvm.err 16) (and (= kvm.err1 0) a!2))))
      (a!5 (and (= kvm.pc 0) (and (= kvm.err 0) (and (= kvm.err1 0) a!2))))
      (a!7 (and (= kvm.pc 1) (= kvm.err 0) (or a!6 (and (= kvm.err1 16) a!2))))
      (a!8 (or (and (= kvm.err 0) a!6)
               (and (= kvm.err 16) (and (= kvm.err1 0) a!2))))
      (a!10 (and (= kvm.pc 1) (and (= kvm.err 0) (and (= kvm.err1 0) a!2)))))
(let ((a!9 (and (= kvm.state 2)
                (or a!5 a!7 (and (= kvm.pc 2) a!8) (and (= kvm.pc 3) a!8))))
      (a!11 (or (and (= kvm.pc 0) (and (= kvm.err 0) a!6)) a!10 a!3)))
(let ((a!12 (or (and (= kvm.state 0) (or a!3 a!4))
                a!9
                (and (= kvm.state 3) (= kvm.pc 3) (and (= kvm.err 0) a!6))
                (and (= kvm.state 4) a!11)
                (and (= kvm.state 5) a!4)
                (and (= kvm.state 7) (or a!3 a!4)))))
  (or (= n4 0) (and (= cfg.hv_possible 0) a!12))))))))
; lemma3: #actors(at close_ret, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma3 ( (n24 Int)) Bool
  (= n24 0))
; lemma4: #actors(at close_vm_ret) == 0
(define-fun lemma4 ( (n33 Int)) Bool
  (= n33 0))
; lemma5: #actors(at open_ret, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma5 ( (n30 Int)) Bool
  (= n30 0))
; lemma6: #actors(at vm_close_put, vm=1, vm_fd=kvm) == 0
(define-fun lemma6 ( (n32 Int)) Bool
  (= n32 0))
; lemma7: #actors(fd=kvm) > 0 -> the globals are one of 4 states
(define-fun lemma7 ( (n3 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n3 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma8: #actors(fd=kvm, at close_vm_ret) == 0
(define-fun lemma8 ( (n29 Int)) Bool
  (= n29 0))
; lemma9: #actors(fd=kvm, at create_ret) > 0 -> the globals are one of 4 states
(define-fun lemma9 ( (n15 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n15 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma10: #actors(fd=kvm, at create_ret, arg=1) > 0 -> the globals are one of 4 states
(define-fun lemma10 ( (n18 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n18 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma11: #actors(fd=kvm, at create_ret, arg=1, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma11 ( (n21 Int)) Bool
  (= n21 0))
; lemma12: #actors(fd=kvm, at create_ret, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma12 ( (n19 Int)) Bool
  (= n19 0))
; lemma13: #actors(fd=kvm, at ext_read) == 0
(define-fun lemma13 ( (n8 Int)) Bool
  (= n8 0))
; lemma14: #actors(fd=kvm, at ext_read, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma14 ( (n26 Int)) Bool
  (= n26 0))
; lemma15: #actors(fd=kvm, at ext_ret) > 0 -> the globals are one of 4 states
(define-fun lemma15 ( (n7 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n7 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma16: #actors(fd=kvm, at ext_ret, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma16 ( (n25 Int)) Bool
  (= n25 0))
; lemma17: #actors(fd=kvm, at open_ret) > 0 -> the globals are one of 4 states
(define-fun lemma17 ( (n2 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n2 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma18: #actors(fd=kvm, at open_ret, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma18 ( (n31 Int)) Bool
  (= n31 0))
; lemma19: #actors(fd=kvm, at vm_close_put, vm=1, vm_fd=kvm) == 0
(define-fun lemma19 ( (n27 Int)) Bool
  (= n27 0))
; lemma20: #actors(fd=kvm, at vm_fail_put, arg=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma20 ( (n22 Int)) Bool
  (= n22 0))
; lemma21: #actors(fd=kvm, at vm_fail_put, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma21 ( (n20 Int)) Bool
  (= n20 0))
; lemma22: #actors(fd=kvm, at vm_fail_put_dev, arg=1, vm_fd=kvm) > 0 -> the globals are one of 4 states
(define-fun lemma22 ( (n12 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n12 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma23: #actors(fd=kvm, at vm_fail_put_dev, vm_fd=kvm) > 0 -> the globals are one of 4 states
(define-fun lemma23 ( (n10 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n10 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma24: #actors(fd=kvm, at vm_pinned, arg=1, sel=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma24 ( (n16 Int)) Bool
  (= n16 0))
; lemma25: #actors(fd=kvm, at vm_pinned, sel=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma25 ( (n13 Int)) Bool
  (= n13 0))
; lemma26: #actors(fd=kvm, at vm_selected, arg=1, sel=1, sel_owner=kvm_hv, stale=1, vm_fd=kvm) == 0
(define-fun lemma26 ( (n17 Int)) Bool
  (= n17 0))
; lemma27: #actors(fd=kvm, at vm_selected, arg=1, sel=1, sel_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma27 ( (n11 Int)) Bool
  (= n11 0))
; lemma28: #actors(fd=kvm, at vm_selected, sel=1, sel_owner=kvm_hv, stale=1, vm_fd=kvm) == 0
(define-fun lemma28 ( (n14 Int)) Bool
  (= n14 0))
; lemma29: #actors(fd=kvm, at vm_selected, sel=1, sel_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma29 ( (n9 Int)) Bool
  (= n9 0))
; lemma30: #actors(fd=kvm, at vm_start, arg=1, vm_fd=kvm) > 0 -> the globals are one of 4 states
(define-fun lemma30 ( (n6 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n6 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma31: #actors(fd=kvm, at vm_start, vm_fd=kvm) > 0 -> the globals are one of 4 states
(define-fun lemma31 ( (n5 Int) (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
  (let ((a!1 (and (= kvm.err 0)
                (= kvm.err1 0)
                (= kvm_hv.state 0)
                (= kvm_hv.pc 0)
                (= kvm_hv.err 0)
                (= res.kvm_dev 1)
                (= res.kvm_pte_cache 0)
                (= res.kvmppc_hv_ops 0)
                (= mon.ops-deref-valid 0))))
(let ((a!2 (and (= kvm.state 2)
                (or (and (= kvm.pc 1) a!1)
                    (and (= kvm.pc 2) a!1)
                    (and (= kvm.pc 3) a!1)))))
(let ((a!3 (or a!2 (and (= kvm.state 3) (and (= kvm.pc 3) a!1)))))
  (or (= n5 0) (and (= cfg.hv_possible 0) a!3))))))
; lemma32: #actors(fd=kvm, vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma32 ( (n23 Int)) Bool
  (= n23 0))
; lemma33: #actors(vm=1, vm_owner=kvm_hv, vm_fd=kvm) == 0
(define-fun lemma33 ( (n28 Int)) Bool
  (= n28 0))
; lemma34: kvm.state == FAILED -> #actors() == #actors(at idle)
(define-fun lemma34 ( (kvm.state Int) (n0 Int) (n3 Int) (n23 Int) (n28 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n0) (+ 0 n0 n3 n23 n28))))
; lemma35: kvm.state == FAILED -> #actors(arg=0) == 0
(define-fun lemma35 ( (kvm.state Int) (n5 Int) (n9 Int) (n10 Int) (n13 Int) (n14 Int) (n15 Int) (n19 Int) (n20 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n5 n9 n10 n13 n14 n15 n19 n20) 0)))
; lemma36: kvm.state == FAILED -> #actors(arg=1) == 0
(define-fun lemma36 ( (kvm.state Int) (n6 Int) (n11 Int) (n12 Int) (n16 Int) (n17 Int) (n18 Int) (n21 Int) (n22 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n6 n11 n12 n16 n17 n18 n21 n22) 0)))
; lemma37: kvm.state == FAILED -> #actors(at create_ret) == 0
(define-fun lemma37 ( (kvm.state Int) (n15 Int) (n18 Int) (n19 Int) (n21 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n15 n18 n19 n21) 0)))
; lemma38: kvm.state == FAILED -> #actors(at ext_ret) == 0
(define-fun lemma38 ( (kvm.state Int) (n7 Int) (n25 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n7 n25) 0)))
; lemma39: kvm.state == FAILED -> #actors(at vm_fail_put_dev) == 0
(define-fun lemma39 ( (kvm.state Int) (n10 Int) (n12 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n10 n12) 0)))
; lemma40: kvm.state == FAILED -> #actors(at vm_start) == 0
(define-fun lemma40 ( (kvm.state Int) (n5 Int) (n6 Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 n5 n6) 0)))
; lemma41: kvm.state == FAILED -> #actors(fd=kvm) == 0
(define-fun lemma41 ( (kvm.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n31 Int)) Bool
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
       0)))
; lemma42: kvm.state == FAILED -> #actors(vm=0) == #actors(fd=none)
(define-fun lemma42 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n20 Int) (n22 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 5))
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
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma43: kvm.state == FAILED -> #actors(vm_fd=kvm) == 0
(define-fun lemma43 ( (kvm.state Int) (n5 Int) (n6 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n16 Int) (n17 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n30 Int) (n31 Int) (n32 Int)) Bool
  (or (not (= kvm.state 5))
    (= (+ 0
          n5
          n6
          n9
          n10
          n11
          n12
          n13
          n14
          n16
          n17
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
          n30
          n31
          n32)
       0)))
; lemma44: kvm.state == FAILED -> #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma44 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n7 Int) (n8 Int) (n15 Int) (n18 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 5))
    (= (+ 0 (+ n0 n1) n2 n3 n4 n7 n8 n15 n18 n29 n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma45: kvm.state == FAILED -> #actors(vm_owner=none) == #actors(fd=none)
(define-fun lemma45 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n14 Int) (n15 Int) (n17 Int) (n18 Int) (n27 Int) (n29 Int) (n32 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int)) Bool
  (or (not (= kvm.state 5))
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
          n14
          n15
          n17
          n18
          n27
          n29
          n32
          n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma46: kvm.state == FAILED -> kvm.refs == 0
(define-fun lemma46 ( (kvm.state Int) (kvm.refs Int)) Bool
  (or (not (= kvm.state 5)) (= (+ 0 kvm.refs) 0)))
; lemma47: kvm.state == GOING -> #actors() == #actors(at idle)
(define-fun lemma47 ( (kvm.state Int) (n0 Int) (n3 Int) (n23 Int) (n28 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n0) (+ 0 n0 n3 n23 n28))))
; lemma48: kvm.state == GOING -> #actors(arg=0) == 0
(define-fun lemma48 ( (kvm.state Int) (n5 Int) (n9 Int) (n10 Int) (n13 Int) (n14 Int) (n15 Int) (n19 Int) (n20 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n5 n9 n10 n13 n14 n15 n19 n20) 0)))
; lemma49: kvm.state == GOING -> #actors(arg=1) == 0
(define-fun lemma49 ( (kvm.state Int) (n6 Int) (n11 Int) (n12 Int) (n16 Int) (n17 Int) (n18 Int) (n21 Int) (n22 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n6 n11 n12 n16 n17 n18 n21 n22) 0)))
; lemma50: kvm.state == GOING -> #actors(at create_ret) == 0
(define-fun lemma50 ( (kvm.state Int) (n15 Int) (n18 Int) (n19 Int) (n21 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n15 n18 n19 n21) 0)))
; lemma51: kvm.state == GOING -> #actors(at ext_ret) == 0
(define-fun lemma51 ( (kvm.state Int) (n7 Int) (n25 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n7 n25) 0)))
; lemma52: kvm.state == GOING -> #actors(at idle) + #actors(at open_ret) + #actors(at close_ret) == #actors(fd=none)
(define-fun lemma52 ( (kvm.state Int) (n0 Int) (n3 Int) (n23 Int) (n28 Int) (n1 Int) (n2 Int) (n30 Int) (n31 Int) (n4 Int) (n24 Int) (n32 Int) (n33 Int)) Bool
  (or (not (= kvm.state 4))
    (= (+ 0 n0 n3 n23 n28 n1 n2 n30 n31 n4 n24)
       (+ 0 n0 n1 n4 n24 n28 n30 n32 n33))))
; lemma53: kvm.state == GOING -> #actors(at vm_fail_put_dev) == 0
(define-fun lemma53 ( (kvm.state Int) (n10 Int) (n12 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n10 n12) 0)))
; lemma54: kvm.state == GOING -> #actors(at vm_start) == 0
(define-fun lemma54 ( (kvm.state Int) (n5 Int) (n6 Int)) Bool
  (or (not (= kvm.state 4)) (= (+ 0 n5 n6) 0)))
; lemma55: kvm.state == GOING -> #actors(fd=kvm) == 0
(define-fun lemma55 ( (kvm.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n25 Int) (n26 Int) (n27 Int) (n29 Int) (n31 Int)) Bool
  (or (not (= kvm.state 4))
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
       0)))
; lemma56: kvm.state == GOING -> #actors(vm=0) == #actors(fd=none)
(define-fun lemma56 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n20 Int) (n22 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 4))
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
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma57: kvm.state == GOING -> #actors(vm_fd=kvm) == 0
(define-fun lemma57 ( (kvm.state Int) (n5 Int) (n6 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n16 Int) (n17 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n30 Int) (n31 Int) (n32 Int)) Bool
  (or (not (= kvm.state 4))
    (= (+ 0
          n5
          n6
          n9
          n10
          n11
          n12
          n13
          n14
          n16
          n17
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
          n30
          n31
          n32)
       0)))
; lemma58: kvm.state == GOING -> #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma58 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n7 Int) (n8 Int) (n15 Int) (n18 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 4))
    (= (+ 0 (+ n0 n1) n2 n3 n4 n7 n8 n15 n18 n29 n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma59: kvm.state == GOING -> #actors(vm_owner=none) == #actors(fd=none)
(define-fun lemma59 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n14 Int) (n15 Int) (n17 Int) (n18 Int) (n27 Int) (n29 Int) (n32 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int)) Bool
  (or (not (= kvm.state 4))
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
          n14
          n15
          n17
          n18
          n27
          n29
          n32
          n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma60: kvm.state == RETURNING -> #actors(vm=0) == #actors(fd=none)
(define-fun lemma60 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n20 Int) (n22 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 7))
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
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma61: kvm.state == RETURNING -> #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma61 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n7 Int) (n8 Int) (n15 Int) (n18 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 7))
    (= (+ 0 (+ n0 n1) n2 n3 n4 n7 n8 n15 n18 n29 n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma62: kvm.state == RETURNING -> #actors(vm_owner=none) == #actors(fd=none)
(define-fun lemma62 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n14 Int) (n15 Int) (n17 Int) (n18 Int) (n27 Int) (n29 Int) (n32 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int)) Bool
  (or (not (= kvm.state 7))
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
          n14
          n15
          n17
          n18
          n27
          n29
          n32
          n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma63: kvm.state == RETURNING -> kvm.refs == 0
(define-fun lemma63 ( (kvm.state Int) (kvm.refs Int)) Bool
  (or (not (= kvm.state 7)) (= (+ 0 kvm.refs) 0)))
; lemma64: kvm.state == UNLOADED -> #actors() == #actors(at idle)
(define-fun lemma64 ( (kvm.state Int) (n0 Int) (n3 Int) (n23 Int) (n28 Int)) Bool
  (or (not (= kvm.state 0)) (= (+ 0 n0) (+ 0 n0 n3 n23 n28))))
; lemma65: kvm.state == UNLOADED -> #actors(at idle) + #actors(at close_ret) + #actors(at open_ret) == #actors(fd=none)
(define-fun lemma65 ( (kvm.state Int) (n0 Int) (n3 Int) (n23 Int) (n28 Int) (n4 Int) (n24 Int) (n1 Int) (n30 Int) (n32 Int) (n33 Int)) Bool
  (or (not (= kvm.state 0))
    (= (+ 0 n0 n3 n23 n28 n4 n24 n1) (+ 0 n0 n1 n4 n24 n28 n30 n32 n33))))
; lemma66: kvm.state == UNLOADED -> #actors(vm=0) == #actors(fd=none)
(define-fun lemma66 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n20 Int) (n22 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 0))
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
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma67: kvm.state == UNLOADED -> #actors(vm_fd=none) == #actors(fd=none)
(define-fun lemma67 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n7 Int) (n8 Int) (n15 Int) (n18 Int) (n29 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int) (n32 Int)) Bool
  (or (not (= kvm.state 0))
    (= (+ 0 (+ n0 n1) n2 n3 n4 n7 n8 n15 n18 n29 n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma68: kvm.state == UNLOADED -> #actors(vm_owner=none) == #actors(fd=none)
(define-fun lemma68 ( (kvm.state Int) (n0 Int) (n1 Int) (n2 Int) (n3 Int) (n4 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n14 Int) (n15 Int) (n17 Int) (n18 Int) (n27 Int) (n29 Int) (n32 Int) (n33 Int) (n24 Int) (n28 Int) (n30 Int)) Bool
  (or (not (= kvm.state 0))
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
          n14
          n15
          n17
          n18
          n27
          n29
          n32
          n33)
       (+ 0 (+ n0 n1) n4 n24 n28 n30 n32 n33))))
; lemma69: kvm.state == UNLOADED -> kvm.refs == 0
(define-fun lemma69 ( (kvm.state Int) (kvm.refs Int)) Bool
  (or (not (= kvm.state 0)) (= (+ 0 kvm.refs) 0)))
; lemma70: mon.exit-releases-all in [0, 1]
(define-fun lemma70 ( (mon.exit-releases-all Int)) Bool
  (and (<= 0 mon.exit-releases-all) (<= mon.exit-releases-all 1)))
; lemma71: mon.failed-init-releases-all in [0, 1]
(define-fun lemma71 ( (mon.failed-init-releases-all Int)) Bool
  (and (<= 0 mon.failed-init-releases-all) (<= mon.failed-init-releases-all 1)))
; lemma72: mon.no-escape-from-failed-init in [0, 1]
(define-fun lemma72 ( (mon.no-escape-from-failed-init Int)) Bool
  (and (<= 0 mon.no-escape-from-failed-init)
     (<= mon.no-escape-from-failed-init 1)))
; lemma73: not exit-releases-all: (mon.exit-releases-all == 1)
(define-fun lemma73 ( (mon.exit-releases-all Int)) Bool
  (not (= mon.exit-releases-all 1)))
; lemma74: not failed-init-releases-all: (mon.failed-init-releases-all == 1)
(define-fun lemma74 ( (mon.failed-init-releases-all Int)) Bool
  (not (= mon.failed-init-releases-all 1)))
; lemma75: not no-escape-from-failed-init: (mon.no-escape-from-failed-init == 1)
(define-fun lemma75 ( (mon.no-escape-from-failed-init Int)) Bool
  (not (= mon.no-escape-from-failed-init 1)))
; lemma76: not ops-deref-valid: (mon.ops-deref-valid == 1)
(define-fun lemma76 ( (mon.ops-deref-valid Int)) Bool
  (not (= mon.ops-deref-valid 1)))
; lemma77: not refcount-balanced: (!((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7))) && (kvm.refs != (((((((((((((((((((((((((((((((((((0 + (!(((kvm_hv.state == 0) || (kvm_hv.state == 7))) ? 1 : 0)) + 0) + 0) + (0 + #{fd
(define-fun lemma77 ( (kvm.state Int) (kvm.refs Int) (kvm_hv.state Int) (n2 Int) (n3 Int) (n5 Int) (n6 Int) (n7 Int) (n8 Int) (n9 Int) (n10 Int) (n11 Int) (n12 Int) (n13 Int) (n14 Int) (n15 Int) (n16 Int) (n17 Int) (n18 Int) (n19 Int) (n20 Int) (n21 Int) (n22 Int) (n23 Int) (n24 Int) (n25 Int) (n26 Int) (n27 Int) (n28 Int) (n29 Int) (n30 Int) (n31 Int) (n32 Int)) Bool
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
; lemma78: not vm-pins-owner: ((1 <= #{fd=0,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_h
(define-fun lemma78 ( (n28 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n28)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma79: not vm-pins-owner: ((1 <= #{fd=0,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}) && (((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)))
(define-fun lemma79 ( (n32 Int) (kvm.state Int)) Bool
  (not (and (<= 1 n32) (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))))
; lemma80: not vm-pins-owner: ((1 <= #{fd=0,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_h
(define-fun lemma80 ( (n30 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n30)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma81: not vm-pins-owner: ((1 <= #{fd=0,pc=9,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_h
(define-fun lemma81 ( (n24 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n24)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma82: not vm-pins-owner: ((1 <= #{fd=1,pc=0,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_h
(define-fun lemma82 ( (n23 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n23)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma83: not vm-pins-owner: ((1 <= #{fd=1,pc=10,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_
(define-fun lemma83 ( (n19 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n19)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma84: not vm-pins-owner: ((1 <= #{fd=1,pc=10,arg=1,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_
(define-fun lemma84 ( (n21 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n21)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma85: not vm-pins-owner: ((1 <= #{fd=1,pc=11,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_
(define-fun lemma85 ( (n25 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n25)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma86: not vm-pins-owner: ((1 <= #{fd=1,pc=6,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_h
(define-fun lemma86 ( (n26 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n26)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma87: not vm-pins-owner: ((1 <= #{fd=1,pc=7,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=0,vm_fd=1}) && (((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)))
(define-fun lemma87 ( (n27 Int) (kvm.state Int)) Bool
  (not (and (<= 1 n27) (or (= kvm.state 0) (= kvm.state 6) (= kvm.state 7)))))
; lemma88: not vm-pins-owner: ((1 <= #{fd=1,pc=8,arg=0,sel=0,sel_owner=0,stale=0,vm=1,vm_owner=2,vm_fd=1}) && ((((kvm.state == 0) || (kvm.state == 6)) || (kvm.state == 7)) || (((kvm_hv.state == 0) || (kvm_hv.state == 6)) || (kvm_h
(define-fun lemma88 ( (n31 Int) (kvm.state Int) (kvm_hv.state Int)) Bool
  (not (and (<= 1 n31)
          (or (= kvm.state 0)
              (= kvm.state 6)
              (= kvm.state 7)
              (= kvm_hv.state 0)
              (= kvm_hv.state 6)
              (= kvm_hv.state 7)))))
; lemma89: the globals are one of 17 states
(define-fun lemma89 ( (cfg.hv_possible Int) (kvm.state Int) (kvm.pc Int) (kvm.err Int) (kvm.err1 Int) (kvm_hv.state Int) (kvm_hv.pc Int) (kvm_hv.err Int) (res.kvm_dev Int) (res.kvm_pte_cache Int) (res.kvmppc_hv_ops Int) (mon.ops-deref-valid Int)) Bool
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
  (lemma2 n4 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma3 n24)
  (lemma4 n33)
  (lemma5 n30)
  (lemma6 n32)
  (lemma7 n3 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma8 n29)
  (lemma9 n15 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma10 n18 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma11 n21)
  (lemma12 n19)
  (lemma13 n8)
  (lemma14 n26)
  (lemma15 n7 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma16 n25)
  (lemma17 n2 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma18 n31)
  (lemma19 n27)
  (lemma20 n22)
  (lemma21 n20)
  (lemma22 n12 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma23 n10 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma24 n16)
  (lemma25 n13)
  (lemma26 n17)
  (lemma27 n11)
  (lemma28 n14)
  (lemma29 n9)
  (lemma30 n6 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma31 n5 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)
  (lemma32 n23)
  (lemma33 n28)
  (lemma34 kvm.state n0 n3 n23 n28)
  (lemma35 kvm.state n5 n9 n10 n13 n14 n15 n19 n20)
  (lemma36 kvm.state n6 n11 n12 n16 n17 n18 n21 n22)
  (lemma37 kvm.state n15 n18 n19 n21)
  (lemma38 kvm.state n7 n25)
  (lemma39 kvm.state n10 n12)
  (lemma40 kvm.state n5 n6)
  (lemma41 kvm.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n25 n26 n27 n29 n31)
  (lemma42 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n20 n22 n29 n33 n24 n28 n30 n32)
  (lemma43 kvm.state n5 n6 n9 n10 n11 n12 n13 n14 n16 n17 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n30 n31 n32)
  (lemma44 kvm.state n0 n1 n2 n3 n4 n7 n8 n15 n18 n29 n33 n24 n28 n30 n32)
  (lemma45 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n14 n15 n17 n18 n27 n29 n32 n33 n24 n28 n30)
  (lemma46 kvm.state kvm.refs)
  (lemma47 kvm.state n0 n3 n23 n28)
  (lemma48 kvm.state n5 n9 n10 n13 n14 n15 n19 n20)
  (lemma49 kvm.state n6 n11 n12 n16 n17 n18 n21 n22)
  (lemma50 kvm.state n15 n18 n19 n21)
  (lemma51 kvm.state n7 n25)
  (lemma52 kvm.state n0 n3 n23 n28 n1 n2 n30 n31 n4 n24 n32 n33)
  (lemma53 kvm.state n10 n12)
  (lemma54 kvm.state n5 n6)
  (lemma55 kvm.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n25 n26 n27 n29 n31)
  (lemma56 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n20 n22 n29 n33 n24 n28 n30 n32)
  (lemma57 kvm.state n5 n6 n9 n10 n11 n12 n13 n14 n16 n17 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n30 n31 n32)
  (lemma58 kvm.state n0 n1 n2 n3 n4 n7 n8 n15 n18 n29 n33 n24 n28 n30 n32)
  (lemma59 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n14 n15 n17 n18 n27 n29 n32 n33 n24 n28 n30)
  (lemma60 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n20 n22 n29 n33 n24 n28 n30 n32)
  (lemma61 kvm.state n0 n1 n2 n3 n4 n7 n8 n15 n18 n29 n33 n24 n28 n30 n32)
  (lemma62 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n14 n15 n17 n18 n27 n29 n32 n33 n24 n28 n30)
  (lemma63 kvm.state kvm.refs)
  (lemma64 kvm.state n0 n3 n23 n28)
  (lemma65 kvm.state n0 n3 n23 n28 n4 n24 n1 n30 n32 n33)
  (lemma66 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n20 n22 n29 n33 n24 n28 n30 n32)
  (lemma67 kvm.state n0 n1 n2 n3 n4 n7 n8 n15 n18 n29 n33 n24 n28 n30 n32)
  (lemma68 kvm.state n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n14 n15 n17 n18 n27 n29 n32 n33 n24 n28 n30)
  (lemma69 kvm.state kvm.refs)
  (lemma70 mon.exit-releases-all)
  (lemma71 mon.failed-init-releases-all)
  (lemma72 mon.no-escape-from-failed-init)
  (lemma73 mon.exit-releases-all)
  (lemma74 mon.failed-init-releases-all)
  (lemma75 mon.no-escape-from-failed-init)
  (lemma76 mon.ops-deref-valid)
  (lemma77 kvm.state kvm.refs kvm_hv.state n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32)
  (lemma78 n28 kvm.state kvm_hv.state)
  (lemma79 n32 kvm.state)
  (lemma80 n30 kvm.state kvm_hv.state)
  (lemma81 n24 kvm.state kvm_hv.state)
  (lemma82 n23 kvm.state kvm_hv.state)
  (lemma83 n19 kvm.state kvm_hv.state)
  (lemma84 n21 kvm.state kvm_hv.state)
  (lemma85 n25 kvm.state kvm_hv.state)
  (lemma86 n26 kvm.state kvm_hv.state)
  (lemma87 n27 kvm.state)
  (lemma88 n31 kvm.state kvm_hv.state)
  (lemma89 cfg.hv_possible kvm.state kvm.pc kvm.err kvm.err1 kvm_hv.state kvm_hv.pc kvm_hv.err res.kvm_dev res.kvm_pte_cache res.kvmppc_hv_ops mon.ops-deref-valid)))
(define-fun bad () Bool
  (= mon.ops-deref-valid 1))
(assert inv)
(assert bad)
(check-sat)
(exit)
