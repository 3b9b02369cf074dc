"""Compiler options for all kvmlc C++ targets, defined once.

Usage in a BUILD file:

    load("@rules_cc//cc:defs.bzl", "cc_library")
    load("//bazel:copts.bzl", "KVMLC_COPTS")

    cc_library(
        name = "foo",
        srcs = ["foo.cpp"],
        copts = KVMLC_COPTS,
        deps = ["@z3"],
    )

The language level (-std=c++20) is also set globally in .bazelrc so external
repositories and host tools agree; repeating it here keeps a target correct
when built with a different rc file.

Z3 (z3++.h), nlohmann/json and Catch2 are included from /usr/include, a
built-in system directory of g++, so warnings inside those headers are never
reported; these flags were checked with g++ 12.2 against all three, including
Catch2's REQUIRE/CHECK/SECTION macros expanded in our own code.
"""

KVMLC_WARNINGS = [
    "-Wall",
    "-Wextra",
    "-Wpedantic",
    "-Wnon-virtual-dtor",
    "-Woverloaded-virtual",
    "-Wimplicit-fallthrough",
    "-Wformat=2",
    # Aggregates are initialised with their leading fields only; the rest
    # have default member values.
    "-Wno-missing-field-initializers",
]

# Options for every kvmlc C++ target (libraries, binaries and tests).
# Optimised in every configuration: the engines spend their time in our own
# expression code, ~10x slower at -O0, and the suite runs them for minutes.
KVMLC_COPTS = ["-std=c++20", "-O2"] + KVMLC_WARNINGS + ["-Werror"]

# Tests use the same options; kept separate so test-only relaxations have a place.
KVMLC_TEST_COPTS = KVMLC_COPTS
