// Exception firewall for the extern "C" functions: no C++ exception may cross
// the ABI, so every entry point that can throw runs its body through guard().
#pragma once

#include <exception>
#include <new>
#include <string>

#include "artnorm.h"

namespace artnorm::api {

// Runs body() (which returns an artnorm_status) and turns an escaping
// exception into a status: std::bad_alloc -> ARTNORM_ERROR_OUT_OF_MEMORY,
// anything else -> ARTNORM_ERROR_INTERNAL. When `message` is given it receives
// a description of the exception (best effort: if even that allocation fails,
// the status alone reports the failure).
template <class Body>
artnorm_status guard(Body&& body, std::string* message = nullptr) noexcept {
    const auto describe = [message](const char* text) noexcept {
        if (message == nullptr) return;
        try {
            *message = text;
        } catch (...) {
            // Out of memory while reporting out of memory: the status says it.
        }
    };
    try {
        return body();
    } catch (const std::bad_alloc&) {
        describe("out of memory");
        return ARTNORM_ERROR_OUT_OF_MEMORY;
    } catch (const std::exception& error) {
        describe(error.what());
        return ARTNORM_ERROR_INTERNAL;
    } catch (...) {
        describe("unknown internal error");
        return ARTNORM_ERROR_INTERNAL;
    }
}

}  // namespace artnorm::api
