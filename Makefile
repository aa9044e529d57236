# dubao: supervision bulletins of key livelihood projects.
#
#   make            build ./dubao
#   make deps       install the Debian packages it needs (when missing)
#   make demo       deps, build, and a real bulletin from input/ into output/
#   make check      deps, build, and every test, then again with build-asan/dubao
#                   (the fuzz targets are built: tests/fuzz.t runs their regressions)
#   make asan       build-asan/dubao, with AddressSanitizer and UBSan
#   make fuzz       the libFuzzer targets of fuzz/, FUZZ_SECONDS (60) each
#   make valgrind   the sample runs under valgrind memcheck
#   make bench      deps, build, and the benchmark (figures in README.md)
#   make install    PREFIX=/usr/local DESTDIR= : binary, data, man page,
#                   systemd units (SYSTEMDUNITDIR)

VERSION    = 0.1.0
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share/dubao
MANDIR    ?= $(PREFIX)/share/man
LOCALEDIR ?= $(PREFIX)/share/locale

PKGS = libxml-2.0 libxslt libexslt glib-2.0 pango pangocairo pangoft2 cairo \
       fontconfig harfbuzz-subset lcms2

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Wmissing-prototypes -Wstrict-prototypes \
           -Wwrite-strings -Wformat=2 -Wno-format-nonliteral
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = -std=gnu11 $(WARN) $(CFLAGS) $(PKG_CFLAGS) -I$(BUILD)
LIBS     = $(PKG_LIBS) -lhpdf -lm

BUILD  = build
SRCS   = $(wildcard generator/*.c)
OBJS   = $(SRCS:generator/%.c=$(BUILD)/%.o)
LIBOBJS = $(filter-out $(BUILD)/main.o,$(OBJS))
UNIT_SRCS = $(wildcard tests/unit/*.c)
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo check unit valgrind asan fuzz bench install uninstall clean \
        check-build-deps FORCE

all: dubao

check-build-deps:
	@pkg-config --exists $(PKGS) && test -f /usr/include/hpdf.h || { \
	  echo "dubao: build libraries are missing; run 'make deps' (or 'make demo')" >&2; \
	  exit 1; }

dubao: $(OBJS) | check-build-deps
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDFLAGS) $(LIBS)

$(BUILD)/%.o: generator/%.c generator/*.h $(BUILD)/config.h Makefile | check-build-deps
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The configured paths, rewritten only when they change, so that
# `make install PREFIX=…` after `make` rebuilds what embeds them.
$(BUILD)/config.h: FORCE
	@mkdir -p $(BUILD)
	@printf '#define DUBAO_VERSION "%s"\n#define DUBAO_DATADIR "%s"\n#define DUBAO_LOCALEDIR "%s"\n' \
	    '$(VERSION)' '$(DATADIR)' '$(LOCALEDIR)' >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJS) tests/unit/tap.h
	@mkdir -p $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Igenerator -o $@ $< $(LIBOBJS) $(LDFLAGS) $(LIBS)

deps:
	@sh tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory dubao
	@sh tools/demo.sh

check: deps
	@$(MAKE) --no-print-directory dubao $(UNIT_BINS) $(ASAN)/dubao $(FUZZ_BINS) fuzz-seeds
	prove -f tests/
	@echo "== the tests again, with $(ASAN)/dubao (AddressSanitizer, UBSan)"
	DUBAO_BIN=$(CURDIR)/$(ASAN)/dubao prove -f tests/

# The same program with AddressSanitizer and UndefinedBehaviorSanitizer:
# any invalid access, leak or undefined behaviour ends it with a report
# (tests/lib.sh sets the options, and tests/lsan.supp what the libraries
# keep until exit).
ASAN       = build-asan
ASAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
             -fno-omit-frame-pointer
ASAN_OBJS  = $(SRCS:generator/%.c=$(ASAN)/%.o)

asan: deps
	@$(MAKE) --no-print-directory $(ASAN)/dubao

$(ASAN)/%.o: generator/%.c generator/*.h $(BUILD)/config.h Makefile | check-build-deps
	@mkdir -p $(ASAN)
	$(CC) $(ALL_CFLAGS) -O1 $(ASAN_FLAGS) -c -o $@ $<

$(ASAN)/dubao: $(ASAN_OBJS)
	$(CC) $(ALL_CFLAGS) -O1 $(ASAN_FLAGS) -o $@ $(ASAN_OBJS) $(LDFLAGS) $(LIBS)

# The fuzz targets (fuzz/README.md).
include fuzz/fuzz.mk

valgrind: deps
	@$(MAKE) --no-print-directory dubao
	prove -f tests/valgrind.t

bench: deps
	@$(MAKE) --no-print-directory dubao
	@sh tools/bench.sh

DOCDIR ?= $(PREFIX)/share/doc/dubao
# systemd looks here for units under /usr/local too; packages use
# /usr/lib/systemd/system (PREFIX=/usr).
SYSTEMDUNITDIR ?= $(PREFIX)/lib/systemd/system

install: dubao
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/templates \
	    $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DOCDIR)
	install -m 755 dubao $(DESTDIR)$(BINDIR)/dubao
	install -m 644 templates/*.rng templates/*.xsl $(DESTDIR)$(DATADIR)/templates/
	install -m 644 fonts/roles.conf $(DESTDIR)$(DATADIR)/fonts/
	install -m 644 doc/dubao.1 $(DESTDIR)$(MANDIR)/man1/dubao.1
	install -m 644 doc/format.md doc/model.md doc/layout.md $(DESTDIR)$(DOCDIR)/
	install -d $(DESTDIR)$(SYSTEMDUNITDIR)
	sed 's|@BINDIR@|$(BINDIR)|g' contrib/systemd/dubao-batch.service.in \
	    >$(DESTDIR)$(SYSTEMDUNITDIR)/dubao-batch.service
	chmod 644 $(DESTDIR)$(SYSTEMDUNITDIR)/dubao-batch.service
	install -m 644 contrib/systemd/dubao-batch.timer $(DESTDIR)$(SYSTEMDUNITDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/dubao $(DESTDIR)$(MANDIR)/man1/dubao.1
	rm -f $(DESTDIR)$(SYSTEMDUNITDIR)/dubao-batch.service \
	    $(DESTDIR)$(SYSTEMDUNITDIR)/dubao-batch.timer
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

clean:
	rm -rf $(BUILD) $(ASAN) $(FUZZ) dubao
