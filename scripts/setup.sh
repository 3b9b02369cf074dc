#!/usr/bin/env bash
# Installs the Debian packages kvmlc needs. Idempotent: when everything is
# already installed it does not touch apt at all; otherwise it runs
# `apt-get update` once and installs only the missing packages.
#
# Usage: scripts/setup.sh            # packages for building and testing kvmlc
#        scripts/setup.sh --kernel   # ... plus the real ppc64le kernel/QEMU path
#        scripts/setup.sh --check    # only report what is missing (exit 1 if any)
#        scripts/setup.sh --list     # print the packages, one a line (with --kernel too)
#
# Works as root, or as a normal user with sudo.
set -euo pipefail

# Build and test: Bazel 4.2.3 (offline, with Debian's platforms/skylib), g++,
# Z3, nlohmann/json, simdjson (the trace reader's fast event parser), Catch2,
# LLVM 14's lit + FileCheck, python3 for lit, graphviz for rendering model graphs, the z3 and cvc5 command-line
# solvers that re-check the proof certificates (docs/certificates.md), and
# SPIN for the test that runs it on the exported model (conformance/export).
base_packages() {
    echo bazel-bootstrap bazel-platforms bazel-skylib g++ libz3-dev \
         nlohmann-json3-dev libsimdjson-dev catch2 llvm-14-tools python3 graphviz z3 cvc5 spin
}

# Real-kernel path: Linux 6.1 sources, ppc64le cross compilers, QEMU pseries,
# the kernel's build dependencies, cpio for the initramfs, ccache for rebuilds,
# strace for impl/qemu/package-check.sh (every file the path opens comes from
# a package installed here), and make, patch and xz-utils, which
# build-kernel.sh runs (most images have them; a minimal one does not).
kernel_packages() {
    echo linux-source-6.1 gcc-powerpc64le-linux-gnu g++-powerpc64le-linux-gnu \
         qemu-system-ppc flex bison bc libelf-dev libssl-dev cpio ccache strace \
         make patch xz-utils
}

is_installed() {
    dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed
}

usage() {
    sed -n '2,12s/^# \{0,1\}//p' "$0"
}

main() {
    local want_kernel=0 check_only=0 list_only=0
    while (($#)); do
        case "$1" in
            --kernel) want_kernel=1 ;;
            --check) check_only=1 ;;
            --list) list_only=1 ;;
            -h|--help) usage; return 0 ;;
            *) echo "setup.sh: unknown argument '$1'" >&2; usage >&2; return 2 ;;
        esac
        shift
    done

    local -a wanted missing=()
    read -r -a wanted <<<"$(base_packages)"
    if ((want_kernel)); then
        read -r -a more <<<"$(kernel_packages)"
        wanted+=("${more[@]}")
    fi
    if ((list_only)); then
        printf '%s\n' "${wanted[@]}"
        return 0
    fi
    local pkg
    for pkg in "${wanted[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done

    if ((${#missing[@]} == 0)); then
        echo "setup.sh: all ${#wanted[@]} packages already installed"
        return 0
    fi
    echo "setup.sh: missing packages: ${missing[*]}"
    if ((check_only)); then
        return 1
    fi

    local -a sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "setup.sh: not root and sudo is not available;" \
                 "install as root: apt-get install ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi

    # Wait (up to 10 min) instead of failing when another apt/dpkg holds the lock.
    local -a apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive
                  apt-get -o DPkg::Lock::Timeout=600 -y -q)
    "${apt[@]}" update
    "${apt[@]}" install --no-install-recommends "${missing[@]}"

    local -a still=()
    for pkg in "${missing[@]}"; do
        is_installed "$pkg" || still+=("$pkg")
    done
    if ((${#still[@]})); then
        echo "setup.sh: failed to install: ${still[*]}" >&2
        return 1
    fi
    echo "setup.sh: installed ${missing[*]}"
}

main "$@"
