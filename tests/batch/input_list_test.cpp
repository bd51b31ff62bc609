#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "input_list.hpp"
#include "read_input.hpp"

namespace fs = std::filesystem;
using artnorm_cli::expand_inputs;
using artnorm_cli::InputKind;
using artnorm_cli::is_input_name;
using artnorm_cli::xml_output_name;

namespace {

// A scratch folder, removed at the end of the test.
struct ScratchFolder {
    fs::path path = fs::temp_directory_path() /
                    ("artnorm-batch-test-" + std::to_string(::getpid()));
    ScratchFolder() { fs::create_directories(path); }
    ~ScratchFolder() { fs::remove_all(path); }
    void file(const std::string& name) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name) << "x";
    }
};

std::vector<std::string> paths(const artnorm_cli::InputList& list) {
    std::vector<std::string> out;
    for (const auto& file : list.files) out.push_back(file.path);
    return out;
}

}  // namespace

TEST_CASE("input names: page extensions, case-insensitive, gzip when supported", "[inputs]") {
    CHECK(is_input_name("a.txt", InputKind::pages));
    CHECK(is_input_name("A.HTML", InputKind::pages));
    CHECK(is_input_name("a.htm", InputKind::pages));
    CHECK_FALSE(is_input_name("a.xml", InputKind::pages));
    CHECK_FALSE(is_input_name("a.jsonl", InputKind::pages));
    CHECK(is_input_name("a.jsonl", InputKind::json_lines));
    CHECK_FALSE(is_input_name("a.jsonl.gz", InputKind::json_lines));
    CHECK(is_input_name("a.html.gz", InputKind::pages) == artnorm_cli::gzip_supported());
}

TEST_CASE("output names: page and gzip extensions replaced by .xml", "[inputs]") {
    CHECK(xml_output_name("page.txt") == "page.xml");
    CHECK(xml_output_name("sub/page.html.gz") == "sub/page.xml");
    CHECK(xml_output_name("page.v2.htm") == "page.v2.xml");
    CHECK(xml_output_name("README") == "README.xml");
    CHECK(xml_output_name("-") == "stdin.xml");
}

TEST_CASE("inputs: folders recurse in name order, hidden entries skipped", "[inputs]") {
    const ScratchFolder scratch;
    scratch.file("b.txt");
    scratch.file("a.html");
    scratch.file("sub/c.htm");
    scratch.file("notes.md");
    scratch.file(".hidden.txt");
    scratch.file(".git/d.txt");
    const auto list = expand_inputs({scratch.path.string()}, InputKind::pages);
    CHECK(list.expanded);
    CHECK(list.errors.empty());
    const std::string root = scratch.path.string();
    CHECK(paths(list) == std::vector<std::string>{root + "/a.html", root + "/b.txt",
                                                  root + "/sub/c.htm"});
    REQUIRE(list.files.size() == 3);
    CHECK(list.files[2].output_name == "sub/c.xml");
}

TEST_CASE("inputs: patterns are expanded, plain paths kept as given", "[inputs]") {
    const ScratchFolder scratch;
    scratch.file("p1.txt");
    scratch.file("p2.txt");
    scratch.file("q.html");
    const std::string root = scratch.path.string();
    const auto list = expand_inputs({root + "/p*.txt", "-", "missing.txt", root + "/none*.txt"},
                                    InputKind::pages);
    CHECK(paths(list) ==
          std::vector<std::string>{root + "/p1.txt", root + "/p2.txt", "-", "missing.txt"});
    CHECK(list.expanded);
    REQUIRE(list.errors.size() == 1);
    CHECK(list.errors[0].subject == root + "/none*.txt");
    CHECK(list.errors[0].detail == "no file matches this pattern");
    CHECK(list.files[0].output_name == "p1.xml");
}

TEST_CASE("inputs: a folder without input files is an error", "[inputs]") {
    const ScratchFolder scratch;
    scratch.file("notes.md");
    const auto list = expand_inputs({scratch.path.string()}, InputKind::pages);
    CHECK(list.files.empty());
    REQUIRE(list.errors.size() == 1);
    CHECK(list.errors[0].detail == "no input files below this folder");
}

TEST_CASE("inputs: plain files alone are not an expansion", "[inputs]") {
    CHECK_FALSE(expand_inputs({"a.txt", "b.txt"}, InputKind::pages).expanded);
}
