#!/bin/sh
# Stand-in for Bazel's downloadable coverage tools (not available offline).
echo "kvmlc: 'bazel coverage' is not supported in the offline build" \
     "(@remote_coverage_tools is a local stand-in)" >&2
exit 1
