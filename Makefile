# vr-docs: `make demo` renders the bundled examples; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup build demo test goldens clean

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

demo: build
	$(SWIFT) run vr-docs demo

test: setup
	$(SWIFT) test

# Regenerate the document goldens after an intended change to wording or layout.
goldens: setup
	VR_DOCS_UPDATE_GOLDENS=1 $(SWIFT) test --filter Golden

clean:
	rm -rf .build vr-docs-demo
