#include <catch2/catch.hpp>

#include "text/text_features.hpp"

using namespace artnorm;

TEST_CASE("reading-time: labelled forms", "[text][reading-time]") {
    CHECK(parse_reading_time("tempo de leitura: 1 minuto") == std::optional<int>(1));
    CHECK(parse_reading_time("lesezeit: 4 min.") == std::optional<int>(4));
    CHECK(parse_reading_time("время чтения: 3 мин") == std::optional<int>(3));
    CHECK_FALSE(parse_reading_time("tempo de leitura"));
    CHECK_FALSE(parse_reading_time("reading time is 4 hours"));
}
