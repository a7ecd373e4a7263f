# hirelint: the two commands a new user needs are `make run` and `make test`.
# Every target installs what is missing first (Debian packages), so a fresh machine needs nothing else.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# Debian packages the build and tests need, checked one by one with dpkg.
DEBIAN_PACKAGES := g++ cmake make pkg-config libcli11-dev libre2-dev libyaml-cpp-dev \
                   libicu-dev doctest-dev nlohmann-json3-dev python3 libbenchmark-dev \
                   libpoppler-cpp-dev libzip-dev libpugixml-dev zsh groff-base

# make fuzz also needs clang and its libFuzzer and sanitizer runtimes.
FUZZ_DEBIAN_PACKAGES := clang libclang-rt-14-dev

.PHONY: all deps fuzz-deps build run test install clean sanitize fuzz format bench bench-peers sarif-tool

all: build

# $(call install-missing,TARGET,PACKAGES): installs the missing PACKAGES as root, without
# questions; otherwise names them and fails.
define install-missing
	@missing=""; \
	for p in $(2); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "make $(1): installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	else \
	  echo "make $(1): missing Debian packages:$$missing"; \
	  echo "run: sudo apt-get update && sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi
endef

deps:
	$(call install-missing,deps,$(DEBIAN_PACKAGES))

fuzz-deps:
	$(call install-missing,fuzz,$(FUZZ_DEBIAN_PACKAGES))

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_INSTALL_PREFIX=$(PREFIX)

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Lints every sample CV and scores the sample stories; findings are the point here, so their
# exit code 1 is not a failure, but 2 (an error) is.
run: build
	@for f in samples/cv*; do \
	  echo "== $(BUILD_DIR)/hirelint $$f"; \
	  $(BUILD_DIR)/hirelint "$$f"; rc=$$?; \
	  if [ $$rc -ge 2 ]; then exit $$rc; fi; \
	done; \
	for f in samples/stories*; do \
	  echo "== $(BUILD_DIR)/hirelint score $$f"; \
	  $(BUILD_DIR)/hirelint score "$$f"; rc=$$?; \
	  if [ $$rc -ge 2 ]; then exit $$rc; fi; \
	done; true

# The SARIF Multitool validates hirelint's SARIF in `make test` (the sarif_multitool test). It
# comes from npm, pinned, into the build tree. An unreachable registry fails this target: the
# test is never skipped silently.
SARIF_MULTITOOL_VERSION := 5.7.0
SARIF_TOOLS_DIR = $(BUILD_DIR)/tools
SARIF_MULTITOOL = $(SARIF_TOOLS_DIR)/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

sarif-tool: $(SARIF_MULTITOOL)

$(SARIF_MULTITOOL):
	@command -v npm >/dev/null 2>&1 || { \
	  echo "make sarif-tool: npm is needed to install the SARIF Multitool for make test" \
	       "(Debian: apt-get install npm)" >&2; exit 1; }
	mkdir -p $(SARIF_TOOLS_DIR)
	npm install --prefix $(SARIF_TOOLS_DIR) --no-audit --no-fund --no-save --loglevel=error \
	    @microsoft/sarif-multitool-linux@$(SARIF_MULTITOOL_VERSION) || { \
	  echo "make sarif-tool: could not install @microsoft/sarif-multitool-linux@$(SARIF_MULTITOOL_VERSION)" \
	       "from $$(npm config get registry); make test needs it to validate SARIF" >&2; exit 1; }
	@# npm may hold back the package's postinstall script (chmod u+x); do its work here.
	chmod u+x $@
	touch $@

test: build sarif-tool
	cd $(BUILD_DIR) && ctest --output-on-failure

# Speed (issue 8): throughput on one core, one CV as a whole process, score on all cores.
# The corpus is generated into $(BUILD_DIR)/bench (never into git). BENCH_ARGS passes more
# flags, e.g. BENCH_ARGS="--corpus-mb 10 --cv-runs 21".
BENCH_REPS ?= 3
BENCH_ARGS ?=
bench: build
	@if [ ! -x $(BUILD_DIR)/hirelint_bench ]; then \
	  echo "make bench: $(BUILD_DIR)/hirelint_bench was not built: Google Benchmark is missing;"; \
	  echo "install the Debian package libbenchmark-dev (make deps does), then run make bench again"; \
	  exit 1; \
	fi
	$(BUILD_DIR)/hirelint_bench --work-dir $(BUILD_DIR)/bench --hirelint $(BUILD_DIR)/hirelint \
	  --samples samples --benchmark_repetitions=$(BENCH_REPS) $(BENCH_ARGS)

# The same corpus through other prose linters (write-good, textlint, proselint) when installed,
# with hirelint's speed as a ratio to each.
bench-peers: build
	@BUILD_DIR=$(BUILD_DIR) bash bench/peers.sh

install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

# AddressSanitizer and UndefinedBehaviorSanitizer over every test, in build-sanitize. Optimised
# (-O1) so the huge-input tests fit in CI's time; asserts stay on (no NDEBUG) and -g1 keeps
# file and line in the sanitizers' reports.
sanitize: deps sarif-tool
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DHIRELINT_SANITIZE=ON \
	      -DHIRELINT_SARIF_MULTITOOL=$(abspath $(SARIF_MULTITOOL))
	cmake --build build-sanitize -j $(JOBS)
	cd build-sanitize && ctest --output-on-failure

# libFuzzer targets (fuzz/), built with clang in build-fuzz; each runs SECONDS seconds from the
# seeds in samples/, tests/fixtures/ (and lexicons/ for the lexicon targets), keeping what it
# finds in build-fuzz/corpus/<target>. A crash stops the run with the target's exit code and
# leaves the input in build-fuzz/crash-<target>-*.
SECONDS ?= 60
FUZZERS ?= $(sort $(basename $(notdir $(wildcard fuzz/*_fuzzer.cc))))
fuzz: deps fuzz-deps
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DHIRELINT_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS) --target fuzzers
	@for t in $(FUZZERS); do \
	  mkdir -p build-fuzz/corpus/$$t; \
	  seeds="samples tests/fixtures"; \
	  case $$t in lexicon_*) seeds="$$seeds lexicons";; esac; \
	  echo "== $$t ($(SECONDS) s)"; \
	  build-fuzz/$$t -max_total_time=$(SECONDS) -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=build-fuzz/crash-$$t- build-fuzz/corpus/$$t $$seeds \
	    > build-fuzz/$$t.log 2>&1; rc=$$?; \
	  execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' build-fuzz/$$t.log); \
	  echo "$$t: $${execs:-?} executions, exit $$rc (log: build-fuzz/$$t.log)"; \
	  if [ $$rc -ne 0 ]; then tail -40 build-fuzz/$$t.log; exit $$rc; fi; \
	done

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD_DIR) build-sanitize build-fuzz
