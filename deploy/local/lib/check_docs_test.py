#!/usr/bin/env python3
"""Tests of deploy/local/check-docs: tiny repositories built in a temporary folder, each with one
kind of mistake, must fail naming the file and line; the correct one must pass.

Run: python3 deploy/local/lib/check_docs_test.py   (deploy/local/test-all runs it before check-docs)
"""

import json
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest

CHECK_DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "check-docs")

TOOL_WITH_HELP = """#!/usr/bin/env bash
case "${1:-}" in
  -h | --help) printf 'usage: deploy/local/tool <command> [--fast]\n  up    start it\n  down  stop it\n'; exit 0 ;;
  *) echo "tool ran for real" > "$(dirname "$0")/ran"; exit 0 ;;
esac
"""

TOOL_WITHOUT_HELP = """#!/usr/bin/env bash
echo "tool ran for real" > "$(dirname "$0")/ran"
"""

GOOD_README = """\
# Demo

See [the guide](docs/guide.md), [its setup](docs/guide.md#set-up-the-tool), [below](#run-it),
[a folder](docs/) and [the web](https://example.org/missing.md).

## Run it

```bash
deploy/local/tool up        # starts it
cd web && npm ci && npm run build
./mvnw -pl services/a -am verify
node deploy/local/bench.mjs
```

Also `deploy/local/tool down`, `deploy/local/tool --fast`, `npm test` and `./mvnw verify`.
A link in code is not a link: `[x](nowhere.md)`.

```text
[not a link](nowhere.md)  deploy/local/tool start
```
"""

GUIDE = """\
# Guide

## Set up the `tool`

Back to [the readme](../README.md#demo).
"""


class CheckDocsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        self.write("README.md", GOOD_README)
        self.write("docs/guide.md", GUIDE)
        self.write("deploy/local/tool", TOOL_WITH_HELP, executable=True)
        self.write("deploy/local/bench.mjs", "// benchmark\n")
        self.write("web/package.json", json.dumps({"scripts": {"build": "vite build", "test": "vitest"}}))
        self.write("mvnw", "#!/bin/sh\nexit 1\n", executable=True)
        self.write("services/a/pom.xml", "<project/>\n")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, path, text, executable=False):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
        if executable:
            os.chmod(full, os.stat(full).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    def replace(self, path, old, new):
        with open(os.path.join(self.root, path), encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text)
        self.write(path, text.replace(old, new))

    def run_check(self):
        return subprocess.run(
            [sys.executable, CHECK_DOCS, "--root", self.root], capture_output=True, text=True, timeout=60
        )

    def assert_fails(self, *expected):
        result = self.run_check()
        self.assertEqual(1, result.returncode, result.stdout + result.stderr)
        for text in expected:
            self.assertIn(text, result.stdout)
        return result.stdout

    def test_correct_documentation_passes_and_runs_scripts_only_with_help(self):
        result = self.run_check()
        self.assertEqual(0, result.returncode, result.stdout + result.stderr)
        self.assertIn("all good", result.stdout)
        self.assertFalse(os.path.exists(os.path.join(self.root, "deploy/local/ran")))

    def test_tracked_files_only_in_a_git_work_tree(self):
        subprocess.run(["git", "init", "-q", self.root], check=True)
        self.write("untracked.md", "[broken](nowhere.md)\n")
        subprocess.run(["git", "-C", self.root, "add", "README.md", "docs", "deploy", "web", "mvnw", "services"],
                       check=True)
        self.assertEqual(0, self.run_check().returncode)
        subprocess.run(["git", "-C", self.root, "add", "untracked.md"], check=True)
        self.assert_fails("untracked.md:1: broken link: nowhere.md")

    def test_broken_relative_link_fails_with_file_and_line(self):
        self.replace("README.md", "(docs/guide.md)", "(docs/missing.md)")
        self.assert_fails("README.md:3: broken link: docs/missing.md")

    def test_broken_anchor_in_another_file_fails(self):
        self.replace("README.md", "#set-up-the-tool", "#setup")
        self.assert_fails("README.md:3: broken link: docs/guide.md#setup")

    def test_broken_anchor_in_the_same_file_fails(self):
        self.replace("README.md", "(#run-it)", "(#running-it)")
        self.assert_fails("README.md:3: broken link: #running-it")

    def test_broken_link_in_a_nested_file_resolves_from_its_folder(self):
        self.replace("docs/guide.md", "(../README.md#demo)", "(README.md#demo)")
        self.assert_fails("docs/guide.md:5: broken link: README.md#demo")

    def test_unknown_subcommand_fails(self):
        self.replace("README.md", "deploy/local/tool up ", "deploy/local/tool start ")
        # "start it" is in the help text, but not as a command
        self.assert_fails("README.md:9: `deploy/local/tool start`: `start` is not in `deploy/local/tool --help`")

    def test_unknown_option_in_inline_code_fails(self):
        self.replace("README.md", "`deploy/local/tool --fast`", "`deploy/local/tool --slow`")
        self.assert_fails("README.md:15: `deploy/local/tool --slow`")

    def test_missing_script_fails(self):
        self.replace("README.md", "`deploy/local/tool down`", "`deploy/local/gone down`")
        self.assert_fails("README.md:15: `deploy/local/gone`: no such file")

    def test_script_without_help_fails_and_is_not_run(self):
        self.write("deploy/local/tool", TOOL_WITHOUT_HELP, executable=True)
        self.assert_fails("README.md:9: `deploy/local/tool --help`")
        self.assertFalse(os.path.exists(os.path.join(self.root, "deploy/local/ran")))

    def test_help_with_non_zero_exit_fails(self):
        self.replace("deploy/local/tool", "exit 0 ;;\n  *)", "exit 3 ;;\n  *)")
        self.assert_fails("README.md:9: `deploy/local/tool --help`: exits 3")

    def test_missing_npm_script_fails(self):
        self.write("web/package.json", json.dumps({"scripts": {"test": "vitest"}}))
        self.assert_fails('README.md:10: `npm run build`: no script "build" in web/package.json')

    def test_missing_maven_wrapper_fails(self):
        os.remove(os.path.join(self.root, "mvnw"))
        self.assert_fails("README.md:11: `./mvnw`: the Maven wrapper is missing")

    def test_missing_maven_module_fails(self):
        self.replace("README.md", "-pl services/a ", "-pl services/b ")
        self.assert_fails("README.md:11: `./mvnw -pl services/b`: no module services/b")

    def test_missing_file_after_node_fails(self):
        self.replace("README.md", "node deploy/local/bench.mjs", "node deploy/local/bench/gone.mjs")
        self.assert_fails("README.md:12: `node deploy/local/bench/gone.mjs`: no such file")


if __name__ == "__main__":
    unittest.main(verbosity=1)
