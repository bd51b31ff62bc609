"""Tests of the artnorm CLI's batch modes: JSON Lines, folders, patterns,
--jobs, progress and summary. Run by ctest with ARTNORM_CLI set:

    ARTNORM_CLI=build/bin/artnorm /usr/bin/python3 -m unittest -v test_cli_batch
"""
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("ARTNORM_SOURCE_DIR", os.path.normpath(os.path.join(HERE, "..", "..")))
CLI = os.environ.get("ARTNORM_CLI", os.path.join(SOURCE_ROOT, "build", "bin", "artnorm"))
GOLDEN = os.path.join(SOURCE_ROOT, "tests", "golden")
FIXTURES = sorted(glob.glob(os.path.join(GOLDEN, "*", "input.txt")))
NS = "{https://artnorm.dev/ns/article/1}"
SUMMARY = re.compile(r"^artnorm: (\d+) pages?, (\d+) failed, \d+\.\d MB in \d+\.\d\d s "
                     r"\(\d+\.\d MB/s\), (\d+) jobs?$", re.MULTILINE)


def run(*arguments, stdin=b""):
    return subprocess.run([CLI, *arguments], input=stdin, capture_output=True, timeout=120)


def read(path):
    with open(path, "rb") as page:
        return page.read()


def single_document(path, *options):
    """The XML the CLI gives for one file on its own (the reference)."""
    result = run(*options, path)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def headline(xml_text):
    return ElementTree.fromstring(xml_text.encode("utf-8")).findtext(NS + "headline")


def jsonl(records):
    # ensure_ascii: every non-ASCII character, emoji included, arrives as
    # \\uXXXX escapes (surrogate pairs above U+FFFF).
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in records).encode("ascii")


class JsonLinesTest(unittest.TestCase):
    def test_round_trip_keeps_ids_and_order(self):
        pages = {path: read(path).decode("utf-8") for path in FIXTURES}
        records = [{"id": f"page-{i}-é😀", "text": text} for i, text in enumerate(pages.values())]
        records.insert(2, {"id": 12345, "text": pages[FIXTURES[0]], "extra": {"nested": [1, [2]]}})
        result = run("--jsonl", "--jobs", "3", stdin=jsonl(records))
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.decode("utf-8").splitlines()
        self.assertEqual(len(lines), len(records))
        outputs = [json.loads(line) for line in lines]
        self.assertEqual([o["id"] for o in outputs], [r["id"] for r in records])
        for record, output in zip(records, outputs):
            self.assertNotIn("error", output)
            # The same document as the file on its own with --from text.
            path = next(p for p, text in pages.items() if text == record["text"])
            self.assertEqual(output["xml"], single_document(path, "--from", "text"))

    def test_unicode_escapes_reach_the_library_decoded(self):
        zh = os.path.join(GOLDEN, "zh-tech-news", "input.txt")
        text = read(zh).decode("utf-8")
        result = run("--jsonl", stdin=jsonl([{"id": "zh", "text": text}]))
        self.assertEqual(result.returncode, 0, result.stderr)
        output = json.loads(result.stdout)
        self.assertEqual(headline(output["xml"]), headline(single_document(zh)))
        self.assertTrue(any(ord(c) > 0x3000 for c in headline(output["xml"])))

    def test_bad_lines_give_error_objects_and_the_batch_goes_on(self):
        seed = read(os.path.join(GOLDEN, "seed", "input.txt")).decode("utf-8")
        lines = [
            json.dumps({"id": "first", "text": seed}),
            '{"id": "broken", "text": "unterminated',
            "",
            json.dumps({"text": seed, "options": "pretty=maybe"}),
            json.dumps({"id": "empty", "text": "   "}),
            json.dumps({"id": "neither"}),
            json.dumps({"id": "html", "html": "<html><body><h1>Title here</h1><p>" +
                        "A sentence of the body goes here. " * 10 + "</p></body></html>"}),
        ]
        result = run("--jsonl", "--jobs", "2", stdin=("\n".join(lines) + "\n").encode("utf-8"))
        self.assertEqual(result.returncode, 1, result.stderr)
        outputs = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        self.assertEqual([o["id"] for o in outputs], ["first", 2, 4, "empty", "neither", "html"])
        errors = {o["id"]: o["error"] for o in outputs if "error" in o}
        self.assertEqual(sorted(errors, key=str), sorted([2, 4, "empty", "neither"], key=str))
        self.assertEqual(errors[2]["status"], "ARTNORM_ERROR_INVALID_INPUT")
        self.assertIn("not a JSON object", errors[2]["message"])
        self.assertEqual(errors[4]["status"], "ARTNORM_ERROR_INVALID_OPTION")
        self.assertIn("pretty=maybe", errors[4]["message"])
        self.assertEqual(errors["empty"]["status"], "ARTNORM_ERROR_EMPTY_INPUT")
        self.assertEqual(errors["neither"]["status"], "ARTNORM_ERROR_INVALID_INPUT")
        self.assertEqual(headline(outputs[-1]["xml"]), "Title here")

    def test_per_line_options_and_files_as_input(self):
        seed = read(os.path.join(GOLDEN, "seed", "input.txt")).decode("utf-8")
        with tempfile.TemporaryDirectory() as folder:
            first = os.path.join(folder, "a.jsonl")
            second = os.path.join(folder, "b.jsonl")
            with open(first, "wb") as out:
                out.write(jsonl([{"id": 1, "text": seed, "options": "pretty=1"}]))
            with open(second, "wb") as out:
                out.write(b"not json\r\n")
            result = run("--jsonl", first, second)
        outputs = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        self.assertEqual(outputs[0]["xml"], single_document(os.path.join(GOLDEN, "seed", "input.txt"),
                                                            "--pretty", "--from", "text"))
        # Several inputs: a line without an id is named FILE:LINE.
        self.assertEqual(outputs[1]["id"], second + ":1")

    def test_output_dir_is_refused_with_jsonl(self):
        result = run("--jsonl", "--output-dir", "x")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"--output-dir", result.stderr)


class FolderTest(unittest.TestCase):
    def test_a_folder_of_three_pages_gives_three_xml_files(self):
        with tempfile.TemporaryDirectory() as folder:
            pages = os.path.join(folder, "pages")
            os.makedirs(os.path.join(pages, "more"))
            chosen = {"seed.txt": "seed", "de.text": "de-regional-news",
                      os.path.join("more", "ru.txt"): "ru-city-news"}
            for name, case in chosen.items():
                shutil.copy(os.path.join(GOLDEN, case, "input.txt"), os.path.join(pages, name))
            with open(os.path.join(pages, "notes.md"), "w") as ignored:
                ignored.write("not a page")
            out = os.path.join(folder, "out")
            result = run("--output-dir", out, pages)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, b"")
            written = sorted(os.path.relpath(p, out)
                             for p in glob.glob(os.path.join(out, "**", "*"), recursive=True)
                             if os.path.isfile(p))
            self.assertEqual(written, sorted(["seed.xml", "de.xml", os.path.join("more", "ru.xml")]))
            for name, case in chosen.items():
                target = os.path.join(out, os.path.splitext(name)[0] + ".xml")
                with open(target, encoding="utf-8") as document:
                    self.assertEqual(document.read(),
                                     single_document(os.path.join(GOLDEN, case, "input.txt")))
            self.assertRegex(result.stderr.decode(), r"artnorm: 3 pages, 0 failed")

    def test_without_output_dir_the_documents_go_to_stdout_in_name_order(self):
        result = run(os.path.join(GOLDEN))
        self.assertEqual(result.returncode, 0, result.stderr)
        documents = result.stdout.decode("utf-8").split('<?xml version="1.0"')[1:]
        self.assertEqual(len(documents), len(FIXTURES))
        self.assertEqual(headline('<?xml version="1.0"' + documents[-1]),
                         headline(single_document(FIXTURES[-1])))

    def test_two_inputs_with_one_output_name_do_not_overwrite(self):
        with tempfile.TemporaryDirectory() as out:
            seed = os.path.join(GOLDEN, "seed", "input.txt")
            result = run("--output-dir", out, seed, os.path.join(GOLDEN, "es-cultura", "input.txt"))
            self.assertEqual(result.returncode, 1)
            self.assertIn(b"already wrote input.xml", result.stderr)
            with open(os.path.join(out, "input.xml"), encoding="utf-8") as document:
                self.assertEqual(document.read(), single_document(seed))


class PatternTest(unittest.TestCase):
    def test_a_quoted_pattern_is_expanded_by_artnorm(self):
        result = run(os.path.join(GOLDEN, "*", "input.txt"), "--jobs", "2")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count(b"<?xml "), len(FIXTURES))

    def test_a_pattern_that_matches_nothing_fails_but_the_rest_runs(self):
        pattern = os.path.join(GOLDEN, "*", "no-such-*.txt")
        result = run(pattern, os.path.join(GOLDEN, "seed", "input.txt"))
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"artnorm: {pattern}: no file matches this pattern".encode(), result.stderr)
        self.assertEqual(result.stdout.count(b"<?xml "), 1)


class JobsTest(unittest.TestCase):
    def test_one_job_and_four_jobs_give_identical_output(self):
        inputs = FIXTURES * 3
        one = run("--jobs", "1", *inputs)
        four = run("--jobs", "4", *inputs)
        self.assertEqual(one.returncode, 0, one.stderr)
        self.assertEqual(one.stdout, four.stdout)
        self.assertEqual(one.stdout.count(b"<?xml "), len(inputs))
        self.assertRegex(four.stderr.decode(), r", 4 jobs\n")

    def test_identical_jsonl_output_across_job_counts(self):
        records = jsonl([{"id": i, "text": read(path).decode("utf-8")}
                         for i, path in enumerate(FIXTURES * 3)])
        one = run("--jsonl", "-j", "1", stdin=records)
        four = run("--jsonl", "-j", "4", stdin=records)
        self.assertEqual(one.stdout, four.stdout)
        self.assertEqual(len(one.stdout.splitlines()), len(FIXTURES) * 3)

    def test_bad_job_counts_are_usage_errors(self):
        for value in ("-1", "x", "99999"):
            self.assertEqual(run("--jobs", value, FIXTURES[0]).returncode, 2)


class ReportingTest(unittest.TestCase):
    def test_summary_line_for_a_batch(self):
        result = run("--jobs", "2", *FIXTURES, "no-such-page.txt")
        self.assertEqual(result.returncode, 1)
        summary = SUMMARY.search(result.stderr.decode())
        self.assertIsNotNone(summary, result.stderr)
        self.assertEqual(summary.groups(), (str(len(FIXTURES) + 1), "1", "2"))

    def test_progress_is_quiet_when_piped(self):
        result = run(*FIXTURES)
        self.assertNotIn(b"\r", result.stderr)
        self.assertNotIn(b"\x1b[", result.stderr)
        self.assertEqual(len(result.stderr.decode().splitlines()), 1)  # the summary alone

    def test_progress_can_be_forced(self):
        result = run("--progress", *FIXTURES)
        self.assertIn(b"\r", result.stderr)
        self.assertRegex(result.stderr.decode(), r"\[=*>? *\] \d+/%d pages" % len(FIXTURES))
        # The bar is erased ("\r" + erase-line) before the summary is written.
        erased = result.stderr.decode().replace("\r\x1b[K", "\n")
        self.assertIsNotNone(SUMMARY.search(erased), result.stderr)

    def test_quiet_and_single_pages_print_nothing_extra(self):
        self.assertEqual(run("--quiet", *FIXTURES).stderr, b"")
        self.assertEqual(run(FIXTURES[0]).stderr, b"")

    def test_progress_on_a_terminal(self):
        # A pseudo-terminal as stderr: the bar appears without --progress.
        import pty
        leader, follower = pty.openpty()
        try:
            process = subprocess.run([CLI, *FIXTURES], stdout=subprocess.DEVNULL,
                                     stderr=follower, timeout=120)
            os.close(follower)
            follower = None
            seen = b""
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
        finally:
            if follower is not None:
                os.close(follower)
            os.close(leader)
        self.assertEqual(process.returncode, 0)
        self.assertIn(b"\r\x1b[K", seen)
        self.assertIn(b"artnorm: %d pages, 0 failed" % len(FIXTURES), seen)


if __name__ == "__main__":
    unittest.main()
