# fuzz/fuzz.mk: the fuzz targets (fuzz/README.md), included by the Makefile.
#
#   make fuzz                 each target for FUZZ_SECONDS (60), from the
#                             seeds of fuzz/seeds.sh and what earlier
#                             runs found (build-fuzz/corpus/)
#   make fuzz-build           the targets only, in build-fuzz/
#
# clang's libFuzzer with AddressSanitizer and UBSan; the library is
# compiled again with coverage instrumentation into build-fuzz/.

FUZZ         = build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = inputs bulletin layout chart
FUZZ_CC      = clang
FUZZ_FLAGS   = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
               -fno-sanitize-recover=undefined
FUZZ_OBJS    = $(LIBOBJS:$(BUILD)/%.o=$(FUZZ)/%.o) $(FUZZ)/fuzz_util.o
FUZZ_BINS    = $(FUZZ_TARGETS:%=$(FUZZ)/fuzz_%)
# -rss_limit_mb: a run that needs more is a finding, as is one slower
# than -timeout seconds.
FUZZ_RUN     = -rss_limit_mb=2048 -timeout=60 -max_len=65536 \
               -dict=fuzz/xml.dict -print_final_stats=1

.PHONY: fuzz-build fuzz-seeds
# Objects are not intermediate files, to be removed after linking.
.SECONDARY: $(FUZZ_OBJS)

fuzz-build: deps
	@$(MAKE) --no-print-directory $(FUZZ_BINS)

$(FUZZ)/%.o: generator/%.c generator/*.h $(BUILD)/config.h Makefile fuzz/fuzz.mk | check-build-deps
	@mkdir -p $(FUZZ)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ)/fuzz_util.o: fuzz/fuzz_util.c fuzz/fuzz.h generator/*.h $(BUILD)/config.h
	@mkdir -p $(FUZZ)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -Igenerator -c -o $@ $<

$(FUZZ)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -Igenerator -o $@ $< \
	    $(FUZZ_OBJS) $(LDFLAGS) $(LIBS)

# The seeds come from dubao's own output (models, layouts, charts).
fuzz-seeds: dubao
	@sh fuzz/seeds.sh ./dubao $(FUZZ)/seeds

# Each target in turn: first the regressions (fuzz/regressions/), then
# fuzzing.  A crash stops the run with the input that made it in
# build-fuzz/crash-*: add it to fuzz/regressions/TARGET/ with the fix.
fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ_BINS) fuzz-seeds
	@for t in $(FUZZ_TARGETS); do \
	    echo "== fuzz_$$t: $(FUZZ_SECONDS) s"; \
	    mkdir -p $(FUZZ)/corpus/$$t; \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $(FUZZ)/fuzz_$$t $(FUZZ_RUN) -runs=0 fuzz/regressions/$$t || exit 1; \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $(FUZZ)/fuzz_$$t $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	        -artifact_prefix=$(FUZZ)/ $(FUZZ)/corpus/$$t $(FUZZ)/seeds/$$t || exit 1; \
	done
