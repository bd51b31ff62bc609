# Included by tests/fuzz and tests/reliability (whichever CMake reads first
# defines the option; option() leaves an existing cache entry alone).
# Nested checks configure and build the project again (sanitizers, fuzzers)
# from inside ctest. The nested configure passes -DARTNORM_NESTED_CHECKS=OFF,
# so a nested build never registers nested builds of its own.
option(ARTNORM_NESTED_CHECKS
       "Register the ctest tests that drive nested sanitizer and fuzzer builds" ON)
# Nested builds share the 2 CI cores with each other: never two at a time.
set(ARTNORM_NESTED_LOCK artnorm_nested_build)
