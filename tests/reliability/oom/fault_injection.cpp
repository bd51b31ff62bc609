#include "fault_injection.hpp"

#include <libxml/xmlmemory.h>

#include <execinfo.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <new>

namespace artnorm_oom {
namespace {

constexpr std::int64_t kDisarmed = -1;

struct Injector {
    std::atomic<std::int64_t> countdown{kDisarmed};
    std::atomic<bool> persistent{false};
    std::atomic<std::int64_t> failed{0};
    std::atomic<std::int64_t> live{0};
    std::atomic<std::int64_t> seen{0};  // allocations since arm()
};

// Constant-initialized (no constructor runs), so usable from the very first
// allocation of the process.
constinit Injector g_cxx;
constinit Injector g_xml;

Injector& injector(Allocator allocator) { return allocator == Allocator::cxx_new ? g_cxx : g_xml; }

// ARTNORM_OOM_TRACE=1 in the environment prints the stack of every injected
// failure (to find which code path mishandled it); ARTNORM_OOM_TRACE=all
// also the stack of every allocation and the address of every free while
// armed (to find a leaked block).
bool trace_enabled() {
    static const bool enabled = std::getenv("ARTNORM_OOM_TRACE") != nullptr;
    return enabled;
}
bool trace_all() {
    static const bool all = trace_enabled() && std::string_view(std::getenv("ARTNORM_OOM_TRACE")) == "all";
    return all;
}
std::atomic<bool> g_after_failure{false};

void trace_event(const char* what, const void* block) {
    char line[64];
    const int length = std::snprintf(line, sizeof line, "%s %p\n", what, block);
    (void)!write(STDERR_FILENO, line, static_cast<std::size_t>(length));
    if (what[0] == 'a') {
        void* frames[16];
        backtrace_symbols_fd(frames, backtrace(frames, 16), STDERR_FILENO);
    }
}

void trace_injected_failure() {
    if (!trace_enabled()) return;
    g_after_failure = true;
    void* frames[32];
    const int depth = backtrace(frames, 32);
    static constexpr char kHeader[] = "---- injected allocation failure:\n";
    (void)!write(STDERR_FILENO, kHeader, sizeof kHeader - 1);
    backtrace_symbols_fd(frames, depth, STDERR_FILENO);
}

// True when this allocation must fail.
bool should_fail(Injector& in) {
    in.seen.fetch_add(1, std::memory_order_relaxed);
    std::int64_t left = in.countdown.load(std::memory_order_relaxed);
    if (left == kDisarmed) return false;
    if (left == 0) {
        if (!in.persistent.load(std::memory_order_relaxed)) in.countdown.store(kDisarmed);
        in.failed.fetch_add(1);
        trace_injected_failure();
        return true;
    }
    in.countdown.fetch_sub(1);
    return false;
}

void* counted_malloc(Injector& in, std::size_t size) {
    if (should_fail(in)) return nullptr;
    void* block = std::malloc(size == 0 ? 1 : size);
    if (block != nullptr) in.live.fetch_add(1);
    if (g_after_failure && trace_all()) trace_event("alloc", block);
    return block;
}

void counted_free(Injector& in, void* block) {
    if (block == nullptr) return;
    in.live.fetch_sub(1);
    if (g_after_failure && trace_all()) trace_event("free", block);
    std::free(block);
}

void* aligned_malloc(std::size_t size, std::align_val_t alignment) {
    if (should_fail(g_cxx)) return nullptr;
    const auto align = static_cast<std::size_t>(alignment);
    void* block = std::aligned_alloc(align, (size + align - 1) / align * align);
    if (block != nullptr) g_cxx.live.fetch_add(1);
    return block;
}

// libxml2 hooks.
void* xml_malloc(std::size_t size) { return counted_malloc(g_xml, size); }
void xml_free(void* block) { counted_free(g_xml, block); }
void* xml_realloc(void* block, std::size_t size) {
    if (block == nullptr) return xml_malloc(size);
    if (should_fail(g_xml)) return nullptr;
    return std::realloc(block, size == 0 ? 1 : size);
}
char* xml_strdup(const char* text) {
    const std::size_t size = std::strlen(text) + 1;
    auto* copy = static_cast<char*>(xml_malloc(size));
    if (copy != nullptr) std::memcpy(copy, text, size);
    return copy;
}

}  // namespace

void arm(Allocator allocator, std::int64_t skip, FailureMode mode) {
    Injector& in = injector(allocator);
    in.failed = 0;
    in.seen = 0;
    in.persistent = mode == FailureMode::persistent;
    in.countdown = skip;
    if (trace_all()) {  // ARTNORM_OOM_TRACE=all: every event of the armed run
        static constexpr char kHeader[] = "---- armed\n";
        (void)!write(STDERR_FILENO, kHeader, sizeof kHeader - 1);
        g_after_failure = true;
    }
}

std::int64_t disarm() {
    g_after_failure = false;
    g_cxx.countdown = kDisarmed;
    g_xml.countdown = kDisarmed;
    return g_cxx.failed.exchange(0) + g_xml.failed.exchange(0);
}

std::int64_t allocations_since_arm(Allocator allocator) { return injector(allocator).seen.load(); }

std::int64_t live_blocks(Allocator allocator) { return injector(allocator).live.load(); }

void install_libxml2_hooks() { xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup); }

}  // namespace artnorm_oom

// ---- Replaced global allocation functions ([replacement.functions]) ------
using artnorm_oom::g_cxx;

void* operator new(std::size_t size) {
    void* block = artnorm_oom::counted_malloc(g_cxx, size);
    if (block == nullptr) throw std::bad_alloc();
    return block;
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return artnorm_oom::counted_malloc(g_cxx, size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return artnorm_oom::counted_malloc(g_cxx, size);
}
void* operator new(std::size_t size, std::align_val_t alignment) {
    void* block = artnorm_oom::aligned_malloc(size, alignment);
    if (block == nullptr) throw std::bad_alloc();
    return block;
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
    return operator new(size, alignment);
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
    return artnorm_oom::aligned_malloc(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment,
                     const std::nothrow_t&) noexcept {
    return artnorm_oom::aligned_malloc(size, alignment);
}
void operator delete(void* block) noexcept { artnorm_oom::counted_free(g_cxx, block); }
void operator delete[](void* block) noexcept { artnorm_oom::counted_free(g_cxx, block); }
void operator delete(void* block, std::size_t) noexcept { artnorm_oom::counted_free(g_cxx, block); }
void operator delete[](void* block, std::size_t) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete(void* block, const std::nothrow_t&) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete[](void* block, const std::nothrow_t&) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete(void* block, std::align_val_t) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete[](void* block, std::align_val_t) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete(void* block, std::size_t, std::align_val_t) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete(void* block, std::align_val_t, const std::nothrow_t&) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
void operator delete[](void* block, std::align_val_t, const std::nothrow_t&) noexcept {
    artnorm_oom::counted_free(g_cxx, block);
}
