// Replays, in the normal build, every input the fuzzers have to keep working
// on: the hand-made seeds of tests/fuzz/corpus/<kind>/ and the crashes
// the fuzzers found, saved as tests/reliability/regressions/<kind>-<name>
// (kind = text, html or options; see regressions/README.md). Each runs
// through the same invariant checks as the fuzz targets (tests/fuzz/fuzz_cases.hpp).
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/fuzz_cases.hpp"
#include "support/xml_checks.hpp"

namespace fs = std::filesystem;

namespace {

struct Case {
    std::string kind_prefix;  // "text-", "html-", "options-"
    fs::path path;
};

std::vector<Case> all_cases() {
    std::vector<Case> cases;
    const fs::path corpus = artnorm::test::test_path("fuzz/corpus");
    for (const char* kind : {"text", "html", "options"}) {
        for (const auto& entry : fs::directory_iterator(corpus / kind)) {
            if (entry.is_regular_file()) cases.push_back({std::string(kind) + "-", entry.path()});
        }
    }
    for (const auto& entry :
         fs::directory_iterator(artnorm::test::test_path("reliability/regressions"))) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name != "README.md") cases.push_back({name, entry.path()});
    }
    return cases;
}

}  // namespace

TEST_CASE("fuzz seeds and saved fuzz crashes keep every invariant",
          "[reliability][regressions]") {
    const auto cases = all_cases();
    REQUIRE(cases.size() >= 15);  // the seeds alone; a lost directory must not pass
    for (const auto& c : cases) {
        INFO(c.path.string());
        CHECK(artnorm_fuzz::check_case(c.kind_prefix,
                                       artnorm::test::read_file(c.path.string())) == "");
    }
}

TEST_CASE("the fuzz selector byte maps to valid option strings", "[reliability][regressions]") {
    CHECK(artnorm_fuzz::options_from_selector(0x00, false) == "from=auto, strict-utf8=0, pretty=0");
    CHECK(artnorm_fuzz::options_from_selector(0x1E, false) ==
          "from=html, strict-utf8=1, pretty=1, max-input-bytes=64");
    CHECK(artnorm_fuzz::options_from_selector(0x01, true) == "from=html, strict-utf8=0, pretty=0");
}
