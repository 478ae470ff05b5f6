#!/bin/sh
# The flags of every release build of vr-docs: `make install` and bench/run.sh both use
# them, so the benchmark measures the binary people install.
#
# --static-swift-stdlib: the Swift runtime and Foundation linked into the binary, so no
#   shared Swift libraries are found, loaded and relocated at every start (about 30M
#   instructions of a one-plan `render`); the binary grows to about 85 MB.
# -disable-concrete-type-metadata-mangled-name-accessors: code asks for the metadata of
#   a type such as Dictionary<FontKey, OpaquePointer> through the type's accessor, which
#   is handed the Hashable conformance, instead of through its mangled name, which the
#   runtime demangles and then looks the conformance up by scanning all of the binary's
#   ~6,000 conformance records (about 9M instructions of a `render`, the PDFs unchanged).
echo "--static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors"
