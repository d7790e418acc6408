#!/bin/sh
# Build the Go probe offline (standard library only) into $1, with Go's caches under it too.
set -eu
out=$1
mkdir -p "$out/gocache" "$out/gopath"
GOCACHE="$out/gocache" GOPATH="$out/gopath" GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local \
  go build -o "$out/probe" .
