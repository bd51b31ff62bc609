// Internal failure type. Mirrors artnorm_status so that the C layer can map
// one to the other without a table that could drift.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace artnorm {

enum class Status {
    ok = 0,
    null_argument = 1,
    invalid_option = 2,
    invalid_input = 3,
    empty_input = 4,
    input_too_large = 5,
    unsupported = 6,
    out_of_memory = 7,
    internal = 8,
    no_article = 9,
};

struct Error {
    Status status = Status::internal;
    std::string message;
};

// A value or an Error (std::expected is C++23).
template <class T>
class Expected {
public:
    Expected(T value) : state_(std::move(value)) {}
    Expected(Error error) : state_(std::move(error)) {}
    [[nodiscard]] bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(state_); }
    const T& value() const { return std::get<0>(state_); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

}  // namespace artnorm
