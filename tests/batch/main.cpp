// Catch2 entry point of artnorm_batch_tests (the CLI's parts, tested alone).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
