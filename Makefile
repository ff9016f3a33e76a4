# mapix - the README's two commands and the developer targets.
#
#   make run     install what is missing, build, run the main job
#   make check   install what is missing, build with ASan+UBSan, run every
#                test, then a valgrind leak pass; ends with "N passed, ..."
#   make bench   release build, run the benchmarks (BENCH lines)
#   make fuzz    clang libFuzzer targets, each for FUZZ_SECONDS
#   make install meson install of the release build (PREFIX=/usr/local)

PREFIX ?= /usr/local
FUZZ_SECONDS ?= 60

RELEASE_DIR := build-release
MESON_SETUP := meson setup --wipe

.PHONY: all bootstrap build run check bench fuzz install clean

all: build

bootstrap:
	@scripts/bootstrap

$(RELEASE_DIR)/build.ninja:
	meson setup $(RELEASE_DIR) --buildtype=release --prefix=$(PREFIX) -Dtests=true

build: bootstrap $(RELEASE_DIR)/build.ninja
	meson compile -C $(RELEASE_DIR)

run: build
	@scripts/run $(RELEASE_DIR)

check: bootstrap
	@scripts/check

bench: build
	@scripts/bench $(RELEASE_DIR)

fuzz: bootstrap
	@scripts/fuzz $(FUZZ_SECONDS)

install: build
	meson install -C $(RELEASE_DIR)

clean:
	rm -rf build-* .fuzz
