# vr-docs: `make demo` renders the bundled examples; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup build demo test browser-test pdfua-check goldens clean install uninstall man

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

demo: build
	$(SWIFT) run vr-docs demo

test: setup
	$(SWIFT) test
	$(MAKE) browser-test

# The workspace (`vr-docs serve`) driven in headless Chromium (screenshots of each step
# are left in .build/browser-screenshots to be looked at), then killed while issuing.
browser-test: setup
	$(SWIFT) build --product vr-docs && $(SWIFT) build --product vr-docs-workspace
	/usr/bin/python3 Tests/BrowserTests/workspace_in_chromium.py "$$($(SWIFT) build --show-bin-path)/vr-docs" .build/browser-screenshots
	/usr/bin/python3 Tests/BrowserTests/kill_during_issue.py "$$($(SWIFT) build --show-bin-path)/vr-docs" 6

# A third-party accessibility check of every example document (needs PyPI; see the script).
pdfua-check: setup
	./scripts/pdfua-check.sh

# Regenerate the document goldens after an intended change to wording or layout.
goldens: setup
	VR_DOCS_UPDATE_GOLDENS=1 $(SWIFT) test --filter Golden

# Install the binary, its templates and a man page under PREFIX (default /usr/local):
#   make install PREFIX=/usr/local    ->  bin/vr-docs, share/vr-docs/templates, share/man/man1/vr-docs.1
PREFIX ?= /usr/local
MAN_DATE ?= 2026-12-03
# The release build's flags, the same the benchmark measures (see the script).
RELEASE_FLAGS := $(shell ./scripts/release-flags.sh)

man:
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --date $(MAN_DATE) --configuration release

install: setup man
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product vr-docs
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product vr-docs-workspace
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/vr-docs" "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 0755 "$$($(SWIFT) build -c release $(RELEASE_FLAGS) --show-bin-path)/vr-docs" "$(DESTDIR)$(PREFIX)/bin/vr-docs"
	install -m 0755 "$$($(SWIFT) build -c release $(RELEASE_FLAGS) --show-bin-path)/vr-docs-workspace" "$(DESTDIR)$(PREFIX)/bin/vr-docs-workspace"
	rm -rf "$(DESTDIR)$(PREFIX)/share/vr-docs/templates"
	cp -R templates "$(DESTDIR)$(PREFIX)/share/vr-docs/templates"
	install -m 0644 .build/plugins/GenerateManual/outputs/vr-docs/vr-docs.1 "$(DESTDIR)$(PREFIX)/share/man/man1/vr-docs.1"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/vr-docs" "$(DESTDIR)$(PREFIX)/bin/vr-docs-workspace" "$(DESTDIR)$(PREFIX)/share/man/man1/vr-docs.1"
	rm -rf "$(DESTDIR)$(PREFIX)/share/vr-docs"

clean:
	rm -rf .build vr-docs-demo
