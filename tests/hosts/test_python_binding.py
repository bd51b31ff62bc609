"""Tests of examples/python/artnorm.py, the ctypes binding, against the real
library. Run by ctest with ARTNORM_LIBRARY set to the built libartnorm:

    ARTNORM_LIBRARY=build/lib/libartnorm.so.1 /usr/bin/python3 -m unittest -v test_python_binding
"""
import json
import os
import re
import subprocess
import sys
import threading
import unittest
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(SOURCE_ROOT, "examples", "python"))

import artnorm  # noqa: E402  (path set up above)

SEED_DIR = os.path.join(SOURCE_ROOT, "tests", "golden", "seed")
NS = {"a": "https://artnorm.dev/ns/article/1"}
THREADS = 8
ROUNDS_PER_THREAD = 10


def read_seed():
    with open(os.path.join(SEED_DIR, "input.txt"), "rb") as page:
        return page.read()


def expected_headline():
    with open(os.path.join(SEED_DIR, "expected.json"), encoding="utf-8") as facts:
        return json.load(facts)["headline"]


def parse(xml_text):
    return ElementTree.fromstring(xml_text.encode("utf-8"))


class NormalizeTest(unittest.TestCase):
    def test_seed_gives_the_headline(self):
        root = parse(artnorm.normalize(read_seed()))
        self.assertEqual(root.tag, "{https://artnorm.dev/ns/article/1}article")
        self.assertEqual(root.findtext("a:headline", namespaces=NS), expected_headline())
        self.assertEqual(root.findtext("a:published", namespaces=NS), "2023-11-02")

    def test_str_and_bytes_give_the_same_xml(self):
        seed = read_seed()
        self.assertEqual(artnorm.normalize(seed), artnorm.normalize(seed.decode("utf-8")))
        self.assertEqual(artnorm.normalize(bytearray(seed)), artnorm.normalize(seed))

    def test_pretty_changes_layout_not_text(self):
        seed = read_seed()
        compact = artnorm.normalize(seed)
        pretty = artnorm.normalize(seed, pretty=True)
        self.assertNotEqual(compact, pretty)
        self.assertIn("\n  <headline>", pretty)
        texts = [[t.strip() for t in parse(x).itertext() if t.strip()] for x in (compact, pretty)]
        self.assertEqual(texts[0], texts[1])

    def test_spec_string_and_keywords(self):
        seed = read_seed()
        self.assertEqual(artnorm.normalize(seed, "pretty=1, from=text"),
                         artnorm.normalize(seed, pretty=True, from_="text"))
        self.assertEqual(artnorm.normalize(seed, format="text"), artnorm.normalize(seed))

    def test_language_option_is_used(self):
        root = parse(artnorm.normalize(read_seed(), language="de"))
        self.assertEqual(root.get("{http://www.w3.org/XML/1998/namespace}lang"), "de")

    def test_invalid_utf8_is_repaired_by_default(self):
        seed = read_seed().replace(b"punk musician", b"punk \xff musician", 1)
        root = parse(artnorm.normalize(seed))
        self.assertEqual(root.find("a:source", NS).get("invalid-utf8"), "1")
        self.assertIn("\ufffd", "".join(root.itertext()))

    def test_version(self):
        self.assertRegex(artnorm.version(), r"^\d+\.\d+\.\d+$")
        self.assertEqual(artnorm.abi_version(), 1)
        self.assertEqual(os.path.realpath(artnorm.library_path),
                         os.path.realpath(os.environ.get("ARTNORM_LIBRARY", artnorm.library_path)))


class ErrorTest(unittest.TestCase):
    def assert_fails(self, status_name, call, *args, **kwargs):
        with self.assertRaises(artnorm.ArtnormError) as caught:
            call(*args, **kwargs)
        error = caught.exception
        self.assertEqual(error.status_name, status_name)
        self.assertIsInstance(error.status, int)
        self.assertNotEqual(error.status, 0)
        self.assertTrue(error.message, "the library gives a reason")
        self.assertIn(status_name, str(error))
        return error

    def test_unknown_option(self):
        error = self.assert_fails("ARTNORM_ERROR_INVALID_OPTION", artnorm.normalize,
                                  read_seed(), no_such_option=1)
        self.assertEqual(error.status, 2)
        self.assertIn("no-such-option", error.message)

    def test_bad_option_value(self):
        self.assert_fails("ARTNORM_ERROR_INVALID_OPTION", artnorm.Normalizer, pretty="maybe")
        self.assert_fails("ARTNORM_ERROR_INVALID_OPTION", artnorm.Normalizer, from_="pdf")
        self.assert_fails("ARTNORM_ERROR_INVALID_OPTION", artnorm.Normalizer,
                          "max-input-bytes=-5")

    def test_strict_utf8_rejects_bad_bytes(self):
        error = self.assert_fails("ARTNORM_ERROR_INVALID_INPUT", artnorm.normalize,
                                  read_seed() + b"\xc3\x28", strict_utf8=True)
        self.assertIn("UTF-8", error.message)

    def test_empty_input(self):
        for empty in (b"", "", " \n\t \n"):
            with self.subTest(empty=empty):
                self.assert_fails("ARTNORM_ERROR_EMPTY_INPUT", artnorm.normalize, empty)

    def test_input_too_large(self):
        self.assert_fails("ARTNORM_ERROR_INPUT_TOO_LARGE", artnorm.normalize, read_seed(),
                          max_input_bytes=10)

    def test_wrong_type(self):
        with self.assertRaises(TypeError):
            artnorm.normalize(42)

    def test_missing_library_is_reported(self):
        environment = dict(os.environ, ARTNORM_LIBRARY="/nonexistent/libartnorm.so.1")
        run = subprocess.run([sys.executable, "-c", "import artnorm"], env=environment,
                             cwd=os.path.join(SOURCE_ROOT, "examples", "python"),
                             capture_output=True, text=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("/nonexistent/libartnorm.so.1", run.stderr)


class NormalizerTest(unittest.TestCase):
    def test_context_manager_closes(self):
        with artnorm.Normalizer(pretty=True) as normalizer:
            self.assertIn("<headline>", normalizer.normalize(read_seed()))
        with self.assertRaises(ValueError):
            normalizer.normalize(read_seed())
        normalizer.close()  # closing twice is harmless

    def test_shared_by_threads(self):
        seed = read_seed()
        expected = artnorm.normalize(seed)
        results = []
        errors = []
        start = threading.Barrier(THREADS)

        def work(normalizer):
            try:
                start.wait()
                for _ in range(ROUNDS_PER_THREAD):
                    results.append(normalizer.normalize(seed))
            except Exception as error:  # reported below, not lost in the thread
                errors.append(error)

        with artnorm.Normalizer() as normalizer:
            threads = [threading.Thread(target=work, args=(normalizer,)) for _ in range(THREADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), THREADS * ROUNDS_PER_THREAD)
        self.assertTrue(all(result == expected for result in results))

    def test_errors_on_a_shared_normalizer_stay_per_call(self):
        with artnorm.Normalizer(strict_utf8=True) as normalizer:
            with self.assertRaises(artnorm.ArtnormError):
                normalizer.normalize(b"\xff\xfe broken")
            self.assertTrue(re.search(r"<headline>", normalizer.normalize(read_seed())))


if __name__ == "__main__":
    unittest.main()
