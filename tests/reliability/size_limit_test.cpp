// max-input-bytes is checked before the library touches a single byte: the
// 512 MiB "input" here is an inaccessible (PROT_NONE) mapping, so reading
// even its first byte would crash the test. Costs no memory.
#include <sys/mman.h>

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>

#include "reliability_support.hpp"

using artnorm_reliability::normalize_with;
using artnorm_reliability::require_clean;

namespace {

constexpr std::size_t kHugeInputBytes = std::size_t{512} << 20;

// An address range of `size` bytes that faults on any access.
class UntouchableBytes {
public:
    explicit UntouchableBytes(std::size_t size)
        : size_(size),
          data_(mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1,
                     0)) {}
    ~UntouchableBytes() {
        if (data_ != MAP_FAILED) munmap(data_, size_);
    }
    UntouchableBytes(const UntouchableBytes&) = delete;
    UntouchableBytes& operator=(const UntouchableBytes&) = delete;
    [[nodiscard]] bool ok() const { return data_ != MAP_FAILED; }
    [[nodiscard]] std::string_view view() const {
        return {static_cast<const char*>(data_), size_};
    }

private:
    std::size_t size_;
    void* data_;
};

}  // namespace

TEST_CASE("a 512 MiB input over the limit is rejected without being read", "[reliability]") {
    const UntouchableBytes huge(kHugeInputBytes);
    REQUIRE(huge.ok());
    for (const char* spec : {"max-input-bytes=1M", "max-input-bytes=1", "max-input-bytes=511M",
                             "", /* default limit: 256 MiB */
                             "from=html, max-input-bytes=4K", "strict-utf8=1, max-input-bytes=64K"}) {
        INFO("options: " << spec);
        const auto outcome = normalize_with(spec, huge.view());
        require_clean(outcome);
        CHECK(outcome.status == ARTNORM_ERROR_INPUT_TOO_LARGE);
        CHECK_THAT(outcome.message, Catch::Matchers::Contains("max-input-bytes"));
    }
}

TEST_CASE("the limit is exact: limit bytes pass, one more is rejected", "[reliability]") {
    const std::string input =
        "Headline of a small story\n\nA short body paragraph that has enough words in it to be "
        "kept as the article text by the extractor, one would hope.\n";
    const std::string at_limit = "max-input-bytes=" + std::to_string(input.size());
    const std::string below = "max-input-bytes=" + std::to_string(input.size() - 1);
    const auto accepted = normalize_with(at_limit, input);
    require_clean(accepted);
    CHECK(accepted.status != ARTNORM_ERROR_INPUT_TOO_LARGE);
    const auto rejected = normalize_with(below, input);
    require_clean(rejected);
    CHECK(rejected.status == ARTNORM_ERROR_INPUT_TOO_LARGE);
}
