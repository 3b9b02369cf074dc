#!/usr/bin/env python3
"""Writes the scenario catalogue impl/recorder/scenarios/*.json.

Run it after editing; the JSON files are what the recorder reads. Module
roles are kvm, kvm_hv, kvm_pr; in the unified layout all three are kvm.ko.
Capabilities: 16 KVM_CAP_SYNC_MMU, 48 KVM_CAP_PPC_PAIRED_SINGLES,
134 KVM_CAP_PPC_MMU_RADIX, 160 KVM_CAP_PPC_NESTED_HV.
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'scenarios')
CAPS = [16, 48, 134, 160]

def L(m): return {'actor': 'loader', 'op': 'load', 'module': m}
def U(m): return {'actor': 'loader', 'op': 'unload', 'module': m}
def op(o, arg=None, actor='user0', **kw):
    d = {'actor': actor, 'op': o}
    if arg is not None: d['arg'] = arg
    d.update(kw)
    return d
def probe_all():  # open /dev/kvm, every capability, every VM type
    return ([op('open')] + [op('check_extension', c) for c in CAPS] +
            sum([[op('create_vm', t), op('close_vm')] for t in (0, 1, 2)], []) + [op('close')])
UNLOAD_ALL = [U('kvm_pr'), U('kvm_hv'), U('kvm')]

S = {}
def sc(name, desc, steps, **kw):
    S[name] = dict(name=name, description=desc, steps=steps, **kw)

sc('kvm-alone', 'kvm.ko alone: open /dev/kvm, each capability, each VM type; unload.',
   [L('kvm')] + probe_all() + [U('kvm')])
sc('hv-load-unload', 'Load kvm and kvm-hv; kvm cannot go while kvm-hv depends on it; unload in order.',
   [L('kvm'), L('kvm_hv'), U('kvm')] + probe_all() + [U('kvm_hv'), U('kvm')])
sc('pr-load-unload', 'Load kvm and kvm-pr; kvm cannot go while kvm-pr depends on it; unload in order.',
   [L('kvm'), L('kvm_pr'), U('kvm')] + probe_all() + [U('kvm_pr'), U('kvm')])
sc('hv-without-kvm', 'Load kvm-hv before kvm (split: unknown symbols, -ENOENT).',
   [L('kvm_hv'), L('kvm'), L('kvm_hv')] + probe_all() + UNLOAD_ALL)
sc('both-backends', 'Load kvm, kvm-hv and kvm-pr; each VM type; unload PR, HV, kvm.',
   [L('kvm'), L('kvm_hv'), L('kvm_pr')] + probe_all() + UNLOAD_ALL)
for be, t in (('hv', 1), ('pr', 2)):
    m = 'kvm_' + be
    sc(f'{be}-vm-pins', f'A type-{t} VM pins its backend: unloading {m} is refused while the VM '
       'exists and allowed after it is closed.',
       [L('kvm'), L(m), op('open'), op('create_vm', t), U(m), U('kvm'), op('close_vm'), U(m),
        op('close'), U('kvm')])
    sc(f'{be}-vm-create-fails', f'kvmppc_core_init_vm_{be} fails: KVM_CREATE_VM type {t} fails and '
       f'drops the reference on the backend, which then unloads.',
       [L('kvm'), L(m), op('open'), op('create_vm', t), U(m), op('create_vm', t), op('close_vm'),
        op('close'), U(m), U('kvm')],
       faults=[{'fn': f'{m}:kvmppc_core_init_vm_{be}', 'retval': -12, 'times': 1}])

# Every fallible init step failed by injection.
KVM_STEPS = ['kvmppc_book3s_init', 'kvm_init', 'kvm_arch_init', 'kvm_irqfd_init',
             'kvm_arch_hardware_setup', 'kvm_arch_check_processor_compat', 'kvm_vfio_ops_init']
HV_STEPS = ['kvmppc_book3s_init_hv', 'kvmppc_core_check_processor_compat_hv', 'kvmhv_nested_init',
            'kvmppc_mmu_hv_init', 'kvmppc_radix_init', 'kvmppc_uvmem_init']
PR_STEPS = ['kvmppc_book3s_init_pr', 'kvmppc_core_check_processor_compat_pr',
            'kvmppc_mmu_hpte_sysinit']
for fn in KVM_STEPS:
    sc(f'fail-kvm-{fn}', f'{fn} fails (-ENOMEM) while kvm loads; then load the backends, use '
       '/dev/kvm, unload all.',
       [L('kvm'), L('kvm_hv'), L('kvm_pr')] + probe_all() + UNLOAD_ALL,
       faults=[{'fn': f'kvm:{fn}', 'retval': -12, 'times': 1}])
for be, steps, plat in (('hv', HV_STEPS, 'hv'), ('pr', PR_STEPS, 'pr')):
    m = 'kvm_' + be
    for fn in steps:
        sc(f'fail-{be}-{fn}', f'{fn} fails (-ENOMEM) while {m} initializes; use /dev/kvm, load '
           f'{m} again (fault spent), unload all.',
           [L('kvm'), L(m)] + probe_all() + [L(m), op('open'), op('create_vm', 0), op('close_vm'),
            op('close')] + UNLOAD_ALL,
           platforms=[plat], faults=[{'fn': f'{m}:{fn}', 'retval': -12, 'times': 1}])
sc('fail-both-backends', 'HV and PR init both fail: split keeps a useless kvm.ko; unified must '
   'refuse to load.',
   [L('kvm'), L('kvm_hv'), L('kvm_pr')] + probe_all() + UNLOAD_ALL,
   faults=[{'fn': 'kvm_hv:kvmppc_book3s_init_hv', 'retval': -19, 'times': -1},
           {'fn': 'kvm_pr:kvmppc_book3s_init_pr', 'retval': -19, 'times': -1}])

# Concurrency: open /dev/kvm racing with module load and unload. user0 runs
# its calls in a loop whenever the loader is inside finit_module or
# delete_module (users_during_loader_calls), so that they overlap the
# lifecycle; record these with two vCPUs (impl/qemu/run.sh -c 2). One loader
# round and a pause per user round keep a trace at a few thousand events
# (an unpaced loop makes 200-400 calls a second under QEMU).
sc('race-open-load-unload', 'user0 opens /dev/kvm, creates and closes a VM, closes, in a loop '
   'while the loader loads and unloads kvm and the backends.',
   [L('kvm'), L('kvm_hv'), L('kvm_pr'), U('kvm_pr'), U('kvm_hv'), U('kvm'),
    op('open'), op('create_vm', 0), op('close_vm'), op('close'), op('sleep', 5)],
   concurrent=True, users_during_loader_calls=True)
sc('race-open-failing-init', 'user0 opens /dev/kvm in a loop while kvm loads with both backends '
   'failing (unified-v1: /dev/kvm exists during the failing init).',
   [L('kvm'), L('kvm_hv'), L('kvm_pr'), U('kvm_pr'), U('kvm_hv'), U('kvm'),
    op('open'), op('check_extension', 134), op('close'), op('sleep', 20)],
   concurrent=True, users_during_loader_calls=True,
   faults=[{'fn': 'kvm_hv:kvmppc_book3s_init_hv', 'retval': -19, 'times': -1},
           {'fn': 'kvm_pr:kvmppc_book3s_init_pr', 'retval': -19, 'times': -1}])

# Longer races (issue 16): two users, many loader rounds. The recorder
# drains the trace buffer while they run (main.cc, Drain), so a long run
# loses nothing, and says how many events were lost if it ever does.
LIFECYCLE = [L('kvm'), L('kvm_hv'), L('kvm_pr'), U('kvm_pr'), U('kvm_hv'), U('kvm')]
sc('race-two-users', 'Two users race twenty load/unload rounds of kvm and both backends: user0 '
   'opens /dev/kvm and asks for capabilities, user1 opens it and creates and closes a VM.',
   LIFECYCLE + [op('open'), op('check_extension', 160), op('check_extension', 48), op('close'),
                op('sleep', 2),
                op('open', actor='user1'), op('create_vm', 0, actor='user1'),
                op('close_vm', actor='user1'), op('close', actor='user1'), op('sleep', 2, actor='user1')],
   actors=2, concurrent=True, users_during_loader_calls=True, rounds=20)
sc('race-vm-storm', 'Two users create and close VMs back to back (any type) while the loader '
   'loads and unloads kvm and both backends, ten rounds.',
   LIFECYCLE + sum([[op('open', actor=u)] + [op('create_vm', 0, actor=u), op('close_vm', actor=u)] * 5 +
                    [op('close', actor=u), op('sleep', 1, actor=u)] for u in ('user0', 'user1')], []),
   actors=2, concurrent=True, users_during_loader_calls=True, rounds=10)
# Timed, with wide margins (the loads took 1.5-3 s under QEMU on a loaded
# machine): user0 opens /dev/kvm and creates a VM at 5 s and holds it for
# 8 s; the loader tries to unload 6 s after its loads (refused while the
# VM pins its backend and kvm) and again 8 s later, after the VM is closed.
sc('race-unload-vm-open', 'A VM held open across an unload attempt: the loader tries to unload '
   'the backends and kvm while user0 holds a VM, and again after it closed it.',
   [L('kvm'), L('kvm_hv'), L('kvm_pr'), op('sleep', 6000, actor='loader'), U('kvm_pr'), U('kvm_hv'),
    U('kvm'), op('sleep', 8000, actor='loader')] + UNLOAD_ALL +
   [op('sleep', 5000), op('open'), op('create_vm', 0), op('sleep', 8000), op('close_vm'),
    op('close')],
   concurrent=True)
sc('fail-kvm-kvmppc_core_init_vm', 'kvmppc_core_init_vm fails (-ENOMEM): KVM_CREATE_VM fails and '
   'drops its references; the next one succeeds (fault spent); unload all.',
   [L('kvm'), L('kvm_hv'), L('kvm_pr'), op('open'), op('create_vm', 0), op('create_vm', 0),
    op('close_vm'), op('close')] + UNLOAD_ALL,
   faults=[{'fn': 'kvm:kvmppc_core_init_vm', 'retval': -12, 'times': 1}])

# An implicit close (issue 16): opening /dev/kvm again while holding it
# closes the old fd; the recorder makes that close an event of its own, or
# the reference it drops would have no step to explain it.
sc('reopen', 'user0 opens /dev/kvm twice without closing it in between (the recorder closes the '
   'first fd first, as a close event); unload all.',
   [L('kvm'), L('kvm_hv'), L('kvm_pr'), op('open'), op('check_extension', 16), op('open'),
    op('check_extension', 16), op('close')] + UNLOAD_ALL)

for f in os.listdir(out):
    if f.endswith('.json'): os.remove(os.path.join(out, f))
for name, s in S.items():
    with open(os.path.join(out, name + '.json'), 'w') as f:
        json.dump(s, f, indent=1)
        f.write('\n')
print(len(S), 'scenarios')
