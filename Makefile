# vr-docs: `make demo` renders the bundled examples; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup build demo test clean

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

demo: build
	$(SWIFT) run vr-docs demo

test: setup
	$(SWIFT) test

clean:
	rm -rf .build vr-docs-demo
