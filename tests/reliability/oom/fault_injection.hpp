// Test-only allocation fault injection for artnorm_oom_tests. The global
// operator new (all forms) and libxml2's allocators (via xmlMemSetup) are
// replaced by counting versions that can be told to fail after N more
// allocations - once, or for good. This is global mutable state by nature;
// it lives only in this test executable.
#pragma once

#include <cstdint>

namespace artnorm_oom {

enum class FailureMode { once, persistent };

// Allocations through operator new (C++) and through libxml2's xmlMalloc
// family are counted and can be failed separately.
enum class Allocator { cxx_new, libxml2 };

// Arms the injector: the (skip+1)-th allocation from `allocator` from now
// on fails (std::bad_alloc / nullptr); with FailureMode::persistent, every
// later one fails too.
void arm(Allocator allocator, std::int64_t skip, FailureMode mode);
// Disarms; returns how many allocations were failed since arm().
std::int64_t disarm();

// Allocations from `allocator` that succeeded or failed since arm().
std::int64_t allocations_since_arm(Allocator allocator);

// Blocks allocated and not yet freed through operator new / libxml2.
std::int64_t live_blocks(Allocator allocator);

// Routes libxml2's allocations through the counting functions. Call before
// anything uses libxml2.
void install_libxml2_hooks();

}  // namespace artnorm_oom
