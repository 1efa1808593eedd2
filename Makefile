# Threadline developer commands. Everything lives in a local venv (.venv); system
# packages come from apt-get (as root, or through sudo) and are installed only if missing.
#
#   make run     install what the app needs and start it
#   make test    install everything and run the whole test suite (lint, types, pytest)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test pytest lint release-check system-deps system-deps-run package package-test screenshots translations bench mutation clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(STAMP)

system-deps-run:
	bash .ci/system-deps run

system-deps:
	bash .ci/system-deps test

run: system-deps-run $(STAMP)
	$(BIN)/threadline

test: system-deps $(STAMP) lint release-check pytest

lint: $(STAMP)
	$(BIN)/ruff check app tests bench packaging
	$(BIN)/ruff format --check app tests bench packaging
	$(BIN)/mypy

# The release files, checked here though the workflow runs elsewhere: actionlint (with
# shellcheck) and zizmor (offline, every persona's findings) on .github/workflows, the
# metainfo's <releases> against CHANGELOG.md, the Flatpak manifest through flatpak-builder's
# own parser (an unknown key is a warning: any output fails), the metainfo and desktop file.
# tests/packaging/test_release.py and test_flatpak.py check their content.
release-check: $(STAMP)
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/zizmor --offline --no-ignores --persona=pedantic --no-progress --quiet .github/workflows
	$(BIN)/python packaging/appstream_releases.py --check
	@state=$$(mktemp -d) && trap 'rm -rf "$$state"' EXIT \
	  && out=$$(cd "$$state" && flatpak-builder --show-manifest \
	    "$(CURDIR)/packaging/flatpak/org.threadline.Threadline.yml" 2>&1 >/dev/null) \
	  && [ -z "$$out" ] || { echo "flatpak-builder --show-manifest: $$out" >&2; exit 1; }
	appstreamcli validate --no-net --explain resources/org.threadline.Threadline.metainfo.xml
	desktop-file-validate resources/org.threadline.Threadline.desktop

# pytest inside a private D-Bus session with an unlocked gnome-keyring, so the real
# Secret Service backend is exercised; the keyring lives in a throw-away folder.
pytest: $(STAMP)
	bash .ci/test-session $(BIN)/python -m pytest $(PYTEST_ARGS)

package: $(STAMP)
	bash packaging/build-linux.sh

package-test: system-deps package
	bash packaging/test-deb.sh

# Translations (resources/translations/README.md): pyside6-lupdate extracts the strings of
# app/threadline/ui into resources/translations/threadline_<lang>.ts, the pseudo-locale is
# generated from them, pyside6-lrelease compiles app/threadline/data/translations/*.qm
# (committed; tests/packaging/test_translations.py checks they are current).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

screenshots: $(STAMP)
	bash .ci/test-session xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python resources/screenshots/take.py

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# Mutation testing of core/ against tests/core (mutmut 3.8, in a throw-away copy under
# /tmp; several minutes, not part of CI): prints the kill rate and the survivors.
mutation: $(STAMP)
	$(BIN)/python bench/mutation.py $(MUTATION_ARGS)

clean:
	rm -rf $(VENV) build dist packaging/out .pytest_cache .mypy_cache .ruff_cache
